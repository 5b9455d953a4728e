// The overlay on a system built like a modern single-page app (extension/demo/modern/), in real Chromium with
// the built extension and the shipped preset (adapter format 2): the permission flow, the number found
// inside a web component's shadow root while the address carries only an internal dossier id, the badge next
// to it without moving anything of the page, a list page full of client numbers that is no client, the panel
// following 20 client switches (hash changes, a skeleton first, the same nodes reused) without ever saying
// that the adapter no longer fits — on the single-page (History API) and multi-page (full loads) variants
// too —, a new intake prefilled from Dutch
// month-name dates, and the summary written into the contenteditable journal and into a textarea inside a
// same-origin frame, never submitted.
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowInBrowser, demoClientNumbers, demoPreset, saveAdaptersInPage } from '../../scripts/bench/overlay-setup.mjs';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';

type Adapter = { id: string; origin: string; writeBack?: { selector: string } } & Record<string, unknown>;

const ANOUK = '710204418';
const KEES = '710311528';
const BADGE = 'trede-badge';
const SWITCHES = 20;

/** The extension APIs, inside evaluate() callbacks that run in extension pages and the service worker. */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Where the badge is relative to the client number inside <werkplein-kop>'s shadow root (in the page). */
function badgeAtShadowNumber(tag: string) {
  const host = document.querySelector(tag);
  const number = document.querySelector('werkplein-kop')?.shadowRoot?.querySelector('[data-veld="klantnummer"]');
  if (!host || !number) return null;
  const b = host.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(number);
  const r = range.getBoundingClientRect();
  if (!b.width || !r.width) return null;
  return {
    count: document.querySelectorAll(tag).length,
    number: number.textContent,
    inLayer: host.parentNode === document.documentElement,
    gap: b.left - r.right,
    sameLine: b.top < r.bottom && b.top + 25 > r.top,
  };
}

/**
 * In the page: every element's box and the page text with the badge, and again with the badge taken out
 * (in one go, so nothing of the page runs in between). The badge is a child of <html>, never in the flow.
 */
function layoutWithAndWithout(tag: string) {
  const layout = () => {
    const round = (n: number) => Math.round(n * 100) / 100;
    const boxes = Array.from(document.querySelectorAll('*'))
      .filter((el) => el.nodeName.toLowerCase() !== tag)
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return `${i} ${el.nodeName.toLowerCase()}${el.id ? '#' + el.id : ''} ${round(r.left)},${round(r.top)} ${round(r.width)}x${round(r.height)}`;
      });
    return { boxes, scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight], text: document.body.innerText };
  };
  const badge = document.querySelector(tag)!;
  const parent = badge.parentNode!;
  const withBadge = layout();
  badge.remove();
  const withoutBadge = layout();
  parent.appendChild(badge);
  return { withBadge, withoutBadge };
}

/** In the panel page: records every state its page banner shows, from now on. */
function recordBanner() {
  const w = window as unknown as { bannerSeen: string[] };
  w.bannerSeen = [];
  const note = () => {
    const broken = document.querySelector('[data-testid="page-broken"]');
    const kind = broken ? 'broken' : (document.querySelector<HTMLElement>('[data-testid="page-status"]')?.dataset.kind ?? 'none');
    if (w.bannerSeen.at(-1) !== kind) w.bannerSeen.push(kind);
  };
  note();
  new MutationObserver(note).observe(document.body, { childList: true, subtree: true, attributes: true });
}

describe('overlay on a modern single-page system (demo variant /modern/, adapter format 2)', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let worker: Worker;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let panel: Page;
  let host: Page;
  let preset: Adapter;
  const pageErrors: string[] = [];
  const watch = (p: Page, name: string) => p.on('pageerror', (err) => pageErrors.push(`${name}: ${err.message}`));

  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s: { matches?: string[] }) => s.matches ?? []));
  const clientKeyShown = () => panel.getByTestId('client-panel').getAttribute('data-client-key');
  const badgeHere = () => host.evaluate(badgeAtShadowNumber, BADGE);
  const openDossier = async (nr: string) => {
    await host.evaluate((n) => (location.hash = (window as unknown as { demoDossierHref(n: string): string }).demoDossierHref(n)), nr);
    await host.locator('#app[data-status="klaar"][data-route="dossier"]').waitFor();
  };

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    origin = new URL(server.url).origin;
    preset = demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo-modern', origin) as Adapter;
    browser = await launchBuiltExtension();
    context = browser.context;
    worker = browser.serviceWorker!;
    // In Trede's pages: the browser's permission prompt answers "Deny" while a test says so.
    await context.addInitScript(() => {
      const api = (globalThis as { chrome?: { permissions?: { request(p: unknown): Promise<boolean> } } }).chrome?.permissions;
      if (!location.href.startsWith('chrome-extension://') || !api) return;
      const w = window as unknown as { e2eDeny: boolean };
      w.e2eDeny = false;
      const request = api.request.bind(api);
      api.request = (permissions: unknown) => (w.e2eDeny ? Promise.resolve(false) : request(permissions));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('permission flow: saved but refused, the dossier page gets nothing; allowed, the badge appears in the open tab next to the number inside the shadow root', async () => {
    host = await context.newPage();
    watch(host, 'host');
    await host.setViewportSize({ width: 1280, height: 900 });
    // A slow system: every dossier loads for 150 ms after its skeleton (the tab reports the hash change at once).
    await host.goto(`${server.url}modern/?vertraging=150#/klanten`);
    await host.locator('#app[data-status="klaar"][data-route="lijst"]').waitFor();
    await openDossier(ANOUK);

    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(() => ((window as unknown as { e2eDeny: boolean }).e2eDeny = true));
    await options.getByTestId('adapter-start-from').selectOption('werkplein-demo-modern');
    await options.getByTestId('adapter-new').click();
    await options.getByTestId('adapter-origin').fill(origin);
    // The preset's selectors are steady: no warning under them.
    expect(await options.locator('[data-testid$="-warning"]').count()).toBe(0);
    await options.getByTestId('adapter-save').click();
    await options.getByTestId('adapter-form').waitFor({ state: 'detached' });
    await expect.poll(() => options.getByTestId('adapter-permission').getAttribute('data-granted')).toBe('false');
    expect(await registered()).toEqual([]);
    await host.waitForTimeout(500);
    expect(await host.locator(BADGE).count()).toBe(0);

    await allowInBrowser(context, { extensionId: browser.extensionId, pattern: `${origin}/*` });
    await options.evaluate(() => ((window as unknown as { e2eDeny: boolean }).e2eDeny = false));
    await options.getByTestId('adapter-allow').click();
    await expect.poll(() => options.getByTestId('adapter-permission').getAttribute('data-granted')).toBe('true');
    await expect.poll(registered, { timeout: 10_000 }).toEqual([`${origin}/*`]);
    await options.close();

    await expect.poll(badgeHere, { timeout: 10_000 }).toMatchObject({ count: 1, number: ANOUK, inLayer: true, sameLine: true });
    const at = (await badgeHere())!;
    expect(at.gap).toBeGreaterThanOrEqual(0);
    expect(at.gap).toBeLessThanOrEqual(8);
  });

  it('the badge leaves the layout as it was: every box the same as with the badge taken out', async () => {
    await expect.poll(badgeHere, { timeout: 10_000 }).toMatchObject({ number: ANOUK });
    const { withBadge, withoutBadge } = await host.evaluate(layoutWithAndWithout, BADGE);
    expect(withBadge).toEqual(withoutBadge);
    expect(withBadge.boxes.length).toBeGreaterThan(40);
    await saveScreenshot(host, 'overlay-modern-badge');
  });

  it('the list page, full of client numbers, is no client: no badge, and the panel says no client is open', async () => {
    panel = await context.newPage();
    watch(panel, 'panel');
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByTestId('screen-client').waitFor();
    await host.bringToFront();
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    await host.evaluate(() => (location.hash = '#/klanten'));
    await host.locator('#app[data-status="klaar"][data-route="lijst"]').waitFor();
    expect(await host.locator('#klanten td.mono').count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => host.locator(BADGE).count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('page-status').getAttribute('data-kind'), { timeout: 10_000 }).toBe('no-client');
    expect(await panel.locator('[data-testid="page-broken"]').count()).toBe(0);
    expect(await host.locator(BADGE).count()).toBe(0);
  });

  it(`the panel follows ${SWITCHES} client switches by hash change, and never says the adapter no longer fits`, async () => {
    const numbers = demoClientNumbers(join(REPO_ROOT, 'extension', 'demo'));
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    await openDossier(numbers[0]!);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    await panel.evaluate(recordBanner);
    let key = await clientKeyShown();
    for (let i = 1; i <= SWITCHES; i++) {
      const nr = numbers[i % numbers.length]!;
      await openDossier(nr);
      await expect.poll(badgeHere, { timeout: 10_000 }).toMatchObject({ number: nr });
      await expect.poll(clientKeyShown, { timeout: 10_000 }).not.toBe(key);
      key = await clientKeyShown();
    }
    // Longer than the content script's grace period after the last switch: a late false alarm would show too.
    await panel.waitForTimeout(1_700);
    expect(await panel.evaluate(() => (window as unknown as { bannerSeen: string[] }).bannerSeen)).toEqual(['client']);
    expect(await host.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  it('a new intake takes the facts from the page (dates with Dutch month names), and the summary goes into the journal, keeping its paragraphs and bold dates', async () => {
    await openDossier(ANOUK);
    await expect.poll(badgeHere, { timeout: 10_000 }).toMatchObject({ number: ANOUK });
    await expect.poll(async () => (await panel.getByTestId('page-status').textContent()) ?? '', { timeout: 10_000 }).toContain('••••••418');
    await panel.getByTestId('start-intake').click();
    await panel.getByTestId('prefill-notice').waitFor();
    const marked = await panel.locator('[data-testid^="prefilled-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('prefilled-'.length)));
    expect(marked.sort()).toEqual(['bg.age', 'bg.benefitMonths', 'bg.children', 'bg.yearsSinceLastJob', 'bg.youngestChildAge']);
    while (await panel.getByTestId('intake-next').count()) await panel.getByTestId('intake-next').click();
    await panel.getByTestId('intake-finish').click();
    await panel.getByTestId('screen-results').waitFor();

    const journalBefore = await host.locator('#journaal').evaluate((el) => ({ html: el.innerHTML, bold: el.querySelectorAll('b').length, paragraphs: el.children.length }));
    expect(journalBefore.bold).toBeGreaterThan(0);
    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor();
    const journal = await host.locator('#journaal').evaluate((el) => ({
      html: el.innerHTML,
      bold: el.querySelectorAll('b').length,
      added: Array.from(el.children).slice(-1)[0]?.localName,
      text: el.textContent ?? '',
    }));
    expect(journal.html.startsWith(journalBefore.html)).toBe(true);
    expect(journal.bold).toBe(journalBefore.bold);
    expect(journal.added).toBe('p');
    expect(journal.text).toContain('Trede');
    expect(journal.text).not.toContain(ANOUK);
    await saveScreenshot(host, 'overlay-modern-journal');
  });

  it('the report textarea inside the same-origin frame as write-back field: filled as typing would, never submitted', async () => {
    await saveAdaptersInPageFrom(panel, [{ ...preset, writeBack: { selector: 'iframe#rapport >>> textarea' } }]);
    await host.waitForTimeout(300);
    const frame = host.frameLocator('iframe#rapport');
    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor({ timeout: 10_000 });
    expect(await frame.locator('#rapport-tekst').inputValue()).toContain('Trede');
    const counts = await host.evaluate(() => {
      const w = (document.getElementById('rapport') as HTMLIFrameElement).contentWindow as unknown as { __demoRapportSubmits: number; __demoRapportInputs: number };
      return { submits: w.__demoRapportSubmits, inputs: w.__demoRapportInputs };
    });
    expect(counts).toEqual({ submits: 0, inputs: 1 });
    expect(pageErrors).toEqual([]);
  });

  it(`single-page variant: ${SWITCHES} switches through the History API, no false alarm either`, async () => {
    await saveAdaptersInPageFrom(panel, [demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo-app', origin) as Adapter]);
    await host.goto(`${server.url}spa/klant/${KEES}`);
    await expect.poll(async () => (await panel.getByTestId('page-status').textContent()) ?? '', { timeout: 10_000 }).toContain('••••••528');
    await panel.evaluate(recordBanner);
    let key = await clientKeyShown();
    const links = await host.locator('#caselist a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    let shown = links.find((href) => href.endsWith(KEES))!;
    for (let i = 1; i <= SWITCHES; i++) {
      const others = links.filter((href) => href !== shown);
      shown = others[i % others.length]!;
      await host.locator(`#caselist a[href="${shown}"]`).click();
      await expect.poll(clientKeyShown, { timeout: 10_000 }).not.toBe(key);
      key = await clientKeyShown();
    }
    await panel.waitForTimeout(1_700);
    expect(await panel.evaluate(() => (window as unknown as { bannerSeen: string[] }).bannerSeen)).toEqual(['client']);
    // The badge on its dossier leaves the layout as it was.
    await host.locator(BADGE).waitFor({ state: 'attached' });
    const spaLayout = await host.evaluate(layoutWithAndWithout, BADGE);
    expect(spaLayout.withBadge).toEqual(spaLayout.withoutBadge);
    // Its start page lists clients but shows none: no client, not a broken adapter.
    await host.locator('a.logo').click();
    await expect.poll(() => panel.getByTestId('page-status').getAttribute('data-kind'), { timeout: 10_000 }).toBe('no-client');
    expect(pageErrors).toEqual([]);
  });

  it(`multi-page variant: ${SWITCHES} full page loads, the panel follows each and never says the adapter no longer fits`, async () => {
    await saveAdaptersInPageFrom(panel, [demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo', origin) as Adapter]);
    const numbers = demoClientNumbers(join(REPO_ROOT, 'extension', 'demo'));
    await host.goto(`${server.url}klant.html?klantnummer=${numbers[0]}`);
    await expect.poll(async () => (await panel.getByTestId('page-status').textContent()) ?? '', { timeout: 10_000 }).toContain(`••••••${numbers[0]!.slice(-3)}`);
    await panel.evaluate(recordBanner);
    let key = await clientKeyShown();
    for (let i = 1; i <= SWITCHES; i++) {
      await host.goto(`${server.url}klant.html?klantnummer=${numbers[i % numbers.length]}`);
      await expect.poll(clientKeyShown, { timeout: 10_000 }).not.toBe(key);
      key = await clientKeyShown();
    }
    await panel.waitForTimeout(1_700);
    // Between two documents there may be a moment without a content script ('none'), never 'broken'.
    const seen = await panel.evaluate(() => (window as unknown as { bannerSeen: string[] }).bannerSeen);
    expect(seen).not.toContain('broken');
    expect(seen.at(-1)).toBe('client');
    await host.locator(BADGE).waitFor({ state: 'attached' });
    const pageLayout = await host.evaluate(layoutWithAndWithout, BADGE);
    expect(pageLayout.withBadge).toEqual(pageLayout.withoutBadge);
    // The client list, a row with a client number for every client: no client, no badge.
    await host.goto(`${server.url}index.html`);
    await expect.poll(() => panel.getByTestId('page-status').getAttribute('data-kind'), { timeout: 10_000 }).toBe('no-client');
    expect(await host.locator('tr[data-klantnummer]').count()).toBeGreaterThanOrEqual(8);
    expect(await host.locator(BADGE).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

/** Writes adapters into Trede's database from an extension page (as the options page would) and tells the background. */
async function saveAdaptersInPageFrom(page: Page, adapters: Adapter[]): Promise<void> {
  await page.evaluate(saveAdaptersInPage, adapters);
}
