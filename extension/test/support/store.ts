import { openDB, unwrap, type IDBPDatabase } from 'idb';
import { openStore, type TredeStore } from '../../src/store/repo';

let counter = 0;

/** A database name no other test uses (fake-indexeddb is shared within a test file). */
export function uniqueName(prefix = 'trede-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function freshStore(now?: () => Date): Promise<TredeStore> {
  return openStore({ name: uniqueName(), ...(now ? { now } : {}) });
}

/** A clock that ticks one minute per call, from a fixed moment. */
export function tickingClock(start = '2026-11-23T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

/** The shape of a database: stores with key path, auto increment and indexes. */
export function describeSchema(wrapped: IDBPDatabase<any>): unknown {
  const db: IDBDatabase = unwrap(wrapped);
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores, 'readonly');
  return Object.fromEntries(
    stores.map((name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries(
        [...store.indexNames].sort().map((index) => {
          const i = store.index(index);
          return [index, { keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry }];
        }),
      );
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

/** Every record of every store, with its key, read raw (no validation). */
export async function dumpDatabase(name: string): Promise<Record<string, { key: unknown; value: unknown }[]>> {
  const db = await openDB(name);
  const dump: Record<string, { key: unknown; value: unknown }[]> = {};
  for (const store of db.objectStoreNames) {
    const rows: { key: unknown; value: unknown }[] = [];
    let cursor = await db.transaction(store).store.openCursor();
    while (cursor) {
      rows.push({ key: cursor.key, value: cursor.value });
      cursor = await cursor.continue();
    }
    dump[store] = rows;
  }
  db.close();
  return dump;
}

/** Writes a value straight into a store, bypassing the repository's validation (to simulate corruption). */
export async function rawPut(name: string, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await openDB(name);
  await db.put(store as never, value as never, key as never);
  db.close();
}
