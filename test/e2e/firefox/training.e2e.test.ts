// Training mode in Firefox ESR, with the steps Chromium's test takes (test/e2e/training.e2e.test.ts): real
// work first, training mode on (the panel starts again on the training database, marked), a persona filled a
// questionnaire at a time, the walkthrough from its first step to its last by keyboard with axe-core on every
// step, the training data reset, training mode off: the real database exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerStepByKeyboard,
  attributeOf,
  dumpDatabase,
  openClientByKeyboard,
  panelReadyForWork,
  seriousViolationsOn,
  tabToAndPress,
  textOf,
} from '../flows/panel-steps.js';
import { byTestId } from '../flows/surface.js';
import { type FirefoxSession, launchBuiltFirefox, openPanel, saveFirefoxScreenshot, type Tab } from './session.js';

const REAL_CLIENT = 'WP-2026-0042';
const MARKER = '.training-marker';

describe('Firefox: training mode, by keyboard', () => {
  let ff: FirefoxSession;
  let panel: Tab;
  let realBefore: string;

  const expectAccessible = async (screen: string) => {
    const violations = await seriousViolationsOn(panel);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  };
  const count = (selector: string) => panel.evaluate((sel) => document.querySelectorAll(sel).length, selector);
  const focusedTestId = () => panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  async function openTraining(): Promise<void> {
    await panel.focus(byTestId('open-training'));
    await panel.press('Enter');
    await panel.waitFor(byTestId('training-screen'));
    // The screen moves the focus to its heading once shown: a button reached before that would lose it.
    await panel.waitUntil(() => document.activeElement?.id === 'training-heading', { what: 'the training screen’s heading to take the focus' });
  }

  /** Presses Enter on a mode switch and waits until the panel has started again in the other mode. */
  async function switchMode(testId: 'training-on' | 'training-off', markerAfter: boolean): Promise<void> {
    await panel.evaluate(() => ((window as unknown as { beforeSwitch: boolean }).beforeSwitch = true));
    await panel.focus(byTestId(testId));
    await panel.press('Enter');
    await panel.waitUntil(() => !(window as unknown as { beforeSwitch?: boolean }).beforeSwitch, { what: 'the panel to start again' });
    await panelReadyForWork(panel);
    expect(await count(MARKER)).toBe(markerAfter ? 1 : 0);
  }

  beforeAll(async () => {
    ff = await launchBuiltFirefox();
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('real work first: a client with a draft, and no training marker', async () => {
    panel = await openPanel(ff);
    await openClientByKeyboard(panel, REAL_CLIENT);
    await panel.focus(byTestId('start-intake'));
    await panel.press('Enter');
    await panel.waitFor(byTestId('screen-intake'));
    expect(await answerStepByKeyboard(panel, 2)).toBe('limit');
    await expect.poll(() => attributeOf(panel, byTestId('draft-status'), 'data-state')).toBe('saved');
    expect(await count(MARKER)).toBe(0);
    realBefore = await dumpDatabase(panel, 'trede');
    expect(realBefore).toContain('"drafts":[{');
  });

  it('switches training mode on: the panel starts again on the training database, marked', async () => {
    await openTraining();
    await expectAccessible('training (off)');
    await switchMode('training-on', true);
    await openClientByKeyboard(panel, REAL_CLIENT);
    await panel.waitFor(byTestId('no-screening'));
    expect(await count(byTestId('client-draft'))).toBe(0);
    await openTraining();
    expect(await count(byTestId('persona'))).toBeGreaterThanOrEqual(9);
    await expectAccessible('training (on)');
  });

  it("fills Anouk's own answers a questionnaire at a time, with the scores so far", async () => {
    const anouk = '[data-testid="persona"][data-persona="anouk"]';
    await panel.focus(`${anouk} ${byTestId('persona-open-filled')}`);
    await panel.press('Enter');
    await panel.waitFor(byTestId('fill-panel'));
    // The fill panel moves the focus to its heading once open: a button reached before that would lose it.
    await panel.waitUntil(() => document.activeElement?.id === 'training-fill-heading', { what: 'the fill panel’s heading to take the focus' });
    await panel.focus(byTestId('fill-next'));
    await panel.press('Enter');
    await panel.waitFor('[data-testid="fill-scores"] tr[data-scale="age"]');
    expect(await textOf(panel, '[data-testid="fill-scores"] tr[data-scale="age"] td')).toContain('27');
    expect(await textOf(panel, byTestId('fill-progress'))).toMatch(/1 van/);
    await expectAccessible('training fill');
  });

  it('goes through the walkthrough from the first step to the last with Tab and Enter, axe clean on every step', async () => {
    await panel.focus('[data-testid="persona"][data-persona="anouk"] [data-testid="persona-walk"]');
    await panel.press('Enter');
    await panel.waitFor(byTestId('walkthrough'));
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('walk-step-heading');
      seen.push((await attributeOf(panel, byTestId('walkthrough'), 'data-step'))!);
      await expectAccessible(`walkthrough step ${seen.at(-1)}`);
      if ((await count(byTestId('walk-done'))) > 0) break;
      const before = await attributeOf(panel, byTestId('walkthrough'), 'data-index');
      await tabToAndPress(panel, 'walk-next');
      await expect.poll(() => attributeOf(panel, byTestId('walkthrough'), 'data-index')).not.toBe(before);
    }
    expect(seen).toEqual(['setting', 'overlay', 'instruments', 'scale', 'ladder', 'bands', 'next', 'limits']);
    expect(await count(MARKER)).toBe(1);
    await saveFirefoxScreenshot(panel, 'training-walkthrough-last');
    await tabToAndPress(panel, 'walk-leave');
    await panel.waitFor(byTestId('walk-resume'));
  });

  it('resets the training data after confirming, and says what it removed', async () => {
    await panel.focus(byTestId('reset-training'));
    await panel.press('Enter');
    await expect.poll(focusedTestId).toBe('reset-confirm');
    await expectAccessible('reset confirmation');
    await panel.press('Enter');
    await panel.waitFor(byTestId('reset-result'));
    expect(await textOf(panel, byTestId('reset-result'))).toMatch(/1 cliënt/);
    const training = JSON.parse(await dumpDatabase(panel, 'trede-training')) as Record<string, unknown[]>;
    for (const store of ['clients', 'drafts', 'intakes', 'outcomes', 'audit']) expect(training[store], store).toEqual([]);
  });

  it('switches training mode off: the marker is gone and the real data is exactly as it was', async () => {
    await switchMode('training-off', false);
    expect(await dumpDatabase(panel, 'trede')).toBe(realBefore);
    await openClientByKeyboard(panel, REAL_CLIENT);
    await panel.waitFor(byTestId('client-draft'));
  });

  it('ran without script errors', () => {
    expect(ff.pageErrors).toEqual([]);
  });
});
