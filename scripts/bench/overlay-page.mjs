// Functions the overlay bench runs inside extension/demo/druk.html, in the page's main world (Playwright's
// page.evaluate serialises them, so each is self-contained). Times are the page's performance.now(), the
// clock demoShowClient() returns, so no round trip to the test driver is in any figure.
//
// The content script lives in an isolated world, but the DOM is shared: a MutationObserver here sees its
// badge go in. Mutation observers are notified in one pass per microtask checkpoint, so when the content
// script inserts the badge from its own observer callback, this observer still sees it in the same
// checkpoint; the figure is the time the insertion really took, not a later poll.

/**
 * One run: shows client `nr` and resolves with ms from the insertion of #klantnummer to the badge being
 * added to the page (`inserted`, a layer of its own under <html>) and to the next animation frame after that (`frame`: the frame that
 * paints the badge starts; rAF runs just before paint). Null for what did not happen within `timeoutMs`.
 * When the badge's content arrives the page cannot see — that is the point of the badge (see
 * extension/src/overlay/badge.ts) — so scripts/bench/overlay.mjs times `settled` from outside the page.
 */
export function badgeRunInPage({ nr, tag, timeoutMs }) {
  return new Promise((resolve) => {
    let shownAt = 0;
    let badge = null;
    const at = { inserted: null, frame: null };
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      const since = (t) => (t === null ? null : t - shownAt);
      resolve({ inserted: since(at.inserted), frame: since(at.frame) });
    };
    const check = () => {
      if (at.inserted !== null && at.frame !== null) done();
    };
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      if (!badge) {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeName.toLowerCase() === tag) badge = node;
          }
        }
        if (!badge) return;
        at.inserted = now;
        requestAnimationFrame(() => {
          at.frame = performance.now();
          check();
        });
      }
      check();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const timer = setTimeout(done, timeoutMs);
    shownAt = window.demoShowClient(nr);
  });
}

/** Hides the client and resolves once no badge is left in the page (false when one stays for `timeoutMs`). */
export function hideClientInPage({ tag, timeoutMs }) {
  window.demoHideClient();
  const until = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const poll = () => {
      if (!document.querySelector(tag)) resolve(true);
      else if (performance.now() > until) resolve(false);
      else requestAnimationFrame(poll);
    };
    poll();
  });
}

/**
 * A window of `durationMs` on the ticking page while a client is shown and hidden every `toggleMs` (numbers
 * in turn). Collects long tasks (> 50 ms, the browser's definition), the buffered ones from before the window
 * too (page load, and the content script's start) reported apart; the page's own tick cost over the window
 * (druk.js's __demoTickMs; its max is reset at the start so it covers only the window); and how many badges
 * went in, to show the content script really was at work (or really was not).
 *
 * Long tasks carry no script attribution, and long animation frames do not help either: tried with a test
 * extension whose content script spins 70 ms in a MutationObserver, Chromium 156 attributed the whole time
 * to the page's own druk.js timer. So "caused by the content script" is read from comparing a run with the
 * script against one without.
 */
export async function longTaskWindowInPage({ durationMs, toggleMs, numbers, tag }) {
  const start = performance.now();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });

  let badges = 0;
  const badgeWatch = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === tag) badges++;
  });
  badgeWatch.observe(document.body, { childList: true, subtree: true });

  const tickStats = window.__demoTickMs;
  const ticks0 = window.__demoTicks;
  const total0 = tickStats.total;
  tickStats.max = 0;
  let shows = 0;
  let showing = false;
  const toggle = setInterval(() => {
    if (showing) window.demoHideClient();
    else window.demoShowClient(numbers[shows++ % numbers.length]);
    showing = !showing;
  }, toggleMs);
  await new Promise((ok) => setTimeout(ok, durationMs));
  clearInterval(toggle);
  window.demoHideClient();
  const end = performance.now();
  const ticks = window.__demoTicks - ticks0;
  const tick = { ticks, meanMs: ticks ? (tickStats.total - total0) / ticks : null, maxMs: tickStats.max };
  // Entries are delivered after their task ends; give the last ones a moment.
  await new Promise((ok) => setTimeout(ok, 300));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  badgeWatch.disconnect();

  return {
    windowMs: end - start,
    shows,
    badgesAdded: badges,
    longTasks: tasks.filter((e) => e.startTime >= start && e.startTime < end).map((e) => e.duration),
    longTasksBefore: tasks.filter((e) => e.startTime < start).map((e) => e.duration),
    tick,
  };
}

/**
 * One client switch on the modern demo (extension/demo/modern/): sets the hash to client `nr`'s dossier and
 * resolves with ms from the page filling in the number (after its skeleton; `__demoFilledAt`) to the badge
 * going in (`inserted`) and to the next animation frame (`frame`). Null for what did not happen within
 * `timeoutMs`. The badge leaves with the old number (the skeleton), so every switch adds it anew.
 */
export function modernSwitchInPage({ nr, tag, timeoutMs }) {
  return new Promise((resolve) => {
    const at = { inserted: null, frame: null };
    const filledBefore = window.__demoFilledAt ?? null;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      const filled = window.__demoFilledAt !== filledBefore ? window.__demoFilledAt : null;
      const since = (t) => (t === null || filled === null ? null : t - filled);
      resolve({ inserted: since(at.inserted), frame: since(at.frame) });
    };
    const observer = new MutationObserver((records) => {
      if (at.inserted !== null || window.__demoFilledAt === filledBefore) return;
      const now = performance.now();
      if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName.toLowerCase() === tag))) return;
      at.inserted = now;
      requestAnimationFrame(() => {
        at.frame = performance.now();
        done();
      });
    });
    observer.observe(document.documentElement, { childList: true });
    const timer = setTimeout(done, timeoutMs);
    location.hash = window.demoDossierHref(nr);
  });
}

/**
 * A window of `durationMs` on the modern demo while the client switches every `switchMs` (numbers in turn):
 * long tasks (> 50 ms) within it, the buffered ones from before it apart, and how many badges went in.
 */
export async function modernLongTaskWindowInPage({ durationMs, switchMs, numbers, tag }) {
  const start = performance.now();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  let badges = 0;
  const badgeWatch = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === tag) badges++;
  });
  badgeWatch.observe(document.documentElement, { childList: true });
  let switches = 0;
  const timer = setInterval(() => {
    location.hash = window.demoDossierHref(numbers[switches++ % numbers.length]);
  }, switchMs);
  await new Promise((ok) => setTimeout(ok, durationMs));
  clearInterval(timer);
  const end = performance.now();
  await new Promise((ok) => setTimeout(ok, 300));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  badgeWatch.disconnect();
  return {
    windowMs: end - start,
    switches,
    badgesAdded: badges,
    longTasks: tasks.filter((e) => e.startTime >= start && e.startTime < end).map((e) => e.duration),
    longTasksBefore: tasks.filter((e) => e.startTime < start).map((e) => e.duration),
  };
}
