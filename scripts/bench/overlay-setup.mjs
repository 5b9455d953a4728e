// Getting the overlay (the runtime-registered content script) going in a benched Chromium, the way the
// end-to-end tests do (test/e2e/overlay.e2e.test.ts): adapters written straight into Trede's database from
// an extension page, the background told, the origin granted through the browser's extensions page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file name the background registers with chrome.scripting.registerContentScripts, read from
 * extension/src/background/overlay.ts (OVERLAY_SCRIPT_FILE) so the bench follows a rename. `builtIn` says
 * whether the built background.js carries that name as a string literal, i.e. really registers that file.
 */
export function overlayScriptFile(extensionDir, builtRoot) {
  const source = join(extensionDir, 'src', 'background', 'overlay.ts');
  const m = existsSync(source) ? /export const OVERLAY_SCRIPT_FILE = '([^']+)'/.exec(readFileSync(source, 'utf8')) : null;
  if (!m) return { file: null, builtIn: false, reason: `no OVERLAY_SCRIPT_FILE in ${source}` };
  const bg = join(builtRoot, 'background.js');
  const literal = new RegExp(`[\`'"]${m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`'"]`);
  return { file: m[1], builtIn: existsSync(bg) && literal.test(readFileSync(bg, 'utf8')) };
}

/**
 * A shipped preset moved to `origin`, like presetAt() in extension/src/adapters/presets.ts. The presets are
 * data in presets.json (the adapter file format) so plain scripts can read them; null when it is missing.
 */
export function demoPreset(extensionDir, id, origin) {
  const file = join(extensionDir, 'src', 'adapters', 'presets.json');
  if (!existsSync(file)) return null;
  const preset = JSON.parse(readFileSync(file, 'utf8')).adapters?.find((a) => a.id === id);
  return preset ? { ...structuredClone(preset), origin } : null;
}

/** Client numbers of the fictional demo clients (extension/demo/clients.json). */
export function demoClientNumbers(demoDir) {
  return JSON.parse(readFileSync(join(demoDir, 'clients.json'), 'utf8')).clients.map((c) => c.clientNumber);
}

/**
 * Runs in an extension page: puts adapters into Trede's database (or, given `{ list, db }`, into another of its
 * databases, such as training mode's) and tells the background (which re-registers). Adapters are never sealed.
 */
export async function saveAdaptersInPage(adapters) {
  const { list, db: name } = Array.isArray(adapters) ? { list: adapters, db: 'trede' } : adapters;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('adapters', 'readwrite');
    for (const adapter of list) tx.objectStore('adapters').put({ id: adapter.id, adapter, savedAt: new Date().toISOString() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return chrome.runtime.sendMessage({ kind: 'trede/adapters-changed' });
}

/**
 * The permission prompt answered with "Allow": headless Chromium shows no prompt, so the grant is made on
 * chrome://extensions (site access, where a user can make it too). The extension's own request for that
 * origin, from a click in one of its pages, then succeeds without a prompt.
 */
export async function allowInBrowser(context, { extensionId, pattern }) {
  const ext = await context.newPage();
  try {
    await ext.goto('chrome://extensions/');
    await ext.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id, host), [extensionId, pattern]);
  } finally {
    await ext.close();
  }
}

/** allowInBrowser, then the extension's request from a click in `extensionPageUrl`; resolves whether it was granted. */
export async function grantOrigin(context, { extensionId, extensionPageUrl, pattern }) {
  await allowInBrowser(context, { extensionId, pattern });
  const page = await context.newPage();
  try {
    await page.goto(extensionPageUrl);
    await page.evaluate((origins) => {
      const button = document.createElement('button');
      button.id = 'bench-request';
      button.textContent = 'request';
      button.addEventListener('click', async () => {
        button.dataset.result = String(await chrome.permissions.request({ origins }));
      });
      document.body.append(button);
    }, [pattern]);
    await page.click('#bench-request');
    return (await page.waitForSelector('#bench-request[data-result]').then((el) => el.getAttribute('data-result'))) === 'true';
  } finally {
    await page.close();
  }
}

/** Waits until the background has registered the content script for `pattern` (it does so on the grant). */
export async function waitForRegistration(worker, pattern, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const matches = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
    if (matches.includes(pattern)) return true;
    if (Date.now() > until) return false;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
