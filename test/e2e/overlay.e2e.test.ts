// The overlay on the caseworker's own system, in real Chromium with the built extension: the content script
// is only injected once the origin is granted; it finds the client on the classic multi-page demo and on the
// single-page app, puts the badge next to the number, the side panel follows, a new intake is prefilled
// from the page and the summary is written back into the page's notes field — and a hostile page neither
// runs anything nor breaks.
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeName, badgeNeighbour, PENDING_NAME } from '../../scripts/bench/badge-reader.mjs';
import { allowInBrowser, demoPreset, saveAdaptersInPage } from '../../scripts/bench/overlay-setup.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';
import { dumpDatabase } from './flows/panel-steps.js';
import { fromPlaywright } from './flows/surface.js';

/** An adapter as the extension stores it (extension/src/adapters/schema.ts); the tests only move and bend it. */
type Adapter = { id: string; origin: string; reference: Record<string, unknown> } & Record<string, unknown>;

/** A demo preset the extension ships (extension/src/adapters/presets.json), moved to the test server. */
const presetAt = (id: string, origin: string): Adapter => demoPreset(join(REPO_ROOT, 'extension'), id, origin) as Adapter;

const ANOUK = '710204418';
const KEES = '710311528';
const LOTTE_BSN = '999993367';
const BADGE = 'trede-badge';

/** The extension APIs, inside evaluate() callbacks that run in extension pages and the service worker. */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('overlay on the case-management system', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let worker: Worker;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let panelUrl: string;
  let panel: Page;
  let host: Page;
  const pageErrors: string[] = [];

  const watch = (p: Page, name: string) => p.on('pageerror', (err) => pageErrors.push(`${name}: ${err.message}`));

  /** Writes adapters straight into Trede's database (as the options page would) and tells the background. */
  const saveAdapters = (adapters: Adapter[]) => panel.evaluate(saveAdaptersInPage, adapters);

  const registered = () =>
    worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string; matches?: string[] }) => ({ id: s.id, matches: s.matches })),
    );

  /** The browser's permission prompt answered with "Allow" (scripts/bench/overlay-setup.mjs says how). */
  const allowOrigin = (pattern: string) => allowInBrowser(context, { extensionId: browser.extensionId, pattern });

  /** One DevTools session per page, for reading the badge through the accessibility tree. */
  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  const cdpOf = (p: Page): Promise<CDPSession> => {
    if (!sessions.has(p)) sessions.set(p, context.newCDPSession(p));
    return sessions.get(p)!;
  };

  /**
   * The badge as the page sees it (where it is, whether it shows) and, from the accessibility tree, what it
   * says: its result is in a closed shadow root and nowhere else, as a screen reader reads it.
   */
  async function badgeOf(p: Page) {
    const outside = await p.evaluate((tag) => {
      const hosts = Array.from(document.querySelectorAll(tag)) as HTMLElement[];
      const host = hosts[0];
      if (!host) return { count: 0 };
      const box = host.getBoundingClientRect();
      const style = getComputedStyle(host);
      const view = document.documentElement;
      return {
        count: hosts.length,
        // A layer of its own, never in the page's flow (no new table cell, flex or grid item).
        inLayer: host.parentNode === view,
        floating: Math.abs(view.clientWidth - 16 - box.right) < 2 && Math.abs(view.clientHeight - 16 - box.bottom) < 2,
        visible: box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility !== 'hidden',
        shadowOpen: host.shadowRoot !== null,
      };
    }, BADGE);
    // The text of the element the badge sits right of (or below), by their boxes.
    const next = outside.count ? await p.evaluate(badgeNeighbour, BADGE) : null;
    return { ...outside, ...(outside.count ? { after: next?.text ?? null } : {}), name: outside.count ? await badgeName(await cdpOf(p), BADGE) : null };
  }

  /** Waits until the badge sits next to `next` (by their boxes); `settled`: and says more than 'Trede' (the background answered). */
  async function waitForBadge(p: Page, next: string, settled?: 'settled') {
    await expect.poll(async () => (await p.evaluate(badgeNeighbour, BADGE))?.text ?? null, { timeout: 10_000 }).toContain(next);
    if (settled) await expect.poll(async () => badgeName(await cdpOf(p), BADGE), { timeout: 10_000 }).not.toBe(PENDING_NAME);
  }

  const clientKeyShown = () => panel.getByTestId('client-panel').getAttribute('data-client-key');

  async function openPanel(): Promise<Page> {
    const p = await context.newPage();
    await p.setViewportSize({ width: 420, height: 900 });
    watch(p, 'panel');
    await p.goto(panelUrl);
    await p.getByTestId('screen-client').waitFor();
    return p;
  }

  /** Starts an intake for the followed client and finishes it straight away (the prefilled answers only). */
  async function intakeFromPage(): Promise<string[]> {
    await panel.getByTestId('start-intake').click();
    await panel.getByTestId('prefill-notice').waitFor();
    const marked = await panel.locator('[data-testid^="prefilled-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('prefilled-'.length)));
    while (await panel.getByTestId('intake-next').count()) await panel.getByTestId('intake-next').click();
    await panel.getByTestId('intake-finish').click();
    await panel.getByTestId('screen-results').waitFor();
    return marked.sort();
  }

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    origin = new URL(server.url).origin;
    browser = await launchBuiltExtension();
    context = browser.context;
    worker = browser.serviceWorker!;
    expect(worker).toBeTruthy();
    panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    // In Trede's pages: record every permission request, and answer "Deny" for the browser when a test says so.
    await context.addInitScript(() => {
      const api = (globalThis as { chrome?: { permissions?: { request(p: unknown): Promise<boolean> } } }).chrome?.permissions;
      if (!location.href.startsWith('chrome-extension://') || !api) return;
      const w = window as unknown as { e2eRequests: unknown[]; e2eDeny: boolean };
      w.e2eRequests = [];
      w.e2eDeny = false;
      const request = api.request.bind(api);
      api.request = (permissions: unknown) => {
        w.e2eRequests.push(permissions);
        return w.e2eDeny ? Promise.resolve(false) : request(permissions);
      };
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Starts a new adapter from a preset in the options page, moved to the test server, and saves it. */
  async function saveFromOptions(options: Page, presetId: string): Promise<void> {
    await options.getByTestId('adapter-start-from').selectOption(presetId);
    await options.getByTestId('adapter-new').click();
    await options.getByTestId('adapter-origin').fill(origin);
    await options.getByTestId('adapter-save').click();
    await options.getByTestId('adapter-form').waitFor({ state: 'detached' });
  }

  const permissionRequests = (options: Page) => options.evaluate(() => (window as unknown as { e2eRequests: unknown[] }).e2eRequests);

  it('saving an adapter asks for exactly its origin; refused, nothing is registered or injected', async () => {
    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('options').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.evaluate(() => ((window as unknown as { e2eDeny: boolean }).e2eDeny = true));
    await saveFromOptions(options, 'werkplein-demo');
    expect(await seriousViolations(options)).toEqual([]);
    await saveScreenshot(options, 'overlay-options-list', true);
    expect(await permissionRequests(options)).toEqual([{ origins: [`${origin}/*`] }]);
    await expect.poll(() => options.getByTestId('adapter-permission').getAttribute('data-granted')).toBe('false');
    expect(await worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
    expect(await registered()).toEqual([]);
    host = await context.newPage();
    watch(host, 'host');
    await host.goto(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await host.locator('#klantnummer').filter({ hasText: ANOUK }).waitFor();
    await host.waitForTimeout(1_000);
    expect(await badgeOf(host)).toEqual({ count: 0, name: null });
    await options.close();
  });

  it('allowed, the content script is registered for exactly that origin and starts in the open tab', async () => {
    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The caseworker allows the origin (the browser's prompt, see allowInBrowser) via the list's "allow".
    await allowOrigin(`${origin}/*`);
    await options.getByTestId('adapter-allow').click();
    await expect.poll(() => options.getByTestId('adapter-permission').getAttribute('data-granted')).toBe('true');
    expect(await worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [`${origin}/*`] });
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'trede-overlay', matches: [`${origin}/*`] }]);
    // The single-page app's adapter on the same origin: no new prompt, still one registration.
    await saveFromOptions(options, 'werkplein-demo-app');
    expect((await permissionRequests(options)).at(-1)).toEqual({ origins: [`${origin}/*`] });
    expect(await registered()).toEqual([{ id: 'trede-overlay', matches: [`${origin}/*`] }]);
    await options.close();
    await waitForBadge(host, ANOUK, 'settled');
    expect(await badgeOf(host)).toMatchObject({ count: 1, after: ANOUK, inLayer: true, visible: true, shadowOpen: false, floating: false });
    expect((await badgeOf(host)).name).toMatch(/nog geen screening/);
  });

  it('multi-page system: the panel follows the page, prefills a new intake, and writes the summary back', async () => {
    await host.reload();
    await waitForBadge(host, ANOUK, 'settled');
    panel = await openPanel();
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const status = await panel.getByTestId('page-status').textContent();
    expect(status).toContain('••••••418');
    expect(status).toContain('Werkplein Demo');
    expect(await panel.locator('body').textContent()).not.toContain(ANOUK);

    expect(await intakeFromPage()).toEqual(['bg.age', 'bg.benefitMonths', 'bg.children', 'bg.yearsSinceLastJob', 'bg.youngestChildAge']);
    // The badge reads the new screening.
    await expect.poll(async () => (await badgeOf(host)).name, { timeout: 10_000 }).toMatch(/screening van/);

    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor();
    const notes = await host.locator('#notities').inputValue();
    expect(notes).toContain('Trede');
    expect(notes).not.toContain(ANOUK);
    // Inserted, not saved: the form was not submitted and no note was stored by the page.
    expect(await host.evaluate((nr) => localStorage.getItem(`werkplein-demo:notities:${nr}`), ANOUK)).toBeNull();
    expect(host.url()).toContain(`klantnummer=${ANOUK}`);
    await saveScreenshot(host, 'overlay-multipage-badge');
    await saveScreenshot(panel, 'overlay-multipage-panel');
  });

  it('a click on the badge opens the side panel on that tab (a user gesture, so the browser allows it)', async () => {
    // sidePanel.onOpened (Chrome 141+) tells the service worker which panel opened where.
    await worker.evaluate(() => {
      (globalThis as { opened?: unknown }).opened = null;
      chrome.sidePanel.onOpened.addListener((info: unknown) => ((globalThis as { opened?: unknown }).opened = info));
    });
    const box = await host.locator(BADGE).boundingBox();
    await host.waitForTimeout(300);
    expect(await worker.evaluate(() => (globalThis as { opened?: unknown }).opened)).toBeNull();
    // The host box is fixed; the pill sits at its start and only the pill takes clicks.
    await host.mouse.click(box!.x + 12, box!.y + 12);
    await expect.poll(() => worker.evaluate(() => (globalThis as { opened?: unknown }).opened), { timeout: 5_000 }).toMatchObject({
      path: '/sidepanel.html',
      windowId: expect.any(Number),
    });
  });

  it('single-page app: badge and panel follow a client switch without a reload', async () => {
    await host.goto(`${server.url}spa/klant/${KEES}`);
    await waitForBadge(host, KEES, 'settled');
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const keesKey = await clientKeyShown();
    const navigations: string[] = [];
    host.on('framenavigated', (frame) => frame === host.mainFrame() && navigations.push(frame.url()));
    await host.locator(`#caselist a[href$="/spa/klant/${ANOUK}"]`).click();
    await waitForBadge(host, ANOUK, 'settled');
    expect((await badgeOf(host)).count).toBe(1);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).not.toBe(keesKey);
    // pushState only: the document stayed (no load event for a new document).
    expect(await host.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // Back to Kees: prefill and write-back on the app's own markup.
    await host.goBack();
    await waitForBadge(host, KEES, 'settled');
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toBe(keesKey);
    const marked = await intakeFromPage();
    expect(marked).toEqual(expect.arrayContaining(['bg.age', 'bg.children', 'bg.yearsSinceLastJob', 'bg.benefitMonths']));
    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor();
    expect(await host.locator('textarea[data-veld="aantekening"]').inputValue()).toContain('Trede');
    await saveScreenshot(host, 'overlay-spa-badge');
  });

  it('"test on the current tab" in the options page reads the open system page: reference masked, prefill, write-back', async () => {
    await host.goto(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await waitForBadge(host, ANOUK, 'settled');
    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="adapter-row"][data-id="werkplein-demo"]').getByTestId('adapter-edit').click();
    // The most recently used tab of the system is the host page, not the options page itself.
    await host.bringToFront();
    await options.getByTestId('adapter-test').click();
    const report = options.getByTestId('test-report');
    await report.waitFor({ timeout: 10_000 });
    expect(await options.getByTestId('test-reference').textContent()).toContain('••••••418');
    expect(await report.textContent()).not.toContain(ANOUK);
    expect(await options.getByTestId('test-write-back').textContent()).toContain('textarea');
    expect(await options.getByTestId('test-prefill-bg.children').textContent()).toMatch(/ja|yes/i);
    expect(await seriousViolations(options)).toEqual([]);
    await saveScreenshot(options, 'overlay-options-test-on-tab', true);
    await options.close();
  });

  it('when the adapter no longer fits the page, the panel says so and nothing breaks', async () => {
    const broken = presetAt('werkplein-demo-app', origin);
    broken.reference = { element: { selector: '[data-veld="klantnr-oud"]' } };
    await saveAdapters([broken]);
    await host.goto(`${server.url}spa/klant/${ANOUK}`);
    await panel.getByTestId('page-broken').waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('page-broken').textContent()).toContain('[data-veld="klantnr-oud"]');
    expect((await badgeOf(host)).count).toBe(0);
    await host.locator(`#caselist a[href$="/spa/klant/${KEES}"]`).click();
    await host.locator('[data-veld="klantnummer"]').filter({ hasText: KEES }).waitFor();
    await saveAdapters([presetAt('werkplein-demo-app', origin)]);
    await waitForBadge(host, KEES, 'settled');
  });

  it('a BSN on the page is masked in the panel and never stored', async () => {
    await host.goto(`${server.url}klant.html?klantnummer=${LOTTE_BSN}`);
    await waitForBadge(host, LOTTE_BSN, 'settled');
    await panel.getByTestId('bsn-note').waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('page-status').textContent()).toContain('••••••367');
    const stored = await dumpDatabase(fromPlaywright(panel), 'trede');
    expect(stored).not.toContain(LOTTE_BSN);
    expect(stored).not.toContain(ANOUK);
  });

  it('a hostile page: nothing runs, the badge survives constant rewrites and hostile CSS, the page stays usable', async () => {
    await host.goto(`${server.url}vijandig.html?klantnummer=${ANOUK}`);
    await waitForBadge(host, ANOUK, 'settled');
    const rewritesBefore = await host.evaluate(() => (window as unknown as { __demoRewrites: number }).__demoRewrites);
    await host.waitForTimeout(1_500);
    const state = await host.evaluate(() => {
      const w = window as unknown as { __pwned?: number; __demoRewrites: number; __demoSubmits?: number };
      return { pwned: w.__pwned ?? null, rewrites: w.__demoRewrites, submits: w.__demoSubmits ?? 0 };
    });
    expect(state.pwned).toBeNull();
    expect(state.rewrites).toBeGreaterThan(rewritesBefore + 10);
    // The facts table is rebuilt every 200 ms: the badge follows the new number each time.
    await waitForBadge(host, ANOUK, 'settled');
    expect(await badgeOf(host)).toMatchObject({ count: 1, visible: true, after: ANOUK });
    await host.evaluate(() => window.scrollTo(0, 0));
    await host.evaluate(() => (window as unknown as { demoSetRewriting(on: boolean): void }).demoSetRewriting(false));
    await waitForBadge(host, ANOUK, 'settled');
    await saveScreenshot(host, 'overlay-hostile-badge');
    await host.evaluate(() => (window as unknown as { demoSetRewriting(on: boolean): void }).demoSetRewriting(true));
    await host.locator('#teller-knop').click();
    await host.locator('#teller-knop').click();
    expect(await host.locator('#teller').textContent()).toContain('2');
    // The panel follows; write-back into the hostile page's notes: inserted as text, not submitted.
    await panel.getByTestId('open-results').click({ timeout: 10_000 });
    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor();
    expect(await host.locator('#notities').inputValue()).toContain('Trede');
    expect(await host.evaluate(() => (window as unknown as { __demoSubmits?: number }).__demoSubmits ?? 0)).toBe(0);
    expect(state.submits).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('withdrawing the permission in the browser unregisters the script: a new page gets nothing', async () => {
    await worker.evaluate((pattern) => chrome.permissions.remove({ origins: [pattern] }), `${origin}/*`);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}klant.html?klantnummer=${KEES}`);
    await fresh.locator('#klantnummer').filter({ hasText: KEES }).waitFor();
    await fresh.waitForTimeout(1_000);
    expect(await badgeOf(fresh)).toEqual({ count: 0, name: null });
    await fresh.close();
  });

  it('deleting the adapters in the options page gives the origin back and leaves nothing registered', async () => {
    // Allowed again first, so that deleting has something to give back.
    await allowOrigin(`${origin}/*`);
    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('adapter-allow').first().click();
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'trede-overlay', matches: [`${origin}/*`] }]);
    for (const id of ['werkplein-demo', 'werkplein-demo-app']) {
      const row = options.locator(`[data-testid="adapter-row"][data-id="${id}"]`);
      await row.getByTestId('adapter-delete').click();
      await row.getByTestId('adapter-delete-confirm').click();
      await row.waitFor({ state: 'detached' });
      // The first delete keeps the origin (the other adapter still uses it); the last one gives it back.
      const origins = (await worker.evaluate(() => chrome.permissions.getAll())).origins;
      expect(origins).toEqual(id === 'werkplein-demo' ? [`${origin}/*`] : []);
    }
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});
