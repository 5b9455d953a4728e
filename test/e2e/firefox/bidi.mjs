// @ts-check
// A small WebDriver BiDi driver for Firefox ESR with the Trede extension installed: what the end-to-end
// tests and the bench need, no more. Firefox runs headless in a fresh temporary profile, with the remote
// agent on a free port (read from its stderr); the unpacked Firefox build is installed as a temporary
// add-on with webExtension.install, under a fixed internal UUID (profile pref extensions.webextensions.uuids)
// so its pages have a known moz-extension:// address.
//
// Every command has a timeout. Firefox runs in a process group of its own, and close() ends that group (and
// removes the profile); so does this process's exit, and a watchdog when this process is killed, so no
// Firefox is ever left running.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectWebSocket } from './websocket.mjs';

/** The internal UUID the tests give Trede, so its pages live at moz-extension://<uuid>/. */
export const EXTENSION_UUID = '7a3e0c1d-5b2f-4e8a-9c14-0e2e14f1e1d4';

/**
 * The add-on id an unpacked Firefox build declares (browser_specific_settings.gecko.id), or null.
 * @param {string} extensionPath
 * @returns {string | null}
 */
export function addonId(extensionPath) {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
    return manifest.browser_specific_settings?.gecko?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * Preferences of the test profile. Firefox's remote agent already sets its recommended automation prefs
 * (no updates, no telemetry, no first-run pages); these add what Trede's tests need.
 * @param {string | null} id the add-on's id
 * @param {string} uuid
 */
export function profilePrefs(id, uuid = EXTENSION_UUID) {
  return {
    // Trede's pages at a known address.
    ...(id ? { 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) } : {}),
    // permissions.request() grants without a doorhanger (the request itself still needs a real user gesture).
    'extensions.webextOptionalPermissionPrompts': false,
    // Headless windows never get the operating system's focus: without this, a page never has focus and
    // Enter or Space on a focused button does not press it.
    'focusmanager.testmode': true,
    // Dutch first, as a caseworker's browser.
    'intl.accept_languages': 'nl-NL, nl, en',
    // Nothing the browser fetches by itself.
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.region.network.url': '',
    'browser.topsites.contile.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

const KEYS = /** @type {const} */ ({
  Tab: '\uE004',
  Enter: '\uE007',
  Space: ' ',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  End: '\uE010',
  Home: '\uE011',
});
/** @typedef {keyof typeof KEYS} KeyName */

/** @param {number} ms */
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * The BiDi connection: commands with ids and timeouts, events to listeners.
 */
export class BiDiConnection {
  /** @param {import('./websocket.mjs').TextSocket} socket */
  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    /** @type {Map<number, { ok: (v: any) => void, fail: (e: Error) => void, timer: NodeJS.Timeout, method: string }>} */
    this.pending = new Map();
    /** @type {Map<string, ((params: any) => void)[]>} */
    this.listeners = new Map();
    this.closedReason = /** @type {string | null} */ (null);
    /** The tab keys go to: the one activated last. */
    this.activeContext = /** @type {string | null} */ (null);
    socket.onMessage((text) => {
      const message = JSON.parse(text);
      if (typeof message.id === 'number' && this.pending.has(message.id)) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        clearTimeout(waiting?.timer);
        if (message.type === 'error') waiting?.fail(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
        else waiting?.ok(message.result);
      } else if (message.type === 'event') {
        for (const l of this.listeners.get(message.method) ?? []) l(message.params);
      }
    });
    socket.onClose((reason) => {
      this.closedReason = reason;
      for (const [, waiting] of this.pending) {
        clearTimeout(waiting.timer);
        waiting.fail(new Error(`${waiting.method}: the BiDi connection ended (${reason})`));
      }
      this.pending.clear();
    });
  }

  /**
   * Sends one command and resolves with its result.
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @param {number} [timeoutMs]
   * @returns {Promise<any>}
   */
  send(method, params = {}, timeoutMs = 30_000) {
    if (this.closedReason) return Promise.reject(new Error(`${method}: the BiDi connection ended (${this.closedReason})`));
    const id = this.nextId++;
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        fail(new Error(`${method}: no answer from Firefox within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { ok, fail, timer, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /**
   * @param {string} event
   * @param {(params: any) => void} listener
   */
  on(event, listener) {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
  }

  close() {
    this.socket.close();
  }
}

/**
 * One tab (a top-level browsing context) and what the tests do in it.
 */
export class Tab {
  /**
   * @param {BiDiConnection} bidi
   * @param {string} context
   */
  constructor(bidi, context) {
    this.bidi = bidi;
    this.context = context;
  }

  /**
   * Loads `url` and waits until the document has loaded.
   * @param {string} url
   */
  async goto(url) {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload() {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async back() {
    await this.bidi.send('browsingContext.traverseHistory', { context: this.context, delta: -1 });
  }

  /** @param {{ width: number, height: number }} viewport */
  async setViewport(viewport) {
    await this.bidi.send('browsingContext.setViewport', { context: this.context, viewport });
  }

  async activate() {
    await this.bidi.send('browsingContext.activate', { context: this.context });
    this.bidi.activeContext = this.context;
  }

  /** Keys go to the active tab only (as in a real window): this one is brought to the front first. */
  async ensureActive() {
    if (this.bidi.activeContext !== this.context) await this.activate();
  }

  async close() {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => {});
  }

  /** The tab's address now. */
  async url() {
    return this.evaluate(() => location.href);
  }

  /**
   * Runs `fn(...args)` in the page and returns its (awaited) result, carried as JSON. `args` and the result
   * must be JSON values; `undefined` comes back as undefined.
   * @template {unknown[]} A
   * @template R
   * @param {(...args: A) => R} fn
   * @param {A} args
   * @returns {Promise<Awaited<R>>}
   */
  async evaluate(fn, ...args) {
    const functionDeclaration = `async function () { const value = await (${fn.toString()}).apply(null, ${JSON.stringify(args)}); return JSON.stringify({ value }); }`;
    const answer = await this.bidi.send('script.callFunction', {
      functionDeclaration,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(answer.result.value).value;
  }

  /**
   * Runs `fn(...args)` with `this` bound to the shadow root of the first element matching `hostSelector`,
   * open or closed (BiDi hands closed ones to the driver, not to the page). Resolves with the JSON result, or
   * undefined when there is no such element or shadow root.
   * @template {unknown[]} A
   * @template R
   * @param {string} hostSelector
   * @param {(this: ShadowRoot, ...args: A) => R} fn
   * @param {A} args
   * @returns {Promise<Awaited<R> | undefined>}
   */
  async evaluateInShadowRoot(hostSelector, fn, ...args) {
    const { nodes } = await this.bidi.send('browsingContext.locateNodes', {
      context: this.context,
      locator: { type: 'css', value: hostSelector },
      maxNodeCount: 1,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const root = nodes[0]?.value?.shadowRoot;
    if (!root?.sharedId) return undefined;
    const functionDeclaration = `async function () { const value = await (${fn.toString()}).apply(this, ${JSON.stringify(args)}); return JSON.stringify({ value }); }`;
    const answer = await this.bidi.send('script.callFunction', {
      functionDeclaration,
      this: { sharedId: root.sharedId },
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(answer.result.value).value;
  }

  /**
   * Evaluates a script source as it is (e.g. a library that defines a global). Resolves when it ran.
   * @param {string} source
   */
  async runScript(source) {
    const answer = await this.bidi.send('script.evaluate', { expression: source, target: { context: this.context }, awaitPromise: false, resultOwnership: 'none' }, 60_000);
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'exception'}`);
  }

  /**
   * Polls `fn(...args)` in the page until it returns something truthy, and returns that.
   * @template {unknown[]} A
   * @template R
   * @param {(...args: A) => R} fn
   * @param {{ timeoutMs?: number, what?: string }} options
   * @param {A} args
   * @returns {Promise<Awaited<R>>}
   */
  async waitUntil(fn, { timeoutMs = 10_000, what = 'the condition' } = {}, ...args) {
    const until = Date.now() + timeoutMs;
    let last = /** @type {unknown} */ (null);
    for (;;) {
      try {
        const value = await this.evaluate(fn, ...args);
        if (value) return value;
        last = value;
      } catch (e) {
        // A page in the middle of a navigation has no realm for a moment.
        last = e instanceof Error ? e.message : e;
      }
      if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}; last: ${JSON.stringify(last)}`);
      await sleep(50);
    }
  }

  /**
   * Waits until an element matching `selector` is in the document (and, with `visible`, has a box).
   * @param {string} selector
   * @param {{ timeoutMs?: number, visible?: boolean }} [options]
   */
  async waitFor(selector, { timeoutMs = 10_000, visible = false } = {}) {
    await this.waitUntil(
      (sel, mustShow) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        if (!mustShow) return true;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      },
      { timeoutMs, what: selector },
      selector,
      visible,
    ).catch(async (error) => {
      // What the page showed instead, so that a failure in CI says where the page was.
      const where = await this.evaluate(() => ({
        focused: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? document.activeElement?.tagName,
        testIds: Array.from(document.querySelectorAll('main [data-testid], [data-testid$="-screen"]')).slice(0, 12).map((el) => el.getAttribute('data-testid')),
      })).catch(() => null);
      throw new Error(`${error.message}; the page: ${JSON.stringify(where)}`);
    });
  }

  /**
   * Presses and releases a key, as a keyboard does (a trusted event).
   * @param {KeyName} key
   */
  async press(key) {
    await this.ensureActive();
    const value = KEYS[key];
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
  }

  /**
   * Types text key by key.
   * @param {string} text
   */
  async type(text) {
    await this.ensureActive();
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /**
   * A real mouse click at viewport coordinates (a user gesture, which permissions.request needs).
   * @param {number} x
   * @param {number} y
   */
  async clickAt(x, y) {
    await this.ensureActive();
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  /**
   * Scrolls the first element matching `selector` into view and clicks its middle with the mouse.
   * @param {string} selector
   * @param {{ timeoutMs?: number }} [options]
   */
  async click(selector, { timeoutMs = 10_000 } = {}) {
    const box = await this.waitUntil(
      async (sel) => {
        const el = document.querySelector(sel);
        if (!el || (el instanceof HTMLButtonElement && el.disabled)) return null;
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const middle = () => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        };
        // Only a box that stays put and is not covered: a form that moves the focus (and so scrolls) as it
        // opens, or a notice that pushes the button down, would otherwise take the click somewhere else.
        const first = middle();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const then = middle();
        if (!first || !then || first.x !== then.x || first.y !== then.y) return null;
        const hit = document.elementFromPoint(then.x, then.y);
        return hit && el.contains(hit) ? then : null;
      },
      { timeoutMs, what: `${selector} to click` },
      selector,
    );
    if (!box) throw new Error(`${selector}: no box to click`);
    await this.clickAt(box.x, box.y);
  }

  /**
   * Focuses the first element matching `selector` (as a script; for starting keyboard navigation).
   * @param {string} selector
   */
  async focus(selector) {
    await this.waitFor(selector);
    // Until the element holds the focus: a screen that moves the focus to its heading as it shows (on a
    // loaded machine, a moment later) would otherwise take it back before the next key.
    await this.waitUntil(
      (sel) => {
        const el = /** @type {HTMLElement | null} */ (document.querySelector(sel));
        el?.focus();
        return el !== null && document.activeElement === el;
      },
      { what: `${selector} to hold the focus` },
      selector,
    );
  }

  /** A PNG of the viewport (or the whole document). @param {boolean} [fullPage] */
  async screenshot(fullPage = false) {
    const { data } = await this.bidi.send('browsingContext.captureScreenshot', { context: this.context, ...(fullPage ? { origin: 'document' } : {}) });
    return Buffer.from(data, 'base64');
  }
}

/**
 * @typedef {object} FirefoxSession
 * @property {BiDiConnection} bidi
 * @property {string} extensionBase  moz-extension://<uuid>/
 * @property {number} pid
 * @property {string} profileDir
 * @property {string[]} pageErrors  uncaught errors of every page, as "<url>: <message>"
 * @property {(url?: string, viewport?: { width: number, height: number }) => Promise<Tab>} newTab
 * @property {() => Promise<void>} close
 */

/** Processes this module started and has not ended yet: ended on exit whatever happens. */
const running = new Set();
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/**
 * Ends the process group of `pid`: SIGTERM, then SIGKILL if it is still there after `graceMs`.
 * @param {number} pid
 * @param {Promise<unknown>} exited
 * @param {number} graceMs
 */
async function endGroup(pid, exited, graceMs = 3_000) {
  /** @param {NodeJS.Signals} sig */
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      /* gone */
    }
  };
  signal('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) signal('SIGKILL');
  await Promise.race([exited, sleep(2_000)]);
  // Children (content processes) may outlive the parent for a moment: the whole group, once more.
  signal('SIGKILL');
  running.delete(pid);
}

/**
 * Starts Firefox with the unpacked extension at `extensionPath` installed and a BiDi session open.
 * @param {{
 *   executablePath: string,
 *   extensionPath: string | null,
 *   headless?: boolean,
 *   startTimeoutMs?: number,
 *   uuid?: string,
 *   log?: (line: string) => void,
 * }} options
 * @returns {Promise<FirefoxSession>}
 */
export async function launchFirefox({ executablePath, extensionPath, headless = true, startTimeoutMs = 30_000, uuid = EXTENSION_UUID, log = (line) => console.error(line) }) {
  const profileDir = mkdtempSync(join(tmpdir(), 'trede-firefox-'));
  const id = extensionPath ? addonId(extensionPath) : null;
  if (extensionPath && !id) log(`${extensionPath} declares no add-on id (browser_specific_settings.gecko.id): its pages get a random UUID.`);
  const prefs = Object.entries(profilePrefs(id, uuid)).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(profileDir, 'user.js'), `${prefs.join('\n')}\n`);
  const args = [...(headless ? ['--headless'] : []), '--no-remote', '--profile', profileDir, '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'];
  const child = spawn(executablePath, args, {
    detached: true, // a process group of its own, ended as a whole
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const pid = /** @type {number} */ (child.pid);
  running.add(pid);
  const exited = new Promise((ok) => child.once('exit', ok));
  // Should this process be killed before it can clean up (kill -9, a worker torn down), a watchdog outside it
  // ends Firefox's group and removes the profile within a second or two.
  const watchdog = spawn(
    'sh',
    ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -9 -"$2" 2>/dev/null; rm -rf "$3"', 'trede-firefox-watchdog', String(process.pid), String(pid), profileDir],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  let stderr = '';
  const cleanUp = async () => {
    await endGroup(pid, exited);
    rmSync(profileDir, { recursive: true, force: true });
    watchdog.kill('SIGKILL');
  };

  try {
    const address = await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Firefox gave no BiDi address within ${startTimeoutMs} ms. Its output:\n${stderr.slice(-2000)}`)), startTimeoutMs);
      child.stderr?.on('data', (chunk) => {
        stderr += String(chunk);
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Firefox exited (${code}) before it was ready. Its output:\n${stderr.slice(-2000)}`));
      });
    });
    const bidi = new BiDiConnection(await connectWebSocket(`${address}/session`));
    await bidi.send('session.new', { capabilities: {} });
    /** @type {string[]} */
    const pageErrors = [];
    bidi.on('log.entryAdded', (entry) => {
      if (entry.type === 'javascript' && entry.level === 'error') pageErrors.push(`${entry.source?.context ?? ''}: ${entry.text}`);
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    if (extensionPath) {
      const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionPath } });
      if (extension !== id) log(`Firefox installed the extension as ${extension}, not ${id}: its UUID pref does not apply.`);
    }
    let closed = /** @type {Promise<void> | null} */ (null);
    return {
      bidi,
      extensionBase: `moz-extension://${uuid}/`,
      pid,
      profileDir,
      pageErrors,
      async newTab(url, viewport) {
        // Always a new tab: an extension page loaded into the tab Firefox starts with never gets the focus.
        const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
        const tab = new Tab(bidi, context);
        bidi.activeContext = context; // a new tab comes to the front
        if (viewport) await tab.setViewport(viewport);
        if (url) await tab.goto(url);
        return tab;
      },
      close() {
        closed ??= (async () => {
          await bidi.send('browser.close', {}, 3_000).catch(() => {});
          bidi.close();
          await cleanUp();
        })();
        return closed;
      },
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}
