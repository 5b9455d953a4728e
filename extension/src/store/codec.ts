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
 * without knowing any reference (src/store/seal-existing.ts).
 */
import type { IDBPTransaction } from 'idb';
import { VaultError, seal, unseal, type UnlockedVault } from './vault';
import { SEALED_FIELDS, isSealedStore, type SealedStore, type StoreName } from './schema';

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

const SEALED = 'sealed';
type Fields = Record<string, unknown>;

/** An envelope: a record with a `sealed` field (no record schema has one). */
export function isEnvelope(stored: unknown): stored is Fields & { sealed: unknown } {
  return typeof stored === 'object' && stored !== null && SEALED in stored;
}

/** Stores whose key IndexedDB assigns on add: the key is not known when the record is sealed, so it is not bound. */
const ASSIGNED_KEY: Partial<Record<SealedStore, string>> = { audit: 'id', quarantine: 'id' };

/** The additional data of a sealed record: its clear fields, in the table's order (absent as null). */
function boundFields(store: SealedStore, fields: Fields): string {
  const bound = SEALED_FIELDS[store].filter((field) => field !== ASSIGNED_KEY[store]);
  return JSON.stringify(bound.map((field) => fields[field] ?? null));
}

function clearFields(store: SealedStore, record: Fields): Fields {
  const clear: Fields = {};
  for (const field of SEALED_FIELDS[store]) if (record[field] !== undefined) clear[field] = record[field];
  return clear;
}

const toHex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const KEY_CONTEXT = 'trede.client-key.sealed/1\n';

/** With the vault unlocked: seals and opens records, and keys clients with the sealed secret. */
export function vaultCodec(vault: UnlockedVault, clientSecret: CryptoKey): RecordCodec {
  return {
    sealing: true,
    async encode(store, record) {
      if (!isSealedStore(store)) return record;
      const fields = record as Fields;
      const clear = clearFields(store, fields);
      return { ...clear, [SEALED]: await seal(vault, store, boundFields(store, clear), record) };
    },
    async decode(store, stored) {
      if (!isSealedStore(store) || !isEnvelope(stored)) return stored;
      const record = await unseal(vault, store, boundFields(store, stored), stored[SEALED]);
      const assigned = ASSIGNED_KEY[store];
      return assigned && record && typeof record === 'object' ? { ...record, [assigned]: stored[assigned] } : record;
    },
    async clientKey(installKey) {
      return toHex(await crypto.subtle.sign('HMAC', clientSecret, new TextEncoder().encode(KEY_CONTEXT + installKey)));
    },
  };
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
