import type { TargetBrowser, UserManifest, WxtCommand } from 'wxt';
import { messages } from './i18n/messages';

/**
 * The manifest Trede asks for, per browser. Deliberately small:
 * - Chrome: the side panel (`sidePanel`) and `scripting`, to register the overlay's content script at
 *   runtime. Data lives in IndexedDB. `storage` only for the browser's session storage, where an unlocked
 *   install keeps its data key in memory for Trede's own pages (src/store/lock.ts; nothing is written there
 *   to disk), and `alarms` for the idle lock's clock (src/background/idle-lock.ts). Neither shows a warning.
 * - Firefox: the same page as a sidebar (`sidebar_action`, added by WXT for the `sidepanel` entrypoint),
 *   which needs no permission, and `scripting`.
 * No host permissions and no content scripts in the manifest: Trede can read no page until the caseworker
 * saves an adapter, which asks for exactly that system's origin (src/adapters/permissions.ts); the content
 * script is then registered for the granted origins only (src/background/overlay.ts).
 */
export const PERMISSIONS: Readonly<Record<'chrome' | 'firefox', readonly string[]>> = {
  chrome: ['sidePanel', 'scripting', 'storage', 'alarms'],
  firefox: ['scripting', 'storage', 'alarms'],
};

/**
 * What an adapter may ask for later. A browser only lets an extension request origins declared here, and a
 * caseworker's system can be any https host, so the declaration is wide — but it grants nothing: each origin
 * is asked for, one at a time, when an adapter for it is saved. Plain http only for the local machine (the
 * demo system, a developer's server).
 */
export const OPTIONAL_HOST_PERMISSIONS: readonly string[] = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/** Firefox needs an id for MV3; `.invalid` because Trede does not claim anyone's domain. */
export const GECKO_ID = 'trede@trede.invalid';

/**
 * The content-security policy of Trede's own pages (side panel, options page) and its service worker. Client
 * data never leaves the machine, so nothing in them may reach outside the extension: scripts, styles, images
 * and fonts from the extension's own files only, connections (fetch, WebSocket) to its own files only, no
 * plug-ins, no forms sent anywhere, no <base> to redirect relative addresses. Everything else: none.
 * The content script runs under the host page's policy instead; it makes no requests at all
 * (test/e2e/no-outside-requests.e2e.test.ts records every request of a whole session to show it).
 */
export const EXTENSION_PAGES_CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * `wxt dev` serves the pages' scripts from a local dev server, injects styles as <style> elements and
 * reloads over a WebSocket: during development only, those are allowed too. What ships is `wxt build`'s.
 */
const DEV_SERVER_CSP: Readonly<Record<string, readonly string[]>> = {
  'script-src': ['http://localhost:*'],
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['http://localhost:*', 'ws://localhost:*'],
};

export function cspText(command: WxtCommand = 'build'): string {
  const extra = command === 'serve' ? DEV_SERVER_CSP : {};
  return Object.entries(EXTENSION_PAGES_CSP)
    .map(([directive, sources]) => [directive, ...sources, ...(extra[directive] ?? [])].join(' '))
    .join('; ');
}

const isFirefox = (browser: TargetBrowser) => browser === 'firefox';

export function manifestFor(env: { browser: TargetBrowser; command?: WxtCommand }): UserManifest {
  const firefox = isFirefox(env.browser);
  const manifest: UserManifest = {
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'nl',
    // The toolbar button: Chrome opens the side panel with it (background.ts), Firefox toggles the sidebar.
    action: { default_title: '__MSG_actionTitle__' },
    permissions: [...(firefox ? PERMISSIONS.firefox : PERMISSIONS.chrome)],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    content_security_policy: { extension_pages: cspText(env.command) },
  };
  if (!firefox) {
    // chrome.sidePanel.setPanelBehavior, which background.ts uses, arrived in Chrome 116.
    manifest.minimum_chrome_version = '116';
  } else {
    manifest.browser_specific_settings = {
      // Trede sends nothing anywhere: no data collection to declare.
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    };
  }
  return manifest;
}

const MANIFEST_PREFIX = 'manifest.';

/** `_locales/<lang>/messages.json` for each language, from the `manifest.*` keys of src/i18n/messages.ts. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return (['nl', 'en'] as const).map((lang) => {
    const entries: Record<string, { message: string }> = {};
    for (const [key, text] of Object.entries(messages)) {
      if (key.startsWith(MANIFEST_PREFIX)) entries[key.slice(MANIFEST_PREFIX.length)] = { message: text[lang] };
    }
    return { relativeDest: `_locales/${lang}/messages.json`, contents: `${JSON.stringify(entries, null, 2)}\n` };
  });
}
