// Finding a browser executable, and installing Debian's package for it when it is missing and we may (root,
// apt-get): one way for Chromium (scripts/lib/chromium.mjs) and Firefox ESR (scripts/lib/firefox.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's executable: the one `env[envVar]` names (null when that is not executable), else the first
 * executable candidate, or null.
 */
export function findExecutable(envVar, candidates, env = process.env) {
  if (env[envVar]) return isExecutable(env[envVar]) ? env[envVar] : null;
  return candidates.find(isExecutable) ?? null;
}

/** Runs a command, printing it; on failure the error carries the last 40 lines of its output. */
function runLogged(cmd, args, log) {
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
 * Returns the browser's executable. When it is missing and we are root with apt-get (CI) and `install` is true,
 * installs Debian's `pkg`, printing each step; otherwise throws `hint` with the reason it did not install.
 * @param {{ label: string, pkg: string, envVar: string, candidates: string[], hint: string, install?: boolean, log?: (line: string) => void }} browser
 * @returns {Promise<string>}
 */
export async function ensureDebianBrowser({ label, pkg, envVar, candidates, hint, install = true, log = (line) => console.error(line) }) {
  const found = findExecutable(envVar, candidates);
  if (found) return found;
  if (process.env[envVar]) throw new Error(`${envVar}=${process.env[envVar]} is not an executable file.`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!install || !isRoot || !hasAptGet) {
    const why = !install ? '' : !isRoot ? ' (not installing it: not running as root)' : ' (not installing it: no apt-get here)';
    throw new Error(hint + why);
  }
  const started = Date.now();
  log(`${label} not found: installing Debian's ${pkg} package with apt-get (running as root).`);
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  await runLogged('apt-get', [...lock, 'update', '-q'], log);
  await runLogged('apt-get', [...lock, 'install', '-y', '-q', pkg], log);
  const installed = findExecutable(envVar, candidates);
  if (!installed) throw new Error(`apt-get install ${pkg} finished, but no ${label} executable was found at ${candidates.join(', ')}.`);
  log(`Installed ${installed} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return installed;
}
