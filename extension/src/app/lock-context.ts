import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LockState } from '../store/lock';

/**
 * The lock as a page sees it (src/app/boot.tsx): its state, a way to ask again after the caseworker set it up,
 * unlocked or changed it, and locking this page and every other one (saves still pending land first).
 */
export interface LockControl {
  state: LockState;
  refresh(): void;
  lockNow(): Promise<void>;
}

export const LockContext = createContext<LockControl | null>(null);

/** Null outside a started page (component tests that mount a screen by itself). */
export function useLock(): LockControl | null {
  return useContext(LockContext);
}
