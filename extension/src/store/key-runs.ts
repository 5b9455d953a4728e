/**
 * Deleting many records in few requests. In Chromium's IndexedDB each delete request costs something of its
 * own besides the records it deletes (measured in the page: 600 intakes in runs of 10 went in about half the
 * time of 600 single deletes), so keys that are neighbours in their store go in one `delete(IDBKeyRange)`.
 *
 * Keys here are strings or numbers (every client store's keys): they are compared as Set members.
 */

/**
 * The keys to delete, in runs of neighbours: `order` is all the store's keys in key order (getAllKeys),
 * read in the transaction that deletes, and a run ends at any key that stays. A key to delete that `order`
 * does not hold is no longer there: it is left out (and not counted as deleted).
 */
export function keyRuns(order: readonly IDBValidKey[], going: ReadonlySet<IDBValidKey>): IDBValidKey[][] {
  const runs: IDBValidKey[][] = [];
  let run: IDBValidKey[] = [];
  for (const key of order) {
    if (going.has(key)) {
      run.push(key);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The range from a run's first key to its last; a single key as itself. */
export const rangeOf = (run: readonly IDBValidKey[]): IDBValidKey | IDBKeyRange => (run.length === 1 ? run[0]! : IDBKeyRange.bound(run[0]!, run.at(-1)!));
