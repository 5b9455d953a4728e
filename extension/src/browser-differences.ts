/**
 * Where Chromium and Firefox differ for Trede, in one place (docs/architecture.md, "Chromium and Firefox").
 *
 * - Host permissions: Firefox refuses a match pattern with a port in `permissions.request` ("not declared
 *   in the manifest") and never reports one as granted, so there Trede asks for and registers the origin's
 *   scheme and host only. That pattern covers every port of the host; which page an adapter reads is still
 *   decided by its exact origin, port included (adapterFor in src/background/overlay.ts). Chromium takes the
 *   port, so there the pattern stays exactly the origin.
 * - The panel: Chromium's side panel (`sidePanel`) against Firefox's sidebar (`sidebar_action`), chosen by
 *   which API the browser has (src/background/panel.ts for the toolbar button, src/background/overlay.ts
 *   for a click on the badge).
 * - Permission prompts: both only ask during a user gesture; Firefox only while the click handler still runs
 *   synchronously (src/adapters/permissions.ts asks first thing in the click).
 */

export type BrowserFamily = 'chromium' | 'firefox';

/** The browser this build is for (WXT sets FIREFOX for `wxt build -b firefox`). */
export const BROWSER_FAMILY: BrowserFamily = import.meta.env.FIREFOX ? 'firefox' : 'chromium';

/** The match pattern Trede asks for and registers the content script for, for pages of `origin`. */
export function hostPattern(origin: string, family: BrowserFamily = BROWSER_FAMILY): string {
  if (family === 'chromium') return `${origin}/*`;
  const { protocol, hostname } = new URL(origin);
  // hostname keeps an IPv6 address's brackets, which match patterns want too.
  return `${protocol}//${hostname}/*`;
}
