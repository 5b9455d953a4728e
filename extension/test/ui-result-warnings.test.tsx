// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TredeStore } from '../src/store/repo';
import type { IntakeRecord } from '../src/store/schema';
import { KEY_A } from './support/fixtures';
import { completePersona, mountView, waitFor, type Mounted } from './support/results-ui';
import { freshStore, tickingClock } from './support/store';

let store: TredeStore;
let ui: Mounted | null = null;
beforeEach(async () => {
  store = await freshStore(tickingClock());
});
afterEach(() => {
  ui?.unmount();
  ui = null;
  store.close();
});

async function showResults(intake: IntakeRecord, lang: 'nl' | 'en' = 'nl'): Promise<Mounted> {
  ui = await mountView(store, { screen: 'results', clientKey: intake.clientKey, intakeId: intake.id }, lang);
  await waitFor(() => ui!.byTestId('ladder'));
  return ui;
}

describe('results screen: the result’s warnings', () => {
  it('lists them right under the header, in core’s words', async () => {
    // Anouk is 27; a last paid job 25 years ago cannot be right, and she has no childcare question to skip.
    const intake = await completePersona(store, KEY_A, 'anouk', { answers: { 'bg.yearsSinceLastJob': 25, 'bg.children': false } });
    expect(intake.result.warnings.map((w) => w.code)).toEqual(['not-applicable', 'not-applicable', 'inconsistent']);
    const { byTestId, q, qa } = await showResults(intake);
    const section = byTestId('result-warnings');
    expect(q('.results-head').nextElementSibling).toBe(section);
    expect(section.querySelector('h3')!.textContent).toBe('Let op bij deze intake');
    const items = qa('[data-testid="result-warning"]');
    expect(items.map((li) => li.textContent)).toEqual(intake.result.warnings.map((w) => w.message.nl));
    expect(items.map((li) => li.dataset.code)).toEqual(['not-applicable', 'not-applicable', 'inconsistent']);
    expect(items[2]!.dataset.items).toBe('bg.age bg.yearsSinceLastJob');
  });

  it('speaks English when asked', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk', { answers: { 'bg.yearsSinceLastJob': 25 } });
    const { byTestId, qa } = await showResults(intake, 'en');
    expect(byTestId('result-warnings').querySelector('h3')!.textContent).toBe('Check this intake');
    expect(qa('[data-testid="result-warning"]').map((li) => li.textContent)).toEqual(intake.result.warnings.map((w) => w.message.en));
  });

  it('shows nothing when there are none', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    expect(intake.result.warnings).toEqual([]);
    const { byTestId } = await showResults(intake);
    expect(byTestId('result-warnings')).toBeNull();
  });
});
