#!/usr/bin/env node
// pnpm demo — builds the Trede extension, serves Werkplein Demo (a fictional case-management system) and
// opens Chromium with the extension loaded. See `pnpm demo --help`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startDemoServer } from '../extension/demo/server.mjs';
import { ensureChromium, findChromium, INSTALL_HINT, launchWithExtension, openChromiumForPerson } from './lib/chromium.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from './bench/overlay-setup.mjs';
import { completeIntakeByKeyboard, openClientByKeyboard, startIntake } from './bench/panel.mjs';
import { buildExtension, EXTENSION_OUTPUT, REPO_ROOT, unpackedExtensionPath } from './lib/extension.mjs';

const HELP = `pnpm demo [options]

Builds the extension (pnpm --filter @trede/extension build), serves Werkplein Demo — a fictional
case-management system — on 127.0.0.1, and:
  - with a display (DISPLAY or WAYLAND_DISPLAY) and Chromium: opens Chromium with the extension loaded
    in a throwaway profile; closing Chromium stops the demo;
  - without one: prints the demo address and the folder to load as an unpacked extension, then keeps
    serving until Ctrl-C when run from a terminal, or stops at once when not (use --serve to keep serving).

Options:
  --screenshot [dir]  headless Chromium with the extension: screenshots of the demo pages and the side
                      panel into dir (default demo-screenshots/). Installs Debian's chromium when missing
                      and running as root.
  --serve             keep serving until Ctrl-C, also without a terminal or a display
  --port N            port for the demo server (default 5178, falls back to a free one; 0 = free port)
  --no-build          do not build; use the extension as last built
  --help              this text

Environment: TREDE_CHROMIUM (Chromium executable), TREDE_EXTENSION_DIR (an unpacked extension to load
instead of extension/.output/chrome-mv3).`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { screenshot: null, serve: false, port: null, build: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue; // pnpm passes it through sometimes
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--serve') opts.serve = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--port') {
      opts.port = Number(argv[++i]);
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new UsageError(`--port needs a number 0–65535, got "${argv[i]}"`);
    } else if (a === '--screenshot' || a.startsWith('--screenshot=')) {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : null;
      const next = argv[i + 1];
      opts.screenshot = inline ?? (next && !next.startsWith('--') ? (i++, next) : 'demo-screenshots');
    } else throw new UsageError(`Unknown option "${a}" (see --help)`);
  }
  return opts;
}

const say = (line = '') => console.log(line);
const warn = (line) => console.error(`! ${line}`);

async function startServer(port) {
  try {
    return await startDemoServer({ port });
  } catch (err) {
    if (err?.code === 'EADDRINUSE' && port !== 0) {
      warn(`Port ${port} is in use; taking a free one.`);
      return startDemoServer({ port: 0 });
    }
    throw err;
  }
}

/** Headless run: screenshots of the demo system and the side panel. Returns the exit code. */
async function takeScreenshots({ dir, url, extensionPath }) {
  const outDir = resolve(REPO_ROOT, dir);
  mkdirSync(outDir, { recursive: true });
  let executablePath;
  try {
    executablePath = await ensureChromium({ log: (l) => say(l) });
  } catch (err) {
    warn(err.message);
    return 1;
  }
  const saved = [];
  const shot = async (page, name, options = {}) => {
    const path = join(outDir, name);
    const png = await page.screenshot({ path, ...options });
    saved.push(path);
    return png;
  };
  const browser = await launchWithExtension({ executablePath, extensionPath, log: warn });
  /** The caseworker's view: the host page (879 px) beside the 400 px side panel, as one picture. */
  const sideBySide = async (hostPng, panelPng, name) => {
    const side = await browser.context.newPage();
    await side.setViewportSize({ width: 1280, height: 900 });
    const img = (png, w) => `<img width="${w}" height="900" src="data:image/png;base64,${png.toString('base64')}">`;
    await side.setContent(`<body style="margin:0;display:flex;background:#888">${img(hostPng, 879)}<div style="width:1px;background:#555"></div>${img(panelPng, 400)}</body>`);
    await shot(side, name);
  };
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('#klantenlijst tbody tr').first().waitFor();
    await shot(page, '01-klantenlijst.png', { fullPage: true });

    await page.locator('#klantenlijst tbody a').first().click();
    await page.locator('#klantnummer:not(:empty)').waitFor();
    await page.locator('#notities').fill('Gesprek gevoerd over kinderopvang en werkwensen. (Demotekst.)');
    await shot(page, '02-klantdossier.png', { fullPage: true });
    const clientNumber = await page.locator('#klantnummer').textContent();

    await page.goto(new URL('spa/', url).href);
    await page.locator('#caselist a').nth(1).click();
    await page.locator('#view[data-status="klaar"] [data-veld="klantnummer"]').waitFor();
    await shot(page, '03-spa-dossier.png');

    if (!browser.extensionId) {
      warn('No extension loaded: no side panel screenshots.');
    } else {
      say(`Extension id: ${browser.extensionId} (service worker: ${browser.serviceWorker ? browser.serviceWorker.url() : 'none seen'})`);
      // The caseworker's view: the client page beside a 400 px side panel.
      await page.goto(new URL(`klant.html?klantnummer=${clientNumber}`, url).href);
      await page.setViewportSize({ width: 879, height: 900 });
      await page.locator('#klantnummer:not(:empty)').waitFor();
      const hostPng = await page.screenshot();

      const panel = await browser.context.newPage();
      const errors = [];
      panel.on('pageerror', (e) => errors.push(e.message));
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await panel
        .locator('[data-testid="app"]')
        .waitFor({ timeout: 10_000 })
        .catch(() => warn('sidepanel.html shows no [data-testid="app"] within 10 s.'));
      await panel.waitForTimeout(500); // let the first render settle
      await shot(panel, '04-zijpaneel.png');

      // What a caseworker sees next: the client opened, an intake under way, and the results.
      let resultsPng = null;
      try {
        await openClientByKeyboard(panel, clientNumber ?? '');
        await shot(panel, '05-zijpaneel-client.png');
        await startIntake(panel);
        await shot(panel, '06-zijpaneel-intake.png');
        await completeIntakeByKeyboard(panel);
        await panel.evaluate(() => window.scrollTo(0, 0));
        resultsPng = await shot(panel, '07-zijpaneel-uitslag.png');
        await shot(panel, '08-zijpaneel-uitslag-volledig.png', { fullPage: true });
      } catch (err) {
        warn(`The side panel could not be walked through an intake: ${err.message}`);
      }
      for (const e of errors) warn(`side panel error: ${e}`);

      if (resultsPng) await sideBySide(hostPng, resultsPng, '09-naast-elkaar.png');

      // The overlay: the demo's adapters saved, the origin allowed (what the caseworker does in the browser's
      // prompt), then the badge next to the client number and the panel following the page on its own.
      try {
        const origin = new URL(url).origin;
        const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
        const adapters = ['werkplein-demo', 'werkplein-demo-app'].map((id) => demoPreset(join(REPO_ROOT, 'extension'), id, origin));
        await panel.evaluate(saveAdaptersInPage, adapters);
        await panel.close();
        if (!(await grantOrigin(browser.context, { extensionId: browser.extensionId, extensionPageUrl: panelUrl, pattern: `${origin}/*` }))) throw new Error('the origin was not granted');
        if (!browser.serviceWorker || !(await waitForRegistration(browser.serviceWorker, `${origin}/*`))) throw new Error('the content script was not registered');
        await page.bringToFront();
        await page.reload();
        await page.locator('trede-badge').waitFor({ timeout: 10_000 });
        await page.waitForTimeout(300); // the badge's text arrives from the background
        const badgePng = await shot(page, '10-badge-op-de-pagina.png');
        const follower = await browser.context.newPage();
        await follower.setViewportSize({ width: 400, height: 900 });
        await follower.goto(panelUrl);
        await follower.locator('[data-testid="page-status"]').waitFor({ timeout: 10_000 });
        const followPng = await shot(follower, '11-zijpaneel-volgt-de-pagina.png');
        await sideBySide(badgePng, followPng, '12-overlay-naast-elkaar.png');
      } catch (err) {
        warn(`No overlay screenshots: ${err.message}`);
      }
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(outDir, 'README.txt'), 'Screenshots made by `pnpm demo --screenshot`. Werkplein Demo is fictional; so is every person in it.\n');
  say('Screenshots:');
  for (const p of saved) say(`  ${relative(process.cwd(), p)}`);
  return 0;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    say(HELP);
    return 0;
  }

  let buildProblem = null;
  if (opts.build) {
    const built = await buildExtension({ log: (l) => say(l) });
    if (!built.ok) {
      buildProblem = built.reason;
      warn(`No fresh extension build: ${built.reason}. Serving the demo system anyway.`);
    }
  }
  const extensionPath = unpackedExtensionPath();
  if (!extensionPath) warn(`No unpacked extension at ${relative(process.cwd(), EXTENSION_OUTPUT)} — the demo runs without Trede.`);
  else if (buildProblem) warn(`Using the extension as last built (${extensionPath}).`);

  const server = await startServer(opts.port ?? (opts.screenshot ? 0 : 5178));
  const spaUrl = new URL('spa/', server.url).href;

  if (opts.screenshot) {
    let code = 1;
    try {
      code = await takeScreenshots({ dir: opts.screenshot, url: server.url, extensionPath });
    } finally {
      await server.close();
    }
    // A missing extension package is expected while it is being built; a failed build is not.
    const failedBuild = buildProblem && !/does not exist yet/.test(buildProblem);
    return code || (failedBuild ? 1 : 0);
  }

  say('');
  say(`Werkplein Demo (fictief):  ${server.url}`);
  say(`  variant zonder herladen: ${spaUrl}`);
  if (extensionPath) {
    say(`Trede extension (unpacked): ${extensionPath}`);
    say('  To load it yourself: chrome://extensions → Developer mode → Load unpacked → that folder.');
  }

  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  const exe = findChromium();
  const stopOnSignal = () =>
    new Promise((ok) => {
      process.once('SIGINT', ok);
      process.once('SIGTERM', ok);
    });

  if (display && exe) {
    say('Opening Chromium. Open Trede with the toolbar button (puzzle piece → Trede → pin) to see the side panel.');
    say(
      `For the overlay (badge on the page, panel following the client): in the side panel "Koppelingen beheren" → ` +
        `start from the preset "Werkplein Demo" with address ${new URL(server.url).origin} → Opslaan → allow the browser's question.`,
    );
    say('Close Chromium (or press Ctrl-C here) to stop the demo.');
    const { child, exited } = openChromiumForPerson({ executablePath: exe, extensionPath, urls: [server.url], log: (l) => say(l) });
    const signalled = stopOnSignal().then(() => child.kill('SIGTERM'));
    await Promise.race([exited, signalled]);
    await exited;
    await server.close();
    return 0;
  }

  if (display && !exe) warn(INSTALL_HINT);
  else if (!display) say('No display here (DISPLAY / WAYLAND_DISPLAY unset): open the address above in Chromium yourself.');

  if (opts.serve || process.stdin.isTTY) {
    say('Serving until Ctrl-C.');
    await stopOnSignal();
    await server.close();
    return 0;
  }
  await server.close();
  say('Not a terminal: stopped serving. Run with --serve to keep the demo server running.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof UsageError ? `pnpm demo: ${err.message}` : (err?.stack ?? String(err)));
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
