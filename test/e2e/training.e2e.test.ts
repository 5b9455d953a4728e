// Training mode in real Chromium, by keyboard: real work first (a client with a draft), then training mode on
// (marked on every screen), a persona picked and filled with her own answers, the walkthrough from its first
// step to its last with Tab and Enter (axe on every step), left and resumed — also after the panel is opened
// again — training data reset (it says what it removed), training mode off: the real database is exactly as
// it was.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeName, PENDING_NAME } from '../../scripts/bench/badge-reader.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from '../../scripts/bench/overlay-setup.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';
import { answerStepByKeyboard, dumpDatabase, openClientByKeyboard, panelReadyForWork } from './flows/panel-steps.js';
import { fromPlaywright } from './flows/surface.js';

const REAL_CLIENT = 'WP-2026-0042';
const PANEL = { width: 420, height: 900 };

/** Each step change moves focus to the step's heading; a keyboard user goes on from there. */
async function headingFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walk-step-heading');
}

/** Presses Tab until the element with this test id has focus, then Enter: how a keyboard user gets there. */
async function tabToAndPress(page: Page, testId: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} was not reached with Tab`);
}

describe('training mode, by keyboard', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let panelUrl: string;
  let page: Page;
  let realBefore: string;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  const pageErrors: string[] = [];

  async function expectAccessible(p: Page, screen: string): Promise<void> {
    const violations = await seriousViolations(p);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  async function openPanel(): Promise<Page> {
    const p = await context.newPage();
    await p.setViewportSize(PANEL);
    p.on('pageerror', (err) => pageErrors.push(err.message));
    await p.goto(panelUrl);
    await panelReadyForWork(fromPlaywright(p));
    return p;
  }

  async function openTraining(p: Page): Promise<void> {
    await p.getByTestId('open-training').focus();
    await p.keyboard.press('Enter');
    await p.getByTestId('training-screen').waitFor();
    // The screen moves focus to its heading when it opens; the keyboard user goes on from there.
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('training-heading');
  }

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    browser = await launchBuiltExtension();
    context = browser.context;
    panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('real work first: a client with a draft, and no training marker', async () => {
    page = await openPanel();
    await openClientByKeyboard(fromPlaywright(page), REAL_CLIENT);
    await page.getByTestId('start-intake').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('screen-intake').waitFor();
    expect(await answerStepByKeyboard(fromPlaywright(page), 2)).toBe('limit');
    await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
    expect(await page.locator('.training-marker').count()).toBe(0);
    realBefore = await dumpDatabase(fromPlaywright(page), 'trede');
    expect(realBefore).toContain('"drafts":[{');
  });

  it('switches training mode on from the panel; the marker is on every screen', async () => {
    await openTraining(page);
    await expectAccessible(page, 'training (off)');
    await page.getByTestId('training-on').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await panelReadyForWork(fromPlaywright(page));
    await page.locator('.training-marker').waitFor();
    // The real client's draft is not in the training database: the same reference opens a client without one.
    await openClientByKeyboard(fromPlaywright(page), REAL_CLIENT);
    await page.getByTestId('no-screening').waitFor();
    expect(await page.getByTestId('client-draft').count()).toBe(0);
    await openTraining(page);
    expect(await page.locator('.training-marker').count()).toBe(1);
    expect(await page.getByTestId('persona').count()).toBeGreaterThanOrEqual(9);
    await expectAccessible(page, 'training (on)');
    await saveScreenshot(page, 'training-01-personas');
    // The options page works in the training database too, and says so.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.training-marker').waitFor();
    await options.close();
    await page.bringToFront();
  });

  it('marks the badge on the demo page as training, inside its closed shadow root', async () => {
    const origin = new URL(server.url).origin;
    const pattern = `${origin}/*`;
    const adapters = ['werkplein-demo'].map((id) => demoPreset(join(REPO_ROOT, 'extension'), id, origin));
    await page.evaluate(saveAdaptersInPage, { list: adapters, db: 'trede-training' });
    expect(await grantOrigin(context, { extensionId: browser.extensionId!, extensionPageUrl: panelUrl, pattern })).toBe(true);
    expect(await waitForRegistration(browser.serviceWorker!, pattern)).toBe(true);
    const host = await context.newPage();
    await host.goto(new URL('klant.html?klantnummer=710204418', server.url).href);
    await host.locator('trede-badge').waitFor();
    const cdp = await context.newCDPSession(host);
    await expect.poll(() => badgeName(cdp, 'trede-badge'), { timeout: 10_000 }).not.toBe(PENDING_NAME);
    expect(await badgeName(cdp, 'trede-badge')).toMatch(/^Oefenmodus, verzonnen cliënt\./);
    // What it says is in its closed shadow root only: the page sees neither the word nor the root.
    expect(await host.evaluate(() => ({ open: document.querySelector('trede-badge')!.shadowRoot !== null, text: document.documentElement.innerText.includes('Oefen') }))).toEqual({ open: false, text: false });
    // The panel followed the page to Anouk, in the training database.
    await expect.poll(() => page.getByTestId('client-heading').textContent(), { timeout: 10_000 }).toContain('418');
    await host.close();
    await page.bringToFront();
    await openTraining(page);
  });

  it("picks Anouk and fills her own answers an answer or a questionnaire at a time, with core's scores so far", async () => {
    const anouk = page.locator('[data-testid="persona"][data-persona="anouk"]');
    await anouk.getByTestId('persona-open-filled').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('fill-panel').waitFor();
    // The panel moves focus to its heading when it opens; the keyboard user goes on from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('training-fill-heading');
    // One answer (her age), and the age scale appears with it.
    await page.getByTestId('fill-answer').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="fill-progress"][data-done="1"]').waitFor();
    expect(await page.locator('[data-testid="fill-scores"] tr[data-scale="age"] td').textContent()).toContain('27');
    // The rest of the background questions, then the next questionnaire whole.
    await page.getByTestId('fill-next').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="fill-scores"] tr[data-scale="ageYoungestChild"]').waitFor();
    await page.getByTestId('fill-next').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="fill-scores"] tr[data-scale="basicCompetences"]').waitFor();
    expect(await page.getByTestId('fill-progress').textContent()).toMatch(/\(2 van \d+ onderdelen\)/);
    await expectAccessible(page, 'training fill');
    await saveScreenshot(page, 'training-02-fill');
  });

  it('goes through the walkthrough from the first step to the last with Tab and Enter, axe clean on every step', async () => {
    const anouk = page.locator('[data-testid="persona"][data-persona="anouk"]');
    await anouk.getByTestId('persona-walk').focus();
    await page.keyboard.press('Enter');
    const walk = page.getByTestId('walkthrough');
    await walk.waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await headingFocused(page);
      seen.push((await walk.getAttribute('data-step'))!);
      await expectAccessible(page, `walkthrough step ${seen.at(-1)}`);
      // Nothing sideways in a 420 px panel: tables wrap.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${seen.at(-1)} is wider than the panel`).toBeLessThanOrEqual(0);
      if ((await page.getByTestId('walk-done').count()) > 0) break;
      const before = await walk.getAttribute('data-index');
      await tabToAndPress(page, 'walk-next');
      await expect.poll(() => walk.getAttribute('data-index')).not.toBe(before);
    }
    expect(seen).toEqual(['setting', 'overlay', 'instruments', 'scale', 'ladder', 'bands', 'next', 'limits']);
    expect(await page.locator('.training-marker').count()).toBe(1);
    await saveScreenshot(page, 'training-03-walkthrough-last');
  });

  it('leaves the walkthrough and resumes where it was left, also after the panel is opened again', async () => {
    await tabToAndPress(page, 'walk-previous');
    await expect.poll(() => page.getByTestId('walkthrough').getAttribute('data-step')).toBe('next');
    await headingFocused(page);
    await tabToAndPress(page, 'walk-leave');
    await page.getByTestId('walk-resume').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('training-heading');
    await page.close();
    page = await openPanel();
    await openTraining(page);
    await page.getByTestId('walk-resume').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('walkthrough').getAttribute('data-step')).toBe('next');
    await headingFocused(page);
    await tabToAndPress(page, 'walk-restart');
    await expect.poll(() => page.getByTestId('walkthrough').getAttribute('data-step')).toBe('setting');
    await headingFocused(page);
    await tabToAndPress(page, 'walk-leave');
    await page.getByTestId('walk-resume').waitFor();
    // Back on the training screen, the keyboard goes on from its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('training-heading');
  });

  it('resets the training data after confirming, and says what it removed', async () => {
    await page.getByTestId('reset-training').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reset-confirm');
    await expectAccessible(page, 'reset confirmation');
    await page.keyboard.press('Enter');
    const said = await page.getByTestId('reset-result').textContent();
    expect(said).toMatch(/1 cliënt/);
    expect(said).toMatch(/1 concept/);
    // The walkthrough starts from its first step again.
    expect(await page.getByTestId('walk-resume').count()).toBe(0);
    const training = JSON.parse(await dumpDatabase(fromPlaywright(page), 'trede-training')) as Record<string, unknown[]>;
    for (const store of ['clients', 'drafts', 'intakes', 'outcomes', 'audit']) expect(training[store], store).toEqual([]);
  });

  it('switches training mode off: the marker is gone and the real data is exactly as it was', async () => {
    await page.getByTestId('training-off').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await panelReadyForWork(fromPlaywright(page));
    expect(await page.locator('.training-marker').count()).toBe(0);
    expect(await dumpDatabase(fromPlaywright(page), 'trede')).toBe(realBefore);
    await openClientByKeyboard(fromPlaywright(page), REAL_CLIENT);
    await page.getByTestId('client-draft').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
