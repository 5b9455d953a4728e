/**
 * Reads a calendar date from text on a case-management page, the way Dutch systems write them:
 * "14 maart 1999", "ma 14 mrt. 1999", "Monday 14 March 1999", "March 14, 1999", "14-3-1999", "01/03/2024",
 * "1.3.2024", "1999-03-14" (also the `datetime` of a <time>, "1999-03-14T09:00:00Z").
 *
 * What is not certain is refused, never guessed: a numeric date is always day-month-year (the Dutch
 * convention), so "03/14/1999" is refused rather than read month-first; a two-digit year is refused (1999 or
 * 2099?); a day the calendar does not have is refused. Month names are data (below), Dutch and English.
 */

/** Month names and abbreviations, Dutch and English, per month (January first); matched case-insensitively with or without a full stop. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['maart', 'march', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augustus', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Why a text gave no date: none in it, a day the calendar lacks (29 February only in leap years), a numeric date that only reads month-first, a two-digit year. */
export type DateWhy = 'date' | 'dateImpossible' | 'dateNotLeap' | 'dateMonthFirst' | 'dateShortYear';
export type DateReading = { ok: true; date: Date } | { ok: false; why: DateWhy };

const MONTH_OF = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const MONTH = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

// Digits and letters must not run on into the match: "2024-03-011" or "Mayday" are no dates.
const NUMERIC = /(?<![\p{L}\p{N}])(\d{4}|\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{1,2})(?!\p{N})/gu;
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|e)?[\\s.,/-]*(${MONTH})(?!\\p{L})\\.?[\\s,/-]*(\\d{1,4})(?!\\p{N})`, 'giu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH})(?!\\p{L})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\p{N})\\s*(?:,\\s*)?(\\d{1,4})(?!\\p{N})`, 'giu');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A date from its parts as written (year as text, to tell a two-digit year). */
function fromParts(yearText: string, month: number, day: number): DateReading {
  if (yearText.length === 2) return { ok: false, why: 'dateShortYear' };
  if (yearText.length !== 4) return { ok: false, why: 'date' };
  const year = Number(yearText);
  if (!validDay(year, month, day)) return { ok: false, why: month === 2 && day === 29 ? 'dateNotLeap' : 'dateImpossible' };
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  return { ok: true, date };
}

function numeric(m: RegExpExecArray): DateReading {
  const [, first = '', , middle = '', last = ''] = m;
  if (first.length === 4) return fromParts(first, Number(middle), Number(last)); // ISO: year first
  if (first.length > 2) return { ok: false, why: 'date' };
  const day = Number(first);
  const month = Number(middle);
  // Day first, always. Only say "month first" when that is the one reading that would make a date.
  if (last.length === 4 && month > 12 && validDay(Number(last), day, month)) return { ok: false, why: 'dateMonthFirst' };
  return fromParts(last, month, day);
}

const byName = (monthAt: number, dayAt: number) => (m: RegExpExecArray) =>
  fromParts(m[3] ?? '', MONTH_OF.get((m[monthAt] ?? '').toLowerCase()) ?? 0, Number(m[dayAt]));

const FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => DateReading }[] = [
  { pattern: NUMERIC, read: numeric },
  { pattern: DAY_MONTH, read: byName(2, 1) },
  { pattern: MONTH_DAY, read: byName(1, 2) },
];

/**
 * The first date in `text`, or why there is none. The first thing that reads as a date decides, also when
 * it is refused (an impossible day is not skipped for a later date); what is no date at all ("1.2.3") is passed over.
 */
export function readDate(text: string): DateReading {
  const candidates = FORMS.flatMap((form) => [...text.matchAll(form.pattern)].map((m) => ({ at: m.index, reading: form.read(m) })));
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((c) => c.reading.ok || c.reading.why !== 'date')?.reading ?? { ok: false, why: 'date' };
}
