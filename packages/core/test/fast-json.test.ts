import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonFast } from '../src/cli/fast-json.js';
import { MAX_JSON_DEPTH, parseJsonStrict } from '../src/json/strict-parse.js';

/** What a parser made of a text: the value, or the error's message. */
function outcome(parse: (text: string) => unknown, text: string): { value: unknown } | { error: string } {
  try {
    return { value: parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** An object written by hand, so keys can repeat: each key written raw or with \u escapes, with spaces around. */
const objectText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', '"s"', 'true', 'null', '[]', '"a\\"b:"', '1e400'), tie('object'), tie('object').map((o) => `[${o}, 2]`)),
  object: fc
    .array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', '__proto__', 'x:y', 'q"'), fc.boolean(), fc.constantFrom('', ' ', '\n\t'), tie('value')),
      { maxLength: 5 },
    )
    .map(
      (entries) =>
        `{${entries
          .map(([key, escaped, space, value]) => {
            const written = escaped ? [...key].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('') : JSON.stringify(key).slice(1, -1);
            return `${space}"${written}"${space}:${space}${value}`;
          })
          .join(',')}}`,
    ),
})).object;

describe('parseJsonFast (the batch reader)', () => {
  it('gives the strict parser’s value or error for objects with and without repeated keys, raw or escaped', () => {
    fc.assert(
      fc.property(objectText, (text) => {
        expect(outcome(parseJsonFast, text)).toEqual(outcome(parseJsonStrict, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the strict parser’s value or error for any JSON value, and for it cut short or with a character changed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', '"', ',', '}', ':', '\\', ']'), (value, at, ch) => {
        const text = JSON.stringify(value);
        expect(outcome(parseJsonFast, text)).toEqual(outcome(parseJsonStrict, text));
        const cut = at % (text.length + 1);
        const changed = text.slice(0, cut) + ch + text.slice(cut + 1);
        expect(outcome(parseJsonFast, changed)).toEqual(outcome(parseJsonStrict, changed));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses nesting beyond the strict parser’s limit, which JSON.parse would accept, and keeps what is just within it', () => {
    for (let depth = MAX_JSON_DEPTH - 3; depth <= MAX_JSON_DEPTH + 3; depth++) {
      for (const text of ['['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)]) {
        expect(outcome(parseJsonFast, text)).toEqual(outcome(parseJsonStrict, text));
      }
    }
    expect(() => parseJsonFast('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(/1000/);
  });

  it('refuses a key repeated in a nested object, and one written once raw and once escaped', () => {
    expect(() => parseJsonFast('{"answers":{"resp.1":1,"resp.1":2}}')).toThrow(/resp\.1/);
    expect(() => parseJsonFast('{"a":{"b":[{"c":1," c":2,"c":3}]}}')).toThrow(/"c"/);
    expect(() => parseJsonFast('{"ab":1,"\\u0061b":2}')).toThrow(/"ab"/);
    expect(parseJsonFast('{"a":"\\\\","b":"\\":"}')).toEqual({ a: '\\', b: '":' });
  });

  it('refuses a repeated key that counting quote-colons alone would miss: a space before its colon, or a string that starts with one', () => {
    // Two quote-colons and two parsed keys: only the space before the third colon tells.
    expect(() => parseJsonFast('{"a":1,"x":2,"a" :3}')).toThrow(/"a"/);
    expect(() => parseJsonFast('{"a":1,"x":":","a"\t:3}')).toThrow(/"a"/);
    expect(() => parseJsonFast('{"a":":","a":2}')).toThrow(/"a"/);
    expect(parseJsonFast('{"a" :":","b":"x :"}')).toEqual({ a: ':', b: 'x :' });
  });
});
