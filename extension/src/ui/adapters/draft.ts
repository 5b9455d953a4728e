/**
 * The adapter form's state: every field as the text the caseworker typed, so half-finished input survives
 * until it is valid. `adapterFromDraft` turns it into an adapter-shaped value for the schema to judge —
 * empty optional fields are left out, but a part that was started (an attribute without a selector) is kept
 * so the schema can say what is missing instead of it silently disappearing.
 */
import { ADAPTER_FORMAT, normaliseOrigin, PREFILL_ITEM_IDS, PREFILL_ITEMS, type Adapter, type LocatorRole, type PrefillConversion, type PrefillItemId } from '../../adapters/schema';

export interface PrefillDraft {
  /** Stable key for the row while rows are added and removed. */
  key: number;
  item: PrefillItemId;
  convert: PrefillConversion;
  selector: string;
  attribute: string;
  pattern: string;
}

export interface AdapterDraft {
  name: string;
  id: string;
  /** A new adapter's id follows its name until the id is edited by hand. */
  idEdited: boolean;
  origin: string;
  paths: string;
  clientPages: string;
  referenceUrl: string;
  /** What the URL pattern says: the client number, or only that this is a client page. */
  referenceUrlRole: LocatorRole;
  referenceSelector: string;
  referenceElementRole: LocatorRole;
  referenceAttribute: string;
  referencePattern: string;
  prefill: PrefillDraft[];
  writeBack: string;
}

let nextKey = 1;
const rowKey = () => nextKey++;

export function blankDraft(): AdapterDraft {
  return {
    name: '',
    id: '',
    idEdited: false,
    origin: 'https://',
    paths: '',
    clientPages: '',
    referenceUrl: '',
    referenceUrlRole: 'reference',
    referenceSelector: '',
    referenceElementRole: 'reference',
    referenceAttribute: '',
    referencePattern: '',
    prefill: [],
    writeBack: '',
  };
}

export function draftFromAdapter(adapter: Adapter): AdapterDraft {
  return {
    name: adapter.name,
    id: adapter.id,
    idEdited: true,
    origin: adapter.origin,
    paths: adapter.paths ?? '',
    clientPages: adapter.clientPages ?? '',
    referenceUrl: adapter.reference.url?.pattern ?? '',
    referenceUrlRole: adapter.reference.url?.role ?? 'reference',
    referenceSelector: adapter.reference.element?.selector ?? '',
    referenceElementRole: adapter.reference.element?.role ?? 'reference',
    referenceAttribute: adapter.reference.element?.attribute ?? '',
    referencePattern: adapter.reference.element?.pattern ?? '',
    prefill: adapter.prefill.map((field) => ({
      key: rowKey(),
      item: field.item,
      convert: field.convert,
      selector: field.selector,
      attribute: field.attribute ?? '',
      pattern: field.pattern ?? '',
    })),
    writeBack: adapter.writeBack?.selector ?? '',
  };
}

/** An id from a display name: lower case, letters and digits, hyphens between words. */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
}

/** Conversions that fit a question; the first is the sensible default. */
export const conversionsFor = (item: PrefillItemId): readonly PrefillConversion[] => PREFILL_ITEMS[item];

const freeQuestion = (rows: readonly PrefillDraft[]): PrefillItemId | undefined => PREFILL_ITEM_IDS.find((id) => !rows.some((row) => row.item === id));

/** Whether some question has no prefill row yet. */
export const canAddPrefillRow = (rows: readonly PrefillDraft[]): boolean => freeQuestion(rows) !== undefined;

/** A new prefill row for the first question no row fills yet; null when every question has one. */
export function newPrefillRow(rows: readonly PrefillDraft[]): PrefillDraft | null {
  const item = freeQuestion(rows);
  if (!item) return null;
  return { key: rowKey(), item, convert: conversionsFor(item)[0]!, selector: '', attribute: '', pattern: '' };
}

/** A row with another question: keeps the conversion only when it fits the new question. */
export function withItem(row: PrefillDraft, item: PrefillItemId): PrefillDraft {
  const allowed = conversionsFor(item);
  return { ...row, item, convert: allowed.includes(row.convert) ? row.convert : allowed[0]! };
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/**
 * The origin as typed, tidied only where nothing is lost: scheme and host case, a trailing slash. A path
 * stays, so the schema can point out that it does not belong there.
 */
export function tidyOrigin(text: string): string {
  const typed = text.trim();
  const origin = normaliseOrigin(typed);
  return origin && typed.replace(/\/$/u, '').toLowerCase() === origin.toLowerCase() ? origin : typed;
}

/** The default role is left out, so an adapter that uses none reads as it always did. */
const roleField = (role: LocatorRole): LocatorRole | undefined => (role === 'reference' ? undefined : role);

/** An adapter-shaped value for validation (not yet an Adapter: the schema decides). */
export function adapterFromDraft(draft: AdapterDraft): unknown {
  const element =
    draft.referenceSelector.trim() || draft.referenceAttribute.trim() || draft.referencePattern.trim()
      ? {
          selector: draft.referenceSelector,
          attribute: optional(draft.referenceAttribute.trim()),
          pattern: optional(draft.referencePattern),
          role: roleField(draft.referenceElementRole),
        }
      : undefined;
  const url = draft.referenceUrl.trim() ? { pattern: draft.referenceUrl, role: roleField(draft.referenceUrlRole) } : undefined;
  const value = {
    format: ADAPTER_FORMAT,
    id: draft.id.trim(),
    name: draft.name,
    origin: tidyOrigin(draft.origin),
    paths: optional(draft.paths),
    clientPages: optional(draft.clientPages),
    reference: { url, element },
    prefill: draft.prefill.map((row) => ({
      item: row.item,
      convert: row.convert,
      selector: row.selector,
      attribute: optional(row.attribute.trim()),
      pattern: optional(row.pattern),
    })),
    writeBack: draft.writeBack.trim() ? { selector: draft.writeBack } : undefined,
  };
  // Only strings and lists: a JSON round trip drops the fields left undefined, as a stored adapter has them.
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Where a problem's path is shown in the form: the id of its input (or group), or null for the summary only. */
export function fieldIdFor(path: string): string | null {
  const fixed: Record<string, string> = {
    name: 'adapter-name',
    id: 'adapter-id',
    origin: 'adapter-origin',
    paths: 'adapter-paths',
    clientPages: 'adapter-client-pages',
    reference: 'adapter-reference',
    'reference.url': 'adapter-reference-url',
    'reference.url.pattern': 'adapter-reference-url',
    'reference.url.role': 'adapter-reference-url-role',
    'reference.element.role': 'adapter-reference-element-role',
    'reference.element': 'adapter-reference-selector',
    'reference.element.selector': 'adapter-reference-selector',
    'reference.element.attribute': 'adapter-reference-attribute',
    'reference.element.pattern': 'adapter-reference-pattern',
    prefill: 'adapter-prefill',
    writeBack: 'adapter-write-back',
    'writeBack.selector': 'adapter-write-back',
  };
  if (fixed[path]) return fixed[path];
  const row = /^prefill\.(\d+)(?:\.(item|convert|selector|attribute|pattern))?$/u.exec(path);
  return row ? `adapter-prefill-${row[1]}-${row[2] ?? 'item'}` : null;
}
