// Firefox ESR with the built Trede extension, for the end-to-end tests: what every Firefox test starts with.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { FIREFOX_EXTENSION_OUTPUT } from '../../../scripts/lib/firefox.mjs';
import { ARTIFACTS_DIR } from '../browser.js';
import { panelReadyForWork, readyForWork } from '../flows/panel-steps.js';
import { type FirefoxSession, launchFirefox, type Tab } from './bidi.mjs';

export type { FirefoxSession, Tab } from './bidi.mjs';

export const PANEL_VIEWPORT = { width: 420, height: 900 };

/** The unpacked Firefox build: TREDE_FIREFOX_EXTENSION_DIR, else extension/.output/firefox-mv3. */
export function firefoxExtensionPath(): string {
  const dir = resolve(process.env.TREDE_FIREFOX_EXTENSION_DIR || FIREFOX_EXTENSION_OUTPUT);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No unpacked Firefox extension at ${dir}: build it with \`pnpm --filter @trede/extension build\` (it builds both browsers).`);
  }
  return dir;
}

/** Headless Firefox (the global setup found or installed it) with the Firefox build installed. */
export async function launchBuiltFirefox(): Promise<FirefoxSession> {
  const problem = inject('extensionBuildProblem');
  if (problem) throw new Error(`The extension could not be built: ${problem}`);
  const firefox = inject('firefox');
  if ('problem' in firefox) throw new Error(firefox.problem);
  return launchFirefox({ executablePath: firefox.path, extensionPath: firefoxExtensionPath() });
}

/** A new tab with Trede's side panel page, sized like a sidebar, ready for work. */
export async function openPanel(ff: FirefoxSession): Promise<Tab> {
  const tab = await ff.newTab(undefined, PANEL_VIEWPORT);
  await tab.goto(`${ff.extensionBase}sidepanel.html`);
  await panelReadyForWork(tab);
  return tab;
}

/** A new tab with Trede's options page. */
export async function openOptions(ff: FirefoxSession): Promise<Tab> {
  const tab = await ff.newTab(`${ff.extensionBase}options.html`);
  await readyForWork(tab, 'options');
  return tab;
}

/** Saves a screenshot to test-artifacts/firefox-<name>.png. */
export async function saveFirefoxScreenshot(tab: Tab, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, `firefox-${name}.png`), await tab.screenshot(fullPage));
}
