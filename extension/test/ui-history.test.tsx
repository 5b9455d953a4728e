// @vitest-environment happy-dom
import { formatNumber, ladderMovement } from '@trede/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type TredeStore } from '../src/store/repo';
import type { IntakeRecord } from '../src/store/schema';
import { KEY_A, KEY_B } from './support/fixtures';
import { click, completePersona, mountView, waitFor, type Mounted } from './support/results-ui';
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

/** Three intakes of one client: isolated-ish, then volunteering, then supported paid work. */
async function threeIntakes(): Promise<IntakeRecord[]> {
  const first = await completePersona(store, KEY_A, 'anouk', { date: '2026-01-10' });
  const second = await completePersona(store, KEY_A, 'anouk', {
    date: '2026-05-12',
    answers: { 'ladder.unpaidWork': true, 'dass4.anx1': 2, 'dass4.anx3': 2 },
  });
  const third = await completePersona(store, KEY_A, 'anouk', {
    date: '2026-10-01',
    answers: { 'ladder.paidWork': 'supported', 'ladder.growthPotential': false, 'dass4.anx1': 2, 'dass4.anx3': 2 },
  });
  await completePersona(store, KEY_B, 'kees'); // another client: not in this history
  return [first, second, third];
}

async function showHistory(clientKey = KEY_A, lang: 'nl' | 'en' = 'nl'): Promise<Mounted> {
  ui = await mountView(store, { screen: 'history', clientKey }, lang);
  await waitFor(() => ui!.byTestId('history-item') ?? ui!.byTestId('history-empty'));
  return ui;
}

describe('history screen', () => {
  it('lists the client’s intakes newest first, with date, ladder position and highest band', async () => {
    const intakes = await threeIntakes();
    const { qa } = await showHistory();
    const items = qa('[data-testid="history-item"]');
    expect(items.map((el) => el.getAttribute('data-intake'))).toEqual(intakes.map((i) => i.id).reverse());
    expect(items.map((el) => el.getAttribute('data-position'))).toEqual(intakes.map((i) => String(i.result.ladder.position)).reverse());
    expect(items[2]!.textContent).toContain('10 jan 2026');
    expect(items[2]!.textContent).toContain(`positie ${intakes[0]!.result.ladder.position} van 12`);
    // anouk's first intake: the highest chance of dropping out is well above the study group's, with its frequency
    expect(items[2]!.getAttribute('data-band')).toBe('much-higher');
    expect(items[2]!.textContent).toContain(': veel hoger dan gemiddeld — ongeveer 90 van de 100 (studiegroep: ongeveer 49 van de 100)');
  });

  it('follows overrides for the highest band', async () => {
    const [first] = await threeIntakes();
    for (const m of first!.result.risks!.moments.filter((r) => r.kind === 'dropout' && r.band !== null)) await store.recordOverride(first!.id, m.moment, 'lower', 'Eigen gesprek wijst anders uit');
    const { qa } = await showHistory();
    const item = qa('[data-testid="history-item"]')[2]!;
    expect(item.getAttribute('data-band')).toBe('lower');
  });

  it('draws the ladder position over time with a table of the same numbers', async () => {
    const intakes = await threeIntakes();
    const { byTestId } = await showHistory();
    const chart = byTestId('ladder-chart');
    expect(chart.getAttribute('role')).toBe('img');
    for (const i of intakes) expect(chart.getAttribute('aria-label')).toContain(`positie ${i.result.ladder.position}`);
    expect([...chart.querySelectorAll('circle')].map((c) => c.getAttribute('data-position'))).toEqual(intakes.map((i) => String(i.result.ladder.position)));
    expect(chart.querySelector('path.chart-line')).toBeTruthy();
    const rows = [...byTestId('ladder-table').querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.children[1]!.textContent)).toEqual(intakes.map((i) => String(i.result.ladder.position)));
  });

  it('shows core’s ladder movement and the scale scores that changed between consecutive intakes', async () => {
    const intakes = await threeIntakes();
    const { qa } = await showHistory();
    const changes = qa('[data-testid="history-change"]');
    expect(changes).toHaveLength(2);
    // newest change first
    const expected = ladderMovement({ ladder: intakes[1]!.result.ladder, date: '2026-05-12' }, { ladder: intakes[2]!.result.ladder, date: '2026-10-01' })!;
    expect(changes[0]!.querySelector('[data-testid="ladder-movement"]')!.textContent).toBe(expected.summary.nl);
    expect(changes[0]!.getAttribute('data-direction')).toBe('up');
    const older = changes[1]!;
    const anxiety = older.querySelector('[data-scale="dassAnxiety"]')!;
    const from = intakes[0]!.result.scales.dassAnxiety!.score!;
    const to = intakes[1]!.result.scales.dassAnxiety!.score!;
    expect(anxiety.textContent).toContain(`Angstklachten: ${formatNumber(from, 'nl')} → ${formatNumber(to, 'nl')} (−${formatNumber(from - to, 'nl')})`);
    expect(anxiety.textContent).toContain('gunstiger');
    expect(changes[0]!.textContent).toContain('Geen veranderde scores');
  });

  it('warns about a stored intake that fails validation, and still lists the others', async () => {
    const [first] = await threeIntakes();
    await rawPut(name, 'intakes', { ...first!, id: 'broken-1', completedAt: 'gisteren', result: { nonsense: true } });
    const { byTestId, qa } = await showHistory();
    const warning = await waitFor(() => byTestId('history-errors'));
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain('1 opgeslagen intake(s) konden niet worden gelezen');
    expect(warning.textContent).toContain('broken-1');
    expect(qa('[data-testid="history-item"]')).toHaveLength(3);
  });

  it('opens an intake’s results', async () => {
    const intakes = await threeIntakes();
    const { qa, byTestId } = await showHistory();
    await click(qa('[data-testid="history-open"]')[2]!);
    const screen = await waitFor(() => byTestId('screen-results'));
    expect(screen.getAttribute('data-intake')).toBe(intakes[0]!.id);
    await waitFor(() => byTestId('ladder'));
    expect(byTestId('ladder').getAttribute('data-position')).toBe(String(intakes[0]!.result.ladder.position));
  });

  it('says when there are no intakes yet', async () => {
    const { byTestId } = await showHistory(KEY_B.replace(/b/g, 'c'), 'en');
    expect(byTestId('history-empty').textContent).toContain('No completed intakes');
    expect(byTestId('ladder-chart')).toBeNull();
  });
});
