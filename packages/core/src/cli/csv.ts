/**
 * Streaming CSV reading (RFC 4180 quoting) on top of a line iterator such as `readLines`.
 *
 * Problems in one record are reported as error records instead of exceptions, so a batch
 * of many rows can report the bad row and carry on with the next.
 */
import type { Text } from '../i18n/text.js';

export interface CsvLine {
  line: string;
  lineNumber: number;
  /** Set by `readLines` for a line over its length limit: the line's length; its text is gone. */
  tooLong?: number;
}

export type CsvRecord =
  | {
      kind: 'record';
      fields: string[];
      /** Line on which the record starts (it may span several lines). */
      lineNumber: number;
    }
  | {
      kind: 'error';
      error: Text;
      /** Line on which the broken record starts. */
      lineNumber: number;
    };

export interface CsvOptions {
  /** The message for a line that was too long to read (see CsvLine.tooLong). */
  tooLong?: (line: CsvLine) => Text;
  /** One character. Default: detected from the first non-empty line, see {@link detectDelimiter}. */
  delimiter?: string;
  /**
   * A quoted field may span lines, but a stray quote would otherwise swallow the rest of
   * the file into one field. After this many lines an open quote is reported as an error.
   * Default 1000.
   */
  maxRecordLines?: number;
}

const QUOTE = 0x22;

/**
 * `;` when the line has more semicolons than commas (Dutch Excel writes `;` because the
 * comma is the decimal separator), otherwise `,`. Characters inside quotes are not counted.
 */
export function detectDelimiter(headerLine: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x3b) semicolons++;
    else if (c === 0x2c) commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Result of scanning one line: the record is complete, or continues on the next line, or is malformed. */
const COMPLETE = 0;
const CONTINUES = -1;
// A positive result is the 1-based column of text found after a closing quote.

interface ScanState {
  fields: string[];
  /** True while inside a quoted field that continues on the next line. */
  open: boolean;
  /** Text of the open quoted field so far. */
  quoted: string;
  quoteLine: number;
  quoteColumn: number;
}

/** Adds the fields of one physical line to `st.fields`; see COMPLETE / CONTINUES above. */
function scanLine(st: ScanState, line: string, lineNumber: number, delimiter: string): number {
  const n = line.length;
  let i = 0;
  let inQuotes = st.open;
  // The line break is part of the quoted field. Whether it was \r\n or \n is no longer
  // known here, so it is normalized to \n.
  if (inQuotes) st.quoted += '\n';
  for (;;) {
    if (inQuotes) {
      const q = line.indexOf('"', i);
      if (q < 0) {
        st.quoted += line.slice(i);
        st.open = true;
        return CONTINUES;
      }
      st.quoted += line.slice(i, q);
      if (line.charCodeAt(q + 1) === QUOTE) {
        st.quoted += '"'; // "" inside quotes is one quote
        i = q + 2;
        continue;
      }
      st.fields.push(st.quoted);
      st.quoted = '';
      st.open = false;
      inQuotes = false;
      i = q + 1;
      if (i === n) return COMPLETE;
      if (line[i] !== delimiter) return i + 1;
      i++;
    }
    // At the start of a field. Only a quote in the first position starts a quoted field;
    // a quote elsewhere in an unquoted field is kept as an ordinary character.
    if (line.charCodeAt(i) === QUOTE) {
      inQuotes = true;
      st.quoteLine = lineNumber;
      st.quoteColumn = i + 1;
      i++;
      continue;
    }
    const d = line.indexOf(delimiter, i);
    if (d < 0) {
      st.fields.push(line.slice(i));
      return COMPLETE;
    }
    st.fields.push(line.slice(i, d));
    i = d + 1;
  }
}

/**
 * Yields one record per CSV row; the first row (the header) is yielded like any other.
 *
 * - Quoted fields may contain the delimiter, doubled quotes (`""` is `"`) and line
 *   breaks (returned as `\n`); the record's `lineNumber` is the line it starts on.
 * - Empty lines outside quotes are skipped.
 * - Columns in messages count UTF-16 code units, 1-based.
 * - A malformed record (text after a closing quote, or a quote that is not closed by
 *   the end of the input or within `maxRecordLines` lines) yields an error record. The
 *   line it starts on is dropped and reading resumes on the line after it, so one
 *   stray quote costs one row, not the rest of the file.
 */
export async function* readCsvRecords(lines: AsyncIterable<CsvLine>, opts: CsvOptions = {}): AsyncGenerator<CsvRecord> {
  let delimiter = opts.delimiter;
  if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')) {
    throw new RangeError(`CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  }
  const maxRecordLines = opts.maxRecordLines ?? 1000;

  const source = lines[Symbol.asyncIterator]();
  // Lines to read again after a malformed multi-line record, before reading on from source.
  let replay: CsvLine[] = [];
  let replayAt = 0;
  const nextLine = async (): Promise<CsvLine | undefined> => {
    if (replayAt < replay.length) return replay[replayAt++];
    const r = await source.next();
    return r.done ? undefined : r.value;
  };

  const st: ScanState = { fields: [], open: false, quoted: '', quoteLine: 0, quoteColumn: 0 };
  // Raw lines of the current record, kept so they can be read again if it turns out malformed.
  let recordLines: CsvLine[] = [];

  const abandonRecord = (error: Text): CsvRecord => {
    const record: CsvRecord = { kind: 'error', error, lineNumber: recordLines[0]!.lineNumber };
    replay = recordLines.slice(1).concat(replay.slice(replayAt));
    replayAt = 0;
    recordLines = [];
    st.fields = [];
    st.open = false;
    st.quoted = '';
    return record;
  };

  for (;;) {
    const l = await nextLine();
    if (l === undefined) {
      if (!st.open) return;
      yield abandonRecord({
        nl: `aanhalingsteken op regel ${st.quoteLine}, kolom ${st.quoteColumn} wordt niet gesloten: einde van de invoer bereikt`,
        en: `quote opened on line ${st.quoteLine}, column ${st.quoteColumn} is not closed: reached the end of the input`,
      });
      continue;
    }
    if (l.tooLong !== undefined) {
      // The line's text is gone, so a record open on it cannot be finished: both end here.
      st.fields = [];
      st.open = false;
      st.quoted = '';
      recordLines = [];
      const error = opts.tooLong?.(l) ?? { nl: `regel ${l.lineNumber} is te lang`, en: `line ${l.lineNumber} is too long` };
      yield { kind: 'error', error, lineNumber: l.lineNumber };
      continue;
    }
    if (!st.open) {
      if (l.line === '') continue;
      delimiter ??= detectDelimiter(l.line);
      recordLines = [];
    }
    recordLines.push(l);
    const result = scanLine(st, l.line, l.lineNumber, delimiter!);
    if (result === COMPLETE) {
      yield { kind: 'record', fields: st.fields, lineNumber: recordLines[0]!.lineNumber };
      st.fields = [];
    } else if (result === CONTINUES) {
      if (recordLines.length >= maxRecordLines) {
        yield abandonRecord({
          nl: `aanhalingsteken op regel ${st.quoteLine}, kolom ${st.quoteColumn} is na ${maxRecordLines} regels nog niet gesloten`,
          en: `quote opened on line ${st.quoteLine}, column ${st.quoteColumn} is still not closed after ${maxRecordLines} lines`,
        });
      }
    } else {
      yield abandonRecord({
        nl: `onverwachte tekst na het sluitende aanhalingsteken op regel ${l.lineNumber}, kolom ${result}: verwacht "${delimiter}" of het einde van de regel`,
        en: `unexpected text after the closing quote on line ${l.lineNumber}, column ${result}: expected "${delimiter}" or the end of the line`,
      });
    }
  }
}

/**
 * Problems with a header row: columns without a name and names used for more than one
 * column (compared after trimming spaces, case-sensitively). Columns are numbered from 1.
 */
export function csvHeaderCheck(header: readonly string[]): Text[] {
  const problems: Text[] = [];
  const firstColumn = new Map<string, number>();
  header.forEach((raw, index) => {
    const column = index + 1;
    const name = raw.trim();
    if (name === '') {
      problems.push({ nl: `kolom ${column} heeft geen naam`, en: `column ${column} has no name` });
      return;
    }
    const first = firstColumn.get(name);
    if (first === undefined) {
      firstColumn.set(name, column);
    } else {
      problems.push({
        nl: `kolomnaam "${name}" staat zowel in kolom ${first} als in kolom ${column}`,
        en: `column name "${name}" is used for both column ${first} and column ${column}`,
      });
    }
  });
  return problems;
}
