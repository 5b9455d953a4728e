/**
 * The codec of an unlocked vault (see src/store/codec.ts for what a sealed record looks like on disk): seals
 * and opens records, and keys clients with the sealed secret. Loaded only once a vault is unlocked.
 */
import { toHex } from '../client-key';
import { SEALED, isEnvelope, type Fields, type RecordCodec } from './codec';
import { SEALED_FIELDS, isSealedStore, type SealedStore } from './schema';
import { seal, unseal, type UnlockedVault } from './vault';

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

