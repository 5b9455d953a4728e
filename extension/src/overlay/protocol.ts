/**
 * Messages between the content script on the host page, the background and the side panel. They travel
 * through the browser's extension messaging only — inside this machine, never over a network. The raw
 * reference crosses from the page to Trede's own pages in memory, where it is pseudonymised at once.
 */
import type { PageRules } from '../adapters/schema';
import type { BadgeContent } from './badge';
import type { Detection, Read } from './detect';
import type { WriteResult } from './write-back';

/** A detection as it travels: the anchor element stays on the page. */
export type DetectionReport = Omit<Detection, 'anchor'> & { adapterId: string; adapterName: string };

/** Content script → background: which adapter applies to this page (null: none, go dormant). */
export interface RulesRequest {
  kind: 'trede/rules';
  href: string;
}
export type RulesResponse = { adapterId: string; adapterName: string; rules: PageRules } | null;

/** Content script → background and side panel: what is on the page now (after every change of client). */
export interface DetectedMessage {
  kind: 'trede/detected';
  detection: DetectionReport;
}

/** Content script → background: the badge text for a reference. */
export interface BadgeRequest {
  kind: 'trede/badge';
  reference: string;
}
export type BadgeResponse = BadgeContent;

/** Content script → background, on a click on the badge: open the side panel on this tab. */
export interface OpenPanelMessage {
  kind: 'trede/open-panel';
}

/**
 * Panel → content script: the current detection (null before the adapter's rules arrived). `pending`: no
 * client on the page yet, but still within the grace period after a navigation or a change of the page;
 * the content script announces the outcome itself, so the panel keeps what it shows until then.
 */
export interface StateRequest {
  kind: 'trede/state';
}
export type StateResponse = (DetectionReport & { pending?: true }) | null;

/** Panel → content script: put text into the write-back field. */
export interface WriteBackRequest {
  kind: 'trede/write-back';
  text: string;
}
export type WriteBackResponse = WriteResult | { ok: false; miss: 'no-write-back'; detail: string };

/** Options page → content script: apply these (unsaved) rules once and report, without a badge. */
export interface TestRequest {
  kind: 'trede/test';
  rules: PageRules;
}
export type TestResponse = Omit<Detection, 'anchor'>;

/** Background / panel → content script: adapters or screenings changed; fetch rules and badge again. */
export interface RefreshMessage {
  kind: 'trede/refresh';
}

/** Options page → background: adapters were saved or removed; re-register content scripts. */
export interface AdaptersChangedMessage {
  kind: 'trede/adapters-changed';
}

export type ToContentScript = StateRequest | WriteBackRequest | TestRequest | RefreshMessage;
export type ToBackground = RulesRequest | BadgeRequest | OpenPanelMessage | DetectedMessage | AdaptersChangedMessage;

export type { Read };

/** Longest summary the content script writes into a page. */
export const MAX_WRITE_BACK = 100_000;

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const hasOnly = (value: Loose, keys: readonly string[]): boolean => Object.keys(value).every((key) => keys.includes(key));
const isLocator = (value: unknown): boolean =>
  isObject(value) && typeof value.selector === 'string' && optionalString(value.attribute) && optionalString(value.pattern);
const isRole = (value: unknown): boolean => value === undefined || value === 'reference' || value === 'client-page';

/** The outline of PageRules: enough that applying them cannot throw halfway. */
function isPageRules(value: unknown): value is PageRules {
  if (!isObject(value) || !isObject(value.reference) || !Array.isArray(value.prefill)) return false;
  const { url, element } = value.reference;
  if (url !== undefined && !(isObject(url) && typeof url.pattern === 'string' && isRole(url.role))) return false;
  if (element !== undefined && !(isLocator(element) && isRole((element as Loose).role))) return false;
  if (!optionalString(value.clientPages) || !optionalString(value.paths)) return false;
  if (value.writeBack !== undefined && !(isObject(value.writeBack) && typeof value.writeBack.selector === 'string')) return false;
  return value.prefill.every((field) => isLocator(field) && typeof (field as Loose).item === 'string');
}

/** The background's answer to "trede/rules" as the content script accepts it: an adapter's rules, or null. */
export function isRulesResponse(value: unknown): value is RulesResponse {
  if (value === null) return true;
  return isObject(value) && typeof value.adapterId === 'string' && typeof value.adapterName === 'string' && isPageRules(value.rules);
}

/** The background's answer to "trede/badge": three strings. */
export function isBadgeResponse(value: unknown): value is BadgeResponse {
  return isObject(value) && typeof value.tone === 'string' && typeof value.text === 'string' && typeof value.title === 'string';
}

/**
 * Whether a message to the content script is one of the four it takes, in the right shape. Checked by hand:
 * the content script has a 10 KB budget and imports nothing, so zod (which checks the background's and the
 * panel's messages, src/overlay/message-schemas.ts) does not come along. The rules of "trede/test" come from
 * Trede's options page, which validated them in full; here their outline is checked.
 */
export function isToContentScript(message: unknown): message is ToContentScript {
  if (!isObject(message)) return false;
  switch (message.kind) {
    case 'trede/state':
    case 'trede/refresh':
      return hasOnly(message, ['kind']);
    case 'trede/write-back':
      return hasOnly(message, ['kind', 'text']) && typeof message.text === 'string' && message.text.length <= MAX_WRITE_BACK;
    case 'trede/test':
      return hasOnly(message, ['kind', 'rules']) && isPageRules(message.rules);
    default:
      return false;
  }
}
