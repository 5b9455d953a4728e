/**
 * One batch record in, one output line out: parsing, scoring and formatting, the same in the main thread
 * (--jobs 1) and in every worker, so the output does not depend on --jobs.
 */
import { tableRowToResponse } from '../io/table-row.js';
import { JsonSyntaxError } from '../json/strict-parse.js';
import type { Approach, ValidationIssue } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { createNumbersScorer, createScorer } from '../intake/score.js';
import { compactLine } from './compact-line.js';
import { compactResult } from './compact.js';
import { parseJsonFast } from './fast-json.js';
import { boundIssues } from './messages.js';
import { escapeJsonControls } from './terminal-safe.js';
import { withNumbersAsWritten } from './written-numbers.js';

export type BatchRecord =
  /** An NDJSON line. */
  | { kind: 'json'; lineNumber: number; text: string }
  /** A CSV row, its cells in header order. */
  | { kind: 'row'; lineNumber: number; fields: string[] }
  /** A record already known to be bad (too long, broken quoting). */
  | { kind: 'bad'; lineNumber: number; issues: ValidationIssue[] };

export interface RecordSettings {
  explain: boolean;
  scalesOnly: boolean;
  approach?: Approach;
  maxIssues: number;
  /** The CSV header (trimmed names), or null for NDJSON. */
  header: string[] | null;
}

export interface BadRecord {
  line: number;
  /** The first maxIssues issues. */
  issues: ValidationIssue[];
  more: number;
  /** True when the problem is in Trede, not in the record. */
  internal: boolean;
}

export interface Processed {
  /** The output line, with its newline. */
  out: string;
  bad: BadRecord | null;
}

// The parser sees one line at a time, so its "line 1" would contradict the batch's line number: only the column is kept.
const LINE_ONE = / \((?:regel|line) 1, (kolom|column) (\d+)\)$/;

function syntaxIssue(error: JsonSyntaxError): ValidationIssue {
  const columnOnly = (text: string) => text.replace(LINE_ONE, ' ($1 $2)');
  return { code: 'structure', path: error.path || '(line)', message: { nl: columnOnly(error.nl), en: columnOnly(error.en) } };
}

function internalIssue(error: unknown): ValidationIssue {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'structure', path: '(line)', message: { nl: `interne fout in Trede bij deze regel: ${what}`, en: `internal error in Trede on this line: ${what}` } };
}

export function createRecordProcessor(settings: RecordSettings): (record: BatchRecord) => Processed {
  const options = { approach: settings.approach, risks: !settings.scalesOnly };
  const scorer = createScorer(DEFAULT_CATALOGUE, options);
  // A compact line prints ids and numbers only, so it is scored without the texts (src/scoring/detail.ts).
  const safeScore = settings.explain ? (input: unknown) => scorer.safeScore(input) : createNumbersScorer(DEFAULT_CATALOGUE, options);

  const bad = (line: number, issues: ValidationIssue[], internal = false): Processed => {
    const { shown, more } = boundIssues(issues, settings.maxIssues);
    const entry: Record<string, unknown> = { line, ok: false, issues: shown };
    if (more > 0) entry.moreIssues = more;
    return { out: `${escapeJsonControls(JSON.stringify(entry))}\n`, bad: { line, issues: shown, more, internal } };
  };

  const score = (record: BatchRecord): Processed => {
    let input: unknown;
    if (record.kind === 'bad') return bad(record.lineNumber, record.issues);
    if (record.kind === 'json') {
      try {
        input = parseJsonFast(record.text);
      } catch (error) {
        if (error instanceof JsonSyntaxError) return bad(record.lineNumber, [syntaxIssue(error)]);
        throw error;
      }
    } else {
      const row = tableRowToResponse(settings.header!, record.fields, scorer.catalogue);
      if (!row.ok) return bad(record.lineNumber, row.issues);
      input = row.response;
    }
    const outcome = safeScore(input);
    if (!outcome.ok) return bad(record.lineNumber, record.kind === 'json' ? withNumbersAsWritten(outcome.issues, record.text) : outcome.issues);
    if (settings.explain) return { out: `${escapeJsonControls(`{"line":${record.lineNumber},"ok":true,"result":${JSON.stringify(outcome.result)}}`)}\n`, bad: null };
    const line = compactLine(record.lineNumber, outcome.result) ?? escapeJsonControls(JSON.stringify({ line: record.lineNumber, ok: true, ...compactResult(outcome.result) }));
    return { out: `${line}\n`, bad: null };
  };

  return (record) => {
    try {
      return score(record);
    } catch (error) {
      // One record must not cost the others: the line is reported and the batch goes on.
      return bad(record.lineNumber, [internalIssue(error)], true);
    }
  };
}

/** The output of a run of records, joined, with the bad ones: what a worker sends back for a chunk. */
export function processChunk(process: (record: BatchRecord) => Processed, records: readonly BatchRecord[]): { out: string; bad: BadRecord[] } {
  let out = '';
  const bad: BadRecord[] = [];
  for (const record of records) {
    const done = process(record);
    out += done.out;
    if (done.bad) bad.push(done.bad);
  }
  return { out, bad };
}
