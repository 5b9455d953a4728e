// Finding and installing Firefox ESR (Debian's `firefox-esr`) for the end-to-end tests and the bench, as
// scripts/lib/chromium.mjs does for Chromium. The browser is driven over WebDriver BiDi
// (test/e2e/firefox/bidi.mjs); no geckodriver, no Playwright Firefox.
import { ensureDebianBrowser, findExecutable } from './debian-browser.mjs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './extension.mjs';

/** Where Firefox is looked for, in order. TREDE_FIREFOX overrides all of them. */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** WXT's Firefox MV3 build output (`wxt build -b firefox`, part of the extension's build script). */
export const FIREFOX_EXTENSION_OUTPUT = join(EXTENSION_DIR, '.output', 'firefox-mv3');

export const FIREFOX_INSTALL_HINT =
  'Firefox ESR is needed and was not found. Install it with:\n' +
  '  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
  'or point TREDE_FIREFOX at a Firefox executable (version 128 or later, for WebDriver BiDi webExtension.install).';

/** The Firefox executable, or null. */
export function findFirefox(env = process.env) {
  return findExecutable('TREDE_FIREFOX', FIREFOX_CANDIDATES, env);
}

/**
 * Returns the Firefox executable. When it is missing and we are root with apt-get (CI), installs Debian's
 * `firefox-esr` package, printing each step; otherwise throws with the command to run.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export function ensureFirefox({ install = true, log = (line) => console.error(line) } = {}) {
  return ensureDebianBrowser({ label: 'Firefox', pkg: 'firefox-esr', envVar: 'TREDE_FIREFOX', candidates: FIREFOX_CANDIDATES, hint: FIREFOX_INSTALL_HINT, install, log });
}
