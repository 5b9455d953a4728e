/**
 * Identifiers in free text (nicknames, override reasons): whatever would let a reader of Trede's data find
 * the client — a BSN, a long number that may be a client number, a phone number, an e-mail address, an IBAN,
 * a postcode with house number. Names and street addresses cannot be told from ordinary words, so the
 * screens ask for none instead of pretending to detect them.
 *
 * Text is looked at the way a person would read it back, not as typed: NFKC, invisible characters gone,
 * every decimal digit of any script as 0–9, and separators between digits dropped — `123_456_782`,
 * `123,456,782`, `١٢٣٤٥٦٧٨٢` and a BSN with zero-width spaces are the same nine digits.
 */
import { isBsn } from './reference';

export type IdentifierKind = 'bsn' | 'phone' | 'email' | 'iban' | 'postcode' | 'number';
/** The order kinds are reported in: the most sensitive first. */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['bsn', 'phone', 'email', 'iban', 'postcode', 'number'];

/** A run of at least this many digits (separators ignored) may be a client number. */
export const LONG_NUMBER = 7;

const DIGIT = /\p{Nd}/u;

/**
 * 0–9 for a decimal digit of any script. Unicode puts every script's digits in runs of ten from its zero
 * (some runs are several sets back to back), so the value is the distance from the run's start, modulo 10.
 */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let start = code;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** The text as it reads: NFKC, one kind of space, nothing invisible, digits 0–9. */
export function readableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/\p{Nd}/gu, (d) => (d <= '9' ? d : asciiDigit(d)));
}

/** Numbers that only look long once their separators go: dates, ranges of years, amounts of money. */
const HARMLESS_NUMBERS: readonly RegExp[] = [
  /(?<!\d)(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d\d|\d\d)(?!\d)/g, // 12-03-2024, 1.3.24
  /(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g, // 2024-03-12
  /(?<!\d)(?:19|20)\d\d ?[-/\u2013] ?(?:19|20)\d\d(?!\d)/g, // 2023-2024
  /(?:€|\bEUR) ?\d{1,3}(?:[. ]\d{3})*(?:,\d\d?)?(?!\d)/gi, // € 12.500,00
];

/** Readable text with harmless numbers set apart and separators between digits removed. */
export function digitsJoined(readable: string): string {
  let text = readable;
  for (const pattern of HARMLESS_NUMBERS) text = text.replace(pattern, '#');
  return text.replace(/(?<=\d)[\s.,_/\\()\p{Pd}]+(?=\d)/gu, '');
}

/** What one run of digits is: a phone number, a BSN (also 8 digits missing the leading zero), a long number. */
function kindOfRun(run: string, before: string): IdentifierKind | null {
  if (before === '+' ? run.length >= 8 : /^0(?:\d{9}|0\d{9,13})$/.test(run)) return 'phone';
  if (run.length === 8 && isBsn(`0${run}`)) return 'bsn';
  // A BSN next to another number joins it once the space between goes: look at both ends of a long run.
  if (run.length >= 9 && (isBsn(run.slice(0, 9)) || isBsn(run.slice(-9)))) return 'bsn';
  return run.length >= LONG_NUMBER ? 'number' : null;
}

// Bounded repeats: a long word without an @ costs a bounded look at each position, not a scan to its end.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
/** A Dutch postcode (4 digits, then 2 capitals, or 2 small letters right after) with a house number after or before it. */
const POSTCODE = '[1-9]\\d{3}(?: ?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?!\\p{L})';
const POSTCODE_WITH_NUMBER = new RegExp(`(?<![\\p{L}\\d])(?:${POSTCODE}[ ,]*\\d{1,5}(?!\\d)|\\d{1,5}[A-Za-z]?[ ,]+${POSTCODE})`, 'u');

/** ISO 13616: the first four characters moved to the end, letters as 10–35, and the number is 1 modulo 97. */
function ibanChecks(iban: string): boolean {
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    for (const digit of String(parseInt(char, 36))) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Two letters, two digits, then letters and digits with single spaces between groups: where an IBAN may start. */
const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d\d(?: ?[A-Za-z0-9]){11,40}/gu;

/**
 * Where IBANs are, as [start, end) in `readable`: a Dutch one by its shape alone (a typo in it still
 * identifies the account), any other by its check digits. Only whole groups count, so the words after an
 * IBAN are not read as part of it.
 */
function ibanSpans(readable: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of readable.matchAll(IBAN_START)) {
    const text = match[0];
    for (let end = text.length; end >= 15; end--) {
      if (end < text.length && text[end] !== ' ') continue;
      const iban = text.slice(0, end).replace(/ /g, '').toUpperCase();
      const dutch = /^NL\d\d[A-Z]{4}\d{10}$/.test(iban);
      if (dutch || (iban.length >= 15 && iban.length <= 34 && /^[A-Z]{2}/.test(text) && ibanChecks(iban))) {
        spans.push([match.index, match.index + end]);
        break;
      }
    }
  }
  return spans;
}

/** `text` with the given spans replaced by a mark that joins no digits. */
function without(text: string, spans: [number, number][]): string {
  return spans.reduceRight((rest, [start, end]) => `${rest.slice(0, start)} # ${rest.slice(end)}`, text);
}

/** Every kind of identifier in `text`, in IDENTIFIER_KINDS order; empty when there is none. */
export function findIdentifiers(text: string): IdentifierKind[] {
  const found = new Set<IdentifierKind>();
  let readable = readableText(text);
  if (POSTCODE_WITH_NUMBER.test(readable)) found.add('postcode');
  // E-mail addresses and IBANs hold digits of their own: set them apart, so they are named for what they are.
  const emails = [...readable.matchAll(EMAIL)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  if (emails.length) found.add('email');
  readable = without(readable, emails);
  const ibans = ibanSpans(readable);
  if (ibans.length) found.add('iban');
  readable = without(readable, ibans);
  for (const match of digitsJoined(readable).matchAll(/\d+/g)) {
    const kind = kindOfRun(match[0], match.input[match.index - 1] ?? '');
    if (kind) found.add(kind);
  }
  return IDENTIFIER_KINDS.filter((kind) => found.has(kind));
}
