/**
 * What the main thread sends a `trede batch --jobs N` worker for a chunk of records. NDJSON lines go as one
 * string with their line numbers beside it: one string is copied to the worker much faster than a list of
 * record objects, and in the worker its lines are slices of it, not copies. Other records (CSV rows, lines
 * already known to be bad) go as they are.
 */
import type { BadRecord, BatchRecord } from './batch-record.js';

export type ChunkRequest = { seq: number; lines: string; lineNumbers: Float64Array } | { seq: number; records: BatchRecord[] };

export interface ChunkResult {
  seq: number;
  /** The chunk's output lines, joined. */
  out: string;
  bad: BadRecord[];
}

/** The message for a chunk; `transfer` holds what can be moved to the worker instead of copied. */
export function chunkRequest(seq: number, records: readonly BatchRecord[]): { request: ChunkRequest; transfer: ArrayBuffer[] } {
  if (!records.every((r) => r.kind === 'json')) return { request: { seq, records: [...records] }, transfer: [] };
  // A line never holds a \n (lines are split on it), so joining on \n keeps them apart.
  const lines = records.map((r) => (r as Extract<BatchRecord, { kind: 'json' }>).text).join('\n');
  const lineNumbers = Float64Array.from(records, (r) => r.lineNumber);
  return { request: { seq, lines, lineNumbers }, transfer: [lineNumbers.buffer as ArrayBuffer] };
}

/** The records of a chunk, as chunkRequest was given them. */
export function chunkRecords(request: ChunkRequest): BatchRecord[] {
  if ('records' in request) return request.records;
  const records: BatchRecord[] = [];
  let start = 0;
  for (const lineNumber of request.lineNumbers) {
    let end = request.lines.indexOf('\n', start);
    if (end === -1) end = request.lines.length;
    records.push({ kind: 'json', lineNumber, text: request.lines.slice(start, end) });
    start = end + 1;
  }
  return records;
}
