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

/**
 * Any error in the caseworker's language: Trede's own and core's (nl/en) in that language; anything else as
 * "something unexpected went wrong" with its name and message — never an empty text (a browser's
 * DOMException can have an empty message, which left "…failed:" with nothing after it).
 */
export function errorText(error: unknown, lang: Lang): string {
  if (error && typeof error === 'object' && 'nl' in error && 'en' in error) {
    const text = (error as { nl: unknown; en: unknown })[lang];
    if (typeof text === 'string' && text) return text;
  }
  return t('error.unexpected', lang, { reason: reasonOf(error) });
}

/** An error's name and message, e.g. "QuotaExceededError: …", or its text; never empty. */
export function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message.trim() : '';
    const label = typeof name === 'string' && name ? name : 'Error';
    return text && text !== label ? `${label}: ${text}` : label;
  }
  return String(error).trim() || 'Error';
}
