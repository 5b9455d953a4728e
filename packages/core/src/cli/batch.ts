import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Lang, Text } from '../i18n/text.js';
import { checkTableHeader } from '../io/table-row.js';
import type { Approach, ValidationIssue } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { scoreInWorkers } from './batch-pool.js';
import { type BadRecord, type BatchRecord, type RecordSettings, createRecordProcessor } from './batch-record.js';
import { ChunkedWriter } from './chunked-writer.js';
import { csvHeaderCheck, readCsvRecords } from './csv.js';
import { detectForeignEncoding, foreignEncodingText } from './encoding.js';
import { eachLine, readLineChunks, type Line } from './lines.js';
import { CliError, EXIT, count, issueLines, lineTooLong, moreIssues } from './messages.js';
import { fileProblem } from './read-input.js';
import { escapeControls } from './terminal-safe.js';

export interface BatchOptions {
  /** A file, or "-" for standard input. */
  input: string;
  format: 'ndjson' | 'csv' | 'auto';
  /** Progress on stderr at most this often; 0 = never. */
  progressMs: number;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  lang: Lang;
  approach?: Approach;
  /** Leave out the risk report. */
  scalesOnly?: boolean;
  /** The full result per line instead of the compact one. */
  explain?: boolean;
  /** Worker threads; 1 = score in this thread. */
  jobs?: number;
  maxIssues: number;
  /** Longest line read, in characters. */
  maxLine: number;
}

export interface BatchSummary {
  rows: number;
  bad: number;
  /** Lines that failed because of an error in Trede itself. */
  internal: number;
}

/** Bad lines described on stderr; the rest are only in the output (ok: false), so a bad file cannot flood the terminal. */
export const REPORTED_BAD_LINES = 20;

/** The input name that means standard input. */
const STDIN = '-';

function detectFormat(path: string, format: BatchOptions['format']): 'ndjson' | 'csv' {
  if (format !== 'auto') return format;
  // Standard input has no file name to go by: NDJSON unless --input-format says otherwise.
  if (path === STDIN) return 'ndjson';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(nd)?jsonl?$/i.test(path)) return 'ndjson';
  throw new CliError(
    { nl: `kan het formaat van "${escapeControls(path)}" niet bepalen; gebruik .ndjson of .csv, of --input-format`, en: `cannot tell the format of "${escapeControls(path)}"; use .ndjson or .csv, or --input-format` },
    EXIT.usage,
  );
}

/** Checks that the input exists and is not a folder, without opening it (a named pipe must be read only once). */
async function checkInput(path: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw fileProblem(path, error);
  }
  if (isDirectory) throw fileProblem(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
}

/** Passes the stream's chunks on, after checking from the first bytes that the input is not UTF-16 or UTF-32. */
async function* utf8Only(input: AsyncIterable<Buffer>, path: string): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of input) {
    if (first) {
      first = false;
      const encoding = detectForeignEncoding(chunk.subarray(0, 4));
      if (encoding) throw new CliError(foreignEncodingText(escapeControls(path), encoding));
    }
    yield chunk;
  }
}

const structure = (path: string, message: Text): ValidationIssue => ({ code: 'structure', path, message });

/** The records of each chunk of lines as one list (see readLineChunks). */
async function* ndjsonRecords(chunks: AsyncIterable<Line[]>, maxLine: number): AsyncGenerator<BatchRecord[]> {
  for await (const lines of chunks) {
    const records: BatchRecord[] = [];
    for (const { line, lineNumber, tooLong } of lines) {
      if (tooLong !== undefined) records.push({ kind: 'bad', lineNumber, issues: [structure('(line)', lineTooLong(lineNumber, tooLong, maxLine))] });
      else if (line.trim() !== '') records.push({ kind: 'json', lineNumber, text: line });
    }
    if (records.length > 0) yield records;
  }
}

/** The header is read here and checked before any row is scored; the header itself is not a record. Rows come one per list. */
async function* csvRecords(lines: AsyncIterable<Line>, path: string, options: BatchOptions, header: { names: string[] | null }): AsyncGenerator<BatchRecord[]> {
  const tooLong = (l: Line) => lineTooLong(l.lineNumber, l.tooLong!, options.maxLine);
  for await (const record of readCsvRecords(lines, { tooLong })) {
    if (record.kind === 'error') {
      yield [{ kind: 'bad', lineNumber: record.lineNumber, issues: [structure('(row)', record.error)] }];
      continue;
    }
    if (header.names === null) {
      header.names = record.fields.map((f) => f.trim());
      const problems = [...csvHeaderCheck(header.names).map((message) => structure('header', message)), ...checkTableHeader(header.names, DEFAULT_CATALOGUE)];
      if (problems.length > 0) {
        // Each message names its column; the paths ("header", "column 3") would only repeat it, in English.
        const lines = issueLines(problems, options.lang, options.maxIssues, false);
        const shown = escapeControls(path);
        throw new CliError({ nl: `${shown}: de kopregel klopt niet:\n${lines}`, en: `${shown}: the header line is wrong:\n${lines}` });
      }
      continue;
    }
    if (record.fields.length === 1 && record.fields[0]!.trim() === '') continue; // blank line
    yield [{ kind: 'row', lineNumber: record.lineNumber, fields: record.fields }];
  }
}

/** How many worker threads `--jobs` asks for: a whole number of at least 1, or "auto" for one per core. */
export function jobsOf(value: unknown): number {
  if (value === undefined) return 1;
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value) && n >= 1 && n <= 256) return n;
  throw new CliError({ nl: `--jobs moet een geheel getal van 1 tot 256 zijn, of auto; gegeven: "${escapeControls(String(value))}"`, en: `--jobs must be a whole number from 1 to 256, or auto; given: "${escapeControls(String(value))}"` }, EXIT.usage);
}

/**
 * Scores every record and writes one NDJSON line per record, in input order: compact by default, the full
 * result with --explain, or { line, ok: false, issues } for a bad one. Bad lines are also described on
 * stderr (the first REPORTED_BAD_LINES); the rest is still processed.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const format = detectFormat(options.input, options.format);
  const fromStdin = options.input === STDIN;
  if (!fromStdin) await checkInput(options.input);
  // The name messages use for the input.
  const name = fromStdin ? 'stdin' : options.input;
  const writer = new ChunkedWriter(options.out);
  const stream = fromStdin ? process.stdin : createReadStream(options.input);
  // Finished results are written before the next chunk of input is read: a later line can never cost them.
  const lines = readLineChunks(utf8Only(stream, name), { maxLength: options.maxLine, beforeRead: () => writer.flush() });
  const header: { names: string[] | null } = { names: null };
  const records = format === 'csv' ? csvRecords(eachLine(lines), name, options, header) : ndjsonRecords(lines, options.maxLine);
  const settings = (): RecordSettings => ({
    explain: options.explain === true,
    scalesOnly: options.scalesOnly === true,
    approach: options.approach,
    maxIssues: options.maxIssues,
    header: header.names,
  });

  const summary: BatchSummary = { rows: 0, bad: 0, internal: 0 };
  const { lang } = options;
  const started = Date.now();
  let lastProgress = started;
  const noteBad = (bad: BadRecord) => {
    summary.bad++;
    if (bad.internal) summary.internal++;
    if (summary.bad <= REPORTED_BAD_LINES) {
      const head: Text = { nl: `regel ${bad.line} overgeslagen`, en: `line ${bad.line} skipped` };
      const more = bad.more > 0 ? `\n  ${moreIssues(bad.more, lang)}` : '';
      options.err.write(`trede: ${head[lang]}:\n${issueLines(bad.issues, lang, Infinity)}${more}\n`);
    } else if (summary.bad === REPORTED_BAD_LINES + 1) {
      const rest: Text = {
        nl: `meer dan ${REPORTED_BAD_LINES} ongeldige regels: de volgende staan alleen in de uitvoer (met "ok":false)`,
        en: `more than ${REPORTED_BAD_LINES} invalid lines: the next ones are only in the output (with "ok":false)`,
      };
      options.err.write(`trede: ${rest[lang]}\n`);
    }
  };
  const progress = () => {
    if (options.progressMs <= 0 || summary.rows % 1024 !== 0) return;
    const now = Date.now();
    if (now - lastProgress < options.progressMs) return;
    lastProgress = now;
    const perSec = Math.round(summary.rows / ((now - started) / 1000));
    const text: Text = { nl: `${count(summary.rows, 'nl')} rijen verwerkt (${count(perSec, 'nl')}/s)`, en: `${count(summary.rows, 'en')} rows processed (${count(perSec, 'en')}/s)` };
    options.err.write(`trede: ${text[lang]}\n`);
  };

  try {
    const jobs = options.jobs ?? 1;
    if (jobs <= 1) {
      let process: ((record: BatchRecord) => ReturnType<ReturnType<typeof createRecordProcessor>>) | null = null;
      for await (const chunk of records) {
        process ??= createRecordProcessor(settings()); // after the CSV header
        for (const record of chunk) {
          summary.rows++;
          const done = process(record);
          if (writer.add(done.out)) await writer.flush();
          if (done.bad) noteBad(done.bad);
          progress();
        }
      }
    } else {
      const counted = () => {
        summary.rows++;
        progress();
      };
      await scoreInWorkers(records, { jobs, settings, writer, counted, noteBad });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException)?.code && 'syscall' in (error as object)) throw fileProblem(name, error);
    throw error;
  } finally {
    // Whatever happens, the lines already scored reach the output.
    await writer.flush();
    stream.destroy();
  }
  return summary;
}
