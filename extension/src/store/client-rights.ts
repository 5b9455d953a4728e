/**
 * The client's rights over what Trede holds: see it all (export), and have it all removed (erasure).
 * Loaded on first use (src/store/repo.ts imports it lazily), so opening the side panel does not load it.
 *
 * Which stores hold client data, and how a client's records are found in each, is the table CLIENT_LOOKUP
 * in src/store/schema.ts; nothing here names a store of its own accord.
 */
import { ENGINE_VERSION } from '@trede/core';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { CLIENT_EXPORT_SCHEMA, ClientExportSchema, type ClientExport } from './client-export';
import { StoreRecordError } from './errors';
import { CLIENT_LOOKUP, type AuditAction, type AuditRecord, type StoreName, type TredeDB } from './schema';

/** The stores that hold client data. */
export type ClientStore = { [S in StoreName]: (typeof CLIENT_LOOKUP)[S] extends null ? never : S }[StoreName];
export const CLIENT_STORES = (Object.keys(CLIENT_LOOKUP) as StoreName[]).filter((store) => CLIENT_LOOKUP[store] !== null) as ClientStore[];

/** How many records of one client each store holds. */
export type ClientCounts = Record<ClientStore, number>;

type AnyTx = IDBPTransaction<unknown, string[], IDBTransactionMode>;
type AnyWriteTx = IDBPTransaction<unknown, string[], 'readwrite'>;
type WriteTx = IDBPTransaction<TredeDB, StoreName[], 'readwrite'>;

/** What the repository lends this module: its database, clock, transactions and audit writer. */
export interface StoreAccess {
  db: IDBPDatabase<TredeDB>;
  now(): Date;
  inTx<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T>;
  audit(tx: WriteTx, action: AuditAction, clientKey: string | null, detail?: AuditRecord['detail']): Promise<unknown>;
  /** A stored value as its checked record (opened when sealed); StoreRecordError when it cannot be read. */
  open(tx: AnyTx | null, store: StoreName, key: IDBValidKey, stored: unknown): Promise<unknown>;
}

/** The audit detail of an erasure: counts per store, no key and no id (SECURITY.md explains why). */
export function erasureDetail(counts: ClientCounts): AuditRecord['detail'] {
  return Object.fromEntries(CLIENT_STORES.map((store) => [store === 'audit' ? 'auditEntries' : store, counts[store]]));
}

export const noCounts = (): ClientCounts => Object.fromEntries(CLIENT_STORES.map((store) => [store, 0])) as ClientCounts;

/** The primary keys of the client's records in one store. */
export async function clientKeysIn(tx: AnyTx, store: ClientStore, clientKey: string): Promise<IDBValidKey[]> {
  const objects = tx.objectStore(store);
  if (CLIENT_LOOKUP[store] === 'key') return (await objects.getKey(clientKey)) === undefined ? [] : [clientKey];
  return objects.index('by-client').getAllKeys(clientKey);
}

/** Deletes every record of the client in every client store, inside the caller's transaction. */
export async function deleteClientRecords(tx: AnyWriteTx, clientKey: string): Promise<ClientCounts> {
  const removed = noCounts();
  for (const store of CLIENT_STORES) {
    const keys = await clientKeysIn(tx, store, clientKey);
    removed[store] = keys.length;
    const objects = tx.objectStore(store);
    await Promise.all(keys.map((key) => objects.delete(key)));
  }
  return removed;
}

/** How many records the client has in each store (readable or not), without reading them. */
export async function countClientRecords(db: IDBPDatabase<TredeDB>, clientKey: string): Promise<ClientCounts> {
  const tx = db.transaction(CLIENT_STORES, 'readonly') as unknown as AnyTx;
  const counts = noCounts();
  await Promise.all(
    CLIENT_STORES.map(async (store) => {
      const objects = tx.objectStore(store);
      counts[store] = CLIENT_LOOKUP[store] === 'key' ? await objects.count(clientKey) : await objects.index('by-client').count(clientKey);
    }),
  );
  return counts;
}

/** A stored value as JSON can carry it; what JSON cannot hold (a cycle, a BigInt) is described instead. */
function jsonSafe(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null));
  } catch {
    return String(value);
  }
}

/** The stores the export has a field of its own for; the others go under `otherRecords`. */
const EXPORT_FIELDS: ReadonlySet<string> = new Set(['clients', 'drafts', 'intakes', 'outcomes', 'audit']);

const keyText = (key: IDBValidKey): string => (typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key));

/** Everything held about the client, each record checked against its schema; the others listed as unreadable. */
async function collect(access: StoreAccess, tx: AnyTx, clientKey: string, now: Date): Promise<ClientExport> {
  const found: Record<ClientStore, unknown[]> = Object.fromEntries(CLIENT_STORES.map((store) => [store, []])) as never;
  const unreadable: ClientExport['unreadable'] = [];
  for (const store of CLIENT_STORES) {
    const objects = tx.objectStore(store);
    const keys = await clientKeysIn(tx, store, clientKey);
    const values = await Promise.all(keys.map((key) => objects.get(key)));
    for (const [i, value] of values.entries()) {
      try {
        found[store].push(await access.open(tx, store, keys[i]!, value));
      } catch (e) {
        if (!(e instanceof StoreRecordError)) throw e;
        unreadable.push({ store, key: keyText(keys[i]!), field: e.field, record: jsonSafe(value) });
      }
    }
  }
  const byText = (field: string) => (a: unknown, b: unknown) => String((a as Record<string, unknown>)[field]).localeCompare(String((b as Record<string, unknown>)[field]));
  return ClientExportSchema.parse({
    schema: CLIENT_EXPORT_SCHEMA,
    exportedAt: now.toISOString(),
    engineVersion: ENGINE_VERSION,
    clientKey,
    client: found.clients[0] ?? null,
    drafts: found.drafts,
    intakes: [...found.intakes].sort(byText('completedAt')),
    outcomes: [...found.outcomes].sort(byText('date')),
    audit: [...found.audit].sort((a, b) => ((a as AuditRecord).id ?? 0) - ((b as AuditRecord).id ?? 0)),
    otherRecords: Object.fromEntries(CLIENT_STORES.filter((store) => !EXPORT_FIELDS.has(store)).map((store) => [store, found[store]])),
    unreadable,
  });
}

/** Everything held about the client, to show (read only; showing it within Trede is not audited). */
export async function readClientData(access: StoreAccess, clientKey: string): Promise<ClientExport> {
  const tx = access.db.transaction(CLIENT_STORES, 'readonly') as unknown as AnyTx;
  return collect(access, tx, clientKey, access.now());
}

/** Everything held about the client, for a file: read and audited in one transaction. */
export function exportClientData(access: StoreAccess, clientKey: string): Promise<ClientExport> {
  return access.inTx(CLIENT_STORES, async (tx) => {
    const data = await collect(access, tx as unknown as AnyTx, clientKey, access.now());
    const others = Object.values(data.otherRecords).reduce((sum, records) => sum + records.length, 0);
    const count = (data.client ? 1 : 0) + data.drafts.length + data.intakes.length + data.outcomes.length + data.audit.length + others + data.unreadable.length;
    await access.audit(tx, 'client-exported', clientKey, { format: 'json', count });
    return data;
  });
}

/**
 * Removes every record of the client, readable or not, from every store that holds client data, and writes
 * one audit entry without the client's key or any id: the counts only. One transaction: all or nothing.
 */
export function eraseClientData(access: StoreAccess, clientKey: string): Promise<ClientCounts> {
  return access.inTx(CLIENT_STORES, async (tx) => {
    const removed = await deleteClientRecords(tx as unknown as AnyWriteTx, clientKey);
    if (Object.values(removed).some((n) => n > 0)) await access.audit(tx, 'client-erased', null, erasureDetail(removed));
    return removed;
  });
}

export interface AuditPageOptions {
  /** Only this client's entries. */
  clientKey?: string;
  /** Entries with an id below this one (the last of the previous page); null or absent: from the newest. */
  before?: number | null;
  limit: number;
}

/** The raw values of one page of the audit trail, newest first, and whether older entries follow. */
export async function readAuditPage(db: IDBPDatabase<TredeDB>, options: AuditPageOptions): Promise<{ values: unknown[]; more: boolean }> {
  const { clientKey, before = null, limit } = options;
  const values: unknown[] = [];
  const tx = db.transaction('audit');
  if (clientKey === undefined) {
    let cursor = await tx.store.openCursor(before === null ? null : IDBKeyRange.upperBound(before, true), 'prev');
    while (cursor && values.length <= limit) {
      values.push(cursor.value);
      cursor = await cursor.continue();
    }
  } else {
    // One client's entries are few: their ids from the index, the page picked in memory.
    const ids = await tx.store.index('by-client').getAllKeys(clientKey);
    const page = ids.filter((id) => before === null || id < before).sort((a, b) => b - a).slice(0, limit + 1);
    values.push(...(await Promise.all(page.map((id) => tx.store.get(id)))));
  }
  return { values: values.slice(0, limit), more: values.length > limit };
}
