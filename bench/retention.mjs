// The retention sweep in Chromium's IndexedDB, with the built extension: 10,000 clients with 3 intakes each
// (30,000 full intake records, scored by @trede/core) and an audit entry per intake, their last activity
// spread over the past 700 days. The settings page previews with the default 24 months (nothing is past it:
// what every start-up sweep reads), then sets 12 months, previews and deletes (about 4,700 clients, 14,000
// intakes: the backlog of switching retention on late). The page times each from the click until its answer
// is in the DOM. Target: the sweep in ≤ 5 s.
//
//   node bench/retention.mjs          (uses the extension as last built: pnpm --filter @trede/extension build)
//
// Environment: TREDE_BENCH_CLIENTS=n (default 10000), TREDE_CHROMIUM=path (see scripts/lib/chromium.mjs),
// TREDE_EXTENSION_DIR=path (another build to measure, e.g. a copy of an older one; default: the last build).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { switchEncryptionOn } from '../scripts/bench/encryption.mjs';
import { countStoresInPage } from '../scripts/bench/panel.mjs';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { EXTENSION_DIR, unpackedExtensionPath } from '../scripts/lib/extension.mjs';

const log = (line) => console.error(`[bench:retention] ${line}`);
const CLIENTS = Number(process.env.TREDE_BENCH_CLIENTS) > 0 ? Number(process.env.TREDE_BENCH_CLIENTS) : 10_000;
const PER_CLIENT = 3;

const builtExtension = unpackedExtensionPath();
if (!builtExtension) {
  log('no built extension (or none in TREDE_EXTENSION_DIR): run pnpm --filter @trede/extension build first');
  process.exit(1);
}

// One intake as the panel stores it, scored by core: the clones differ in id, client and time only.
const require = createRequire(join(EXTENSION_DIR, 'package.json'));
const coreDir = dirname(require.resolve('@trede/core/package.json'));
const core = await import(join(coreDir, 'dist', 'index.js'));
const example = JSON.parse(readFileSync(join(coreDir, 'examples', 'intake.json'), 'utf8'));
const result = core.createScorer(core.DEFAULT_CATALOGUE, { approach: 'integrated' }).score(example);
const template = {
  id: example.id,
  clientKey: '0'.repeat(64),
  completedAt: new Date().toISOString(),
  response: example,
  result,
  engineVersion: result.engineVersion,
  instrumentVersions: Object.fromEntries(result.instruments.map((i) => [i.id, i.version])),
  overrides: {},
};

const workDir = mkdtempSync(join(tmpdir(), 'trede-bench-retention-'));
const extensionPath = join(workDir, 'chrome-mv3');
cpSync(builtExtension, extensionPath, { recursive: true });
// Seeded raw without encryption, then switched on: the sweep runs over sealed records, as installs keep them.
const browser = await launchWithExtension({ extensionPath, log, trede: 'plain' });
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('retention-select').waitFor();

  const seeded = await page.evaluate(
    async ({ template, clients, perClient }) => {
      const started = performance.now();
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open('trede');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const DAY = 86_400_000;
      const now = Date.now();
      for (let start = 0; start < clients; start += 250) {
        const tx = db.transaction(['clients', 'intakes', 'audit'], 'readwrite');
        for (let i = start; i < Math.min(clients, start + 250); i++) {
          const clientKey = (i + 1).toString(16).padStart(64, '0');
          const last = now - (1 + (i % 700)) * DAY;
          for (let k = 0; k < perClient; k++) {
            const completedAt = new Date(last - k * 120 * DAY).toISOString();
            const id = crypto.randomUUID();
            tx.objectStore('intakes').put({ ...template, id, clientKey, completedAt, response: { ...template.response, id } });
            tx.objectStore('audit').add({ at: completedAt, action: 'intake-completed', actor: null, clientKey, detail: { intakeId: id } });
          }
          tx.objectStore('clients').put({ key: clientKey, createdAt: new Date(last - 400 * DAY).toISOString(), lastIntakeAt: new Date(last).toISOString() });
        }
        await new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
      return { ms: performance.now() - started };
    },
    { template, clients: CLIENTS, perClient: PER_CLIENT },
  );
  log(`seeded ${CLIENTS} clients, ${CLIENTS * PER_CLIENT} intakes in ${(seeded.ms / 1000).toFixed(1)} s`);
  const before = await page.evaluate(countStoresInPage);
  const sealMs = await switchEncryptionOn(browser.context, browser.extensionId);
  log(`encryption switched on: every record sealed in place in ${(sealMs / 1000).toFixed(1)} s`);
  await page.reload();
  await page.getByTestId('retention-select').waitFor();

  // The page times itself: from the click until the answer is in the DOM.
  const timeUntil = (clickId, doneSelector) =>
    page.evaluate(
      ({ clickId, doneSelector }) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector(doneSelector)) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
          document.querySelector(`[data-testid="${clickId}"]`).click();
        }),
      { clickId, doneSelector },
    );

  const readOnlyMs = await timeUntil('retention-preview', '[data-testid="retention-none"]');
  await page.getByTestId('retention-select').selectOption('12');
  await page.getByTestId('retention-save').click();
  await page.getByTestId('retention-notice').waitFor();

  const previewMs = await timeUntil('retention-preview', '[data-testid="retention-clients"]');
  await page.getByTestId('retention-apply').click();
  const sweepMs = await timeUntil('retention-yes', '[data-testid="retention-notice"]');
  const notice = await page.getByTestId('retention-notice').textContent();
  const after = await page.evaluate(countStoresInPage);

  const figures = {
    name: 'extension-retention-sweep',
    encrypted: true,
    sealInPlaceSeconds: +(sealMs / 1000).toFixed(1),
    clients: CLIENTS,
    intakes: before.counts.intakes,
    clientsDeleted: before.counts.clients - after.counts.clients,
    nothingPastPeriodMs: Math.round(readOnlyMs),
    previewMs: Math.round(previewMs),
    sweepMs: Math.round(sweepMs),
    msPerClientDeleted: +(sweepMs / (before.counts.clients - after.counts.clients)).toFixed(2),
    intakesAfter: after.counts.intakes,
    clientsAfter: after.counts.clients,
    targetMs: 5_000,
    withinTarget: readOnlyMs <= 5_000 && sweepMs <= 5_000,
    notice,
  };
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
}
