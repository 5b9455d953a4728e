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

type Texts = Readonly<Record<string, { nl: string; en: string }>>;
/** Strings of one page only (the options page's), added by that page when it starts. */
const added: Texts[] = [];

export function addMessages(texts: Texts): void {
  if (!added.includes(texts)) added.push(texts);
}

function lookup(key: MessageKey): { nl: string; en: string } | undefined {
  const own = (messages as Texts)[key];
  if (own) return own;
  for (const texts of added) if (texts[key]) return texts[key];
  return undefined;
}

/** The message in one language, with {placeholders} filled in. A key no page added shows as itself. */
export function t(key: MessageKey, lang: Lang = DEFAULT_LANG, params?: MessageParams): string {
  const text = lookup(key);
  return text ? fill(text[lang], params) : key;
}

/** The message in both languages, e.g. for an error that is shown in the UI and logged. */
export function both(key: MessageKey, params?: MessageParams): { nl: string; en: string } {
  return { nl: t(key, 'nl', params), en: t(key, 'en', params) };
}
