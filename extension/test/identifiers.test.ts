import { describe, expect, it } from 'vitest';
import { digitsJoined, findIdentifiers, readableText, type IdentifierKind } from '../src/identifiers';

const containsBsn = (text: string) => findIdentifiers(text).includes('bsn');

/** 123456782 passes the elfproef; 012345672 does too, so `12345672` is a BSN that lost its leading zero. */
const BSN = '123456782';
const BSN_WITHOUT_ZERO = '12345672';
const ZWSP = '\u200b';

/** Each written the way a caseworker might, and what must be found in it. */
const FOUND: [string, string, IdentifierKind[]][] = [
  ['plain BSN', `Klant gaf ${BSN} door`, ['bsn']],
  ['BSN with spaces', 'bsn 123 456 782', ['bsn']],
  ['BSN with dots', '1234.56.782', ['bsn']],
  ['BSN with hyphens', '123-456-782', ['bsn']],
  ['BSN with underscores', '123_456_782', ['bsn']],
  ['BSN with commas', '123,456,782', ['bsn']],
  ['BSN with slashes', '123/456/782', ['bsn']],
  ['BSN with zero-width spaces', `1${ZWSP}2${ZWSP}3${ZWSP}4${ZWSP}5${ZWSP}6${ZWSP}7${ZWSP}8${ZWSP}2`, ['bsn']],
  ['BSN with a word joiner, a BOM and soft hyphens', '123\u2060456\ufeff78\u00ad2', ['bsn']],
  ['BSN with no-break and narrow spaces', '123\u00a0456\u202f782', ['bsn']],
  ['BSN in Arabic-Indic digits', '١٢٣٤٥٦٧٨٢', ['bsn']],
  ['BSN in extended Arabic-Indic digits', '۱۲۳۴۵۶۷۸۲', ['bsn']],
  ['BSN in Devanagari digits', '१२३४५६७८२', ['bsn']],
  ['BSN in full-width digits', '１２３４５６７８２', ['bsn']],
  ['BSN in mixed scripts with separators', '١٢٣ ४५६ ７８2', ['bsn']],
  ['8-digit BSN without its leading zero', `nr ${BSN_WITHOUT_ZERO}`, ['bsn']],
  ['BSN right after a date', `12-03-2024 ${BSN}`, ['bsn']],
  ['BSN right after a small number', `gesprek 3 ${BSN}`, ['bsn']],
  ['BSN inside a longer text', `Zie dossier, BSN: ${BSN}, vorige week besproken.`, ['bsn']],
  ['client number of 9 digits (fails the elfproef)', 'klantnr 710204418', ['number']],
  ['client number of 7 digits', 'dossier 7102044', ['number']],
  ['client number with separators', 'dossier 71-02-04-418', ['number']],
  ['mobile number', 'bel 06-12345678', ['phone']],
  ['mobile number in groups', '06 1234 5678', ['phone']],
  ['landline', '020-1234567', ['phone']],
  ['international', '+31 6 12345678', ['phone']],
  ['international with (0)', '+31 (0)6 12345678', ['phone']],
  ['international with 0031', '0031 6 12345678', ['phone']],
  ['e-mail address', 'mail jan.jansen@example.nl', ['email']],
  ['e-mail address with a full-width @', 'jan＠example.nl', ['email']],
  ['e-mail address with digits in it', 'j123456782@example.nl', ['email']],
  ['Dutch IBAN', 'NL91ABNA0417164300', ['iban']],
  ['Dutch IBAN in groups', 'rekening NL91 ABNA 0417 1643 00 graag', ['iban']],
  ['Dutch IBAN in small letters', 'nl91abna0417164300', ['iban']],
  ['Dutch IBAN with a typo', 'NL92ABNA0417164300', ['iban']],
  ['German IBAN', 'DE89 3704 0044 0532 0130 00', ['iban']],
  ['postcode then house number', 'woont 1234 AB 12', ['postcode']],
  ['postcode and number run together', '1234AB12', ['postcode']],
  ['house number then postcode', 'Dorpsstraat 12, 1234 AB Amsterdam', ['postcode']],
  ['postcode in small letters', '1234ab 5', ['postcode']],
  ['several at once', `${BSN} en jan@example.nl`, ['bsn', 'email']],
];

/** Ordinary remarks that must pass. */
const PASSES: [string, string][] = [
  ['a nickname', 'J., dinsdag'],
  ['a date with hyphens and a time', 'Gesprek op 12-03-2024 om 14:00'],
  ['a date with slashes', 'sinds 12/03/2024'],
  ['a short date', 'per 1.3.24'],
  ['an ISO date', 'gestart 2024-03-12'],
  ['a date then a time', 'gesprek 12-03-2024 14:00 met 2 mensen'],
  ['an amount in euros', 'schuld €1.250'],
  ['an amount with cents', 'schuld van € 12.500,00 afgelost'],
  ['an amount after EUR', 'EUR 1 250 per maand'],
  ['a year', 'sinds 2019 geen werk'],
  ['a range of years', '2023-2024 twee keer uitgevallen'],
  ['two years', 'in 2023 en 2024'],
  ['a score', 'score 12 van 40'],
  ['small numbers in a list', 'kinderen van 4, 7 en 9'],
  ['hours', 'wil 32 uur werken'],
  ['a number with a two-letter word after it', 'in 2024 en 12 anderen'],
  ['a six-digit number', 'referentie 123456 van de cursus'],
  ['an @ without a domain', 'afspraak @14:00'],
];

describe('findIdentifiers', () => {
  it.each(FOUND)('finds %s', (_name, text, kinds) => {
    expect(findIdentifiers(text)).toEqual(kinds);
  });

  it.each(PASSES)('lets %s pass', (_name, text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('tells a BSN from other nine-digit numbers', () => {
    expect(containsBsn(`J. ${BSN}`)).toBe(true);
    expect(containsBsn('123_456_782')).toBe(true);
    expect(containsBsn('client 123456781')).toBe(false);
    expect(containsBsn('J., dinsdag 14:00')).toBe(false);
  });

  it('reads a long hostile text quickly', () => {
    const texts = ['a'.repeat(20_000), '1 '.repeat(10_000), 'ab12 '.repeat(4_000), `${'x.'.repeat(10_000)}@`, ' ,'.repeat(10_000)];
    for (const text of texts) {
      const started = performance.now();
      findIdentifiers(text);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(250);
    }
  });
});

describe('readableText and digitsJoined', () => {
  it('turns every decimal digit of every script into 0–9', () => {
    // Unicode's decimal digits come in runs of ten from each script's zero; the digit's value follows from that.
    const digits = /\p{Nd}/u;
    for (let code = 0; code < 0x110000; code++) {
      const char = String.fromCodePoint(code);
      if (!digits.test(char)) continue;
      const ascii = readableText(char);
      expect(ascii, code.toString(16)).toMatch(/^[0-9]$/);
      if (!digits.test(String.fromCodePoint(code - 1))) expect(ascii, `${code.toString(16)} starts a run`).toBe('0');
    }
    expect(readableText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('drops invisible characters and joins digits across separators, not across words', () => {
    expect(readableText(`a${ZWSP}b\u00adc\u200dd`)).toBe('abcd');
    expect(digitsJoined('1 2.3-4_5,6/7')).toBe('1234567');
    expect(digitsJoined('1 en 2')).toBe('1 en 2');
  });
});
