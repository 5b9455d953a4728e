import type { Lang } from '../i18n/text.js';

/** Numbers the way a Dutch or English reader expects them (3,75 vs 3.75). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  // The same few numbers (ages, counts, scale points) come back in every intake; Intl's format is slow enough
  // that a batch spends a tenth of its time in it, so each text is kept. Bounded: cleared when it fills.
  const key = `${lang}${digits}:${rounded}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 10_000) formatted.clear();
    text = numberFormat(lang, digits).format(rounded);
    formatted.set(key, text);
  }
  return text;
}
const formatted = new Map<string, string>();

// Building an Intl.NumberFormat costs far more than formatting with one (it was most of the scoring time), so
// each language and precision gets one, made when first needed.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** "{count} van de {of}" with the values filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}
