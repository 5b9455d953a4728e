// @vitest-environment happy-dom
// Hostile configuration: patterns that backtrack catastrophically are refused where adapters come in (the
// form and import), adapter files are bounded in size and count, and where patterns run, their input is
// bounded, so even one that slipped through (stored before the check existed) cannot hold a page for long.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAdapter } from '../src/adapters/errors';
import { adapterFileText, fileSizeProblem, MAX_ADAPTER_FILE_BYTES, MAX_ADAPTERS_PER_FILE, readAdapterFile } from '../src/adapters/file';
import { loadPatternJudge, pendingJudge, type PatternJudge } from '../src/adapters/pattern-safety';
import { PRESETS } from '../src/adapters/presets';
import { judgePattern } from '../src/adapters/redos';
import { MAX_ORIGIN_LENGTH, MAX_PATTERN_LENGTH, pageRules, type Adapter } from '../src/adapters/schema';
import { detect, MAX_ADDRESS, MAX_TEXT, readElement, readUrl } from '../src/overlay/detect';
import '../src/i18n/adapter-texts';

/** Patterns that backtrack catastrophically (exponential, or polynomial of a high degree). */
const CATASTROPHIC = ['(a+)+$', '(a|a)*b', '(.*a){20}', '(a*)*b', '(\\w+\\s?)*$', '^(a|aa)+$', '(x+x+)+y', '^(\\d+)*$', '(.*){1,32000}[bc]'];
/** Each pattern field of an adapter, and how to put a pattern there. */
const FIELDS: [string, (a: Adapter, pattern: string) => Adapter][] = [
  ['paths', (a, p) => ({ ...a, paths: p })],
  ['clientPages', (a, p) => ({ ...a, clientPages: p })],
  ['reference.url.pattern', (a, p) => ({ ...a, reference: { ...a.reference, url: { pattern: p } } })],
  ['reference.element.pattern', (a, p) => ({ ...a, reference: { element: { selector: '#klantnummer', pattern: p } } })],
  ['prefill.2.pattern', (a, p) => ({ ...a, prefill: a.prefill.map((f, i) => (i === 2 ? { ...f, pattern: p } : f)) })],
];
const preset = (): Adapter => structuredClone(PRESETS[0]!);
/** The problems of a value, as [path, Dutch text, English text with the field named]. */
function problems(value: unknown, patterns: PatternJudge = judgePattern) {
  const checked = checkAdapter(value, patterns, () => true);
  return checked.ok ? [] : checked.problems.map((p) => [p.path, p.text('nl'), p.withField('en')] as const);
}

// The judge takes seconds for a few hostile patterns (up to its 3 s budget each); time enough is given.
const SLOW = 60_000;

describe('catastrophic patterns are refused (recheck, src/adapters/redos.ts)', () => {
  it.each(CATASTROPHIC)('%s is refused in every pattern field, with a message naming the field (nl/en)', (pattern) => {
    for (const [path, put] of FIELDS) {
      const found = problems(put(preset(), pattern));
      expect(found, `${pattern} in ${path}`).toHaveLength(1);
      const [where, nl, en] = found[0]!;
      expect(where).toBe(path);
      expect(nl).toMatch(/^(Dit patroon kan de browser vast laten lopen|Trede kan niet nagaan of dit patroon snel genoeg is)/);
      expect(en).toMatch(/: (This pattern can freeze the browser|Trede cannot tell whether this pattern is fast enough)/);
    }
  }, SLOW);

  it('marks the characters it would try over and over', () => {
    expect(problems({ ...preset(), paths: '^/klant/(a+)+$' })[0]![1]).toContain('hier: ^/klant/(«a»+)+$.');
    expect(problems({ ...preset(), paths: '(a|a)*b' })[0]![2]).toContain('here: («a»|«a»)*b.');
  });

  it('every pattern of the shipped presets is accepted, and each preset still checks out', () => {
    for (const adapter of PRESETS) expect(checkAdapter(adapter, judgePattern).ok, adapter.id).toBe(true);
    const file = readFileSync(join(import.meta.dirname, '..', 'src', 'adapters', 'presets.json'), 'utf8');
    expect(readAdapterFile(file, judgePattern, () => true)).toEqual({ adapters: PRESETS, rejected: [], fileProblem: null });
  });

  it.each(['^/klant/(\\d+)', '^/dossier\\?id=(\\d+)', '(\\d{6,12})', 'jongste (\\d+)', '\\b(\\d{9})\\b', '(\\d{2})-(\\d{2})-(\\d{4})', '^/spa/klant/([^/?#]+)'])(
    'an ordinary pattern is accepted: %s',
    (pattern) => {
      expect(judgePattern(pattern)).toEqual({ ok: true });
    },
  );

  it('a pattern the checker cannot settle is refused as unchecked, not let through', () => {
    const [[path, nl, en]] = problems({ ...preset(), paths: '(?<=klant/)(\\d+)' }) as [readonly [string, string, string]];
    expect(path).toBe('paths');
    expect(nl).toContain('Trede kan niet nagaan of dit patroon snel genoeg is');
    expect(en).toMatch(/^Applies to pages \(pattern\): Trede cannot tell/);
  });

  it('while the checker loads nothing with a pattern passes; without patterns an adapter is not held up', () => {
    expect(problems(preset(), pendingJudge).map(([path, nl]) => [path, nl])).toContainEqual(['paths', 'De controle van patronen wordt nog geladen. Probeer het zo opnieuw.']);
    const plain: Adapter = { ...preset(), paths: undefined, clientPages: undefined, reference: { element: { selector: '#klantnummer' } }, prefill: [] };
    expect(checkAdapter(JSON.parse(JSON.stringify(plain)), pendingJudge, () => true).ok).toBe(true);
  });

  it('loads the same judge on demand, once', async () => {
    const [a, b] = await Promise.all([loadPatternJudge(), loadPatternJudge()]);
    expect(a).toBe(judgePattern);
    expect(b).toBe(judgePattern);
  });

  it('import refuses an adapter with such a pattern by number, id and field, and keeps the good ones', () => {
    const evil = { ...preset(), id: 'traag', paths: '(a|a)*b' };
    const read = readAdapterFile(JSON.stringify({ format: 'trede.adapters/1', adapters: [PRESETS[1], evil] }), judgePattern, () => true);
    expect(read.adapters).toEqual([PRESETS[1]]);
    expect(read.rejected.map((r) => [r.number, r.id, r.problems.map((p) => p.withField('nl'))])).toEqual([
      [2, 'traag', [expect.stringMatching(/^Geldt voor pagina’s \(patroon\): Dit patroon kan de browser vast laten lopen/)]],
    ]);
  });
});

describe('size limits', () => {
  it('a file larger than 1 MB is refused before it is read, saying its size (nl/en)', () => {
    const problem = fileSizeProblem({ name: 'koppelingen.json', size: 25 * 1024 * 1024 });
    expect(problem?.text('nl')).toBe(
      'Het bestand koppelingen.json is 25 MB groot; Trede leest koppelingsbestanden tot 1 MB. Er is niets gelezen of geïmporteerd. Kies het goede bestand, of verdeel de koppelingen over kleinere bestanden.',
    );
    expect(problem?.text('en')).toContain('The file koppelingen.json is 25 MB; Trede reads adapter files up to 1 MB.');
    expect(fileSizeProblem({ name: 'a.json', size: MAX_ADAPTER_FILE_BYTES })).toBeNull();
    expect(fileSizeProblem({ name: 'a.json', size: MAX_ADAPTER_FILE_BYTES + 1 })?.text('nl')).toContain('1 MB groot');
  });

  it('pasted text over the limit is refused without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `{"format": "trede.adapters/1", "adapters": [], "x": "${'a'.repeat(MAX_ADAPTER_FILE_BYTES)}"}`;
    const read = readAdapterFile(text, judgePattern, () => true);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(read.adapters).toEqual([]);
    expect(read.fileProblem?.text('en')).toBe('The pasted text is 1 MB; Trede reads adapters up to 1 MB. Nothing was read or imported.');
  });

  it(`at most ${MAX_ADAPTERS_PER_FILE} adapters per file; one more and nothing is imported`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...preset(), id: `systeem-${i}` }));
    const judge = vi.fn(judgePattern);
    expect(readAdapterFile(adapterFileText(many(MAX_ADAPTERS_PER_FILE)), judge, () => true).adapters).toHaveLength(MAX_ADAPTERS_PER_FILE);
    judge.mockClear();
    const read = readAdapterFile(adapterFileText(many(MAX_ADAPTERS_PER_FILE + 1)), judge, () => true);
    expect(read.adapters).toEqual([]);
    expect(read.fileProblem?.text('nl')).toBe(
      `Dit bestand bevat ${MAX_ADAPTERS_PER_FILE + 1} koppelingen; Trede leest er hoogstens ${MAX_ADAPTERS_PER_FILE} uit één bestand. Er is niets geïmporteerd. Verdeel ze over meer bestanden.`,
    );
    expect(judge).not.toHaveBeenCalled();
  });

  it('every text field has a maximum, named in the message; an oversized pattern is not compiled or judged', () => {
    const judge = vi.fn(judgePattern);
    // Not a valid expression either: only the length is reported, so it was not compiled.
    const tooLong = problems({ ...preset(), paths: `(${'a'.repeat(MAX_PATTERN_LENGTH)}` }, judge);
    expect(tooLong).toEqual([['paths', 'Geldt voor pagina’s (patroon) is te lang (hoogstens 500 tekens).', 'Applies to pages (pattern) is too long (at most 500 characters).']]);
    expect(judge).not.toHaveBeenCalledWith(expect.stringMatching(/^\(a{500}/));
    const origin = `https://${'a'.repeat(MAX_ORIGIN_LENGTH)}.nl`;
    expect(problems({ ...preset(), origin })).toEqual([['origin', `Adres van het systeem is te lang (hoogstens ${MAX_ORIGIN_LENGTH} tekens).`, expect.any(String)]]);
    const long = (field: string, value: unknown) => problems({ ...preset(), [field]: value }).map(([path, nl]) => [path, nl]);
    expect(long('name', 'x'.repeat(81))).toEqual([['name', 'Naam is te lang (hoogstens 80 tekens).']]);
    expect(long('id', 'x'.repeat(61))[0]![0]).toBe('id');
    expect(long('writeBack', { selector: 'x'.repeat(501) })).toEqual([['writeBack.selector', 'Veld voor de samenvatting is te lang (hoogstens 500 tekens).']]);
    expect(long('reference', { element: { selector: '#nr', attribute: 'a'.repeat(101) } })[0]![0]).toBe('reference.element.attribute');
    expect(long('prefill', Array.from({ length: 21 }, () => preset().prefill[0]))).toContainEqual(['prefill', expect.stringContaining('Vooringevulde antwoorden')]);
  });
});

describe('bounded matching where patterns run (src/overlay/detect.ts)', () => {
  /** A quadratic pattern: the checker refuses it, but an adapter stored before the check may carry one. */
  const QUADRATIC = '(\\d+)$';
  beforeAll(() => {
    expect(judgePattern(QUADRATIC).ok).toBe(false);
  });

  it('an address longer than MAX_ADDRESS is refused before any pattern runs', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const href = `https://zaak.example.nl/klant/${'1'.repeat(1_000_000)}x`;
    expect(readUrl(href, QUADRATIC)).toEqual({ ok: false, miss: 'address-too-long', detail: String(MAX_ADDRESS) });
    expect(exec).not.toHaveBeenCalled();
    exec.mockRestore();
  });

  it('a client-pages pattern does not run on such an address either: it is not a client page', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    document.body.innerHTML = '<span id="klantnummer">710204418</span>';
    // A cheap pattern, so that a regression shows as a failed expectation rather than a hung test.
    const rules = { ...pageRules(preset()), clientPages: '^/\\d' };
    const found = detect(document, `https://zaak.example.nl/${'1'.repeat(1_000_000)}x`, rules);
    expect(found.onClientPage).toBe(false);
    expect(test.mock.calls.filter(([input]) => String(input).length > MAX_TEXT)).toEqual([]);
    test.mockRestore();
  });

  it('a 1 MB text node: the pattern sees at most MAX_TEXT characters', () => {
    document.body.innerHTML = `<span id="nr"></span>`;
    document.getElementById('nr')!.textContent = `${'1'.repeat(1_000_000)}x`;
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    readElement(document, { selector: '#nr', pattern: QUADRATIC });
    const lengths = exec.mock.calls.map(([input]) => String(input).length);
    exec.mockRestore();
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('the worst case at the bounds finishes (well inside the test timeout)', () => {
    document.body.innerHTML = `<span id="nr"></span>`;
    document.getElementById('nr')!.textContent = `${'1'.repeat(MAX_TEXT - 1)}x`;
    expect(readElement(document, { selector: '#nr', pattern: QUADRATIC })).toMatchObject({ ok: false, miss: 'pattern-no-match' });
    const atLimit = `https://zaak.example.nl/${'1'.repeat(MAX_ADDRESS - 2)}x`;
    expect(readUrl(atLimit, QUADRATIC)).toMatchObject({ ok: false, miss: 'url-no-match' });
  });
});
