/**
 * What the vault keeps on disk and how it fails, without any of its cryptography: the store's schema and the
 * first screen need these, the key work (src/store/vault.ts) loads only when a passphrase is used.
 */
import * as z from 'zod/mini';
import { TredeError } from '../errors';
import { PACKING } from './packing';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256; a vault asking for fewer is refused. */
export const MIN_ITERATIONS = 600_000;
export const VAULT_FORMAT = 'trede.vault/1';
/** A passphrase shorter than this is refused: it would fall to guessing long before the iterations matter. */
export const MIN_PASSPHRASE_LENGTH = 12;

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array);

/** What the vault keeps in IndexedDB: everything needed to unlock, nothing that unlocks by itself. */
export const VaultHeaderSchema = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.int().check(z.gte(MIN_ITERATIONS)),
    salt: bytes,
  }),
  wrappedKey: z.strictObject({ iv: bytes, data: bytes }),
});
export type VaultHeader = z.infer<typeof VaultHeaderSchema>;

/** A record as it lies on disk when the vault is on; `packed` when it was compressed before sealing (packing.ts). */
export const SealedSchema = z.strictObject({ iv: bytes, data: bytes, packed: z.optional(z.literal(PACKING)) });
export type Sealed = z.infer<typeof SealedSchema>;

export type VaultFailure = 'wrong-passphrase' | 'weak-passphrase' | 'bad-header' | 'unreadable';

/** A vault failure, worded for the caseworker in Dutch and English (error.vault.<reason>). */
export class VaultError extends TredeError {
  constructor(readonly reason: VaultFailure) {
    super(`error.vault.${reason}`);
    this.name = 'VaultError';
  }
}
