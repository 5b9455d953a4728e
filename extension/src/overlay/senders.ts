/**
 * Who sent a message, as far as the browser vouches for it. Web pages cannot reach Trede's message channel
 * (the manifest has no `externally_connectable`) and other extensions arrive on a channel Trede does not
 * listen to, but each receiver checks anyway, so that a mistake elsewhere does not become a way in:
 *
 * - `sender.id` must be Trede's own id;
 * - an extension page (side panel, options page) has an address under the extension's own origin;
 * - a content script runs in a tab, in its top frame, on a web page (http or https).
 *
 * The browser fills these fields in itself; a sender cannot choose them.
 */

/** The fields of the browser's MessageSender that the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Trede's own identity: its id and the origin of its pages (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface Self {
  id: string;
  getURL(path: string): string;
}

export type SenderKind = 'extension-page' | 'content-script';

/** What kind of Trede part sent the message; null when it is not one of Trede's parts at all. */
export function senderKind(sender: Sender | undefined, self: Self): SenderKind | null {
  if (!sender || !self.id || sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(self.getURL('/'))) return 'extension-page';
  const topFrame = sender.frameId === undefined || sender.frameId === 0;
  if (sender.tab?.id !== undefined && topFrame && /^https?:\/\//iu.test(sender.url)) return 'content-script';
  return null;
}

/** The origin of the page a content script runs in; null for anything else. */
export function contentScriptOrigin(sender: Sender | undefined, self: Self): string | null {
  if (senderKind(sender, self) !== 'content-script') return null;
  try {
    return new URL(sender!.url!).origin;
  } catch {
    return null;
  }
}

/**
 * For the content script: whether a message comes from Trede's own pages or background. The browser only
 * delivers messages from Trede itself to it; the id (and the address, where the browser gives one) is
 * checked all the same.
 */
export function fromTrede(sender: Sender | undefined, self: Self): boolean {
  if (!sender || !self.id || sender.id !== self.id) return false;
  return sender.url === undefined || sender.url.startsWith(self.getURL('/'));
}
