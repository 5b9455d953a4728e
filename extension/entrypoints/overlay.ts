/**
 * The content script for the caseworker's own system. Not in the manifest: the background registers it at
 * runtime (scripting.registerContentScripts) for the origins of configured adapters only, and only once the
 * caseworker granted that origin. It runs in the extension's isolated world.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOverlay } from '../src/overlay/controller';
import type { ToContentScript } from '../src/overlay/protocol';

/** A second injection into the same page (registration plus an explicit inject) must not start twice. */
const STARTED = Symbol.for('trede.overlay');

export default defineUnlistedScript(() => {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  startOverlay({
    doc: document,
    send: (message) => browser.runtime.sendMessage(message),
    listen: (handler) => {
      browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
        if (!isOurs(message)) return undefined;
        const answer = handler(message);
        if (answer === undefined) return undefined;
        sendResponse(answer);
        return undefined;
      });
    },
  });
});

/** Messages from elsewhere (other extensions cannot reach us, but the page's own frames might) are ignored. */
function isOurs(message: unknown): message is ToContentScript {
  const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && kind.startsWith('trede/');
}
