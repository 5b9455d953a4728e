/**
 * What the options page does with adapters, apart from drawing them: save (one from the form, or several
 * from an import), delete, and allow an origin. Each flow ends by telling the background, which registers
 * the content script for the granted origins of the adapters now stored.
 *
 * The functions that ask for a permission do so in their first, synchronous statement: callers invoke them
 * straight from a click handler, before awaiting anything, or the browser refuses to show the prompt.
 */
import { announceAdaptersChanged, grantedOrigins, patterns, releaseOrigins, requestOrigins } from '../../adapters/permissions';
import type { Adapter } from '../../adapters/schema';
import type { TredeStore } from '../../store/repo';

export interface SaveOutcome {
  saved: Adapter[];
  /** Origins of saved adapters that Trede may not read yet: those adapters stay inactive until allowed. */
  inactive: string[];
}

/**
 * Origins whose permission no stored adapter needs any more, out of `candidates`: compared by pattern, since
 * in Firefox adapters on other ports of the same host share it (src/browser-differences.ts).
 */
async function unusedOrigins(store: TredeStore, candidates: readonly string[]): Promise<string[]> {
  const { items } = await store.listAdapters();
  const inUse = new Set(patterns(items.map((record) => record.adapter.origin)));
  return [...new Set(candidates)].filter((origin) => !inUse.has(patterns([origin])[0]!));
}

/** Least privilege: an origin no adapter needs is given back. A failure here leaves the adapters as saved. */
async function giveBackUnused(store: TredeStore, candidates: readonly string[]): Promise<void> {
  if (candidates.length === 0) return;
  try {
    await releaseOrigins(await unusedOrigins(store, candidates));
  } catch (e) {
    console.warn('Trede: giving back a permission failed', e);
  }
}

/**
 * Saves adapters, after asking for their origins (one prompt). They are saved whether or not the caseworker
 * allows it, so nothing typed is lost. `replaced` are the stored versions they replace (found by id, or the
 * one being edited when its id changed): a renamed adapter's old record goes, and origins no longer used
 * are given back.
 */
export function saveAdapters(store: TredeStore, adapters: readonly Adapter[], replaced: readonly Adapter[] = []): Promise<SaveOutcome> {
  const origins = [...new Set(adapters.map((a) => a.origin))];
  const asked = requestOrigins(origins);
  return (async () => {
    await asked;
    for (const adapter of adapters) await store.saveAdapter(adapter);
    const savedIds = new Set(adapters.map((a) => a.id));
    for (const old of replaced) if (!savedIds.has(old.id)) await store.deleteAdapter(old.id);
    await giveBackUnused(store, replaced.map((old) => old.origin));
    await announceAdaptersChanged();
    // Ask the browser rather than trust the prompt's answer: some origins may have been granted before.
    const granted = await grantedOrigins(origins);
    return { saved: [...adapters], inactive: origins.filter((origin) => !granted.get(origin)) };
  })();
}

/** Deletes an adapter; its origin's permission goes too when no other adapter uses that origin. */
export async function deleteAdapter(store: TredeStore, adapter: Adapter): Promise<void> {
  await store.deleteAdapter(adapter.id);
  await giveBackUnused(store, [adapter.origin]);
  await announceAdaptersChanged();
}

/** Asks again for an origin that was refused. Resolves whether it is granted now. */
export function allowOrigin(origin: string): Promise<boolean> {
  const asked = requestOrigins([origin]);
  return (async () => {
    const granted = await asked;
    if (granted) await announceAdaptersChanged();
    return granted;
  })();
}
