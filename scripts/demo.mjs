#!/usr/bin/env node
// pnpm demo — builds the Trede extension, serves Werkplein Demo (a fictional case-management system) and
// opens Chromium with the extension loaded. See `pnpm demo --help`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startDemoServer } from '../extension/demo/server.mjs';
import { ensureChromium, findChromium, INSTALL_HINT, launchWithExtension, openChromiumForPerson } from './lib/chromium.mjs';
import { demoPreset, grantOrigin, saveAdaptersInPage, waitForRegistration } from './bench/overlay-setup.mjs';
import { buildExtension, EXTENSION_OUTPUT, REPO_ROOT, unpackedExtensionPath } from './lib/extension.mjs';

const HELP = `pnpm demo [options]

Builds the extension (pnpm --filter @trede/extension build), serves Werkplein Demo — a fictional
case-management system — on 127.0.0.1, and:
  - with a display (DISPLAY or WAYLAND_DISPLAY) and Chromium: opens Chromium with the extension loaded
    in a throwaway profile; closing Chromium stops the demo;
  - without one: prints the demo address and, in Dutch and English, how to load the unpacked extension,
    switch training mode on and set up the overlay by hand; then keeps serving until Ctrl-C when run from
    a terminal, or stops at once when not (use --serve to keep serving).

Options:
  --screenshot [dir]  headless Chromium with the extension in training mode: Anouk and Kees walked with
                      their own answers, screenshots of every screen a trainer shows (client, intake,
                      results, override, summary copied and inserted, history with two intakes,
                      outcomes, English, walkthrough, options page, badge, panel following the page)
                      into dir (default demo-screenshots/), captions in dir/BIJSCHRIFTEN.md. Installs
                      Debian's chromium when missing and running as root.
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

/** What each screenshot shows, for the caption file (Dutch, then English). */
const CAPTIONS = {
  '01-klantenlijst.png': ['Werkplein Demo, de verzonnen klantenlijst.', 'Werkplein Demo, the fictional client list.'],
  '02-klantdossier.png': ['Het dossier van Anouk in Werkplein Demo: 2 kinderen, jongste 2 jaar.', "Anouk's file in Werkplein Demo: 2 children, youngest 2."],
  '03-spa-dossier.png': ['De variant zonder herladen (single-page app).', 'The single-page variant.'],
  '04-oefenmodus-aan.png': ['Het zijpaneel in de oefenmodus: de gestreepte balk staat op elk scherm.', 'The side panel in training mode: the striped bar is on every screen.'],
  '05-clienten-kiezen.png': ['Alle cliënten van Werkplein Demo met hun verhaal in één regel.', 'Every client of Werkplein Demo with a one-line story.'],
  '06-stap-voor-stap.png': ["Anouks eigen antwoorden, per vragenlijst ingevuld, met de schaalscores tot dan toe.", "Anouk's own answers, filled in one questionnaire at a time, with the scale scores so far."],
  '07-intake.png': ['De intake met Anouks antwoorden.', "The intake with Anouk's answers."],
  '08-uitslag.png': ['De uitslag: positie op de ladder en kansen naast die van de studiegroep.', "The results: ladder position and chances beside the study group's."],
  '09-uitslag-volledig.png': ['De hele uitslag: schalen met hun tabel, ladder, elke kans met haar band en bron.', 'The whole results page: scales with their table, ladder, every chance with its band and source.'],
  '10-afwijken.png': ['Afwijken van de band, met een reden; beide banden blijven zichtbaar.', 'Overriding a band, with a reason; both bands stay visible.'],
  '11-samenvatting.png': ['De samenvatting om te kopiëren of in te voegen in het notitieveld.', 'The summary to copy or insert into the notes field.'],
  '12-ingevoegd.png': ['De samenvatting ingevoegd in het notitieveld van Werkplein Demo.', "The summary inserted into Werkplein Demo's notes field."],
  '13-geschiedenis.png': ['De geschiedenis met twee intakes.', 'The history with two intakes.'],
  '14-uitkomsten.png': ['Een uitkomst vastgelegd.', 'An outcome recorded.'],
  '15-english.png': ['Dezelfde uitslag in het Engels.', 'The same results in English.'],
  '16-kees-uitslag.png': ['Kees met zijn eigen antwoorden: een ander verhaal, een andere uitslag.', 'Kees with his own answers: another story, other results.'],
  '17-rondleiding-start.png': ['De rondleiding, eerste stap.', 'The walkthrough, first step.'],
  '18-rondleiding-schaal.png': ['Rondleiding: hoe Anouks schaalscore ontstaat, met de tabel.', "Walkthrough: how Anouk's scale score comes about, with the table."],
  '19-rondleiding-banden.png': ['Rondleiding: hoe haar banden ontstaan.', 'Walkthrough: how her bands come about.'],
  '20-opties.png': ['De optiepagina (koppelingen en instellingen), ook met de oefenbalk.', 'The options page (adapters and settings), with the training bar too.'],
  '21-badge.png': ['Het label naast het klantnummer, gemarkeerd als oefenen.', 'The badge next to the client number, marked as training.'],
  '22-zijpaneel-volgt.png': ['Het zijpaneel volgt de pagina: Anouk is geopend.', 'The side panel follows the page: Anouk is open.'],
  '23-overlay-naast-elkaar.png': ['Pagina en zijpaneel naast elkaar, zoals de klantmanager ze ziet.', 'Page and side panel side by side, as the caseworker sees them.'],
};

/** Keyboard steps in the side panel. */
const press = async (page, testId) => {
  await page.getByTestId(testId).first().focus();
  await page.keyboard.press('Enter');
};

async function openTraining(panel) {
  if (await panel.getByTestId('training-screen').count()) return; // already there
  await press(panel, 'open-training');
  await panel.getByTestId('training-screen').waitFor();
  // The screen moves focus to its heading when it opens; keys pressed before that would go astray.
  await panel.waitForFunction(() => document.activeElement?.id === 'training-heading');
}

/** Training screen → a persona opened with her own answers, filled `parts` questionnaires far (all by default). */
async function fillPersona(panel, personaId, parts = Infinity) {
  await openTraining(panel);
  const row = panel.locator(`[data-testid="persona"][data-persona="${personaId}"]`);
  await row.getByTestId('persona-open-filled').focus();
  await panel.keyboard.press('Enter');
  await panel.getByTestId('fill-panel').waitFor();
  // The panel moves focus to its heading when it opens; press the button only after that.
  await panel.waitForFunction(() => document.activeElement?.id === 'training-fill-heading');
  for (let n = 0; n < parts && (await panel.getByTestId('fill-next').count()); n++) {
    const before = await panel.getByTestId('fill-progress').textContent();
    await press(panel, 'fill-next');
    await panel.waitForFunction((text) => document.querySelector('[data-testid="fill-progress"]')?.textContent !== text, before);
  }
}

/** From the filled persona to the intake, through its steps, to the results. */
async function finishFilledIntake(panel, onIntake = async () => {}) {
  await press(panel, 'fill-to-intake');
  await panel.locator('[data-testid="screen-intake"][data-step]').waitFor();
  await onIntake();
  for (let steps = 0; steps < 30; steps++) {
    if (await panel.getByTestId('intake-finish').count()) {
      await press(panel, 'intake-finish');
      await panel.locator('[data-testid="screen-results"] [data-testid="ladder"]').waitFor();
      return;
    }
    const step = await panel.getByTestId('screen-intake').getAttribute('data-step');
    await press(panel, 'intake-next');
    await panel.waitForFunction((prev) => document.querySelector('[data-testid="screen-intake"]')?.getAttribute('data-step') !== prev, step);
  }
  throw new Error('the intake never reached its finish button');
}

/** Headless run: screenshots of every screen a trainer shows, personas with their own answers. Returns the exit code. */
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
  const shot = async (target, name, options = {}) => {
    const path = join(outDir, name);
    const png = await target.screenshot({ path, ...options });
    saved.push(name);
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
    await side.close();
  };
  const anouk = '710204418';
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('#klantenlijst tbody tr').first().waitFor();
    await shot(page, '01-klantenlijst.png', { fullPage: true });

    await page.goto(new URL(`klant.html?klantnummer=${anouk}`, url).href);
    await page.locator('#klantnummer:not(:empty)').waitFor();
    await shot(page, '02-klantdossier.png', { fullPage: true });

    await page.goto(new URL('spa/', url).href);
    await page.locator('#caselist a').nth(1).click();
    await page.locator('#view[data-status="klaar"] [data-veld="klantnummer"]').waitFor();
    await shot(page, '03-spa-dossier.png');

    if (!browser.extensionId) {
      warn('No extension loaded: no side panel screenshots.');
    } else {
      say(`Extension id: ${browser.extensionId} (service worker: ${browser.serviceWorker ? browser.serviceWorker.url() : 'none seen'})`);
      const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
      const panel = await browser.context.newPage();
      const errors = [];
      panel.on('pageerror', (e) => errors.push(e.message));
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.goto(panelUrl);
      await panel.locator('[data-testid="app"]').waitFor({ timeout: 10_000 });

      // The host tab on the client list while the panel is walked: a client page there would be followed.
      await page.goto(url);
      // Training mode, switched on with the panel's own switch: a database of its own, fictional clients only.
      await openTraining(panel);
      await panel.getByTestId('training-on').focus();
      await Promise.all([panel.waitForEvent('load'), panel.keyboard.press('Enter')]);
      await panel.locator('.training-marker').waitFor();
      await shot(panel, '04-oefenmodus-aan.png');

      // The demo's adapters in the training database, the origin allowed (what the trainer does in the browser's
      // prompt): the badge and the panel following the page work in training mode too.
      let overlay = false;
      try {
        const origin = new URL(url).origin;
        const adapters = ['werkplein-demo', 'werkplein-demo-app'].map((id) => demoPreset(join(REPO_ROOT, 'extension'), id, origin));
        await panel.evaluate(saveAdaptersInPage, { list: adapters, db: 'trede-training' });
        if (!(await grantOrigin(browser.context, { extensionId: browser.extensionId, extensionPageUrl: panelUrl, pattern: `${origin}/*` }))) throw new Error('the origin was not granted');
        if (!browser.serviceWorker || !(await waitForRegistration(browser.serviceWorker, `${origin}/*`))) throw new Error('the content script was not registered');
        overlay = true;
      } catch (err) {
        warn(`No overlay in this run: ${err.message}`);
      }

      try {
        await openTraining(panel);
        await shot(panel, '05-clienten-kiezen.png', { fullPage: true });

        // Anouk with her own answers, step by step, then the intake and its results.
        await fillPersona(panel, 'anouk', 3);
        await shot(panel, '06-stap-voor-stap.png', { fullPage: true });
        await fillPersona(panel, 'anouk');
        await finishFilledIntake(panel, () => shot(panel, '07-intake.png'));
        await panel.evaluate(() => window.scrollTo(0, 0));
        await shot(panel, '08-uitslag.png');
        await shot(panel, '09-uitslag-volledig.png', { fullPage: true });

        // Override the band during the trajectory, with a reason.
        await press(panel, 'override-during');
        await panel.getByTestId('override-form').waitFor();
        const bands = await panel.getByTestId('override-band').locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
        const current = await panel.getByTestId('override-band').inputValue();
        await panel.getByTestId('override-band').selectOption(bands.find((b) => b !== current) ?? bands[0]);
        await panel.getByTestId('override-reason').fill('Opvang is deze week geregeld; zij start volgende maand. (Demotekst.)');
        await press(panel, 'override-save');
        await panel.getByTestId('override-summary').waitFor();
        await shot(panel.getByTestId('risk-during'), '10-afwijken.png');

        // The summary: copied, and inserted into the notes field of the client's page when the page is linked.
        await panel.getByTestId('copy-summary').scrollIntoViewIfNeeded();
        await press(panel, 'copy-summary');
        await panel.waitForFunction(() => (document.querySelector('[data-testid="copy-status"]')?.textContent ?? '') !== '');
        await panel.evaluate(() => document.querySelector('.carry-back')?.scrollIntoView({ block: 'center' }));
        await shot(panel, '11-samenvatting.png');

        // A second intake: the history then shows two.
        await fillPersona(panel, 'anouk');
        await finishFilledIntake(panel);
        await press(panel, 'back-to-client');
        await press(panel, 'open-history');
        await panel.getByTestId('screen-history').waitFor();
        await shot(panel, '13-geschiedenis.png', { fullPage: true });
        await press(panel, 'back-to-client');
        await press(panel, 'open-outcomes');
        await panel.getByTestId('outcome-form').waitFor();
        await press(panel, 'outcome-save');
        await panel.getByTestId('outcome-item').first().waitFor();
        await shot(panel, '14-uitkomsten.png', { fullPage: true });

        // English: the same results.
        await press(panel, 'back-to-client');
        await press(panel, 'open-results');
        await panel.getByTestId('screen-results').waitFor();
        await press(panel, 'lang-en');
        await panel.waitForFunction(() => document.documentElement.lang === 'en');
        await shot(panel, '15-english.png');
        await press(panel, 'lang-nl');

        // Kees, another persona with his own answers.
        await fillPersona(panel, 'kees');
        await finishFilledIntake(panel);
        await panel.evaluate(() => window.scrollTo(0, 0));
        await shot(panel, '16-kees-uitslag.png');

        // The walkthrough for Anouk: first step, her scale score, her bands.
        await openTraining(panel);
        const row = panel.locator('[data-testid="persona"][data-persona="anouk"]');
        await row.getByTestId('persona-walk').focus();
        await panel.keyboard.press('Enter');
        const walk = panel.getByTestId('walkthrough');
        await walk.waitFor();
        await shot(panel, '17-rondleiding-start.png', { fullPage: true });
        for (const [step, name] of [['scale', '18-rondleiding-schaal.png'], ['bands', '19-rondleiding-banden.png']]) {
          while ((await walk.getAttribute('data-step')) !== step) {
            // Each step moves focus to its heading; press on only after that.
            await panel.waitForFunction(() => document.activeElement?.id === 'walk-step-heading');
            const before = await walk.getAttribute('data-index');
            await press(panel, 'walk-next');
            await panel.waitForFunction((b) => document.querySelector('[data-testid="walkthrough"]')?.getAttribute('data-index') !== b, before);
          }
          await shot(panel, name, { fullPage: true });
        }
        await press(panel, 'walk-leave');

        const options = await browser.context.newPage();
        await options.setViewportSize({ width: 1100, height: 900 });
        await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
        await options.locator('.training-marker').waitFor();
        await shot(options, '20-opties.png', { fullPage: true });
        await options.close();

        if (overlay) {
          await page.bringToFront();
          await page.setViewportSize({ width: 879, height: 900 });
          await page.goto(new URL(`klant.html?klantnummer=${anouk}`, url).href);
          await page.locator('trede-badge').waitFor({ timeout: 10_000 });
          await page.waitForTimeout(300); // the badge's text arrives from the background
          const badgePng = await shot(page, '21-badge.png');
          const follower = await browser.context.newPage();
          await follower.setViewportSize({ width: 400, height: 900 });
          await follower.goto(panelUrl);
          await follower.locator('[data-testid="page-status"]').waitFor({ timeout: 10_000 });
          const followPng = await shot(follower, '22-zijpaneel-volgt.png');
          await sideBySide(badgePng, followPng, '23-overlay-naast-elkaar.png');
          // Insert the summary into the page's notes field, from the panel that follows the page.
          try {
            await follower.getByTestId('open-results').waitFor({ timeout: 5_000 });
            await press(follower, 'open-results');
            await follower.getByTestId('insert-summary').waitFor({ timeout: 5_000 });
            await press(follower, 'insert-summary');
            await page.waitForFunction(() => (document.querySelector('#notities')?.value ?? '').length > 0, null, { timeout: 5_000 });
            await page.bringToFront();
            await shot(page, '12-ingevoegd.png', { fullPage: true });
          } catch (err) {
            warn(`The summary was not inserted into the page: ${err.message}`);
          }
        }
      } catch (err) {
        warn(`The side panel could not be walked through: ${err.message}`);
        await panel.screenshot({ path: join(outDir, 'stopped-here.png'), fullPage: true }).catch(() => {});
      }
      for (const e of errors) warn(`side panel error: ${e}`);
    }
  } finally {
    await browser.close();
  }
  const captions = saved
    .slice()
    .sort()
    .map((name) => `- ${name}\n  nl: ${CAPTIONS[name]?.[0] ?? ''}\n  en: ${CAPTIONS[name]?.[1] ?? ''}`);
  writeFileSync(
    join(outDir, 'BIJSCHRIFTEN.md'),
    `# Screenshots van \`pnpm demo --screenshot\` / screenshots by \`pnpm demo --screenshot\`\n\nWerkplein Demo is verzonnen, net als iedereen erin; Trede draait in de oefenmodus.\nWerkplein Demo is fictional, as is everyone in it; Trede runs in training mode.\n\n${captions.join('\n')}\n`,
  );
  say('Screenshots (captions in BIJSCHRIFTEN.md):');
  for (const name of saved) say(`  ${relative(process.cwd(), join(outDir, name))}`);
  return 0;
}

/**
 * What a trainer does by hand, whoever starts the browser: load the unpacked extension, switch training mode
 * on, set up the demo's adapter for the overlay. Dutch first, then English.
 */
function manualSteps({ url, extensionPath }) {
  const origin = new URL(url).origin;
  const folder = extensionPath ?? EXTENSION_OUTPUT;
  return [
    'Zo zet u het zelf klaar (in elke Chromium):',
    `  1. chrome://extensions → Ontwikkelaarsmodus aan → "Uitgepakte extensie laden" → ${folder}`,
    '  2. Puzzelstukje → Trede → vastzetten; klik op Trede om het zijpaneel te openen.',
    '  3. Onderaan het zijpaneel: "Oefenen" → "Oefenmodus aanzetten" (een eigen database, alleen verzonnen cliënten).',
    `  4. Voor het label op de pagina: "Koppelingen beheren" → voorbeeld "Werkplein Demo" → adres ${origin} → Opslaan →`,
    '     sta de vraag van de browser toe; doe hetzelfde met "Werkplein Demo (app)".',
    `  5. Open ${url} en kies een cliënt: het label staat naast het klantnummer en het zijpaneel volgt.`,
    '     In "Oefenen" staat ook de rondleiding en "Oefengegevens wissen".',
    'To set it up yourself (in any Chromium):',
    `  1. chrome://extensions → Developer mode on → "Load unpacked" → ${folder}`,
    '  2. Puzzle piece → Trede → pin; click Trede to open the side panel.',
    '  3. At the bottom of the side panel: "Oefenen" (Training) → switch training mode on (a database of its own, fictional clients only).',
    `  4. For the badge on the page: "Koppelingen beheren" (Manage adapters) → preset "Werkplein Demo" → address ${origin} → Save →`,
    '     allow the browser\'s question; do the same with "Werkplein Demo (app)".',
    `  5. Open ${url} and pick a client: the badge sits next to the client number and the side panel follows.`,
    '     "Training" also holds the walkthrough and "Reset training data".',
  ];
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
  if (extensionPath) say(`Trede extension (unpacked): ${extensionPath}`);

  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  const exe = findChromium();
  const stopOnSignal = () =>
    new Promise((ok) => {
      process.once('SIGINT', ok);
      process.once('SIGTERM', ok);
    });

  if (display && exe) {
    say('Opening Chromium with Trede loaded (a throwaway profile); steps 2–5 below are yours.');
    for (const line of manualSteps({ url: server.url, extensionPath })) say(line);
    say('Close Chromium (or press Ctrl-C here) to stop the demo.');
    const { child, exited } = openChromiumForPerson({ executablePath: exe, extensionPath, urls: [server.url], log: (l) => say(l) });
    const signalled = stopOnSignal().then(() => child.kill('SIGTERM'));
    await Promise.race([exited, signalled]);
    await exited;
    await server.close();
    return 0;
  }

  if (display && !exe) warn(INSTALL_HINT);
  if (!display || !exe) {
    if (!display) say('Geen beeldscherm hier / no display here (DISPLAY / WAYLAND_DISPLAY unset).');
    for (const line of manualSteps({ url: server.url, extensionPath })) say(line);
  }

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
