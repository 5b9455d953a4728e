/**
 * The store before it is open: every method waits for the real one. The side panel can then show its first
 * screen at once — the caseworker starts typing while IndexedDB opens — instead of showing "loading" for
 * the tens of milliseconds a large database takes to open. An open that fails rejects every call with its
 * error (and the page shows that error, see src/app/boot.tsx).
 */
import type { TredeStore } from './repo';

export function deferredStore(ready: Promise<TredeStore>): TredeStore {
  // Callers that only ever call methods (the screens) cannot tell the difference.
  return new Proxy({} as TredeStore, {
    get(_target, name) {
      if (name === 'then') return undefined; // not a promise itself, so `await store` stays the store
      return (...args: unknown[]) =>
        ready.then((store) => (store[name as keyof TredeStore] as (...a: unknown[]) => unknown).apply(store, args));
    },
  });
}
