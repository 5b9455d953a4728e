/**
 * The background's part of the overlay: which content script runs where, and answers to it.
 *
 * Least privilege: the content script is not in the manifest. It is registered at runtime for exactly the
 * origins of configured adapters that the caseworker granted (optional host permissions), and re-registered
 * whenever adapters or permissions change; an origin without permission gets nothing injected.
 *
 * Only the parts of the browser API used here are typed, so the module can be tested with a stub.
 */
import { pageRules, type Adapter } from '../adapters/schema';
import { hostPattern, openPanel, type PanelOpeners } from '../browser-differences';
import type { BadgeContent } from '../overlay/badge';
import { addressForPatterns } from '../overlay/detect';
import { AdaptersChangedSchema, BadgeRequestSchema, OpenPanelSchema, RulesRequestSchema } from './messages';
import type { RulesResponse } from '../overlay/protocol';
import { contentScriptOrigin, senderKind, type Self, type Sender } from '../overlay/senders';

export const OVERLAY_SCRIPT_ID = 'trede-overlay';
/** The built content script (entrypoints/overlay.ts, an unlisted script). */
export const OVERLAY_SCRIPT_FILE = 'overlay.js';

interface Listenable<F> {
  addListener(listener: F): void;
}
interface Tab {
  id?: number;
  url?: string;
}

export interface OverlayApis {
  runtime: Self & { onMessage: Listenable<(message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => boolean | undefined> };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    onAdded: Listenable<() => void>;
    onRemoved: Listenable<() => void>;
  };
  scripting: {
    registerContentScripts(scripts: { id: string; js: string[]; matches: string[]; runAt: 'document_idle' }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    query(query: { url: string[] }): Promise<Tab[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  sidePanel?: PanelOpeners['sidePanel'];
  sidebarAction?: PanelOpeners['sidebarAction'];
}

/** What the background reads from Trede's store. */
export interface OverlayData {
  adapters(): Promise<Adapter[]>;
  badge(reference: string): Promise<BadgeContent>;
  /** When the store cannot be read: the badge says so instead of guessing. */
  unavailable(): Promise<BadgeContent>;
}

/**
 * The adapter for a page: same origin, and a path its `paths` pattern accepts. First one wins. An address
 * too long for patterns (src/overlay/detect.ts) gets none: the service worker does not run a pattern on it.
 */
export function adapterFor(adapters: readonly Adapter[], href: string): Adapter | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const address = addressForPatterns(href);
  if (address === null) return undefined;
  return adapters.find((a) => a.origin === url.origin && (!a.paths || new RegExp(a.paths, 'u').test(address)));
}

/**
 * The rules the content script gets: the adapter for the page, else the origin's first adapter. A
 * single-page system may navigate into an adapter's paths without loading a document, so the content script
 * keeps watching: it checks `paths` at every navigation, finds nothing outside them, and asks again.
 */
export function adapterForScript(adapters: readonly Adapter[], href: string): Adapter | undefined {
  const fits = adapterFor(adapters, href);
  if (fits || addressForPatterns(href) === null) return fits;
  const origin = originOf(href);
  return adapters.find((a) => a.origin === origin);
}

const originOf = (href: string | undefined): string | null => {
  try {
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
};

export interface OverlayBackground {
  /** Brings the registration in line with the adapters and permissions; resolves with the registered match patterns. */
  sync(): Promise<string[]>;
}

export function setUpOverlay(api: OverlayApis, data: OverlayData, log: (message: string, error: unknown) => void = console.error): OverlayBackground {
  const granted = (origin: string) => api.permissions.contains({ origins: [hostPattern(origin)] }).catch(() => false);
  /** Origins the content script was registered for at the last sync; null before the first one finished. */
  let registeredOrigins: ReadonlySet<string> | null = null;

  const syncOnce = async (): Promise<string[]> => {
    const origins = [...new Set((await data.adapters()).map((a) => a.origin))];
    const allowed: string[] = [];
    for (const origin of origins) if (await granted(origin)) allowed.push(origin);
    registeredOrigins = new Set(allowed);
    // Each pattern once: in Firefox, origins on several ports of one host share one (src/browser-differences.ts).
    const matches = [...new Set(allowed.map((origin) => hostPattern(origin)))];
    const before = await api.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    const previous = before.flatMap((s) => s.matches ?? []);
    if (before.length) await api.scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    if (matches.length) {
      await api.scripting.registerContentScripts([{ id: OVERLAY_SCRIPT_ID, js: [OVERLAY_SCRIPT_FILE], matches, runAt: 'document_idle' }]);
    }
    // Pages already open: a running script re-reads its rules (changed, or gone); where none runs yet, start one.
    const patterns = [...new Set([...previous, ...matches])];
    const tabs = patterns.length ? await api.tabs.query({ url: patterns }).catch(() => []) : [];
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const tabId = tab.id;
      const running = await api.tabs.sendMessage(tabId, { kind: 'trede/refresh' }).then(() => true, () => false);
      const origin = originOf(tab.url);
      if (!running && origin && allowed.includes(origin)) {
        await api.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT_FILE] }).catch((e: unknown) => log('Trede: inject failed', e));
      }
    }
    return matches;
  };

  // One sync at a time: permission events and adapter saves can arrive together.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): Promise<string[]> => {
    const next = queue.then(syncOnce);
    queue = next.catch((e: unknown) => log('Trede: registering the content script failed', e));
    return next;
  };

  const rulesFor = async (href: string): Promise<RulesResponse> => {
    const adapter = adapterForScript(await data.adapters(), href);
    if (!adapter || !(await granted(adapter.origin))) return null;
    return { adapterId: adapter.id, adapterName: adapter.name, rules: pageRules(adapter) };
  };

  /** Whether a page of `origin` may have Trede's content script: a stored adapter's origin, granted now. */
  const pageAllowed = async (origin: string): Promise<boolean> =>
    (await data.adapters()).some((a) => a.origin === origin) && (await granted(origin));

  /** Messages from Trede's own pages: only "adapters changed" (the options page saved or deleted one). */
  const fromExtensionPage = (message: unknown, sendResponse: (response: unknown) => void): boolean | undefined => {
    if (!AdaptersChangedSchema.safeParse(message).success) return undefined;
    sync().then(
      (matches) => sendResponse(matches),
      () => sendResponse(null),
    );
    return true;
  };

  /** Messages from the content script on the page of `origin`, in tab `tabId`. */
  const fromContentScript = (message: unknown, origin: string, tabId: number, sendResponse: (response: unknown) => void): boolean | undefined => {
    if (OpenPanelSchema.safeParse(message).success) {
      // Called at once, inside the click's user gesture: the browsers only open panels on a user action, so
      // the origin is checked against the last registration (known synchronously), not the store. Right
      // after the worker woke up none is known yet; then the sender checks alone stand: only Trede's own
      // content script carries Trede's id from a tab, and it runs only where it was registered.
      if (registeredOrigins && !registeredOrigins.has(origin)) return undefined;
      openPanel(api, tabId, log);
      return undefined;
    }
    const rules = RulesRequestSchema.safeParse(message);
    if (rules.success) {
      // A page asks about itself only: the address must be on the sender's own origin.
      if (originOf(rules.data.href) !== origin) return undefined;
      rulesFor(rules.data.href).then(sendResponse, (e: unknown) => {
        log('Trede: reading adapters failed', e);
        sendResponse(null);
      });
      return true;
    }
    const badge = BadgeRequestSchema.safeParse(message);
    if (badge.success) {
      pageAllowed(origin)
        .then((allowed) =>
          allowed
            ? data.badge(badge.data.reference).catch((e: unknown) => {
                log('Trede: badge failed', e);
                return data.unavailable();
              })
            : null,
        )
        .then(sendResponse, () => sendResponse(null));
      return true;
    }
    return undefined;
  };

  // Every message is checked twice: who sent it (src/overlay/senders.ts) and its exact shape
  // (src/overlay/message-schemas.ts). Anything else is ignored without an answer.
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = senderKind(sender, api.runtime);
    if (kind === 'extension-page') return fromExtensionPage(message, sendResponse);
    const origin = contentScriptOrigin(sender, api.runtime);
    const tabId = sender.tab?.id;
    if (kind === 'content-script' && origin && tabId !== undefined) return fromContentScript(message, origin, tabId, sendResponse);
    return undefined;
  });
  api.permissions.onAdded.addListener(() => void sync());
  api.permissions.onRemoved.addListener(() => void sync());
  void sync();
  return { sync };
}
