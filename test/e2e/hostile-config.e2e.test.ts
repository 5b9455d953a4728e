// Hostile configuration and a hostile page, in real Chromium with the built extension:
// - the options page refuses an adapter pattern that backtracks catastrophically (the checker runs under the
//   extension's content-security policy) and an adapter file of 25 MB without reading it;
// - a web page that tries to talk to Trede (window.postMessage, chrome.runtime, DOM events) reaches nothing:
//   the service worker receives none of it, opens no panel and registers nothing; the badge stays as it was.
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeName } from '../../scripts/bench/badge-reader.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from '../../scripts/bench/overlay-setup.mjs';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';

const ANOUK = '710204418';
const BADGE = 'trede-badge';

/** The extension APIs, inside evaluate() callbacks that run in extension pages and the service worker. */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('hostile configuration and a hostile page', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let worker: Worker;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  const pageErrors: string[] = [];
  const watch = (p: Page, name: string) => p.on('pageerror', (err) => pageErrors.push(`${name}: ${err.message}`));
  const optionsUrl = () => `chrome-extension://${browser.extensionId}/options.html`;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    origin = new URL(server.url).origin;
    browser = await launchBuiltExtension();
    context = browser.context;
    worker = browser.serviceWorker!;
    expect(worker).toBeTruthy();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    const options = await context.newPage();
    watch(options, 'options');
    await options.goto(optionsUrl());
    await options.getByTestId('options').waitFor();
    return options;
  }

  it('the options form refuses a pattern that backtracks catastrophically, naming the field', async () => {
    const options = await openOptions();
    await options.getByTestId('adapter-start-from').selectOption('werkplein-demo');
    await options.getByTestId('adapter-new').click();
    await options.getByTestId('adapter-origin').fill(origin);
    await options.getByTestId('adapter-paths').fill('^/(a+)+$');
    const started = Date.now();
    await options.getByTestId('adapter-save').click();
    const error = options.getByTestId('adapter-paths-error');
    await error.waitFor({ timeout: 10_000 });
    const took = Date.now() - started;
    expect(await error.textContent()).toContain('Dit patroon kan de browser vast laten lopen');
    expect(await options.getByTestId('adapter-form-problems').textContent()).toContain('Geldt voor pagina’s (patroon)');
    console.log(`[hostile-config] (a+)+$ refused in the options form ${took} ms after the click`);
    await saveScreenshot(options, 'hostile-config-redos-refused', true);
    // Nothing was stored.
    expect(await options.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('trede');
      open.onsuccess = () => {
        const request = open.result.transaction('adapters').objectStore('adapters').count();
        request.onsuccess = () => resolve(request.result);
      };
    }))).toBe(0);
    await options.close();
  });

  it('a 25 MB adapter file is refused by its size at once, and the page stays responsive', async () => {
    const options = await openOptions();
    // In the page: when the file was chosen, and when the refusal showed.
    await options.evaluate(() => {
      const w = window as unknown as { e2eChosen?: number; e2eShown?: number };
      document.addEventListener('change', () => (w.e2eChosen = performance.now()), true);
      new MutationObserver(() => {
        if (!w.e2eShown && document.querySelector('[data-testid="import-problem"]')) w.e2eShown = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await options.getByTestId('import-file').setInputFiles({ name: 'koppelingen.json', mimeType: 'application/json', buffer: Buffer.alloc(25 * 1024 * 1024, 0x20) });
    const problem = options.getByTestId('import-problem');
    await problem.waitFor({ timeout: 10_000 });
    const took = Date.now() - started;
    expect(await problem.textContent()).toContain('is 25 MB groot; Trede leest koppelingsbestanden tot 1 MB');
    const inPage = await options.evaluate(() => {
      const w = window as unknown as { e2eChosen: number; e2eShown: number };
      return w.e2eShown - w.e2eChosen;
    });
    expect(inPage).toBeLessThan(1_000);
    // The page answers at once: one round trip through its event loop.
    const tick = Date.now();
    await options.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const roundTrip = Date.now() - tick;
    console.log(`[hostile-config] 25 MB file refused ${inPage.toFixed(0)} ms after the page had it (${took} ms with the transfer from the test); then a round trip of ${roundTrip} ms`);
    expect(roundTrip).toBeLessThan(1_000);
    await options.close();
  });

  it('a web page cannot reach Trede: its messages and events change nothing', async () => {
    // The demo adapter, stored and allowed, so the content script runs on the page.
    const preset = demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo', origin);
    const pattern = `${origin}/*`;
    expect(await grantOrigin(context, { extensionId: browser.extensionId, extensionPageUrl: optionsUrl(), pattern })).toBe(true);
    const setup = await openOptions();
    await setup.evaluate(saveAdaptersInPage, [preset]);
    await setup.close();
    expect(await waitForRegistration(worker, pattern)).toBe(true);

    // The service worker counts what a forged message could set off, and every message it receives.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { e2e: { received: unknown[]; opened: unknown[]; registered: number; unregistered: number } };
      g.e2e = { received: [], opened: [], registered: 0, unregistered: 0 };
      chrome.runtime.onMessage.addListener((message: unknown, sender: { url?: string }) => {
        g.e2e.received.push({ message, url: sender.url });
        return undefined;
      });
      chrome.runtime.onMessageExternal?.addListener((message: unknown) => void g.e2e.received.push({ external: message }));
      chrome.sidePanel.onOpened?.addListener((info: unknown) => void g.e2e.opened.push(info));
      const register = chrome.scripting.registerContentScripts.bind(chrome.scripting);
      chrome.scripting.registerContentScripts = (...args: unknown[]) => {
        g.e2e.registered++;
        return register(...args);
      };
      const unregister = chrome.scripting.unregisterContentScripts.bind(chrome.scripting);
      chrome.scripting.unregisterContentScripts = (...args: unknown[]) => {
        g.e2e.unregistered++;
        return unregister(...args);
      };
    });
    const counts = () => worker.evaluate(() => (globalThis as unknown as { e2e: unknown }).e2e) as Promise<{ received: { message?: { kind?: string; forged?: boolean } }[]; opened: unknown[]; registered: number; unregistered: number }>;

    const host = await context.newPage();
    watch(host, 'host');
    // The page records every window message it sees, from the start.
    await host.addInitScript(() => {
      const w = window as unknown as { e2eHeard: unknown[] };
      w.e2eHeard = [];
      window.addEventListener('message', (event) => w.e2eHeard.push(event.data));
    });
    await host.goto(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await host.waitForFunction((tag) => !!document.querySelector(tag), BADGE, { timeout: 10_000 });
    const cdp = await context.newCDPSession(host);
    await expect.poll(() => badgeName(cdp, BADGE), { timeout: 10_000 }).toMatch(/nog geen screening/);
    const badgeBefore = await badgeName(cdp, BADGE);
    // What Trede's content script sent so far (rules, badge, detected) is its own; the forged ones come next.
    const before = await counts();

    const attempts = await host.evaluate(async (extensionId) => {
      const kinds = ['trede/open-panel', 'trede/adapters-changed', 'trede/rules', 'trede/badge', 'trede/state', 'trede/write-back', 'trede/test', 'trede/refresh'];
      const forged = (kind: string) => ({ kind, forged: true, href: location.href, reference: '999993367', text: 'vervalst', rules: { reference: {}, prefill: [] } });
      for (const kind of kinds) {
        window.postMessage(forged(kind), '*');
        window.top?.postMessage(forged(kind), '*');
        document.dispatchEvent(new CustomEvent(kind, { detail: forged(kind) }));
        window.dispatchEvent(new MessageEvent('message', { data: forged(kind) }));
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown>; connect?: unknown } } }).chrome?.runtime;
      const sendMessage = typeof runtime?.sendMessage;
      let sendError: string | null = null;
      if (runtime?.sendMessage) {
        try {
          await runtime.sendMessage(extensionId, forged('trede/open-panel'));
        } catch (e) {
          sendError = String(e);
        }
      }
      return { sendMessage, connect: typeof runtime?.connect, sendError };
    }, browser.extensionId);
    // Web pages have no channel to an extension without `externally_connectable`.
    expect(attempts.sendMessage === 'undefined' || attempts.sendError !== null).toBe(true);
    await host.waitForTimeout(1_000);

    const after = await counts();
    expect(after.received.filter((r) => r.message?.forged)).toEqual([]);
    expect(after.received.length).toBe(before.received.length);
    expect(after.opened).toEqual([]);
    expect([after.registered, after.unregistered]).toEqual([0, 0]);
    expect(await worker.evaluate(() => chrome.runtime.getManifest().externally_connectable ?? null)).toBeNull();
    expect(await badgeName(cdp, BADGE)).toBe(badgeBefore);
    expect(await host.locator(BADGE).count()).toBe(1);
    // Trede never speaks to the page through its window: everything the page heard, it sent itself.
    const heard = await host.evaluate(() => (window as unknown as { e2eHeard: { forged?: boolean }[] }).e2eHeard);
    expect(heard.filter((data) => !data?.forged)).toEqual([]);

    // The same service worker does react to Trede's own content script: a real click on the badge opens the panel.
    // Its host box spans the column; the button sits at its start (the pill a caseworker sees).
    const box = await host.locator(BADGE).boundingBox();
    await host.mouse.click(box!.x + 12, box!.y + 12);
    await expect.poll(async () => (await counts()).opened.length, { timeout: 5_000 }).toBe(1);
    expect(pageErrors).toEqual([]);
    await host.close();
  });
});
