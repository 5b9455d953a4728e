/** Choosing among browser tabs; shared by the side panel and the options page. */

export interface TabLike {
  id?: number;
  lastAccessed?: number;
}

/** The tab the caseworker looked at last (tabs without an id are skipped). */
export function latestTab<T extends TabLike>(tabs: readonly T[]): (T & { id: number }) | null {
  let best: (T & { id: number }) | null = null;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab as T & { id: number };
  }
  return best;
}
