import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpPanel, type PanelApis } from '../src/background/panel';

export default defineBackground(() => {
  // Firefox's sidebarAction is not in the Chrome-based types, hence the narrow cast.
  setUpPanel(browser as unknown as PanelApis);
});
