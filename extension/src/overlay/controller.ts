/**
 * The content script's logic: follow the client on the host page and keep the badge next to it.
 *
 * When it looks: once the adapter's rules arrive, after DOM changes, and when the URL changes (single-page
 * apps navigate with the History API: popstate, the Navigation API where there is one, and a cheap URL
 * comparison twice a second as a safety net). DOM changes are coalesced — the first change after a quiet
 * spell is checked at once (the badge should follow within a frame), further ones at most once per frame —
 * so a page that rewrites itself constantly costs one selector lookup per frame, not one per mutation.
 *
 * The badge is not in the page's flow (see badge.ts): it moves with the reference on scroll, resize, DOM changes
 * and, for layout changes nothing announces, at the URL poll.
 *
 * Nothing here throws into the page: a failing message (extension reloaded, background asleep) leaves the
 * page as it was.
 */
import type { PageRules } from '../adapters/schema';
import { Badge, BADGE_TAG, type BadgeContent } from './badge';
import { detect, findReference, pageScope } from './detect';
import { enteredRoots } from './steps';
import { isBadgeResponse, isRulesResponse, type DetectionReport, type RulesResponse, type ToBackground, type ToContentScript, type WriteBackResponse } from './protocol';
import { writeBack } from './write-back';

/** At most one check per frame while the page keeps changing. */
const MIN_GAP_MS = 16;
/** A client page without a reference is only reported after this long: pages render after loading. */
const MISSING_GRACE_MS = 1_500;
const URL_POLL_MS = 500;

export interface OverlayEnv {
  doc: Document;
  send(message: ToBackground): Promise<unknown>;
  /** Registers the handler for messages from Trede's pages; the handler answers synchronously. */
  listen(handler: (message: ToContentScript) => unknown): void;
  now?: () => number;
}

export interface Overlay {
  /** Looks at the page now (tests and the benchmark call it; normally observers do). */
  check(): void;
  stop(): void;
}

export function startOverlay(env: OverlayEnv): Overlay {
  const { doc } = env;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const now = env.now ?? (() => performance.now());
  let adapter: Exclude<RulesResponse, null> | null = null;
  let badge: Badge | null = null;
  let shownFor: string | null = null;
  let lastKey = '';
  let lastCheck = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let missingTimer: ReturnType<typeof setTimeout> | undefined;
  /** No client on the page, and the grace period not over yet: nothing said about it so far. */
  let settling = false;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let lastHref = '';
  /** The address the adapter's rules were asked for; another adapter of the origin may fit a later one. */
  let rulesHref = '';
  let stopped = false;
  const badgeCache = new Map<string, BadgeContent>();
  /** Shadow roots and frame documents the reference's selector steps into, observed as well. */
  let watchedRoots = new WeakSet<Node>();

  const send = (message: ToBackground): Promise<unknown> => env.send(message).catch(() => undefined);

  /** What `rules` find on the page now, without the anchor element (it stays on the page). */
  const detectHere = (rules: PageRules) => {
    const { anchor: _anchor, ...rest } = detect(doc, doc.location.href, rules);
    return rest;
  };

  const report = (rules: PageRules): DetectionReport | null =>
    adapter ? { ...detectHere(rules), adapterId: adapter.adapterId, adapterName: adapter.adapterName } : null;

  const announce = (): void => {
    const detection = adapter && report(adapter.rules);
    if (detection) void send({ kind: 'trede/detected', detection });
  };

  const showBadge = (reference: string): void => {
    const cached = badgeCache.get(reference);
    if (cached) badge?.show(cached);
    else {
      badge?.show({ tone: 'pending', text: '…', title: 'Trede' });
      void send({ kind: 'trede/badge', reference }).then((content) => {
        if (!isBadgeResponse(content) || shownFor !== reference) return;
        badgeCache.set(reference, content);
        badge?.show(content);
      });
    }
  };

  const check = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (!adapter || stopped) return;
    lastCheck = now();
    const href = doc.location.href;
    lastHref = href;
    // Navigated outside the adapter's paths: another adapter of this origin may fit, so ask again.
    if (href !== rulesHref && !pageScope(href, adapter.rules).inPaths) void loadRules();
    watchInside(adapter.rules);
    const finding = findReference(doc, href, adapter.rules);
    const reference = finding.reference;
    if (reference) {
      badge ??= new Badge(doc, () => void send({ kind: 'trede/open-panel' }));
      badge.place(finding.anchor, doc);
      if (shownFor !== reference) {
        shownFor = reference;
        showBadge(reference);
      }
    } else if (badge?.placed) {
      badge.remove();
      shownFor = null;
    }
    const key = `${reference ?? ''}\u0000${reference ? '' : href}`;
    if (key === lastKey) return;
    lastKey = key;
    clearTimeout(missingTimer);
    settling = !reference;
    if (reference) announce();
    // No client: say so only once it lasts, so a page still loading does not look like a broken adapter.
    else {
      missingTimer = setTimeout(() => {
        settling = false;
        if (!shownFor) announce();
      }, MISSING_GRACE_MS);
    }
  };

  const schedule = (): void => {
    if (timer !== undefined || stopped) return;
    const wait = lastCheck + MIN_GAP_MS - now();
    if (wait <= 0) check();
    else timer = setTimeout(check, wait);
  };

  // Our own badge going in is not a change of the page. Its going out is looked at (once): the page may have
  // removed it, and then it is put back.
  const ownMutation = (record: MutationRecord): boolean =>
    record.type === 'childList'
      ? !record.removedNodes.length && [...record.addedNodes].every((node) => node.nodeName.toLowerCase() === BADGE_TAG)
      : record.target.nodeName.toLowerCase() === BADGE_TAG;

  const observer = win ? new win.MutationObserver((records) => {
    if (!records.every(ownMutation)) schedule();
  }) : null;
  const navigation = (win as { navigation?: EventTarget } | null)?.navigation;

  /** A number shown inside a web component changes there, where the page's observer does not look. */
  const watchInside = (rules: PageRules): void => {
    const selector = rules.reference.element?.selector;
    if (!observer || !selector) return;
    for (const root of enteredRoots(doc, selector)) {
      // A frame's document is of the frame's window: judged by nodeType, not instanceof.
      const node = root as Node;
      const target = node.nodeType === 9 ? (node as Document).documentElement : node;
      if (!target || watchedRoots.has(target)) continue;
      watchedRoots.add(target);
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    }
  };

  const observe = (): void => {
    observer?.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    win?.addEventListener('popstate', schedule);
    win?.addEventListener('hashchange', schedule);
    navigation?.addEventListener('navigatesuccess', schedule);
    // The same poll moves the badge after layout changes no mutation tells of (images, fonts, CSS).
    pollTimer ??= setInterval(() => {
      if (doc.location.href !== lastHref) schedule();
      else if (badge?.placed) badge.reposition();
    }, URL_POLL_MS);
  };

  const unobserve = (): void => {
    observer?.disconnect();
    watchedRoots = new WeakSet<Node>();
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
    navigation?.removeEventListener('navigatesuccess', schedule);
    clearInterval(pollTimer);
    pollTimer = undefined;
    clearTimeout(timer);
    clearTimeout(missingTimer);
    settling = false;
    timer = undefined;
  };

  const loadRules = async (): Promise<void> => {
    rulesHref = doc.location.href;
    const response = await send({ kind: 'trede/rules', href: rulesHref });
    if (stopped) return;
    // No answer, or one of another shape: no rules, so the page is left alone.
    adapter = isRulesResponse(response) ? response : null;
    lastKey = '';
    shownFor = null;
    if (!adapter) {
      // No adapter (removed, or permission withdrawn): leave the page exactly as it was.
      unobserve();
      badge?.remove();
      return;
    }
    observe();
    check();
  };

  env.listen((message) => {
    switch (message.kind) {
      case 'trede/state': {
        // Whoever asks (the panel after a tab update, which a hash change also fires) learns what the page
        // shows now, but a missing client only once the grace period is over: until then it is `pending`.
        // Looked at now: the page may have changed since the last check (checks are coalesced per frame).
        if (adapter && !stopped) check();
        const state = adapter ? report(adapter.rules) : null;
        return state && settling && !state.reference ? { ...state, pending: true } : state;
      }
      case 'trede/test':
        return detectHere(message.rules);
      case 'trede/write-back': {
        const selector = adapter?.rules.writeBack?.selector;
        if (!selector) return { ok: false, miss: 'no-write-back', detail: adapter?.adapterName ?? '' } satisfies WriteBackResponse;
        return writeBack(doc, selector, message.text) satisfies WriteBackResponse;
      }
      case 'trede/refresh':
        badgeCache.clear();
        void loadRules();
        return true;
      default:
        return undefined;
    }
  });

  void loadRules();

  return {
    check,
    stop() {
      stopped = true;
      unobserve();
      badge?.remove();
    },
  };
}
