/**
 * Streams the lines of a text stream with memory bounded by the longest line allowed, for
 * batch files of any length and any line.
 *
 * Written by hand rather than with node:readline: readline's async iterator can lose
 * lines that arrive before iteration starts, and it treats a lone `\r` as a line end.
 */
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** The line's text without its terminator (`\n` or `\r\n`); empty for a line that was too long. */
  line: string;
  /** 1-based. */
  lineNumber: number;
  /** Set when the line was longer than `maxLength`: its length in UTF-16 code units. Its text was never kept. */
  tooLong?: number;
}

export interface ReadLinesOptions {
  /**
   * Longest line kept, in UTF-16 code units (without the terminator). A longer line is
   * yielded as `{ line: '', tooLong }` and its text is dropped chunk by chunk as it is
   * read, so a line of any size costs no more memory than this. Default: no limit.
   */
  maxLength?: number;
  /** Awaited before each chunk is pulled from the input: a batch writes its finished results here. */
  beforeRead?: () => Promise<void> | void;
}

/**
 * Yields each line of `input`, decoded as UTF-8 (invalid bytes become U+FFFD).
 *
 * - Lines end at `\n` or `\r\n`; a lone `\r` stays part of the line.
 * - A final line without a terminator is yielded; a terminator at the very end does
 *   not produce an extra empty line. Empty lines in between are yielded.
 * - A byte-order mark at the start of the input is dropped.
 *
 * Iteration pulls chunks on demand, so a slow consumer applies backpressure to the
 * stream instead of lines piling up in memory.
 */
export async function* readLines(input: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>, options: ReadLinesOptions = {}): AsyncGenerator<Line> {
  yield* eachLine(readLineChunks(input, options));
}

/** The lines of readLineChunks one by one. */
export async function* eachLine(chunks: AsyncIterable<Line[]>): AsyncGenerator<Line> {
  for await (const lines of chunks) yield* lines;
}

/**
 * readLines, the lines of each chunk of input as one list: a consumer that handles a chunk's lines in one
 * go pays for one step of async iteration per chunk instead of one per line (a batch of short lines spent
 * a sixth of its time on those steps).
 */
export async function* readLineChunks(input: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>, options: ReadLinesOptions = {}): AsyncGenerator<Line[]> {
  const max = options.maxLength ?? Infinity;
  const decoder = new StringDecoder('utf8');
  // Pieces of the line that is not complete yet. Kept as a list and joined once, so a
  // line spread over many chunks is not copied again for every chunk.
  let partial: string[] = [];
  let partialLength = 0;
  // True while dropping the rest of a line that is already known to be too long.
  let dropping = false;
  let lineNumber = 0;
  let first = true;

  const emit = (text: string, beforeNewline: boolean): Line => {
    lineNumber++;
    // The \r of a \r\n pair may have arrived in an earlier chunk than the \n, so it is
    // removed from the assembled line rather than searched for in the chunk.
    if (beforeNewline && text.charCodeAt(text.length - 1) === 0x0d) text = text.slice(0, -1);
    return { line: text, lineNumber };
  };
  const tooLong = (length: number): Line => {
    lineNumber++;
    return { line: '', lineNumber, tooLong: length };
  };

  const split = (text: string, lines: Line[]): Line[] => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const length = partialLength + nl - start;
      // A \r before the \n is the terminator's, not the line's.
      const contentLength = text.charCodeAt(nl - 1) === 0x0d || (nl === start && partial.at(-1)?.endsWith('\r')) ? length - 1 : length;
      if (dropping || contentLength > max) {
        lines.push(tooLong(contentLength));
      } else {
        let piece = text.slice(start, nl);
        if (partial.length > 0) {
          partial.push(piece);
          piece = partial.join('');
        }
        lines.push(emit(piece, true));
      }
      partial = [];
      partialLength = 0;
      dropping = false;
      start = nl + 1;
    }
    if (start < text.length) {
      partialLength += text.length - start;
      if (dropping || partialLength > max + 1) {
        // +1: the line's \r may be the last character of this chunk.
        dropping = true;
        partial = [];
      } else {
        partial.push(text.slice(start));
      }
    }
    return lines;
  };

  const source = (input as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]();
  for (;;) {
    if (options.beforeRead) await options.beforeRead();
    const next = await source.next();
    if (next.done) break;
    const chunk = next.value;
    const lines = split(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer), []);
    if (lines.length > 0) yield lines;
  }
  const last = split(decoder.end(), []);
  if (dropping || partialLength > max) last.push(tooLong(partialLength));
  else if (partial.length > 0) last.push(emit(partial.join(''), false));
  if (last.length > 0) yield last;
}
