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
 * Where: the host is not put into the page's flow next to the reference (a new cell in a table row, a new
 * flex or grid item, a card that grows, a badge cut off by the card's `overflow: hidden`), but appended to
 * <html> as a layer of its own, `position: fixed` above everything, placed from the reference's box (the box
 * of its text) just right of it, or below it when the window is too narrow; moved at most once per frame on
 * scroll (of any scroller), resize and DOM changes, and hidden while the reference is out of view (scrolled
 * off the window or out of a scrolling or clipping box around it) or has no box. So the page's own elements
 * keep exactly the boxes they have without Trede. The host takes no pointer events itself: only the pill
 * does, so the rest of its box never covers the page's controls.
 *
 * Nothing outside the closed shadow root may tell the page whether this client was screened, or the band:
 * - the host carries no attribute, and its box is fixed (300 px wide or the window's width, and three lines
 *   high) with `contain: strict`, and where it sits follows from the reference only, so its size and place
 *   are the same for every result; the text inside is clipped to three lines (the tooltip and the accessible
 *   name say it in full);
 * - the result is drawn as CSS generated content (`content: attr(…)` of an element inside the shadow root):
 *   the browser's find-in-page, which a page can run with window.find(), searches text nodes inside closed
 *   shadow roots too, but not generated content.
 * What stays observable is that a badge is there at all, which follows from the page showing a client.
 */
const STYLE = `
:host{all:initial!important;position:fixed!important;display:block!important;box-sizing:border-box!important;
  width:min(300px,100%)!important;height:56px!important;padding:3px!important;contain:strict!important;overflow:hidden!important;
  margin:0!important;direction:ltr!important;unicode-bidi:isolate!important;writing-mode:horizontal-tb!important;
  transform:none!important;pointer-events:none!important;visibility:visible!important;opacity:1!important;z-index:2147483647!important}
:host::before,:host::after{content:none!important;display:none!important}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:.4em;cursor:pointer;max-width:100%;max-height:100%;
  overflow:hidden;font:600 12px/1.2 system-ui,-apple-system,'Segoe UI',sans-serif;padding:2px 8px;border-radius:10px;
  border:1px solid rgba(0,0,0,.25);white-space:normal;overflow-wrap:anywhere;text-align:start;direction:ltr;unicode-bidi:isolate;
  user-select:none;pointer-events:auto}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
.mark{font-weight:700;flex:none;white-space:nowrap}
.label{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
.label::after{content:attr(data-text)}
`;

/** Without an element to sit next to (the reference came from the URL): in the corner of the window. */
const FLOATING = ':host{left:auto!important;top:auto!important;right:16px!important;bottom:16px!important}';
const HIDDEN = ':host{display:none!important}';
/** The host's fixed box (see STYLE): width at most, height, padding around the pill. */
const WIDTH = 300;
const PAD = 3;
/** Room between the reference's text and the host's box. */
const GAP = 4;
/** About one line of the pill (12 px text, padding, border), to centre it on the reference's line. */
const PILL = 22;

type Box = { left: number; top: number; right: number; bottom: number };

/** The box of the reference's text (a table cell's box spans its column); the element's box without text. */
function referenceBox(anchor: Element): Box {
  const range = anchor.ownerDocument.createRange();
  range.selectNodeContents(anchor);
  const text = range.getBoundingClientRect?.();
  return text && (text.width || text.height) ? text : anchor.getBoundingClientRect();
}

/**
 * The part of the reference's box that can be seen: cut by the window and by every ancestor that clips or
 * scrolls; null when nothing is left (scrolled away, hidden, no box).
 */
function visibleBox(anchor: Element, doc: Document): Box | null {
  const r = referenceBox(anchor);
  if (r.right - r.left <= 0 && r.bottom - r.top <= 0) return null;
  const view = doc.documentElement;
  let seen: Box = { left: Math.max(r.left, 0), top: Math.max(r.top, 0), right: Math.min(r.right, view.clientWidth), bottom: Math.min(r.bottom, view.clientHeight) };
  const win = doc.defaultView;
  for (let el = anchor.parentElement; el && el !== doc.body && el !== view && win; el = el.parentElement) {
    const overflow = win.getComputedStyle(el).overflow;
    if (!overflow || overflow === 'visible') continue;
    const c = el.getBoundingClientRect();
    seen = { left: Math.max(seen.left, c.left), top: Math.max(seen.top, c.top), right: Math.min(seen.right, c.right), bottom: Math.min(seen.bottom, c.bottom) };
  }
  return seen.right > seen.left && seen.bottom > seen.top ? r : null;
}

export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly label: HTMLSpanElement;
  /** Where the host sits (or that it is hidden), a rule inside the shadow root (an attribute on the host would show). */
  private readonly placement: HTMLStyleElement;
  private anchor: Element | null = null;
  private frame = 0;
  private listening = false;

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
    this.placement = doc.createElement('style');
    this.button.addEventListener('click', (event) => {
      // The host page must not act on a click meant for Trede (e.g. a row link around the reference).
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    root.append(style, this.placement, this.button);
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

  /**
   * Next to the element holding the reference, or — when it came from the URL — floating in the corner.
   * The host goes into <html> once and stays there; only its place (a rule inside the shadow root) changes.
   */
  place(anchor: Element | null, doc: Document): void {
    const moved = anchor !== this.anchor;
    this.anchor = anchor;
    const root = doc.documentElement;
    if (this.host.parentNode === root) {
      // Another element (the page re-rendered it, or another client): placed at once, else at the next frame.
      if (moved) this.position();
      else this.reposition();
      return;
    }
    root.append(this.host);
    this.position();
    const win = doc.defaultView;
    if (!this.listening && win) {
      this.listening = true;
      // Capture: scrolling of any scroller in the page, not only the window's, moves the reference.
      doc.addEventListener('scroll', this.reposition, { capture: true, passive: true });
      win.addEventListener('resize', this.reposition, { passive: true });
    }
  }

  /** Places the host again at the next frame (at most once per frame, however often this is called). */
  readonly reposition = (): void => {
    const win = this.host.ownerDocument.defaultView;
    if (this.frame || !win) return;
    const run = () => {
      this.frame = 0;
      this.position();
    };
    this.frame = win.requestAnimationFrame ? win.requestAnimationFrame(run) : (win.setTimeout(run, 16) as unknown as number);
  };

  /** Where the host goes now: a rule inside the shadow root, so the page sees no attribute change. */
  private position(): void {
    const doc = this.host.ownerDocument;
    const anchor = this.anchor;
    // A reference the page just replaced: the controller's next check brings the new one (or removes the badge).
    if (anchor && !anchor.isConnected) return;
    let css = FLOATING;
    if (anchor) {
      const r = visibleBox(anchor, doc);
      css = HIDDEN;
      if (r) {
        const width = doc.documentElement.clientWidth;
        const w = Math.min(WIDTH, width);
        // Right of the text, on its line; below it when the window has no room on the right.
        const right = r.right + GAP + w <= width;
        const x = right ? r.right + GAP : Math.max(0, Math.min(r.left - PAD, width - w));
        const y = right ? r.top + (r.bottom - r.top - PILL) / 2 - PAD : r.bottom + GAP - PAD;
        css = `:host{left:${Math.round(x)}px!important;top:${Math.round(y)}px!important}`;
      }
    }
    if (this.placement.textContent !== css) this.placement.textContent = css;
  }

  get placed(): boolean {
    return this.host.isConnected;
  }

  remove(): void {
    this.host.remove();
    this.anchor = null;
    const doc = this.host.ownerDocument;
    if (this.listening) {
      this.listening = false;
      doc.removeEventListener('scroll', this.reposition, { capture: true });
      doc.defaultView?.removeEventListener('resize', this.reposition);
    }
  }
}
