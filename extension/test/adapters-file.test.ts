// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAdapter, fieldLabel, isValidSelector } from '../src/adapters/errors';
import { adapterFileName, adapterFileText, readAdapterFile, rejectionLines } from '../src/adapters/file';
import { PRESETS, presetAt } from '../src/adapters/presets';
import { judgePattern } from '../src/adapters/redos';
import { AdapterFileSchema, AdapterSchema } from '../src/adapters/schema';
import { maskedPath, reportFrom } from '../src/adapters/tab-test';
import { latestTab } from '../src/tabs';
import type { TestResponse } from '../src/overlay/protocol';
import { adapterFromDraft, blankDraft, draftFromAdapter, idFromName, tidyOrigin } from '../src/ui/adapters/draft';

const preset = () => structuredClone(PRESETS[0]!);
const texts = (value: unknown, lang: 'nl' | 'en' = 'nl') => {
  const checked = checkAdapter(value, judgePattern);
  return checked.ok ? [] : checked.problems.map((p) => [p.path, p.text(lang)]);
};

describe('adapter problems (src/adapters/errors.ts)', () => {
  it('translates the schema’s own issue keys, in both languages', () => {
    expect(texts({ ...preset(), origin: 'http://zaak.example.nl' })).toEqual([['origin', expect.stringContaining('Gewoon http mag alleen')]]);
    expect(texts({ ...preset(), origin: 'http://zaak.example.nl' }, 'en')).toEqual([['origin', expect.stringContaining('Plain http is only allowed')]]);
    expect(texts({ ...preset(), paths: '(' }, 'en')).toEqual([['paths', 'This is not a valid regular expression.']]);
  });

  it('gives zod’s generic issues a sentence that names the field', () => {
    expect(texts({ ...preset(), name: '  ' })).toEqual([['name', 'Naam is verplicht.']]);
    expect(texts({ ...preset(), name: 'x'.repeat(81) }, 'en')).toEqual([['name', 'Name is too long (at most 80 characters).']]);
    const wrongType = checkAdapter({ ...preset(), prefill: 'none' }, judgePattern);
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.problems[0]!.text('en')).toBe('Prefilled answers: expected array, found string');
    const badItem = checkAdapter({ ...preset(), prefill: [{ ...preset().prefill[0]!, item: 'bg.shoeSize' }] }, judgePattern);
    if (!badItem.ok) expect(badItem.problems.map((p) => p.withField('nl'))).toContainEqual(expect.stringMatching(/^Vooringevuld antwoord 1: Vraag: niet toegestaan/));
    else expect.unreachable('an unknown item must be refused');
  });

  it('checks CSS selectors with the browser’s own engine', () => {
    expect(isValidSelector('textarea#notities')).toBe(true);
    expect(isValidSelector('div[')).toBe(false);
    const broken = preset();
    broken.prefill[1]!.selector = '##kinderen';
    broken.writeBack = { selector: 'textarea[' };
    expect(texts(broken)).toEqual([
      ['prefill.1.selector', 'De browser kan de CSS-selector ##kinderen niet lezen.'],
      ['writeBack.selector', 'De browser kan de CSS-selector textarea[ niet lezen.'],
    ]);
  });

  it('names fields as the form labels them', () => {
    expect(fieldLabel('reference.element.pattern', 'nl')).toBe('Cliëntnummer op de pagina: patroon');
    expect(fieldLabel('prefill.2.selector', 'en')).toBe('Prefilled answer 3: CSS selector');
    expect(fieldLabel('prefill.0', 'nl')).toBe('Vooringevuld antwoord 1');
  });
});

describe('the form draft', () => {
  it('round-trips every preset unchanged', () => {
    for (const adapter of PRESETS) {
      const checked = checkAdapter(adapterFromDraft(draftFromAdapter(adapter)), judgePattern);
      expect(checked).toEqual({ ok: true, adapter });
    }
  });

  it('leaves empty optional fields out but keeps a started part so the schema can name what is missing', () => {
    const draft = { ...blankDraft(), name: 'Zaak', id: 'zaak', origin: 'HTTPS://Zaak.Example.nl/', referenceAttribute: 'data-id' };
    expect(adapterFromDraft(draft)).toEqual({
      format: 'trede.adapter/2',
      id: 'zaak',
      name: 'Zaak',
      origin: 'https://zaak.example.nl',
      reference: { element: { selector: '', attribute: 'data-id' } },
      prefill: [],
    });
    expect(texts(adapterFromDraft(draft), 'en')).toEqual([['reference.element.selector', 'Client number on the page: CSS selector is required.']]);
  });

  it('tidies an origin only where nothing is lost; ids follow names', () => {
    expect(tidyOrigin(' https://zaak.nl/ ')).toBe('https://zaak.nl');
    expect(tidyOrigin('https://zaak.nl/pad')).toBe('https://zaak.nl/pad');
    expect(idFromName('Gemeente Één – Zaaksysteem!')).toBe('gemeente-een-zaaksysteem');
  });
});

describe('adapter files (src/adapters/file.ts)', () => {
  it('export writes trede.adapters/1 that reads back to the same adapters', () => {
    const text = adapterFileText(PRESETS);
    expect(AdapterFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(readAdapterFile(text, judgePattern)).toEqual({ adapters: PRESETS, rejected: [], fileProblem: null });
    expect(adapterFileName([PRESETS[1]!])).toBe('werkplein-demo-app.json');
    expect(adapterFileName(PRESETS)).toBe('trede-adapters.json');
  });

  it('reads the shipped presets file, which is in the export format', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'src', 'adapters', 'presets.json'), 'utf8');
    expect(readAdapterFile(text, judgePattern)).toEqual({ adapters: PRESETS, rejected: [], fileProblem: null });
  });

  it('reads a single adapter, and a file with a byte-order mark', () => {
    expect(readAdapterFile(JSON.stringify(PRESETS[0]), judgePattern).adapters).toEqual([PRESETS[0]]);
    expect(readAdapterFile(`\uFEFF${adapterFileText(PRESETS)}`, judgePattern).adapters).toHaveLength(PRESETS.length);
  });

  it('reads format 1 (a file and a single adapter) as format 2, meaning the same; the stored schema still accepts format 1', () => {
    const old = { ...preset(), format: 'trede.adapter/1' };
    const asFile = readAdapterFile(JSON.stringify({ format: 'trede.adapters/1', adapters: [old] }), judgePattern);
    expect(asFile.adapters).toEqual([{ ...old, format: 'trede.adapter/2' }]);
    expect(readAdapterFile(JSON.stringify(old), judgePattern).adapters).toEqual([{ ...old, format: 'trede.adapter/2' }]);
    expect(checkAdapter(old, judgePattern)).toMatchObject({ ok: true, adapter: { format: 'trede.adapter/2' } });
    expect(AdapterSchema.safeParse(old).success).toBe(true);
    expect(readAdapterFile(JSON.stringify({ ...old, format: 'trede.adapter/3' }), judgePattern).fileProblem?.text('en')).toContain('trede.adapter/2');
    // An adapter stored by an older version is exported in the current format.
    expect(JSON.parse(adapterFileText([old as typeof PRESETS[number]])).adapters[0].format).toBe('trede.adapter/2');
  });

  it('format 2: selector steps are checked step by step; the URL and the element cannot both only mark the client page', () => {
    const stepped = { ...preset(), reference: { element: { selector: 'werkplein-kop >>> .nummer' } } };
    expect(texts(stepped)).toEqual([]);
    expect(texts({ ...preset(), reference: { element: { selector: 'werkplein-kop >>> .nummer[' } } })).toEqual([
      ['reference.element.selector', 'De browser kan de CSS-selector werkplein-kop >>> .nummer[ niet lezen.'],
    ]);
    const neither = { ...preset(), reference: { url: { pattern: '^/#/dossier/', role: 'client-page' }, element: { selector: '.kop', role: 'client-page' } } };
    expect(texts(neither, 'en')).toEqual([['reference', 'The address and the element now both only say that this is a client page. Let at least one of them give the client number.']]);
    expect(texts({ ...neither, reference: { ...neither.reference, element: { selector: '.kop' } } })).toEqual([]);
  });

  it('malformed JSON: says where, in line and column', () => {
    const text = '{\n  "format": "trede.adapters/1",\n  "adapters": [\n    { "id": "x" }\n  }\n}';
    const read = readAdapterFile(text, judgePattern);
    expect(read.adapters).toEqual([]);
    expect(read.fileProblem?.text('nl')).toBe('Dit is geen geldige JSON: de fout zit op regel 5, kolom 3. Er is niets geïmporteerd.');
    expect(read.fileProblem?.text('en')).toContain('line 5, column 3');
    expect(readAdapterFile('{"a": 1,}', judgePattern).fileProblem?.text('en')).toContain('line 1, column 9');
    expect(readAdapterFile('{"a": ', judgePattern).fileProblem?.text('en')).toContain('line 1, column 7');
    expect(readAdapterFile('   ', judgePattern).fileProblem?.text('nl')).toContain('leeg');
  });

  it('a key written twice is refused with where it is, not silently the last one taken', () => {
    const text = '{\n  "format": "trede.adapters/1",\n  "adapters": [],\n  "adapters": [1]\n}';
    const read = readAdapterFile(text, judgePattern);
    expect(read.adapters).toEqual([]);
    expect(read.fileProblem?.text('nl')).toBe('Dit bestand is niet eenduidig: dubbele sleutel "adapters" in het hoofdobject (regel 4, kolom 3). Er is niets geïmporteerd.');
    expect(read.fileProblem?.text('en')).toBe('This file is ambiguous: duplicate key "adapters" in the top-level object (line 4, column 3). Nothing was imported.');
    const inside = JSON.stringify({ format: 'trede.adapters/1', adapters: [PRESETS[0]] }).replace('"name":', '"id": "twee", "name":');
    expect(readAdapterFile(inside, judgePattern).fileProblem?.text('en')).toMatch(/^This file is ambiguous: duplicate key "id" .*line 1, column \d+\)/);
  });

  it('reads every kind of broken JSON with its line and column, whatever the browser', () => {
    for (const [invalid, line, column] of [['[1 2]', 1, 4], ['{"a" 1}', 1, 6], ['"tab\there"', 1, 5], ['01', 1, 1], ['tru', 1, 1], ['[1,]', 1, 4], ['"\\x"', 1, 2], ['{} {}', 1, 4], ['{\r\n"a":\r\n}', 3, 1]] as const) {
      expect(readAdapterFile(invalid, judgePattern).fileProblem?.text('en'), invalid).toBe(`This is not valid JSON: the error is at line ${line}, column ${column}. Nothing was imported.`);
    }
  });

  it('an invalid adapter is named by number and id, with the field, and the valid ones stay importable', () => {
    const broken = { ...preset(), id: 'kapot', reference: { element: { selector: '#nr', pattern: '(open' } } };
    const read = readAdapterFile(JSON.stringify({ format: 'trede.adapters/1', adapters: [PRESETS[1], broken] }), judgePattern);
    expect(read.fileProblem).toBeNull();
    expect(read.adapters).toEqual([PRESETS[1]]);
    expect(read.rejected).toHaveLength(1);
    expect(rejectionLines(read.rejected[0]!, 'nl')).toEqual([
      'Koppeling 2 (id kapot) – Cliëntnummer op de pagina: patroon: Dit is geen geldige reguliere expressie.',
    ]);
    expect(rejectionLines(read.rejected[0]!, 'en')).toEqual(['Adapter 2 (id kapot) – Client number on the page: pattern: This is not a valid regular expression.']);
  });

  it('an adapter without a usable id is named by its number; the same id twice is refused', () => {
    const read = readAdapterFile(JSON.stringify({ format: 'trede.adapters/1', adapters: [{ format: 'trede.adapter/1' }, PRESETS[0], PRESETS[0]] }), judgePattern);
    expect(read.adapters).toEqual([PRESETS[0]]);
    expect(rejectionLines(read.rejected[0]!, 'en')[0]).toMatch(/^Adapter 1 – /);
    expect(rejectionLines(read.rejected[1]!, 'en')).toEqual(['Adapter 3 (id werkplein-demo) – This id appears earlier in the file.']);
  });

  it('a file of another kind is refused as a whole', () => {
    expect(readAdapterFile('[1, 2]', judgePattern).fileProblem?.text('en')).toContain('Unknown format (—)');
    expect(readAdapterFile('{"format": "trede.adapters/2", "adapters": []}', judgePattern).fileProblem?.text('nl')).toContain('Onbekend formaat ("trede.adapters/2")');
    expect(readAdapterFile('{"format": "trede.adapters/1"}', judgePattern).fileProblem?.text('en')).toContain('no "adapters" list');
    expect(readAdapterFile('{"format": "trede.adapters/1", "adapters": [], "extra": 1}', judgePattern).fileProblem?.text('en')).toContain('unknown fields: extra');
  });
});

describe('test on a tab: the report (src/adapters/tab-test.ts)', () => {
  const adapter = presetAt('werkplein-demo', 'https://zaak.example.nl');
  const response: TestResponse = {
    href: 'https://zaak.example.nl/klant.html?id=123456782#dossier',
    reference: '123456782',
    url: null,
    element: { ok: true, value: '123456782' },
    onClientPage: true,
    prefill: {
      'bg.age': { ok: true, value: '1990-05-01' },
      'bg.children': { ok: true, value: 'misschien' },
      'bg.youngestChildAge': { ok: false, miss: 'pattern-no-match', detail: 'jongste (\\d+)' },
      'bg.yearsSinceLastJob': { ok: false, miss: 'element-missing', detail: '#laatste-baan time' },
    },
    writeBack: { ok: true, value: 'textarea' },
  };

  it('says where the number came from when the element only marks the client page (format 2 roles)', () => {
    const marked = { ...response, url: { ok: true as const, value: '123456782' }, element: { ok: true as const, value: 'Dossier' } };
    expect(reportFrom(marked, adapter, '2026-11-02').reference).toMatchObject({ from: 'url' });
    expect(reportFrom(response, adapter, '2026-11-02').reference).toMatchObject({ from: 'element' });
  });

  it('masks the reference everywhere, converts prefill and keeps the misses', () => {
    const report = reportFrom(response, adapter, '2026-11-02');
    expect(JSON.stringify(report)).not.toContain('123456782');
    expect(report.path).toBe('/klant.html?id=••••••782#dossier');
    expect(report.reference).toEqual({ masked: '••••••782', bsn: true, from: 'element' });
    expect(report.prefill).toEqual([
      { item: 'bg.age', convert: 'age-from-date', raw: '1990-05-01', converted: { ok: true, value: 36 }, miss: null },
      { item: 'bg.children', convert: 'count-to-yes-no', raw: 'misschien', converted: { ok: false, why: 'number' }, miss: null },
      { item: 'bg.youngestChildAge', convert: 'number', raw: null, converted: null, miss: { miss: 'pattern-no-match', detail: 'jongste (\\d+)' } },
      { item: 'bg.yearsSinceLastJob', convert: 'years-since-date', raw: null, converted: null, miss: { miss: 'element-missing', detail: '#laatste-baan time' } },
      // not in the answer at all: reported as not found, with its selector
      { item: 'bg.benefitMonths', convert: 'months-since-date', raw: null, converted: null, miss: { miss: 'element-missing', detail: '#uitkering-sinds time' } },
    ]);
    expect(report.writeBack).toEqual({ ok: true, tag: 'textarea' });
  });

  it('masks long digit runs in the address even when no reference was found', () => {
    expect(maskedPath('https://x.nl/spa/klant/00123456/notities', [])).toBe('/spa/klant/•••••456/notities');
    expect(maskedPath('https://x.nl/klant/AB%2012345', ['AB 12345'])).toBe('/klant/••••345');
  });

  it('picks the tab looked at last', () => {
    expect(latestTab([{ id: 1, lastAccessed: 5 }, { id: 2, lastAccessed: 9 }, { lastAccessed: 99 }])?.id).toBe(2);
    expect(latestTab([])).toBeNull();
  });
});
