/**
 * The content script for the caseworker's own system. Not in the manifest: the background registers it at
 * runtime (scripting.registerContentScripts) for the origins of configured adapters only, and only once the
 * caseworker granted that origin. It runs in the extension's isolated world.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOverlay } from '../src/overlay/controller';
import { isToContentScript } from '../src/overlay/protocol';
import { fromTrede } from '../src/overlay/senders';

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
      browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
        // Only Trede's own pages and background, and only the four messages the script takes, well formed.
        if (!fromTrede(sender, browser.runtime) || !isToContentScript(message)) return undefined;
        const answer = handler(message);
        if (answer === undefined) return undefined;
        sendResponse(answer);
        return undefined;
      });
    },
  });
});
