/**
 * A strict JSON parser (RFC 8259) that rejects duplicate object keys.
 *
 * `JSON.parse` silently keeps the last of two equal keys, so an intake record such as
 * `{"bc.stress": 1, ..., "bc.stress": 4}` would be scored with a value nobody may have
 * meant. This parser accepts exactly the RFC 8259 grammar (what `JSON.parse` accepts)
 * and produces the same values, but throws on duplicate keys, and every error carries
 * a line, a column, a JSON-pointer path and a message in Dutch and English.
 *
 * Performance matters (one call per line of a batch that may have a million lines), so
 * the scanner works on char codes, copies strings as slices of unescaped runs, and
 * computes line/column only when an error is thrown.
 */
import type { Text } from '../i18n/text.js';

/** Nesting deeper than this is rejected instead of overflowing the call stack. */
export const MAX_JSON_DEPTH = 1000;

/** What kind of problem parseJsonStrict found. */
export type JsonErrorCode =
  | 'unexpected-character'
  | 'unexpected-end'
  | 'trailing-content'
  | 'unterminated-string'
  | 'control-character'
  | 'invalid-escape'
  | 'invalid-unicode-escape'
  | 'invalid-number'
  | 'duplicate-key'
  | 'too-deep';

/** Thrown by parseJsonStrict: what is wrong, where (line, column, offset, JSON pointer) and a message in Dutch and English. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  readonly code: JsonErrorCode;
  /** 1-based line; lines end at `\n`, `\r\n` or a lone `\r`. */
  readonly line: number;
  /** 1-based column, counted in Unicode code points (an emoji is one column). */
  readonly column: number;
  /** 0-based UTF-16 offset into the input. */
  readonly offset: number;
  /**
   * JSON pointer (RFC 6901, `~` and `/` escaped as `~0` and `~1`) of the value being
   * parsed when the error occurred; `''` is the top-level value. For a duplicate key
   * it includes the key itself: `/answers/bc.stress`.
   */
  readonly path: string;
  readonly nl: string;
  readonly en: string;

  constructor(init: {
    code: JsonErrorCode;
    line: number;
    column: number;
    offset: number;
    path: string;
    text: Text;
  }) {
    super(`${init.text.nl} / ${init.text.en}`);
    this.code = init.code;
    this.line = init.line;
    this.column = init.column;
    this.offset = init.offset;
    this.path = init.path;
    this.nl = init.text.nl;
    this.en = init.text.en;
  }
}

/**
 * Parses `text` as a single JSON value, like `JSON.parse` without a reviver, but throws
 * a {@link JsonSyntaxError} for duplicate object keys and for any syntax error.
 * A leading byte-order mark is not accepted (strip it before calling, as `readLines` does).
 */
export function parseJsonStrict(text: string): unknown {
  return new Parser(text).parseDocument();
}

// --- What the parser expected, for error messages ---------------------------------------

type Expect = 'value' | 'value-or-]' | 'key' | 'key-or-}' | 'colon' | 'comma-or-}' | 'comma-or-]';

const EXPECTED: Record<Expect, Text> = {
  value: { nl: 'een JSON-waarde', en: 'a JSON value' },
  'value-or-]': { nl: 'een JSON-waarde of "]"', en: 'a JSON value or "]"' },
  key: { nl: 'een sleutel (string tussen dubbele aanhalingstekens)', en: 'a key (string in double quotes)' },
  'key-or-}': {
    nl: 'een sleutel (string tussen dubbele aanhalingstekens) of "}"',
    en: 'a key (string in double quotes) or "}"',
  },
  colon: { nl: '":"', en: '":"' },
  'comma-or-}': { nl: '"," of "}"', en: '"," or "}"' },
  'comma-or-]': { nl: '"," of "]"', en: '"," or "]"' },
};

// --- Character classes --------------------------------------------------------------------

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** ASCII letters, digits, `_` and `$`: used to show a whole word (`undefined`, `NaN`) in messages. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24
  );
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function escapePointerSegment(segment: string | number): string {
  return typeof segment === 'number' ? String(segment) : segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointer(segments: readonly (string | number)[], count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += '/' + escapePointerSegment(segments[i]!);
  return out;
}

function lineColumn(s: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && s.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < pos; i++) {
    const c = s.charCodeAt(i);
    // The low half of a surrogate pair does not start a new column.
    const isLowAfterHigh = c >= 0xdc00 && c <= 0xdfff && i > lineStart && isHighSurrogate(s.charCodeAt(i - 1));
    if (!isLowAfterHigh) column++;
  }
  return { line, column };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}

/** How the character (or word) at `pos` is shown in a message, e.g. `"x"`, `"undefined"`, `U+FEFF`. */
function describeAt(s: string, pos: number): string {
  const c = s.charCodeAt(pos);
  if (isWordChar(c)) {
    let end = pos + 1;
    while (end < s.length && end - pos < 30 && isWordChar(s.charCodeAt(end))) end++;
    const more = end < s.length && isWordChar(s.charCodeAt(end)) ? '…' : '';
    return `"${s.slice(pos, end)}${more}"`;
  }
  // Invisible or confusable characters are shown by code point.
  if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0xad) {
    return `U+${hex4(c)}`;
  }
  const cp = s.codePointAt(pos)!;
  return `"${String.fromCodePoint(cp)}"`;
}

/**
 * Key strings seen before, so that the same object (already internalized by V8 on its
 * first use as a property name) is reused. In a batch every row has the same keys, and
 * skipping the repeated string-table lookup on property stores saves about 15% of the
 * parse time. Bounded, and it only affects speed, never results.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

function sharedKey(key: string): string {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  if (keyCache.size < KEY_CACHE_LIMIT) keyCache.set(key, key);
  return key;
}

// --- The parser ---------------------------------------------------------------------------

class Parser {
  private readonly s: string;
  private readonly n: number;
  private p = 0;
  /**
   * Path to the value being parsed: `path[0..depth)` are the keys/indices. Entries past
   * `depth` are stale; overwriting by index avoids push/pop on every value.
   */
  private readonly path: (string | number)[] = [];
  private depth = 0;

  constructor(s: string) {
    this.s = s;
    this.n = s.length;
  }

  parseDocument(): unknown {
    this.skipWhitespace();
    if (this.p >= this.n) {
      this.fail('unexpected-end', this.p, {
        nl: 'lege invoer, verwacht een JSON-waarde',
        en: 'empty input, expected a JSON value',
      });
    }
    const value = this.parseValue('value');
    this.skipWhitespace();
    if (this.p < this.n) {
      const found = describeAt(this.s, this.p);
      this.fail('trailing-content', this.p, {
        nl: `onverwachte inhoud ${found} na het einde van de JSON-waarde`,
        en: `unexpected content ${found} after the end of the JSON value`,
      });
    }
    return value;
  }

  private skipWhitespace(): void {
    const s = this.s;
    const n = this.n;
    let p = this.p;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.p = p;
  }

  /** Parses one value starting at `this.p` (whitespace already skipped). */
  private parseValue(expected: Expect): unknown {
    const s = this.s;
    const p = this.p;
    // charCodeAt past the end is NaN, which matches no case and falls through to the error.
    const c = s.charCodeAt(p);
    switch (c) {
      case QUOTE:
        return this.parseString();
      case OPEN_BRACE:
        return this.parseObject();
      case OPEN_BRACKET:
        return this.parseArray();
      case 0x74: // t
        if (s.charCodeAt(p + 1) === 0x72 && s.charCodeAt(p + 2) === 0x75 && s.charCodeAt(p + 3) === 0x65 && !isWordChar(s.charCodeAt(p + 4))) {
          this.p = p + 4;
          return true;
        }
        break;
      case 0x66: // f
        if (
          s.charCodeAt(p + 1) === 0x61 &&
          s.charCodeAt(p + 2) === 0x6c &&
          s.charCodeAt(p + 3) === 0x73 &&
          s.charCodeAt(p + 4) === 0x65 &&
          !isWordChar(s.charCodeAt(p + 5))
        ) {
          this.p = p + 5;
          return false;
        }
        break;
      case 0x6e: // n
        if (s.charCodeAt(p + 1) === 0x75 && s.charCodeAt(p + 2) === 0x6c && s.charCodeAt(p + 3) === 0x6c && !isWordChar(s.charCodeAt(p + 4))) {
          this.p = p + 4;
          return null;
        }
        break;
      default:
        if (c === MINUS || isDigit(c)) return this.parseNumber();
    }
    return this.unexpected(expected);
  }

  private parseObject(): Record<string, unknown> {
    const s = this.s;
    if (this.depth >= MAX_JSON_DEPTH) this.tooDeep();
    this.p++; // {
    this.skipWhitespace();
    const obj: Record<string, unknown> = {};
    if (s.charCodeAt(this.p) === CLOSE_BRACE) {
      this.p++;
      return obj;
    }
    let expectKey: Expect = 'key-or-}';
    for (;;) {
      const keyPos = this.p;
      if (s.charCodeAt(keyPos) !== QUOTE) {
        if (expectKey === 'key' && s.charCodeAt(keyPos) === CLOSE_BRACE) this.trailingComma('}');
        this.unexpected(expectKey);
      }
      const key = sharedKey(this.parseString());
      if (Object.hasOwn(obj, key)) this.duplicateKey(key, keyPos);
      this.path[this.depth++] = key;
      this.skipWhitespace();
      if (s.charCodeAt(this.p) !== COLON) this.unexpected('colon');
      this.p++;
      this.skipWhitespace();
      const value = this.parseValue('value');
      this.depth--;
      if (key === '__proto__') {
        // Plain assignment would call the inherited __proto__ setter and replace the
        // prototype; define an ordinary own data property instead, as JSON.parse does.
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        obj[key] = value;
      }
      this.skipWhitespace();
      const c = s.charCodeAt(this.p);
      if (c === COMMA) {
        this.p++;
        this.skipWhitespace();
        expectKey = 'key';
      } else if (c === CLOSE_BRACE) {
        this.p++;
        return obj;
      } else {
        this.unexpected('comma-or-}');
      }
    }
  }

  private parseArray(): unknown[] {
    const s = this.s;
    if (this.depth >= MAX_JSON_DEPTH) this.tooDeep();
    this.p++; // [
    this.skipWhitespace();
    const arr: unknown[] = [];
    if (s.charCodeAt(this.p) === CLOSE_BRACKET) {
      this.p++;
      return arr;
    }
    let expected: Expect = 'value-or-]';
    for (let index = 0; ; index++) {
      this.path[this.depth++] = index;
      arr.push(this.parseValue(expected));
      this.depth--;
      this.skipWhitespace();
      const c = s.charCodeAt(this.p);
      if (c === COMMA) {
        this.p++;
        this.skipWhitespace();
        if (s.charCodeAt(this.p) === CLOSE_BRACKET) this.trailingComma(']');
        expected = 'value';
      } else if (c === CLOSE_BRACKET) {
        this.p++;
        return arr;
      } else {
        this.unexpected('comma-or-]');
      }
    }
  }

  /** Parses a string starting at the opening quote at `this.p`. */
  private parseString(): string {
    const s = this.s;
    const n = this.n;
    const start = this.p;
    let p = start + 1;
    let runStart = p; // start of the current run of characters that need no unescaping
    let out = ''; // unescaped text before runStart; stays '' for strings without escapes
    for (;;) {
      if (p >= n) this.unterminatedString(start);
      const c = s.charCodeAt(p);
      if (c === QUOTE) {
        this.p = p + 1;
        return out + s.slice(runStart, p);
      }
      if (c === BACKSLASH) {
        out += s.slice(runStart, p);
        const e = s.charCodeAt(p + 1);
        switch (e) {
          case 0x22: out += '"'; break;
          case 0x5c: out += '\\'; break;
          case 0x2f: out += '/'; break;
          case 0x62: out += '\b'; break;
          case 0x66: out += '\f'; break;
          case 0x6e: out += '\n'; break;
          case 0x72: out += '\r'; break;
          case 0x74: out += '\t'; break;
          case 0x75: {
            // \uXXXX. A surrogate pair arrives as two escapes whose code units, appended
            // one after the other, form the pair. A lone surrogate is kept as is, like
            // JSON.parse does (RFC 8259 leaves its meaning open).
            const h0 = hexValue(s.charCodeAt(p + 2));
            const h1 = hexValue(s.charCodeAt(p + 3));
            const h2 = hexValue(s.charCodeAt(p + 4));
            const h3 = hexValue(s.charCodeAt(p + 5));
            if ((h0 | h1 | h2 | h3) < 0) {
              const shown = s.slice(p, Math.min(p + 6, n));
              this.fail('invalid-unicode-escape', p, {
                nl: `ongeldige \\u-escape "${shown}" in string: verwacht 4 hexadecimale cijfers`,
                en: `invalid \\u escape "${shown}" in string: expected 4 hexadecimal digits`,
              });
            }
            out += String.fromCharCode((h0 << 12) | (h1 << 8) | (h2 << 4) | h3);
            p += 6;
            runStart = p;
            continue;
          }
          default: {
            if (p + 1 >= n) this.unterminatedString(start);
            const shown = '\\' + String.fromCodePoint(s.codePointAt(p + 1)!);
            this.fail('invalid-escape', p, {
              nl: `ongeldige escape "${shown}" in string (toegestaan: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
              en: `invalid escape "${shown}" in string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
            });
          }
        }
        p += 2;
        runStart = p;
        continue;
      }
      if (c < 0x20) {
        this.fail('control-character', p, {
          nl: `stuurteken U+${hex4(c)} in string moet ge-escapet worden`,
          en: `control character U+${hex4(c)} in string must be escaped`,
        });
      }
      p++;
    }
  }

  /** Parses a number starting at `this.p` (a digit or minus sign). */
  private parseNumber(): number {
    const s = this.s;
    const start = this.p;
    let p = start;
    let c = s.charCodeAt(p);
    const negative = c === MINUS;
    if (negative) c = s.charCodeAt(++p);

    // Integer part. Small integers are accumulated directly, which is cheaper than
    // slicing and converting; 15 digits always fit exactly in a double.
    let value = 0;
    const intStart = p;
    if (c === ZERO) {
      c = s.charCodeAt(++p);
      if (isDigit(c)) {
        let end = p;
        while (isDigit(s.charCodeAt(end))) end++;
        this.invalidNumber(intStart, s.slice(start, end), {
          nl: 'voorloopnullen zijn niet toegestaan',
          en: 'leading zeros are not allowed',
        });
      }
    } else if (isDigit(c)) {
      do {
        value = value * 10 + (c - ZERO);
        c = s.charCodeAt(++p);
      } while (isDigit(c));
    } else {
      this.invalidNumber(p, s.slice(start, p), {
        nl: 'verwacht een cijfer na het minteken',
        en: 'expected a digit after the minus sign',
      });
    }
    let simple = p - intStart <= 15;

    if (c === DOT) {
      simple = false;
      c = s.charCodeAt(++p);
      if (!isDigit(c)) {
        this.invalidNumber(p, s.slice(start, p), {
          nl: 'verwacht een cijfer na de decimale punt',
          en: 'expected a digit after the decimal point',
        });
      }
      do c = s.charCodeAt(++p);
      while (isDigit(c));
    }
    if (c === 0x65 || c === 0x45) {
      simple = false;
      c = s.charCodeAt(++p);
      if (c === PLUS || c === MINUS) c = s.charCodeAt(++p);
      if (!isDigit(c)) {
        this.invalidNumber(p, s.slice(start, p), {
          nl: 'verwacht een cijfer in de exponent',
          en: 'expected a digit in the exponent',
        });
      }
      do c = s.charCodeAt(++p);
      while (isDigit(c));
    }
    this.p = p;
    if (simple) return negative ? -value : value;
    // The text matches the JSON number grammar, which Number() converts with the same
    // rounding as JSON.parse.
    return Number(s.slice(start, p));
  }

  // --- Errors -----------------------------------------------------------------------------

  private fail(code: JsonErrorCode, pos: number, what: Text, at: string = pointer(this.path, this.depth)): never {
    const { line, column } = lineColumn(this.s, pos);
    const where: Text = at === '' ? { nl: '', en: '' } : { nl: ` bij ${at}`, en: ` at ${at}` };
    throw new JsonSyntaxError({
      code,
      line,
      column,
      offset: pos,
      path: at,
      text: {
        nl: `${what.nl}${where.nl} (regel ${line}, kolom ${column})`,
        en: `${what.en}${where.en} (line ${line}, column ${column})`,
      },
    });
  }

  private unexpected(expected: Expect): never {
    const exp = EXPECTED[expected];
    if (this.p >= this.n) {
      this.fail('unexpected-end', this.p, {
        nl: `onverwacht einde van de invoer, verwacht ${exp.nl}`,
        en: `unexpected end of input, expected ${exp.en}`,
      });
    }
    const found = describeAt(this.s, this.p);
    this.fail('unexpected-character', this.p, {
      nl: `verwacht ${exp.nl}, maar vond ${found}`,
      en: `expected ${exp.en} but found ${found}`,
    });
  }

  /** Reported at the opening quote: that is where a reader has to look. */
  private unterminatedString(start: number): never {
    this.fail('unterminated-string', start, {
      nl: 'string wordt niet afgesloten met een dubbel aanhalingsteken',
      en: 'string is not closed with a double quote',
    });
  }

  private trailingComma(close: string): never {
    this.fail('unexpected-character', this.p, {
      nl: `komma vóór "${close}" is niet toegestaan`,
      en: `trailing comma before "${close}" is not allowed`,
    });
  }

  private invalidNumber(pos: number, shown: string, why: Text): never {
    this.fail('invalid-number', pos, {
      nl: `ongeldig getal "${shown}": ${why.nl}`,
      en: `invalid number "${shown}": ${why.en}`,
    });
  }

  private duplicateKey(key: string, keyPos: number): never {
    const container = pointer(this.path, this.depth);
    const inside: Text =
      container === ''
        ? { nl: 'het hoofdobject', en: 'the top-level object' }
        : { nl: container, en: container };
    const shown = JSON.stringify(key);
    const { line, column } = lineColumn(this.s, keyPos);
    throw new JsonSyntaxError({
      code: 'duplicate-key',
      line,
      column,
      offset: keyPos,
      path: `${container}/${escapePointerSegment(key)}`,
      text: {
        nl: `dubbele sleutel ${shown} in ${inside.nl} (regel ${line}, kolom ${column})`,
        en: `duplicate key ${shown} in ${inside.en} (line ${line}, column ${column})`,
      },
    });
  }

  private tooDeep(): never {
    this.fail('too-deep', this.p, {
      nl: `te diep genest (meer dan ${MAX_JSON_DEPTH} niveaus)`,
      en: `nested too deeply (more than ${MAX_JSON_DEPTH} levels)`,
    });
  }
}
