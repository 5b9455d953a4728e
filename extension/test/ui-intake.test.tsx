// @vitest-environment happy-dom
import { DEFAULT_CATALOGUE } from '@trede/core';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type TredeStore } from '../src/store/repo';
import { DEFAULT_INSTRUMENTS } from '../src/store/schema';
import { exampleAnswers } from './support/fixtures';
import { uniqueName } from './support/store';
import { $, byTestId, click, mountScreens, settle, typeInto, waitFor, type Mounted } from './support/ui';

let mounted: Mounted | null = null;
let store: TredeStore | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  store?.close();
  store = null;
});

const TOTAL = DEFAULT_CATALOGUE.instruments.filter((i) => DEFAULT_INSTRUMENTS.includes(i.id)).reduce((n, i) => n + i.items.length, 0);

async function setup(prepare?: (store: TredeStore, key: string) => Promise<void>) {
  store = await openStore({ name: uniqueName('ui-intake') });
  const key = await store.clientKeyFor('KL-2026-0042');
  await prepare?.(store, key);
  mounted = await mountScreens(store, { screen: 'intake', clientKey: key }, { masked: '•••••••••042' });
  await waitFor(mounted.root, '[data-testid="intake-progress"]');
  return { store, key, root: mounted.root };
}

async function remount(key: string) {
  mounted!.unmount();
  mounted = await mountScreens(store!, { screen: 'intake', clientKey: key }, { masked: '•••••••••042' });
  await waitFor(mounted.root, '[data-testid="intake-progress"]');
  return mounted.root;
}

const question = (root: HTMLElement, itemId: string) => byTestId(root, `question-${itemId}`);
const radio = (root: HTMLElement, itemId: string, value: string) => $(question(root, itemId), `input[type="radio"][value="${value}"]`) as HTMLInputElement;

/** Waits until the last draft write has landed and the status says so. */
async function saved(root: HTMLElement) {
  await vi.waitFor(async () => {
    await settle(1);
    expect(byTestId(root, 'draft-status').dataset.state).toBe('saved');
  });
}

/** Answers every question on the current step: the first option, the lowest number, the first check box. */
async function answerStep(root: HTMLElement) {
  for (const fieldset of root.querySelectorAll<HTMLElement>('fieldset[data-testid^="question-"]')) {
    const number = fieldset.querySelector<HTMLInputElement>('input[type="number"]');
    const choice = fieldset.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
    if (number) await typeInto(number, number.min, true);
    else if (choice) await click(choice);
  }
  await saved(root);
}

describe('IntakeScreen', () => {
  it('starts at the first enabled instrument, with progress and the heading focused', async () => {
    const { root } = await setup();
    expect(byTestId(root, 'screen-intake').dataset.step).toBe('background');
    const heading = byTestId(root, 'intake-step-heading');
    expect(heading.textContent).toBe('Achtergrond');
    await expect.poll(() => document.activeElement).toBe(heading);
    const progress = byTestId(root, 'intake-progress');
    expect(progress.getAttribute('role')).toBe('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBe('0');
    expect(progress.getAttribute('aria-valuemax')).toBe(String(TOTAL));
    expect(progress.textContent).toBe(`0 van ${TOTAL} beantwoord`);
    expect(root.textContent).toContain('Onderdeel 1 van 8');
    expect((byTestId(root, 'intake-prev') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('[data-testid="intake-finish"]')).toBeNull();
    expect(root.querySelector('[data-testid="draft-resumed"]')).toBeNull();
    // every question of the step is a fieldset with the item's text as legend, unanswered
    const first = question(root, 'bg.age');
    expect(first.tagName).toBe('FIELDSET');
    expect(first.querySelector('legend')?.textContent).toBe('Hoe oud bent u?');
    expect(first.dataset.answered).toBe('false');
    expect(first.textContent).toContain('Nog niet beantwoord');
    expect(root.querySelectorAll('fieldset[data-testid^="question-"]').length).toBe(15);
    // the client is shown masked only
    expect(root.textContent).toContain('Intake voor cliënt •••••••••042');
  });

  it('saves a draft on every answer and says so', async () => {
    const { store, key, root } = await setup();
    await click(radio(root, 'bg.children', 'true'));
    await saved(root);
    expect(await store.getDraft(key)).toMatchObject({ answers: { 'bg.children': true }, step: 'background' });
    expect(byTestId(root, 'draft-status').getAttribute('aria-live')).toBe('polite');
    expect(byTestId(root, 'draft-status').textContent).toMatch(/^Concept opgeslagen om \d\d:\d\d$/);
    expect(question(root, 'bg.children').dataset.answered).toBe('true');
    expect(question(root, 'bg.children').textContent).toContain('Beantwoord');

    await click(radio(root, 'bg.education', 'mbo2-4'));
    await click(radio(root, 'bg.workExpectation', '3'));
    await saved(root);
    expect((await store.getDraft(key))?.answers).toEqual({ 'bg.children': true, 'bg.education': 'mbo2-4', 'bg.workExpectation': 3 });
    const progress = byTestId(root, 'intake-progress');
    expect(progress.getAttribute('aria-valuenow')).toBe('3');
    expect(progress.textContent).toBe(`3 van ${TOTAL} beantwoord`);
  });

  it('resumes after unmount and remount at the same step with the same answers', async () => {
    const { store, key, root } = await setup();
    await click(radio(root, 'bg.partner', 'false'));
    await click(byTestId(root, 'intake-next'));
    await settle();
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Basiscompetenties');
    await expect.poll(() => document.activeElement).toBe(byTestId(root, 'intake-step-heading'));
    await click(radio(root, 'bc.stress', '4'));
    await saved(root);
    expect(await store.getDraft(key)).toMatchObject({ step: 'basic-competences', answers: { 'bg.partner': false, 'bc.stress': 4 } });

    const again = await remount(key);
    expect(byTestId(again, 'draft-resumed').textContent).toContain(`2 van ${TOTAL} vragen waren al beantwoord`);
    expect(byTestId(again, 'intake-step-heading').textContent).toBe('Basiscompetenties');
    expect(radio(again, 'bc.stress', '4').checked).toBe(true);
    expect(question(again, 'bc.stress').dataset.answered).toBe('true');
    expect(byTestId(again, 'intake-progress').getAttribute('aria-valuenow')).toBe('2');
    await click(byTestId(again, 'intake-prev'));
    await settle();
    expect(radio(again, 'bg.partner', 'false').checked).toBe(true);
    expect(radio(again, 'bg.partner', 'true').checked).toBe(false);
  });

  it('clears an answer back to unanswered, in the draft too', async () => {
    const { store, key, root } = await setup();
    await click(radio(root, 'bg.health', '2'));
    await saved(root);
    expect(question(root, 'bg.health').dataset.answered).toBe('true');
    const clear = byTestId(root, 'clear-bg.health');
    expect(clear.textContent).toContain('Wis antwoord');
    await click(clear);
    await saved(root);
    const fieldset = question(root, 'bg.health');
    expect(fieldset.dataset.answered).toBe('false');
    expect(fieldset.textContent).toContain('Nog niet beantwoord');
    expect([...fieldset.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).toBe(false);
    expect(root.querySelector('[data-testid="clear-bg.health"]')).toBeNull();
    expect((await store.getDraft(key))?.answers).toEqual({});
    expect(byTestId(root, 'intake-progress').getAttribute('aria-valuenow')).toBe('0');
    // focus stays in the question
    await settle();
    await expect.poll(() => fieldset.contains(document.activeElement)).toBe(true);
  });

  it('refuses a number outside the range with a message naming it, and saves a valid one', async () => {
    const { store, key, root } = await setup();
    const age = $(question(root, 'bg.age'), 'input[type="number"]') as HTMLInputElement;
    expect(age.min).toBe('16');
    expect(age.max).toBe('70');
    expect(question(root, 'bg.age').textContent).toContain('jaar');
    await typeInto(age, '200', true);
    await settle();
    const error = byTestId(root, 'question-error-bg.age');
    expect(error.textContent).toContain('16 tot en met 70');
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(age.getAttribute('aria-describedby')).toContain(error.id);
    expect(question(root, 'bg.age').dataset.answered).toBe('false');
    expect((await store.getDraft(key))?.answers['bg.age']).toBeUndefined();

    await typeInto(age, '34', true);
    await saved(root);
    expect(root.querySelector('[data-testid="question-error-bg.age"]')).toBeNull();
    expect((await store.getDraft(key))?.answers['bg.age']).toBe(34);

    // a fraction where a whole number is asked is refused too; a decimal is fine where allowed
    await typeInto(age, '34.5', true);
    await settle();
    expect(byTestId(root, 'question-error-bg.age').textContent).toContain('geheel getal');
    await saved(root);
    expect((await store.getDraft(key))?.answers['bg.age']).toBeUndefined();
    const years = $(question(root, 'bg.yearsSinceLastJob'), 'input') as HTMLInputElement;
    await typeInto(years, '1.5', true);
    await saved(root);
    expect((await store.getDraft(key))?.answers['bg.yearsSinceLastJob']).toBe(1.5);
  });

  it('answers a checklist with check boxes; an empty list is unanswered', async () => {
    const { store, key, root } = await setup();
    const box = (code: string) => $(question(root, 'bg.support'), `input[type="checkbox"][value="${code}"]`) as HTMLInputElement;
    await click(box('gp'));
    await click(box('debt-counselling'));
    await saved(root);
    expect((await store.getDraft(key))?.answers['bg.support']).toEqual(['debt-counselling', 'gp']);
    await click(box('gp'));
    await click(box('debt-counselling'));
    await saved(root);
    expect(question(root, 'bg.support').dataset.answered).toBe('false');
    expect((await store.getDraft(key))?.answers['bg.support']).toBeUndefined();
  });

  it('shows hints as descriptions and keeps each radio group one native group', async () => {
    const { root } = await setup();
    const fieldset = question(root, 'bg.startkwalificatie');
    const hint = $(fieldset, '.q-hint');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Ja', 'Nee']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    for (const r of radios) expect(r.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    // names differ between questions, so Tab moves from group to group
    expect(radio(root, 'bg.children', 'true').name).not.toBe(radios[0]!.name);
  });

  it('saves the answer a keyboard arrow selects (the browser moves the check; happy-dom does not, see e2e)', async () => {
    const { store, key, root } = await setup(async (store, key) => {
      await store.saveDraft(key, {}, 'basic-competences');
    });
    const first = radio(root, 'bc.teamwork', '1');
    const second = radio(root, 'bc.teamwork', '2');
    expect(first.name).toBe(second.name);
    await click(first);
    await saved(root);
    // What a browser does on ArrowDown in a radio group: check the next radio and fire change on it.
    await act(async () => {
      second.focus();
      second.checked = true;
      second.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await saved(root);
    expect((await store.getDraft(key))?.answers['bc.teamwork']).toBe(2);
    expect(first.checked).toBe(false);
  });

  it('finishes when every enabled instrument is answered: scores, stores the intake and goes to the results', async () => {
    const { store, key, root } = await setup();
    for (let step = 0; step < DEFAULT_INSTRUMENTS.length; step++) {
      await answerStep(root);
      if (step < DEFAULT_INSTRUMENTS.length - 1) {
        await click(byTestId(root, 'intake-next'));
        await settle();
      }
    }
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Participatieladder');
    expect(root.querySelector('[data-testid="intake-next"]')).toBeNull();
    expect(byTestId(root, 'intake-progress').textContent).toBe(`${TOTAL} van ${TOTAL} beantwoord`);
    await click(byTestId(root, 'intake-finish'));
    await vi.waitFor(async () => {
      await settle(1);
      expect(mounted!.navigations.at(-1)?.screen).toBe('results');
    });
    const latest = await store.latestIntake(key);
    expect(latest).toBeDefined();
    expect(mounted!.navigations.at(-1)).toEqual({ screen: 'results', clientKey: key, intakeId: latest!.id });
    expect(Object.keys(latest!.response.answers as object)).toHaveLength(TOTAL);
    expect(latest!.response.instruments).toEqual([...DEFAULT_INSTRUMENTS]);
    expect(latest!.response.referenceGroup).toBe('total');
    expect(latest!.response.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(latest!.result.ladder.position).not.toBeNull();
    expect(await store.getDraft(key)).toBeUndefined();
  });

  it('finishes from a resumed draft with some questions left open, and uses the settings’ reference group', async () => {
    const { store, key, root } = await setup(async (store, key) => {
      await store.saveSettings({ referenceGroup: 'intervention' });
      await store.saveDraft(key, exampleAnswers(), 'ladder');
    });
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Participatieladder');
    expect(root.textContent).toMatch(/Nog \d+ vragen niet beantwoord/);
    await click(byTestId(root, 'intake-finish'));
    await vi.waitFor(async () => {
      await settle(1);
      expect(mounted!.navigations.at(-1)?.screen).toBe('results');
    });
    expect((await store.latestIntake(key))?.response.referenceGroup).toBe('intervention');
  });

  it('shows the issues when the answers cannot be scored, and leads to the question', async () => {
    const { store, key, root } = await setup(async (store, key) => {
      await store.saveDraft(key, { 'bc.stress': 9 }, 'ladder');
    });
    await click(byTestId(root, 'intake-finish'));
    const issues = await waitFor(root, '[data-testid="intake-issues"]');
    expect(issues.getAttribute('role')).toBe('alert');
    expect(issues.textContent).toContain('bc.stress');
    expect(await store.latestIntake(key)).toBeUndefined();
    expect(await store.getDraft(key)).toBeDefined();
    expect(mounted!.navigations).toEqual([]);
    await click($(issues, 'button'));
    await settle();
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Basiscompetenties');
    await expect.poll(() => question(root, 'bc.stress').contains(document.activeElement)).toBe(true);
  });

  it('follows the enabled instruments, in catalogue order', async () => {
    const { root } = await setup(async (store) => {
      await store.saveSettings({ instruments: ['ladder', 'self-efficacy'] });
    });
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Vertrouwen in eigen kunnen bij werk');
    expect(byTestId(root, 'intake-progress').getAttribute('aria-valuemax')).toBe('10');
    expect(root.textContent).toContain('Onderdeel 1 van 2');
  });

  it('speaks English when asked', async () => {
    store = await openStore({ name: uniqueName('ui-intake') });
    const key = await store.clientKeyFor('KL-2026-0042');
    mounted = await mountScreens(store, { screen: 'intake', clientKey: key }, { lang: 'en' });
    const root = mounted.root;
    await waitFor(root, '[data-testid="intake-progress"]');
    expect(byTestId(root, 'intake-progress').textContent).toBe(`0 of ${TOTAL} answered`);
    expect(byTestId(root, 'intake-step-heading').textContent).toBe('Background');
    expect(question(root, 'bg.age').querySelector('legend')?.textContent).toBe('How old are you?');
  });
});
