// Accessibility checks with axe-core inside the real page: zero serious or critical violations is the bar.
// The check itself is written once for both browsers (flows/panel-steps.ts); this is its Playwright face.
import type { Page } from 'playwright-core';
import { type AxeFinding, seriousViolationsOn } from './flows/panel-steps.js';
import { fromPlaywright } from './flows/surface.js';

export type { AxeFinding };

/** Runs axe on the page as it is now and returns the serious and critical violations, readable in a test failure. */
export function seriousViolations(page: Page): Promise<AxeFinding[]> {
  return seriousViolationsOn(fromPlaywright(page));
}
