import { describe, expect, it, vi } from 'vitest';
import { PRESETS, presetAt } from '../src/adapters/presets';
import type { Adapter } from '../src/adapters/schema';
import { adapterFor, OVERLAY_SCRIPT_FILE, OVERLAY_SCRIPT_ID, setUpOverlay, type OverlayApis } from '../src/background/overlay';

type Listener = (message: unknown, sender: { tab?: { id?: number; url?: string } }, sendResponse: (r: unknown) => void) => boolean | undefined;

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
    runtime: { onMessage: { addListener: (l) => listeners.push(l) } },
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
  const ask = (message: unknown, sender = {}) =>
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
    expect(await f.ask({ kind: 'trede/rules', href: 'https://ander.example.nl/klant.html' })).toBeNull();
    expect(await f.ask({ kind: 'trede/rules', href: 'https://onbekend.example.nl/' })).toBeNull();
  });

  it('badge text from the data; an unreadable store gives the "unavailable" badge', async () => {
    const f = fakeApis([]);
    setUpOverlay(f.api, data([]), () => {});
    expect(await f.ask({ kind: 'trede/badge', reference: '710204418' })).toMatchObject({ text: 'badge 710204418' });
    const g = fakeApis([]);
    setUpOverlay(g.api, { ...data([]), badge: () => Promise.reject(new Error('corrupt')) }, () => {});
    expect(await g.ask({ kind: 'trede/badge', reference: '1' })).toMatchObject({ text: 'unavailable' });
  });

  it('a click on the badge opens the side panel on that tab', async () => {
    const f = fakeApis([]);
    setUpOverlay(f.api, data([]), () => {});
    await f.ask({ kind: 'trede/open-panel' }, { tab: { id: 7 } });
    expect(f.open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('ignores messages that are not ours', async () => {
    const f = fakeApis([]);
    setUpOverlay(f.api, data([]), () => {});
    expect(await f.ask({ kind: 'other' })).toBeUndefined();
    expect(await f.ask('trede/rules')).toBeUndefined();
    expect(await f.ask({ kind: 'trede/rules', href: 42 })).toBeUndefined();
  });
});

describe('adapterFor', () => {
  it('matches origin exactly (scheme, host and port) and the paths pattern', () => {
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5178/klant.html')?.id).toBe('werkplein-demo');
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5178/spa/klant/1')?.id).toBe('werkplein-demo-app');
    expect(adapterFor(PRESETS, 'http://127.0.0.1:5179/klant.html')).toBeUndefined();
    expect(adapterFor(PRESETS, 'not a url')).toBeUndefined();
  });
});
