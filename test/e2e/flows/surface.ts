// What a test step needs of a browser tab, the same for Chromium (a Playwright page) and Firefox (a BiDi
// tab, test/e2e/firefox/bidi.mjs): steps written once against this run in both browsers.
import type { Page } from 'playwright-core';

export type KeyName = 'Tab' | 'Enter' | 'Space' | 'Escape' | 'Backspace' | 'ArrowLeft' | 'ArrowUp' | 'ArrowRight' | 'ArrowDown' | 'End' | 'Home';

export interface Surface {
  /** Runs `fn(...args)` in the page; arguments and result are JSON values. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Runs a script source as it is (a library defining a global). */
  runScript(source: string): Promise<void>;
  /** Waits until an element matching `selector` is in the document. */
  waitFor(selector: string, options?: { timeoutMs?: number; visible?: boolean }): Promise<void>;
  /** A trusted key press. */
  press(key: KeyName): Promise<void>;
  /** Trusted key presses, one per character. */
  type(text: string): Promise<void>;
  /** A real mouse click on the middle of the first match (scrolled into view). */
  click(selector: string, options?: { timeoutMs?: number }): Promise<void>;
  focus(selector: string): Promise<void>;
}

/** `[data-testid="…"]` */
export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** A Playwright page as a Surface. */
export function fromPlaywright(page: Page): Surface {
  return {
    // As source text: Playwright passes one argument, the steps pass several.
    evaluate: (fn, ...args) => page.evaluate(`(${fn.toString()}).apply(null, ${JSON.stringify(args)})`),
    runScript: async (source) => {
      await page.evaluate(source);
    },
    waitFor: async (selector, { timeoutMs = 10_000, visible = false } = {}) => {
      await page.locator(selector).first().waitFor({ state: visible ? 'visible' : 'attached', timeout: timeoutMs });
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    click: (selector, { timeoutMs = 10_000 } = {}) => page.locator(selector).first().click({ timeout: timeoutMs }),
    focus: (selector) => page.locator(selector).first().focus(),
  };
}
