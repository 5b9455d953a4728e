/**
 * Text from the input (keys, cells, values) must never reach a terminal as it was written: an escape
 * sequence can clear the screen or recolour it, a carriage return or a bidi override can make a line say
 * something else. Everything the CLI prints that may hold input goes through `escapeControls`.
 */

// C0 controls and DEL, C1 controls (U+009B is a one-character CSI), the line and paragraph separators, and
// the bidirectional overrides, embeddings and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escapeOne(c: string): string {
  return NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
}

/** `text` with every control character, escape and direction override written out (ESC as `\e`, others `\u{001B}`). */
export function escapeControls(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

// What JSON.stringify leaves as it is but a terminal would still act on.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether `text` holds a character JSON.stringify would leave raw but a terminal would act on. */
export function hasJsonUnsafe(text: string): boolean {
  UNSAFE_IN_JSON.lastIndex = 0;
  return UNSAFE_IN_JSON.test(text);
}

/** A JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi) as \uXXXX escapes: the same JSON value. */
export function escapeJsonControls(json: string): string {
  UNSAFE_IN_JSON.lastIndex = 0;
  return UNSAFE_IN_JSON.test(json) ? json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
