import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleRetentionSweep, STARTUP_DELAY_MS, STARTUP_LIMIT } from '../src/app/retention-on-start';
import type { TredeStore } from '../src/store/repo';
import { KEY_A, KEY_B } from './support/fixtures';
import { freshStore } from './support/store';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the retention sweep at start-up', () => {
  it('waits until the panel has been open a while, then sweeps at most its limit', async () => {
    vi.useFakeTimers();
    const applyRetention = vi.fn(async () => ({ months: 24, removed: {} as never, skipped: 0, remaining: 0 }));
    scheduleRetentionSweep({ applyRetention } as unknown as TredeStore);
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS - 1);
    expect(applyRetention).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(applyRetention).toHaveBeenCalledWith('startup', STARTUP_LIMIT);
  });

  it('does nothing when cancelled first (the panel closed)', async () => {
    vi.useFakeTimers();
    const applyRetention = vi.fn();
    const cancel = scheduleRetentionSweep({ applyRetention } as unknown as TredeStore);
    cancel();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS * 2);
    expect(applyRetention).not.toHaveBeenCalled();
  });

  it('deletes a client past the period from the real store, and only that one', async () => {
    let now = Date.parse('2023-01-01T10:00:00.000Z');
    const store = await freshStore(() => new Date(now));
    await store.ensureClient(KEY_A);
    now = Date.parse('2026-01-01T10:00:00.000Z');
    await store.ensureClient(KEY_B);
    scheduleRetentionSweep(store, 0);
    await vi.waitFor(async () => expect(await store.getClient(KEY_A)).toBeUndefined());
    expect(await store.getClient(KEY_B)).toBeDefined();
    expect((await store.listAudit()).items.at(-1)).toMatchObject({ action: 'retention-erased', detail: { trigger: 'startup', clients: 1 } });
    store.close();
  });

  it('a failing sweep is logged, not thrown into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    scheduleRetentionSweep({ applyRetention: async () => Promise.reject(new Error('disk full')) } as unknown as TredeStore, 0);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Trede: the retention sweep did not finish', expect.any(Error)));
  });
});
