// The side panel's steps as a caseworker takes them, written once for both browsers (see surface.ts).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { TEST_PASSPHRASE } from '../../../scripts/lib/trede-ready.mjs';
import { byTestId, type Surface } from './surface.js';

/**
 * The panel is open and ready for work: the client screen shows. Every flow starts here, so this is the one
 * place for what comes before work: on a fresh install the first-run screen, where the test sets up
 * encryption at rest with the known test passphrase (the product's default), or the unlock screen.
 */
export async function panelReadyForWork(panel: Surface): Promise<void> {
  await readyForWork(panel, 'screen-client');
}

/** Any Trede page past the first-run choice or the lock: `ready` is the test id the page shows when it works. */
export async function readyForWork(panel: Surface, ready: string): Promise<void> {
  const screens = [ready, 'setup-screen', 'unlock-screen'].map(byTestId);
  await panel.waitFor(screens.join(', '), { timeoutMs: 15_000 });
  const shown = await panel.evaluate((selectors: string[]) => selectors.findIndex((s) => document.querySelector(s)), screens);
  if (shown === 1) {
    await panel.click(byTestId('setup-passphrase'));
    await panel.type(TEST_PASSPHRASE);
    await panel.click(byTestId('setup-repeat'));
    await panel.type(TEST_PASSPHRASE);
    await panel.click(byTestId('setup-acknowledge'));
    await panel.click(byTestId('setup-encrypt'));
  } else if (shown === 2) {
    await panel.click(byTestId('unlock-passphrase'));
    await panel.type(TEST_PASSPHRASE);
    await panel.press('Enter');
  }
  await panel.waitFor(byTestId(ready), { timeoutMs: 30_000 });
}

/** Opens a client by typing the reference into the client field and pressing Enter. */
export async function openClientByKeyboard(panel: Surface, reference: string): Promise<void> {
  await panel.focus(byTestId('client-ref'));
  await panel.type(reference);
  await panel.press('Enter');
  await panel.waitFor(byTestId('client-heading'));
}

/** How many questions the intake counts as answered (its progress bar, once it shows). */
export async function intakeProgress(panel: Surface): Promise<number> {
  await panel.waitFor(byTestId('intake-progress'));
  return Number(await panel.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-valuenow') ?? 'NaN', byTestId('intake-progress')));
}

/**
 * Tabs through the current step from where the focus is and answers every question the way a keyboard user
 * would: an arrow key in a radio group, Space on a checkbox, digits in a number field. Stops on the
 * next/finish button (or after `limit` answers) and returns where it stopped.
 */
export async function answerStepByKeyboard(panel: Surface, limit = Infinity): Promise<'next' | 'finish' | 'limit'> {
  let answered = 0;
  for (let presses = 0; presses < 600; presses++) {
    await panel.press('Tab');
    const el = await panel.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { testid: a?.getAttribute('data-testid') ?? '', type: a?.type ?? '', min: a?.min ?? '', inQuestion: !!a?.closest('fieldset[data-testid^="question-"]') };
    });
    if (el.testid === 'intake-next') return 'next';
    if (el.testid === 'intake-finish') return 'finish';
    if (!el.inQuestion || answered >= limit) continue;
    if (el.type === 'radio') await panel.press('ArrowDown');
    else if (el.type === 'checkbox') await panel.press('Space');
    else if (el.type === 'number') await panel.type(el.min || '1');
    else continue;
    answered++;
    if (answered >= limit) return 'limit';
  }
  throw new Error('the step never reached its next or finish button');
}

/** Whether the step heading has the focus (where the panel puts it after "next"). */
export const stepHeadingFocused = (panel: Surface): Promise<boolean> =>
  panel.evaluate((sel) => document.querySelector(sel) === document.activeElement, byTestId('intake-step-heading'));

/** Answers the remaining steps by keyboard and finishes; resolves when the results show. */
export async function finishIntakeByKeyboard(panel: Surface, waitUntil: (check: () => Promise<boolean>) => Promise<void>): Promise<void> {
  for (let steps = 0; steps < 20; steps++) {
    const stop = await answerStepByKeyboard(panel);
    await panel.press('Enter');
    if (stop === 'finish') break;
    await waitUntil(() => stepHeadingFocused(panel));
  }
  await panel.waitFor(byTestId('screen-results'), { timeoutMs: 15_000 });
}

/** An attribute of the first element matching `selector`, or null. */
export const attributeOf = (s: Surface, selector: string, name: string): Promise<string | null> =>
  s.evaluate((sel, attr) => document.querySelector(sel)?.getAttribute(attr) ?? null, selector, name);

/** The text of the first element matching `selector`, or null. */
export const textOf = (s: Surface, selector: string): Promise<string | null> => s.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page as it is now and returns the serious and critical violations. axe's source is
 * run by the driver (CDP or BiDi), not a <script> tag: extension pages forbid inline scripts.
 */
export async function seriousViolationsOn(page: Surface): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) await page.runScript(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Chooses an option in a <select> as the browser does on a choice: value set, then input and change. */
export async function selectOption(s: Surface, selector: string, value: string): Promise<void> {
  await s.waitFor(selector);
  const ok = await s.evaluate(
    (sel, v) => {
      const select = document.querySelector(sel) as HTMLSelectElement | null;
      if (!select || !Array.from(select.options).some((o) => o.value === v)) return false;
      select.focus();
      select.value = v;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    selector,
    value,
  );
  if (!ok) throw new Error(`${selector} has no option ${value}`);
}

/** Presses Tab until the element with this test id has the focus, then Enter: how a keyboard user gets there. */
export async function tabToAndPress(s: Surface, testId: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await s.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) {
      await s.press('Enter');
      return;
    }
    await s.press('Tab');
  }
  throw new Error(`${testId} was not reached with Tab`);
}

/** Every record of one of the extension's IndexedDB databases, as JSON (read inside an extension page). */
export function dumpDatabase(s: Surface, name: string): Promise<string> {
  return s.evaluate(
    (db) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const conn = open.result;
          const stores = Array.from(conn.objectStoreNames).sort();
          const tx = conn.transaction(stores, 'readonly');
          const out: Record<string, unknown> = {};
          for (const store of stores) {
            const req = tx.objectStore(store).getAll();
            req.onsuccess = () => (out[store] = req.result);
          }
          tx.oncomplete = () => {
            conn.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}
