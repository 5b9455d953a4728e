import type { Lang } from '@trede/core';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "14:05" for an ISO timestamp, in the caseworker's time zone. */
export function formatTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(LOCALE[lang], { hour: '2-digit', minute: '2-digit' });
}

/** "23 november 2026" for a calendar date (YYYY-MM-DD) or a timestamp's day. */
export function formatDate(value: string, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "23 november 2026, 14:05" for a timestamp. */
export function formatWhen(iso: string, lang: Lang): string {
  return `${formatDate(iso, lang)}, ${formatTime(iso, lang)}`;
}
