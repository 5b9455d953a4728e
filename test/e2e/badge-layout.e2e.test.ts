// The badge never changes the host page's layout, in real Chromium with the built extension, on the demo's
// layout page (extension/demo/opmaak.html): the client number in a bare <td> of a table in a card with
// overflow: hidden, in a flex row, and in a grid. An element put into the page's flow next to the number
// would add a table column, a flex item or a grid item, shift the values, grow the card and be cut off by it.
// The badge is a layer of its own instead: every element of the page has the very same box with the badge
// as without Trede at all, and the badge is visible, on top, not clipped, and next to the number; it
// follows the number when the page scrolls and hides when the number is out of view.
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeName, badgeNeighbour, PENDING_NAME } from '../../scripts/bench/badge-reader.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from '../../scripts/bench/overlay-setup.mjs';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';

const ANOUK = '710204418';
const BADGE = 'trede-badge';
const LAYOUTS = ['tabel', 'flex', 'raster'] as const;

/** The extension APIs, inside evaluate() callbacks that run in the service worker. */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every element of the page but the badge, with its box, and the page's scroll size: the host's layout. */
function layoutOf(tag: string) {
  const round = (n: number) => Math.round(n * 100) / 100;
  const boxes = Array.from(document.querySelectorAll('*'))
    .filter((el) => el.nodeName.toLowerCase() !== tag)
    .map((el, i) => {
      const r = el.getBoundingClientRect();
      return `${i} ${el.nodeName.toLowerCase()}${el.id ? '#' + el.id : ''} ${round(r.left)},${round(r.top)} ${round(r.width)}x${round(r.height)}`;
    });
  const view = document.documentElement;
  return { boxes, scroll: [view.scrollWidth, view.scrollHeight, scrollX, scrollY], text: document.body.innerText };
}

/** Where the badge is and whether it can be seen and clicked, as the page sees it. */
function badgeState([tag, plek]: [string, string]) {
  const hosts = document.querySelectorAll(tag);
  const host = hosts[0] as HTMLElement | undefined;
  if (!host) return null;
  const b = host.getBoundingClientRect();
  const number = document.getElementById('klantnummer')!;
  const range = document.createRange();
  range.selectNodeContents(number);
  const r = range.getBoundingClientRect();
  const card = document.querySelector(`[data-plek="${plek}"]`)!.getBoundingClientRect();
  // The badge's ancestors: none may clip it.
  const clippers: string[] = [];
  for (let el = host.parentElement; el && el !== document.documentElement; el = el.parentElement) {
    if (getComputedStyle(el).overflow !== 'visible') clippers.push(el.nodeName);
  }
  // The pill (the badge's start) is what shows and takes clicks: what is on top at two of its points.
  const onTop = [[b.left + 12, b.top + 12], [b.left + 40, b.top + 12]].map(([x, y]) => document.elementFromPoint(x!, y!) === host);
  const view = document.documentElement;
  return {
    count: hosts.length,
    parent: host.parentNode === view ? 'html' : (host.parentNode?.nodeName ?? null),
    clippers,
    box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
    number: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
    inWindow: b.left >= 0 && b.top >= 0 && b.right <= view.clientWidth && b.bottom <= view.clientHeight,
    onTop,
    attributes: host.getAttributeNames(),
  };
}

describe('the badge leaves the host page’s layout exactly as it was', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  const pageErrors: string[] = [];
  const without = new Map<string, ReturnType<typeof layoutOf>>();
  const cdps = new WeakMap<Page, Promise<CDPSession>>();
  const cdpOf = (p: Page) => {
    if (!cdps.has(p)) cdps.set(p, context.newCDPSession(p));
    return cdps.get(p)!;
  };

  const url = (plek: string) => `${server.url}opmaak.html?klantnummer=${ANOUK}&plek=${plek}`;

  async function openLayout(plek: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${plek}: ${err.message}`));
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(url(plek));
    await page.locator('body[data-status="klaar"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    origin = new URL(server.url).origin;
    browser = await launchBuiltExtension();
    context = browser.context;
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await setup.getByTestId('screen-client').waitFor();
    await setup.evaluate(saveAdaptersInPage, [demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo', origin)]);
    await setup.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('without Trede on the origin (not granted): the layouts as the page makes them', async () => {
    for (const plek of LAYOUTS) {
      const page = await openLayout(plek);
      await page.waitForTimeout(300);
      expect(await page.locator(BADGE).count()).toBe(0);
      without.set(plek, await page.evaluate(layoutOf, BADGE));
      expect(without.get(plek)!.boxes.length).toBeGreaterThan(30);
      await page.close();
    }
  });

  for (const plek of LAYOUTS) {
    it(`${plek}: with the badge every element keeps its box, and the badge shows next to the number, unclipped`, async () => {
      if (!(await browser.serviceWorker!.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))) {
        const extensionPageUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
        expect(await grantOrigin(context, { extensionId: browser.extensionId, extensionPageUrl, pattern: `${origin}/*` })).toBe(true);
        expect(await waitForRegistration(browser.serviceWorker!, `${origin}/*`)).toBe(true);
      }
      const page = await openLayout(plek);
      await expect.poll(async () => (await page.evaluate(badgeNeighbour, BADGE))?.text ?? null, { timeout: 10_000 }).toBe(ANOUK);
      await expect.poll(async () => badgeName(await cdpOf(page), BADGE), { timeout: 10_000 }).toMatch(/nog geen screening/);
      expect(await badgeName(await cdpOf(page), BADGE)).not.toBe(PENDING_NAME);

      expect(await page.evaluate(layoutOf, BADGE)).toEqual(without.get(plek));

      const state = (await page.evaluate(badgeState, [BADGE, plek] as [string, string]))!;
      expect(state).toMatchObject({ count: 1, parent: 'html', clippers: [], inWindow: true, onTop: [true, true], attributes: [] });
      // Just right of the number's text, on its line.
      expect(state.box.left - state.number.right).toBeGreaterThanOrEqual(0);
      expect(state.box.left - state.number.right).toBeLessThanOrEqual(8);
      expect(state.box.top).toBeLessThan(state.number.bottom);
      expect(state.box.top + 25).toBeGreaterThan(state.number.top);
      // In the table the number ends at the card's edge: an in-flow badge would have been cut off there.
      if (plek === 'tabel') expect(state.box.left + 40).toBeGreaterThan(state.card.right);
      await saveScreenshot(page, `badge-layout-${plek}`);

      // The page scrolls: the badge follows the number; scrolled out of view, it hides.
      await page.evaluate(() => {
        document.body.style.minHeight = '3000px';
        scrollTo(0, 120);
      });
      await expect.poll(async () => (await page.evaluate(badgeNeighbour, BADGE))?.text ?? null, { timeout: 5_000 }).toBe(ANOUK);
      await page.evaluate(() => scrollTo(0, 2000));
      await expect.poll(() => page.evaluate((tag) => document.querySelector(tag)!.getBoundingClientRect().height, BADGE), { timeout: 5_000 }).toBe(0);
      await page.evaluate(() => scrollTo(0, 0));
      await expect.poll(async () => (await page.evaluate(badgeNeighbour, BADGE))?.text ?? null, { timeout: 5_000 }).toBe(ANOUK);
      await page.close();
    });
  }

  it('a narrow window: the badge goes below the number, still inside the window, still leaving the layout alone', async () => {
    const page = await openLayout('tabel');
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(async () => (await page.evaluate(badgeNeighbour, BADGE))?.side ?? null, { timeout: 10_000 }).toBe('below');
    expect((await page.evaluate(badgeNeighbour, BADGE))?.text).toBe(ANOUK);
    const state = (await page.evaluate(badgeState, [BADGE, 'tabel'] as [string, string]))!;
    expect(state).toMatchObject({ inWindow: true, onTop: [true, true] });
    const layout = await page.evaluate(layoutOf, BADGE);
    await page.close();
    const bare = await context.newPage();
    await bare.setViewportSize({ width: 420, height: 900 });
    await bare.goto(url('tabel'));
    await bare.locator('body[data-status="klaar"]').waitFor();
    await bare.waitForFunction((tag) => !!document.querySelector(tag), BADGE, { timeout: 10_000 });
    // The same page laid out without the badge: take it out and measure in one go (no script runs between).
    const without = await bare.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const parent = host.parentNode!;
      host.remove();
      const round = (n: number) => Math.round(n * 100) / 100;
      const boxes = Array.from(document.querySelectorAll('*')).map((el, i) => {
        const r = el.getBoundingClientRect();
        return `${i} ${el.nodeName.toLowerCase()}${el.id ? '#' + el.id : ''} ${round(r.left)},${round(r.top)} ${round(r.width)}x${round(r.height)}`;
      });
      const view = document.documentElement;
      const result = { boxes, scroll: [view.scrollWidth, view.scrollHeight, scrollX, scrollY], text: document.body.innerText };
      parent.appendChild(host);
      return result;
    }, BADGE);
    expect(layout).toEqual(without);
    await bare.close();
    expect(pageErrors).toEqual([]);
  });
});
