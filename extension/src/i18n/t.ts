import type { Lang } from '@trede/core';
import { messages, type MessageKey } from './messages';

export type { Lang, MessageKey };
export const LANGS: readonly Lang[] = ['nl', 'en'];
/** Dutch first: the default everywhere until the caseworker picks English. */
export const DEFAULT_LANG: Lang = 'nl';

export type MessageParams = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message in one language, with {placeholders} filled in. */
export function t(key: MessageKey, lang: Lang = DEFAULT_LANG, params?: MessageParams): string {
  return fill(messages[key][lang], params);
}

/** The message in both languages, e.g. for an error that is shown in the UI and logged. */
export function both(key: MessageKey, params?: MessageParams): { nl: string; en: string } {
  return { nl: t(key, 'nl', params), en: t(key, 'en', params) };
}
