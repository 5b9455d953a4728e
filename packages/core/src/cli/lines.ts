/**
 * Streams the lines of a text stream with memory bounded by the longest line, for
 * batch files of any length.
 *
 * Written by hand rather than with node:readline: readline's async iterator can lose
 * lines that arrive before iteration starts, and it treats a lone `\r` as a line end.
 */
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** The line's text without its terminator (`\n` or `\r\n`). */
  line: string;
  /** 1-based. */
  lineNumber: number;
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
export async function* readLines(input: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  // Pieces of the line that is not complete yet. Kept as a list and joined once, so a
  // line spread over many chunks is not copied again for every chunk.
  let partial: string[] = [];
  let lineNumber = 0;
  let first = true;

  const emit = (text: string, beforeNewline: boolean): Line => {
    lineNumber++;
    // The \r of a \r\n pair may have arrived in an earlier chunk than the \n, so it is
    // removed from the assembled line rather than searched for in the chunk.
    if (beforeNewline && text.charCodeAt(text.length - 1) === 0x0d) text = text.slice(0, -1);
    return { line: text, lineNumber };
  };

  const split = function* (text: string): Generator<Line> {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      let piece = text.slice(start, nl);
      if (partial.length > 0) {
        partial.push(piece);
        piece = partial.join('');
        partial = [];
      }
      yield emit(piece, true);
      start = nl + 1;
    }
    if (start < text.length) partial.push(text.slice(start));
  };

  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    yield* split(text);
  }
  yield* split(decoder.end());
  if (partial.length > 0) yield emit(partial.join(''), false);
}
