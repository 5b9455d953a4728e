import { t, type Lang, type MessageKey, type MessageParams } from './i18n/t';

/** Message parameters, the same in both languages or per language (e.g. a detail that is itself translated). */
export type ErrorParams = MessageParams | ((lang: Lang) => MessageParams);

/**
 * An error the caseworker may see: its text comes from src/i18n/messages.ts in both languages.
 * `message` carries both (Dutch first) for logs; the UI shows `text(lang)`.
 */
export class TredeError extends Error {
  readonly nl: string;
  readonly en: string;
  constructor(
    readonly key: MessageKey,
    private readonly params: ErrorParams = {},
  ) {
    const text = (lang: Lang) => t(key, lang, typeof params === 'function' ? params(lang) : params);
    super(`${text('nl')} / ${text('en')}`);
    this.name = 'TredeError';
    this.nl = text('nl');
    this.en = text('en');
  }

  text(lang: Lang): string {
    return lang === 'nl' ? this.nl : this.en;
  }
}

/** Any error in the caseworker's language: Trede's own and core's (nl/en) in that language, others as they are. */
export function errorText(error: unknown, lang: Lang): string {
  if (error && typeof error === 'object' && 'nl' in error && 'en' in error) {
    const text = (error as { nl: unknown; en: unknown })[lang];
    if (typeof text === 'string') return text;
  }
  return error instanceof Error ? error.message : String(error);
}
