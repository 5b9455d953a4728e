/**
 * Host permissions for adapters: Trede may read a case system only after the caseworker granted exactly
 * that system's origin (the manifest declares the wide optional pattern, but grants nothing up front).
 *
 * Browsers only show a permission prompt during a user gesture, and Firefox only while the click handler
 * still runs synchronously. So `requestOrigins` must be the first call in a click, before any await; it asks
 * for all given origins in one prompt, because a second prompt after an await would be refused.
 */
import { browser } from 'wxt/browser';
import { hostPattern } from '../browser-differences';

/** The patterns for these origins, each once (in Firefox several ports of one host share a pattern). */
export const patterns = (origins: Iterable<string>): string[] => [...new Set([...origins].map((origin) => hostPattern(origin)))];

/** Asks for the origins (one prompt). Resolves false when refused or when the browser will not ask. */
export function requestOrigins(origins: readonly string[]): Promise<boolean> {
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins: patterns(origins) });
  } catch {
    return Promise.resolve(false);
  }
  return asked.then(Boolean, () => false);
}

/** Whether Trede may read pages of `origin` now. */
export function originGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPattern(origin)] }).then(Boolean, () => false);
}

/** Which of these origins are granted, as a map. */
export async function grantedOrigins(origins: Iterable<string>): Promise<Map<string, boolean>> {
  const unique = [...new Set(origins)];
  const answers = await Promise.all(unique.map(originGranted));
  return new Map(unique.map((origin, i) => [origin, answers[i]!]));
}

/** Gives up the permission for origins no adapter needs any more. */
export async function releaseOrigins(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await browser.permissions.remove({ origins: patterns(origins) });
}

/**
 * Tells the background to register the content script again for the origins adapters now need. When no
 * background answers (the extension is being reloaded), the next permission change or browser start does it.
 */
export async function announceAdaptersChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ kind: 'trede/adapters-changed' });
  } catch (e) {
    console.warn('Trede: the background did not take the adapter change', e);
  }
}
