/**
 * The badge next to the client reference on the host page. It lives in a closed Shadow DOM: the host's CSS
 * cannot reach inside, and our styles cannot leak out. Texts are set as text, never parsed as markup (the
 * label as an attribute that CSS shows, see STYLE) — and they come from Trede's background (already
 * translated), never from the page.
 */

// A type import only: the content script stays free of core's code (its size budget is 10 KB).
import type { RiskBand } from '@trede/core';

/**
 * How the badge looks: the band of the highest dropout chance (never the chance of work, which points the
 * other way), a screening without a dropout band, no screening yet, or still asking.
 */
export type BadgeTone = 'pending' | 'none' | 'screened' | RiskBand;

export interface BadgeContent {
  tone: BadgeTone;
  /** Short visible text, e.g. "positie 9 van 12 · uitval: hoger dan gemiddeld, ongeveer 7 van de 10". */
  text: string;
  /** Longer text for screen readers and the tooltip. */
  title: string;
}

export const BADGE_TAG = 'trede-badge';

const TONES: Record<BadgeTone, { bg: string; fg: string }> = {
  pending: { bg: '#eceff3', fg: '#1f2933' },
  none: { bg: '#eceff3', fg: '#1f2933' },
  screened: { bg: '#e3ecfa', fg: '#0b3a75' },
  // Dropout bands, from least to most concern. A dropout card never reports 'much-lower' (core folds it
  // into 'lower'); it has a colour so that every band has one.
  'much-lower': { bg: '#dff3e4', fg: '#0f5226' },
  lower: { bg: '#dff3e4', fg: '#0f5226' },
  around: { bg: '#eceff3', fg: '#1f2933' },
  higher: { bg: '#fff1cc', fg: '#6b4500' },
  'much-higher': { bg: '#fde2e1', fg: '#8a1c17' },
};

/**
 * All styling, the host's included, lives inside the shadow root. For !important declarations the inner
 * context wins over the page (even over the page's inline styles), so the page can neither restyle the host
 * nor hang content on its ::before / ::after; without !important the page's rules could.
 *
 * Nothing outside the closed shadow root may tell the page whether this client was screened, or the band:
 * - the host carries no attribute, and its box is fixed (as wide as it may be, up to 300 px, and three lines
 *   high) with `contain: strict`, so its size, its effect on the page's layout and the page's scroll size are
 *   the same for every result; the text inside is clipped to three lines (the tooltip and the accessible name
 *   say it in full);
 * - the result is drawn as CSS generated content (`content: attr(…)` of an element inside the shadow root):
 *   the browser's find-in-page, which a page can run with window.find(), searches text nodes inside closed
 *   shadow roots too, but not generated content.
 * What stays observable is that a badge is there at all, which follows from the page showing a client.
 */
const STYLE = `
:host{all:initial!important;display:inline-block!important;box-sizing:border-box!important;width:min(300px,100%)!important;
  height:56px!important;padding:3px!important;contain:strict!important;overflow:hidden!important;margin-inline-start:.5em!important;
  vertical-align:middle!important;direction:ltr!important;unicode-bidi:isolate!important;writing-mode:horizontal-tb!important;
  transform:none!important;pointer-events:auto!important;visibility:visible!important;opacity:1!important;z-index:2147483646!important}
:host::before,:host::after{content:none!important;display:none!important}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:.4em;cursor:pointer;max-width:100%;max-height:100%;
  overflow:hidden;font:600 12px/1.2 system-ui,-apple-system,'Segoe UI',sans-serif;padding:2px 8px;border-radius:10px;
  border:1px solid rgba(0,0,0,.25);white-space:normal;overflow-wrap:anywhere;text-align:start;direction:ltr;unicode-bidi:isolate;
  user-select:none}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
.mark{font-weight:700;flex:none;white-space:nowrap}
.label{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
.label::after{content:attr(data-text)}
`;

/** Without an element to sit next to (the reference came from the URL): in the corner of the window. */
const FLOATING = ':host{position:fixed!important;right:16px!important;bottom:16px!important;margin:0!important}';

export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly label: HTMLSpanElement;
  /** The corner placement's rules, switched inside the shadow root (an attribute on the host would show). */
  private readonly floating: HTMLStyleElement;

  constructor(doc: Document, onClick: () => void) {
    this.host = doc.createElement(BADGE_TAG);
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.button = doc.createElement('button');
    this.button.type = 'button';
    const mark = doc.createElement('span');
    mark.className = 'mark';
    mark.textContent = 'Trede';
    this.label = doc.createElement('span');
    this.label.className = 'label';
    this.button.append(mark, this.label);
    this.floating = doc.createElement('style');
    this.button.addEventListener('click', (event) => {
      // The host page must not act on a click meant for Trede (e.g. a row link around the reference).
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    root.append(style, this.floating, this.button);
    this.show({ tone: 'pending', text: '…', title: 'Trede' });
  }

  show(content: BadgeContent): void {
    // A tone this script does not know (a background of another version) still gets a neutral look.
    const tone = TONES[content.tone] ?? TONES.screened;
    this.button.style.background = tone.bg;
    this.button.style.color = tone.fg;
    // An attribute of an element inside the shadow root, shown by CSS: not a text node the page can find.
    this.label.dataset.text = content.text;
    this.button.title = content.title;
    this.button.setAttribute('aria-label', content.title);
  }

  /** Next to the element holding the reference, or — when it came from the URL — floating in the corner. */
  place(anchor: Element | null, doc: Document): void {
    this.floating.textContent = anchor ? '' : FLOATING;
    if (anchor) {
      if (anchor.nextSibling !== this.host) anchor.after(this.host);
    } else {
      const parent = doc.body ?? doc.documentElement;
      if (this.host.parentNode !== parent) parent.append(this.host);
    }
  }

  get placed(): boolean {
    return this.host.isConnected;
  }

  remove(): void {
    this.host.remove();
  }
}
