// Never losing an answer, in real Chromium with the built extension:
// 1. The same client's intake open in two side-panel pages, answered alternately: every answer of both is in
//    the draft and on both screens. Finished in one page, the other says so and a later answer there brings
//    no draft back; there is one intake.
// 2. A typed number (the field not left) survives the browser being killed (SIGKILL) once the typing pause is
//    over, again and again.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoresInPage } from '../../scripts/bench/panel.mjs';
import { removeProfileDir } from '../../scripts/lib/chromium.mjs';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';

const REFERENCE = 'WP-2026-0077';
const PANEL = { width: 420, height: 900 };
/** The intake screen saves a typed number after 400 ms without typing (src/ui/intake/draft-keeper.ts); well past it. */
const PAST_THE_PAUSE_MS = 1_000;

type Stores = Record<string, Record<string, unknown>[]>;

async function openPanel(context: BrowserContext, url: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(PANEL);
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  await page.getByTestId('screen-client').waitFor();
  return page;
}

/** Opens the client by reference and starts (or resumes) the intake. */
async function openIntake(page: Page): Promise<void> {
  await page.getByTestId('client-ref').fill(REFERENCE);
  await page.getByTestId('client-open').click();
  await page.getByTestId('start-intake').click();
  await page.locator('[data-testid="screen-intake"][data-step]').waitFor();
}

const drafts = async (page: Page) => ((await page.evaluate(readStoresInPage, ['drafts', 'intakes'])) as Stores);

describe('one intake in two side-panel pages', () => {
  let browser: ExtensionBrowser;
  let a: Page;
  let b: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Without encryption: the test reads the stored drafts raw.
    browser = await launchBuiltExtension({ trede: 'plain' });
    const url = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    a = await openPanel(browser.context, url, pageErrors);
    await openIntake(a);
    b = await openPanel(browser.context, url, pageErrors);
    await openIntake(b);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('answered alternately and at the same moment, every answer of both pages is kept and shown in both', async () => {
    // The questions of the first step that take a choice (radio buttons), in page order.
    const items = await a.$$eval('fieldset[data-testid^="question-"]', (sets) =>
      sets.filter((s) => s.querySelector('input[type="radio"]')).map((s) => s.getAttribute('data-testid')!.slice('question-'.length)),
    );
    expect(items.length).toBeGreaterThanOrEqual(6);
    const answer = (page: Page, item: string) => page.locator(`fieldset[data-testid="question-${item}"] input[type="radio"]`).first().check();
    // Two by two: one question in each page at once, so neither has heard of the other's answer when it saves.
    for (let i = 0; i < items.length; i += 2) {
      await Promise.all([answer(a, items[i]!), items[i + 1] ? answer(b, items[i + 1]!) : null]);
    }
    const stored = async () => Object.keys((((await drafts(a)).drafts?.[0] ?? {}) as { answers?: object }).answers ?? {}).sort();
    await expect.poll(stored, { timeout: 10_000 }).toEqual([...items].sort());
    for (const page of [a, b]) {
      await page.bringToFront();
      for (const item of items) {
        await expect.poll(() => page.locator(`fieldset[data-testid="question-${item}"]`).getAttribute('data-answered'), { timeout: 10_000 }).toBe('true');
      }
    }
    await saveScreenshot(b, 'never-lose-01-two-panels');
  });

  it('finished in one page: the other says so, and an answer there brings no draft back', async () => {
    await a.bringToFront();
    await a.getByTestId('intake-step-ladder').click();
    await a.getByTestId('intake-finish').click();
    await a.getByTestId('screen-results').waitFor();
    await b.bringToFront();
    await b.locator('[data-testid="session-ended"][data-ending="completed"]').waitFor();
    await b.locator('fieldset[data-testid^="question-"] input[type="number"]').first().fill('33');
    await b.locator('fieldset[data-testid^="question-"] input[type="number"]').first().press('Tab');
    await b.waitForTimeout(PAST_THE_PAUSE_MS);
    const stores = await drafts(b);
    expect(stores.drafts).toEqual([]);
    expect(stores.intakes).toHaveLength(1);
    await b.getByTestId('open-stored-results').click();
    await b.getByTestId('screen-results').waitFor();
    await saveScreenshot(b, 'never-lose-02-finished-elsewhere');
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The browser's own process (not a helper: those have --type=) for a profile folder, found in /proc. */
function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

describe('a typed number when the browser is killed', () => {
  const profile = mkdtempSync(join(tmpdir(), 'trede-kill-'));
  let browser: ExtensionBrowser | null = null;

  async function launch(): Promise<Page> {
    browser = await launchBuiltExtension({ userDataDir: profile });
    const page = await openPanel(browser.context, `chrome-extension://${browser.extensionId}/sidepanel.html`, []);
    await openIntake(page);
    return page;
  }

  afterAll(async () => {
    await browser?.close();
    await removeProfileDir(profile);
  });

  it('is there after a kill -9 once typing has paused, each of 3 times, without the field being left', async () => {
    let page = await launch();
    const kept: number[] = [];
    for (const age of [31, 47, 58]) {
      const field = page.locator('[data-testid="question-bg.age"] input[type="number"]');
      await field.fill('');
      await field.pressSequentially(String(age));
      await page.waitForTimeout(PAST_THE_PAUSE_MS);
      // Still in the field: nothing but the typing pause saved it.
      expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
      process.kill(browserPid(profile), 'SIGKILL');
      await browser!.context.close().catch(() => {});
      page = await launch();
      await page.getByTestId('draft-resumed').waitFor();
      kept.push(Number(await page.locator('[data-testid="question-bg.age"] input[type="number"]').inputValue()));
    }
    expect(kept).toEqual([31, 47, 58]);
  });
});
