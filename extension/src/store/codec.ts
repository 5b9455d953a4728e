/**
 * How a record lies on disk. Without encryption: as it is. With the vault unlocked: the sealed stores'
 * records (SEALED_FIELDS in src/store/schema.ts) become an envelope — the few fields IndexedDB indexes by and
 * retention reads, in the clear, beside the whole record sealed with AES-GCM (src/store/vault.ts). The clear
 * fields are the sealed record's additional data, so an envelope whose clear fields were changed, or that was
 * moved to another store, does not open.
 *
 * Client keys follow the same choice. Without encryption a client key is HMAC(install secret, reference), as it
 * always was. With the vault it is HMAC(sealed secret, that key): the install secret in the profile alone no
 * longer links a number to a client, and the keys of an install from before encryption can be moved over
 * without knowing any reference (src/store/seal-existing.ts). The sealing codec itself is
 * src/store/vault-codec.ts, loaded only with the vault.
 */
import type { IDBPTransaction } from 'idb';
import { isSealedStore, type StoreName } from './schema';
import { VaultError } from './vault-format';

export interface RecordCodec {
  /** Whether records are sealed: false without encryption. */
  readonly sealing: boolean;
  /** The stored form of a record that passed its schema. */
  encode(store: StoreName, record: unknown): Promise<unknown>;
  /** The record from its stored form (to be checked against its schema); an envelope that does not open throws VaultError('unreadable'). */
  decode(store: StoreName, stored: unknown): Promise<unknown>;
  /** The client key from the install-secret key of a reference. */
  clientKey(installKey: string): Promise<string>;
}

/** Without encryption: records and client keys as they are. A sealed envelope cannot be read without the vault. */
export const PLAIN_CODEC: RecordCodec = {
  sealing: false,
  encode: async (_store, record) => record,
  decode: async (store, stored) => {
    if (isSealedStore(store) && isEnvelope(stored)) throw new VaultError('unreadable');
    return stored;
  },
  clientKey: async (installKey) => installKey,
};

export const SEALED = 'sealed';
export type Fields = Record<string, unknown>;

/** An envelope: a record with a `sealed` field (no record schema has one). */
export function isEnvelope(stored: unknown): stored is Fields & { sealed: unknown } {
  return typeof stored === 'object' && stored !== null && SEALED in stored;
}

/**
 * Waits for `work` (WebCrypto) inside an IndexedDB transaction without letting the transaction commit.
 * A transaction ends as soon as no request is pending while the page waits for anything else; sealing inside
 * the read-modify-write of a draft must not end it, or two panels could undo each other's answers. So while
 * the work runs, a cheap read is kept pending, and the caller resumes right after one of them completes,
 * when the transaction is active again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction of any database
export async function keepingOpen<T>(tx: IDBPTransaction<any, any, IDBTransactionMode>, work: Promise<T>): Promise<T> {
  let settled = false;
  const result = work.then(
    (value) => ((settled = true), { value }),
    (error: unknown) => ((settled = true), { error }),
  );
  const probe = tx.objectStore(tx.objectStoreNames[0]!);
  while (!settled) await probe.count('\uffff-trede-probe');
  const outcome = await result;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
