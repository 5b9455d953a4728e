import { describe, expect, it, vi } from 'vitest';
import { PRESETS, presetAt } from '../src/adapters/presets';
import type { Adapter } from '../src/adapters/schema';
import { adapterFor, adapterForScript, OVERLAY_SCRIPT_FILE, OVERLAY_SCRIPT_ID, setUpOverlay, type OverlayApis } from '../src/background/overlay';
import { MAX_ADDRESS } from '../src/overlay/detect';
import type { Sender } from '../src/overlay/senders';

type Listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => boolean | undefined;

const SELF_ID = 'trede-extension-id';
const PAGES = `chrome-extension://${SELF_ID}/`;
/** What the browser says about a sender: Trede's content script on `url` in tab 7 (top frame). */
const page = (url: string, tabId = 7): Sender => ({ id: SELF_ID, url, tab: { id: tabId, url }, frameId: 0 });
/** Trede's options page. */
const OPTIONS: Sender = { id: SELF_ID, url: `${PAGES}options.html` };
const ZAAK_PAGE = page('https://zaak.example.nl/klant.html');

/** A browser with a permission set and a script registry, as much of it as the background uses. */
function fakeApis(grantedOrigins: string[], openTabs: { id: number; url: string; running: boolean }[] = []) {
  const granted = new Set(grantedOrigins.map((o) => `${o}/*`));
  let registered: { id: string; js: string[]; matches: string[] }[] = [];
  const listeners: Listener[] = [];
  const permissionListeners: (() => void)[] = [];
  const injected: number[] = [];
  const refreshed: number[] = [];
  const open = vi.fn(() => Promise.resolve());
  const api: OverlayApis = {
    runtime: { id: SELF_ID, getURL: (path) => `chrome-extension://${SELF_ID}/${path.replace(/^\//, '')}`, onMessage: { addListener: (l) => listeners.push(l) } },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      onAdded: { addListener: (l) => permissionListeners.push(l) },
      onRemoved: { addListener: (l) => permissionListeners.push(l) },
    },
    scripting: {
      registerContentScripts: async (scripts) => void (registered = [...registered, ...scripts]),
      unregisterContentScripts: async ({ ids }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
      getRegisteredContentScripts: async ({ ids }) => registered.filter((s) => ids.includes(s.id)),
      executeScript: async ({ target }) => void injected.push(target.tabId),
    },
    tabs: {
      query: async ({ url }) => openTabs.filter((t) => url.some((p) => t.url.startsWith(p.slice(0, -1)))),
      sendMessage: async (tabId) => {
        if (!openTabs.find((t) => t.id === tabId)?.running) throw new Error('no receiver');
        refreshed.push(tabId);
      },
    },
    sidePanel: { open },
  };
  const ask = (message: unknown, sender: Sender = ZAAK_PAGE) =>
    new Promise((resolve) => {
      const async = listeners.some((l) => l(message, sender, resolve) === true);
      if (!async) resolve(undefined);
    });
  return {
    api,
    ask,
    open,
    injected,
    refreshed,
    grant: (origin: string) => {
      granted.add(`${origin}/*`);
      permissionListeners.forEach((l) => l());
    },
    revoke: (origin: string) => {
      granted.delete(`${origin}/*`);
      permissionListeners.forEach((l) => l());
    },
    registered: () => registered,
  };
}

const data = (adapters: Adapter[]) => ({
  adapters: async () => adapters,
  badge: async (reference: string) => ({ tone: 'none' as const, text: `badge ${reference}`, title: 't' }),
  unavailable: async () => ({ tone: 'none' as const, text: 'unavailable', title: 't' }),
});

const A = presetAt('werkplein-demo', 'https://zaak.example.nl');
const B = presetAt('werkplein-demo-app', 'https://zaak.example.nl');
const C = { ...presetAt('werkplein-demo', 'https://ander.example.nl'), id: 'ander' };

describe('overlay registration', () => {
  it('registers the content script for granted origins only, once per origin', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    const overlay = setUpOverlay(f.api, data([A, B, C]), () => {});
    expect(await overlay.sync()).toEqual(['https://zaak.example.nl/*']);
    expect(f.registered()).toEqual([{ id: OVERLAY_SCRIPT_ID, js: [OVERLAY_SCRIPT_FILE], matches: ['https://zaak.example.nl/*'], runAt: 'document_idle' }]);
  });

  it('without any granted origin nothing is registered', async () => {
    const f = fakeApis([]);
    const overlay = setUpOverlay(f.api, data([A, C]), () => {});
    expect(await overlay.sync()).toEqual([]);
    expect(f.registered()).toEqual([]);
  });

  it('follows permission changes: granting adds the origin, revoking removes it', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    const overlay = setUpOverlay(f.api, data([A, C]), () => {});
    await overlay.sync();
    f.grant('https://ander.example.nl');
    await vi.waitFor(() => expect(f.registered()[0]?.matches).toEqual(['https://zaak.example.nl/*', 'https://ander.example.nl/*']));
    f.revoke('https://zaak.example.nl');
    await vi.waitFor(() => expect(f.registered()[0]?.matches).toEqual(['https://ander.example.nl/*']));
    f.revoke('https://ander.example.nl');
    await vi.waitFor(() => expect(f.registered()).toEqual([]));
  });

  it('starts the script in tabs already open on a new origin; running ones re-read their rules', async () => {
    const f = fakeApis(['https://zaak.example.nl'], [
      { id: 1, url: 'https://zaak.example.nl/klant.html', running: false },
      { id: 2, url: 'https://zaak.example.nl/index.html', running: true },
      { id: 3, url: 'https://elders.example.nl/', running: false },
    ]);
    await setUpOverlay(f.api, data([A]), () => {}).sync();
    expect(f.injected).toContain(1);
    expect(f.injected).not.toContain(2);
    expect(f.injected).not.toContain(3);
    expect(f.refreshed).toContain(2);
  });
});

describe('answers to the content script', () => {
  it('rules: the adapter for the page’s origin and path, only with permission', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    setUpOverlay(f.api, data([A, B, C]), () => {});
    expect(await f.ask({ kind: 'trede/rules', href: 'https://zaak.example.nl/klant.html?klantnummer=1' })).toMatchObject({ adapterId: A.id });
    expect(await f.ask({ kind: 'trede/rules', href: 'https://zaak.example.nl/spa/klant/1' })).toMatchObject({ adapterId: B.id });
    const ander = 'https://ander.example.nl/klant.html';
    expect(await f.ask({ kind: 'trede/rules', href: ander }, page(ander))).toBeNull();
    expect(await f.ask({ kind: 'trede/rules', href: 'https://onbekend.example.nl/' }, page('https://onbekend.example.nl/'))).toBeNull();
  });

  it('badge text from the data; an unreadable store gives the "unavailable" badge', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    setUpOverlay(f.api, data([A]), () => {});
    expect(await f.ask({ kind: 'trede/badge', reference: '710204418' })).toMatchObject({ text: 'badge 710204418' });
    const g = fakeApis(['https://zaak.example.nl']);
    setUpOverlay(g.api, { ...data([A]), badge: () => Promise.reject(new Error('corrupt')) }, () => {});
    expect(await g.ask({ kind: 'trede/badge', reference: '1' })).toMatchObject({ text: 'unavailable' });
  });

  it('a click on the badge opens the side panel on that tab', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    await setUpOverlay(f.api, data([A]), () => {}).sync();
    await f.ask({ kind: 'trede/open-panel' }, page('https://zaak.example.nl/klant.html', 7));
    expect(f.open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('right after the worker woke up (no registration known yet) the click still opens the panel', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    // Adapters that never finish loading: the first sync cannot have finished when the click arrives.
    setUpOverlay(f.api, { ...data([A]), adapters: () => new Promise<Adapter[]>(() => {}) }, () => {});
    await f.ask({ kind: 'trede/open-panel' }, page('https://zaak.example.nl/klant.html', 9));
    expect(f.open).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('the options page’s "adapters changed" makes it register again', async () => {
    const f = fakeApis(['https://zaak.example.nl']);
    const adapters: Adapter[] = [];
    setUpOverlay(f.api, data(adapters), () => {});
    adapters.push(A);
    expect(await f.ask({ kind: 'trede/adapters-changed' }, OPTIONS)).toEqual(['https://zaak.example.nl/*']);
  });

  it('ignores messages that are not ours', async () => {
    const f = fakeApis([]);
    setUpOverlay(f.api, data([]), () => {});
    expect(await f.ask({ kind: 'other' })).toBeUndefined();
    expect(await f.ask('trede/rules')).toBeUndefined();
    expect(await f.ask({ kind: 'trede/rules', href: 42 })).toBeUndefined();
  });
});

describe('forged messages change nothing (sender and shape checked)', () => {
  const ZAAK = 'https://zaak.example.nl';
  /** Senders that are not Trede's content script on a granted page, each with why. */
  const strangers: [string, Sender][] = [
    ['a sender the browser says nothing about', {}],
    ['another extension', { ...ZAAK_PAGE, id: 'some-other-extension' }],
    ['no extension id (a web page, were it let through)', { url: ZAAK_PAGE.url, tab: ZAAK_PAGE.tab, frameId: 0 }],
    ['a frame inside the page', { ...ZAAK_PAGE, frameId: 3 }],
    ['not in a tab', { id: SELF_ID, url: ZAAK_PAGE.url }],
    ['a page of another scheme', page('file:///home/klant.html')],
    ['another extension’s page', { id: SELF_ID, url: 'chrome-extension://someone-else/options.html' }],
  ];

  /** A background with A stored and granted, synced; and what it did. */
  async function background() {
    const f = fakeApis([ZAAK]);
    const badge = vi.fn(async (reference: string) => ({ tone: 'none' as const, text: `badge ${reference}`, title: 't' }));
    const overlay = setUpOverlay(f.api, { ...data([A]), badge }, () => {});
    await overlay.sync();
    const registrations = vi.spyOn(f.api.scripting, 'registerContentScripts');
    return { ...f, badge, registrations };
  }

  it.each(strangers)('from %s: no rules, no badge, no panel, no re-registration', async (_why, sender) => {
    const b = await background();
    expect(await b.ask({ kind: 'trede/rules', href: ZAAK_PAGE.url }, sender)).toBeUndefined();
    expect(await b.ask({ kind: 'trede/badge', reference: '710204418' }, sender)).toBeUndefined();
    expect(await b.ask({ kind: 'trede/open-panel' }, sender)).toBeUndefined();
    expect(await b.ask({ kind: 'trede/adapters-changed' }, sender)).toBeUndefined();
    expect(b.badge).not.toHaveBeenCalled();
    expect(b.open).not.toHaveBeenCalled();
    expect(b.registrations).not.toHaveBeenCalled();
  });

  it('the same messages from the right senders do answer (the checks above are not blocking everything)', async () => {
    const b = await background();
    expect(await b.ask({ kind: 'trede/rules', href: ZAAK_PAGE.url })).toMatchObject({ adapterId: A.id });
    expect(await b.ask({ kind: 'trede/badge', reference: '710204418' })).toMatchObject({ text: 'badge 710204418' });
    await b.ask({ kind: 'trede/open-panel' });
    expect(b.open).toHaveBeenCalledTimes(1);
    expect(await b.ask({ kind: 'trede/adapters-changed' }, OPTIONS)).toEqual([`${ZAAK}/*`]);
  });

  it('a content script may not send what only Trede’s pages send, nor a page what only content scripts send', async () => {
    const b = await background();
    expect(await b.ask({ kind: 'trede/adapters-changed' }, ZAAK_PAGE)).toBeUndefined();
    expect(b.registrations).not.toHaveBeenCalled();
    expect(await b.ask({ kind: 'trede/badge', reference: '710204418' }, OPTIONS)).toBeUndefined();
    expect(await b.ask({ kind: 'trede/open-panel' }, { ...OPTIONS, tab: { id: 3 } })).toBeUndefined();
    expect(b.badge).not.toHaveBeenCalled();
    expect(b.open).not.toHaveBeenCalled();
  });

  it('a content script on an origin without a granted adapter gets no badge and opens no panel', async () => {
    const b = await background();
    const elsewhere = page('https://elders.example.nl/klant.html');
    expect(await b.ask({ kind: 'trede/badge', reference: '710204418' }, elsewhere)).toBeNull();
    expect(await b.ask({ kind: 'trede/rules', href: elsewhere.url }, elsewhere)).toBeNull();
    await b.ask({ kind: 'trede/open-panel' }, elsewhere);
    expect(b.badge).not.toHaveBeenCalled();
    expect(b.open).not.toHaveBeenCalled();
    // Stored but not granted: the same.
    const c = fakeApis([]);
    const badge = vi.fn(async () => ({ tone: 'none' as const, text: 'x', title: 't' }));
    await setUpOverlay(c.api, { ...data([A]), badge }, () => {}).sync();
    expect(await c.ask({ kind: 'trede/badge', reference: '710204418' })).toBeNull();
    expect(badge).not.toHaveBeenCalled();
  });

  it('a page asks about its own origin only', async () => {
    const b = await background();
    const ander = page('https://ander.example.nl/');
    expect(await b.ask({ kind: 'trede/rules', href: ZAAK_PAGE.url }, ander)).toBeUndefined();
  });

  it('messages of the wrong shape are ignored: extra fields, wrong types, oversized values', async () => {
    const b = await background();
    const forged: unknown[] = [
      { kind: 'trede/rules', href: ZAAK_PAGE.url, extra: true },
      { kind: 'trede/rules', href: 42 },
      { kind: 'trede/rules', href: `${ZAAK}/${'a'.repeat(70_000)}` },
      { kind: 'trede/badge', reference: '' },
      { kind: 'trede/badge', reference: '7'.repeat(2_001) },
      { kind: 'trede/badge', reference: ['710204418'] },
      { kind: 'trede/open-panel', tabId: 99 },
      { kind: 'trede/adapters-changed', adapters: [] },
      'trede/rules',
      null,
      { kind: 'other' },
    ];
    for (const message of forged) {
      const sender = (message as { kind?: string } | null)?.kind === 'trede/adapters-changed' ? OPTIONS : ZAAK_PAGE;
      expect(await b.ask(message, sender), JSON.stringify(message)?.slice(0, 60)).toBeUndefined();
    }
    expect(b.badge).not.toHaveBeenCalled();
    expect(b.open).not.toHaveBeenCalled();
    expect(b.registrations).not.toHaveBeenCalled();
  });
});

describe('adapterFor', () => {
  it('matches origin exactly (scheme, host and port) and the paths pattern', () => {
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5178/klant.html')?.id).toBe('werkplein-demo');
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5178/spa/klant/1')?.id).toBe('werkplein-demo-app');
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5179/klant.html')).toBeUndefined();
    expect(adapterFor(PRESETS, 'not a url')).toBeUndefined();
  });

  it('the content script gets the origin’s first adapter where no paths fit, so it can follow a navigation into them; another origin gets none', () => {
    const onlyApp = PRESETS.filter((p) => p.id === 'werkplein-demo-app');
    expect(adapterFor(onlyApp, 'http://127.0.0.1:5178/spa')?.id).toBe('werkplein-demo-app');
    expect(adapterFor(onlyApp, 'http://127.0.0.1:5178/index.html')).toBeUndefined();
    expect(adapterForScript(onlyApp, 'http://127.0.0.1:5178/index.html')?.id).toBe('werkplein-demo-app');
    expect(adapterForScript(PRESETS, 'http://127.0.0.1:5178/spa/klant/1')?.id).toBe('werkplein-demo-app');
    expect(adapterForScript(onlyApp, 'http://127.0.0.1:5179/index.html')).toBeUndefined();
    expect(adapterForScript(onlyApp, `http://127.0.0.1:5178/${'1'.repeat(MAX_ADDRESS)}`)).toBeUndefined();
  });

  it('runs no pattern on an address longer than MAX_ADDRESS: that page gets no adapter', () => {
    // A quadratic `paths` pattern (the options page refuses those; an older stored adapter may have one).
    const slow = { ...presetAt('werkplein-demo', 'https://zaak.example.nl'), paths: '(\\d+)$' };
    // A cheap pattern on the long address, so that a regression shows as a failed expectation, not a hung test.
    const cheap = { ...slow, paths: '^/\\d' };
    const test = vi.spyOn(RegExp.prototype, 'test');
    const long = `https://zaak.example.nl/${'1'.repeat(1_000_000)}x`;
    expect(adapterFor([cheap], long)).toBeUndefined();
    expect(test).not.toHaveBeenCalled();
    test.mockRestore();
    // At the limit it still answers, and the worst case of that pattern stays quick (within the test's timeout).
    const atLimit = `https://zaak.example.nl/${'1'.repeat(MAX_ADDRESS - 2)}x`;
    expect(adapterFor([slow], atLimit)).toBeUndefined();
    expect(adapterFor([slow], `https://zaak.example.nl/klant/${'1'.repeat(MAX_ADDRESS - 8)}`)?.id).toBe('werkplein-demo');
  });
});
