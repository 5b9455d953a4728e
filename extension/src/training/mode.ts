/**
 * Training mode: which database Trede works in. Real work uses the store's own database, behind the lock
 * (src/store/lock.ts, src/app/boot.tsx); training uses 'trede-training', which holds fictional clients only,
 * is never the real one, and opens without a passphrase. The switch itself is set in mode-switch.ts.
 */
import { openUnlockedStore } from '../store/lock';
import { openStore, type TredeStore } from '../store/repo';

export const TRAINING_DB = 'trede-training';
/** The pages' copy of the switch (localStorage, read without waiting); the background's is in mode-switch.ts. */
export const PAGE_SWITCH = 'trede-training';

/** Whether the page works in training mode. Anything but a stored "on" is real work. */
export function trainingOn(): boolean {
  try {
    return localStorage.getItem(PAGE_SWITCH) === 'on';
  } catch {
    return false;
  }
}

/** The store for the mode: the training database, or the real one as the lock allows (LockedError while locked). */
export function openStoreFor(training: boolean): Promise<TredeStore> {
  return training ? openStore({ name: TRAINING_DB }) : openUnlockedStore();
}
