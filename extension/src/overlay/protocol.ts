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

/** Panel → content script: the current detection (null before the adapter's rules arrived). */
export interface StateRequest {
  kind: 'trede/state';
}
export type StateResponse = DetectionReport | null;

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

/** Whether an unknown message is one of ours of the given kind; messages from elsewhere are ignored. */
export function isMessage<K extends string>(message: unknown, kind: K): message is { kind: K } {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === kind;
}
