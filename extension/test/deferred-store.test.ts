import { describe, expect, it } from 'vitest';
import { deferredStore } from '../src/store/deferred';
import type { TredeStore } from '../src/store/repo';
import { freshStore } from './support/store';

describe('deferredStore (the panel shows its first screen before IndexedDB is open)', () => {
  it('every call waits for the store and runs on it', async () => {
    let open!: (store: TredeStore) => void;
    const store = deferredStore(new Promise<TredeStore>((resolve) => (open = resolve)));
    const settings = store.getSettings();
    const key = store.clientKeyFor('710204418');
    const real = await freshStore();
    open(real);
    expect(await settings).toMatchObject({ language: 'nl' });
    expect(await key).toBe(await real.clientKeyFor('710204418'));
    real.close();
  });

  it('an open that fails rejects every call with its error; the proxy is not a promise itself', async () => {
    const failure = new Error('IndexedDB is not available');
    const store = deferredStore(Promise.reject(failure));
    await expect(store.getSettings()).rejects.toBe(failure);
    await expect(store.listAdapters()).rejects.toBe(failure);
    expect(await Promise.resolve(store)).toBe(store);
  });
});
