// Storage full in the middle of an intake, in real Chromium with the built extension: the extension origin's
// quota is made tiny through the DevTools protocol (Storage.overrideQuotaForOrigin on the side panel page),
// an answer is given, and the panel says why it was not saved while the answer stays on screen. Once the
// override is lifted, the next answer saves that one too: nothing is lost.
//
// Chromium keeps the room an origin has left for a while (about 30 s) before it asks the quota manager
// again, so the override only bites once that has run out. The test waits for it with a write of its own
// (1 MB into a scratch database of the same origin) until that write fails with QuotaExceededError.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClientByKeyboard, openPanel, readStoresInPage, startIntake } from '../../scripts/bench/panel.mjs';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';

const REFERENCE = 'WP-2026-0013';
const PROBE_DB = 'trede-e2e-quota-probe';

type Draft = { clientKey: string; answers: Record<string, unknown> };

/** Writes `size` bytes into a scratch database of the page's origin; 'ok' or the error's name. In-page. */
async function probeWriteInPage({ name, size }: { name: string; size: number }): Promise<string> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('probe');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    const tx = db.transaction('probe', 'readwrite');
    tx.objectStore('probe').put(new Uint8Array(size), 'probe');
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onabort = () => fail(tx.error ?? new DOMException('aborted', 'AbortError'));
    });
    return 'ok';
  } catch (e) {
    return (e as { name?: string })?.name ?? String(e);
  } finally {
    db.close();
  }
}

function deleteDatabaseInPage(name: string): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => ok();
    req.onerror = () => fail(req.error);
  });
}

const storedDraft = async (page: Page): Promise<Draft | undefined> =>
  ((await page.evaluate(readStoresInPage, ['drafts'])) as { drafts: Draft[] }).drafts[0];

describe('storage full during an intake (DevTools quota override)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let cdp: CDPSession;
  let origin: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Without encryption: the test reads the stored draft raw.
    browser = await launchBuiltExtension({ trede: 'plain' });
    origin = `chrome-extension://${browser.extensionId}`;
    page = await openPanel(browser.context, `${origin}/sidepanel.html`, pageErrors);
    cdp = await browser.context.newCDPSession(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an answer given while the quota is tiny: the reason on screen, the answer kept there, and stored with the next answer once there is room', async () => {
    await openClientByKeyboard(page, REFERENCE);
    await startIntake(page);
    // The step's questions that take a choice, in page order.
    const items = await page.$$eval('fieldset[data-testid^="question-"]', (sets) =>
      sets.filter((s) => s.querySelector('input[type="radio"]')).map((s) => s.getAttribute('data-testid')!.slice('question-'.length)),
    );
    expect(items.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = items as [string, string, string];
    const radio = (item: string) => page.locator(`fieldset[data-testid="question-${item}"] input[type="radio"]`).first();
    const status = page.getByTestId('draft-status');

    await radio(first).check();
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    await expect.poll(async () => Object.keys((await storedDraft(page))?.answers ?? {})).toEqual([first]);

    // Storage full: a quota of one byte for the extension's origin.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const quota = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { quota: number; overrideActive: boolean };
    expect(quota).toMatchObject({ quota: 1, overrideActive: true });
    // It has taken effect once a write of 1 MB fails for lack of room.
    await expect
      .poll(() => page.evaluate(probeWriteInPage, { name: PROBE_DB, size: 1_000_000 }), { timeout: 50_000, interval: 2_000 })
      .toBe('QuotaExceededError');

    await radio(second).check();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('error');
    const message = (await status.textContent()) ?? '';
    expect(message).toBe(
      'Het concept kon niet worden opgeslagen: Opslaan lukt niet: de opslag op deze computer is vol (QuotaExceededError). Er is niets gewijzigd. Maak ruimte vrij op de schijf (of vraag uw beheerder) en probeer het opnieuw.',
    );
    // A write failure with its reason: not a read failure, and never "…mislukt:" with nothing after it.
    expect(message).not.toMatch(/lezen|gelezen|mislukt:\s*$|:\s*$/);
    // The answer stays on screen; the stored draft is as it was.
    expect(await radio(second).isChecked()).toBe(true);
    expect(await page.locator(`fieldset[data-testid="question-${second}"]`).getAttribute('data-answered')).toBe('true');
    expect(Object.keys((await storedDraft(page))?.answers ?? {})).toEqual([first]);
    await status.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'storage-full-01-not-saved');

    // Room again: the next answer saves the one that failed along with it.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    expect(((await cdp.send('Storage.getUsageAndQuota', { origin })) as { overrideActive: boolean }).overrideActive).toBe(false);
    await radio(third).check();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await expect
      .poll(async () => Object.keys((await storedDraft(page))?.answers ?? {}).sort(), { timeout: 10_000 })
      .toEqual([first, second, third].sort());
    for (const item of [first, second, third]) expect(await radio(item).isChecked()).toBe(true);
    await saveScreenshot(page, 'storage-full-02-saved-again');
    await page.evaluate(deleteDatabaseInPage, PROBE_DB);
  }, 120_000);

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
