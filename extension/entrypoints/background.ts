import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpOverlay, type OverlayApis } from '../src/background/overlay';
import { setUpIdleLock, type AlarmApis } from '../src/background/idle-lock';
import { storeOverlayData } from '../src/background/overlay-data';
import { setUpPanel, type PanelApis } from '../src/background/panel';

export default defineBackground(() => {
  // Firefox's sidebarAction is not in the Chrome-based types, hence the narrow casts.
  setUpPanel(browser as unknown as PanelApis);
  setUpIdleLock(browser as unknown as AlarmApis);
  // The overlay needs the scripting and permissions APIs (Chrome 96+, Firefox 102+); without them the panel still works.
  if (browser.scripting && browser.permissions) setUpOverlay(browser as unknown as OverlayApis, storeOverlayData());
  else console.warn('Trede: no scripting API, the overlay on case systems is off');
});
