/**
 * The retention sweep when the side panel starts: a few seconds after it opened, when the browser is idle,
 * so the first screen never waits for it. At most STARTUP_LIMIT clients per start; the rest go at the next
 * start (or from the settings, on demand). Its code is loaded only then (src/store/retention.ts).
 */
import { useEffect } from 'preact/hooks';
import type { TredeStore } from '../store/repo';

export const STARTUP_DELAY_MS = 5_000;
/** In Chromium a client with 3 sealed intakes takes under 1 ms to delete (bench/retention.mjs: 3.9 s for 4,704): 500 take about 0.4 s. */
export const STARTUP_LIMIT = 500;

type IdleScheduler = (callback: () => void, options?: { timeout: number }) => number;

/** Schedules one sweep; returns a function that cancels it if it has not started. */
export function scheduleRetentionSweep(store: TredeStore, delayMs = STARTUP_DELAY_MS): () => void {
  let cancelled = false;
  const sweep = () => {
    if (cancelled) return;
    store.applyRetention('startup', STARTUP_LIMIT).catch((e: unknown) => console.warn('Trede: the retention sweep did not finish', e));
  };
  const timer = setTimeout(() => {
    const idle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback;
    if (idle) idle(sweep, { timeout: 10_000 });
    else sweep();
  }, delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

export function useRetentionOnStart(store: TredeStore | null | undefined): void {
  useEffect(() => (store ? scheduleRetentionSweep(store) : undefined), [store]);
}
