// Runs once before the end-to-end tests: makes sure Chromium is there (installing Debian's package when
// running as root, e.g. in CI) and builds the extension, so the tests always load the current code.
// Set TREDE_EXTENSION_DIR to load another unpacked extension instead (no build), or
// TREDE_E2E_NO_BUILD=1 to load the extension as last built.
import type { TestProject } from 'vitest/node';
import { buildExtension, ensureChromium } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why there is no fresh extension build, or null when there is one (or none was wanted). */
    extensionBuildProblem: string | null;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const log = (line: string) => console.log(`[e2e setup] ${line}`);
  const started = Date.now();
  const chromiumPath = await ensureChromium({ log });
  log(`Chromium: ${chromiumPath} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('chromiumPath', chromiumPath);

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
