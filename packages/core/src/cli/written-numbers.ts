/**
 * JSON allows numbers no double can hold: `1e400` parses to Infinity, and the validator, which only sees the
 * parsed value, would then report an answer "null" (what JSON makes of Infinity). The CLI still has the
 * text, so it finds those numbers as they were written and reports them so.
 */
import type { Text } from '../i18n/text.js';
import type { ValidationIssue } from '../schema.js';

// A cheap test on the whole line first: only an exponent of three digits or more, or an integer part of
// 309 digits or more, can leave the range of a double.
const MAYBE_HUGE = /[eE]\+?\d{3}|\d{309}/;

interface Frame {
  array: boolean;
  key: string | null;
  index: number;
  expectKey: boolean;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22 || Number.isNaN(c)) return i;
    else i++;
  }
}

/**
 * Each number in `text` (a JSON document that already parsed) that becomes ±Infinity, with its path as
 * the validator writes paths (`answers.bg.age`) and its text as written.
 */
export function overflowingNumbers(text: string): { path: string; written: string }[] {
  if (!MAYBE_HUGE.test(text)) return [];
  const found: { path: string; written: string }[] = [];
  const stack: Frame[] = [];
  const path = () => stack.map((f) => (f.array ? String(f.index) : (f.key ?? ''))).join('.');
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const top = stack.at(-1);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (top && !top.array && top.expectKey) top.key = JSON.parse(text.slice(i, end + 1)) as string;
      i = end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      stack.push({ array: c === 0x5b, key: null, index: 0, expectKey: c === 0x7b });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
    } else if (c === 0x2c) {
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === 0x3a) {
      if (top) top.expectKey = false;
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      number.lastIndex = i;
      const written = number.exec(text)?.[0] ?? text[i]!;
      if (!Number.isFinite(Number(written))) found.push({ path: path(), written });
      i += written.length;
    } else {
      i++;
    }
  }
  return found;
}

/** The issue for a number out of range, naming it as written. */
export function overflowIssue(path: string, written: string): ValidationIssue {
  const item = path.startsWith('answers.') ? path.slice('answers.'.length) : null;
  const shown = written.length > 40 ? `${written.slice(0, 40)}…` : written;
  const message: Text = item
    ? {
        nl: `antwoord ${shown} op "${item}" is te groot om als getal te lezen (het grootste is ongeveer 1,8e308)`,
        en: `answer ${shown} to "${item}" is too large to read as a number (the largest is about 1.8e308)`,
      }
    : {
        nl: `het getal ${shown} is te groot om als getal te lezen (het grootste is ongeveer 1,8e308)`,
        en: `the number ${shown} is too large to read as a number (the largest is about 1.8e308)`,
      };
  return { code: 'wrong-type', path, message };
}

/** The validator's issues, with those about an out-of-range number replaced by one naming it as written. */
export function withNumbersAsWritten(issues: ValidationIssue[], text: string): ValidationIssue[] {
  const huge = overflowingNumbers(text);
  if (huge.length === 0) return issues;
  const paths = new Set(huge.map((h) => h.path));
  return [...huge.map((h) => overflowIssue(h.path, h.written)), ...issues.filter((i) => !paths.has(i.path))];
}
