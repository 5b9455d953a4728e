// @vitest-environment happy-dom
// Locking waits for what was just typed (src/app/pending-saves.ts): the intake screen registers its draft's
// flush, so a number still within its typing pause is saved when the lock asks, not lost with the key.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPendingSaves } from '../src/app/pending-saves';
import { openStore, type TredeStore } from '../src/store/repo';
import { uniqueName } from './support/store';
import { $, byTestId, mountScreens, typeInto, waitFor, type Mounted } from './support/ui';

let mounted: Mounted | null = null;
let store: TredeStore | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  store?.close();
  store = null;
});

describe('saves pending when Trede locks', () => {
  it('a number typed within the typing pause is saved by flushPendingSaves, before the pause ends', async () => {
    store = await openStore({ name: uniqueName('pending-saves') });
    const key = await store.clientKeyFor('KL-2026-0077');
    mounted = await mountScreens(store, { screen: 'intake', clientKey: key }, { masked: '•••••••••077' });
    await waitFor(mounted.root, '[data-testid="intake-progress"]');
    const saves = vi.spyOn(store, 'saveDraftChanges');
    const age = $(byTestId(mounted.root, 'question-bg.age'), 'input[type="number"]') as HTMLInputElement;
    await typeInto(age, '47');
    // Still within the typing pause: nothing written yet.
    expect(saves).not.toHaveBeenCalled();
    await flushPendingSaves();
    expect(saves).toHaveBeenCalledTimes(1);
    expect((await store.getDraft(key))?.answers['bg.age']).toBe(47);
  });
});
