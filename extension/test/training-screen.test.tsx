// @vitest-environment happy-dom
// The training screen with a real store: picking a persona opens that client as opening their page would
// (the same pseudonymous key, the masked number), the persona's own answers go into the draft one
// questionnaire at a time, and reset asks first and then says what it removed.
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppContext, type AppContextValue, type CurrentClient, type View } from '../src/app/navigation';
import { LanguageProvider } from '../src/i18n/context';
import { openStore, type TredeStore } from '../src/store/repo';
import { fillParts } from '../src/training/fill';
import { PAGE_SWITCH, TRAINING_DB } from '../src/training/mode';
import { TRAINING_PERSONAS, trainingPersona } from '../src/training/personas';
import { TrainingScreen } from '../src/training/TrainingScreen';
import { byTestId, click, settle, waitFor } from './support/ui';

let root: HTMLElement | null = null;
let store: TredeStore | null = null;
const navigations: View[] = [];
const opened: CurrentClient[] = [];

function Harness(props: { store: TredeStore }) {
  const [current, setCurrent] = useState<CurrentClient | null>(null);
  const value = useMemo<AppContextValue>(
    () => ({
      store: props.store,
      view: { screen: 'training' },
      navigate: (v) => navigations.push(v),
      maskedReference: current?.masked ?? null,
      currentClient: current,
      setCurrentClient: (c) => {
        opened.push(c);
        setCurrent(c);
      },
    }),
    [current],
  );
  return (
    <AppContext.Provider value={value}>
      <TrainingScreen />
    </AppContext.Provider>
  );
}

async function mount() {
  store = await openStore({ name: TRAINING_DB });
  root = document.createElement('div');
  document.body.append(root);
  render(
    <LanguageProvider initial="en">
      <Harness store={store} />
    </LanguageProvider>,
    root,
  );
  await waitFor(root, '[data-testid="persona-list"]');
  return root;
}

const row = (r: HTMLElement, id: string) => r.querySelector<HTMLElement>(`[data-testid="persona"][data-persona="${id}"]`)!;

beforeEach(() => {
  localStorage.setItem(PAGE_SWITCH, 'on');
  navigations.length = 0;
  opened.length = 0;
});

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  store?.close();
  store = null;
});

describe('training screen', () => {
  it('lists every demo client with its story, and opening one opens that client as its page would', async () => {
    const r = await mount();
    expect(r.querySelectorAll('[data-testid="persona"]')).toHaveLength(TRAINING_PERSONAS.length);
    expect(row(r, 'anouk').textContent).toContain(trainingPersona('anouk')!.story.en);
    await click(byTestId(row(r, 'anouk'), 'persona-open-empty'));
    for (let i = 0; i < 200 && navigations.length === 0; i++) await settle(1);
    const key = await store!.clientKeyFor('710204418');
    expect(opened).toEqual([{ clientKey: key, masked: '••••••418', bsn: false }]);
    expect(navigations).toEqual([{ screen: 'client' }]);
    expect(await store!.getClient(key)).toBeDefined();
    // Lotte has no answers of her own: an empty intake only.
    expect(row(r, '999993367').querySelector('[data-testid="persona-open-filled"]')).toBeNull();
  });

  it("fills Kees's own answers into his draft one questionnaire at a time, with the scores so far", async () => {
    const r = await mount();
    await click(byTestId(row(r, 'kees'), 'persona-open-filled'));
    await waitFor(r, '[data-testid="fill-next"]');
    const kees = trainingPersona('kees')!;
    const parts = fillParts(kees.intake!);
    await click(byTestId(r, 'fill-next'));
    await waitFor(r, '[data-testid="fill-scores"] tr[data-scale="age"]');
    await click(byTestId(r, 'fill-next'));
    await waitFor(r, '[data-testid="fill-scores"] tr[data-scale="basicCompetences"]');
    expect(byTestId(r, 'fill-progress').textContent).toBe(`Filled in: 2 of ${parts.length} parts.`);
    const draft = await store!.getDraft(await store!.clientKeyFor(kees.clientNumber));
    expect(draft!.answers).toEqual({ ...parts[0]!.answers, ...parts[1]!.answers });
    expect(draft!.step).toBe(parts[1]!.id);
    // Opened again: a fresh panel, focus on its heading, going on from the two parts the draft holds.
    await click(byTestId(row(r, 'kees'), 'persona-open-filled'));
    await waitFor(r, '[data-testid="fill-scores"] tr[data-scale="basicCompetences"]');
    expect(byTestId(r, 'fill-progress').textContent).toBe(`Filled in: 2 of ${parts.length} parts.`);
    expect(document.activeElement?.id).toBe('training-fill-heading');
  });

  it('asks before it resets, cancelling keeps everything, and a reset says what it removed', async () => {
    const r = await mount();
    const key = await store!.clientKeyFor('710311528');
    expect(await store!.getDraft(key)).toBeDefined(); // from the test before
    await click(byTestId(r, 'reset-training'));
    await click(byTestId(r, 'reset-cancel'));
    expect(await store!.getDraft(key)).toBeDefined();
    await click(byTestId(r, 'reset-training'));
    await click(byTestId(r, 'reset-confirm'));
    const said = (await waitFor(r, '[data-testid="reset-result"]')).textContent!;
    expect(said).toContain('2 client(s)');
    expect(said).toContain('1 draft(s)');
    expect(await store!.getDraft(key)).toBeUndefined();
  });
});
