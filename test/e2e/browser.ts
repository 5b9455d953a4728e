// End-to-end harness: Chromium (Debian's) driven by playwright-core, with the Trede extension loaded.
// The launch logic itself lives in scripts/lib/ and is shared with `pnpm demo`; this module adds the
// defaults the tests want (the built extension, artifacts folder).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchWithExtension as launch } from '../../scripts/lib/chromium.mjs';
import { EXTENSION_OUTPUT, REPO_ROOT, unpackedExtensionPath } from '../../scripts/lib/extension.mjs';

export { ensureChromium, findChromium, HEADLESS_ARGS, INSTALL_HINT } from '../../scripts/lib/chromium.mjs';
export { buildExtension, computeExtensionId, EXTENSION_OUTPUT, REPO_ROOT, unpackedExtensionPath } from '../../scripts/lib/extension.mjs';
export { startDemoServer } from '../../extension/demo/server.mjs';

/** Screenshots and other evidence of a run (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts');

export type LaunchOptions = NonNullable<Parameters<typeof launch>[0]>;
export type ExtensionBrowser = Awaited<ReturnType<typeof launch>>;

/**
 * The unpacked extension the tests load: TREDE_EXTENSION_DIR, else extension/.output/chrome-mv3.
 * Throws when there is none (the global setup builds it).
 */
export function requireExtensionPath(): string {
  const path = unpackedExtensionPath();
  if (!path) {
    throw new Error(
      `No unpacked extension at ${process.env.TREDE_EXTENSION_DIR || EXTENSION_OUTPUT}: build it with ` +
        '`pnpm --filter @trede/extension build`, or set TREDE_EXTENSION_DIR to an unpacked extension.',
    );
  }
  return path;
}

/** Headless Chromium with the built Trede extension loaded (unless `extensionPath` says otherwise). */
export function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return launch({ extensionPath: requireExtensionPath(), ...options });
}

/**
 * The extension the global setup built, in the Chromium it found: what every end-to-end test starts with.
 * Fails with the build's own problem when the extension could not be built.
 */
export function launchBuiltExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const problem = inject('extensionBuildProblem');
  if (problem) throw new Error(`The extension could not be built: ${problem}`);
  return launchWithExtension({ executablePath: inject('chromiumPath'), ...options });
}

/** Saves a screenshot to test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
