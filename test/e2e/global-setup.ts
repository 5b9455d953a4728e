// Runs once before the end-to-end tests: makes sure Chromium is there (installing Debian's package when
// running as root, e.g. in CI) and builds the extension, so the tests always load the current code.
// Set TREDE_EXTENSION_DIR to load another unpacked extension instead (no build), or
// TREDE_E2E_NO_BUILD=1 to load the extension as last built.
import type { TestProject } from 'vitest/node';
import { ensureFirefox } from '../../scripts/lib/firefox.mjs';
import { buildExtension, ensureChromium } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why there is no fresh extension build, or null when there is one (or none was wanted). */
    extensionBuildProblem: string | null;
    chromiumPath: string;
    /** Firefox ESR for the Firefox runs (test/e2e/firefox/), or why there is none. */
    firefox: { path: string } | { problem: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const log = (line: string) => console.log(`[e2e setup] ${line}`);
  const started = Date.now();
  const chromiumPath = await ensureChromium({ log });
  log(`Chromium: ${chromiumPath} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('chromiumPath', chromiumPath);
  // Firefox is installed like Chromium; when that fails only the Firefox tests fail, with the reason.
  const firefox = await ensureFirefox({ log }).then(
    (path) => ({ path }),
    (e: unknown) => ({ problem: e instanceof Error ? e.message : String(e) }),
  );
  log('path' in firefox ? `Firefox: ${firefox.path}` : `No Firefox: ${firefox.problem}`);
  project.provide('firefox', firefox);

  let problem: string | null = null;
  if (!process.env.TREDE_EXTENSION_DIR && !process.env.TREDE_E2E_NO_BUILD) {
    const t = Date.now();
    const built = await buildExtension({ log, output: 'quiet' });
    if (built.ok) log(`Extension built in ${((Date.now() - t) / 1000).toFixed(1)} s: ${built.path}`);
    else {
      problem = built.reason;
      log(`No extension build: ${problem}`);
    }
  }
  project.provide('extensionBuildProblem', problem);
}
