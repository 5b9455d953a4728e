/**
 * Client references as case systems write them: one normal form, the BSN elfproef, masking for display.
 * No imports, so the content script can use it without pulling in the rest of the extension.
 */

/**
 * The reference as the caseworker's systems may write it, reduced to one form: Unicode NFKC, no whitespace,
 * upper case; a reference of only digits and separators (123.456.782, 123-456-782) loses the separators.
 */
export function normaliseReference(reference: string): string {
  const compact = reference.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  return /^[0-9.\-/]+$/.test(compact) ? compact.replace(/[.\-/]/g, '') : compact;
}

/**
 * The elfproef (11-test) for a BSN: 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).
 * Spaces, dots and hyphens are ignored. 000000000 passes the sum but is not a BSN.
 */
export function isBsn(reference: string): boolean {
  const digits = normaliseReference(reference);
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Whether a text contains something that passes the elfproef, e.g. a nickname with a BSN typed into it. */
export function containsBsn(text: string): boolean {
  const compact = text.normalize('NFKC').replace(/[\s.\-/]+/gu, '');
  for (const match of compact.matchAll(/\d{9,}/g)) {
    const run = match[0];
    for (let i = 0; i + 9 <= run.length; i++) if (isBsn(run.slice(i, i + 9))) return true;
  }
  return false;
}

/** For display: only the last 3 characters, and nothing at all of a reference shorter than 6. */
export function maskReference(reference: string): string {
  const chars = [...normaliseReference(reference)];
  if (chars.length < 6) return '•'.repeat(chars.length);
  return '•'.repeat(chars.length - 3) + chars.slice(-3).join('');
}
