/**
 * The lock: whether Trede's records can be read right now, for the pages (side panel, options page) and the
 * background. Encryption at rest (src/store/vault.ts) is chosen once per install: on (a passphrase, the
 * default) or off. With it on, the unlocked data key is shared by Trede's own pages through the browser's
 * session storage (memory only, never written to disk, gone when the browser closes: a restart locks), and
 * removed after the idle time in the settings or when the caseworker locks.
 *
 * STUB: the signatures are final; the bodies are being written (lead). UI code may build on them now.
 */
import type { TredeStore } from './repo';

/** What a page can do now. */
export type LockState =
  /** No choice made yet (first run, or an install from before encryption existed): show the set-up screen. */
  | { kind: 'unset'; hasData: boolean }
  /** The caseworker chose to work without encryption. */
  | { kind: 'off' }
  /** Encrypted and locked: ask for the passphrase. */
  | { kind: 'locked' }
  /** Encrypted and unlocked. */
  | { kind: 'unlocked' };

/** Progress of sealing the records that were stored before encryption was switched on. */
export type SealProgress = (done: number, total: number) => void;

/** Where the lock stands, without opening anything that needs the passphrase. */
export async function lockState(): Promise<LockState> {
  throw new Error('not yet');
}

/**
 * Switches encryption on with this passphrase (at least MIN_PASSPHRASE_LENGTH characters; VaultError
 * 'weak-passphrase' otherwise): creates the vault, seals every record stored so far (progress reported), and
 * unlocks. Nothing is lost if it is interrupted: the next unlock finishes the sealing.
 */
export async function setUpEncryption(_passphrase: string, _progress?: SealProgress): Promise<void> {
  throw new Error('not yet');
}

/** Records the choice to work without encryption (it can be switched on later in the settings). */
export async function chooseNoEncryption(): Promise<void> {
  throw new Error('not yet');
}

/** Unlocks with the passphrase; a wrong one throws VaultError('wrong-passphrase') and changes nothing. */
export async function unlock(_passphrase: string, _progress?: SealProgress): Promise<void> {
  throw new Error('not yet');
}

/** Locks every Trede page at once (the data key is forgotten everywhere). */
export async function lock(): Promise<void> {
  throw new Error('not yet');
}

/** Re-wraps the data key under a new passphrase in one transaction; a wrong current one changes nothing. */
export async function changePassphrase(_current: string, _next: string): Promise<void> {
  throw new Error('not yet');
}

/** Calls `listener` whenever the lock changes (locked, unlocked, set up) on any Trede page; returns an unsubscribe. */
export function onLockChange(_listener: () => void): () => void {
  throw new Error('not yet');
}

/** Tells the lock the caseworker is at work (throttled): the idle time counts from the last call. */
export function touchActivity(): void {
  throw new Error('not yet');
}

/** The store to work with once the state is 'off' or 'unlocked'. */
export async function openUnlockedStore(): Promise<TredeStore> {
  throw new Error('not yet');
}
