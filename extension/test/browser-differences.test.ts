// Host permissions in a Firefox build: Firefox refuses match patterns with a port, so Trede asks for and
// registers the host without its port, and still reads only pages of the adapter's exact origin.
import { describe, expect, it, vi } from 'vitest';
import { presetAt } from '../src/adapters/presets';
import type { Adapter } from '../src/adapters/schema';
import { originGranted, requestOrigins } from '../src/adapters/permissions';
import * as differences from '../src/browser-differences';
import { setUpOverlay, type OverlayApis } from '../src/background/overlay';
import type { Sender } from '../src/overlay/senders';
import { deleteAdapter, saveAdapters } from '../src/ui/adapters/actions';
import { stubBrowser } from './support/adapters-browser';
import { freshStore } from './support/store';

// Everything below runs as the Firefox build does (import.meta.env.FIREFOX is fixed per build).
vi.mock('../src/browser-differences', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/browser-differences')>();
  return { ...actual, BROWSER_FAMILY: 'firefox', hostPattern: (origin: string, family: 'chromium' | 'firefox' = 'firefox') => actual.hostPattern(origin, family) };
});

const LOCAL_A = 'http://127.0.0.1:42837';
const LOCAL_B = 'http://127.0.0.1:5173';

describe('hostPattern', () => {
  it('Chromium: exactly the origin, port included', () => {
    expect(differences.hostPattern(LOCAL_A, 'chromium')).toBe('http://127.0.0.1:42837/*');
    expect(differences.hostPattern('https://zaak.nl', 'chromium')).toBe('https://zaak.nl/*');
  });

  it('Firefox: scheme and host without the port (Firefox refuses patterns with one)', () => {
    expect(differences.hostPattern(LOCAL_A, 'firefox')).toBe('http://127.0.0.1/*');
    expect(differences.hostPattern('https://zaak.nl:8443', 'firefox')).toBe('https://zaak.nl/*');
    expect(differences.hostPattern('https://zaak.nl', 'firefox')).toBe('https://zaak.nl/*');
    expect(differences.hostPattern('http://[::1]:8080', 'firefox')).toBe('http://[::1]/*');
  });
});

describe('openPanel', () => {
  it('Chromium: the side panel of the clicked tab', () => {
    const open = vi.fn(() => Promise.resolve());
    const sidebar = vi.fn(() => Promise.resolve());
    differences.openPanel({ sidePanel: { open }, sidebarAction: { open: sidebar } }, 7, () => {});
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(sidebar).not.toHaveBeenCalled();
  });

  it('Firefox: the sidebar (there is no side panel API)', () => {
    const sidebar = vi.fn(() => Promise.resolve());
    differences.openPanel({ sidebarAction: { open: sidebar } }, 7, () => {});
    expect(sidebar).toHaveBeenCalledTimes(1);
  });

  it('a refusal is logged, not thrown', async () => {
    const log = vi.fn();
    differences.openPanel({ sidebarAction: { open: () => Promise.reject(new Error('no user gesture')) } }, 7, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Trede: sidebarAction.open failed', expect.any(Error)));
  });
});

describe('permission calls in the Firefox build', () => {
  it('asks for the host without its port, once for two ports of one host, and then counts the origin as granted', async () => {
    const stubs = stubBrowser({ grant: true });
    expect(await requestOrigins([LOCAL_A, LOCAL_B])).toBe(true);
    expect(stubs.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(await originGranted(LOCAL_A)).toBe(true);
    expect(stubs.contains).toHaveBeenLastCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('deleting one of two adapters on other ports of the same host keeps the shared permission; the last one gives it back', async () => {
    const stubs = stubBrowser({ grant: true });
    const store = await freshStore();
    const a = { ...presetAt('werkplein-demo', LOCAL_A), id: 'a' };
    const b = { ...presetAt('werkplein-demo', LOCAL_B), id: 'b' };
    await saveAdapters(store, [a, b]);
    expect([...stubs.granted]).toEqual(['http://127.0.0.1/*']);
    await deleteAdapter(store, a);
    expect(stubs.remove).not.toHaveBeenCalled();
    expect([...stubs.granted]).toEqual(['http://127.0.0.1/*']);
    await deleteAdapter(store, b);
    expect(stubs.remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(stubs.granted.size).toBe(0);
  });
});

describe('the background in the Firefox build', () => {
  const SELF = 'trede-id';
  const page = (url: string): Sender => ({ id: SELF, url, tab: { id: 3, url }, frameId: 0 });

  function firefoxApis(granted: Set<string>) {
    let registered: { id: string; matches: string[] }[] = [];
    const listeners: ((m: unknown, s: Sender, r: (x: unknown) => void) => boolean | undefined)[] = [];
    const api: OverlayApis = {
      runtime: { id: SELF, getURL: (p) => `moz-extension://${SELF}/${p}`, onMessage: { addListener: (l) => listeners.push(l) } },
      // As Firefox answers: a pattern with a port is never granted.
      permissions: { contains: async ({ origins }) => origins.every((o) => granted.has(o)), onAdded: { addListener: () => {} }, onRemoved: { addListener: () => {} } },
      scripting: {
        registerContentScripts: async (scripts) => void (registered = [...registered, ...scripts]),
        unregisterContentScripts: async ({ ids }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
        getRegisteredContentScripts: async ({ ids }) => registered.filter((s) => ids.includes(s.id)),
        executeScript: async () => undefined,
      },
      tabs: { query: async () => [], sendMessage: async () => undefined },
      sidebarAction: { open: async () => {} },
    };
    const ask = (message: unknown, sender: Sender) =>
      new Promise((resolve) => {
        if (!listeners.some((l) => l(message, sender, resolve) === true)) resolve(undefined);
      });
    return { api, ask, registered: () => registered };
  }

  const data = (adapters: Adapter[]) => ({
    adapters: async () => adapters,
    badge: async () => ({ tone: 'none' as const, text: 'b', title: 't' }),
    unavailable: async () => ({ tone: 'none' as const, text: 'u', title: 't' }),
  });

  it('registers the content script once for the host, and gives rules only to pages of the adapter’s exact origin', async () => {
    const fx = firefoxApis(new Set(['http://127.0.0.1/*']));
    const a = { ...presetAt('werkplein-demo', LOCAL_A), id: 'a' };
    const b = { ...presetAt('werkplein-demo', LOCAL_B), id: 'b' };
    const overlay = setUpOverlay(fx.api, data([a, b]), () => {});
    expect(await overlay.sync()).toEqual(['http://127.0.0.1/*']);
    expect(fx.registered().map((s) => s.matches)).toEqual([['http://127.0.0.1/*']]);
    const rules = (href: string) => fx.ask({ kind: 'trede/rules', href }, page(href)) as Promise<{ adapterId: string } | null>;
    expect((await rules(`${LOCAL_A}/klant.html?klantnummer=1`))?.adapterId).toBe('a');
    expect((await rules(`${LOCAL_B}/klant.html?klantnummer=1`))?.adapterId).toBe('b');
    // Another port on the same host: the registration reaches it, but no adapter is for that origin.
    expect(await rules('http://127.0.0.1:9999/klant.html?klantnummer=1')).toBeNull();
    expect(await fx.ask({ kind: 'trede/badge', reference: 'WP-1' }, page('http://127.0.0.1:9999/klant.html'))).toBeNull();
  });
});
