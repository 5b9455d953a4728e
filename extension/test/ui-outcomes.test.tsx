// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type TredeStore } from '../src/store/repo';
import { today, validateOutcome } from '../src/ui/outcomes/OutcomeForm';
import { KEY_A } from './support/fixtures';
import { click, completePersona, mountView, setValue, waitFor, type Mounted } from './support/results-ui';
import { rawPut, tickingClock, uniqueName } from './support/store';

let name: string;
let store: TredeStore;
let ui: Mounted | null = null;
beforeEach(async () => {
  name = uniqueName();
  store = await openStore({ name, now: tickingClock() });
});
afterEach(() => {
  ui?.unmount();
  ui = null;
  store.close();
});

async function showOutcomes(lang: 'nl' | 'en' = 'nl'): Promise<Mounted> {
  ui = await mountView(store, { screen: 'outcomes', clientKey: KEY_A }, lang);
  await waitFor(() => ui!.byTestId('outcomes-empty') ?? ui!.byTestId('outcome-item'));
  return ui;
}

describe('outcomes screen', () => {
  it('records a dropout only with date, phase and a reason, linked to the latest intake, and lists it', async () => {
    await completePersona(store, KEY_A, 'kees', { date: '2026-01-05' });
    const latest = await completePersona(store, KEY_A, 'kees', { date: '2026-03-05' });
    const { byTestId, qa } = await showOutcomes();
    expect(byTestId('screen-outcomes')).toBeTruthy();
    expect(byTestId('outcomes-empty')).toBeTruthy();

    await setValue(byTestId('outcome-kind'), 'dropped-out', 'change');
    await setValue(byTestId('outcome-date'), '2026-04-01');
    await click(byTestId('outcome-save'));
    expect(byTestId('outcome-error-phase').textContent).toContain('fase');
    expect(byTestId('outcome-error-reasons').textContent).toContain('Onbekend');
    expect(byTestId('outcome-status').textContent).toContain('Nog niet opgeslagen');
    expect(byTestId('outcome-phase').getAttribute('aria-invalid')).toBe('true');
    expect((await store.listOutcomes(KEY_A)).items).toHaveLength(0);

    await setValue(byTestId('outcome-phase'), 'trial-placement', 'change');
    await click(byTestId('outcome-reason-motivation'));
    await click(byTestId('outcome-reason-care-advice'));
    await click(byTestId('outcome-save'));
    const item = await waitFor(() => byTestId('outcome-item'));
    expect(item.getAttribute('data-kind')).toBe('dropped-out');
    expect(item.textContent).toContain('Uitgevallen');
    expect(item.textContent).toContain('1 apr 2026');
    expect(item.textContent).toContain('Proefplaatsing');
    expect(item.textContent).toContain('Motivatie, houding of medewerking');
    expect(item.textContent).toContain('Advies zorg');
    expect(byTestId('outcome-status').textContent).toBe('Uitkomst opgeslagen.');

    const stored = (await store.listOutcomes(KEY_A)).items;
    expect(stored).toMatchObject([{ kind: 'dropped-out', date: '2026-04-01', phase: 'trial-placement', reasons: ['motivation', 'care-advice'], intakeId: latest.id }]);
    // the form is ready for the next one
    expect((byTestId('outcome-kind') as HTMLSelectElement).value).toBe('started');
    expect(qa('[data-testid="outcome-item"]')).toHaveLength(1);
  });

  it('records a start and a move to work, listed in date order', async () => {
    const { byTestId, qa } = await showOutcomes('en');
    expect(byTestId('outcome-phase')).toBeNull(); // a start needs no phase or reason
    await setValue(byTestId('outcome-date'), '2026-02-01');
    await click(byTestId('outcome-save'));
    await waitFor(() => byTestId('outcome-item'));

    await setValue(byTestId('outcome-kind'), 'work-or-study', 'change');
    await setValue(byTestId('outcome-date'), '2026-06-15');
    // Core's label, with the sources in the interface language as the tooltip.
    const foundWork = byTestId('outcome-reason-found-work').closest('label')!;
    expect(foundWork.textContent).toContain('Found work');
    expect(foundWork.getAttribute('title')).toBe('TNO 2013, tables 17 and 18 (regulier werk gevonden); Pilot loondispensatie 2012, table 3.8 (zelf werk gevonden)');
    await click(byTestId('outcome-reason-found-work'));
    await click(byTestId('outcome-save'));
    await waitFor(() => qa('[data-testid="outcome-item"]').length === 2);
    const items = qa('[data-testid="outcome-item"]');
    expect(items.map((el) => el.getAttribute('data-kind'))).toEqual(['started', 'work-or-study']);
    expect(items[1]!.textContent).toContain('Moved on to work or study');
    expect(items[1]!.textContent).toContain('Found work');
    expect(items[1]!.querySelector('.outcome-reasons [title]')!.getAttribute('title')).toContain('TNO 2013, tables 17 and 18');
    const stored = (await store.listOutcomes(KEY_A)).items;
    expect(stored.map((o) => [o.kind, o.phase, o.reasons, o.intakeId])).toEqual([
      ['started', null, [], null],
      ['work-or-study', null, ['found-work'], null],
    ]);
  });

  it('refuses an empty or future date', async () => {
    const { byTestId } = await showOutcomes();
    await setValue(byTestId('outcome-date'), '');
    await click(byTestId('outcome-save'));
    expect(byTestId('outcome-error-date').textContent).toBe('Vul een geldige datum in.');
    await setValue(byTestId('outcome-date'), '2999-01-01');
    expect(byTestId('outcome-error-date').textContent).toBe('De datum ligt in de toekomst.');
    expect((await store.listOutcomes(KEY_A)).items).toHaveLength(0);
  });

  it('warns about a stored outcome that fails validation', async () => {
    await store.recordOutcome({ clientKey: KEY_A, kind: 'started', date: '2026-02-01' });
    await rawPut(name, 'outcomes', { id: 'broken-outcome', clientKey: KEY_A, kind: 'vanished', date: 'soon' });
    const { byTestId, qa } = await showOutcomes();
    const warning = await waitFor(() => byTestId('outcomes-errors'));
    expect(warning.textContent).toContain('broken-outcome');
    expect(qa('[data-testid="outcome-item"]')).toHaveLength(1);
  });
});

describe('validateOutcome', () => {
  it('asks for a phase and a reason on dropout only, and a real date that has passed', () => {
    const day = today(new Date(2026, 10, 23));
    expect(day).toBe('2026-11-23');
    expect(validateOutcome({ kind: 'started', date: '2026-11-23', phase: '', reasons: [] }, day)).toEqual({});
    expect(validateOutcome({ kind: 'dropped-out', date: '2026-02-30', phase: '', reasons: [] }, day)).toEqual({
      date: 'outcomes.invalid.date',
      phase: 'outcomes.invalid.phase',
      reasons: 'outcomes.invalid.reasons',
    });
    expect(validateOutcome({ kind: 'work-or-study', date: '2026-11-24', phase: '', reasons: [] }, day)).toEqual({ date: 'outcomes.invalid.future' });
  });
});
