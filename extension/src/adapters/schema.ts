/**
 * A site adapter: how Trede finds the client on one case-management web system. The caseworker or the
 * functional administrator writes it once (options page, or a JSON file they import); from then on the
 * content script follows the client on screen. Versioned (`schema`) so a later format can migrate old files.
 *
 * Only data lives here; the content script (src/overlay) applies it to a page, src/adapters/prefill.ts turns
 * the strings it reads into intake answers.
 */
import * as z from 'zod/mini';
import type { MessageKey } from '../i18n/messages';

/** Trede's own checks carry a message key; src/adapters/errors.ts translates it (nl/en). */
const issueKey = (key: MessageKey & `adapter.issue.${string}`): { error: string } => ({ error: key });

/**
 * The format Trede writes. `trede.adapter/2` added selector steps into shadow roots and frames (`>>>`,
 * src/overlay/steps.ts) and the `role` of the URL and the element. Every `/1` adapter means the same in `/2`
 * (a `/1` selector cannot contain `>>>`, which is not CSS, and both parts were references), so `/1` files
 * and adapters stored by older versions are read as they are and written back as `/2` (migrateAdapter).
 */
export const ADAPTER_FORMAT = 'trede.adapter/2';
export const ADAPTER_FORMAT_V1 = 'trede.adapter/1';

/**
 * Hosts for which plain http is allowed: a developer's or trainer's own machine. Everything else must be
 * https — the manifest's optional host permissions cover exactly these (src/manifest.ts).
 */
export const HTTP_HOSTS: readonly string[] = ['localhost', '127.0.0.1'];

/**
 * The normalised origin of a URL-like string, or null: `https://host[:port]` (or `http://` for the hosts
 * above), no path, query, user info or wildcard.
 */
export function normaliseOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.hostname.includes('*')) return null;
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && HTTP_HOSTS.includes(url.hostname)) return url.origin;
  return null;
}

/** Whether `source` compiles as a JavaScript regular expression (unicode mode, as the content script runs it). */
export function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Longest pattern and longest origin. Every text field of an adapter has a maximum, so a hostile file cannot
 * make Trede compile or store megabytes; a longer value is not parsed further (`abort`).
 */
export const MAX_PATTERN_LENGTH = 500;
export const MAX_ORIGIN_LENGTH = 300;

/**
 * A pattern's syntax. Whether it can run away (catastrophic backtracking) is judged where adapters come in,
 * the options form and import (src/adapters/errors.ts with src/adapters/pattern-safety.ts), not here: the
 * judge is too heavy for every reader of the store.
 */
const regExpSource = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_PATTERN_LENGTH, { abort: true }),
  z.refine(isRegExpSource, issueKey('adapter.issue.regex')),
);
/**
 * CSS selectors, optionally in steps joined by `>>>` into open shadow roots and same-origin frames
 * (src/overlay/steps.ts). Checked against a real DOM where one exists (the options page); here only their size.
 */
const cssSelector = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
/** Read an attribute (e.g. `datetime` of a <time>) instead of the element's text. */
const attributeName = z.string().check(z.regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,99}$/, issueKey('adapter.issue.attribute')));

/**
 * What a part of the reference locator says: `reference` (the default) gives the client's reference;
 * `client-page` only says that this is a client page (the URL carries an internal dossier id, or an element
 * such as a dossier header is present) while the other part gives the reference. At least one part gives it;
 * the two only have to agree when both do.
 */
export const LOCATOR_ROLES = ['reference', 'client-page'] as const;
export type LocatorRole = (typeof LOCATOR_ROLES)[number];

/** Where a value sits on the page: an element, optionally one attribute of it, optionally cut out by a pattern. */
export const ElementLocatorSchema = z.strictObject({
  selector: cssSelector,
  attribute: z.optional(attributeName),
  /** The first capturing group (or the whole match) is the value. */
  pattern: z.optional(regExpSource),
});
export type ElementLocator = z.infer<typeof ElementLocatorSchema>;

export const ReferenceLocatorSchema = z
  .strictObject({
    /** Matched against path + query + hash, e.g. `/klant/(\d+)`. */
    url: z.optional(z.strictObject({ pattern: regExpSource, role: z.optional(z.enum(LOCATOR_ROLES)) })),
    element: z.optional(z.strictObject({ ...ElementLocatorSchema.shape, role: z.optional(z.enum(LOCATOR_ROLES)) })),
  })
  .check(
    z.refine((r) => r.url !== undefined || r.element !== undefined, issueKey('adapter.issue.referenceEmpty')),
    z.refine(
      (r) => (r.url === undefined && r.element === undefined) || [r.url, r.element].some((part) => part !== undefined && (part.role ?? 'reference') === 'reference'),
      issueKey('adapter.issue.referenceRoles'),
    ),
  );
export type ReferenceLocator = z.infer<typeof ReferenceLocatorSchema>;

/**
 * How a string from the page becomes an answer. Dates (src/adapters/page-dates.ts) are read as YYYY-MM-DD,
 * day-month-year in digits (14-3-1999, 14/03/1999, 14.3.1999; always day first, the Dutch convention, never
 * guessed month first) or with a Dutch or English month name (14 maart 1999, Monday 14 March 1999), and
 * compared with the day of the intake; two-digit years and dates after that day are refused.
 */
export const PREFILL_CONVERSIONS = ['number', 'age-from-date', 'years-since-date', 'months-since-date', 'count-to-yes-no', 'yes-no'] as const;
export type PrefillConversion = (typeof PREFILL_CONVERSIONS)[number];

/**
 * Intake items a page can fill in, with the conversions that make sense for each. Only facts a case system
 * holds anyway; never questionnaire answers about how the client feels.
 */
export const PREFILL_ITEMS = {
  'bg.age': ['age-from-date', 'number'],
  'bg.children': ['count-to-yes-no', 'yes-no'],
  'bg.youngestChildAge': ['number', 'age-from-date'],
  'bg.yearsSinceLastJob': ['years-since-date', 'number'],
  'bg.benefitMonths': ['months-since-date', 'number'],
} as const satisfies Record<string, readonly PrefillConversion[]>;
export type PrefillItemId = keyof typeof PREFILL_ITEMS;
export const PREFILL_ITEM_IDS = Object.keys(PREFILL_ITEMS) as [PrefillItemId, ...PrefillItemId[]];

export const PrefillFieldSchema = z
  .strictObject({
    item: z.enum(PREFILL_ITEM_IDS),
    convert: z.enum(PREFILL_CONVERSIONS),
    ...ElementLocatorSchema.shape,
  })
  .check(
    z.refine((f) => (PREFILL_ITEMS[f.item] as readonly string[]).includes(f.convert), {
      ...issueKey('adapter.issue.conversion'),
      path: ['convert'],
    }),
  );
export type PrefillField = z.infer<typeof PrefillFieldSchema>;

export const AdapterSchema = z
  .strictObject({
    format: z.enum([ADAPTER_FORMAT, ADAPTER_FORMAT_V1]),
    /** Stable id, e.g. `werkplein-demo`; the file name of an export. */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, issueKey('adapter.issue.id'))),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
    origin: z.string().check(
      z.maxLength(MAX_ORIGIN_LENGTH, { abort: true }),
      z.refine((o) => normaliseOrigin(o) === o, issueKey('adapter.issue.origin')),
    ),
    /** Which pages of the origin the adapter applies to (path + query + hash); all when absent. */
    paths: z.optional(regExpSource),
    /**
     * Pages that show one client (path + query + hash). On such a page a missing reference means the adapter
     * no longer fits the system; elsewhere (a list, a search page) it only means no client is open.
     */
    clientPages: z.optional(regExpSource),
    reference: ReferenceLocatorSchema,
    prefill: z.array(PrefillFieldSchema).check(z.maxLength(20)),
    /** The text field "insert summary" writes into. */
    writeBack: z.optional(z.strictObject({ selector: cssSelector })),
  })
  .check(
    z.refine((a) => new Set(a.prefill.map((f) => f.item)).size === a.prefill.length, {
      ...issueKey('adapter.issue.prefillTwice'),
      path: ['prefill'],
    }),
  );
export type Adapter = z.infer<typeof AdapterSchema>;

/** An adapter in the current format: a `/1` one means the same in `/2`, only its label changes. */
export function migrateAdapter(adapter: Adapter): Adapter {
  return adapter.format === ADAPTER_FORMAT ? adapter : { ...adapter, format: ADAPTER_FORMAT };
}

/**
 * What the content script needs of an adapter: the validated data without the display name. `paths` and
 * `clientPages` travel along because single-page systems navigate without loading a document: the content
 * script checks them at every navigation.
 */
export type PageRules = Pick<Adapter, 'paths' | 'clientPages' | 'reference' | 'prefill' | 'writeBack'>;

export function pageRules(adapter: Adapter): PageRules {
  const { paths, clientPages, reference, prefill, writeBack } = adapter;
  return { paths, clientPages, reference, prefill, writeBack };
}

/** The host-permission match pattern for an adapter's origin: exactly that scheme, host and port. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A file of adapters, as export writes it and import reads it (a single adapter object is accepted too). */
export const AdapterFileSchema = z.union([
  AdapterSchema,
  z.strictObject({ format: z.literal('trede.adapters/1'), adapters: z.array(AdapterSchema) }),
]);
