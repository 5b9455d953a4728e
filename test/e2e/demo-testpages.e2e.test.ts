// The demo's test pages in Chromium, without the extension: they must do what the content-script tests
// rely on. vijandig.html keeps its markup inert, keeps rewriting itself and stays usable; druk.html is big,
// keeps ticking and shows a client number only on request.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension as launchChromium } from '../../scripts/lib/chromium.mjs';
import { saveScreenshot, startDemoServer } from './browser.js';

/** What the test pages put on window (cast inline: callbacks passed to page.evaluate run in the page). */
interface DemoWindow {
  __pwned?: number;
  __demoRewrites: number;
  __demoTableRebuilds: number;
  __demoSubmits?: number;
  __demoTicks: number;
  __demoTickMs: { last: number; max: number; total: number };
  demoShowClient(nr: string): number;
  demoHideClient(): number;
}

const NUMBER = '710204418'; // Anouk in clients.json
const MIB = 1 << 20;

describe('Werkplein Demo test pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
    browser = await launchChromium({ executablePath: inject('chromiumPath'), extensionPath: null });
    page = await browser.context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('vijandig.html (hostile)', () => {
    it('shows the client number in #klantnummer under the yellow bar', async () => {
      await page.goto(new URL(`vijandig.html?klantnummer=${NUMBER}`, server.url).href);
      await page.locator('body[data-status="klaar"]').waitFor();
      expect(await page.locator('#klantnummer').textContent()).toBe(NUMBER);
      expect(await page.locator('.fictief').textContent()).toMatch(/^Fictief/);
    });

    it('shows markup and script as text, around the number too, and none of it runs', async () => {
      const found = await page.evaluate(() => {
        const number = document.getElementById('klantnummer')!;
        return {
          next: number.nextElementSibling?.textContent ?? '',
          parent: number.parentElement?.textContent ?? '',
          name: document.getElementById('klant-naam')?.textContent ?? '',
          notes: document.getElementById('eerdere-notities')?.textContent ?? '',
          elements: document.querySelectorAll('body img, body svg, body iframe, body script').length,
        };
      });
      expect(found.next).toContain('<img src=x onerror=');
      expect(found.next).toContain('"><svg onload=');
      expect(found.parent).toContain('<script>window.__pwned=1</script>');
      expect(found.name).toContain('<img src=x onerror=');
      expect(found.notes).toContain('<script>');
      expect(found.elements).toBe(0);
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (globalThis as unknown as DemoWindow).__pwned)).toBeUndefined();
    });

    it('has right-to-left text and overrides in and next to the number’s parent', async () => {
      const { parent, next } = await page.evaluate(() => {
        const number = document.getElementById('klantnummer')!;
        return { parent: number.parentElement!.textContent!, next: number.nextElementSibling!.textContent! };
      });
      for (const text of [parent, next]) {
        expect(text).toContain('\u202E');
        expect(text).toContain('\u200F');
      }
      expect(parent).toMatch(/[\u0590-\u05FF]/); // Hebrew
      expect(next).toMatch(/[\u0600-\u06FF]/); // Arabic
    });

    it('holds one text node of at least 1 MiB characters', async () => {
      const node = await page.evaluate(() => {
        const nodes = document.getElementById('bijlage')!.childNodes;
        return { count: nodes.length, type: nodes[0]?.nodeType, length: (nodes[0] as Text | undefined)?.length ?? 0 };
      });
      expect(node).toMatchObject({ count: 1, type: 3 });
      expect(node.length).toBeGreaterThanOrEqual(MIB);
    });

    it('keeps rewriting: the messages every 50 ms, the whole facts table every 200 ms', async () => {
      type Marked = HTMLElement & { __seen?: boolean };
      const before = await page.evaluate(() => {
        const w = globalThis as unknown as DemoWindow;
        (document.getElementById('klantnummer') as Marked).__seen = true;
        return { rewrites: w.__demoRewrites, tables: w.__demoTableRebuilds };
      });
      await page.waitForTimeout(1000);
      const after = await page.evaluate(() => {
        const w = globalThis as unknown as DemoWindow;
        const number = document.getElementById('klantnummer') as Marked;
        return { rewrites: w.__demoRewrites, tables: w.__demoTableRebuilds, sameNode: Boolean(number.__seen), number: number.textContent };
      });
      // Nominally 20 + 5 a second; a loaded machine runs timers late, so ask for much less.
      expect(after.rewrites - before.rewrites).toBeGreaterThanOrEqual(8);
      expect(after.tables - before.tables).toBeGreaterThanOrEqual(2);
      expect(after).toMatchObject({ sameNode: false, number: NUMBER });
    });

    it('aims its CSS at injected elements, not at the page, and a badge that resets its host still wins', async () => {
      const styles = await page.evaluate(() => {
        const number = document.getElementById('klantnummer')!;
        const pick = (e: Element) => {
          const s = getComputedStyle(e);
          return { fontSize: s.fontSize, color: s.color, display: s.display, visibility: s.visibility, pointerEvents: s.pointerEvents };
        };
        // A plain injected badge, and one whose closed shadow root resets its host with !important.
        const naive = document.createElement('trede-badge');
        naive.textContent = 'Trede';
        const guarded = document.createElement('trede-badge');
        const root = guarded.attachShadow({ mode: 'closed' });
        const sheet = document.createElement('style');
        sheet.textContent =
          ':host { all: initial !important; display: inline-block !important; font: 13px/1.2 sans-serif !important; ' +
          'color: rgb(0, 0, 0) !important; direction: ltr !important; unicode-bidi: isolate !important; }';
        root.append(sheet, 'Trede');
        number.after(naive, guarded);
        const result = { page: pick(number), naive: pick(naive), guarded: pick(guarded), rem: getComputedStyle(document.documentElement).fontSize };
        naive.remove();
        guarded.remove();
        return result;
      });
      expect(styles.page).toMatchObject({ fontSize: '15px', pointerEvents: 'auto' });
      expect(styles.page.color).not.toBe('rgba(0, 0, 0, 0)');
      expect(styles.naive).toMatchObject({ fontSize: '30px', color: 'rgba(0, 0, 0, 0)', pointerEvents: 'none' });
      expect(styles.naive.display).not.toBe('none');
      expect(styles.naive.visibility).toBe('visible');
      expect(styles.guarded).toMatchObject({ fontSize: '13px', color: 'rgb(0, 0, 0)', display: 'inline-block', pointerEvents: 'auto' });
      expect(styles.rem).toBe('24px');
    });

    it('stays usable: the counter counts and the notes form submits without leaving the page', async () => {
      const url = page.url();
      const button = page.getByRole('button', { name: 'Teller +1' });
      for (let i = 0; i < 3; i++) await button.click();
      await expect.poll(() => page.locator('#teller').textContent()).toBe('3');
      await page.locator('textarea#notities').fill('Samenvatting vanuit de test.');
      await page.getByRole('button', { name: 'Notitie opslaan' }).click();
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as DemoWindow).__demoSubmits)).toBe(1);
      expect(page.url()).toBe(url);
      expect(await page.locator('textarea#notities').inputValue()).toBe('Samenvatting vanuit de test.');
      await saveScreenshot(page, 'demo-testpagina-vijandig', true);
    });
  });

  describe('druk.html (busy)', () => {
    it('builds at least 5,000 elements and no client number', async () => {
      await page.goto(new URL('druk.html', server.url).href);
      await page.locator('body[data-status="klaar"]').waitFor();
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(5000);
      expect(await page.locator('#klantnummer').count()).toBe(0);
    });

    it('ticks about ten times a second, cheaply, keeping its size', async () => {
      const sample = () =>
        page.evaluate(() => {
          const w = globalThis as unknown as DemoWindow;
          return { ticks: w.__demoTicks, ms: w.__demoTickMs, nodes: document.getElementsByTagName('*').length };
        });
      const before = await sample();
      await page.waitForTimeout(1000);
      const after = await sample();
      expect(after.ticks - before.ticks).toBeGreaterThanOrEqual(5);
      expect(after.nodes).toBe(before.nodes);
      expect(after.ms.total / after.ticks).toBeLessThan(5);
    });

    it('shows a client number on request, with the time of insertion, and removes it again', async () => {
      const shown = await page.evaluate((nr) => {
        const at = (globalThis as unknown as DemoWindow).demoShowClient(nr);
        const number = document.getElementById('klantnummer');
        return {
          at,
          now: performance.now(),
          text: number?.textContent,
          inFacts: Boolean(number?.closest('table.facts')),
          birth: document.querySelector('#geboortedatum time')?.getAttribute('datetime'),
        };
      }, NUMBER);
      expect(shown.at).toBeGreaterThan(0);
      expect(shown.at).toBeLessThanOrEqual(shown.now);
      expect(shown).toMatchObject({ text: NUMBER, inFacts: true, birth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      await saveScreenshot(page, 'demo-testpagina-druk');
      await page.evaluate(() => (globalThis as unknown as DemoWindow).demoHideClient());
      expect(await page.locator('#klantnummer').count()).toBe(0);
    });

    it('can start without ticking, for a baseline', async () => {
      await page.goto(new URL('druk.html?tikken=0', server.url).href);
      await page.locator('body[data-status="klaar"]').waitFor();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (globalThis as unknown as DemoWindow).__demoTicks)).toBe(0);
    });
  });

  it('ran both pages without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
