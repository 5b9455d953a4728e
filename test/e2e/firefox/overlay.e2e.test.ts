// The overlay in Firefox ESR, against the demo system on a local port: an adapter saved without a user gesture
// gets no permission; "allow" with a real mouse click asks for the host without its port (Firefox refuses a
// pattern with one), is granted and registered; the badge sits next to the number; the panel follows the page, prefills a new
// intake and writes the summary back; the single-page app switches clients without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeNeighbour } from '../../../scripts/bench/badge-reader.mjs';
import { startDemoServer } from '../browser.js';
import { attributeOf, dumpDatabase, selectOption, seriousViolationsOn, textOf } from '../flows/panel-steps.js';
import { byTestId } from '../flows/surface.js';
import { type FirefoxSession, launchBuiltFirefox, openOptions, openPanel, saveFirefoxScreenshot, type Tab } from './session.js';

const ANOUK = '710204418';
const KEES = '710311528';
const BADGE = 'trede-badge';

/** The extension APIs, inside evaluate() callbacks that run in Trede's pages. */
declare const browser: any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Firefox: the overlay on the case-management system', () => {
  let ff: FirefoxSession;
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let host: Tab;
  let panel: Tab;

  const registered = (page: Tab) =>
    page.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s: { id: string; matches?: string[] }) => ({ id: s.id, matches: s.matches })));
  const grantedOrigins = (page: Tab) => page.evaluate(async () => (await browser.permissions.getAll()).origins as string[]);
  const neighbour = (page: Tab) => page.evaluate(badgeNeighbour, BADGE).then((n) => n?.text ?? null);
  /**
   * What the badge says to a screen reader: its button's accessible name, which is its aria-label. The badge
   * keeps it in a closed shadow root that the page cannot open; the driver can.
   */
  const badgeName = (page: Tab) =>
    page.evaluateInShadowRoot(BADGE, function (this: ShadowRoot) {
      return this.querySelector('button')?.getAttribute('aria-label') ?? null;
    });
  const clientKeyShown = () => attributeOf(panel, byTestId('client-panel'), 'data-client-key');

  /** Starts an intake for the followed client and finishes it straight away (the prefilled answers only). */
  async function intakeFromPage(): Promise<string[]> {
    await panel.click(byTestId('start-intake'));
    await panel.waitFor(byTestId('prefill-notice'));
    const marked = await panel.evaluate(() => Array.from(document.querySelectorAll('[data-testid^="prefilled-"]'), (e) => e.getAttribute('data-testid')!.slice('prefilled-'.length)));
    while (await panel.evaluate((sel) => document.querySelector(sel) !== null, byTestId('intake-next'))) {
      const step = await attributeOf(panel, byTestId('screen-intake'), 'data-step');
      await panel.click(byTestId('intake-next'));
      await expect.poll(() => attributeOf(panel, byTestId('screen-intake'), 'data-step')).not.toBe(step);
    }
    await panel.click(byTestId('intake-finish'));
    await panel.waitFor(byTestId('screen-results'), { timeoutMs: 15_000 });
    return marked.sort();
  }

  async function insertSummary(): Promise<void> {
    await panel.click(byTestId('insert-summary'));
    await expect.poll(() => textOf(panel, byTestId('insert-status')), { timeout: 10_000 }).toContain('ingevoegd');
  }

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    origin = new URL(server.url).origin;
    expect(new URL(origin).port).not.toBe('');
    ff = await launchBuiltFirefox();
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  /** Starts a new adapter from a preset in the options page, moved to the test server's origin. */
  async function newAdapterForm(options: Tab, presetId: string): Promise<void> {
    await selectOption(options, byTestId('adapter-start-from'), presetId);
    await options.click(byTestId('adapter-new'));
    await options.focus(byTestId('adapter-origin'));
    await options.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).select(), byTestId('adapter-origin'));
    await options.type(origin);
  }
  const formClosed = (options: Tab) => options.waitUntil((sel) => document.querySelector(sel) === null, { what: 'the form to close' }, byTestId('adapter-form'));

  it('saved by a script click (no user gesture), the adapter is kept but Firefox grants nothing and nothing is registered', async () => {
    const options = await openOptions(ff);
    expect(await seriousViolationsOn(options)).toEqual([]);
    expect(await grantedOrigins(options)).toEqual([]);
    await newAdapterForm(options, 'werkplein-demo');
    await options.evaluate((sel) => (document.querySelector(sel) as HTMLButtonElement).click(), byTestId('adapter-save'));
    await formClosed(options);
    await expect.poll(() => attributeOf(options, byTestId('adapter-permission'), 'data-granted'), { timeout: 10_000 }).toBe('false');
    expect(await grantedOrigins(options)).toEqual([]);
    expect(await registered(options)).toEqual([]);
    expect(await seriousViolationsOn(options)).toEqual([]);
    await options.close();
  });

  it('"allow" by a real mouse click: the host without the port is granted and the content script registered for it', async () => {
    const options = await openOptions(ff);
    await options.click(byTestId('adapter-allow'));
    await expect.poll(() => attributeOf(options, byTestId('adapter-permission'), 'data-granted'), { timeout: 10_000 }).toBe('true');
    expect(await grantedOrigins(options)).toEqual(['http://127.0.0.1/*']);
    await expect.poll(() => registered(options), { timeout: 10_000 }).toEqual([{ id: 'trede-overlay', matches: ['http://127.0.0.1/*'] }]);
    expect(await seriousViolationsOn(options)).toEqual([]);
    await saveFirefoxScreenshot(options, 'overlay-options-list', true);
    // The single-page app's adapter on the same origin, saved by a real click: granted, still one registration.
    await newAdapterForm(options, 'werkplein-demo-app');
    await options.click(byTestId('adapter-save'));
    await formClosed(options);
    await expect.poll(() => options.evaluate((sel) => Array.from(document.querySelectorAll(sel), (e) => e.getAttribute('data-granted')), byTestId('adapter-permission'))).toEqual(['true', 'true']);
    expect(await registered(options)).toEqual([{ id: 'trede-overlay', matches: ['http://127.0.0.1/*'] }]);
    await options.close();
  });

  it('the badge sits next to the client number on the system page', async () => {
    host = await ff.newTab(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await expect.poll(() => neighbour(host), { timeout: 10_000 }).toContain(ANOUK);
    const layer = await host.evaluate((tag) => {
      const hosts = document.querySelectorAll(tag);
      const el = hosts[0] as HTMLElement | undefined;
      return { count: hosts.length, inLayer: el?.parentNode === document.documentElement, shadowOpen: el?.shadowRoot !== null };
    }, BADGE);
    expect(layer).toEqual({ count: 1, inLayer: true, shadowOpen: false });
    await expect.poll(() => badgeName(host), { timeout: 10_000 }).toMatch(/nog geen screening/);
    await saveFirefoxScreenshot(host, 'overlay-multipage-badge');
  });

  it('multi-page system: the panel follows the page, prefills a new intake, and writes the summary back', async () => {
    panel = await openPanel(ff);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const status = await textOf(panel, byTestId('page-status'));
    expect(status).toContain('••••••418');
    expect(status).toContain('Werkplein Demo');
    expect(await textOf(panel, 'body')).not.toContain(ANOUK);
    expect(await intakeFromPage()).toEqual(['bg.age', 'bg.benefitMonths', 'bg.children', 'bg.yearsSinceLastJob', 'bg.youngestChildAge']);
    // The badge reads the new screening.
    await expect.poll(() => badgeName(host), { timeout: 10_000 }).toMatch(/screening van/);
    expect(await seriousViolationsOn(panel)).toEqual([]);
    await insertSummary();
    const notes = await host.evaluate(() => (document.querySelector('#notities') as HTMLTextAreaElement).value);
    expect(notes).toContain('Trede');
    expect(notes).not.toContain(ANOUK);
    // Inserted, not saved: the form was not submitted.
    expect(await host.evaluate((nr) => localStorage.getItem(`werkplein-demo:notities:${nr}`), ANOUK)).toBeNull();
    await saveFirefoxScreenshot(panel, 'overlay-multipage-panel');
  });

  it('single-page app: badge and panel follow a client switch without a reload', async () => {
    await host.goto(`${server.url}spa/klant/${KEES}`);
    await expect.poll(() => neighbour(host), { timeout: 10_000 }).toContain(KEES);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const keesKey = await clientKeyShown();
    await host.click(`#caselist a[href$="/spa/klant/${ANOUK}"]`);
    await expect.poll(() => neighbour(host), { timeout: 10_000 }).toContain(ANOUK);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).not.toBe(keesKey);
    // pushState only: the document stayed.
    expect(await host.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await host.evaluate((tag) => document.querySelectorAll(tag).length, BADGE)).toBe(1);
    // Back to Kees: prefill and write-back on the app's own markup.
    await host.back();
    await expect.poll(() => neighbour(host), { timeout: 10_000 }).toContain(KEES);
    await expect.poll(clientKeyShown, { timeout: 10_000 }).toBe(keesKey);
    expect(await intakeFromPage()).toEqual(expect.arrayContaining(['bg.age', 'bg.children', 'bg.yearsSinceLastJob', 'bg.benefitMonths']));
    await insertSummary();
    expect(await host.evaluate(() => (document.querySelector('textarea[data-veld="aantekening"]') as HTMLTextAreaElement).value)).toContain('Trede');
  });

  it('"test on the current tab" in the options page finds the system\'s tab (queried by the host, kept by exact origin)', async () => {
    await host.goto(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await expect.poll(() => neighbour(host), { timeout: 10_000 }).toContain(ANOUK);
    const options = await openOptions(ff);
    await options.click(`[data-testid="adapter-row"][data-id="werkplein-demo"] ${byTestId('adapter-edit')}`);
    // The form refuses every pattern until the pattern checker (a lazy chunk) has loaded, and a test clicked
    // before that says to fix the fields first; a caseworker clicks again, and so does this test.
    await expect
      .poll(
        async () => {
          await options.click(byTestId('adapter-test'));
          return options.waitFor(byTestId('test-report'), { timeoutMs: 2_000 }).then(() => true, () => false);
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(await textOf(options, byTestId('test-reference'))).toContain('••••••418');
    expect(await textOf(options, byTestId('test-report'))).not.toContain(ANOUK);
    expect(await seriousViolationsOn(options)).toEqual([]);
    await options.close();
  });

  it('no client number is stored in any of Trede\'s stores', async () => {
    const stored = await dumpDatabase(panel, 'trede');
    expect(stored).toContain('werkplein-demo');
    expect(stored).not.toContain(ANOUK);
    expect(stored).not.toContain(KEES);
  });

  it('deleting the adapters: the shared host permission stays while one needs it, the last one gives it back and nothing stays registered', async () => {
    const options = await openOptions(ff);
    for (const id of ['werkplein-demo', 'werkplein-demo-app']) {
      const row = `[data-testid="adapter-row"][data-id="${id}"]`;
      await options.click(`${row} ${byTestId('adapter-delete')}`);
      await options.click(`${row} ${byTestId('adapter-delete-confirm')}`);
      await options.waitUntil((sel) => document.querySelector(sel) === null, { what: `${id} gone from the list` }, row);
      await expect.poll(() => grantedOrigins(options)).toEqual(id === 'werkplein-demo' ? ['http://127.0.0.1/*'] : []);
    }
    await expect.poll(() => registered(options), { timeout: 10_000 }).toEqual([]);
    await options.close();
  });

  it('ran without script errors', () => {
    expect(ff.pageErrors).toEqual([]);
  });
});
