import { describe, expect, it } from 'vitest';
import { readDate, type DateReading } from '../src/adapters/page-dates';
import { convertPrefill } from '../src/adapters/prefill';
import type { PrefillConversion, PrefillItemId } from '../src/adapters/schema';
import { t } from '../src/i18n/t';
import { messages, type MessageKey } from '../src/i18n/messages';
import { prefillMessages } from '../src/i18n/areas/prefill';
import '../src/i18n/prefill-texts';

/** The date read, as YYYY-MM-DD, or the refusal. */
function read(text: string): string {
  const r: DateReading = readDate(text);
  return r.ok ? r.date.toISOString().slice(0, 10) : `refused: ${r.why}`;
}

/** Every month as Dutch and English pages write it, written out here rather than taken from the module's own table. */
const MONTHS: { month: number; forms: string[] }[] = [
  { month: 1, forms: ['januari', 'january', 'jan', 'jan.'] },
  { month: 2, forms: ['februari', 'february', 'feb', 'feb.'] },
  { month: 3, forms: ['maart', 'march', 'mrt', 'mrt.', 'mar', 'mar.'] },
  { month: 4, forms: ['april', 'apr', 'apr.'] },
  { month: 5, forms: ['mei', 'may'] },
  { month: 6, forms: ['juni', 'june', 'jun', 'jun.'] },
  { month: 7, forms: ['juli', 'july', 'jul', 'jul.'] },
  { month: 8, forms: ['augustus', 'august', 'aug', 'aug.'] },
  { month: 9, forms: ['september', 'sep', 'sep.', 'sept', 'sept.'] },
  { month: 10, forms: ['oktober', 'october', 'okt', 'okt.', 'oct', 'oct.'] },
  { month: 11, forms: ['november', 'nov', 'nov.'] },
  { month: 12, forms: ['december', 'dec', 'dec.'] },
];

const pad = (n: number) => String(n).padStart(2, '0');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('dates on the page: month names', () => {
  it('every month, Dutch and English, full and abbreviated, in any case, day first', () => {
    for (const { month, forms } of MONTHS) {
      for (const form of forms) {
        for (const written of [form, form.toUpperCase(), cap(form)]) {
          expect(read(`14 ${written} 1999`), `14 ${written} 1999`).toBe(`1999-${pad(month)}-14`);
        }
      }
    }
  });

  it('every month also with the month first (English, unambiguous with a name), with a weekday, and as 14-Mar-1999', () => {
    for (const { month, forms } of MONTHS) {
      for (const form of forms) {
        const want = `2001-${pad(month)}-05`;
        expect(read(`${cap(form)} 5, 2001`), form).toBe(want);
        expect(read(`ma 5 ${form} 2001`), form).toBe(want);
        expect(read(`Monday 5 ${cap(form)} 2001`), form).toBe(want);
        expect(read(`zondag, 5 ${form} 2001`), form).toBe(want);
        expect(read(`05-${cap(form)}-2001`), form).toBe(want);
      }
    }
  });

  it('with or without a weekday, and with text around it', () => {
    expect(read('ma 14 maart 1999')).toBe('1999-03-14');
    expect(read('Monday 14 March 1999')).toBe('1999-03-14');
    expect(read('Monday, March 14th, 1999')).toBe('1999-03-14');
    expect(read('Geboortedatum: 14 MRT. 1999 (27 jaar)')).toBe('1999-03-14');
    expect(read('1st January 2000')).toBe('2000-01-01');
  });

  it('a month name inside another word is no month', () => {
    expect(read('1 Mayday 2000')).toBe('refused: date');
    expect(read('5 decembermaand 2000')).toBe('refused: date');
  });
});

describe('dates on the page: digits', () => {
  it('day first with -, / or ., one or two digits for day and month', () => {
    for (const sep of ['-', '/', '.']) {
      for (const [d, m] of [['1', '3'], ['01', '03'], ['1', '03'], ['01', '3']]) {
        expect(read(`${d}${sep}${m}${sep}2024`), `${d}${sep}${m}${sep}2024`).toBe('2024-03-01');
      }
      expect(read(`14${sep}3${sep}1999`)).toBe('1999-03-14');
      expect(read(`31${sep}12${sep}1999`)).toBe('1999-12-31');
    }
  });

  it('ISO, also as the datetime of a <time>', () => {
    expect(read('2024-03-01')).toBe('2024-03-01');
    expect(read('2024-03-01T23:30:00+01:00')).toBe('2024-03-01');
    expect(read('1999-12-31')).toBe('1999-12-31');
  });

  it('a numeric date is always read day first, never guessed month first', () => {
    expect(read('03/04/2024')).toBe('2024-04-03'); // 3 April, not 4 March
    expect(read('12/11/2024')).toBe('2024-11-12');
    expect(read('03/14/1999')).toBe('refused: dateMonthFirst');
    expect(read('12-31-1999')).toBe('refused: dateMonthFirst');
    expect(read('2/29/2024')).toBe('refused: dateMonthFirst');
    expect(read('2/29/2023')).toBe('refused: dateImpossible'); // not a date either way
    expect(read('13/13/2024')).toBe('refused: dateImpossible');
  });

  it('the first date decides; what is no date at all is passed over', () => {
    expect(read('v1.2.3, geboren 14-3-1999')).toBe('1999-03-14');
    expect(read('14-3-1999 tot 1-1-2000')).toBe('1999-03-14');
    expect(read('31-4-1999 of 1-5-1999')).toBe('refused: dateImpossible');
  });
});

describe('dates on the page: the calendar', () => {
  it('leap years: 29 February only in a leap year (every 4th, not every 100th, but every 400th)', () => {
    expect(read('29-2-2024')).toBe('2024-02-29');
    expect(read('29 februari 2024')).toBe('2024-02-29');
    expect(read('2000-02-29')).toBe('2000-02-29');
    expect(read('29-2-2023')).toBe('refused: dateNotLeap');
    expect(read('29 February 2023')).toBe('refused: dateNotLeap');
    expect(read('1900-02-29')).toBe('refused: dateNotLeap');
    expect(read('30-2-2024')).toBe('refused: dateImpossible');
  });

  it('days a month does not have, day 0 and month 0 or 13', () => {
    expect(read('31 april 1999')).toBe('refused: dateImpossible');
    for (const [d, m] of [[31, 4], [31, 6], [31, 9], [31, 11], [32, 1], [0, 5], [5, 0], [5, 13]]) {
      expect(read(`${d}-${m}-2001`), `${d}-${m}-2001`).toBe(m === 13 ? 'refused: dateMonthFirst' : 'refused: dateImpossible');
    }
    expect(read('30-4-1999')).toBe('1999-04-30');
    expect(read('2001-04-31')).toBe('refused: dateImpossible');
  });

  it('two-digit years are refused: the century is not certain', () => {
    expect(read('14-3-99')).toBe('refused: dateShortYear');
    expect(read('1/3/24')).toBe('refused: dateShortYear');
    expect(read('14 maart 99')).toBe('refused: dateShortYear');
    expect(read('March 14, 99')).toBe('refused: dateShortYear');
  });

  it('text without a full date', () => {
    for (const text of ['', 'gisteren', 'onbekend', '14 maart', 'maart 1999', '1999', '14-03', '1.5', '06-12345678']) {
      expect(read(text), text).toBe('refused: date');
    }
  });
});

describe('prefill from dates written every way', () => {
  const today = '2026-11-02';
  const SAME_DAY: Record<string, string[]> = {
    '1999-03-14': ['1999-03-14', '14-3-1999', '14-03-1999', '14/3/1999', '14/03/1999', '14.3.1999', '14.03.1999', '14 maart 1999', '14 mrt 1999', '14 mrt. 1999', 'ma 14 maart 1999', 'Monday 14 March 1999', '14 Mar 1999', 'March 14, 1999', '14-MAR-1999'],
    '2022-09-30': ['2022-09-30', '30-9-2022', '30/09/2022', '30.9.2022', '30 september 2022', '30 sept. 2022', 'vr 30 sep 2022', 'Sep 30, 2022'],
    '2024-05-01': ['2024-05-01', '1-5-2024', '01/05/2024', '1.5.2024', '1 mei 2024', '1 May 2024', 'wo 1 mei 2024', 'May 1st, 2024'],
    '2024-02-29': ['2024-02-29', '29-2-2024', '29/02/2024', '29.2.2024', '29 februari 2024', '29 feb 2024', 'Thursday 29 February 2024'],
  };
  const conversions: [PrefillItemId, PrefillConversion][] = [
    ['bg.age', 'age-from-date'],
    ['bg.youngestChildAge', 'age-from-date'],
    ['bg.yearsSinceLastJob', 'years-since-date'],
    ['bg.benefitMonths', 'months-since-date'],
  ];

  it('each conversion gives the same answer for every way of writing the same day', () => {
    for (const [iso, writings] of Object.entries(SAME_DAY)) {
      for (const [item, convert] of conversions) {
        const want = convertPrefill(item, convert, iso, today);
        for (const written of writings) expect(convertPrefill(item, convert, written, today), `${item} ${convert} ${written}`).toEqual(want);
      }
    }
  });

  it('the answers themselves, at a given reference date', () => {
    const ages = SAME_DAY['1999-03-14']!.map((w) => convertPrefill('bg.age', 'age-from-date', w, today));
    expect(new Set(ages.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify({ ok: true, value: 27 })]));
    // The birthday counts on the day itself.
    expect(convertPrefill('bg.age', 'age-from-date', '14 maart 1999', '2025-03-13')).toEqual({ ok: true, value: 25 });
    expect(convertPrefill('bg.age', 'age-from-date', '14-3-1999', '2025-03-14')).toEqual({ ok: true, value: 26 });
    // Born on 29 February: a year older on 1 March of a non-leap year.
    expect(convertPrefill('bg.age', 'age-from-date', '29 feb 2004', '2025-02-28')).toEqual({ ok: true, value: 20 });
    expect(convertPrefill('bg.age', 'age-from-date', '29-2-2004', '2025-03-01')).toEqual({ ok: true, value: 21 });
    expect(convertPrefill('bg.yearsSinceLastJob', 'years-since-date', '30 sept. 2022', today)).toEqual({ ok: true, value: 4.1 });
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', '1 mei 2024', today)).toEqual({ ok: true, value: 30 });
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', '3.5.2024', today)).toEqual({ ok: true, value: 29 });
  });

  it('a date after the reference day is refused for every date field, whichever way it is written', () => {
    for (const [item, convert] of conversions) {
      for (const written of ['3-11-2026', '3 november 2026', '2026-11-03', 'Nov 3, 2026']) {
        expect(convertPrefill(item, convert, written, today), `${item} ${written}`).toEqual({ ok: false, why: 'future' });
      }
    }
    // The day itself is not in the future.
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', '2 november 2026', today)).toEqual({ ok: true, value: 0 });
  });

  it('the refusals reach the conversion unchanged', () => {
    expect(convertPrefill('bg.age', 'age-from-date', '31 april 1999', today)).toEqual({ ok: false, why: 'dateImpossible' });
    expect(convertPrefill('bg.age', 'age-from-date', '29-2-2023', today)).toEqual({ ok: false, why: 'dateNotLeap' });
    expect(convertPrefill('bg.age', 'age-from-date', '03/14/1999', today)).toEqual({ ok: false, why: 'dateMonthFirst' });
    expect(convertPrefill('bg.yearsSinceLastJob', 'years-since-date', '14-3-99', today)).toEqual({ ok: false, why: 'dateShortYear' });
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', 'onbekend', today)).toEqual({ ok: false, why: 'date' });
  });
});

describe('refusal messages name the text and say why, in Dutch and English', () => {
  const today = '2026-11-02';
  /** The sentence the intake shows for a refused value (src/ui/screens/IntakeScreen.tsx). */
  function message(raw: string, lang: 'nl' | 'en', item: PrefillItemId = 'bg.age', convert: PrefillConversion = 'age-from-date'): string {
    const converted = convertPrefill(item, convert, raw, today);
    if (converted.ok) throw new Error(`${raw} was not refused`);
    return t('prefill.rejected', lang, { raw, why: t(`prefill.why.${converted.why}` as MessageKey, lang) });
  }

  it('an impossible day', () => {
    expect(message('31 april 1999', 'nl')).toBe('“31 april 1999” van de pagina past niet bij de vraag (die dag bestaat niet: de maand heeft minder dagen, of er is geen maand met dat nummer); niet overgenomen.');
    expect(message('31 april 1999', 'en')).toBe('“31 april 1999” from the page does not fit the question (that day does not exist: the month has fewer days, or there is no month with that number); not taken over.');
  });

  it('29 February outside a leap year', () => {
    expect(message('29 februari 2023', 'nl')).toContain('“29 februari 2023”');
    expect(message('29 februari 2023', 'nl')).toContain('29 februari is er alleen in een schrikkeljaar');
    expect(message('29-2-2023', 'en')).toContain('“29-2-2023”');
    expect(message('29-2-2023', 'en')).toContain('29 February only occurs in a leap year');
  });

  it('a numeric date that only works month first', () => {
    expect(message('03/14/1999', 'nl')).toContain('“03/14/1999”');
    expect(message('03/14/1999', 'nl')).toContain('altijd als dag-maand-jaar');
    expect(message('03/14/1999', 'nl')).toContain('dat raadt Trede niet');
    expect(message('03/14/1999', 'en')).toContain('always reads a numeric date as day-month-year');
    expect(message('03/14/1999', 'en')).toContain('does not guess');
  });

  it('a two-digit year', () => {
    expect(message('14-3-99', 'nl')).toContain('het jaar heeft maar twee cijfers');
    expect(message('14-3-99', 'en')).toContain('the year has only two digits');
  });

  it('a date in the future, for each field that cannot be', () => {
    for (const [item, convert] of [['bg.age', 'age-from-date'], ['bg.yearsSinceLastJob', 'years-since-date'], ['bg.benefitMonths', 'months-since-date']] as const) {
      expect(message('1 januari 2030', 'nl', item, convert)).toContain('“1 januari 2030” van de pagina');
      expect(message('1 januari 2030', 'nl', item, convert)).toContain('de datum ligt na vandaag');
      expect(message('1 januari 2030', 'en', item, convert)).toContain('the date is after today');
    }
  });

  it('no date at all', () => {
    expect(message('onbekend', 'nl')).toContain('“onbekend” van de pagina past niet bij de vraag (er staat geen volledige datum in');
    expect(message('unknown', 'en')).toContain('“unknown” from the page does not fit the question (it contains no full date');
  });

  it('every refusal has its own text in both languages', () => {
    const whys = ['date', 'dateImpossible', 'dateNotLeap', 'dateMonthFirst', 'dateShortYear', 'future'] as const;
    for (const lang of ['nl', 'en'] as const) {
      const texts = whys.map((why) => t(`prefill.why.${why}`, lang));
      expect(new Set(texts).size).toBe(whys.length);
      for (const text of texts) expect(text).not.toMatch(/^prefill\./u);
    }
    // The whole area: every text in both languages, not loaded with the panel (src/i18n/messages.ts).
    for (const [key, text] of Object.entries(prefillMessages)) {
      expect(text.nl.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(messages, key).not.toHaveProperty([key]);
    }
  });
});
