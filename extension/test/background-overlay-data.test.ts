import { bandText, highestDropout } from '@trede/core';
import { describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../src/adapters/presets';
import { badgeContent, screenedBadge, storeOverlayData } from '../src/background/overlay-data';
import { freshStore } from './support/store';
import { completePersona, persona } from './support/results-ui';

const REFERENCE = '710204418';
/** Words that call a chance low: never on the badge of a client whose dropout chance is above the study group's. */
const LOW_WORDS = /\blaag\b|\blager\b|\blow\b|\blower\b|\bbelow\b/i;

async function screened(id: string, patch: Parameters<typeof completePersona>[3] = {}) {
  const store = await freshStore();
  const intake = await completePersona(store, await store.clientKeyFor(REFERENCE), id, patch);
  return { store, intake, badge: await badgeContent(store, REFERENCE) };
}

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

  it('shows the position and the highest dropout band with its chance; the accessible name says it in full', async () => {
    const { intake, badge } = await screened('sanne', { date: '2026-11-02' });
    expect(badge.text).toBe('positie 9 van 12 · uitval: hoger dan gemiddeld, ongeveer 7 van de 10');
    expect(badge.tone).toBe('higher');
    // Position, the dropout statement with the study group's chance, the chance of work apart, and the date.
    expect(badge.title).toBe(
      'Trede, screening van 2026-11-02: participatieladder positie 9 van 12. ' +
        'Uitval tijdens het traject (integrale aanpak): hoger dan gemiddeld — ongeveer 7 van de 10 (studiegroep: ongeveer 5 van de 10). ' +
        'Kans op werk of studie: hoger dan gemiddeld — ongeveer 35 van de 100 (studiegroep: ongeveer 9 van de 100). ' +
        'Klik om het zijpaneel te openen.',
    );
    const during = intake.result.risks!.moments.find((m) => m.moment === 'during')!;
    expect(during.probability!).toBeGreaterThan(during.baseRate!);
    expect(`${badge.text} ${badge.title}`).not.toMatch(LOW_WORDS);
    // The badge never carries the reference.
    expect(JSON.stringify(badge)).not.toContain(REFERENCE);
  });

  it('never calls a dropout chance above the study group’s low, for any persona', async () => {
    const ids = ['anouk', 'kees', 'fatma', 'ruben', 'joyce', 'henk', 'sanne', 'dewi'];
    let above = 0;
    for (const id of ids) {
      const { store, intake, badge } = await screened(id);
      const top = highestDropout(intake.result.risks!.moments);
      if (top && top.risk.probability !== null && top.risk.baseRate !== null && top.risk.probability > top.risk.baseRate) {
        above += 1;
        expect(badge.text, id).not.toMatch(LOW_WORDS);
        expect(['lower', 'much-lower'], id).not.toContain(badge.tone);
        // The first sentence after the position is the dropout statement; the chance of work may differ.
        expect(badge.title.split('. ')[1], id).not.toMatch(LOW_WORDS);
      }
      store.close();
    }
    // Dewi is the case engine 0.1.0 called "low" at 68 in 100 against 56 in 100: she must be among them.
    expect(above).toBeGreaterThanOrEqual(4);
    const dewi = await screened('dewi');
    expect(dewi.badge.text).toBe('positie onbekend · uitval: hoger dan gemiddeld, ongeveer 7 van de 10');
  });

  it('takes its tone from dropout only: a much lower chance of work does not colour it', async () => {
    // Henk without anxiety complaints: dropout lower than average, the chance of work much lower (ladder position 1).
    const calm = Object.fromEntries(['q02', 'q04', 'q07', 'q09', 'q15', 'q19', 'q20'].map((q) => [`dass21.${q}`, 0]));
    expect(Object.keys(calm).every((item) => item in persona('henk').intake.answers)).toBe(true);
    const { intake, badge } = await screened('henk', { answers: calm });
    const work = intake.result.risks!.moments.find((m) => m.kind === 'work')!;
    expect(work.band).toBe('much-lower');
    expect(badge.tone).toBe('lower');
    expect(badge.text).toBe('positie 1 van 12 · uitval: lager dan gemiddeld, ongeveer 4 van de 10');
    expect(badge.text).not.toContain('werk');
    // The chance of work is said, as a sentence of its own, in the accessible name.
    expect(badge.title).toContain(' Kans op werk of studie: veel lager dan gemiddeld — ongeveer 1 van de 100 (studiegroep: ongeveer 9 van de 100). ');
  });

  it('follows the caseworker’s override first, and says that it is one', async () => {
    const { store, intake } = await screened('sanne');
    await store.recordOverride(intake.id, 'during', 'around', 'Dagbesteding loopt al een jaar goed');
    const badge = await badgeContent(store, REFERENCE);
    expect(badge.tone).toBe('around');
    expect(badge.text).toBe('positie 9 van 12 · uitval: rond het gemiddelde, ongeveer 7 van de 10');
    expect(badge.title).toContain('rond het gemiddelde (oordeel klantmanager; model: hoger dan gemiddeld)');
  });

  it('in English, from the stored language', async () => {
    const { store } = await screened('sanne', { date: '2026-11-02' });
    await store.saveSettings({ language: 'en' });
    const badge = await badgeContent(store, REFERENCE);
    expect(badge.text).toBe(`position 9 of 12 · dropout: ${bandText('higher', 'en')}, about 7 in 10`);
    expect(badge.text).not.toMatch(LOW_WORDS);
    expect(badge.title).toMatch(/^Trede, screening of 2026-11-02: participation ladder position 9 of 12\. /);
    expect(badge.title).toContain('(study group: about 5 in 10).');
    expect(badge.title).toMatch(/Click to open the side panel\.$/);
  });

  it('without a dropout band: the position, "no dropout chance computed", and the neutral tone', async () => {
    const { intake } = await screened('sanne');
    const badge = screenedBadge({ ...intake, result: { ...intake.result, risks: null } }, 'nl');
    expect(badge).toEqual({
      tone: 'screened',
      text: 'positie 9 van 12 · geen uitvalkans berekend',
      title: expect.stringContaining('Geen uitvalkans berekend.'),
    });
    expect(screenedBadge({ ...intake, result: { ...intake.result, risks: null } }, 'en').text).toBe('position 9 of 12 · no dropout chance computed');
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
