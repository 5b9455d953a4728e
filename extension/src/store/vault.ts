/**
 * Encryption at rest, the key part: a vault that turns the caseworker's passphrase into the key that opens
 * Trede's records, with WebCrypto only.
 *
 *   passphrase ──PBKDF2-SHA-256 (≥ 600,000 iterations, random salt)──▶ key-encryption key (never stored)
 *   key-encryption key ──AES-GCM unwrap──▶ data key (random 256 bits, stored only wrapped)
 *   data key ──AES-GCM, a fresh 96-bit IV per record, the record's store and key as additional data──▶ sealed record
 *
 * A copied profile holds the salt, the wrapped data key and sealed records: without the passphrase it yields
 * nothing, and the additional data stops a sealed record from being moved to another key or store. Changing the
 * passphrase re-wraps the same data key, so no record needs to be rewritten. The data key in memory is
 * non-extractable. A lost passphrase cannot be recovered: there is no other copy of the data key.
 *
 * The store seals records through src/store/codec.ts; src/store/lock.ts keeps the vault's state and the
 * unlocked key for Trede's pages. See SECURITY.md.
 */
import { pack, PACK_FROM_BYTES, PACKING, unpack, type Packing } from './packing';
import { SealedSchema, VaultError, VaultHeaderSchema, MIN_ITERATIONS, MIN_PASSPHRASE_LENGTH, VAULT_FORMAT, type Sealed, type VaultHeader } from './vault-format';

export { MIN_ITERATIONS, MIN_PASSPHRASE_LENGTH, SealedSchema, VAULT_FORMAT, VaultError, VaultHeaderSchema, type Sealed, type VaultFailure, type VaultHeader } from './vault-format';

/** The unlocked vault: a non-extractable data key. Lives in memory only. */
export interface UnlockedVault {
  readonly dataKey: CryptoKey;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const AES = { name: 'AES-GCM', length: 256 } as const;

/** A buffer WebCrypto accepts whatever realm the bytes come from (IndexedDB hands back plain ArrayBuffers). */
const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

async function keyEncryptionKey(passphrase: string, salt: Uint8Array, iterations: number, extractableWrap: boolean): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, material, AES, extractableWrap, ['wrapKey', 'unwrapKey']);
}

function checkPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC').trim()].length < MIN_PASSPHRASE_LENGTH) throw new VaultError('weak-passphrase');
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<VaultHeader> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await keyEncryptionKey(passphrase, salt, iterations, false);
  const data = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: buf(iv) }));
  return { format: VAULT_FORMAT, kdf: { name: 'PBKDF2-SHA-256', iterations, salt }, wrappedKey: { iv, data } };
}

async function unwrap(header: unknown, passphrase: string, extractable: boolean): Promise<CryptoKey> {
  const parsed = VaultHeaderSchema.safeParse(header);
  if (!parsed.success) throw new VaultError('bad-header');
  const { kdf, wrappedKey } = parsed.data;
  const kek = await keyEncryptionKey(passphrase, kdf.salt, kdf.iterations, false);
  try {
    return await crypto.subtle.unwrapKey('raw', buf(wrappedKey.data), kek, { name: 'AES-GCM', iv: buf(wrappedKey.iv) }, AES, extractable, ['encrypt', 'decrypt']);
  } catch {
    // AES-GCM's tag fails for any other passphrase: the only thing this can mean.
    throw new VaultError('wrong-passphrase');
  }
}

/** A new vault: a random data key, wrapped under the passphrase. The header goes to IndexedDB. */
export async function createVault(passphrase: string, iterations: number = MIN_ITERATIONS): Promise<{ header: VaultHeader; vault: UnlockedVault; raw: Uint8Array }> {
  checkPassphrase(passphrase);
  if (iterations < MIN_ITERATIONS) throw new VaultError('bad-header');
  const extractable = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
  const header = await wrap(extractable, passphrase, iterations);
  // The bytes go to session storage (the caller wipes them); in memory only a non-extractable copy is used.
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', extractable));
  return { header, vault: await vaultFromSession(raw), raw };
}

/** Opens the vault; a wrong passphrase throws VaultError('wrong-passphrase') and changes nothing. */
export async function unlockVault(header: unknown, passphrase: string): Promise<UnlockedVault> {
  return { dataKey: await unwrap(header, passphrase, false) };
}

/**
 * Opens the vault and also returns the data key's bytes, for the browser's session storage (memory only),
 * through which Trede's other pages and its background use the same unlock. The caller wipes the bytes.
 */
export async function unlockForSession(header: unknown, passphrase: string): Promise<{ vault: UnlockedVault; raw: Uint8Array }> {
  const extractable = await unwrap(header, passphrase, true);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', extractable));
  return { vault: await vaultFromSession(raw), raw };
}

/** The vault from the data key's bytes kept in session storage, as a non-extractable key. */
export async function vaultFromSession(raw: Uint8Array): Promise<UnlockedVault> {
  if (raw.length !== 32) throw new VaultError('bad-header');
  return { dataKey: await crypto.subtle.importKey('raw', buf(raw), AES, false, ['encrypt', 'decrypt']) };
}

/** The same data key under a new passphrase (new salt, new IV): records stay as they are. */
export async function changePassphrase(header: unknown, current: string, next: string): Promise<VaultHeader> {
  checkPassphrase(next);
  const dataKey = await unwrap(header, current, true);
  return wrap(dataKey, next, (header as VaultHeader).kdf.iterations);
}

/**
 * Additional data binding a sealed record to where it belongs: moving it elsewhere makes it unreadable. A
 * packed record binds its packing too, so the flag cannot be changed on disk without the record failing to open.
 */
const context = (store: string, key: string, packed?: Packing): Uint8Array =>
  encoder.encode(`trede.record/1\n${store}\n${key}${packed ? `\npacked:${packed}` : ''}`);

/** Byte arrays survive the JSON inside a sealed record (a record set aside may hold a sealed record itself). */
const BYTES = 'trede.bytes';
const withBytes = (_key: string, value: unknown): unknown => (value instanceof Uint8Array ? { [BYTES]: Array.from(value) } : value);
const backToBytes = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && Array.isArray((value as Record<string, unknown>)[BYTES]) && Object.keys(value).length === 1
    ? Uint8Array.from((value as Record<string, number[]>)[BYTES]!)
    : value;

/**
 * Encrypts a JSON-serialisable record for `store` under `key`; one of `packFrom` bytes or more is compressed
 * first (packing.ts). Records sealed before packing existed are unpacked: they open as they are.
 */
export async function seal(vault: UnlockedVault, store: string, key: string, value: unknown, packFrom: number = PACK_FROM_BYTES): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const json = encoder.encode(JSON.stringify(value, withBytes));
  const packed = json.length >= packFrom ? PACKING : undefined;
  const plain = packed ? await pack(json) : json;
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(context(store, key, packed)) }, vault.dataKey, buf(plain)));
  return packed ? { iv, data, packed } : { iv, data };
}

/** Decrypts a sealed record; a tampered, moved or foreign record throws VaultError('unreadable'). */
export async function unseal(vault: UnlockedVault, store: string, key: string, sealed: unknown): Promise<unknown> {
  const parsed = SealedSchema.safeParse(sealed);
  if (!parsed.success) throw new VaultError('unreadable');
  const { iv, data, packed } = parsed.data;
  try {
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(context(store, key, packed)) }, vault.dataKey, buf(data)));
    return JSON.parse(decoder.decode(packed ? await unpack(plain) : plain), backToBytes);
  } catch {
    throw new VaultError('unreadable');
  }
}

const SECRET_STORE = 'secrets';
const SECRET_KEY = 'client-key';
const hmacKey = (raw: Uint8Array): Promise<CryptoKey> => crypto.subtle.importKey('raw', buf(raw), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

/**
 * A new per-install secret for client keys, sealed by the vault: without the passphrase a copied profile
 * cannot compute anyone's client key. Returns the sealed form (for IndexedDB) and the usable key (memory).
 */
export async function newClientSecret(vault: UnlockedVault): Promise<{ sealed: Sealed; key: CryptoKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  try {
    const sealed = await seal(vault, SECRET_STORE, SECRET_KEY, Array.from(raw));
    return { sealed, key: await hmacKey(raw) };
  } finally {
    raw.fill(0);
  }
}

/** The client-key secret from its sealed form, as a non-extractable HMAC key. */
export async function openClientSecret(vault: UnlockedVault, sealed: unknown): Promise<CryptoKey> {
  const numbers = await unseal(vault, SECRET_STORE, SECRET_KEY, sealed);
  if (!Array.isArray(numbers) || numbers.length !== 32 || !numbers.every((n) => Number.isInteger(n) && n >= 0 && n < 256)) throw new VaultError('unreadable');
  const raw = Uint8Array.from(numbers as number[]);
  try {
    return await hmacKey(raw);
  } finally {
    raw.fill(0);
  }
}
