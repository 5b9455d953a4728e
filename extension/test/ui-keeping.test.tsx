// @vitest-environment happy-dom
// Never losing an answer, on screen: a typed number saved while typing and whenever the page could go away,
// two panels on one intake, a session ended elsewhere, an unreadable draft set aside, a client whose records
// are partly unreadable, storage that is full, and settings that cannot be read.
import type { ComponentType } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/App';
import { startPage, type PageProps } from '../src/app/boot';
import { openStore, type TredeStore } from '../src/store/repo';
import { chooseNoEncryption } from '../src/store/lock-actions';
import { TYPING_DEBOUNCE_MS } from '../src/ui/intake/draft-keeper';
import { exampleAnswers } from './support/fixtures';
import { dumpDatabase, rawPut, uniqueName } from './support/store';
import { $, byTestId, click, mountScreens, settle, typeInto, waitFor, type Mounted } from './support/ui';

const REFERENCE = 'KL-2026-0042';
const mounted: Mounted[] = [];
const stores: TredeStore[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  mounted.splice(0).forEach((m) => m.unmount());
  stores.splice(0).forEach((s) => s.close());
});

async function openOn(name: string): Promise<TredeStore> {
  const store = await openStore({ name });
  stores.push(store);
  return store;
}

async function intakeScreen(store: TredeStore, key: string): Promise<HTMLElement> {
  const m = await mountScreens(store, { screen: 'intake', clientKey: key }, { masked: '•••••042' });
  mounted.push(m);
  await waitFor(m.root, '[data-testid="intake-progress"]');
  return m.root;
}

const question = (root: HTMLElement, itemId: string) => byTestId(root, `question-${itemId}`);
const radio = (root: HTMLElement, itemId: string, value: string) => $(question(root, itemId), `input[type="radio"][value="${value}"]`) as HTMLInputElement;
const numberField = (root: HTMLElement, itemId: string) => $(question(root, itemId), 'input[type="number"]') as HTMLInputElement;
/**
 * Picks a radio button the way the browser reports it (checked, then a change event) without happy-dom's
 * click handling, which in one test document also reaches the other panel's inputs of the same id.
 */
async function choose(input: HTMLInputElement): Promise<void> {
  await act(async () => {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('a typed number', () => {
  it('is saved while typing, once typing pauses, without leaving the field; opening the intake again finds it', async () => {
    const store = await openOn(uniqueName('typing'));
    const key = await store.clientKeyFor(REFERENCE);
    const root = await intakeScreen(store, key);
    // The screen has put focus on its heading; now the caseworker is in the field.
    await settle();
    const age = numberField(root, 'bg.age');
    age.focus();
    await typeInto(age, '3');
    await typeInto(age, '34');
    // Still typing: nothing written yet (one write per pause, not per key).
    expect(await store.getDraft(key)).toBeUndefined();
    await pause(TYPING_DEBOUNCE_MS + 200);
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers['bg.age']).toBe(34));
    expect(document.activeElement).toBe(age);
    mounted.pop()!.unmount();
    const again = await intakeScreen(store, key);
    expect(numberField(again, 'bg.age').value).toBe('34');
    expect(question(again, 'bg.age').dataset.answered).toBe('true');
  });

  it('is saved at once when the page is hidden, when it is closed, and when the step changes', async () => {
    const store = await openOn(uniqueName('flush'));
    const key = await store.clientKeyFor(REFERENCE);
    const root = await intakeScreen(store, key);
    await typeInto(numberField(root, 'bg.age'), '41');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers['bg.age']).toBe(41), { timeout: TYPING_DEBOUNCE_MS / 2 });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });

    await typeInto(numberField(root, 'bg.age'), '42');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers['bg.age']).toBe(42), { timeout: TYPING_DEBOUNCE_MS / 2 });

    await typeInto(numberField(root, 'bg.yearsSinceLastJob'), '3');
    await click(byTestId(root, 'intake-next'));
    await vi.waitFor(async () => expect(await store.getDraft(key)).toMatchObject({ step: 'basic-competences', answers: { 'bg.yearsSinceLastJob': 3 } }), {
      timeout: TYPING_DEBOUNCE_MS / 2,
    });

    await click(byTestId(root, 'intake-prev'));
    await typeInto(numberField(root, 'bg.age'), '43');
    mounted.pop()!.unmount();
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers['bg.age']).toBe(43), { timeout: TYPING_DEBOUNCE_MS / 2 });
  });
});

describe('the same intake in two panels', () => {
  async function twoPanels(prepare?: (store: TredeStore, key: string) => Promise<void>) {
    const name = uniqueName('two-screens');
    const a = await openOn(name);
    const b = await openOn(name);
    const key = await a.clientKeyFor(REFERENCE);
    await prepare?.(a, key);
    // Each panel in a form of its own: in one test document, radio buttons of the same name would otherwise
    // be one group across both panels (in the browser each panel is a page of its own).
    const own = (root: HTMLElement) => {
      const form = document.createElement('form');
      root.replaceWith(form);
      form.append(root);
      return root;
    };
    return { a, b, key, rootA: own(await intakeScreen(a, key)), rootB: own(await intakeScreen(b, key)) };
  }

  it('each panel shows what the other saved, and no answer of either is lost', async () => {
    const { a, key, rootA, rootB } = await twoPanels();
    await choose(radio(rootA, 'bg.partner', 'true'));
    await vi.waitFor(() => expect(radio(rootB, 'bg.partner', 'true').checked).toBe(true));
    await choose(radio(rootB, 'bg.children', 'false'));
    await typeInto(numberField(rootA, 'bg.age'), '29', true);
    await choose(radio(rootB, 'bg.education', 'mbo2-4'));
    await vi.waitFor(async () => expect((await a.getDraft(key))?.answers).toEqual({ 'bg.partner': true, 'bg.children': false, 'bg.age': 29, 'bg.education': 'mbo2-4' }));
    await vi.waitFor(() => expect(numberField(rootB, 'bg.age').value).toBe('29'));
    await vi.waitFor(() => expect(radio(rootA, 'bg.education', 'mbo2-4').checked).toBe(true));
    expect(byTestId(rootA, 'draft-merged').textContent).toBe('Antwoorden uit een ander venster zijn bijgewerkt.');
    // The same answer in both: the later save wins, and both panels show it.
    await choose(radio(rootA, 'bg.partner', 'false'));
    await vi.waitFor(() => expect(radio(rootB, 'bg.partner', 'false').checked).toBe(true));
    await choose(radio(rootB, 'bg.partner', 'true'));
    await vi.waitFor(() => expect(radio(rootA, 'bg.partner', 'true').checked).toBe(true));
    expect((await a.getDraft(key))?.answers['bg.partner']).toBe(true);
  });

  it('finished in one panel: the other says so, leads to the stored results, and brings no draft back', async () => {
    const { a, key, rootA, rootB } = await twoPanels((store, key) => store.saveDraft(key, exampleAnswers(), 'ladder').then(() => {}));
    await click(byTestId(rootA, 'intake-finish'));
    await vi.waitFor(() => expect(mounted[0]!.navigations.at(-1)).toMatchObject({ screen: 'results', clientKey: key }));
    const ended = await waitFor(rootB, '[data-testid="session-ended"]');
    expect(ended.dataset.ending).toBe('completed');
    expect(ended.textContent).toContain('Deze intake is intussen afgerond in een ander venster');
    await click(byTestId(rootB, 'open-stored-results'));
    const intakeId = (mounted[0]!.navigations.at(-1) as { intakeId: string }).intakeId;
    expect(mounted[1]!.navigations.at(-1)).toEqual({ screen: 'results', clientKey: key, intakeId });
    expect(await a.countIntakes(key)).toBe(1);
  });

  it('thrown away in another window: answers given here after that are refused, and the draft stays gone', async () => {
    const { a, key, rootA } = await twoPanels();
    await click(radio(rootA, 'bg.partner', 'true'));
    await vi.waitFor(async () => expect(await a.getDraft(key)).toBeDefined());
    await a.discardDraft(key);
    const ended = await waitFor(rootA, '[data-testid="session-ended"]');
    expect(ended.dataset.ending).toBe('discarded');
    await click(radio(rootA, 'bg.children', 'true'));
    await settle();
    expect(await a.getDraft(key)).toBeUndefined();
  });
});

describe('an unreadable draft', () => {
  it('the intake says it was not used and is kept; the first answer sets it aside, says where, and starts afresh', async () => {
    const name = uniqueName('corrupt-draft');
    const store = await openOn(name);
    const key = await store.clientKeyFor(REFERENCE);
    const corrupt = { clientKey: key, answers: { 'bg.partner': 'misschien' }, step: 'background', updatedAt: 'gisteren' };
    await rawPut(name, 'drafts', corrupt);
    const root = await intakeScreen(store, key);
    expect(byTestId(root, 'draft-unreadable').textContent).toContain('blijft ongewijzigd bewaard');
    await click(radio(root, 'bg.partner', 'true'));
    const notice = await waitFor(root, '[data-testid="draft-set-aside"]');
    expect(notice.textContent).toBe(`Het onleesbare record in "drafts" (sleutel ${key}) is ongewijzigd apart gezet in de quarantaine (nummer 1); het nieuwe record vervangt het.`);
    expect(root.querySelector('[data-testid="draft-unreadable"]')).toBeNull();
    expect((await store.getDraft(key))?.answers).toEqual({ 'bg.partner': true });
    expect((await dumpDatabase(name)).quarantine!.map((row) => (row.value as { record: unknown }).record)).toEqual([corrupt]);
  });
});

describe('the client screen', () => {
  it('one unreadable record does not block the client: the rest is shown, a new intake starts, the draft can be set aside', async () => {
    const name = uniqueName('client-corrupt');
    const store = await openOn(name);
    const key = await store.clientKeyFor(REFERENCE);
    const older = await store.completeIntake(key, { answers: exampleAnswers(), date: '2026-01-05' });
    const newer = await store.completeIntake(key, { answers: exampleAnswers(), date: '2026-02-05' });
    if (!older.ok || !newer.ok) throw new Error('not ok');
    const stored = (await dumpDatabase(name)).intakes!.find((row) => row.key === newer.intake.id)!.value as Record<string, unknown>;
    await rawPut(name, 'intakes', { ...stored, result: 'kapot' });
    await rawPut(name, 'drafts', { clientKey: key, answers: {}, step: 3 });
    const m = await mountScreens(store, { screen: 'client' }, { client: { clientKey: key, masked: '•••042', bsn: false } });
    mounted.push(m);
    const problems = await waitFor(m.root, '[data-testid="client-unreadable"]');
    expect(problems.textContent).toContain('Niet alles van deze cliënt kon worden gelezen');
    expect(problems.textContent).toContain(`"drafts" (sleutel ${key})`);
    expect(problems.textContent).toContain(`"intakes" (sleutel ${newer.intake.id})`);
    expect(byTestId(m.root, 'latest-intake').dataset.intakeId).toBe(older.intake.id);
    expect(byTestId(m.root, 'client-draft-unreadable').textContent).toContain('blijft bewaard');
    await click(byTestId(m.root, 'discard-draft'));
    await click(byTestId(m.root, 'discard-draft-confirm'));
    await vi.waitFor(() => expect(m.root.querySelector('[data-testid="client-draft-unreadable"]')).toBeNull());
    expect((await dumpDatabase(name)).quarantine).toHaveLength(1);
    await click(byTestId(m.root, 'start-intake'));
    await vi.waitFor(() => expect(m.navigations.at(-1)).toEqual({ screen: 'intake', clientKey: key }));
  });

  it('storage full: saving a nickname, throwing a draft away and starting an intake each say why; nothing changes', async () => {
    const store = await openOn(uniqueName('client-full'));
    const key = await store.clientKeyFor(REFERENCE);
    await store.saveDraft(key, { 'bg.partner': true }, 'background');
    const m = await mountScreens(store, { screen: 'client' }, { client: { clientKey: key, masked: '•••042', bsn: false } });
    mounted.push(m);
    await waitFor(m.root, '[data-testid="client-draft"]');
    const full = () => {
      throw new DOMException('', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);

    await click(byTestId(m.root, 'nickname-edit'));
    await typeInto((await waitFor(m.root, '[data-testid="nickname-input"]')) as HTMLInputElement, 'J., dinsdag');
    await click(byTestId(m.root, 'nickname-save'));
    expect((await waitFor(m.root, '[data-testid="nickname-error"]')).textContent).toBe(
      'Opslaan lukt niet: de opslag op deze computer is vol (QuotaExceededError). Er is niets gewijzigd. Maak ruimte vrij op de schijf (of vraag uw beheerder) en probeer het opnieuw.',
    );
    await click(byTestId(m.root, 'nickname-cancel'));

    await click(byTestId(m.root, 'discard-draft'));
    await click(byTestId(m.root, 'discard-draft-confirm'));
    expect((await waitFor(m.root, '[data-testid="discard-error"]')).textContent).toMatch(/^Het concept is niet weggegooid: Opslaan lukt niet: de opslag op deze computer is vol/);

    await click(byTestId(m.root, 'start-intake'));
    const start = await waitFor(m.root, '[data-testid="start-error"]');
    expect(start.textContent).toMatch(/^De intake kon niet worden gestart: Opslaan lukt niet/);
    expect(m.root.textContent).not.toContain('konden niet worden gelezen');

    vi.restoreAllMocks();
    expect((await store.getDraft(key))?.answers).toEqual({ 'bg.partner': true });
    expect(await store.getClient(key)).toBeUndefined();
  });
});

describe('the intake when storage is full', () => {
  it('says why the draft was not saved, keeps the answer on screen, and saves it with the next answer once there is room', async () => {
    const store = await openOn(uniqueName('intake-full'));
    const key = await store.clientKeyFor(REFERENCE);
    const root = await intakeScreen(store, key);
    await click(radio(root, 'bg.partner', 'true'));
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers).toEqual({ 'bg.partner': true }));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    await click(radio(root, 'bg.children', 'false'));
    await vi.waitFor(() => expect(byTestId(root, 'draft-status').dataset.state).toBe('error'));
    expect(byTestId(root, 'draft-status').textContent).toBe(
      'Het concept kon niet worden opgeslagen: Opslaan lukt niet: de opslag op deze computer is vol (QuotaExceededError). Er is niets gewijzigd. Maak ruimte vrij op de schijf (of vraag uw beheerder) en probeer het opnieuw.',
    );
    expect(radio(root, 'bg.children', 'false').checked).toBe(true);
    put.mockRestore();
    await click(radio(root, 'bg.education', 'mbo2-4'));
    await vi.waitFor(async () => expect((await store.getDraft(key))?.answers).toEqual({ 'bg.partner': true, 'bg.children': false, 'bg.education': 'mbo2-4' }));
  });
});

describe('settings that cannot be read', () => {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
    root = null;
  });

  it('the panel works with the defaults and says so; the record stays until a setting is saved', async () => {
    // startPage opens the real database, 'trede', which works without encryption here (the choice made).
    const setup = await openStore();
    setup.close();
    await chooseNoEncryption();
    const corrupt = { language: 'en', approach: 'sideways', referenceGroup: 'total', instruments: [], updatedAt: null };
    await rawPut('trede', 'settings', corrupt, 'settings');
    root = document.createElement('div');
    document.body.append(root);
    const Panel: ComponentType<PageProps> = (props) => <App store={props.store} storeError={props.storeError} pageApis={null} />;
    await act(async () => startPage(Panel, root!));
    const notice = await waitFor(root, '.app-error');
    expect(notice.textContent).toContain('Trede werkt met de standaardinstellingen (Nederlands)');
    expect(notice.textContent).toContain('veld "approach"');
    // Nothing is blocked: a client opens.
    await typeInto(byTestId(root, 'client-ref') as HTMLInputElement, REFERENCE);
    await click(byTestId(root, 'client-open'));
    await waitFor(root, '[data-testid="start-intake"]');
    expect((await dumpDatabase('trede')).settings!.map((row) => row.value)).toEqual([corrupt]);
  });
});
