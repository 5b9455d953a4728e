/**
 * Where a JSON text goes wrong. JSON.parse only says so in its message, and not always with a position
 * (V8's "Unexpected token" has none; Firefox words it differently), so this small scanner walks the JSON
 * grammar itself and stops at the first character that cannot belong there. Only used after JSON.parse
 * failed: it validates, it builds nothing.
 */

class Stop {
  constructor(readonly at: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The character offset of the first syntax error, or null when the text is valid JSON (or too deep to walk). */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const expect = (char: string) => {
    skipWhitespace();
    if (text[i] !== char) fail();
    i++;
  };
  const matchAt = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found) return false;
    i = pattern.lastIndex;
    return true;
  };

  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail(); // raw control characters must be escaped
      if (char !== '\\') {
        i++;
        continue;
      }
      i++;
      const escaped = text[i];
      if (escaped !== undefined && SIMPLE_ESCAPES.has(escaped)) i++;
      else if (escaped === 'u') {
        i++;
        if (!matchAt(HEX4)) fail();
      } else fail();
    }
  };

  /** The members of an object or the elements of an array, after its opening bracket. */
  const members = (close: string, member: () => void) => {
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skipWhitespace();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };

  const value = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === '{') {
      i++;
      members('}', () => {
        skipWhitespace();
        if (text[i] !== '"') fail();
        string();
        expect(':');
        value();
      });
    } else if (char === '[') {
      i++;
      members(']', value);
    } else if (char === '"') string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      if (!matchAt(NUMBER)) fail();
    } else {
      const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
      if (word) i += word.length;
      else fail();
    }
  };

  try {
    value();
    skipWhitespace();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    if (e instanceof RangeError) return null; // nesting deeper than the stack: no position, the error still shows
    throw e;
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
