/**
 * The side panel's link with the caseworker's own system in the active tab: which client the page shows
 * (the panel follows it), whether the adapter still fits, prefill values for a new intake, and writing the
 * summary back. The page's content script does the reading (src/overlay); this side only asks and listens.
 *
 * The raw reference arrives from the page in memory and is turned into the pseudonymous key at once; the
 * state keeps only the key and the masked form.
 */
import type { AnswerValue } from '@trede/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PrefillWhy } from '../adapters/prefill';
import type { PrefillItemId } from '../adapters/schema';
import type { Miss, Read } from '../overlay/detect';
import type { DetectionReport, StateResponse, ToContentScript, WriteBackResponse } from '../overlay/protocol';
import type { Sender } from '../overlay/senders';
import { isBsn, maskReference } from '../reference';
import type { TredeStore } from '../store/repo';
import { latestTab } from '../tabs';
import { localDate } from '../local-date';
import type { CurrentClient, View } from './navigation';

/**
 * The checks of who sent a message and what it says (src/overlay/senders.ts, message-schemas.ts), loaded
 * with the first message: the side panel opens without them (its first load has a size budget).
 */
const messageSchemas = () => import('../overlay/message-schemas');
const senders = () => import('../overlay/senders');

/** The browser calls the link needs, injectable for tests. */
export interface PageApis {
  activeTab(): Promise<number | null>;
  ask(tabId: number, message: ToContentScript): Promise<unknown>;
  /** Detections the content scripts announce; returns the unsubscribe function. */
  onDetected(listener: (detection: DetectionReport, tabId: number) => void): () => void;
  /** The active tab changed, or finished loading a page. */
  onTabChange(listener: () => void): () => void;
  openOptions(): void;
}

export function browserPageApis(): PageApis | null {
  if (!browser?.tabs?.query || !browser.runtime?.onMessage) return null;
  return {
    activeTab: async () => {
      // In the side panel there is no tab of our own; the panel page opened in a tab (by hand, or in the
      // end-to-end tests) must not follow itself, so it takes the tab used just before it instead.
      const own = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id !== undefined && active.id !== own) return active.id;
      return latestTab((await browser.tabs.query({})).filter((tab) => tab.id !== own))?.id ?? null;
    },
    ask: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    onDetected: (listener) => {
      // Only Trede's own content script, in a tab, with a report of exactly the expected shape.
      const handler = (message: unknown, sender: Sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        void Promise.all([senders(), messageSchemas()]).then(([{ senderKind }, { DetectedSchema }]) => {
          if (senderKind(sender, browser.runtime) !== 'content-script') return;
          const detected = DetectedSchema.safeParse(message);
          if (detected.success) listener(detected.data.detection, tabId);
        });
        return undefined;
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    onTabChange: (listener) => {
      const activated = () => listener();
      const updated = (_id: number, change: { status?: string }, tab: { active?: boolean }) => {
        if (tab.active && change.status === 'complete') listener();
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
    openOptions: () => void browser.runtime.openOptionsPage().catch(() => {}),
  };
}

export type PageStatus =
  | { kind: 'none' }
  | { kind: 'client'; tabId: number; adapterId: string; adapterName: string; clientKey: string; masked: string; writeBack: boolean }
  | { kind: 'no-client'; tabId: number; adapterName: string }
  /** On a client page, but the adapter finds no client: the host system probably changed. */
  | { kind: 'broken'; tabId: number; adapterName: string; miss: Miss; detail: string };

export interface PrefillOffer {
  adapterName: string;
  answers: Record<string, AnswerValue>;
  rejected: { item: PrefillItemId; raw: string; why: PrefillWhy }[];
}

export interface PageLink {
  status: PageStatus;
  /** Fresh prefill values for this client, when the page shows exactly this client; else null. */
  prefillFor(clientKey: string): Promise<PrefillOffer | null>;
  insertSummary(text: string): Promise<WriteBackResponse>;
  /** A screening was saved or changed: the badge on the page reads it again. */
  screeningChanged(): void;
  openOptions(): void;
}

/** The content script's answer to "trede/state", when it has the expected shape; null otherwise. */
const detectionOf = async (answer: unknown): Promise<StateResponse> => {
  const parsed = (await messageSchemas()).StateResponseSchema.safeParse(answer);
  return parsed.success ? parsed.data : null;
};

/** The first part that failed, for the "adapter no longer fits" message. */
function firstMiss(detection: DetectionReport): { miss: Miss; detail: string } {
  const failed = [detection.element, detection.url].find((read): read is Extract<Read, { ok: false }> => read !== null && !read.ok);
  return { miss: failed?.miss ?? 'element-missing', detail: failed?.detail ?? '' };
}

export function usePageLink(
  store: TredeStore | null,
  apis: PageApis | null,
  current: CurrentClient | null,
  setCurrentClient: (client: CurrentClient) => void,
  navigate: (view: View) => void,
): PageLink {
  const [status, setStatus] = useState<PageStatus>({ kind: 'none' });
  const activeTab = useRef<number | null>(null);
  const currentKey = useRef<string | null>(current?.clientKey ?? null);
  currentKey.current = current?.clientKey ?? null;
  const statusRef = useRef(status);
  statusRef.current = status;

  useEffect(() => {
    if (!apis || !store) return;
    let live = true;
    const handle = async (tabId: number, detection: DetectionReport | null) => {
      if (!live || tabId !== activeTab.current) return;
      if (!detection) return setStatus({ kind: 'none' });
      const base = { tabId, adapterName: detection.adapterName };
      if (!detection.reference) {
        return setStatus(detection.onClientPage ? { kind: 'broken', ...base, ...firstMiss(detection) } : { kind: 'no-client', ...base });
      }
      // A reference the store refuses (longer than any real one) is no client the panel can follow.
      const clientKey = await store.clientKeyFor(detection.reference).catch(() => null);
      if (!live || tabId !== activeTab.current) return;
      if (clientKey === null) return setStatus({ kind: 'no-client', ...base });
      const masked = maskReference(detection.reference);
      setStatus({ kind: 'client', ...base, adapterId: detection.adapterId, clientKey, masked, writeBack: detection.writeBack?.ok === true });
      if (currentKey.current !== clientKey) {
        setCurrentClient({ clientKey, masked, bsn: isBsn(detection.reference) });
        navigate({ screen: 'client' });
      }
    };
    const refresh = async () => {
      const tabId = await apis.activeTab().catch(() => null);
      activeTab.current = tabId;
      if (tabId === null) return live && setStatus({ kind: 'none' });
      // No content script in that tab (no adapter, no permission): no link.
      const state = await detectionOf(await apis.ask(tabId, { kind: 'trede/state' }).catch(() => null));
      // The page is between clients (a navigation, a dossier still loading): the content script announces
      // how that ends, after its grace period. A tab update (a hash change fires one) is no reason to say
      // that the adapter no longer fits; the panel keeps what it shows for this tab.
      if (state?.pending) {
        if (live && tabId === activeTab.current && statusRef.current.kind !== 'none' && statusRef.current.tabId !== tabId) setStatus({ kind: 'none' });
        return;
      }
      await handle(tabId, state);
    };
    void refresh();
    const offDetected = apis.onDetected((detection, tabId) => void handle(tabId, detection));
    const offTab = apis.onTabChange(() => void refresh());
    return () => {
      live = false;
      offDetected();
      offTab();
    };
  }, [store, apis]);

  return useMemo<PageLink>(
    () => ({
      status,
      async prefillFor(clientKey) {
        const linked = statusRef.current;
        if (!apis || !store || linked.kind !== 'client' || linked.clientKey !== clientKey) return null;
        const state = await detectionOf(await apis.ask(linked.tabId, { kind: 'trede/state' }).catch(() => null));
        if (!state || state.pending || !state.reference || (await store.clientKeyFor(state.reference)) !== clientKey) return null;
        const adapter = (await store.listAdapters()).items.find((r) => r.id === state.adapterId)?.adapter;
        if (!adapter) return null;
        // Loaded with the first intake, not when the panel opens: reading dates off a page is not first-load work.
        const { convertPrefill } = await import('../adapters/prefill');
        const offer: PrefillOffer = { adapterName: adapter.name, answers: {}, rejected: [] };
        const today = localDate();
        for (const field of adapter.prefill) {
          const read = state.prefill[field.item];
          if (!read?.ok) continue;
          const converted = convertPrefill(field.item, field.convert, read.value, today);
          if (converted.ok) offer.answers[field.item] = converted.value;
          else offer.rejected.push({ item: field.item, raw: read.value, why: converted.why });
        }
        return offer;
      },
      async insertSummary(text) {
        const linked = statusRef.current;
        if (!apis || linked.kind !== 'client') return { ok: false, miss: 'no-write-back', detail: '' };
        const written = await apis.ask(linked.tabId, { kind: 'trede/write-back', text });
        const answer = (await messageSchemas()).WriteBackResponseSchema.safeParse(written);
        return answer.success ? answer.data : { ok: false, miss: 'no-write-back', detail: '' };
      },
      screeningChanged() {
        const linked = statusRef.current;
        if (apis && linked.kind !== 'none') void apis.ask(linked.tabId, { kind: 'trede/refresh' }).catch(() => {});
      },
      openOptions: () => apis?.openOptions(),
    }),
    [status, apis, store],
  );
}
