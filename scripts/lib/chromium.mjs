// Finding, installing and launching Chromium with the Trede extension loaded.
// Shared by scripts/demo.mjs and the end-to-end tests (test/e2e/browser.ts): one launch logic for both.
//
// Chromium comes from Debian (`apt-get install chromium`); Playwright's own browser downloads are never used.
// playwright-core drives it over CDP and is imported lazily, so the parts that only spawn Chromium work without it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDebianBrowser, findExecutable } from './debian-browser.mjs';
import { computeExtensionId } from './extension.mjs';
import { makeTredeReady } from './trede-ready.mjs';

/** Where Chromium is looked for, in order. TREDE_CHROMIUM overrides all of them. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/**
 * Flags that keep the browser's own background traffic off: no background networking, component or
 * extension updates, sync, default apps, domain-reliability reports, hyperlink-auditing pings, metrics or
 * crash uploads, phishing-model downloads, first-run pages.
 *
 * What Chromium 156 still sends with all of these (seen in its network log by
 * test/e2e/nothing-leaves.e2e.test.ts): the sign-in cookie check (accounts.google.com/ListAccounts), the
 * on-device-model manifest check of the component updater (update.googleapis.com), and — on pages with a
 * form — autofill's field predictions (content-autofill.googleapis.com). No switch turns the first two off,
 * and the third only `--disable-features=AutofillServerCommunication`, which under Playwright would replace
 * its own --disable-features list; the person-facing launch below does pass it. None of them comes from
 * Trede, and the test tells them apart: they have no page and no origin.
 */
export const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--metrics-recording-only',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Flags for every automated (headless) run: no sandbox (root, containers), no GPU, nothing that phones home. */
export const HEADLESS_ARGS = ['--no-sandbox', '--disable-gpu', ...QUIET_ARGS, '--disable-dev-shm-usage'];

/** The Chromium executable, or null. */
export function findChromium(env = process.env) {
  return findExecutable('TREDE_CHROMIUM', CHROMIUM_CANDIDATES, env);
}

/** "Chromium 156.0.8078.79 built on Debian…" → 156, or null when it cannot be read. */
export function chromiumMajorVersion(executablePath) {
  const out = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const m = /(\d+)\.\d+\.\d+/.exec(`${out.stdout ?? ''}`);
  return m ? Number(m[1]) : null;
}

export const INSTALL_HINT =
  'Chromium is needed and was not found. Install it with:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium\n' +
  'or point TREDE_CHROMIUM at a Chromium executable. (Google Chrome ignores --load-extension since version 137; use Chromium.)';

/**
 * Returns the Chromium executable. When it is missing and we are root on a Debian-like system with
 * `install` true (the default), installs Debian's `chromium` package with apt-get, printing each step.
 * Otherwise throws an error that says how to install it.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export function ensureChromium({ install = true, log = (line) => console.error(line) } = {}) {
  return ensureDebianBrowser({ label: 'Chromium', pkg: 'chromium', envVar: 'TREDE_CHROMIUM', candidates: CHROMIUM_CANDIDATES, hint: INSTALL_HINT, install, log });
}

/**
 * Removes a temporary profile. Chromium's helper processes can still be writing to it for a moment
 * after the browser process exits, so this retries for a few seconds and never throws.
 */
export async function removeProfileDir(dir, log = (line) => console.error(line)) {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await rm(dir, { recursive: true, force: true });
      return true;
    } catch {
      await new Promise((ok) => setTimeout(ok, 300));
    }
  }
  log(`Could not remove the temporary profile ${dir}; remove it by hand.`);
  return false;
}

/** Chromium flags that load one unpacked extension and no other. */
export function extensionArgs(extensionPath) {
  const abs = resolve(extensionPath);
  return [`--disable-extensions-except=${abs}`, `--load-extension=${abs}`];
}

/**
 * Launches Chromium (headless by default) with the unpacked extension at `extensionPath` loaded, in a
 * fresh temporary profile, and waits for the extension's service worker to learn its id.
 *
 * Extensions need Chromium's new headless mode. Since Chromium 132 plain `--headless` is that mode, so
 * Playwright's `headless: true` works; for older builds we pass `--headless=new` ourselves.
 *
 * @param {{
 *   extensionPath?: string | null,   // unpacked extension folder (with manifest.json); null = no extension
 *   headless?: boolean,
 *   executablePath?: string,          // default: ensureChromium()
 *   userDataDir?: string,             // default: a new temp dir, removed by close()
 *   viewport?: { width: number, height: number },
 *   args?: string[],                  // extra Chromium flags
 *   serviceWorkerTimeoutMs?: number,
 *   trede?: 'encrypted' | 'plain' | null, // first-run choice made at launch (scripts/lib/trede-ready.mjs); null: none
 *   log?: (line: string) => void,
 * }} [options]
 * @returns {Promise<{
 *   context: import('playwright-core').BrowserContext,
 *   extensionId: string | null,
 *   serviceWorker: import('playwright-core').Worker | null,
 *   executablePath: string,
 *   userDataDir: string,
 *   close: () => Promise<void>,
 * }>}
 */
export async function launchWithExtension({
  extensionPath = null,
  headless = true,
  executablePath,
  userDataDir,
  viewport = { width: 1280, height: 900 },
  args = [],
  serviceWorkerTimeoutMs = 15_000,
  trede = 'encrypted',
  log = (line) => console.error(line),
} = {}) {
  const exe = executablePath ?? (await ensureChromium({ log }));
  const { chromium } = await import('playwright-core');
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'trede-chromium-'));
  const major = chromiumMajorVersion(exe);
  const oldHeadless = headless && major !== null && major < 132;
  const launchArgs = [...HEADLESS_ARGS, ...(oldHeadless ? ['--headless=new'] : []), ...(extensionPath ? extensionArgs(extensionPath) : []), ...args];

  let context;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: exe,
      headless: headless && !oldHeadless,
      args: launchArgs,
      // Playwright passes --disable-extensions by default; --disable-extensions-except happens to win over
      // it today, but do not rely on that.
      ignoreDefaultArgs: extensionPath ? ['--disable-extensions'] : undefined,
      viewport,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
  } catch (err) {
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  let serviceWorker = null;
  if (extensionPath) {
    const isExtensionWorker = (w) => w.url().startsWith('chrome-extension://');
    const waiting = context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: serviceWorkerTimeoutMs }).catch(() => null);
    serviceWorker = context.serviceWorkers().find(isExtensionWorker) ?? (await waiting);
  }
  const fromWorker = serviceWorker ? new URL(serviceWorker.url()).host : null;
  // Without a background service worker the id still follows from the folder path (or the manifest's key).
  const extensionId = fromWorker ?? (extensionPath ? computeExtensionId(extensionPath) : null);
  if (extensionPath && !serviceWorker) log(`No extension service worker appeared within ${serviceWorkerTimeoutMs} ms; using the computed id ${extensionId}.`);
  // Past the first-run choice (or unlocked), so that every Trede page opens ready for work.
  if (extensionPath && trede) {
    try {
      await makeTredeReady(context, extensionId, { mode: trede });
    } catch (err) {
      await context.close().catch(() => {});
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  let closed;
  return {
    context,
    extensionId,
    serviceWorker,
    executablePath: exe,
    userDataDir: dir,
    close() {
      closed ??= (async () => {
        await context.close().catch(() => {});
        if (ownDir) await removeProfileDir(dir, log);
      })();
      return closed;
    },
  };
}

/**
 * Starts a normal, visible Chromium for a person (not automated: no "controlled by automated software"
 * bar), with the extension loaded in a temporary profile, opening `urls`. The profile is removed when
 * Chromium exits. Resolves with Chromium's exit code.
 * @param {{ executablePath: string, extensionPath?: string | null, urls: string[], log?: (line: string) => void }} options
 * @returns {{ child: import('node:child_process').ChildProcess, exited: Promise<number | null> }}
 */
export function openChromiumForPerson({ executablePath, extensionPath = null, urls, log = (line) => console.error(line) }) {
  const dir = mkdtempSync(join(tmpdir(), 'trede-demo-profile-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = [
    `--user-data-dir=${dir}`,
    ...QUIET_ARGS,
    '--lang=nl',
    '--disable-features=Translate,AutofillServerCommunication,OptimizationHints,NetworkTimeServiceQuerying,MediaRouter',
    // Chromium refuses to run as root with its sandbox on.
    ...(isRoot ? ['--no-sandbox'] : []),
    ...(extensionPath ? extensionArgs(extensionPath) : []),
    ...urls,
  ];
  log(`$ ${executablePath} ${args.join(' ')}`);
  const child = spawn(executablePath, args, { stdio: 'ignore' });
  const exited = new Promise((ok) => {
    let finished = false;
    const done = async (code) => {
      if (finished) return;
      finished = true;
      await removeProfileDir(dir, log);
      ok(code);
    };
    child.once('exit', (code) => void done(code));
    child.once('error', (err) => {
      log(`Could not start Chromium: ${err.message}`);
      void done(null);
    });
  });
  return { child, exited };
}
