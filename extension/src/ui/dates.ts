/** Dates and times as a Dutch or English reader expects them, in the caseworker's time zone. One place for all screens. */
import type { Lang } from '@trede/core';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date is read at noon, so no time zone can move it to another day. */
function parse(value: string): Date {
  return new Date(DATE_ONLY.test(value) ? `${value}T12:00:00` : value);
}

/** "14:05" for an ISO timestamp. */
export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(LOCALE[lang], { hour: '2-digit', minute: '2-digit' });
}

/**
 * A calendar date (YYYY-MM-DD) or a timestamp: "23 november 2026" (long, the client screen) or "23 nov 2026"
 * (short, the results screens, where a timestamp also shows its time). Nothing → "—"; unreadable → as given.
 */
export function formatDate(value: string | null | undefined, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (!value) return '—';
  const date = parse(value);
  if (Number.isNaN(date.getTime())) return value;
  const withTime = style === 'short' && !DATE_ONLY.test(value);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: style,
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

/** "23 november 2026, 14:05" for a timestamp. */
export function formatWhen(iso: string, lang: Lang): string {
  return `${formatDate(iso, lang)}, ${formatTime(iso, lang)}`;
}
