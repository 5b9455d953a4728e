// Finding and installing Firefox ESR (Debian's `firefox-esr`) for the end-to-end tests and the bench, as
// scripts/lib/chromium.mjs does for Chromium. The browser is driven over WebDriver BiDi
// (test/e2e/firefox/bidi.mjs); no geckodriver, no Playwright Firefox.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
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

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Firefox executable, or null. */
export function findFirefox(env = process.env) {
  if (env.TREDE_FIREFOX) return isExecutable(env.TREDE_FIREFOX) ? env.TREDE_FIREFOX : null;
  return FIREFOX_CANDIDATES.find(isExecutable) ?? null;
}

function run(cmd, args, log) {
  log(`$ ${cmd} ${args.join(' ')}`);
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const lines = [];
    const keep = (chunk) => {
      lines.push(...String(chunk).split('\n'));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${lines.slice(-40).join('\n')}`))));
  });
}

/**
 * Returns the Firefox executable. When it is missing and we are root with apt-get (CI), installs Debian's
 * `firefox-esr` package, printing each step; otherwise throws with the command to run.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export async function ensureFirefox({ install = true, log = (line) => console.error(line) } = {}) {
  const found = findFirefox();
  if (found) return found;
  if (process.env.TREDE_FIREFOX) throw new Error(`TREDE_FIREFOX=${process.env.TREDE_FIREFOX} is not an executable file.`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!install || !isRoot || !hasAptGet) {
    const why = !install ? '' : !isRoot ? ' (not installing it: not running as root)' : ' (not installing it: no apt-get here)';
    throw new Error(FIREFOX_INSTALL_HINT + why);
  }
  const started = Date.now();
  log("Firefox not found: installing Debian's firefox-esr package with apt-get (running as root).");
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  await run('apt-get', [...lock, 'update', '-q'], log);
  await run('apt-get', [...lock, 'install', '-y', '-q', 'firefox-esr'], log);
  const installed = findFirefox();
  if (!installed) throw new Error(`apt-get install firefox-esr finished, but no Firefox was found at ${FIREFOX_CANDIDATES.join(', ')}.`);
  log(`Installed ${installed} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return installed;
}
