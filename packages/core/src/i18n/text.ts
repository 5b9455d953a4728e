/** Every user-facing string exists in Dutch (default) and English. */
export type Lang = 'nl' | 'en';
/** The languages every text exists in, Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A text in Dutch and English (exported from the package as `BilingualText`). */
export interface Text {
  nl: string;
  en: string;
}

/** The text in one language, Dutch by default (exported from the package as `inLanguage`). */
export function t(text: Text, lang: Lang = 'nl'): string {
  return text[lang];
}

/** Both languages on one line, Dutch first: for messages shown on a terminal or in a log. */
export function bilingual(text: Text): string {
  return text.nl === text.en ? text.nl : `${text.nl} / ${text.en}`;
}
