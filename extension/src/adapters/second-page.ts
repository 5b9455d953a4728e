/**
 * "Test on the current tab", repeated on a second client page: does the adapter find a different client
 * there? A selector that points at something fixed (the caseworker's own number in the header, the first
 * row of a list) finds "a client" on every page — the same one. Comparing two tests shows it.
 *
 * The options page never keeps a raw reference: what it remembers of a test is a salted SHA-256 of the
 * normalised reference (salt new for every page load, so the value means nothing outside it), the masked
 * form and the masked address.
 */
import { normaliseReference } from '../reference';

export interface TestedClient {
  token: string;
  masked: string;
  path: string;
}

export type Comparison = 'first' | 'same-page' | 'same-client' | 'other-client';

const salt = crypto.getRandomValues(new Uint8Array(16));

/** A token that is equal for the same client and tells nothing about the reference. */
export async function referenceToken(reference: string): Promise<string> {
  const data = new TextEncoder().encode(normaliseReference(reference));
  const salted = new Uint8Array(salt.length + data.length);
  salted.set(salt);
  salted.set(data, salt.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', salted));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How a test's client relates to the one of the test before (null: none found before). */
export function compareTests(before: TestedClient | null, now: TestedClient): Comparison {
  if (!before) return 'first';
  if (before.token !== now.token) return 'other-client';
  return before.path === now.path ? 'same-page' : 'same-client';
}
