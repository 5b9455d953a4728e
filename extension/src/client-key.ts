/**
 * Pseudonymous client keys. Trede never stores a client's reference (BSN, client number): it stores
 * HMAC-SHA-256(secret, normalised reference) as hex, where the secret is 32 random bytes generated once per
 * install and kept in IndexedDB as a non-extractable CryptoKey (see src/store/repo.ts, `secrets`).
 * The same reference gives the same key on this install only; without the secret, a key cannot be linked
 * back to a reference, not even by trying every possible BSN.
 */
import { TredeError } from './errors';

/** Domain separation: a key made for something else with the same secret never equals a client key. */
const CONTEXT = 'trede.client-key/1\n';

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

/** A fresh per-install secret: 32 random bytes, imported as a non-extractable HMAC-SHA-256 key. */
export async function createSecretKey(): Promise<CryptoKey> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } finally {
    bytes.fill(0);
  }
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** HMAC-SHA-256 of the normalised reference, as 64 lowercase hex characters. */
export async function pseudonymise(reference: string, secret: CryptoKey): Promise<string> {
  const normalised = normaliseReference(reference);
  if (normalised === '') throw new TredeError('error.client.emptyReference');
  const mac = await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(CONTEXT + normalised));
  return toHex(mac);
}
