// Werkplein Demo (fictional) in real Chromium with the Trede extension loaded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeExtensionId, type ExtensionBrowser, launchBuiltExtension, requireExtensionPath, saveScreenshot, startDemoServer } from './browser.js';

describe('Werkplein Demo with the Trede extension in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: ExtensionBrowser;
  let page: Page;
  const hostErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
    browser = await launchBuiltExtension();
    page = await browser.context.newPage();
    page.on('pageerror', (err) => hostErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists at least 8 fictional clients', async () => {
    await page.goto(server.url);
    const rows = page.locator('#klantenlijst tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.locator('#aantal-klanten').textContent()).toBe(String(await rows.count()));
    expect(await page.locator('.fictief').textContent()).toMatch(/fictief/i);
    await saveScreenshot(page, 'demo-01-klantenlijst', true);
  });

  it('opens a client page with the client number in #klantnummer', async () => {
    const firstRow = page.locator('#klantenlijst tbody tr').first();
    const number = await firstRow.getAttribute('data-klantnummer');
    await firstRow.locator('a').click();
    await page.waitForURL(/klant\.html\?klantnummer=/);
    await expect.poll(() => page.locator('#klantnummer').textContent()).toBe(number);
    expect(await page.locator('#geboortedatum time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const notes = page.locator('#eerdere-notities li');
    const before = await notes.count();
    await page.locator('textarea#notities').fill('Testnotitie vanuit de e2e-test.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expect.poll(() => notes.count()).toBe(before + 1);
    expect(await notes.first().textContent()).toContain('Testnotitie vanuit de e2e-test.');
    expect(await page.locator('textarea#notities').inputValue()).toBe('');
    await saveScreenshot(page, 'demo-02-klantdossier', true);
  });

  it('switches clients in the single-page variant without reloading', async () => {
    await page.goto(new URL('spa/', server.url).href);
    await page.locator('#caselist a').first().waitFor();
    await page.evaluate(() => ((globalThis as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const links = page.locator('#caselist a');
    const seen: string[] = [];
    for (const i of [0, 3]) {
      await links.nth(i).click();
      const number = page.locator('#view[data-status="klaar"] [data-veld="klantnummer"]');
      await number.waitFor();
      seen.push((await number.textContent()) ?? '');
      expect(page.url()).toBe(new URL(`spa/klant/${seen.at(-1)}`, server.url).href);
    }
    expect(new Set(seen).size).toBe(2);
    expect(await page.evaluate(() => (globalThis as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('#view[data-status="klaar"] [data-veld="klantnummer"]').textContent()).toBe(seen[0]);
    await saveScreenshot(page, 'demo-03-spa-dossier');
  });

  it('ran the demo pages without script errors', () => {
    expect(hostErrors).toEqual([]);
  });

  it('registers the extension service worker', () => {
    expect(browser.serviceWorker, 'no service worker from the extension').not.toBeNull();
    const url = new URL(browser.serviceWorker!.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.host).toBe(browser.extensionId);
    // Chromium's id for an unpacked extension follows from its path (or manifest key): the fallback agrees.
    expect(computeExtensionId(requireExtensionPath())).toBe(browser.extensionId);
  });

  it('loads the side panel page and shows the app', async () => {
    const panel = await browser.context.newPage();
    const errors: string[] = [];
    panel.on('pageerror', (err) => errors.push(err.message));
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.locator('[data-testid="app"]').waitFor({ state: 'visible', timeout: 15_000 });
    await saveScreenshot(panel, 'demo-04-zijpaneel');
    expect(errors).toEqual([]);
    await panel.close();
  });
});
