// Where the Trede extension lives, how to build it, and how Chromium names it.
// Shared by scripts/demo.mjs and the end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, 'extension');
export const EXTENSION_PACKAGE = '@trede/extension';
/** WXT's Chrome MV3 build output. */
export const EXTENSION_OUTPUT = join(EXTENSION_DIR, '.output', 'chrome-mv3');
export const DEMO_DIR = join(EXTENSION_DIR, 'demo');

/** True when extension/package.json exists and is the @trede/extension package. */
export function extensionPackageExists() {
  try {
    return JSON.parse(readFileSync(join(EXTENSION_DIR, 'package.json'), 'utf8')).name === EXTENSION_PACKAGE;
  } catch {
    return false;
  }
}

/**
 * The unpacked extension to load: TREDE_EXTENSION_DIR when set (any unpacked extension, e.g. for testing
 * the harness), else WXT's build output. Null when that folder has no manifest.json.
 */
export function unpackedExtensionPath(env = process.env) {
  const dir = resolve(env.TREDE_EXTENSION_DIR || EXTENSION_OUTPUT);
  return existsSync(join(dir, 'manifest.json')) ? dir : null;
}

/** The command that runs pnpm: the pnpm that started us when there is one, else pnpm on PATH, else npx pnpm@10. */
export function pnpmCommand(env = process.env) {
  const execPath = env.npm_execpath;
  if (execPath && /pnpm/i.test(basename(execPath))) {
    return /\.(c|m)?js$/.test(execPath) ? { cmd: process.execPath, prefix: [execPath] } : { cmd: execPath, prefix: [] };
  }
  if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0) return { cmd: 'pnpm', prefix: [] };
  return { cmd: 'npx', prefix: ['-y', 'pnpm@10'] };
}

/**
 * Builds the extension (`pnpm --filter @trede/extension build`).
 * `output: 'inherit'` shows the build's output as it comes; `'quiet'` keeps it and puts its last lines
 * into `reason` when the build fails.
 * @param {{ log?: (line: string) => void, output?: 'inherit' | 'quiet' }} [options]
 * @returns {Promise<{ ok: true, path: string } | { ok: false, reason: string }>}
 */
export async function buildExtension({ log = (line) => console.error(line), output = 'inherit' } = {}) {
  if (!extensionPackageExists()) {
    return { ok: false, reason: `the extension package ${EXTENSION_PACKAGE} does not exist yet (no ${join('extension', 'package.json')} with that name)` };
  }
  const { cmd, prefix } = pnpmCommand();
  const args = [...prefix, '--filter', EXTENSION_PACKAGE, 'build'];
  log(`$ pnpm --filter ${EXTENSION_PACKAGE} build${cmd === 'npx' ? '   (through npx -y pnpm@10)' : ''}`);
  const kept = [];
  const code = await new Promise((ok) => {
    const quiet = output === 'quiet';
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] });
    const keep = (chunk) => {
      kept.push(...String(chunk).split('\n'));
      if (kept.length > 400) kept.splice(0, kept.length - 400);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (err) => {
      kept.push(err.message);
      ok(-1);
    });
    child.on('close', ok);
  });
  if (code !== 0) {
    // eslint-disable-next-line no-control-regex
    const tail = kept.map((l) => l.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')).filter((l) => l.trim()).slice(-30).join('\n');
    return { ok: false, reason: `the extension build failed (exit ${code})${tail ? `:\n${tail}` : ''}` };
  }
  if (!existsSync(join(EXTENSION_OUTPUT, 'manifest.json'))) {
    return { ok: false, reason: `the build finished but ${EXTENSION_OUTPUT} has no manifest.json` };
  }
  return { ok: true, path: EXTENSION_OUTPUT };
}

/**
 * The id Chromium gives an unpacked extension: from the manifest's "key" when it has one, else from the
 * absolute path of its folder. SHA-256, first 16 bytes, each hex digit 0–f written as a letter a–p.
 * @param {string} extensionPath
 */
export function computeExtensionId(extensionPath) {
  let source;
  try {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
    if (typeof manifest.key === 'string' && manifest.key) source = Buffer.from(manifest.key, 'base64');
  } catch {
    /* fall back to the path */
  }
  source ??= Buffer.from(realpathSync(resolve(extensionPath)), 'utf8');
  const hex = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
