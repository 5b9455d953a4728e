/**
 * Applies an adapter's rules to a page: finds the client reference, the prefill values and the write-back
 * field, and says why when something is not found. Pure DOM reading — no messaging, no i18n — so the content
 * script stays small and the options page's "test on the current tab" gives the very same answers.
 *
 * Hostile pages: values are read with textContent / getAttribute only, and no pattern ever sees more than a
 * few thousand characters: element texts are cut, page addresses longer than that are not matched at all.
 * A 1 MB text node costs one slice, and a pattern that backtracks quadratically (a sort the options page
 * refuses, but an adapter stored before that check may hold one) does a few million steps at most.
 */
import type { ElementLocator, PageRules, PrefillItemId } from '../adapters/schema';
import { normaliseReference } from '../reference';
import { MAX_ADDRESS, MAX_TEXT } from './limits';
import { queryStepped } from './steps';

export { MAX_ADDRESS, MAX_TEXT };

/** Why a value was not found. The panel and the options page translate these codes. */
export type Miss =
  | 'url-no-match'
  | 'selector-invalid'
  | 'element-missing'
  | 'pattern-no-match'
  | 'empty'
  | 'url-and-page-disagree'
  | 'address-too-long'
  | 'not-editable';

export type Read = { ok: true; value: string } | { ok: false; miss: Miss; detail?: string };

export interface ReferenceFinding {
  /** The reference as the page shows it, or null. */
  reference: string | null;
  /** The element it came from (the badge goes next to it), or null when it came from the URL. */
  anchor: Element | null;
  /** Per configured part, what it found. */
  url: Read | null;
  element: Read | null;
}

export interface Detection extends ReferenceFinding {
  href: string;
  /**
   * Whether the URL is one of the adapter's client pages (its `clientPages`, else a URL part whose role is
   * `client-page`); false outside its `paths`; null when the adapter does not say.
   */
  onClientPage: boolean | null;
  prefill: Partial<Record<PrefillItemId, Read>>;
  writeBack: Read | null;
}

function firstGroup(pattern: string, text: string): string | null {
  const m = new RegExp(pattern, 'u').exec(text);
  if (!m) return null;
  return (m.length > 1 ? m.slice(1).find((g) => g !== undefined) : m[0]) ?? m[0];
}

const querySafe = queryStepped;

/** The text of an element or one of its attributes, cut to MAX_TEXT, whitespace collapsed. */
function rawValue(element: Element, attribute: string | undefined): string {
  const raw = attribute ? (element.getAttribute(attribute) ?? '') : (element.textContent ?? '');
  return raw.slice(0, MAX_TEXT).replace(/\s+/gu, ' ').trim();
}

export function readElement(root: ParentNode, locator: ElementLocator): Read & { element?: Element } {
  const element = querySafe(root, locator.selector);
  if (element === 'invalid') return { ok: false, miss: 'selector-invalid', detail: locator.selector };
  if (!element) return { ok: false, miss: 'element-missing', detail: locator.selector };
  const raw = rawValue(element, locator.attribute);
  if (!raw) return { ok: false, miss: 'empty', detail: locator.selector };
  if (!locator.pattern) return { ok: true, value: raw, element };
  const value = firstGroup(locator.pattern, raw)?.trim();
  return value ? { ok: true, value, element } : { ok: false, miss: 'pattern-no-match', detail: locator.pattern };
}

/** Path, query and hash: what URL patterns see (the origin is the adapter's business already). */
export function pageAddress(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search + url.hash;
}

/** The page address when a pattern may look at it; null when it is longer than MAX_ADDRESS. */
export function addressForPatterns(href: string): string | null {
  const address = pageAddress(href);
  return address.length <= MAX_ADDRESS ? address : null;
}

/** Whether a pattern matches the page address (path + query + hash); false for an address too long to look at. */
export function addressMatches(href: string, pattern: string): boolean {
  const address = addressForPatterns(href);
  return address !== null && new RegExp(pattern, 'u').test(address);
}

export function readUrl(href: string, pattern: string): Read {
  const raw = addressForPatterns(href);
  if (raw === null) return { ok: false, miss: 'address-too-long', detail: String(MAX_ADDRESS) };
  let address: string;
  try {
    address = decodeURIComponent(raw);
  } catch {
    address = raw;
  }
  const value = firstGroup(pattern, address)?.trim();
  return value ? { ok: true, value } : { ok: false, miss: 'url-no-match', detail: pattern };
}

/**
 * Where the adapter applies on this address: outside its `paths` nothing is looked for; outside its
 * `clientPages` (when set) no client is looked for, so a list page full of numbers never becomes "a client".
 */
export function pageScope(href: string, rules: Pick<PageRules, 'paths' | 'clientPages'>): { inPaths: boolean; clientPage: boolean | null } {
  if (rules.paths && !addressMatches(href, rules.paths)) return { inPaths: false, clientPage: false };
  // An address too long to look at is no client page: better no client than a frozen page.
  return { inPaths: true, clientPage: rules.clientPages ? addressMatches(href, rules.clientPages) : null };
}

/**
 * The client on the page. Each part (URL pattern, element) either gives the reference or, with the role
 * `client-page`, only says that this is a client page. When both give the reference, the element wins where
 * it exists, but while the two disagree (a single-page app whose URL already shows the next client while
 * the old one is still on screen) there is no client: following the wrong client is worse than waiting.
 */
export function findReference(root: ParentNode, href: string, rules: PageRules): ReferenceFinding {
  const none: ReferenceFinding = { reference: null, anchor: null, url: null, element: null };
  const scope = pageScope(href, rules);
  if (!scope.inPaths || scope.clientPage === false) return none;
  const { url: urlPart, element: elementPart } = rules.reference;
  const url = urlPart ? readUrl(href, urlPart.pattern) : null;
  const found = elementPart ? readElement(root, elementPart) : null;
  const element: Read | null = found && (found.ok ? { ok: true, value: found.value } : found);
  const anchor = found?.ok ? (found.element ?? null) : null;
  const urlGives = urlPart !== undefined && (urlPart.role ?? 'reference') === 'reference';
  const elementGives = elementPart !== undefined && (elementPart.role ?? 'reference') === 'reference';
  // A part that only marks the client page must match, or this is no client page (yet).
  if ((urlPart && !urlGives && !url?.ok && !addressMatches(href, urlPart.pattern)) || (elementPart && !elementGives && !element?.ok)) return { ...none, url, element };
  if (urlGives && elementGives && url?.ok && element?.ok && normaliseReference(url.value) !== normaliseReference(element.value)) {
    return { reference: null, anchor: null, url, element: { ok: false, miss: 'url-and-page-disagree' } };
  }
  if (elementGives && element?.ok) return { reference: element.value, anchor, url, element };
  if (urlGives && url?.ok) return { reference: url.value, anchor: elementGives ? null : anchor, url, element };
  return { reference: null, anchor: null, url, element };
}

/** Whether the URL says this is a client page: `clientPages`, else a URL part with the role `client-page`. */
function clientPageOf(href: string, rules: PageRules, url: Read | null): boolean | null {
  const scope = pageScope(href, rules);
  if (!scope.inPaths || scope.clientPage !== null) return scope.clientPage;
  if (rules.reference.url?.role === 'client-page') return url?.ok === true || addressMatches(href, rules.reference.url.pattern);
  return null;
}

/**
 * A field "insert summary" can write into: a textarea, a text input, or an editable element. Judged by tag
 * and properties, not `instanceof`: an element inside a frame belongs to the frame's window, whose classes
 * are not this script's.
 */
export function isWritable(element: Element): boolean {
  const field = element as HTMLInputElement & HTMLTextAreaElement & HTMLElement;
  if (element.localName === 'textarea') return !field.disabled && !field.readOnly;
  if (element.localName === 'input') return ['text', 'search', ''].includes(field.type) && !field.disabled && !field.readOnly;
  return field.isContentEditable === true;
}

export function findWriteTarget(root: ParentNode, selector: string): { ok: true; element: Element } | { ok: false; miss: Miss; detail: string } {
  const element = querySafe(root, selector);
  if (element === 'invalid') return { ok: false, miss: 'selector-invalid', detail: selector };
  if (!element) return { ok: false, miss: 'element-missing', detail: selector };
  if (!isWritable(element)) return { ok: false, miss: 'not-editable', detail: element.tagName.toLowerCase() };
  return { ok: true, element };
}

export function detect(root: ParentNode, href: string, rules: PageRules): Detection {
  const finding = findReference(root, href, rules);
  const onClientPage = clientPageOf(href, rules, finding.url);
  // Nothing is read off a page that is not a client page: no prefill, no write-back target.
  if (onClientPage === false) return { ...finding, href, onClientPage, prefill: {}, writeBack: null };
  const prefill: Detection['prefill'] = {};
  for (const field of rules.prefill) {
    const read = readElement(root, field);
    prefill[field.item] = read.ok ? { ok: true, value: read.value } : read;
  }
  let writeBack: Read | null = null;
  if (rules.writeBack) {
    const target = findWriteTarget(root, rules.writeBack.selector);
    writeBack = target.ok ? { ok: true, value: target.element.tagName.toLowerCase() } : target;
  }
  return { ...finding, href, onClientPage, prefill, writeBack };
}
