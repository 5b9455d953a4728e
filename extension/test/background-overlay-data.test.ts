import { describe, expect, it, vi } from 'vitest';
import { badgeContent, storeOverlayData } from '../src/background/overlay-data';
import { PRESETS } from '../src/adapters/presets';
import { freshStore } from './support/store';
import { completePersona } from './support/results-ui';

const REFERENCE = '710204418';

describe('badge content (what the background tells the content script)', () => {
  it('no screening yet, in the stored language', async () => {
    const store = await freshStore();
    expect(await badgeContent(store, REFERENCE)).toEqual({
      tone: 'none',
      text: 'nog geen screening',
      title: expect.stringContaining('nog geen screening'),
    });
    await store.saveSettings({ language: 'en' });
    expect((await badgeContent(store, REFERENCE)).text).toBe('no screening yet');
  });

  it('after an intake: ladder position and the highest band, the caseworker’s override first', async () => {
    const store = await freshStore();
    const key = await store.clientKeyFor(REFERENCE);
    const intake = await completePersona(store, key, 'anouk');
    const badge = await badgeContent(store, REFERENCE);
    expect(badge.tone).toBe('high');
    expect(badge.text).toBe(`ladder ${intake.result.ladder.position} · risico hoog`);
    expect(badge.title).toContain(`positie ${intake.result.ladder.position}`);
    // Overriding every high moment down to low makes the badge follow.
    for (const moment of intake.result.risks!.moments.filter((m) => m.band === 'high')) {
      await store.recordOverride(intake.id, moment.moment, 'low', 'Al begeleid door de wijkteam-coach');
    }
    expect((await badgeContent(store, REFERENCE)).tone).not.toBe('high');
    // The badge never carries the reference.
    expect(JSON.stringify(badge)).not.toContain(REFERENCE);
  });
});

describe('storeOverlayData', () => {
  it('reads the adapters, and opens the store again when its connection was closed (an upgrade elsewhere)', async () => {
    const first = await freshStore();
    await first.saveAdapter(PRESETS[0]!);
    const open = vi.fn().mockResolvedValueOnce(first).mockImplementation(async () => {
      const again = await freshStore();
      await again.saveAdapter(PRESETS[1]!);
      return again;
    });
    const data = storeOverlayData(open);
    expect((await data.adapters()).map((a) => a.id)).toEqual([PRESETS[0]!.id]);
    first.close();
    expect((await data.adapters()).map((a) => a.id)).toEqual([PRESETS[1]!.id]);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('"unavailable" in the stored language when the store cannot be read', async () => {
    const data = storeOverlayData(() => Promise.reject(new Error('no IndexedDB')));
    expect(await data.unavailable()).toMatchObject({ tone: 'none', text: 'niet beschikbaar' });
  });
});
