/**
 * What is wrong with an adapter, per field, in the caseworker's language. The schema's own checks carry a
 * message key (`adapter.issue.*`); zod's generic issues (missing, too long, wrong type) get a sentence that
 * names the field, built on src/store/errors.ts's describeIssue so both places word issues alike.
 *
 * CSS selectors can only be checked against a real DOM, so that check lives here too (the options page runs
 * it; the schema itself only limits their size). So does the check that a pattern cannot run away: its judge
 * is loaded on demand (src/adapters/pattern-safety.ts) and passed in.
 */
import type * as z from 'zod/mini';
import { adapterMessages } from '../i18n/areas/adapters';
import type { MessageKey } from '../i18n/messages';
import { t, type Lang } from '../i18n/t';
import { describeIssue } from '../store/errors';
import type { PatternJudge, PatternVerdict } from './pattern-safety';
import { isSteppedSelector } from '../overlay/steps';
import { AdapterSchema, isRegExpSource, MAX_PATTERN_LENGTH, migrateAdapter, type Adapter } from './schema';
import '../i18n/adapter-texts';

type Issue = z.core.$ZodIssue;

/** One problem with one field. `path` is the schema path joined with dots ('' for the adapter as a whole). */
export interface AdapterProblem {
  path: string;
  /** The problem on its own, e.g. next to its field. */
  text(lang: Lang): string;
  /** The problem with the field named, e.g. in a summary or an import report. */
  withField(lang: Lang): string;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  '': 'adapters.field.whole',
  format: 'adapters.field.format',
  id: 'adapters.field.id',
  name: 'adapters.field.name',
  origin: 'adapters.field.origin',
  paths: 'adapters.field.paths',
  clientPages: 'adapters.field.clientPages',
  reference: 'adapters.field.reference',
  'reference.url': 'adapters.field.referenceUrl',
  'reference.url.pattern': 'adapters.field.referenceUrl',
  'reference.url.role': 'adapters.field.referenceUrlRole',
  'reference.element.role': 'adapters.field.referenceElementRole',
  'reference.element': 'adapters.field.referenceElement',
  'reference.element.selector': 'adapters.field.referenceSelector',
  'reference.element.attribute': 'adapters.field.referenceAttribute',
  'reference.element.pattern': 'adapters.field.referencePattern',
  prefill: 'adapters.field.prefill',
  writeBack: 'adapters.field.writeBack',
  'writeBack.selector': 'adapters.field.writeBack',
};

const PREFILL_PARTS: Record<string, MessageKey> = {
  item: 'adapters.prefill.item',
  convert: 'adapters.prefill.convert',
  selector: 'adapters.field.selector',
  attribute: 'adapters.field.attribute',
  pattern: 'adapters.field.pattern',
};

/** The field a path points at, as the form labels it ("Prefill row 2: CSS selector"). */
export function fieldLabel(path: string, lang: Lang): string {
  const known = FIELD_LABELS[path];
  if (known) return t(known, lang);
  const row = /^prefill\.(\d+)(?:\.(\w+))?/u.exec(path);
  if (row) {
    const number = Number(row[1]) + 1;
    const part = row[2] ? PREFILL_PARTS[row[2]] : undefined;
    return part ? t('adapters.field.prefillPart', lang, { number, part: t(part, lang) }) : t('adapters.field.prefillRow', lang, { number });
  }
  return path;
}

const isAdapterIssueKey = (message: string): message is MessageKey => message.startsWith('adapter.issue.') && message in adapterMessages;

function issueProblem(issue: Issue, value: unknown): AdapterProblem {
  const path = issue.path.map(String).join('.');
  if (isAdapterIssueKey(issue.message)) {
    const key = issue.message;
    return {
      path,
      text: (lang) => t(key, lang),
      withField: (lang) => t('adapters.issue.named', lang, { field: fieldLabel(path, lang), detail: t(key, lang) }),
    };
  }
  const generic = (lang: Lang): string => {
    const field = fieldLabel(path, lang);
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return t('adapters.issue.required', lang, { field });
    if (issue.code === 'too_big' && issue.origin === 'string') return t('adapters.issue.tooLong', lang, { field, maximum: String(issue.maximum) });
    return t('adapters.issue.named', lang, { field, detail: describeIssue(issue, value, lang) });
  };
  // The generic sentences already name their field.
  return { path, text: generic, withField: generic };
}

/** Whether the browser's own selector engine accepts `selector` (a fragment: nothing is searched). */
export function isValidSelector(selector: string): boolean {
  return isSteppedSelector(selector);
}

const at = (object: unknown, key: string): unknown => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined);

/** Every CSS selector of an adapter-like value, with its path; only the ones that are strings. */
function selectorsOf(value: unknown): { path: string; selector: string }[] {
  const found: { path: string; selector: string }[] = [];
  const add = (path: string, selector: unknown) => {
    if (typeof selector === 'string' && selector.trim()) found.push({ path, selector: selector.trim() });
  };
  add('reference.element.selector', at(at(at(value, 'reference'), 'element'), 'selector'));
  const prefill = at(value, 'prefill');
  if (Array.isArray(prefill)) prefill.forEach((row, i) => add(`prefill.${i}.selector`, at(row, 'selector')));
  add('writeBack.selector', at(at(value, 'writeBack'), 'selector'));
  return found;
}

function selectorProblem(path: string, selector: string): AdapterProblem {
  return {
    path,
    text: (lang) => t('adapter.issue.selector', lang, { selector }),
    withField: (lang) => t('adapters.issue.named', lang, { field: fieldLabel(path, lang), detail: t('adapter.issue.selector', lang, { selector }) }),
  };
}

/** Every regular expression of an adapter-like value that compiles, with its path (the schema flags the rest). */
function patternsOf(value: unknown): { path: string; source: string }[] {
  const found: { path: string; source: string }[] = [];
  const add = (path: string, source: unknown) => {
    if (typeof source === 'string' && source.length > 0 && source.length <= MAX_PATTERN_LENGTH && isRegExpSource(source)) found.push({ path, source });
  };
  add('paths', at(value, 'paths'));
  add('clientPages', at(value, 'clientPages'));
  const reference = at(value, 'reference');
  add('reference.url.pattern', at(at(reference, 'url'), 'pattern'));
  add('reference.element.pattern', at(at(reference, 'element'), 'pattern'));
  const prefill = at(value, 'prefill');
  if (Array.isArray(prefill)) prefill.forEach((row, i) => add(`prefill.${i}.pattern`, at(row, 'pattern')));
  return found;
}

type Refusal = Exclude<PatternVerdict, { ok: true }>;
const REFUSAL_KEYS = {
  slow: 'adapter.issue.patternSlow',
  unchecked: 'adapter.issue.patternUnchecked',
  pending: 'adapter.issue.patternPending',
  unavailable: 'adapter.issue.patternUnavailable',
} as const satisfies Record<Refusal['why'], MessageKey>;

function patternProblem(path: string, verdict: Refusal): AdapterProblem {
  const text = (lang: Lang) => t(REFUSAL_KEYS[verdict.why], lang, verdict.why === 'slow' ? { part: verdict.part } : undefined);
  return { path, text, withField: (lang) => t('adapters.issue.named', lang, { field: fieldLabel(path, lang), detail: text(lang) }) };
}

/**
 * The patterns of an adapter-like value that `patterns` refuses, each as a problem under its field. Paths in
 * `skip` are left out (the schema refused them already). `settledOnly` leaves out "still loading" and "could
 * not be loaded", for a warning about stored adapters that should only speak when it knows.
 */
export function patternProblems(value: unknown, patterns: PatternJudge, options: { skip?: ReadonlySet<string>; settledOnly?: boolean } = {}): AdapterProblem[] {
  const problems: AdapterProblem[] = [];
  for (const { path, source } of patternsOf(value)) {
    if (options.skip?.has(path)) continue;
    const verdict = patterns(source);
    if (verdict.ok || (options.settledOnly && (verdict.why === 'pending' || verdict.why === 'unavailable'))) continue;
    problems.push(patternProblem(path, verdict));
  }
  return problems;
}

export type AdapterCheck = { ok: true; adapter: Adapter } | { ok: false; problems: AdapterProblem[] };

/**
 * Checks an adapter-like value against the schema, its patterns against `patterns` (a pattern that can run
 * away is refused) and, where a DOM is at hand, its CSS selectors. `selectorOk` is injectable so the check
 * also runs where there is no document.
 */
export function checkAdapter(value: unknown, patterns: PatternJudge, selectorOk: (selector: string) => boolean = isValidSelector): AdapterCheck {
  const parsed = AdapterSchema.safeParse(value);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issueProblem(issue, value));
  const flagged = new Set(problems.map((p) => p.path));
  problems.push(...patternProblems(value, patterns, { skip: flagged }));
  for (const { path, selector } of selectorsOf(value)) {
    if (!flagged.has(path) && !selectorOk(selector)) problems.push(selectorProblem(path, selector));
  }
  // A `/1` adapter comes in as `/2` (it means the same): what is saved is always the current format.
  if (parsed.success && problems.length === 0) return { ok: true, adapter: migrateAdapter(parsed.data) };
  return { ok: false, problems };
}
