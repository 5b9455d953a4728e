/**
 * Turns the strings an adapter read from the host page into intake answers. Every value is checked against
 * the item's own range in @trede/core; what does not fit is reported, not guessed.
 */
import { DEFAULT_CATALOGUE, type AnswerValue, type ItemDefinition } from '@trede/core';
import { readDate, type DateWhy } from './page-dates';
import type { PrefillConversion, PrefillItemId } from './schema';

export type PrefillWhy = DateWhy | 'number' | 'yesNo' | 'range' | 'future';
export type Converted = { ok: true; value: AnswerValue } | { ok: false; why: PrefillWhy };

const DAY_MS = 86_400_000;

/** The first date in `text` as a UTC date, or null (src/adapters/page-dates.ts says why). */
export function parseDate(text: string): Date | null {
  const read = readDate(text);
  return read.ok ? read.date : null;
}

/** Whole years from `from` to `to` (a birthday counts on the day itself). */
function wholeYears(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeBirthday = to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

function wholeMonths(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}

/** A number as Dutch or English pages write it: "3", "1,5", "1.5". */
function parseNumber(text: string): number | null {
  const m = /-?\d+(?:[.,]\d+)?/u.exec(text);
  return m ? Number(m[0].replace(',', '.')) : null;
}

const NO = /^(geen|nee|no|none|n)\b/iu;
const YES = /^(ja|yes|j|y)\b/iu;

function convertRaw(convert: PrefillConversion, raw: string, today: Date): Converted {
  switch (convert) {
    case 'number': {
      const n = parseNumber(raw);
      return n === null ? { ok: false, why: 'number' } : { ok: true, value: n };
    }
    case 'count-to-yes-no': {
      if (NO.test(raw.trim())) return { ok: true, value: false };
      const n = parseNumber(raw);
      return n === null || n < 0 ? { ok: false, why: 'number' } : { ok: true, value: n > 0 };
    }
    case 'yes-no':
      if (YES.test(raw.trim())) return { ok: true, value: true };
      if (NO.test(raw.trim())) return { ok: true, value: false };
      return { ok: false, why: 'yesNo' };
    case 'age-from-date':
    case 'years-since-date':
    case 'months-since-date': {
      const read = readDate(raw);
      if (!read.ok) return { ok: false, why: read.why };
      const date = read.date;
      // Every date read here lies in the past: a date of birth (the client's or a child's), the last job, the start of a benefit.
      if (date.getTime() > today.getTime()) return { ok: false, why: 'future' };
      if (convert === 'age-from-date') return { ok: true, value: wholeYears(date, today) };
      if (convert === 'months-since-date') return { ok: true, value: wholeMonths(date, today) };
      // Years since the last job: one decimal is as precise as the question needs.
      return { ok: true, value: Math.round(((today.getTime() - date.getTime()) / (365.25 * DAY_MS)) * 10) / 10 };
    }
  }
}

const ITEMS = new Map<string, ItemDefinition>(DEFAULT_CATALOGUE.instruments.flatMap((i) => i.items.map((item) => [item.id, item] as const)));

function fitsItem(item: ItemDefinition | undefined, value: AnswerValue): boolean {
  if (!item) return false;
  if (item.type === 'boolean') return typeof value === 'boolean';
  if (item.type === 'number') {
    return typeof value === 'number' && value >= item.min && value <= item.max && (!item.integer || Number.isInteger(value));
  }
  return false;
}

/** The answer for `item` from the page's `raw` text, on the intake day `today` (YYYY-MM-DD). */
export function convertPrefill(item: PrefillItemId, convert: PrefillConversion, raw: string, today: string): Converted {
  const given = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(today);
  const day = given ? new Date(Date.UTC(Number(given[1]), Number(given[2]) - 1, Number(given[3]))) : new Date();
  const converted = convertRaw(convert, raw, day);
  if (!converted.ok) return converted;
  return fitsItem(ITEMS.get(item), converted.value) ? converted : { ok: false, why: 'range' };
}
