// What the product says about risk, in real Chromium with the built extension: a fictional client whose
// chances of dropping out lie above the study group's is never called low, every band comes with the chance
// as a natural frequency next to the study group's, the chance of work has a section of its own, and the
// badge on the case-management page says all of it to a screen reader. axe checks the results screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from '../../scripts/bench/overlay-setup.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, REPO_ROOT, saveScreenshot, startDemoServer } from './browser.js';

type Answer = number | boolean | string | string[];
interface Persona {
  id: string;
  intake: { answers: Record<string, Answer> };
}
const personas = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/core/examples/personas.json'), 'utf8')) as Persona[];
const anouk = personas.find((p) => p.id === 'anouk')!;
/** Anouk's client number on the Werkplein Demo (extension/demo). */
const ANOUK = '710204418';

/** Low words of the old bands and of the new ones: none may describe a chance above the study group's. */
const LOW = /\blaag\b|lager dan gemiddeld|\blow\b|below average/;

describe('risk told honestly, in the side panel and on the badge', () => {
  let browser: ExtensionBrowser;
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };
  let panel: Page;
  let host: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
    const origin = new URL(server.url).origin;
    browser = await launchBuiltExtension();
    context = browser.context;
    const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const setup = await context.newPage();
    await setup.goto(panelUrl);
    await setup.getByTestId('screen-client').waitFor();
    // The demo system's adapter, allowed for its origin, as a caseworker sets it up on the options page.
    await setup.evaluate(saveAdaptersInPage, [demoPreset(join(REPO_ROOT, 'extension'), 'werkplein-demo', origin)]);
    await setup.close();
    expect(await grantOrigin(context, { extensionId: browser.extensionId, extensionPageUrl: panelUrl, pattern: `${origin}/*` })).toBe(true);
    expect(await waitForRegistration(browser.serviceWorker!, `${origin}/*`)).toBe(true);
    host = await context.newPage();
    host.on('pageerror', (err) => pageErrors.push(`host: ${err.message}`));
    await host.goto(`${server.url}klant.html?klantnummer=${ANOUK}`);
    await host.locator('#klantnummer').filter({ hasText: ANOUK }).waitFor();
    // The panel opens next to the client's page and follows it.
    panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    panel.on('pageerror', (err) => pageErrors.push(`panel: ${err.message}`));
    await panel.goto(panelUrl);
    await panel.getByTestId('screen-client').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Answers every question of the current step that the persona answered; questions that appear on an answer are answered too. */
  async function answerStep(answers: Record<string, Answer>): Promise<void> {
    const done = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const ids = await panel.locator('fieldset[data-testid^="question-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('question-'.length)));
      const todo = ids.filter((id) => !done.has(id) && id in answers);
      if (!todo.length) return;
      for (const id of todo) {
        done.add(id);
        const value = answers[id]!;
        const question = panel.getByTestId(`question-${id}`);
        if (Array.isArray(value)) {
          for (const code of value) await question.locator(`input[type="checkbox"][value="${code}"]`).check();
        } else if ((await question.locator('input[type="number"]').count()) > 0) {
          await question.locator('input[type="number"]').fill(String(value));
          await question.locator('input[type="number"]').press('Tab');
        } else {
          await question.locator(`input[type="radio"][value="${String(value)}"]`).check();
        }
      }
    }
  }

  it('Anouk’s own answers, through the intake the panel prefilled from her page', async () => {
    await expect.poll(() => panel.getByTestId('client-panel').getAttribute('data-client-key'), { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    await panel.getByTestId('start-intake').click();
    await panel.getByTestId('screen-intake').waitFor();
    for (let step = 0; step < 20; step++) {
      await answerStep(anouk.intake.answers);
      if (await panel.getByTestId('intake-finish').count()) break;
      await panel.getByTestId('intake-next').click();
    }
    await panel.getByTestId('intake-finish').click();
    await panel.getByTestId('screen-results').waitFor();
    expect(await panel.getByTestId('ladder').getAttribute('data-position')).toBe('4');
  });

  it('never calls a dropout chance above the study group’s low, and always gives the chance next to the study group’s', async () => {
    for (const moment of ['before-start', 'during']) {
      const card = panel.getByTestId(`risk-${moment}`);
      expect(await card.getAttribute('data-kind')).toBe('dropout');
      expect(['higher', 'much-higher']).toContain(await card.getAttribute('data-band'));
      const band = (await card.getByTestId('risk-band').textContent())!;
      expect(band).not.toMatch(LOW);
      expect(band).toMatch(/hoger dan gemiddeld/);
      expect(await card.getByTestId('risk-probability').textContent()).toMatch(/ongeveer \d+ van de (10|100) \(studiegroep: ongeveer \d+ van de (10|100)\)/);
      const factors = await card.getByTestId('factor').allTextContents();
      for (const f of factors) expect(f).not.toMatch(/verhoogt het risico|verlaagt het risico|log-odds/);
    }
    await saveScreenshot(panel, 'risk-honesty-results', true);
  });

  it('keeps the chance of work in a section of its own, stated the right way round', async () => {
    const dropout = panel.getByTestId('risk-section-dropout');
    const work = panel.getByTestId('risk-section-work');
    expect(await dropout.getByTestId('risk-outflow').count()).toBe(0);
    expect(await work.getByTestId('risk-outflow').count()).toBe(1);
    expect(await work.locator('h3').textContent()).toBe('Kans op werk of studie');
    const card = work.getByTestId('risk-outflow');
    expect(await card.getAttribute('data-kind')).toBe('work');
    expect(['lower', 'much-lower']).toContain(await card.getAttribute('data-band'));
    expect(await card.getByTestId('risk-band').textContent()).toMatch(/lager dan gemiddeld/);
    expect(await card.getByTestId('risk-probability').textContent()).toMatch(/ongeveer \d+ van de 100 \(studiegroep: ongeveer 9 van de 100\)/);
  });

  it('shows each model’s N, significance and what its outcome includes one keyboard step away, and passes axe', async () => {
    const about = panel.getByTestId('risk-during').getByTestId('about-model');
    await about.locator('summary').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const text = (await about.textContent())!;
    expect(text).toContain('103');
    expect(text).toContain('alleen significant op het 10%-niveau');
    expect(text).toContain('77 doorverwezen naar zorg');
    const violations = await seriousViolations(panel);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  });

  it('the badge: position of 12, the highest dropout band with its chance, and the full statement for screen readers', async () => {
    await host.bringToFront();
    await host.reload();
    await host.locator('#klantnummer').filter({ hasText: ANOUK }).waitFor();
    // The badge lives in a closed shadow root: read it as assistive technology does, through the accessibility tree.
    const cdp = await context.newCDPSession(host);
    const badge = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; role?: { value?: string } }[] };
      return nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '').find((name) => name.includes('Trede')) ?? '';
    };
    await expect.poll(badge, { timeout: 10_000 }).toMatch(/positie 4 van 12/);
    const name = await badge();
    expect(name).toMatch(/uitval/i);
    expect(name).toMatch(/hoger dan gemiddeld/);
    expect(name).toMatch(/ongeveer \d+ van de (10|100)/);
    expect(name).toMatch(/studiegroep: ongeveer \d+ van de (10|100)/);
    expect(name).not.toMatch(/ladder 4\b/);
    // The dropout band is not mixed with the chance of work: that one is said apart, as a chance of work.
    const dropoutPart = name.split(/Kans op werk of studie/)[0]!;
    expect(dropoutPart).not.toMatch(LOW);
    expect(name).toContain('Kans op werk of studie');
    await saveScreenshot(host, 'risk-honesty-badge');
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
