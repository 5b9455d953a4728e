// A caseworker's whole intake in real Chromium, by keyboard only, with the side panel page of the built
// extension: open a client, answer every question, close mid-intake and resume, see scores, ladder and
// risks, reload and find everything, record an outcome. axe-core checks every screen on the way.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';
import { answerStepByKeyboard as answerStep, openClientByKeyboard, panelReadyForWork } from './flows/panel-steps.js';
import { fromPlaywright } from './flows/surface.js';

const REFERENCE = 'WP-2026-0042';
const PANEL = { width: 420, height: 900 };

describe('an intake in the side panel, by keyboard', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let panelUrl: string;
  let page: Page;
  const pageErrors: string[] = [];

  async function openPanel(): Promise<Page> {
    const p = await context.newPage();
    await p.setViewportSize(PANEL);
    p.on('pageerror', (err) => pageErrors.push(err.message));
    await p.goto(panelUrl);
    await panelReadyForWork(fromPlaywright(p));
    return p;
  }

  // The steps Firefox takes too (test/e2e/firefox/intake-flow.e2e.test.ts), written once in flows/.
  const openClient = (p: Page) => openClientByKeyboard(fromPlaywright(p), REFERENCE);
  const answerStepByKeyboard = (p: Page, limit?: number) => answerStep(fromPlaywright(p), limit);

  async function expectAccessible(p: Page, screen: string): Promise<void> {
    const violations = await seriousViolations(p);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  const progress = async (p: Page) => Number(await p.getByTestId('intake-progress').getAttribute('aria-valuenow'));

  beforeAll(async () => {
    browser = await launchBuiltExtension();
    context = browser.context;
    expect(browser.extensionId).toBeTruthy();
    panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a client by its reference and offers to start an intake', async () => {
    page = await openPanel();
    await expectAccessible(page, 'client (empty)');
    await openClient(page);
    expect(await page.getByTestId('client-panel').textContent()).not.toContain(REFERENCE);
    await page.getByTestId('no-screening').waitFor();
    await saveScreenshot(page, 'panel-01-client');
    await expectAccessible(page, 'client');
    await page.getByTestId('start-intake').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('screen-intake').waitFor();
  });

  it('answers the first step by keyboard and saves a draft on every answer', async () => {
    expect(await progress(page)).toBe(0);
    await expectAccessible(page, 'intake');
    expect(await answerStepByKeyboard(page)).toBe('next');
    await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
    const answered = await progress(page);
    expect(answered).toBeGreaterThan(5);
    await saveScreenshot(page, 'panel-02-intake-step-1');
    await page.keyboard.press('Enter'); // on "next"
    await expect.poll(() => page.getByTestId('intake-step-heading').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await answerStepByKeyboard(page, 3)).toBe('limit');
    await expect.poll(() => progress(page)).toBe(answered + 3);
    await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
  });

  it('loses nothing when the panel is closed mid-intake, and resumes', async () => {
    const before = await progress(page);
    const step = await page.getByTestId('screen-intake').getAttribute('data-step');
    await page.close();
    page = await openPanel();
    await openClient(page);
    expect(await page.getByTestId('start-intake').getAttribute('data-resume')).toBe('true');
    await page.getByTestId('start-intake').click();
    await page.getByTestId('draft-resumed').waitFor();
    expect(await progress(page)).toBe(before);
    expect(await page.getByTestId('screen-intake').getAttribute('data-step')).toBe(step);
  });

  it('finishes the intake by keyboard and shows scores, ladder and risks', async () => {
    for (let steps = 0; steps < 20; steps++) {
      const stop = await answerStepByKeyboard(page);
      await page.keyboard.press('Enter');
      if (stop === 'finish') break;
      await expect.poll(() => page.getByTestId('intake-step-heading').evaluate((h) => h === document.activeElement)).toBe(true);
    }
    await page.getByTestId('screen-results').waitFor();
    await saveScreenshot(page, 'panel-03-results', true);
    expect(Number(await page.getByTestId('ladder').getAttribute('data-position'))).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('scale-basicCompetences').textContent()).toMatch(/\d/);
    for (const moment of ['before-start', 'during', 'outflow']) {
      const risk = page.getByTestId(`risk-${moment}`);
      await risk.waitFor();
      // a dropout moment uses four bands, the chance of work four others; '' is "no chance computed"
      const bands = moment === 'outflow' ? ['much-lower', 'lower', 'around', 'higher', ''] : ['lower', 'around', 'higher', 'much-higher', ''];
      expect(bands).toContain((await risk.getAttribute('data-band')) ?? '');
    }
    await expectAccessible(page, 'results');
  });

  it('finds everything again after a reload', async () => {
    const position = await page.getByTestId('ladder').getAttribute('data-position');
    await page.reload();
    await page.getByTestId('screen-client').waitFor();
    await openClient(page);
    await page.getByTestId('latest-intake').waitFor();
    await page.getByTestId('open-results').click();
    await page.getByTestId('screen-results').waitFor();
    expect(await page.getByTestId('ladder').getAttribute('data-position')).toBe(position);
  });

  it('shows the history', async () => {
    await page.getByTestId('open-history').click();
    await page.getByTestId('history-item').first().waitFor();
    expect(await page.getByTestId('history-item').count()).toBe(1);
    await page.getByTestId('ladder-chart').waitFor();
    await saveScreenshot(page, 'panel-04-history', true);
    await expectAccessible(page, 'history');
  });

  it('records an outcome: dropped out during the assessment phase, with the registered reason', async () => {
    await page.getByTestId('open-outcomes').click();
    await page.getByTestId('screen-outcomes').waitFor();
    await expectAccessible(page, 'outcomes (empty)');
    await page.getByTestId('outcome-kind').selectOption('dropped-out');
    await page.getByTestId('outcome-phase').selectOption('assessment');
    await page.getByTestId('outcome-reason-care-advice').check();
    await page.getByTestId('outcome-save').click();
    await page.getByTestId('outcome-item').first().waitFor();
    expect(await page.getByTestId('outcome-item').first().getAttribute('data-kind')).toBe('dropped-out');
    await saveScreenshot(page, 'panel-05-outcomes', true);
    await expectAccessible(page, 'outcomes');
  });

  it('overrides a band only with a reason, and keeps the model band', async () => {
    await page.getByTestId('open-results').click();
    const risk = page.getByTestId('risk-before-start');
    await risk.waitFor();
    const modelBand = await risk.getAttribute('data-band');
    await page.getByTestId('override-before-start').click();
    const other = modelBand === 'much-higher' ? 'lower' : 'much-higher';
    await page.getByTestId('override-band').selectOption(other);
    expect(await page.getByTestId('override-save').isDisabled()).toBe(true);
    await page.getByTestId('override-reason').fill('Opvang is al geregeld via de buurvrouw.');
    await page.getByTestId('override-save').click();
    await page.getByTestId('override-summary').waitFor();
    expect(await risk.getAttribute('data-band')).toBe(modelBand);
    expect(await risk.getAttribute('data-effective-band')).toBe(other);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
