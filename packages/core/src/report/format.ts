import type { Lang } from '../i18n/text.js';

/** Numbers the way a Dutch or English reader expects them (3,75 vs 3.75). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(rounded);
}

/** "{count} van de {of}" with the values filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}
