import { createReadStream } from 'node:fs';
import { bilingual } from '../i18n/text.js';
import { checkTableHeader, tableRowToResponse } from '../io/table-row.js';
import { JsonSyntaxError, parseJsonStrict } from '../json/strict-parse.js';
import type { Approach, ValidationIssue } from '../schema.js';
import { DEFAULT_CATALOGUE, createScorer } from '../scoring/intake.js';
import { csvHeaderCheck, readCsvRecords } from './csv.js';
import { readLines } from './lines.js';
import { CliError, EXIT, issueLines } from './messages.js';

export interface BatchOptions {
  input: string;
  format: 'ndjson' | 'csv' | 'auto';
  /** Progress on stderr at most this often; 0 = never. */
  progressMs: number;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  approach?: Approach;
  /** Leave out the risk report: much smaller output when only scale scores are needed. */
  scalesOnly?: boolean;
}

export interface BatchSummary {
  rows: number;
  bad: number;
}

/** Writes in chunks and waits for the stream to drain, so memory stays flat however long the input. */
class ChunkedWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}
  async push(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}

interface Row {
  lineNumber: number;
  parse: () => { ok: true; input: unknown } | { ok: false; issues: ValidationIssue[] };
}

function syntaxIssue(error: JsonSyntaxError): ValidationIssue {
  return { code: 'structure', path: error.path || '(line)', message: { nl: error.nl, en: error.en } };
}

async function* ndjsonRows(path: string): AsyncGenerator<Row> {
  for await (const { line, lineNumber } of readLines(createReadStream(path))) {
    if (line.trim() === '') continue;
    yield {
      lineNumber,
      parse: () => {
        try {
          return { ok: true, input: parseJsonStrict(line) };
        } catch (error) {
          if (error instanceof JsonSyntaxError) return { ok: false, issues: [syntaxIssue(error)] };
          throw error;
        }
      },
    };
  }
}

async function* csvRows(path: string, scorer: ReturnType<typeof createScorer>): AsyncGenerator<Row> {
  let header: string[] | null = null;
  for await (const record of readCsvRecords(readLines(createReadStream(path)))) {
    if ('error' in record) {
      const issues: ValidationIssue[] = [{ code: 'structure', path: '(row)', message: record.error }];
      yield { lineNumber: record.lineNumber, parse: () => ({ ok: false, issues }) };
      continue;
    }
    if (header === null) {
      header = record.fields.map((f) => f.trim());
      const problems = [...csvHeaderCheck(header).map((message) => ({ code: 'structure' as const, path: 'header', message })), ...checkTableHeader(header, scorer.catalogue)];
      if (problems.length > 0) {
        throw new CliError({
          nl: `${path}: de kopregel klopt niet:\n${issueLines(problems)}`,
          en: `${path}: the header line is wrong:\n${issueLines(problems)}`,
        });
      }
      continue;
    }
    const cols: string[] = header;
    const fields = record.fields;
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    yield {
      lineNumber: record.lineNumber,
      parse: () => {
        const row = tableRowToResponse(cols, fields, scorer.catalogue);
        return row.ok ? { ok: true, input: row.response } : row;
      },
    };
  }
}

function detectFormat(path: string, format: BatchOptions['format']): 'ndjson' | 'csv' {
  if (format !== 'auto') return format;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(nd)?jsonl?$/i.test(path)) return 'ndjson';
  throw new CliError(
    { nl: `kan het formaat van "${path}" niet bepalen; gebruik .ndjson of .csv, of --input-format`, en: `cannot tell the format of "${path}"; use .ndjson or .csv, or --input-format` },
    EXIT.usage,
  );
}

/**
 * Scores every row and writes one NDJSON line per row: { line, ok: true, result } or { line, ok: false, issues }.
 * Bad rows are also reported on stderr with their line number; the rest is still processed.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const scorer = createScorer(DEFAULT_CATALOGUE, { approach: options.approach, risks: !options.scalesOnly });
  const format = detectFormat(options.input, options.format);
  const rows = format === 'csv' ? csvRows(options.input, scorer) : ndjsonRows(options.input);
  const writer = new ChunkedWriter(options.out);
  const summary: BatchSummary = { rows: 0, bad: 0 };
  const started = Date.now();
  let lastProgress = started;

  for await (const row of rows) {
    summary.rows++;
    const parsed = row.parse();
    const outcome = parsed.ok ? scorer.safeScore(parsed.input) : parsed;
    if (outcome.ok) {
      await writer.push(`{"line":${row.lineNumber},"ok":true,"result":${JSON.stringify(outcome.result)}}\n`);
    } else {
      summary.bad++;
      await writer.push(`${JSON.stringify({ line: row.lineNumber, ok: false, issues: outcome.issues })}\n`);
      options.err.write(`${bilingual({ nl: `regel ${row.lineNumber} overgeslagen`, en: `line ${row.lineNumber} skipped` })}:\n${issueLines(outcome.issues)}\n`);
    }
    if (options.progressMs > 0 && summary.rows % 1024 === 0) {
      const now = Date.now();
      if (now - lastProgress >= options.progressMs) {
        lastProgress = now;
        const perSec = Math.round(summary.rows / ((now - started) / 1000));
        options.err.write(`${bilingual({ nl: `${summary.rows} rijen verwerkt (${perSec}/s)`, en: `${summary.rows} rows processed (${perSec}/s)` })}\n`);
      }
    }
  }
  await writer.flush();
  return summary;
}
