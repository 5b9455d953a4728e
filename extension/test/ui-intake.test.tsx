// @vitest-environment happy-dom
import { DEFAULT_CATALOGUE } from '@trede/core';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchedOffItems } from '../src/ui/intake/model';
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

const ENABLED = DEFAULT_CATALOGUE.instruments.filter((i) => DEFAULT_INSTRUMENTS.includes(i.id));
/** Follow-up questions (skip logic) are not counted until the answer that opens them is given. */
const FOLLOW_UPS = switchedOffItems(ENABLED, {}).size;
const TOTAL = ENABLED.reduce((n, i) => n + i.items.length, 0) - FOLLOW_UPS;

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

/**
 * Answers every question on the current step: the first option, the lowest number, the first check box.
 * Goes round again while an answer opens a follow-up question.
 */
async function answerStep(root: HTMLElement) {
  for (let open = root.querySelectorAll<HTMLElement>('fieldset[data-answered="false"]'); open.length; open = root.querySelectorAll('fieldset[data-answered="false"]')) {
    for (const fieldset of open) {
      const number = fieldset.querySelector<HTMLInputElement>('input[type="number"]');
      const choice = fieldset.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
      if (number) await typeInto(number, number.min, true);
      else if (choice) await click(choice);
    }
    await saved(root);
  }
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
    // the youngest child and childcare follow up on "children: yes"
    expect(root.querySelectorAll('fieldset[data-testid^="question-"]').length).toBe(13);
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
    // children: yes opens two follow-up questions
    expect(progress.textContent).toBe(`3 van ${TOTAL + 2} beantwoord`);
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
    const progress = byTestId(root, 'intake-progress');
    const answered = Number(progress.getAttribute('aria-valuemax'));
    expect(progress.textContent).toBe(`${answered} van ${answered} beantwoord`);
    await click(byTestId(root, 'intake-finish'));
    await vi.waitFor(async () => {
      await settle(1);
      expect(mounted!.navigations.at(-1)?.screen).toBe('results');
    });
    const latest = await store.latestIntake(key);
    expect(latest).toBeDefined();
    expect(mounted!.navigations.at(-1)).toEqual({ screen: 'results', clientKey: key, intakeId: latest!.id });
    expect(Object.keys(latest!.response.answers as object)).toHaveLength(answered);
    // The first options say "startkwalificatie: yes" and "no diploma": core names that, and nothing else.
    expect(latest!.result.warnings.map((w) => w.items)).toEqual([['bg.startkwalificatie', 'bg.education']]);
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
    // five ladder questions, of which three follow up on a "no" above them
    expect(byTestId(root, 'intake-progress').getAttribute('aria-valuemax')).toBe('7');
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

describe('IntakeScreen: follow-up questions and contradicting answers', () => {
  const shown = (root: HTMLElement, itemId: string) => root.querySelector(`[data-testid="question-${itemId}"]`) !== null;
  const numberInput = (root: HTMLElement, itemId: string) => $(question(root, itemId), 'input[type="number"]') as HTMLInputElement;

  it('hides the youngest child and childcare until "children: yes", and counts only the questions that apply', async () => {
    const { store, key, root } = await setup();
    expect(shown(root, 'bg.youngestChildAge')).toBe(false);
    expect(shown(root, 'bg.childcareArranged')).toBe(false);
    await click(radio(root, 'bg.children', 'false'));
    await saved(root);
    expect(shown(root, 'bg.youngestChildAge')).toBe(false);
    expect(byTestId(root, 'intake-progress').textContent).toBe(`1 van ${TOTAL} beantwoord`);

    await click(radio(root, 'bg.children', 'true'));
    await saved(root);
    expect(shown(root, 'bg.youngestChildAge')).toBe(true);
    expect(shown(root, 'bg.childcareArranged')).toBe(true);
    expect(byTestId(root, 'follow-up-bg.youngestChildAge').textContent).toBe('Vervolgvraag bij: Hebt u kinderen?');
    expect(byTestId(root, 'intake-progress').textContent).toBe(`1 van ${TOTAL + 2} beantwoord`);
    // right after the question that opens them
    const order = [...root.querySelectorAll<HTMLElement>('fieldset[data-testid^="question-"]')].map((f) => f.dataset.testid);
    expect(order.indexOf('question-bg.youngestChildAge')).toBe(order.indexOf('question-bg.children') + 1);

    await typeInto(numberInput(root, 'bg.youngestChildAge'), '4', true);
    await saved(root);
    expect(byTestId(root, 'intake-progress').textContent).toBe(`2 van ${TOTAL + 2} beantwoord`);

    // Back to "no": the question goes and no longer counts, but the draft keeps its answer...
    await click(radio(root, 'bg.children', 'false'));
    await saved(root);
    expect(shown(root, 'bg.youngestChildAge')).toBe(false);
    expect(byTestId(root, 'intake-progress').textContent).toBe(`1 van ${TOTAL} beantwoord`);
    expect((await store.getDraft(key))?.answers).toEqual({ 'bg.children': false, 'bg.youngestChildAge': 4 });
    // ...so that "yes" again brings it back.
    await click(radio(root, 'bg.children', 'true'));
    await saved(root);
    expect(numberInput(root, 'bg.youngestChildAge').value).toBe('4');
    expect(question(root, 'bg.youngestChildAge').dataset.answered).toBe('true');
  });

  it('asks the ladder one rung at a time', async () => {
    const { root } = await setup(async (store, key) => {
      await store.saveDraft(key, {}, 'ladder');
    });
    expect(['ladder.paidWork', 'ladder.unpaidWork', 'ladder.organisedActivities', 'ladder.socialContacts', 'ladder.growthPotential'].map((id) => shown(root, id))).toEqual([true, false, false, false, true]);
    await click(radio(root, 'ladder.paidWork', 'none'));
    await click(radio(root, 'ladder.unpaidWork', 'false'));
    await saved(root);
    expect(shown(root, 'ladder.organisedActivities')).toBe(true);
    expect(shown(root, 'ladder.socialContacts')).toBe(false);
    await click(radio(root, 'ladder.paidWork', 'supported'));
    await saved(root);
    expect(['ladder.unpaidWork', 'ladder.organisedActivities'].map((id) => shown(root, id))).toEqual([false, false]);
  });

  it('leaves the answer to a question that no longer applies out of the finished intake', async () => {
    const { store, key, root } = await setup(async (store, key) => {
      await store.saveDraft(key, { ...exampleAnswers(), 'bg.children': false, 'bg.youngestChildAge': 4 }, 'ladder');
    });
    await click(byTestId(root, 'intake-finish'));
    await vi.waitFor(async () => {
      await settle(1);
      expect(mounted!.navigations.at(-1)?.screen).toBe('results');
    });
    const latest = await store.latestIntake(key);
    expect(latest!.response.answers).not.toHaveProperty('bg.youngestChildAge');
    expect(latest!.result.warnings).toEqual([]);
  });

  it('shows answers that cannot both be right as a warning in a status region, without blocking', async () => {
    const { root } = await setup();
    const checks = byTestId(root, 'intake-checks');
    expect(checks.getAttribute('role')).toBe('status');
    expect(checks.textContent).toBe('');
    await typeInto(numberInput(root, 'bg.age'), '30', true);
    await typeInto(numberInput(root, 'bg.yearsSinceLastJob'), '25', true);
    await saved(root);
    const warning = byTestId(root, 'intake-check');
    expect(warning.dataset.items).toBe('bg.age bg.yearsSinceLastJob');
    expect(warning.textContent).toContain('"Hoe oud bent u?" (30 jaar)');
    expect(warning.textContent).toContain('(25 jaar)');
    expect(checks.textContent).toContain('Let op');
    expect((byTestId(root, 'intake-next') as HTMLButtonElement).disabled).toBe(false);
    // Correcting one of the answers takes the warning away.
    await typeInto(numberInput(root, 'bg.yearsSinceLastJob'), '5', true);
    await saved(root);
    expect(root.querySelector('[data-testid="intake-check"]')).toBeNull();
  });

  it('says it in English too', async () => {
    store = await openStore({ name: uniqueName('ui-intake') });
    const key = await store.clientKeyFor('KL-2026-0042');
    await store.saveDraft(key, { 'bg.age': 20, 'bg.benefitMonths': 120, 'bg.children': true }, 'background');
    mounted = await mountScreens(store, { screen: 'intake', clientKey: key }, { lang: 'en' });
    const root = mounted.root;
    await waitFor(root, '[data-testid="intake-check"]');
    expect(byTestId(root, 'intake-checks').textContent).toContain('Check: these answers cannot both be right');
    expect(byTestId(root, 'intake-check').textContent).toContain('(120 months)');
    expect(byTestId(root, 'follow-up-bg.youngestChildAge').textContent).toBe('Follow-up to: Do you have children?');
  });
});
