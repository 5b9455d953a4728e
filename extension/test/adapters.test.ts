import { describe, expect, it } from 'vitest';
import { convertPrefill, parseDate } from '../src/adapters/prefill';
import { PRESETS, presetAt } from '../src/adapters/presets';
import { AdapterFileSchema, AdapterSchema, normaliseOrigin, originPattern, PREFILL_ITEMS } from '../src/adapters/schema';
import { adapterMessages } from '../src/i18n/areas/adapters';

const valid = () => structuredClone(PRESETS[0]!);
const issues = (value: unknown) => {
  const parsed = AdapterSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('adapter schema', () => {
  it('accepts the shipped presets, as single adapters and as a file', () => {
    for (const preset of PRESETS) expect(issues(preset)).toEqual([]);
    expect(AdapterFileSchema.safeParse({ format: 'trede.adapters/1', adapters: PRESETS }).success).toBe(true);
  });

  it('origins: https anywhere, http only on this machine, no paths, users or wildcards', () => {
    expect(normaliseOrigin('https://zaak.gemeente.nl/')).toBe('https://zaak.gemeente.nl');
    expect(normaliseOrigin('http://127.0.0.1:5178')).toBe('http://127.0.0.1:5178');
    expect(normaliseOrigin('http://zaak.gemeente.nl')).toBeNull();
    expect(normaliseOrigin('https://*.gemeente.nl')).toBeNull();
    expect(normaliseOrigin('https://u:p@zaak.nl')).toBeNull();
    expect(normaliseOrigin('zaak.nl')).toBeNull();
    expect(issues({ ...valid(), origin: 'https://zaak.nl/pad' })).toEqual([{ path: 'origin', message: 'adapter.issue.origin' }]);
    expect(originPattern('https://zaak.nl:8443')).toBe('https://zaak.nl:8443/*');
  });

  it('names the field that is wrong, with a message key that exists in both languages', () => {
    const bad = valid();
    bad.reference = { element: { selector: '#nr', pattern: '(unclosed' } };
    bad.prefill[0] = { ...bad.prefill[0]!, convert: 'yes-no' };
    const found = issues(bad);
    expect(found).toContainEqual({ path: 'reference.element.pattern', message: 'adapter.issue.regex' });
    expect(found).toContainEqual({ path: 'prefill.0.convert', message: 'adapter.issue.conversion' });
    for (const { message } of found) if (message.startsWith('adapter.')) expect(adapterMessages).toHaveProperty([message]);
    expect(issues({ ...valid(), reference: {} })).toEqual([{ path: 'reference', message: 'adapter.issue.referenceEmpty' }]);
    expect(issues({ ...valid(), id: 'Met Spaties' })).toEqual([{ path: 'id', message: 'adapter.issue.id' }]);
    expect(issues({ ...valid(), extra: 1 }).map((i) => i.path)).toEqual(['']);
    const twice = valid();
    twice.prefill.push(twice.prefill[0]!);
    expect(issues(twice)).toEqual([{ path: 'prefill', message: 'adapter.issue.prefillTwice' }]);
  });

  it('presetAt moves a preset to another origin without touching the original', () => {
    const moved = presetAt('werkplein-demo', 'http://127.0.0.1:40123');
    expect(moved.origin).toBe('http://127.0.0.1:40123');
    expect(PRESETS[0]!.origin).toBe('http://127.0.0.1:5178');
  });
});

describe('prefill conversion', () => {
  const today = '2026-11-02';

  it('dates in ISO and Dutch forms; impossible dates are refused', () => {
    expect(parseDate('1999-03-14')?.toISOString().slice(0, 10)).toBe('1999-03-14');
    expect(parseDate('14-03-1999')?.toISOString().slice(0, 10)).toBe('1999-03-14');
    expect(parseDate('4/3/1999')?.toISOString().slice(0, 10)).toBe('1999-03-04');
    expect(parseDate('31-02-2020')).toBeNull();
    expect(parseDate('gisteren')).toBeNull();
  });

  it('age from a date of birth counts the birthday on the day itself', () => {
    expect(convertPrefill('bg.age', 'age-from-date', '2000-11-02', today)).toEqual({ ok: true, value: 26 });
    expect(convertPrefill('bg.age', 'age-from-date', '2000-11-03', today)).toEqual({ ok: true, value: 25 });
  });

  it('years and months since a date', () => {
    expect(convertPrefill('bg.yearsSinceLastJob', 'years-since-date', '2022-09-30', today)).toEqual({ ok: true, value: 4.1 });
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', '2024-05-01', today)).toEqual({ ok: true, value: 30 });
    expect(convertPrefill('bg.benefitMonths', 'months-since-date', '2024-05-03', today)).toEqual({ ok: true, value: 29 });
  });

  it('children: a count or "geen" becomes yes/no; numbers in Dutch notation', () => {
    expect(convertPrefill('bg.children', 'count-to-yes-no', '2 (jongste 2 jaar)', today)).toEqual({ ok: true, value: true });
    expect(convertPrefill('bg.children', 'count-to-yes-no', 'geen', today)).toEqual({ ok: true, value: false });
    expect(convertPrefill('bg.children', 'yes-no', 'Ja', today)).toEqual({ ok: true, value: true });
    expect(convertPrefill('bg.children', 'yes-no', 'misschien', today)).toEqual({ ok: false, why: 'yesNo' });
    expect(convertPrefill('bg.yearsSinceLastJob', 'number', '1,5 jaar', today)).toEqual({ ok: true, value: 1.5 });
  });

  it('checks the item’s own range and refuses what does not fit', () => {
    expect(convertPrefill('bg.age', 'age-from-date', '2020-01-01', today)).toEqual({ ok: false, why: 'range' }); // 6 < 16
    expect(convertPrefill('bg.age', 'number', '34.5', today)).toEqual({ ok: false, why: 'range' }); // not whole
    expect(convertPrefill('bg.age', 'age-from-date', '2030-01-01', today)).toEqual({ ok: false, why: 'future' });
    expect(convertPrefill('bg.youngestChildAge', 'number', 'onbekend', today)).toEqual({ ok: false, why: 'number' });
  });

  it('every prefill item exists in the catalogue with a type the conversions produce', () => {
    for (const [item, conversions] of Object.entries(PREFILL_ITEMS)) {
      for (const convert of conversions) {
        const sample = convert.includes('date') ? '2000-01-01' : convert === 'yes-no' ? 'ja' : '20';
        const out = convertPrefill(item as keyof typeof PREFILL_ITEMS, convert, sample, today);
        expect(out, `${item} ${convert}`).toMatchObject({ ok: true });
      }
    }
  });
});
