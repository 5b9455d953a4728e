// `pnpm bench`, Firefox part: the side panel's open-to-results and answer-save figures in Firefox ESR, beside
// Chromium's from bench/extension.mjs (same store size, same runs, same in-page probes from
// scripts/bench/panel.mjs), driven over WebDriver BiDi (test/e2e/firefox/bidi.mjs). Figures, not pass/fail.
//
//   node bench/firefox.mjs [--no-build]
//
// Environment: TREDE_BENCH_QUICK, TREDE_BENCH_NO_BUILD, TREDE_BENCH_CLIENTS, TREDE_BENCH_RUNS,
// TREDE_BENCH_ANSWERS and TREDE_BENCH_IDLE_MS as for bench/extension.mjs; TREDE_FIREFOX=path for another Firefox;
// TREDE_FIREFOX_EXTENSION_DIR=path for another unpacked Firefox build (with TREDE_BENCH_NO_BUILD).
//
// How Firefox differs in the measuring: BiDi preload scripts do not run in moz-extension pages, so the probe
// is put in by the first evaluation after the navigation starts. A run where the client screen was already
// there by then has no "to client screen" time and is counted as `probeLate` (its other parts still count).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countStoresInPage, PANEL_VIEWPORT, panelProbe, readStoresInPage, seedInPage, timeAnswersInPage } from '../scripts/bench/panel.mjs';
import { buildExtension, EXTENSION_DIR } from '../scripts/lib/extension.mjs';
import { ensureFirefox, FIREFOX_EXTENSION_OUTPUT } from '../scripts/lib/firefox.mjs';
import { launchFirefox } from '../test/e2e/firefox/bidi.mjs';

const started = Date.now();
const env = process.env;
const QUICK = !!env.TREDE_BENCH_QUICK && env.TREDE_BENCH_QUICK !== '0';
// `--no-build`: `pnpm bench` passes it, bench/extension.mjs has just built both browsers.
const NO_BUILD = process.argv.includes('--no-build') || (!!env.TREDE_BENCH_NO_BUILD && env.TREDE_BENCH_NO_BUILD !== '0');
const intEnv = (name, fallback, min = 1) => {
  const v = Number(env[name]);
  return Number.isInteger(v) && v >= min ? v : fallback;
};
const CLIENTS = intEnv('TREDE_BENCH_CLIENTS', QUICK ? 1_000 : 10_000);
const RUNS = Math.max(15, intEnv('TREDE_BENCH_RUNS', QUICK ? 15 : 25));
const ANSWERS = Math.max(50, intEnv('TREDE_BENCH_ANSWERS', QUICK ? 50 : 100));
const IDLE_MS = intEnv('TREDE_BENCH_IDLE_MS', 3_000, 2_500);
const TARGET_REFERENCE = 'TB-2026-0042';
const SAVE_REFERENCE = 'TB-2026-SAVE';
const TARGETS = { openToResultsMedianMs: 150, answerSaveMedianMs: 10 };

const log = (line) => console.error(`[bench:firefox] ${line}`);
const results = [];
function report(entry) {
  results.push(entry);
  console.log(JSON.stringify(entry));
}
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : +x.toFixed(1));
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const stats = (xs) => (xs.length ? { medianMs: ms(median(xs)), p90Ms: ms(percentile(xs, 90)), minMs: ms(Math.min(...xs)), maxMs: ms(Math.max(...xs)) } : { medianMs: null });

/** The HMAC domain prefix of src/client-key.ts, read from the source as bench/extension.mjs does. */
function clientKeyContext() {
  const m = /const CONTEXT = '([^']*)'/.exec(readFileSync(join(EXTENSION_DIR, 'src', 'client-key.ts'), 'utf8'));
  return m ? m[1].replace(/\\n/g, '\n') : 'trede.client-key/1\n';
}

if (!NO_BUILD) {
  const built = await buildExtension({ log, output: 'quiet' });
  if (!built.ok) {
    log(`cannot bench: ${built.reason}`);
    process.exit(1);
  }
}
const FIREFOX_BUILD = env.TREDE_FIREFOX_EXTENSION_DIR || FIREFOX_EXTENSION_OUTPUT;
if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
  log(`no Firefox build in ${FIREFOX_BUILD}; build the extension (pnpm --filter @trede/extension build)`);
  process.exit(1);
}
// A private copy: other people may rebuild .output while the bench runs.
const workDir = mkdtempSync(join(tmpdir(), 'trede-bench-firefox-'));
const extensionCopy = join(workDir, 'firefox-mv3');
cpSync(FIREFOX_BUILD, extensionCopy, { recursive: true });

const ff = await launchFirefox({ executablePath: await ensureFirefox({ log }), extensionPath: extensionCopy, log });
const panelUrl = `${ff.extensionBase}sidepanel.html`;

// The first-run choice: without encryption, as in the first part of the Chromium bench (the store is seeded
// with raw records); bench/extension.mjs measures the encrypted store beside it.
{
  const first = await ff.newTab(undefined, PANEL_VIEWPORT);
  await first.goto(panelUrl);
  await first.click('[data-testid="setup-plain"]', { timeoutMs: 15_000 });
  await first.waitFor('[data-testid="client-ref"]', { timeoutMs: 15_000 });
  await first.close();
}

/** A new panel tab whose probe (scripts/bench/panel.mjs) went in as early as BiDi allows. */
async function openProbedPanel() {
  const tab = await ff.newTab(undefined, PANEL_VIEWPORT);
  await ff.bidi.send('browsingContext.navigate', { context: tab.context, url: panelUrl, wait: 'none' });
  const expression = `(() => {
    if (!location.pathname.endsWith('/sidepanel.html')) return 'not yet';
    if (window.__tredeBench) return 'had';
    const early = !document.querySelector('[data-testid="client-ref"]');
    (${panelProbe})();
    return early ? 'early' : 'late';
  })()`;
  for (let tries = 0; tries < 400; tries++) {
    const answer = await ff.bidi.send('script.evaluate', { expression, target: { context: tab.context }, awaitPromise: false }).catch(() => null);
    const state = answer?.type === 'success' ? answer.result.value : 'not yet';
    if (state !== 'not yet') {
      await tab.waitFor('[data-testid="client-ref"]', { timeoutMs: 15_000 });
      return { tab, early: state === 'early' };
    }
    await new Promise((ok) => setTimeout(ok, 5));
  }
  throw new Error('the panel page never started');
}

/** Answers every step of the open intake by keyboard and finishes it (the record the seeding copies). */
async function intakeByKeyboard(tab) {
  for (let steps = 0; steps < 40; steps++) {
    for (let round = 0; round < 5; round++) {
      const next = await tab.evaluate(() => {
        const set = document.querySelector('fieldset[data-testid^="question-"][data-answered="false"]');
        const input = set?.querySelector('input');
        if (!input) return null;
        input.focus();
        return { type: input.type, min: input.min };
      });
      if (!next) break;
      if (next.type === 'radio') await tab.press('ArrowDown');
      else if (next.type === 'checkbox') await tab.press('Space');
      else {
        await tab.type(next.min && Number(next.min) > 0 ? next.min : '1');
        await tab.press('Tab');
      }
    }
    await tab.waitFor('[data-testid="draft-status"][data-state="saved"]');
    const finish = await tab.evaluate(() => document.querySelector('[data-testid="intake-finish"]') !== null);
    if (finish) {
      await tab.click('[data-testid="intake-finish"]');
      await tab.waitFor('[data-testid="screen-results"] [data-testid="ladder"]', { timeoutMs: 15_000 });
      return;
    }
    const step = await tab.evaluate(() => document.querySelector('[data-testid="screen-intake"]')?.getAttribute('data-step'));
    await tab.click('[data-testid="intake-next"]');
    await tab.waitUntil((prev) => document.querySelector('[data-testid="screen-intake"]')?.getAttribute('data-step') !== prev, { what: 'the next step' }, step);
  }
  throw new Error('the intake never reached its finish button');
}

async function openClient(tab, reference) {
  await tab.focus('[data-testid="client-ref"]');
  await tab.type(reference);
  await tab.press('Enter');
  await tab.waitFor('[data-testid="start-intake"]');
}

/** One run: panel opened, reference typed, Enter, latest intake, "open results", the ladder. */
async function openToResults(reference, idleMs = 0) {
  if (idleMs) await new Promise((ok) => setTimeout(ok, idleMs));
  const { tab, early } = await openProbedPanel();
  try {
    await tab.focus('[data-testid="client-ref"]');
    await tab.type(reference);
    await tab.press('Enter');
    await tab.waitFor('[data-testid="latest-intake"]');
    await tab.click('[data-testid="open-results"]');
    await tab.waitFor('[data-testid="screen-results"] [data-testid="ladder"]');
    await tab.waitUntil(() => window.__tredeBench?.frame !== undefined, { what: 'the results painted' });
    const m = await tab.evaluate(() => ({ ...window.__tredeBench }));
    const run = { toClientScreen: early ? m.ready : null, toLatestIntake: m.latest - m.submit, toResults: m.results - m.click, toResultsPainted: m.frame - m.click };
    return { ...run, total: early ? run.toClientScreen + run.toLatestIntake + run.toResults : null };
  } finally {
    await tab.close();
  }
}

function reportRuns(name, runs, extra) {
  const pick = (k) => runs.map((r) => r[k]).filter((x) => x !== null);
  const total = stats(pick('total'));
  report({
    benchmark: name,
    browser: 'firefox',
    runs: runs.length,
    probeLate: runs.filter((r) => r.total === null).length,
    ...total,
    targetMedianMs: TARGETS.openToResultsMedianMs,
    withinTarget: total.medianMs !== null && total.medianMs <= TARGETS.openToResultsMedianMs,
    toClientScreenMs: ms(median(pick('toClientScreen'))),
    toLatestIntakeMs: ms(median(pick('toLatestIntake'))),
    toResultsMs: ms(median(pick('toResults'))),
    toResultsPaintedMs: ms(median(pick('toResultsPainted'))),
    ...extra,
  });
}

try {
  let t = Date.now();
  const { tab: first } = await openProbedPanel();
  await openClient(first, TARGET_REFERENCE);
  await first.click('[data-testid="start-intake"]');
  await first.waitFor('[data-testid="screen-intake"][data-step]');
  await intakeByKeyboard(first);
  const raw = await first.evaluate(readStoresInPage, ['intakes']);
  if (raw.intakes.length !== 1) throw new Error(`expected the one intake made through the UI, found ${raw.intakes.length}`);
  const template = raw.intakes[0];
  log(`one intake through the UI in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  const seeded = await first.evaluate(seedInPage, { template, clients: CLIENTS - 1, perClient: 3, batch: 250, refPrefix: 'BENCH-', checkReference: TARGET_REFERENCE, context: clientKeyContext() });
  const store = await first.evaluate(countStoresInPage);
  await first.close();
  report({ benchmark: 'firefox-store', browser: 'firefox', clients: store.counts.clients, intakes: store.counts.intakes, seedSeconds: +((Date.now() - t) / 1000).toFixed(1), seededKeysAreHmac: seeded.openable });

  const warmup = [await openToResults(TARGET_REFERENCE), await openToResults(TARGET_REFERENCE)];
  const idle = [];
  for (let i = 0; i < RUNS; i++) idle.push(await openToResults(TARGET_REFERENCE, IDLE_MS));
  reportRuns('firefox-open-to-results', idle, { clients: store.counts.clients, intakes: store.counts.intakes, store: `${IDLE_MS} ms idle before each run`, firstRunAfterSeedingMs: ms(warmup[0].total) });
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await openToResults(TARGET_REFERENCE));
  reportRuns('firefox-open-to-results-warm', warm, { clients: store.counts.clients, store: 'back to back' });

  const { tab: savePage } = await openProbedPanel();
  await openClient(savePage, SAVE_REFERENCE);
  await savePage.click('[data-testid="start-intake"]');
  await savePage.waitFor('[data-testid="screen-intake"][data-step]');
  const saves = await savePage.evaluate(timeAnswersInPage, { count: ANSWERS, warmup: 5, pauseMs: 20 });
  await savePage.close();
  const saved = stats(saves.map((s) => s.toSaved));
  report({
    benchmark: 'firefox-answer-save',
    browser: 'firefox',
    answers: saves.length,
    ...saved,
    targetMedianMs: TARGETS.answerSaveMedianMs,
    withinTarget: saved.medianMs !== null && saved.medianMs <= TARGETS.answerSaveMedianMs,
    toSavingRenderedMedianMs: ms(median(saves.map((s) => s.toSaving))),
    clients: store.counts.clients,
  });
} finally {
  await ff.close();
  rmSync(workDir, { recursive: true, force: true });
}

report({ benchmark: 'firefox-bench', seconds: +((Date.now() - started) / 1000).toFixed(1), quick: QUICK, built: !NO_BUILD, pageErrors: ff.pageErrors.length, ...(ff.pageErrors.length ? { firstPageError: ff.pageErrors[0].slice(0, 200) } : {}) });

console.log('\nSummary (Firefox; Chromium\'s figures are in the extension summary above)');
for (const r of results) console.log(' ', Object.entries(r).map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`).join('  '));
