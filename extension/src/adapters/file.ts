/**
 * Adapter files: what export writes and import reads. A file is `{ format: 'trede.adapters/1', adapters }`;
 * a single adapter object is read too (someone may send just one). Reading never throws: it reports what is
 * wrong — the JSON position of a syntax error, or which adapter and which field — so an administrator can
 * fix the file without guessing.
 */
import { JsonSyntaxError, parseJsonStrict } from '@trede/core';
import { t, type Lang } from '../i18n/t';
import { checkAdapter, isValidSelector, type AdapterProblem } from './errors';
import type { PatternJudge } from './pattern-safety';
import { ADAPTER_FORMAT, ADAPTER_FORMAT_V1, migrateAdapter, type Adapter } from './schema';
import '../i18n/adapter-texts';

export const ADAPTERS_FILE_FORMAT = 'trede.adapters/1';

/**
 * The largest adapter file Trede reads: a real one is a few kilobytes. Checked before anything is parsed
 * (the options page looks at the file's size before reading it), so a 25 MB file costs nothing.
 */
export const MAX_ADAPTER_FILE_BYTES = 1024 * 1024;
/** The most adapters one file may hold: an organisation has a handful of systems. */
export const MAX_ADAPTERS_PER_FILE = 100;

/** A byte count as people read it: "1 MB", "25,3 MB", "800 kB". */
export function sizeText(bytes: number, lang: Lang): string {
  const number = (value: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${number(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** The refusal of a file that is too large, before reading it; null when its size is fine. */
export function fileSizeProblem(file: { name: string; size: number }): FileProblem | null {
  if (file.size <= MAX_ADAPTER_FILE_BYTES) return null;
  return { text: (lang) => t('adapters.import.fileTooLarge', lang, { file: file.name, size: sizeText(file.size, lang), maximum: sizeText(MAX_ADAPTER_FILE_BYTES, lang) }) };
}

/**
 * The JSON text of an export: always the file format, also for one adapter, so import reads it alike. An
 * adapter stored by an older version goes out in the current format (it means the same).
 */
export function adapterFileText(adapters: readonly Adapter[]): string {
  return `${JSON.stringify({ format: ADAPTERS_FILE_FORMAT, adapters: adapters.map(migrateAdapter) }, null, 2)}\n`;
}

/** A file name for an export: the adapter's id for one, a general name for several. */
export function adapterFileName(adapters: readonly Adapter[]): string {
  return adapters.length === 1 ? `${adapters[0]!.id}.json` : 'trede-adapters.json';
}

/** One adapter in the file that cannot be imported, and why. */
export interface RejectedAdapter {
  /** 1-based position in the file. */
  number: number;
  /** Its id as written, when there is a readable one. */
  id: string | null;
  problems: AdapterProblem[];
}

export type FileProblem = { text(lang: Lang): string };

export interface ReadFile {
  /** Adapters that passed every check, in file order. */
  adapters: Adapter[];
  rejected: RejectedAdapter[];
  /** Problems with the file as a whole (syntax, unknown format); when set, nothing in it can be read. */
  fileProblem: FileProblem | null;
}

const fileProblem = (text: FileProblem['text']): ReadFile => ({ adapters: [], rejected: [], fileProblem: { text } });

const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? id : null;
};

/**
 * Reads an adapter file's text. `patterns` judges every regular expression (src/adapters/pattern-safety.ts);
 * `selectorOk` checks CSS selectors (a real DOM by default).
 */
export function readAdapterFile(text: string, patterns: PatternJudge, selectorOk: (selector: string) => boolean = isValidSelector): ReadFile {
  // Pasted text has no file size; its length bounds the bytes from below, and nothing longer is parsed.
  if (text.length > MAX_ADAPTER_FILE_BYTES) {
    return fileProblem((lang) => t('adapters.import.textTooLarge', lang, { size: sizeText(text.length, lang), maximum: sizeText(MAX_ADAPTER_FILE_BYTES, lang) }));
  }
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON refuses.
  const json = text.replace(/^\uFEFF/u, '');
  if (!json.trim()) return fileProblem((lang) => t('adapters.import.empty', lang));
  let data: unknown;
  try {
    // Core's strict reader, the same at every boundary: a key written twice is refused (JSON.parse would keep
    // the last one without a word), and every error comes with its line and column.
    data = parseJsonStrict(json);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) return fileProblem((lang) => t('adapters.import.syntax', lang));
    if (e.code === 'duplicate-key') return fileProblem((lang) => t('adapters.import.duplicateKey', lang, { reason: e[lang] }));
    const where = { line: e.line, column: e.column };
    return fileProblem((lang) => t('adapters.import.syntaxAt', lang, where));
  }

  const format = data && typeof data === 'object' && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  let entries: unknown[];
  // A single adapter in the current format or the first (read as the current one, src/adapters/schema.ts).
  if (format === ADAPTER_FORMAT || format === ADAPTER_FORMAT_V1) entries = [data];
  else if (format === ADAPTERS_FILE_FORMAT) {
    // The wrapper is checked here and each adapter on its own below, so a bad adapter is named by its number
    // and field instead of the whole file failing as "matches none of the allowed shapes".
    const list = (data as { adapters?: unknown }).adapters;
    if (!Array.isArray(list)) return fileProblem((lang) => t('adapters.import.noList', lang));
    const extra = Object.keys(data as object).filter((key) => key !== 'format' && key !== 'adapters');
    if (extra.length) return fileProblem((lang) => t('adapters.import.extraFields', lang, { keys: extra.slice(0, 10).join(', ') + (extra.length > 10 ? ', …' : '') }));
    if (list.length > MAX_ADAPTERS_PER_FILE) return fileProblem((lang) => t('adapters.import.tooMany', lang, { count: list.length, maximum: MAX_ADAPTERS_PER_FILE }));
    entries = list;
  } else {
    const found = format === undefined ? '—' : JSON.stringify(format);
    return fileProblem((lang) => t('adapters.import.unknownFormat', lang, { found, single: ADAPTER_FORMAT, file: ADAPTERS_FILE_FORMAT }));
  }

  const result: ReadFile = { adapters: [], rejected: [], fileProblem: null };
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const checked = checkAdapter(entry, patterns, selectorOk);
    const number = i + 1;
    if (!checked.ok) {
      result.rejected.push({ number, id: idOf(entry), problems: checked.problems });
      return;
    }
    if (seen.has(checked.adapter.id)) {
      const id = checked.adapter.id;
      result.rejected.push({
        number,
        id,
        problems: [{ path: 'id', text: (lang) => t('adapters.import.idTwice', lang), withField: (lang) => t('adapters.import.idTwice', lang) }],
      });
      return;
    }
    seen.add(checked.adapter.id);
    result.adapters.push(checked.adapter);
  });
  return result;
}

/** One line per problem of a rejected adapter: which adapter (number and id) and which field. */
export function rejectionLines(rejected: RejectedAdapter, lang: Lang): string[] {
  const which = rejected.id
    ? t('adapters.import.whichWithId', lang, { number: rejected.number, id: rejected.id })
    : t('adapters.import.which', lang, { number: rejected.number });
  return rejected.problems.map((problem) => t('adapters.import.rejected', lang, { which, problem: problem.withField(lang) }));
}
