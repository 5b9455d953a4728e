// The client's rights and the audit trail in real Chromium, by keyboard, with the built extension: the
// caseworker's initials in the settings, a client with a draft, the client's data counted, exported as a
// file, shown for print, and deleted after the second step; the audit trail shows the deletion without the
// client. axe-core checks each screen.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoresInPage } from '../../scripts/bench/panel.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';

const REFERENCE = 'WP-2026-0777';
const PANEL = { width: 420, height: 900 };

describe('the client’s rights and the audit trail, by keyboard', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let base: string;
  let panel: Page;
  let clientKey: string;
  const pageErrors: string[] = [];

  async function open(path: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
    const p = await context.newPage();
    await p.setViewportSize(viewport);
    p.on('pageerror', (err) => pageErrors.push(err.message));
    await p.goto(`${base}/${path}`);
    return p;
  }

  async function expectAccessible(p: Page, screen: string): Promise<void> {
    const violations = await seriousViolations(p);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  /** Focuses a control by its test id and presses Enter, as a keyboard user would after tabbing to it. */
  async function press(p: Page, testId: string): Promise<void> {
    await p.getByTestId(testId).focus();
    await p.keyboard.press('Enter');
  }

  beforeAll(async () => {
    // Without encryption: the test reads every store raw for the client's key and the audit entry.
    browser = await launchBuiltExtension({ trede: 'plain' });
    context = browser.context;
    base = `chrome-extension://${browser.extensionId}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets the caseworker’s initials once in the settings', async () => {
    const options = await open('options.html');
    await options.getByTestId('initials-input').focus();
    await options.keyboard.type('j.d.v.');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('initials-notice').textContent()).toBe('Initialen opgeslagen: JDV.');
    await expectAccessible(options, 'options: settings');
    await options.close();
  });

  it('counts what Trede keeps about a client with a draft', async () => {
    panel = await open('sidepanel.html', PANEL);
    await panel.getByTestId('client-ref').focus();
    await panel.keyboard.type(REFERENCE);
    await panel.keyboard.press('Enter');
    await press(panel, 'start-intake');
    await panel.getByTestId('screen-intake').waitFor();
    // One answer by keyboard makes a draft.
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      if (await panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
    }
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
    await panel.reload();
    await panel.getByTestId('client-ref').focus();
    await panel.keyboard.type(REFERENCE);
    await panel.keyboard.press('Enter');
    await press(panel, 'open-rights');
    const counts = panel.getByTestId('rights-counts');
    await counts.waitFor();
    expect(await counts.locator('[data-store="clients"] td').last().textContent()).toBe('1');
    expect(await counts.locator('[data-store="drafts"] td').last().textContent()).toBe('1');
    await saveScreenshot(panel, 'rights-01-counts');
    await expectAccessible(panel, 'rights');
  });

  it('exports everything as a trede.client-export/1 file', async () => {
    const downloading = panel.waitForEvent('download');
    await press(panel, 'rights-export');
    const download = await downloading;
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.schema).toBe('trede.client-export/1');
    expect(data.client.key).toBe(data.clientKey);
    expect(data.drafts).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain(REFERENCE);
    clientKey = data.clientKey;
    await panel.getByTestId('rights-notice').waitFor();
  });

  it('shows everything for print, with the questions answered', async () => {
    await press(panel, 'rights-print-view');
    await panel.getByTestId('client-record').waitFor();
    expect(await panel.getByTestId('record-draft').locator('dt').count()).toBe(1);
    await saveScreenshot(panel, 'rights-02-print-view', true);
    await expectAccessible(panel, 'rights: print view');
  });

  it('deletes only at the second step, and then nothing of the client is left in any store', async () => {
    await press(panel, 'rights-delete');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rights-delete-yes');
    expect(await panel.getByTestId('rights-delete-list').textContent()).toContain('Onafgemaakte intake (concept): 1');
    await expectAccessible(panel, 'rights: confirm deletion');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('rights-nothing').waitFor();
    const stores = (await panel.evaluate(readStoresInPage, ['clients', 'drafts', 'intakes', 'outcomes', 'audit', 'sessions', 'quarantine'])) as Record<string, unknown[]>;
    expect(JSON.stringify(stores)).not.toContain(clientKey);
    const erased = (stores.audit as { action: string; clientKey: string | null; actor: string | null }[]).filter((e) => e.action === 'client-erased');
    expect(erased).toEqual([expect.objectContaining({ clientKey: null, actor: 'JDV' })]);
  });

  it('the audit trail on the options page shows the deletion first, by whom, without the client', async () => {
    const options = await open('options.html');
    const first = options.getByTestId('audit-row').first();
    await first.waitFor();
    expect(await first.getAttribute('data-action')).toBe('client-erased');
    expect(await first.textContent()).toContain('JDV');
    // Reached from the list of parts at the top, by keyboard.
    await press(options, 'options-nav-audit-heading');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('audit-heading');
    await saveScreenshot(options, 'rights-03-audit-trail', true);
    await expectAccessible(options, 'options: audit trail');
    expect(pageErrors).toEqual([]);
  });
});
