/**
 * Notices between Trede's own pages (side panels, tabs, the options page) that a client's draft changed:
 * saved (with its new revision) or ended (discarded or finished). A panel with the same intake open reads
 * the draft again and shows the other panel's answers; a panel whose session ended stops saving.
 *
 * Why a BroadcastChannel: it reaches every page of the extension's own origin at once — never the host
 * page, which has another origin — needs no permission and no background round trip, and carries no
 * answers, only the pseudonymous key, the session id and a revision (the answers stay in IndexedDB). A page
 * that was asleep (a frozen tab) can miss a notice, so the intake screen also reads the draft again when it
 * becomes visible.
 */
import * as z from 'zod/mini';

const CHANNEL = 'trede-drafts';

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const DraftNoticeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saved'), clientKey: hex64, sessionId: z.string(), revision: z.int() }),
  z.strictObject({
    kind: z.literal('ended'),
    clientKey: hex64,
    sessionId: z.string(),
    ending: z.enum(['discarded', 'completed']),
    intakeId: z.nullable(z.string()),
  }),
]);
export type DraftNotice = z.infer<typeof DraftNoticeSchema>;

/** Tells the other pages; a browser without BroadcastChannel simply has no one to tell. */
export function announceDraft(notice: DraftNotice): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(notice);
  channel.close();
}

/** Calls `handle` for every well-formed notice another page sends; returns the function that stops listening. */
export function listenForDrafts(handle: (notice: DraftNotice) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const notice = DraftNoticeSchema.safeParse(event.data);
    if (notice.success) handle(notice.data);
  };
  return () => channel.close();
}
