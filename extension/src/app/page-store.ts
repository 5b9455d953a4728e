/**
 * The store a page works with, across locks. While Trede is locked, calls wait until it is unlocked again and
 * then go to the store opened at that unlock; a call that the store refused because it got locked meanwhile
 * is made again after the unlock. So a save that was on its way when another page locked (or the idle time
 * ran out) lands after the unlock instead of being lost. Like the deferred store (src/store/deferred.ts), the
 * page can render at once: callers only ever call methods and cannot tell the difference.
 */
import type { TredeStore } from '../store/repo';

/** How often one call is made again after a refusal because Trede was locked; then its error stands. */
const LOCKED_RETRIES = 2;

/** The store's refusal while locked (its message key; see error.store.locked in src/i18n/messages.ts). */
export function isLockedError(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { key?: unknown }).key === 'error.store.locked';
}

export class PageStore {
  readonly store: TredeStore;
  private current!: Promise<TredeStore>;
  private release: ((store: Promise<TredeStore>) => void) | null = null;

  /** `onLockedError`: the store refused a call as locked; the page should ask the lock's state again. */
  constructor(private readonly onLockedError: () => void = () => {}) {
    this.hold();
    this.store = new Proxy({} as TredeStore, {
      get: (_target, name) => {
        if (name === 'then') return undefined; // not a promise itself, so `await store` stays the store
        return (...args: unknown[]) => this.call(name as keyof TredeStore, args, LOCKED_RETRIES);
      },
    });
  }

  /** Trede is locked: calls from now on wait for `open`. */
  locked(): void {
    if (!this.release) this.hold();
  }

  /** Open (unlocked, or no encryption): waiting calls and later ones go to this store. Once per unlock. */
  open(store: Promise<TredeStore>): void {
    const release = this.release;
    this.release = null;
    release?.(store);
  }

  get waiting(): boolean {
    return this.release !== null;
  }

  private hold(): void {
    this.current = new Promise((resolve) => {
      this.release = resolve;
    });
    // A store that fails to open is the page's error (boot.tsx shows it); calls made get the rejection, and
    // when no call was waiting it must not surface as an unhandled rejection.
    this.current.catch(() => {});
  }

  private async call(name: keyof TredeStore, args: unknown[], retries: number): Promise<unknown> {
    try {
      const store = await this.current;
      return await (store[name] as (...a: unknown[]) => unknown).apply(store, args);
    } catch (error) {
      if (!isLockedError(error) || retries === 0) throw error;
      this.locked();
      this.onLockedError();
      return this.call(name, args, retries - 1);
    }
  }
}
