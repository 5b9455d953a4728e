/**
 * Client references as case systems write them: one normal form, the BSN elfproef, masking for display.
 * No imports, so the content script can use it without pulling in the rest of the extension.
 */

/**
 * The longest reference Trede accepts, in characters after normalising. A BSN has 9 digits and client numbers
 * a dozen or so; anything much longer was pasted by mistake and would only stretch the screens.
 */
export const MAX_REFERENCE_LENGTH = 64;

/** At most this many dots in a masked reference: a long reference must not stretch a heading or a badge. */
const MAX_MASK_DOTS = 12;

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

/** For display: only the last 3 characters, nothing at all of a reference shorter than 6, and at most 12 dots. */
export function maskReference(reference: string): string {
  const chars = [...normaliseReference(reference)];
  if (chars.length < 6) return '•'.repeat(chars.length);
  return '•'.repeat(Math.min(chars.length - 3, MAX_MASK_DOTS)) + chars.slice(-3).join('');
}
