/**
 * Saves a screen still has to make (an answer typed within the debounce): the lock button waits for them
 * before it locks, so locking never drops what was just typed. A screen adds its flush while it is open.
 */
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

/** Registers a flush; returns the function that removes it again. */
export function keepUntilSaved(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Runs every registered flush and waits for all of them; a failing one does not stop the others. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
