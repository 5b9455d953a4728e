// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type TredeStore } from '../src/store/repo';
import { exampleAnswers } from './support/fixtures';
import { dumpDatabase, uniqueName } from './support/store';
import { byTestId, click, mountScreens, settle, typeInto, waitFor, type Mounted } from './support/ui';

const BSN = '123456782'; // passes the elfproef
const OTHER = 'KL-2026-0042';

let mounted: Mounted | null = null;
let store: TredeStore | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  store?.close();
  store = null;
});

async function setup() {
  const name = uniqueName('ui-client');
  store = await openStore({ name });
  mounted = await mountScreens(store, { screen: 'client' });
  return { name, store, root: mounted.root };
}

async function openClient(root: HTMLElement, reference: string) {
  await typeInto(byTestId(root, 'client-ref') as HTMLInputElement, reference);
  await click(byTestId(root, 'client-open'));
  await waitFor(root, '[data-testid="client-panel"] .client-state');
}

describe('ClientScreen', () => {
  it('gives a client a nickname, refuses one with a BSN in it, and removes it when saved empty', async () => {
    const { store, root } = await setup();
    await openClient(root, OTHER);
    const key = await store.clientKeyFor(OTHER);
    await click(byTestId(root, 'nickname-edit'));
    const input = (await waitFor(root, '[data-testid="nickname-input"]')) as HTMLInputElement;
    await expect.poll(() => document.activeElement).toBe(input);

    await typeInto(input, `J. ${BSN}`);
    await click(byTestId(root, 'nickname-save'));
    expect((await waitFor(root, '[data-testid="nickname-error"]')).textContent).toContain('BSN');
    expect((await store.getClient(key))?.label).toBeUndefined();

    await typeInto(byTestId(root, 'nickname-input') as HTMLInputElement, 'J., dinsdag');
    await click(byTestId(root, 'nickname-save'));
    expect((await waitFor(root, '[data-testid="nickname"]')).textContent).toBe('Bijnaam: J., dinsdag');
    expect((await store.getClient(key))?.label).toBe('J., dinsdag');
    await expect.poll(() => document.activeElement).toBe(byTestId(root, 'nickname-edit'));

    await click(byTestId(root, 'nickname-edit'));
    await typeInto((await waitFor(root, '[data-testid="nickname-input"]')) as HTMLInputElement, '  ');
    await click(byTestId(root, 'nickname-save'));
    await settle();
    await expect.poll(async () => (await store.getClient(key))?.label).toBeUndefined();
    expect(root.querySelector('[data-testid="nickname"]')).toBeNull();
    expect(byTestId(root, 'nickname-edit').textContent).toBe('Bijnaam toevoegen');
  });


  it('opens a client by reference, shows it masked with the BSN note, and never stores the reference', async () => {
    const { name, store, root } = await setup();
    expect(byTestId(root, 'screen-client')).toBeTruthy();
    expect(root.querySelector('label[for="client-ref"]')?.textContent).toBe('Cliëntnummer of BSN');
    await openClient(root, '123 456 782');
    const key = await store.clientKeyFor(BSN);
    expect(byTestId(root, 'client-panel').dataset.clientKey).toBe(key);
    expect(byTestId(root, 'client-heading').textContent).toBe('Cliënt ••••••782');
    await expect.poll(() => document.activeElement).toBe(byTestId(root, 'client-heading'));
    expect(byTestId(root, 'bsn-note').textContent).toContain('nergens opgeslagen');
    // the field is cleared, and the reference is nowhere on the page
    expect((byTestId(root, 'client-ref') as HTMLInputElement).value).toBe('');
    // (the pseudonymous key is in an attribute, and a random hex key may well contain "456": leave it out)
    const shown = root.innerHTML.replaceAll(key, '');
    expect(shown).not.toContain(BSN);
    expect(shown).not.toContain('456');
    // no screening yet: the start button
    expect(byTestId(root, 'no-screening').textContent).toContain('Nog geen screening');
    expect(byTestId(root, 'start-intake').textContent).toBe('Intake starten');
    expect(root.querySelector('[data-testid="open-results"]')).toBeNull();

    await click(byTestId(root, 'start-intake'));
    await waitFor(root, '[data-testid="screen-intake"]');
    expect(mounted!.navigations.at(-1)).toEqual({ screen: 'intake', clientKey: key });
    expect(await store.getClient(key)).toMatchObject({ key });
    const dump = JSON.stringify(await dumpDatabase(name));
    expect(dump).toContain(key);
    expect(dump).not.toContain(BSN);
    expect(dump).not.toContain('123 456 782');
  });

  it('shows no BSN note for another kind of reference, and refuses an empty one', async () => {
    const { root } = await setup();
    await typeInto(byTestId(root, 'client-ref') as HTMLInputElement, '   ');
    await click(byTestId(root, 'client-open'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Een cliëntnummer is nodig');
    expect(root.querySelector('[data-testid="client-panel"]')).toBeNull();
    await openClient(root, OTHER);
    expect(byTestId(root, 'client-heading').textContent).toBe('Cliënt •••••••••042');
    expect(root.querySelector('[data-testid="bsn-note"]')).toBeNull();
  });

  it('offers to resume a draft, with its progress', async () => {
    const { store, root } = await setup();
    const key = await store.clientKeyFor(OTHER);
    await store.saveDraft(key, { 'bg.age': 40, 'bg.children': false, 'bc.stress': 3 }, 'basic-competences');
    await openClient(root, OTHER);
    const start = byTestId(root, 'start-intake');
    expect(start.textContent).toBe('Intake hervatten');
    expect(start.dataset.resume).toBe('true');
    // 51 questions, less the five that follow up on another answer (no children: no youngest child or childcare)
    expect(byTestId(root, 'client-draft').textContent).toContain('3 van 46 vragen beantwoord');
    await click(start);
    await waitFor(root, '[data-testid="draft-resumed"]');
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Basiscompetenties');
  });

  it('throws a draft away only after a second confirmation', async () => {
    const { store, root } = await setup();
    const key = await store.clientKeyFor(OTHER);
    await store.saveDraft(key, { 'bg.age': 40, 'bc.stress': 3 }, 'basic-competences');
    await openClient(root, OTHER);
    await click(byTestId(root, 'discard-draft'));
    await click(byTestId(root, 'discard-draft-cancel'));
    expect(await store.getDraft(key)).toBeDefined();
    await click(byTestId(root, 'discard-draft'));
    await expect.poll(() => document.activeElement).toBe(byTestId(root, 'discard-draft-confirm'));
    await click(byTestId(root, 'discard-draft-confirm'));
    await waitFor(root, '[data-testid="start-intake"][data-resume="false"]');
    expect(await store.getDraft(key)).toBeUndefined();
    expect(root.querySelector('[data-testid="client-draft"]')).toBeNull();
    expect((await store.listAudit(key)).items.map((a) => a.action)).toContain('draft-discarded');
  });

  it('summarises the latest intake and leads to results, history, outcomes and a new intake', async () => {
    const { store, root } = await setup();
    const key = await store.clientKeyFor(BSN);
    await store.completeIntake(key, { date: '2026-01-05', answers: exampleAnswers() });
    const done = await store.completeIntake(key, { date: '2026-11-23', answers: exampleAnswers() });
    if (!done.ok) throw new Error('example intake should score');
    await openClient(root, BSN);
    expect(byTestId(root, 'latest-intake').dataset.intakeId).toBe(done.intake.id);
    expect(byTestId(root, 'latest-date').textContent).toBe('23 november 2026');
    const position = done.result.ladder.position;
    expect(byTestId(root, 'latest-ladder').textContent).toContain(`positie ${position} van 12`);
    const risk = byTestId(root, 'latest-risk');
    const top = done.intake.result.risks!.moments.filter((m) => m.kind === 'dropout' && m.band !== null);
    expect(top.map((m) => m.band)).toContain(risk.dataset.band);
    // the full statement: band as a comparison, the chance as a natural frequency and the study group's
    expect(risk.textContent).toMatch(/(lager dan gemiddeld|rond het gemiddelde|hoger dan gemiddeld|veel hoger dan gemiddeld) — ongeveer \d+ van de (10|100) \(studiegroep: ongeveer \d+ van de (10|100)\)/);
    // the chance of work is shown apart, never as the highest dropout risk
    expect(risk.textContent).not.toContain('Kans op werk');
    expect(byTestId(root, 'latest-work').textContent).toMatch(/^Kans op werk of studie: .+ — ongeveer \d+ van de 100/);
    expect(root.textContent).toContain('Aantal intakes: 2.');
    expect(byTestId(root, 'start-intake').textContent).toBe('Nieuwe intake starten');

    await click(byTestId(root, 'open-results'));
    expect(mounted!.navigations.at(-1)).toEqual({ screen: 'results', clientKey: key, intakeId: done.intake.id });
  });

  it('navigates to history and outcomes, and shows the same client again on coming back', async () => {
    const { store, root } = await setup();
    const key = await store.clientKeyFor(BSN);
    await store.completeIntake(key, { answers: exampleAnswers() });
    await openClient(root, BSN);
    await click(byTestId(root, 'open-history'));
    expect(mounted!.navigations.at(-1)).toEqual({ screen: 'history', clientKey: key });
    expect(byTestId(mounted!.root, 'stub-history')).toBeTruthy();
    // back to the client screen (as the other screens' "back" does): the client is still open
    mounted!.navigations.length = 0;
    mounted!.unmount();
    mounted = await mountScreens(store, { screen: 'client' }, { client: { clientKey: key, masked: '••••••782', bsn: true } });
    await waitFor(mounted.root, '[data-testid="latest-intake"]');
    await click(byTestId(mounted.root, 'open-outcomes'));
    expect(mounted.navigations.at(-1)).toEqual({ screen: 'outcomes', clientKey: key });
  });

  it('speaks English when asked', async () => {
    const name = uniqueName('ui-client');
    store = await openStore({ name });
    mounted = await mountScreens(store, { screen: 'client' }, { lang: 'en' });
    await openClient(mounted.root, BSN);
    expect(byTestId(mounted.root, 'no-screening').textContent).toContain('No screening yet');
    expect(byTestId(mounted.root, 'start-intake').textContent).toBe('Start intake');
  });
});
