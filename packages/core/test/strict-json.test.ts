import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonStrict } from '../src/json/strict-parse.js';

function errorOf(text: string): JsonSyntaxError {
  try {
    parseJsonStrict(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

/** The fields that matter, so one toEqual checks all of them exactly. */
function summary(text: string) {
  const e = errorOf(text);
  return { code: e.code, line: e.line, column: e.column, path: e.path, nl: e.nl, en: e.en };
}

describe('parseJsonStrict: valid documents', () => {
  const documents = [
    '0',
    '-0',
    '1',
    '-12.5e-3',
    '1E+2',
    '0.000001',
    '123456789012345',
    '1234567890123456789012',
    '9007199254740993',
    '1e400',
    '-1e-400',
    'true',
    'false',
    'null',
    '""',
    '"plain"',
    '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"',
    '"\\u00e9\\u00E9 \\ud83d\\ude00 \\u0000"',
    '"lone \\ud800 and \\udc00 surrogates"',
    '"raw 😀 é ß"',
    '[]',
    '{}',
    ' \t\r\n [ 1 , "a" , { } , [ ] , null ] \n',
    '{"a":{"b":[1,{"c":[true,false,null]}]},"d":"e"}',
    '{"2":"two","1":"one","b":1,"a":2}',
    '{"":1,"constructor":2,"toString":3,"hasOwnProperty":4}',
    '{\r\n  "id": "r1",\r\n  "answers": { "bc.stress": 3, "bc.plan": [1, 2] }\r\n}\r\n',
  ];
  it.each(documents)('%s equals JSON.parse', (text) => {
    expect(parseJsonStrict(text)).toStrictEqual(JSON.parse(text));
  });

  it('keeps -0 and parses large numbers like JSON.parse', () => {
    expect(Object.is(parseJsonStrict('-0'), -0)).toBe(true);
    expect(parseJsonStrict('9007199254740993')).toBe(9007199254740992);
    expect(parseJsonStrict('1e400')).toBe(Infinity);
    expect(parseJsonStrict('0.1')).toBe(0.1);
  });

  it('decodes escapes and surrogate pairs', () => {
    expect(parseJsonStrict('"\\ud83d\\ude00"')).toBe('😀');
    expect(parseJsonStrict('"a\\nb\\u0041"')).toBe('a\nbA');
    expect(parseJsonStrict('"\\ud800"')).toBe('\ud800');
  });

  it('round-trips arbitrary JSON values like JSON.parse (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonStrict(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips indented JSON with any UTF-16 strings (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(parseJsonStrict(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts nesting up to the limit', () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJsonStrict(text)).toStrictEqual(JSON.parse(text));
  });
});

describe('parseJsonStrict: __proto__', () => {
  it('makes "__proto__" an own property and leaves the prototype alone', () => {
    const value = parseJsonStrict('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(value['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(value).toStrictEqual(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
  });

  it('rejects "__proto__" twice', () => {
    expect(summary('{"__proto__":1,"__proto__":2}')).toEqual({
      code: 'duplicate-key',
      line: 1,
      column: 16,
      path: '/__proto__',
      nl: 'dubbele sleutel "__proto__" in het hoofdobject (regel 1, kolom 16)',
      en: 'duplicate key "__proto__" in the top-level object (line 1, column 16)',
    });
  });
});

describe('parseJsonStrict: duplicate keys', () => {
  it('reports the key, its object, line and column', () => {
    const text = '{"id": "x",\n  "answers": {\n    "bc.stress": 1,\n    "bc.stress": 2 }}';
    const e = errorOf(text);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('JsonSyntaxError');
    expect(summary(text)).toEqual({
      code: 'duplicate-key',
      line: 4,
      column: 5,
      path: '/answers/bc.stress',
      nl: 'dubbele sleutel "bc.stress" in /answers (regel 4, kolom 5)',
      en: 'duplicate key "bc.stress" in /answers (line 4, column 5)',
    });
    expect(e.message).toBe(
      'dubbele sleutel "bc.stress" in /answers (regel 4, kolom 5) / duplicate key "bc.stress" in /answers (line 4, column 5)',
    );
    expect(e.offset).toBe(text.lastIndexOf('"bc.stress"'));
  });

  it('finds duplicates deep inside arrays and objects', () => {
    const text = '{"a":[{"b":{"c":1}},{"b":{"c":1,"c":2}}]}';
    expect(summary(text)).toEqual({
      code: 'duplicate-key',
      line: 1,
      column: 33,
      path: '/a/1/b/c',
      nl: 'dubbele sleutel "c" in /a/1/b (regel 1, kolom 33)',
      en: 'duplicate key "c" in /a/1/b (line 1, column 33)',
    });
  });

  it('does not confuse equal keys in different objects', () => {
    expect(parseJsonStrict('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}')).toEqual({
      a: { a: { a: 1 } },
      b: [{ a: 1 }, { a: 2 }],
    });
  });

  it('compares keys after unescaping and escapes the pointer', () => {
    expect(summary('{"x/y~z":1,"x\\/y\\u007ez":2}')).toEqual({
      code: 'duplicate-key',
      line: 1,
      column: 12,
      path: '/x~1y~0z',
      nl: 'dubbele sleutel "x/y~z" in het hoofdobject (regel 1, kolom 12)',
      en: 'duplicate key "x/y~z" in the top-level object (line 1, column 12)',
    });
  });

  it('counts \\r\\n as one line break', () => {
    const e = errorOf('{\r\n"a":1,\r\n"a":2}');
    expect([e.line, e.column]).toEqual([3, 1]);
  });
});

describe('parseJsonStrict: syntax errors', () => {
  it('unexpected character, with path and expectation', () => {
    expect(summary('{"a" 1}')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 6,
      path: '/a',
      nl: 'verwacht ":", maar vond "1" bij /a (regel 1, kolom 6)',
      en: 'expected ":" but found "1" at /a (line 1, column 6)',
    });
    expect(summary('{"a":1 "b":2}')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 8,
      path: '',
      nl: 'verwacht "," of "}", maar vond """ (regel 1, kolom 8)',
      en: 'expected "," or "}" but found """ (line 1, column 8)',
    });
    expect(summary('{"list": [1\n  2]}')).toEqual({
      code: 'unexpected-character',
      line: 2,
      column: 3,
      path: '/list',
      nl: 'verwacht "," of "]", maar vond "2" bij /list (regel 2, kolom 3)',
      en: 'expected "," or "]" but found "2" at /list (line 2, column 3)',
    });
    expect(summary("{'a': 1}")).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 2,
      path: '',
      nl: `verwacht een sleutel (string tussen dubbele aanhalingstekens) of "}", maar vond "'" (regel 1, kolom 2)`,
      en: `expected a key (string in double quotes) or "}" but found "'" (line 1, column 2)`,
    });
    expect(summary('[1, undefined]')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 5,
      path: '/1',
      nl: 'verwacht een JSON-waarde, maar vond "undefined" bij /1 (regel 1, kolom 5)',
      en: 'expected a JSON value but found "undefined" at /1 (line 1, column 5)',
    });
    expect(summary('[tru]').en).toBe('expected a JSON value or "]" but found "tru" at /0 (line 1, column 2)');
    expect(summary('{"a": NaN}').en).toBe('expected a JSON value but found "NaN" at /a (line 1, column 7)');
    expect(summary('.5').en).toBe('expected a JSON value but found "." (line 1, column 1)');
    expect(summary('+1').en).toBe('expected a JSON value but found "+" (line 1, column 1)');
  });

  it('trailing commas', () => {
    expect(summary('[1,2,]')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 6,
      path: '',
      nl: 'komma vóór "]" is niet toegestaan (regel 1, kolom 6)',
      en: 'trailing comma before "]" is not allowed (line 1, column 6)',
    });
    expect(summary('{"a":{"b":1,}}')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 13,
      path: '/a',
      nl: 'komma vóór "}" is niet toegestaan bij /a (regel 1, kolom 13)',
      en: 'trailing comma before "}" is not allowed at /a (line 1, column 13)',
    });
  });

  it('invisible characters are shown by code point', () => {
    expect(summary('\uFEFF{}')).toEqual({
      code: 'unexpected-character',
      line: 1,
      column: 1,
      path: '',
      nl: 'verwacht een JSON-waarde, maar vond U+FEFF (regel 1, kolom 1)',
      en: 'expected a JSON value but found U+FEFF (line 1, column 1)',
    });
    expect(summary('[\u00a01]').en).toBe('expected a JSON value or "]" but found U+00A0 at /0 (line 1, column 2)');
  });

  it('counts columns in code points', () => {
    expect(summary('["😀", x]').column).toBe(7);
  });

  it('unexpected end of input', () => {
    expect(summary('{"a":')).toEqual({
      code: 'unexpected-end',
      line: 1,
      column: 6,
      path: '/a',
      nl: 'onverwacht einde van de invoer, verwacht een JSON-waarde bij /a (regel 1, kolom 6)',
      en: 'unexpected end of input, expected a JSON value at /a (line 1, column 6)',
    });
    expect(summary('[1,\n')).toEqual({
      code: 'unexpected-end',
      line: 2,
      column: 1,
      path: '/1',
      nl: 'onverwacht einde van de invoer, verwacht een JSON-waarde bij /1 (regel 2, kolom 1)',
      en: 'unexpected end of input, expected a JSON value at /1 (line 2, column 1)',
    });
    expect(summary('{"a":1').en).toBe('unexpected end of input, expected "," or "}" (line 1, column 7)');
    expect(summary('{').en).toBe('unexpected end of input, expected a key (string in double quotes) or "}" (line 1, column 2)');
    expect(summary('{"a"').en).toBe('unexpected end of input, expected ":" at /a (line 1, column 5)');
    expect(summary('')).toEqual({
      code: 'unexpected-end',
      line: 1,
      column: 1,
      path: '',
      nl: 'lege invoer, verwacht een JSON-waarde (regel 1, kolom 1)',
      en: 'empty input, expected a JSON value (line 1, column 1)',
    });
    expect(summary(' \n  ').en).toBe('empty input, expected a JSON value (line 2, column 3)');
  });

  it('trailing content', () => {
    expect(summary('{"a":1} x')).toEqual({
      code: 'trailing-content',
      line: 1,
      column: 9,
      path: '',
      nl: 'onverwachte inhoud "x" na het einde van de JSON-waarde (regel 1, kolom 9)',
      en: 'unexpected content "x" after the end of the JSON value (line 1, column 9)',
    });
    expect(summary('1 2').column).toBe(3);
    expect(summary('{}{}').en).toBe('unexpected content "{" after the end of the JSON value (line 1, column 3)');
    expect(summary('truex').en).toBe('expected a JSON value but found "truex" (line 1, column 1)');
  });

  it('strings: invalid escapes, control characters, unterminated', () => {
    expect(summary('{"k": "a\\qb"}')).toEqual({
      code: 'invalid-escape',
      line: 1,
      column: 9,
      path: '/k',
      nl: 'ongeldige escape "\\q" in string (toegestaan: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) bij /k (regel 1, kolom 9)',
      en: 'invalid escape "\\q" in string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) at /k (line 1, column 9)',
    });
    expect(summary('["\\u12G4"]')).toEqual({
      code: 'invalid-unicode-escape',
      line: 1,
      column: 3,
      path: '/0',
      nl: 'ongeldige \\u-escape "\\u12G4" in string: verwacht 4 hexadecimale cijfers bij /0 (regel 1, kolom 3)',
      en: 'invalid \\u escape "\\u12G4" in string: expected 4 hexadecimal digits at /0 (line 1, column 3)',
    });
    expect(summary('"\\u12"').en).toBe('invalid \\u escape "\\u12"" in string: expected 4 hexadecimal digits (line 1, column 2)');
    expect(summary('{"a":\n"one\ntwo"}')).toEqual({
      code: 'control-character',
      line: 2,
      column: 5,
      path: '/a',
      nl: 'stuurteken U+000A in string moet ge-escapet worden bij /a (regel 2, kolom 5)',
      en: 'control character U+000A in string must be escaped at /a (line 2, column 5)',
    });
    expect(summary('"tab\there"').en).toBe('control character U+0009 in string must be escaped (line 1, column 5)');
    expect(summary('{"a": "abc')).toEqual({
      code: 'unterminated-string',
      line: 1,
      column: 7,
      path: '/a',
      nl: 'string wordt niet afgesloten met een dubbel aanhalingsteken bij /a (regel 1, kolom 7)',
      en: 'string is not closed with a double quote at /a (line 1, column 7)',
    });
    expect(summary('"abc\\').code).toBe('unterminated-string');
    expect(summary('{"ab').path).toBe('');
  });

  it('numbers', () => {
    expect(summary('[01]')).toEqual({
      code: 'invalid-number',
      line: 1,
      column: 2,
      path: '/0',
      nl: 'ongeldig getal "01": voorloopnullen zijn niet toegestaan bij /0 (regel 1, kolom 2)',
      en: 'invalid number "01": leading zeros are not allowed at /0 (line 1, column 2)',
    });
    expect(summary('-007').en).toBe('invalid number "-007": leading zeros are not allowed (line 1, column 2)');
    expect(summary('{"n": -}')).toEqual({
      code: 'invalid-number',
      line: 1,
      column: 8,
      path: '/n',
      nl: 'ongeldig getal "-": verwacht een cijfer na het minteken bij /n (regel 1, kolom 8)',
      en: 'invalid number "-": expected a digit after the minus sign at /n (line 1, column 8)',
    });
    expect(summary('-Infinity').en).toBe('invalid number "-": expected a digit after the minus sign (line 1, column 2)');
    expect(summary('1.').en).toBe('invalid number "1.": expected a digit after the decimal point (line 1, column 3)');
    expect(summary('[1.e5]').nl).toBe('ongeldig getal "1.": verwacht een cijfer na de decimale punt bij /0 (regel 1, kolom 4)');
    expect(summary('1e').en).toBe('invalid number "1e": expected a digit in the exponent (line 1, column 3)');
    expect(summary('2E+x').en).toBe('invalid number "2E+": expected a digit in the exponent (line 1, column 4)');
    // A Dutch decimal comma is two numbers, so inside an object it is a missing key.
    expect(summary('{"score": 3,5}').en).toBe(
      'expected a key (string in double quotes) but found "5" (line 1, column 13)',
    );
  });

  it('nesting deeper than the limit', () => {
    const text = '{"a":' + '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH) + '}';
    const e = errorOf(text);
    expect([e.code, e.line, e.column]).toEqual(['too-deep', 1, 6 + MAX_JSON_DEPTH - 1]);
    expect(e.en).toBe(
      `nested too deeply (more than ${MAX_JSON_DEPTH} levels) at /a${'/0'.repeat(MAX_JSON_DEPTH - 1)} (line 1, column ${5 + MAX_JSON_DEPTH})`,
    );
  });

  it('every error is a JsonSyntaxError with a bilingual message', () => {
    for (const bad of ['', '{', '[1,]', '"\\x"', '01', '{"a":1,"a":1}', 'nul', '"\u0001"']) {
      const e = errorOf(bad);
      expect(e.message).toBe(`${e.nl} / ${e.en}`);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  });
});
