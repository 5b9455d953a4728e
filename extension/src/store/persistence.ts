/**
 * Asking the browser to keep Trede's data (navigator.storage.persist()). Without that promise a browser
 * may clear an origin's storage under disk pressure — every draft and intake with it. Trede asks once, the
 * first time one of its pages opens, and remembers that it asked in the settings (Firefox shows the
 * caseworker a question; asking at every start would nag). The options page shows the answer and can ask again.
 */
import type { TredeStore } from './repo';

export interface PersistenceState {
  /** Whether the browser promised to keep the data; null when it cannot say. */
  persisted: boolean | null;
  /** Bytes in use and the most the browser lets Trede use, when it says. */
  usage: number | null;
  quota: number | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persisted === 'function' ? navigator.storage : null;
}

export async function persistenceState(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted().catch(() => null), storage.estimate?.().catch(() => null) ?? null]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser now; resolves with its answer (null: it cannot be asked). */
export async function askPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  return storage && typeof storage.persist === 'function' ? storage.persist() : null;
}

/**
 * Asks once per install: not when the data is kept already, not when it was asked before, and not while the
 * settings cannot be read (saving would set the unreadable record aside, which is the caseworker's call).
 */
export async function askPersistenceOnce(store: Pick<TredeStore, 'readSettings' | 'saveSettings'>, now: () => Date = () => new Date()): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return null;
  if (await storage.persisted()) return true;
  const { settings, unreadable } = await store.readSettings();
  if (unreadable || settings.persistenceAskedAt !== null) return false;
  const granted = await storage.persist();
  await store.saveSettings({ persistenceAskedAt: now().toISOString() });
  return granted;
}
