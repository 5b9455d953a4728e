import type { Lang, Text } from '../i18n/text.js';
import type { ValidationIssue } from '../schema.js';
import { escapeControls } from './terminal-safe.js';

/** Exit codes: 0 success, 1 invalid input, 2 wrong usage, 70 an error in Trede itself. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 70 } as const;

export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number = EXIT.invalidInput,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

/** Default for --max-issues: problems listed per record before the rest is only counted. */
export const DEFAULT_MAX_ISSUES = 50;

/** Formats a count the way a reader of `lang` expects (12.345 / 12,345). */
export function count(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** Longest path or message kept per issue: a key can be as long as the line it is on. */
export const MAX_ISSUE_TEXT = 500;

/** `text` cut to `max` characters with an ellipsis, never in the middle of a surrogate pair. */
export function clip(text: string, max: number = MAX_ISSUE_TEXT): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

const clipIssue = (i: ValidationIssue): ValidationIssue =>
  i.path.length <= MAX_ISSUE_TEXT && i.message.nl.length <= MAX_ISSUE_TEXT && i.message.en.length <= MAX_ISSUE_TEXT
    ? i
    : { code: i.code, path: clip(i.path), message: { nl: clip(i.message.nl), en: clip(i.message.en) } };

/** The first `max` issues of a record, each path and message cut to MAX_ISSUE_TEXT, and how many more there are. */
export function boundIssues(issues: readonly ValidationIssue[], max: number): { shown: ValidationIssue[]; more: number } {
  const more = Math.max(0, issues.length - max);
  return { shown: issues.slice(0, max).map(clipIssue), more };
}

/** One line per issue (at most `max`), then how many were left out; every part escaped for the terminal. */
export function issueLines(issues: readonly ValidationIssue[], lang: Lang, max: number = DEFAULT_MAX_ISSUES, withPath = true): string {
  const { shown, more } = boundIssues(issues, max);
  const lines = shown.map((i) => `  - ${withPath ? `${escapeControls(i.path)}: ` : ''}${escapeControls(i.message[lang])}`);
  if (more > 0) lines.push(`  ${moreIssues(more, lang)}`);
  return lines.join('\n');
}

export function moreIssues(more: number, lang: Lang): string {
  const text: Text = {
    nl: `… en nog ${count(more, 'nl')} ${more === 1 ? 'probleem' : 'problemen'} (zie --max-issues)`,
    en: `… and ${count(more, 'en')} more ${more === 1 ? 'problem' : 'problems'} (see --max-issues)`,
  };
  return text[lang];
}

/** Why a line was skipped without reading it into memory. */
export function lineTooLong(lineNumber: number, length: number, max: number): Text {
  return {
    nl: `regel ${count(lineNumber, 'nl')} is ${count(length, 'nl')} tekens lang, langer dan de grens van ${count(max, 'nl')} (--max-line); overgeslagen zonder hem te lezen`,
    en: `line ${count(lineNumber, 'en')} is ${count(length, 'en')} characters long, longer than the limit of ${count(max, 'en')} (--max-line); skipped without reading it`,
  };
}
