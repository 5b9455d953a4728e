// The overlay part of `pnpm bench` (bench/extension.mjs): how fast the badge follows a client on a busy page,
// and whether the content script blocks that page. The in-page measuring is in overlay-page.mjs, the
// adapter and permission set-up in overlay-setup.mjs.
//
// Two demo servers: one whose origin has the werkplein-demo adapter and the granted permission (the content
// script is registered there), and one on another port with neither (same browser, same extension loaded,
// nothing injected) — the baseline for the long-task comparison.
import { startDemoServer } from '../../extension/demo/server.mjs';
import { badgeName, PENDING_NAME } from './badge-reader.mjs';
import { badgeRunInPage, hideClientInPage, longTaskWindowInPage, modernLongTaskWindowInPage, modernSwitchInPage } from './overlay-page.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from './overlay-setup.mjs';

export const BADGE_TAG = 'trede-badge';
const PRESET_ID = 'werkplein-demo';
/** The modern single-page variant (extension/demo/modern/): hash routes, shadow root, skeleton first. */
const MODERN_PRESET_ID = 'werkplein-demo-modern';

/**
 * Saves the preset for one demo server's origin, grants it and waits for the registration. Resolves with the
 * busy page's address on both servers, or throws saying which step failed.
 */
export async function setUpOverlay({ context, worker, extensionId, extensionDir, log }) {
  const granted = await startDemoServer({ port: 0, log: () => {} });
  const plain = await startDemoServer({ port: 0, log: () => {} });
  const close = async () => {
    await granted.close();
    await plain.close();
  };
  try {
    const origin = new URL(granted.url).origin;
    const adapter = demoPreset(extensionDir, PRESET_ID, origin);
    if (!adapter) throw new Error(`no preset ${PRESET_ID} in extension/src/adapters/presets.json`);
    const modern = demoPreset(extensionDir, MODERN_PRESET_ID, origin);
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    // The side panel opens (and so creates) Trede's database.
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    await panel.getByTestId('screen-client').waitFor();
    await panel.evaluate(saveAdaptersInPage, modern ? [adapter, modern] : [adapter]);
    await panel.close();
    const pattern = `${origin}/*`;
    if (!(await grantOrigin(context, { extensionId, extensionPageUrl: panelUrl, pattern }))) throw new Error(`the permission request for ${pattern} was refused`);
    if (!(await waitForRegistration(worker, pattern))) throw new Error(`the background did not register the content script for ${pattern}`);
    log(`overlay: adapter ${PRESET_ID} saved and ${pattern} granted; baseline origin ${new URL(plain.url).origin} has neither`);
    return {
      withUrl: new URL('druk.html', granted.url).href,
      withoutUrl: new URL('druk.html', plain.url).href,
      // Null when the checkout has no modern preset (an older extension being benched).
      modern: modern ? { withUrl: new URL('modern/#/klanten', granted.url).href, withoutUrl: new URL('modern/#/klanten', plain.url).href } : null,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Opens druk.html (ticking unless `ticking` is false) and waits for it to be built. */
export async function openBusyPage(context, url, { ticking = true, pageErrors = [] } = {}) {
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(ticking ? url : `${url}?tikken=0`);
  await page.waitForSelector('body[data-status="klaar"]');
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { page, nodes };
}

const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Ms from `started` (performance.now() of this process) until the badge's accessible name says more than
 * 'Trede' alone, read over the DevTools protocol (the page itself cannot tell); null after `timeoutMs`.
 * Each look costs a few DevTools round trips, so the figure is a few ms above the real one.
 */
async function settledSince(cdp, started, timeoutMs) {
  for (;;) {
    const name = await badgeName(cdp, BADGE_TAG).catch(() => null);
    const now = performance.now();
    if (name && name !== PENDING_NAME) return now - started;
    if (now - started > timeoutMs) return null;
  }
}

/**
 * `runs` measured shows of a client (after `warmup` unmeasured ones), hidden again after each. The pause
 * between runs varies (150–290 ms) so the shows land at different points of the page's 100 ms tick.
 * Resolves with one { nr, inserted, frame, settled, firstShow } per measured run (ms; null = not seen):
 * `inserted` and `frame` measured in the page, `settled` (the badge shows what the background answered: one
 * message round trip the first time a number is shown, the content script's cache after that) from here.
 */
export async function measureBadgeLatency(page, { runs, warmup = 3, numbers, timeoutMs = 5_000 }) {
  const out = [];
  const seen = new Set();
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < warmup + runs; i++) {
    const nr = numbers[i % numbers.length];
    const started = performance.now();
    const settling = settledSince(cdp, started, timeoutMs);
    const inPage = await page.evaluate(badgeRunInPage, { nr, tag: BADGE_TAG, timeoutMs });
    const run = { ...inPage, settled: await settling };
    if (!(await page.evaluate(hideClientInPage, { tag: BADGE_TAG, timeoutMs }))) throw new Error('the badge stayed after the client was hidden');
    const firstShow = !seen.has(nr);
    seen.add(nr);
    if (i >= warmup) out.push({ nr, ...run, firstShow });
    await pause(150 + ((i * 37) % 141));
  }
  return out;
}

/** One long-task window (see longTaskWindowInPage) on a freshly opened busy page. */
export async function measureLongTasks(context, url, { durationMs, toggleMs = 500, numbers, pageErrors }) {
  const { page, nodes } = await openBusyPage(context, url, { pageErrors });
  try {
    // Let the content script (if any) start, as a caseworker's page would have been open a moment.
    await pause(1_000);
    const result = await page.evaluate(longTaskWindowInPage, { durationMs, toggleMs, numbers, tag: BADGE_TAG });
    return { nodes, ...result };
  } finally {
    await page.close();
  }
}

/** Opens the modern demo's client list and waits for it. */
async function openModern(context, url, pageErrors) {
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(url);
  await page.waitForSelector('#app[data-status="klaar"][data-route="lijst"]');
  return page;
}

/**
 * The badge on the modern demo: `runs` measured client switches by hash change (after `warmup`), each from the
 * page filling in the new number after its skeleton to the badge going in next to it (inside a shadow root).
 */
export async function measureModernSwitches(context, url, { runs, warmup = 3, numbers, timeoutMs = 5_000, pageErrors = [] }) {
  const page = await openModern(context, url, pageErrors);
  try {
    const out = [];
    for (let i = 0; i < warmup + runs; i++) {
      const run = await page.evaluate(modernSwitchInPage, { nr: numbers[i % numbers.length], tag: BADGE_TAG, timeoutMs });
      if (i >= warmup) out.push(run);
      await pause(100 + ((i * 37) % 141));
    }
    return { nodes: await page.evaluate(() => document.getElementsByTagName('*').length), runs: out };
  } finally {
    await page.close();
  }
}

/** One long-task window on a freshly opened modern demo, switching clients every `switchMs`. */
export async function measureModernLongTasks(context, url, { durationMs, switchMs = 500, numbers, pageErrors = [] }) {
  const page = await openModern(context, url, pageErrors);
  try {
    await pause(1_000);
    return await page.evaluate(modernLongTaskWindowInPage, { durationMs, switchMs, numbers, tag: BADGE_TAG });
  } finally {
    await page.close();
  }
}
