/**
 * Switching encryption on for an install that already holds records: every record of the sealed stores is
 * re-keyed (its client key becomes the sealed secret's key of the old one, src/store/codec.ts) and sealed, in
 * place. Nothing is lost if this stops half-way (a closed panel, a crash): each batch is one transaction, a
 * record is either as it was or re-keyed and sealed — never half — and the next unlock carries on with the
 * records that are not sealed yet (the vault state says 'pending' until none is left).
 *
 * Records that fail their schema are sealed too (exactly as they are, under the new key): a copied profile
 * must not show them either, and reads still report them as unreadable.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { isEnvelope, keepingOpen, type RecordCodec } from './codec';
import { ClientKeySchema, SEALED_FIELDS, type SealedStore, type TredeDB } from './schema';

/** Records per transaction: small enough that a panel waiting for the store is not held up for long. */
export const SEAL_BATCH = 250;

/** Where a record of each store names its client; for clients and drafts it is also the record's key. */
const CLIENT_FIELD: Record<SealedStore, string> = {
  clients: 'key',
  drafts: 'clientKey',
  intakes: 'clientKey',
  outcomes: 'clientKey',
  audit: 'clientKey',
  quarantine: 'clientKey',
};
const KEYED_BY_CLIENT: ReadonlySet<SealedStore> = new Set(['clients', 'drafts']);

export const SEALED_STORES = Object.keys(SEALED_FIELDS) as SealedStore[];

type Tx = IDBPTransaction<TredeDB, SealedStore[], 'readwrite'>;
type Fields = Record<string, unknown>;

const isClientKey = (value: unknown): value is string => ClientKeySchema.safeParse(value).success;

/** The record with every client key in it replaced by the sealed one (a quarantined record keeps its contents). */
async function rekeyed(codec: RecordCodec, store: SealedStore, record: unknown, primaryKey: IDBValidKey): Promise<{ record: unknown; key: IDBValidKey }> {
  const newKey = async <T,>(old: T): Promise<T | string> => (isClientKey(old) ? codec.clientKey(old) : old);
  const key = KEYED_BY_CLIENT.has(store) ? await newKey(primaryKey) : primaryKey;
  if (typeof record !== 'object' || record === null) return { record, key };
  const fields: Fields = { ...(record as Fields) };
  const field = CLIENT_FIELD[store];
  fields[field] = KEYED_BY_CLIENT.has(store) ? key : await newKey(fields[field]);
  // A set-aside record is filed under its store's key, which for clients and drafts is the client key.
  if (store === 'quarantine' && isClientKey(fields.key)) fields.key = await newKey(fields.key);
  return { record: fields, key };
}

/** How many records the sealed stores hold (sealed or not), for progress. */
async function countSealable(db: IDBPDatabase<TredeDB>): Promise<number> {
  const counts = await Promise.all(SEALED_STORES.map((store) => db.count(store)));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Re-keys every client key in the sessions store (ids and times only, not sealed), inside the caller's
 * transaction — the one that switches the vault on, so that it happens exactly once.
 */
export async function rekeySessions(tx: IDBPTransaction<TredeDB, ('sessions' | 'vault')[], 'readwrite'>, codec: RecordCodec): Promise<void> {
  let cursor = await tx.objectStore('sessions').openCursor();
  while (cursor) {
    const value = cursor.value as unknown as Fields;
    if (isClientKey(value.clientKey)) await cursor.update({ ...cursor.value, clientKey: await keepingOpen(tx, codec.clientKey(value.clientKey)) });
    cursor = await cursor.continue();
  }
}

/** One record's way into the vault: where it was, and what goes in its place. */
interface Resealed {
  from: IDBValidKey;
  to: IDBValidKey;
  stored: unknown;
}

/**
 * Seals, batch by batch, every record not sealed yet; `progress` hears the running count over all records.
 * Each batch is one transaction: its records are read, re-keyed and sealed all at once (WebCrypto works on
 * them in parallel while the transaction is kept open), and written back.
 */
export async function sealExisting(db: IDBPDatabase<TredeDB>, codec: RecordCodec, progress: (done: number, total: number) => void = () => {}): Promise<void> {
  const total = await countSealable(db);
  let done = 0;
  for (const store of SEALED_STORES) {
    let after: IDBValidKey | null = null;
    for (;;) {
      const tx = db.transaction([store], 'readwrite') as unknown as Tx;
      const objects = tx.objectStore(store);
      const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
      // The same range and count in one transaction: the same records, in the same order.
      const [keys, values]: [IDBValidKey[], unknown[]] = await Promise.all([objects.getAllKeys(range, SEAL_BATCH), objects.getAll(range, SEAL_BATCH)]);
      const work = keys.map(async (key, i): Promise<Resealed | null> => {
        if (isEnvelope(values[i])) return null;
        const next = await rekeyed(codec, store, values[i], key);
        return { from: key, to: next.key, stored: await codec.encode(store, next.record) };
      });
      const resealed = await keepingOpen(tx, Promise.all(work));
      const writes: Promise<unknown>[] = [];
      for (const record of resealed) {
        if (!record) continue;
        if (record.to !== record.from) writes.push(objects.delete(record.from as never));
        writes.push(objects.put(record.stored as never));
      }
      await Promise.all([...writes, tx.done]);
      done += keys.length;
      progress(Math.min(done, total), total);
      if (keys.length < SEAL_BATCH) break;
      after = keys[keys.length - 1]!;
    }
  }
}
