/**
 * "Reset training data": empties what training work leaves behind in the training database — clients,
 * intakes, drafts, ended sessions, outcomes, the audit trail and set-aside records — and counts what it
 * removed. Adapters, settings and the client-key secret stay, so the overlay keeps working. It only ever
 * opens the training database (never the real one), and one transaction clears all or nothing.
 */
import { openDB } from 'idb';
import { CLIENT_LOOKUP, type StoreName } from '../store/schema';
import { TRAINING_DB } from './mode';

/** Every store that holds client data (the store's own table, so a store added later is reset too). */
export const RESET_STORES = (Object.keys(CLIENT_LOOKUP) as StoreName[]).filter((s) => CLIENT_LOOKUP[s] !== null);
export type ResetCounts = Partial<Record<StoreName, number>>;

const none = (): ResetCounts => Object.fromEntries(RESET_STORES.map((s) => [s, 0]));

export async function resetTrainingData(): Promise<ResetCounts> {
  const counts = none();
  // Opening a database that is not there would create an empty one the store could not upgrade: leave it be.
  if (!(await indexedDB.databases()).some((d) => d.name === TRAINING_DB)) return counts;
  const db = await openDB(TRAINING_DB);
  try {
    const present = RESET_STORES.filter((s) => db.objectStoreNames.contains(s));
    if (!present.length) return counts;
    const tx = db.transaction(present, 'readwrite');
    for (const store of present) {
      counts[store] = await tx.objectStore(store).count();
      await tx.objectStore(store).clear();
    }
    await tx.done;
    return counts;
  } finally {
    db.close();
  }
}
