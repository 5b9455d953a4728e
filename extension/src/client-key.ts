/**
 * Pseudonymous client keys. Trede never stores a client's reference (BSN, client number): it stores
 * HMAC-SHA-256(secret, normalised reference) as hex, where the secret is 32 random bytes generated once per
 * install and kept in IndexedDB as a non-extractable CryptoKey (see src/store/repo.ts, `secrets`).
 * The same reference gives the same key on this install only; without the secret, a key cannot be linked
 * back to a reference, not even by trying every possible BSN. A copy of the browser profile carries this
 * secret (the browser keeps its bytes there); so with encryption at rest on, the key the store uses is keyed
 * once more with a second secret sealed under the passphrase (src/store/vault-codec.ts), and a copied profile
 * links no BSN to a client without the passphrase. Without encryption, the disk's own encryption is all.
 */
import { TredeError } from './errors';
import { MAX_REFERENCE_LENGTH, normaliseReference } from './reference';

export { isBsn, MAX_REFERENCE_LENGTH, maskReference, normaliseReference } from './reference';

/** Domain separation: a key made for something else with the same secret never equals a client key. */
const CONTEXT = 'trede.client-key/1\n';

/** A fresh per-install secret: 32 random bytes, imported as a non-extractable HMAC-SHA-256 key. */
export async function createSecretKey(): Promise<CryptoKey> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } finally {
    bytes.fill(0);
  }
}

/** Bytes as lowercase hex, the form of every client key. */
export function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * HMAC-SHA-256 of the normalised reference, as 64 lowercase hex characters. Every way into the store passes
 * here (the typed reference, the one read from the host page, the badge's), so the length limit holds for all.
 */
export async function pseudonymise(reference: string, secret: CryptoKey): Promise<string> {
  const normalised = normaliseReference(reference);
  if (normalised === '') throw new TredeError('error.client.emptyReference');
  const length = [...normalised].length;
  if (length > MAX_REFERENCE_LENGTH) throw new TredeError('error.client.referenceTooLong', { max: MAX_REFERENCE_LENGTH, length });
  const mac = await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(CONTEXT + normalised));
  return toHex(mac);
}
