/**
 * Where Chromium and Firefox differ for Trede, in one place (docs/architecture.md, "Chromium and Firefox").
 *
 * - Host permissions: Firefox refuses a match pattern with a port in `permissions.request` ("not declared
 *   in the manifest") and never reports one as granted, so there Trede asks for and registers the origin's
 *   scheme and host only. That pattern covers every port of the host; which page an adapter reads is still
 *   decided by its exact origin, port included (adapterFor in src/background/overlay.ts). Chromium takes the
 *   port, so there the pattern stays exactly the origin.
 * - The panel: Chromium's side panel (`sidePanel`) against Firefox's sidebar (`sidebar_action`, which WXT
 *   declares for the same page), chosen by which API the browser has: `openPanel` below for a click on the
 *   badge, src/background/panel.ts for the toolbar button (Chromium opens the panel itself, Firefox toggles).
 *   In Firefox the badge cannot open the sidebar: the click's user action does not travel with the content
 *   script's message, so `sidebarAction.open()` in the background is refused (logged). The sidebar is open
 *   after install and stays open across pages, so mostly there is nothing to open.
 * - Permission prompts: both only ask during a user gesture; Firefox only while the click handler still runs
 *   synchronously (src/adapters/permissions.ts asks first thing in the click).
 * - The content script: registered at runtime with `scripting.registerContentScripts` in both; the background
 *   registers again on every start (src/background/overlay.ts), so it does not matter whether the browser
 *   kept the registration across sessions.
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

/** The panel APIs of either browser, as far as opening goes. */
export interface PanelOpeners {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Trede's panel next to tab `tabId`: Chromium's side panel for that tab, or Firefox's sidebar (one per
 * window). Call it straight from the user's click: both browsers refuse without a user gesture.
 */
export function openPanel(api: PanelOpeners, tabId: number, log: (message: string, error: unknown) => void): void {
  if (api.sidePanel) api.sidePanel.open({ tabId }).catch((e: unknown) => log('Trede: sidePanel.open failed', e));
  else api.sidebarAction?.open().catch((e: unknown) => log('Trede: sidebarAction.open failed', e));
}
