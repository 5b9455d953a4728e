import type { Text } from '../i18n/text.js';

/**
 * Thrown when the input to a statistics routine cannot give a meaningful answer
 * (malformed table, too few cases, no variance, ...). `text` carries the reason in
 * both languages so a UI can show it; `message` holds both for logs and stack traces.
 */
export class StatsInputError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(`${text.nl} / ${text.en}`);
    this.name = 'StatsInputError';
    this.text = text;
  }
}

/** Formats a number for a message: decimal comma in Dutch, decimal point in English. */
export function formatNumber(value: number, decimals: number): Text {
  const en = value.toFixed(decimals);
  return { nl: en.replace('.', ','), en };
}
