// Nothing leaves Trede, in real Chromium with the built extension, over one whole session: the caseworker's
// system page opens a client, the badge appears, the side panel follows, an intake is done, the results are
// copied and inserted into the page, the history, outcomes and options pages are opened and the adapter is
// tested on the tab, the single-page variant switches clients.
//
// 1. The host page cannot tell a screened client from an unscreened one: outside the badge's closed shadow
//    root, every attribute and readable property of the badge element, its computed style and box, the page's
//    text, selection, find-in-page and globals are the same before and after the screening, and no attribute
//    mutation or resize of the badge happens when its result changes. What it says is read as assistive
//    technology reads it: through the accessibility tree.
// 2. No request leaves the extension: every request of every page (the side panel, the options page, the
//    host pages, the content script in them) and of the service worker, as the DevTools protocol reports them,
//    stays inside chrome-extension://<Trede>/ or goes to the local demo server as one of the test's own page
//    loads; and Chromium's network log — every request the browser's network stack made, from any process —
//    holds nothing else either, apart from the browser's own service requests (no page, no origin).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeName, PENDING_NAME } from '../../scripts/bench/badge-reader.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from '../../scripts/bench/overlay-setup.mjs';
import { completeIntakeByKeyboard } from '../../scripts/bench/panel.mjs';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';

const KEES = '710311528';
const ANOUK = '710204418';
const BADGE = 'trede-badge';

/** A request as a page or the service worker reported it over the DevTools protocol. */
interface Seen {
  url: string;
  /** 'worker' for the service worker, else the URL of the page that made it (of a navigation: where it goes). */
  from: string;
  type: string;
  /** Script URLs on the initiator's stack: a content script's request would show overlay.js here. */
  initiatorScripts: string[];
}

/** One URL request from Chromium's network log (net-log), as URL_REQUEST_START_JOB records it. */
interface LoggedRequest {
  url: string;
  initiator: string;
  requestType: string;
}

/** Every URL request in a net-log file (the browser writes it as one JSON object when it exits). */
function netLogRequests(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string; request_type?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '', requestType: e.params!.request_type ?? '' }));
}

/**
 * Everything the host page's own scripts can see of the badge and of the page, outside the closed shadow
 * root. Runs in the page's main world, as the page's scripts do. The client number is masked, so two
 * snapshots of the same page compare equal unless something about the badge differs.
 */
function hostView([tag, nr]: [string, string]) {
  const mask = (value: unknown) => (typeof value === 'string' ? value.split(nr).join('NR') : value);
  const host = document.querySelector(tag) as HTMLElement;
  const properties: Record<string, unknown> = {};
  // Every readable property of the element (own and inherited), as far as it is a plain value.
  for (const key in host) {
    try {
      const value = (host as unknown as Record<string, unknown>)[key];
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) properties[key] = mask(value);
    } catch {
      properties[key] = 'throws';
    }
  }
  const style = getComputedStyle(host);
  const css: Record<string, string> = {};
  for (const name of Array.from(style)) css[name] = style.getPropertyValue(name);
  const box = host.getBoundingClientRect().toJSON();
  const parentBox = host.parentElement?.getBoundingClientRect().toJSON();
  const scroll = [document.documentElement.scrollWidth, document.documentElement.scrollHeight, scrollX, scrollY];
  const selection = getSelection()!;
  selection.selectAllChildren(document.body);
  const selected = mask(selection.toString());
  // Find-in-page searches text nodes inside closed shadow roots too; the badge's result must not be one.
  const findable = Object.fromEntries(
    ['hoger', 'lager', 'gemiddeld', 'screening', 'positie', 'uitval', 'ongeveer', 'kans'].map((word) => {
      selection.removeAllRanges();
      const found = (window as unknown as { find(text: string): boolean }).find(word);
      return [word, found];
    }),
  );
  selection.removeAllRanges();
  scrollTo(scroll[2]!, scroll[3]!);
  return {
    attributes: host.getAttributeNames(),
    outerHTML: mask(host.outerHTML),
    properties,
    css,
    box,
    parentBox,
    scroll,
    text: mask(document.body.innerText),
    selected,
    findable,
    globals: Object.getOwnPropertyNames(window).sort(),
    datasets: Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-trede') || a.includes('tone'))),
  };
}

/** Installed before any page script: what happens to the badge element that a page could observe. */
function observeBadge(tag: string) {
  const seen = { attributeChanges: [] as string[], resizes: [] as string[], inserted: 0 };
  (window as unknown as { badgeSeen: typeof seen }).badgeSeen = seen;
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) seen.resizes.push(`${entry.contentRect.width}x${entry.contentRect.height}`);
  });
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target.nodeName.toLowerCase() === tag) seen.attributeChanges.push(record.attributeName ?? '');
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeName.toLowerCase() === tag) {
          seen.inserted++;
          resize.observe(node as Element);
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

describe('the host page and the network learn nothing from Trede', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let extensionOrigin: string;
  let panelUrl: string;
  let netLog: string;
  let host: Page;
  let panel: Page;
  const seen: Seen[] = [];
  const serverHits: string[] = [];
  const pageErrors: string[] = [];
  const sessions = new Map<Page, Promise<CDPSession>>();

  /** A DevTools session on `p` with the Network domain on, recording every request with its initiator. */
  function watch(p: Page): Promise<CDPSession> {
    if (!sessions.has(p)) {
      sessions.set(
        p,
        (async () => {
          p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`));
          const cdp = await context.newCDPSession(p);
          type Sent = { request: { url: string }; documentURL: string; type?: string; initiator: { stack?: { callFrames: { url: string }[]; parent?: unknown } } };
          cdp.on('Network.requestWillBeSent', (event: Sent) => {
            const scripts: string[] = [];
            for (let stack = event.initiator.stack as { callFrames: { url: string }[]; parent?: unknown } | undefined; stack; stack = stack.parent as typeof stack) {
              scripts.push(...stack.callFrames.map((f) => f.url));
            }
            // documentURL: the page that asks, or for a navigation the page it goes to.
            seen.push({ url: event.request.url, from: event.documentURL, type: event.type ?? '', initiatorScripts: scripts });
          });
          await cdp.send('Network.enable');
          return cdp;
        })(),
      );
    }
    return sessions.get(p)!;
  }

  async function newPage(url: string): Promise<Page> {
    const p = await context.newPage();
    await watch(p);
    await p.goto(url);
    return p;
  }

  const nameOf = async (p: Page) => badgeName(await watch(p), BADGE);
  const settledName = async (p: Page, pattern: RegExp) => {
    await expect.poll(() => nameOf(p), { timeout: 15_000 }).toMatch(pattern);
    return (await nameOf(p))!;
  };

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: (line) => serverHits.push(line) });
    origin = new URL(server.url).origin;
    netLog = join(mkdtempSync(join(tmpdir(), 'trede-netlog-')), 'netlog.json');
    browser = await launchBuiltExtension({ args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    context = browser.context;
    extensionOrigin = `chrome-extension://${browser.extensionId}`;
    panelUrl = `${extensionOrigin}/sidepanel.html`;
    // The service worker's requests (Playwright reports them for the context); pages are watched over CDP.
    context.on('request', (request: Request) => {
      if (request.serviceWorker()) seen.push({ url: request.url(), from: 'worker', type: request.resourceType(), initiatorScripts: [] });
    });
    await context.addInitScript(observeBadge, BADGE);
    const setup = await newPage(panelUrl);
    await setup.getByTestId('screen-client').waitFor();
    await setup.evaluate(saveAdaptersInPage, [demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo', origin), demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo-app', origin)]);
    await setup.close();
    expect(await grantOrigin(context, { extensionId: browser.extensionId, extensionPageUrl: panelUrl, pattern: `${origin}/*` })).toBe(true);
    expect(await waitForRegistration(browser.serviceWorker!, `${origin}/*`)).toBe(true);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (netLog) rmSync(join(netLog, '..'), { recursive: true, force: true });
  });

  let before: ReturnType<typeof hostView>;

  it('an unscreened client: the badge says so to a screen reader, and nothing else on the page says anything', async () => {
    host = await newPage(`${server.url}klant.html?klantnummer=${KEES}`);
    await host.locator('#klantnummer').filter({ hasText: KEES }).waitFor();
    expect(await settledName(host, /nog geen screening/)).not.toBe(PENDING_NAME);
    before = await host.evaluate(hostView, [BADGE, KEES] as [string, string]);
    expect(before.attributes).toEqual([]);
    expect(Object.values(before.findable)).not.toContain(true);
    expect(before.box.width).toBeGreaterThan(0);
  });

  it('the same client screened: the badge tells a screen reader, the page sees exactly what it saw before', async () => {
    await host.evaluate(() => {
      const seen = (window as unknown as { badgeSeen: { attributeChanges: string[]; resizes: string[] } }).badgeSeen;
      seen.attributeChanges.length = 0;
      seen.resizes.length = 0;
    });
    panel = await newPage(panelUrl);
    await panel.setViewportSize({ width: 420, height: 900 });
    await expect.poll(() => panel.getByTestId('client-panel').getAttribute('data-client-key'), { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    await panel.getByTestId('start-intake').click();
    await panel.locator('[data-testid="screen-intake"][data-step]').waitFor();
    await completeIntakeByKeyboard(panel);
    await host.bringToFront();
    const name = await settledName(host, /screening van .*positie \d+ van 12/);
    expect(name).not.toMatch(/nog geen screening/);
    const after = await host.evaluate(hostView, [BADGE, KEES] as [string, string]);
    expect(after).toEqual(before);
    const observed = await host.evaluate(() => (window as unknown as { badgeSeen: { attributeChanges: string[]; resizes: string[]; inserted: number } }).badgeSeen);
    expect(observed.attributeChanges).toEqual([]);
    expect(observed.resizes).toEqual([]);
    expect(observed.inserted).toBe(1);
    await saveScreenshot(host, 'nothing-leaves-badge');
  });

  it('after a reload the screened client’s page is still the unscreened one’s, to the page', async () => {
    await host.reload();
    await host.locator('#klantnummer').filter({ hasText: KEES }).waitFor();
    await settledName(host, /screening van/);
    expect(await host.evaluate(hostView, [BADGE, KEES] as [string, string])).toEqual(before);
  });

  it('the rest of a session: copy, insert, history, outcomes, the options page and the single-page variant', async () => {
    await panel.bringToFront();
    await panel.getByTestId('copy-summary').click();
    await panel.getByTestId('copy-status').filter({ hasText: /\S/ }).waitFor();
    await panel.getByTestId('insert-summary').click();
    await panel.getByTestId('insert-status').filter({ hasText: 'ingevoegd' }).waitFor();
    await panel.getByTestId('open-history').click();
    await panel.getByTestId('history-item').first().waitFor();
    await panel.getByTestId('open-outcomes').click();
    await panel.getByTestId('screen-outcomes').waitFor();
    const options = await newPage(`${extensionOrigin}/options.html`);
    await options.locator('[data-testid="adapter-row"][data-id="werkplein-demo"]').getByTestId('adapter-edit').click();
    await host.bringToFront();
    await options.getByTestId('adapter-test').click();
    await options.getByTestId('test-report').waitFor({ timeout: 10_000 });
    await options.close();
    await host.goto(`${server.url}spa/klant/${ANOUK}`);
    await settledName(host, /nog geen screening|screening van/);
    await host.locator(`#caselist a[href$="/spa/klant/${KEES}"]`).click();
    await settledName(host, /screening van/);
    expect(pageErrors).toEqual([]);
  });

  it('no page, content script or worker of Trede sent a request outside the extension', () => {
    const outside = seen.filter((r) => !r.url.startsWith(`${extensionOrigin}/`) && !r.url.startsWith(`${origin}/`) && !/^(data|blob|about|chrome):/.test(r.url));
    expect(outside).toEqual([]);
    // Trede's own pages and worker load their own files only.
    const fromTrede = seen.filter((r) => r.from === 'worker' || r.from.startsWith(extensionOrigin));
    expect(fromTrede.length).toBeGreaterThan(0);
    expect(fromTrede.filter((r) => !r.url.startsWith(`${extensionOrigin}/`) && !/^(data|blob):/.test(r.url))).toEqual([]);
    // The demo server's files were asked for by its own pages only — none by Trede's content script.
    const toDemo = seen.filter((r) => r.url.startsWith(`${origin}/`));
    expect(toDemo.length).toBeGreaterThan(0);
    expect(toDemo.filter((r) => !r.from.startsWith(`${origin}/`) || r.initiatorScripts.some((s) => s.startsWith('chrome-extension:')))).toEqual([]);
  });

  it('Chromium’s network log holds nothing but the test’s own page loads and the browser’s own service requests', async () => {
    await browser.close();
    const requests = netLogRequests(netLog);
    expect(requests.some((r) => r.url.startsWith(`${origin}/`))).toBe(true);
    // Whatever a page, a worker or the extension started (it has an origin) went to the demo server.
    const fromAnOrigin = requests.filter((r) => r.initiator !== 'not an origin');
    expect(fromAnOrigin.filter((r) => !r.url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.filter((r) => r.initiator.startsWith('chrome-extension:'))).toEqual([]);
    // The rest is the browser's own: no origin, no frame (Chromium 156 still checks its sign-in and a
    // component with flags off, see scripts/lib/chromium.mjs). A navigation Trede opened would be a frame.
    const elsewhere = requests.filter((r) => !r.url.startsWith(`${origin}/`));
    expect(elsewhere.filter((r) => r.initiator !== 'not an origin' || r.requestType !== 'other')).toEqual([]);
    console.log(`[nothing-leaves] ${requests.length} requests in the network log; the browser's own service requests: ${[...new Set(elsewhere.map((r) => new URL(r.url).host))].join(', ') || 'none'}`);
    // Every file the demo server served was one the test's pages asked for.
    const asked = new Set(seen.filter((r) => r.url.startsWith(`${origin}/`)).map((r) => new URL(r.url).pathname));
    const served = serverHits.map((line) => line.split(' ')[1]!);
    expect(served.filter((path) => !asked.has(path))).toEqual([]);
  });
});
