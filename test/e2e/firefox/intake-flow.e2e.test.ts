// The caseworker's whole intake in Firefox ESR, by keyboard, with the same steps as in Chromium
// (test/e2e/intake-flow.e2e.test.ts; the shared steps are in test/e2e/flows/): open a client, answer every
// question, close mid-intake and resume, results, history, an outcome and an override. axe-core on every screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerStepByKeyboard,
  attributeOf,
  finishIntakeByKeyboard,
  intakeProgress,
  openClientByKeyboard,
  selectOption,
  seriousViolationsOn,
  stepHeadingFocused,
  textOf,
} from '../flows/panel-steps.js';
import { byTestId } from '../flows/surface.js';
import { type FirefoxSession, launchBuiltFirefox, openPanel, saveFirefoxScreenshot, type Tab } from './session.js';

const REFERENCE = 'WP-2026-0042';

describe('Firefox: an intake in the side panel, by keyboard', () => {
  let ff: FirefoxSession;
  let panel: Tab;

  const expectAccessible = async (screen: string) => {
    const violations = await seriousViolationsOn(panel);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  };
  const until = async (check: () => Promise<boolean>) => void (await expect.poll(check, { timeout: 10_000 }).toBe(true));

  beforeAll(async () => {
    ff = await launchBuiltFirefox();
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('opens a client by its reference and offers to start an intake', async () => {
    panel = await openPanel(ff);
    expect(await panel.url()).toMatch(/^moz-extension:\/\//);
    await expectAccessible('client (empty)');
    await openClientByKeyboard(panel, REFERENCE);
    expect(await textOf(panel, byTestId('client-panel'))).not.toContain(REFERENCE);
    await panel.waitFor(byTestId('no-screening'));
    await expectAccessible('client');
    await saveFirefoxScreenshot(panel, 'panel-01-client');
    await panel.focus(byTestId('start-intake'));
    await panel.press('Enter');
    await panel.waitFor(byTestId('screen-intake'));
  });

  it('answers the first step by keyboard and saves a draft on every answer', async () => {
    expect(await intakeProgress(panel)).toBe(0);
    await expectAccessible('intake');
    expect(await answerStepByKeyboard(panel)).toBe('next');
    await expect.poll(() => attributeOf(panel, byTestId('draft-status'), 'data-state')).toBe('saved');
    const answered = await intakeProgress(panel);
    expect(answered).toBeGreaterThan(5);
    await panel.press('Enter');
    await until(() => stepHeadingFocused(panel));
    expect(await answerStepByKeyboard(panel, 3)).toBe('limit');
    await expect.poll(() => intakeProgress(panel)).toBe(answered + 3);
    await expect.poll(() => attributeOf(panel, byTestId('draft-status'), 'data-state')).toBe('saved');
  });

  it('loses nothing when the panel is closed mid-intake, and resumes', async () => {
    const before = await intakeProgress(panel);
    const step = await attributeOf(panel, byTestId('screen-intake'), 'data-step');
    await panel.close();
    panel = await openPanel(ff);
    await openClientByKeyboard(panel, REFERENCE);
    await expect.poll(() => attributeOf(panel, byTestId('start-intake'), 'data-resume')).toBe('true');
    await panel.click(byTestId('start-intake'));
    await panel.waitFor(byTestId('draft-resumed'));
    expect(await intakeProgress(panel)).toBe(before);
    expect(await attributeOf(panel, byTestId('screen-intake'), 'data-step')).toBe(step);
  });

  it('finishes the intake by keyboard and shows scores, ladder and risks', async () => {
    await finishIntakeByKeyboard(panel, until);
    await saveFirefoxScreenshot(panel, 'panel-03-results', true);
    expect(Number(await attributeOf(panel, byTestId('ladder'), 'data-position'))).toBeGreaterThanOrEqual(1);
    expect(await textOf(panel, byTestId('scale-basicCompetences'))).toMatch(/\d/);
    for (const moment of ['before-start', 'during', 'outflow']) {
      await panel.waitFor(byTestId(`risk-${moment}`));
      const bands = moment === 'outflow' ? ['much-lower', 'lower', 'around', 'higher', ''] : ['lower', 'around', 'higher', 'much-higher', ''];
      expect(bands).toContain((await attributeOf(panel, byTestId(`risk-${moment}`), 'data-band')) ?? '');
    }
    await expectAccessible('results');
  });

  it('finds everything again after a reload, and shows the history', async () => {
    const position = await attributeOf(panel, byTestId('ladder'), 'data-position');
    await panel.reload();
    await panel.waitFor(byTestId('screen-client'));
    await openClientByKeyboard(panel, REFERENCE);
    await panel.waitFor(byTestId('latest-intake'));
    await panel.click(byTestId('open-results'));
    await panel.waitFor(byTestId('ladder'));
    expect(await attributeOf(panel, byTestId('ladder'), 'data-position')).toBe(position);
    await panel.click(byTestId('open-history'));
    await panel.waitFor(byTestId('ladder-chart'));
    expect(await panel.evaluate((sel) => document.querySelectorAll(sel).length, byTestId('history-item'))).toBe(1);
    await expectAccessible('history');
  });

  it('records an outcome: dropped out during the assessment phase, with the registered reason', async () => {
    await panel.click(byTestId('open-outcomes'));
    await panel.waitFor(byTestId('screen-outcomes'));
    await expectAccessible('outcomes (empty)');
    await selectOption(panel, byTestId('outcome-kind'), 'dropped-out');
    await selectOption(panel, byTestId('outcome-phase'), 'assessment');
    await panel.click(byTestId('outcome-reason-care-advice'));
    await panel.click(byTestId('outcome-save'));
    await panel.waitFor(byTestId('outcome-item'));
    expect(await attributeOf(panel, byTestId('outcome-item'), 'data-kind')).toBe('dropped-out');
    await expectAccessible('outcomes');
  });

  it('overrides a band only with a reason, and keeps the model band', async () => {
    await panel.click(byTestId('open-results'));
    const risk = byTestId('risk-before-start');
    await panel.waitFor(risk);
    const modelBand = await attributeOf(panel, risk, 'data-band');
    await panel.click(byTestId('override-before-start'));
    const other = modelBand === 'much-higher' ? 'lower' : 'much-higher';
    await selectOption(panel, byTestId('override-band'), other);
    expect(await panel.evaluate((sel) => (document.querySelector(sel) as HTMLButtonElement).disabled, byTestId('override-save'))).toBe(true);
    await panel.focus(byTestId('override-reason'));
    await panel.type('Opvang is al geregeld via de buurvrouw.');
    await panel.click(byTestId('override-save'));
    await panel.waitFor(byTestId('override-summary'));
    expect(await attributeOf(panel, risk, 'data-band')).toBe(modelBand);
    expect(await attributeOf(panel, risk, 'data-effective-band')).toBe(other);
    await expectAccessible('results with an override');
  });

  it('ran without script errors', () => {
    expect(ff.pageErrors).toEqual([]);
  });
});
