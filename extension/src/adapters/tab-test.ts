/**
 * "Test on the current tab": applies an adapter that may not be saved yet to the open page of its system
 * and reports what it finds, so an administrator sees at once whether a selector or pattern fits.
 *
 * The page answers through the content script (the very same detect() the overlay uses). The report that
 * leaves this module holds the client reference only masked: the raw value never reaches the options page's
 * markup, and anything reference-like in the page address is masked as well.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { OVERLAY_SCRIPT_FILE } from '../background/overlay';
import { maskReference, isBsn } from '../reference';
import type { Miss, Read } from '../overlay/detect';
import { TestResponseSchema } from '../overlay/message-schemas';
import type { TestRequest, TestResponse } from '../overlay/protocol';
import { latestTab } from '../tabs';
import { convertPrefill, type Converted } from './prefill';
import { hostPattern } from '../browser-differences';
import { pageRules, type Adapter, type PrefillConversion, type PrefillItemId } from './schema';

/** The content script's file, as the background injects it (WXT's path type wants a leading slash; both work). */
const OVERLAY_FILE = OVERLAY_SCRIPT_FILE as ScriptPublicPath;

export interface MissReport {
  miss: Miss;
  detail: string;
}

export interface PrefillReport {
  item: PrefillItemId;
  convert: PrefillConversion;
  /** The text the page shows for it, or null when nothing was found. */
  raw: string | null;
  /** The answer it becomes (or why it does not fit the question); null when nothing was found. */
  converted: Converted | null;
  miss: MissReport | null;
}

export interface TestReport {
  /** Path, query and hash of the tested page, reference-like parts masked. */
  path: string;
  onClientPage: boolean | null;
  reference: { masked: string; bsn: boolean; from: 'element' | 'url' } | null;
  /** Why the address pattern or the element found no reference (also when the other one did). */
  referenceMisses: (MissReport & { part: 'url' | 'element' })[];
  prefill: PrefillReport[];
  writeBack: { ok: true; tag: string } | ({ ok: false } & MissReport) | null;
}

async function ask(tabId: number, request: TestRequest): Promise<TestResponse | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    // Only an answer of exactly the content script's shape is shown (src/overlay/message-schemas.ts).
    const parsed = TestResponseSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    // No content script in that tab (opened before the permission was granted, or never registered).
    return null;
  }
}

const originOf = (href: string | undefined): string | null => {
  try {
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
};

/**
 * Finds the system's most recent tab and lets the content script there apply `adapter`'s rules, starting
 * the script first when none runs yet. The origin must be granted already (asked for in the click).
 */
export async function runTabTest(adapter: Adapter): Promise<TestResponse | null> {
  const tabs = await browser.tabs.query({ url: [hostPattern(adapter.origin)] }).catch(() => []);
  // In Firefox the pattern has no port (src/browser-differences.ts): keep the adapter's exact origin only.
  const tab = latestTab(tabs.filter((t) => originOf(t.url) === adapter.origin));
  if (!tab) return null;
  const request: TestRequest = { kind: 'trede/test', rules: pageRules(adapter) };
  const first = await ask(tab.id, request);
  if (first) return first;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [OVERLAY_FILE] });
  } catch {
    return null;
  }
  return ask(tab.id, request);
}

const missOf = (read: Read | null | undefined): MissReport | null => (read && !read.ok ? { miss: read.miss, detail: read.detail ?? '' } : null);

/** The page address for display: decoded, known reference values and long digit runs (numbers) masked. */
export function maskedPath(href: string, references: readonly string[]): string {
  let path: string;
  try {
    const url = new URL(href);
    path = url.pathname + url.search + url.hash;
  } catch {
    path = href;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  // Longest first, so a value that contains another is masked as a whole.
  for (const value of [...references].sort((a, b) => b.length - a.length)) if (value) path = path.split(value).join(maskReference(value));
  return path.replace(/\d{6,}/gu, (run) => maskReference(run));
}

/** What the page answered, turned into what the options page shows. `today` is YYYY-MM-DD. */
export function reportFrom(response: TestResponse, adapter: Adapter, today: string): TestReport {
  const values = [response.reference, response.url?.ok ? response.url.value : null, response.element?.ok ? response.element.value : null];
  const reference = response.reference
    ? {
        masked: maskReference(response.reference),
        bsn: isBsn(response.reference),
        // The element may only mark the client page (role client-page): then the number came from the URL.
        from: response.element?.ok && response.element.value === response.reference ? ('element' as const) : ('url' as const),
      }
    : null;
  const referenceMisses: TestReport['referenceMisses'] = [];
  const urlMiss = missOf(response.url);
  if (urlMiss) referenceMisses.push({ part: 'url', ...urlMiss });
  const elementMiss = missOf(response.element);
  if (elementMiss) referenceMisses.push({ part: 'element', ...elementMiss });

  const prefill = adapter.prefill.map((field): PrefillReport => {
    const read = response.prefill[field.item];
    if (read?.ok) return { item: field.item, convert: field.convert, raw: read.value, converted: convertPrefill(field.item, field.convert, read.value, today), miss: null };
    return { item: field.item, convert: field.convert, raw: null, converted: null, miss: missOf(read) ?? { miss: 'element-missing', detail: field.selector } };
  });

  let writeBack: TestReport['writeBack'] = null;
  if (response.writeBack) writeBack = response.writeBack.ok ? { ok: true, tag: response.writeBack.value } : { ok: false, ...missOf(response.writeBack)! };

  return {
    path: maskedPath(response.href, values.filter((v): v is string => Boolean(v))),
    onClientPage: response.onClientPage,
    reference,
    referenceMisses,
    prefill,
    writeBack,
  };
}

/** YYYY-MM-DD of the local calendar day: prefill dates count from the day of the test. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
