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
import { fillItems, fillParts } from '../src/training/fill';
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

  it("fills Kees's own answers into his draft an answer or a questionnaire at a time, with how each moves the scores", async () => {
    const r = await mount();
    await click(byTestId(row(r, 'kees'), 'persona-open-filled'));
    await waitFor(r, '[data-testid="fill-next"]');
    const kees = trainingPersona('kees')!;
    const parts = fillParts(kees.intake!);
    const items = fillItems(parts);
    const key = await store!.clientKeyFor(kees.clientNumber);
    // One answer: his age, and the age scale appears.
    await click(byTestId(r, 'fill-answer'));
    await waitFor(r, '[data-testid="fill-progress"][data-done="1"]');
    expect(items[0]!.id).toBe('bg.age');
    expect((await store!.getDraft(key))!.answers).toEqual({ 'bg.age': 58 });
    expect(r.querySelector('[data-testid="fill-scores"] tr[data-scale="age"] td')!.textContent).toContain('58');
    // The rest of the part, then the next part whole.
    await click(byTestId(r, 'fill-next'));
    await waitFor(r, `[data-testid="fill-progress"][data-done="${Object.keys(parts[0]!.answers).length}"]`);
    await click(byTestId(r, 'fill-next'));
    await waitFor(r, '[data-testid="fill-scores"] tr[data-scale="basicCompetences"]');
    const two = Object.keys(parts[0]!.answers).length + Object.keys(parts[1]!.answers).length;
    expect(byTestId(r, 'fill-progress').textContent).toBe(`Filled in: ${two} of ${items.length} answers (2 of ${parts.length} parts).`);
    const draft = await store!.getDraft(key);
    expect(draft!.answers).toEqual({ ...parts[0]!.answers, ...parts[1]!.answers });
    expect(draft!.step).toBe(parts[1]!.id);
    // The third part: the depression and anxiety scales appear.
    await click(byTestId(r, 'fill-next'));
    await waitFor(r, '[data-testid="fill-scores"] tr[data-scale="dassDepression"]');
    // Opened again: a fresh panel, focus on its heading, going on from the answers the draft holds.
    await click(byTestId(row(r, 'kees'), 'persona-open-filled'));
    await waitFor(r, `[data-testid="fill-progress"][data-done="${two + Object.keys(parts[2]!.answers).length}"]`);
    expect(document.activeElement?.id).toBe('training-fill-heading');
  });

  it('an answer that moves a score already shown says what the score was', async () => {
    const r = await mount();
    await click(byTestId(row(r, 'fatma'), 'persona-open-filled'));
    await waitFor(r, '[data-testid="fill-next"]');
    const parts = fillParts(trainingPersona('fatma')!.intake!);
    // Through the background part, then competence answers one by one until the scale is scored.
    await click(byTestId(r, 'fill-next'));
    let done = Object.keys(parts[0]!.answers).length;
    await waitFor(r, `[data-testid="fill-progress"][data-done="${done}"]`);
    const competences = () => r.querySelector('[data-testid="fill-scores"] tr[data-scale="basicCompetences"]');
    const answerOne = async () => {
      await click(byTestId(r, 'fill-answer'));
      done += 1;
      await waitFor(r, `[data-testid="fill-progress"][data-done="${done}"]`);
    };
    while (!competences() && done < 40) await answerOne();
    const score = () => competences()!.querySelector('td')!.firstChild!.textContent!;
    // The next answer that changes the mean says what it was.
    let before = score();
    for (let i = 0; i < 8 && score() === before; i++) {
      before = score();
      await answerOne();
    }
    expect(score()).not.toBe(before);
    expect(competences()!.getAttribute('data-moved')).toBe('true');
    expect(competences()!.querySelector('td')!.textContent).toContain(`(was ${before})`);
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
    expect(said).toContain('3 client(s)');
    expect(said).toContain('2 draft(s)');
    expect(await store!.getDraft(key)).toBeUndefined();
  });
});
