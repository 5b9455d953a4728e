/**
 * The shapes of the messages the side panel accepts from the content script (src/overlay/protocol.ts names
 * them), checked on arrival: a message that does not match exactly is ignored, whoever sent it. Together
 * with the sender checks (src/overlay/senders.ts), a page, a frame or another extension that manages to put
 * something on the message channel changes nothing. The background's are in src/background/messages.ts (kept
 * apart so the side panel does not load them); the content script checks its few kinds by hand (zod would
 * not fit its size budget): protocol.ts, isToContentScript.
 */
import * as z from 'zod/mini';
import { PREFILL_ITEM_IDS } from '../adapters/schema';
import type { Miss } from './detect';
import { MAX_TEXT } from './limits';

/** Longest page address a message may carry: generous (browsers allow megabytes), but bounded. */
export const MAX_HREF = 65_536;
/** A value read from the page is cut to MAX_TEXT by detect(); anything longer did not come from there. */
export const pageText = z.string().check(z.maxLength(MAX_TEXT));
const MISSES = [
  'url-no-match',
  'selector-invalid',
  'element-missing',
  'pattern-no-match',
  'empty',
  'url-and-page-disagree',
  'address-too-long',
  'not-editable',
] as const satisfies readonly Miss[];
// Every Miss is listed: a new code that is not accepted here would make the panel ignore its reports.
type Unlisted = Exclude<Miss, (typeof MISSES)[number]>;
const allMissesListed: [Unlisted] extends [never] ? true : never = true;
void allMissesListed;

const ReadSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: pageText }),
  z.strictObject({ ok: z.literal(false), miss: z.enum(MISSES), detail: z.optional(pageText) }),
]);

/** What detect() finds on a page, as it travels (the anchor element stays on the page). */
const detectionShape = {
  href: z.string().check(z.maxLength(MAX_HREF)),
  reference: z.nullable(pageText),
  url: z.nullable(ReadSchema),
  element: z.nullable(ReadSchema),
  onClientPage: z.nullable(z.boolean()),
  prefill: z.partialRecord(z.enum(PREFILL_ITEM_IDS), ReadSchema),
  writeBack: z.nullable(ReadSchema),
};

/** A detection as the content script reports it (DetectionReport). */
export const DetectionReportSchema = z.strictObject({
  ...detectionShape,
  adapterId: z.string().check(z.maxLength(60)),
  adapterName: z.string().check(z.maxLength(80)),
});

/** The answer to "trede/state": a detection, marked `pending` while a missing client is within its grace period. */
export const StateResponseSchema = z.strictObject({
  ...DetectionReportSchema.shape,
  pending: z.optional(z.literal(true)),
});

/** Content script → side panel, the answer to "trede/write-back" (WriteBackResponse). */
export const WriteBackResponseSchema = z.union([
  z.strictObject({ ok: z.literal(true), field: pageText }),
  z.strictObject({ ok: z.literal(false), miss: z.enum([...MISSES, 'no-write-back']), detail: pageText }),
]);

/** Content script → options page, the answer to "trede/test" (TestResponse): a detection without an adapter. */
export const TestResponseSchema = z.strictObject(detectionShape);

/** Content script → side panel. */
export const DetectedSchema = z.strictObject({ kind: z.literal('trede/detected'), detection: DetectionReportSchema });
