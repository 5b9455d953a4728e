// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPatternJudge } from '../src/adapters/pattern-safety';
import { PRESETS, presetAt } from '../src/adapters/presets';
import { pageRules, type Adapter } from '../src/adapters/schema';
import { App } from '../src/app/App';
import { LanguageProvider, type LanguageSetting } from '../src/i18n/context';
import { t, type Lang } from '../src/i18n/t';
import type { TestResponse } from '../src/overlay/protocol';
import { openStore, type TredeStore } from '../src/store/repo';
import { OptionsPage } from '../src/ui/adapters/OptionsPage';
import { AdaptersScreen } from '../src/ui/screens/AdaptersScreen';
import { stubBrowser, type BrowserStubs } from './support/adapters-browser';
import { tickingClock, uniqueName } from './support/store';
import { $, click, settle, typeInto, waitFor } from './support/ui';

const ZAAK = 'https://zaak.example.nl';
const ANDER = 'https://ander.example.nl';

let store: TredeStore;
let stubs: BrowserStubs;
let root: HTMLElement;

// The options page loads its pattern checker when it opens (src/adapters/pattern-safety.ts); a caseworker
// cannot click as fast as a test, so the tests start once it is there.
beforeAll(async () => {
  await loadPatternJudge();
});

beforeEach(async () => {
  store = await openStore({ name: uniqueName(), now: tickingClock() });
  stubs = stubBrowser();
});

afterEach(() => {
  render(null, root);
  root.remove();
  store.close();
  vi.restoreAllMocks();
});

async function mount(lang: Lang = 'nl') {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <LanguageProvider initial={lang}>
        <AdaptersScreen store={store} />
      </LanguageProvider>,
      root,
    );
  });
  await waitFor(root, '[data-testid="adapters-empty"], [data-testid="adapter-row"]');
}

const byId = (id: string) => $(root, `[data-testid="${id}"]`);
const maybe = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const row = (adapterId: string) => $(root, `[data-testid="adapter-row"][data-id="${adapterId}"]`);
const stored = async () => (await store.listAdapters()).items.map((r) => r.adapter);

async function choose(select: HTMLElement, value: string) {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function type(fieldId: string, text: string) {
  await typeInto(byId(fieldId) as HTMLInputElement, text);
}

/** Opens the form for a new adapter, empty or from a preset. */
async function startNew(presetId = '') {
  await choose(byId('adapter-start-from'), presetId);
  await click(byId('adapter-new'));
  await waitFor(root, '[data-testid="adapter-form"]');
}

/** Clicks save, checking that the permission prompt was asked for inside the click itself (the user gesture). */
async function saveInGesture(): Promise<void> {
  const before = stubs.request.mock.calls.length;
  await act(async () => {
    byId('adapter-save').click();
    // still synchronous: no await has happened since the click
    expect(stubs.request.mock.calls.length).toBe(before + 1);
  });
  await waitFor(root, '[data-testid="adapters-notice"]');
  await settle();
}

describe('options page: create and save', () => {
  it('from a preset with another origin: asks for exactly that origin first, stores it, tells the background', async () => {
    const saveSpy = vi.spyOn(store, 'saveAdapter');
    await mount();
    expect(byId('adapters-empty').textContent).toBe('Er zijn nog geen koppelingen.');
    await startNew('werkplein-demo');
    expect((byId('adapter-origin') as HTMLInputElement).value).toBe('http://127.0.0.1:5178');
    await type('adapter-origin', ZAAK);
    await saveInGesture();

    expect(stubs.request.mock.calls).toEqual([[{ origins: [`${ZAAK}/*`] }]]);
    expect(stubs.request.mock.invocationCallOrder[0]!).toBeLessThan(saveSpy.mock.invocationCallOrder[0]!);
    expect(await stored()).toEqual([presetAt('werkplein-demo', ZAAK)]);
    expect(stubs.sendMessage).toHaveBeenCalledWith({ kind: 'trede/adapters-changed' });
    expect(byId('adapters-notice').getAttribute('data-tone')).toBe('ok');
    expect(byId('adapters-notice').textContent).toContain(`“Werkplein Demo” is opgeslagen en actief op ${ZAAK}.`);
    expect(row('werkplein-demo').textContent).toContain(ZAAK);
    expect($(row('werkplein-demo'), '[data-testid="adapter-permission"]').getAttribute('data-granted')).toBe('true');
  });

  it('a refused permission still saves, but the adapter is shown inactive with a way to allow it', async () => {
    stubs.answer.grant = false;
    await mount();
    await startNew('werkplein-demo-app');
    await type('adapter-origin', ZAAK);
    await saveInGesture();

    expect(await stored()).toEqual([presetAt('werkplein-demo-app', ZAAK)]);
    const notice = byId('adapters-notice');
    expect(notice.getAttribute('data-tone')).toBe('warn');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('is opgeslagen, maar nog niet actief');
    const permission = $(row('werkplein-demo-app'), '[data-testid="adapter-permission"]');
    expect(permission.getAttribute('data-granted')).toBe('false');
    expect(permission.textContent).toContain('Niet actief');

    // allowing later asks again, for that origin only, inside the click
    stubs.answer.grant = true;
    await act(async () => {
      $(notice, '[data-testid="notice-allow"]').click();
      expect(stubs.request).toHaveBeenCalledTimes(2);
    });
    expect(stubs.request.mock.calls[1]).toEqual([{ origins: [`${ZAAK}/*`] }]);
    await vi.waitFor(() => expect($(row('werkplein-demo-app'), '[data-testid="adapter-permission"]').getAttribute('data-granted')).toBe('true'));
    expect(byId('adapters-notice').textContent).toContain(`Trede mag ${ZAAK} nu lezen.`);
  });

  it('edits every part of a blank adapter: prefill rows offer only their question’s conversions', async () => {
    await mount('en');
    await startNew();
    await type('adapter-name', 'Zaaksysteem Gemeente');
    expect((byId('adapter-id') as HTMLInputElement).value).toBe('zaaksysteem-gemeente');
    await type('adapter-origin', `${ZAAK}/`);
    await type('adapter-paths', '^/zaak');
    await type('adapter-client-pages', '^/zaak/klant/');
    await type('adapter-reference-url', '^/zaak/klant/(\\d+)');
    await type('adapter-reference-selector', '#klant');
    await type('adapter-reference-attribute', 'data-nummer');
    await type('adapter-reference-pattern', '(\\d+)');
    await click(byId('prefill-add'));
    await click(byId('prefill-add'));
    const options = (id: string) => [...(byId(id) as HTMLSelectElement).options].map((o) => o.value);
    expect(options('adapter-prefill-1-item')).toHaveLength(5);
    expect(options('adapter-prefill-1-convert')).toEqual(['count-to-yes-no', 'yes-no']);
    await choose(byId('adapter-prefill-1-item'), 'bg.benefitMonths');
    expect(options('adapter-prefill-1-convert')).toEqual(['months-since-date', 'number']);
    await type('adapter-prefill-0-selector', '#geboren');
    await type('adapter-prefill-0-attribute', 'datetime');
    await type('adapter-prefill-1-selector', '#uitkering');
    await choose(byId('adapter-prefill-1-convert'), 'number');
    await type('adapter-prefill-1-pattern', '(\\d{1,3}) maanden');
    await click(byId('prefill-add'));
    await click(byId('adapter-prefill-2-remove'));
    await type('adapter-write-back', 'textarea.notes');
    await saveInGesture();

    expect(await stored()).toEqual([
      {
        format: 'trede.adapter/2',
        id: 'zaaksysteem-gemeente',
        name: 'Zaaksysteem Gemeente',
        origin: ZAAK,
        paths: '^/zaak',
        clientPages: '^/zaak/klant/',
        reference: { url: { pattern: '^/zaak/klant/(\\d+)' }, element: { selector: '#klant', attribute: 'data-nummer', pattern: '(\\d+)' } },
        prefill: [
          { item: 'bg.age', convert: 'age-from-date', selector: '#geboren', attribute: 'datetime' },
          { item: 'bg.benefitMonths', convert: 'number', selector: '#uitkering', pattern: '(\\d{1,3}) maanden' },
        ],
        writeBack: { selector: 'textarea.notes' },
      } satisfies Adapter,
    ]);
  });

  it('editing an adapter under a new id and origin replaces it and gives the old origin back', async () => {
    stubs = stubBrowser({ granted: [`${ANDER}/*`] });
    await store.saveAdapter(presetAt('werkplein-demo', ANDER));
    await mount();
    await click($(row('werkplein-demo'), '[data-testid="adapter-edit"]'));
    await waitFor(root, '[data-testid="adapter-form"]');
    await type('adapter-id', 'zaak-nieuw');
    await type('adapter-origin', ZAAK);
    await saveInGesture();
    expect((await stored()).map((a) => [a.id, a.origin])).toEqual([['zaak-nieuw', ZAAK]]);
    expect(stubs.remove).toHaveBeenCalledWith({ origins: [`${ANDER}/*`] });
  });
});

describe('options page: validation', () => {
  async function fillInvalid() {
    await startNew();
    await type('adapter-name', 'Zaak');
    await type('adapter-origin', 'http://zaak.example.nl');
    await type('adapter-reference-url', '^/klant/(\\d+');
    await type('adapter-reference-selector', 'div[');
    await click(byId('adapter-save'));
  }

  it('shows each problem next to its field in Dutch, linked for assistive technology, and saves nothing', async () => {
    await mount('nl');
    await fillInvalid();
    expect(byId('adapter-origin-error').textContent).toBe(t('adapter.issue.origin', 'nl'));
    expect(byId('adapter-reference-url-error').textContent).toBe('Dit is geen geldige reguliere expressie.');
    expect(byId('adapter-reference-selector-error').textContent).toBe('De browser kan de CSS-selector div[ niet lezen.');
    const origin = byId('adapter-origin');
    expect(origin.getAttribute('aria-invalid')).toBe('true');
    expect(origin.getAttribute('aria-describedby')).toBe('adapter-origin-hint adapter-origin-error');
    expect(byId('adapter-name').getAttribute('aria-invalid')).toBe('false');
    const summary = byId('adapter-form-problems');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('Nog niet opgeslagen: 3 veld(en) kloppen niet.');
    expect(summary.textContent).toContain('Cliëntnummer in het adres (patroon): Dit is geen geldige reguliere expressie.');
    expect($(summary, 'a[href="#adapter-origin"]')).toBeTruthy();
    expect(stubs.request).not.toHaveBeenCalled();
    expect(stubs.sendMessage).not.toHaveBeenCalled();
    expect(await stored()).toEqual([]);

    // fixed fields lose their error at once
    await type('adapter-origin', ZAAK);
    expect(maybe('adapter-origin-error')).toBeNull();
  });

  it('the same problems in English, and a missing name is named', async () => {
    await mount('en');
    await fillInvalid();
    await type('adapter-name', '');
    expect(byId('adapter-origin-error').textContent).toBe(t('adapter.issue.origin', 'en'));
    expect(byId('adapter-reference-url-error').textContent).toBe('This is not a valid regular expression.');
    expect(byId('adapter-reference-selector-error').textContent).toBe('The browser cannot read the CSS selector div[.');
    expect(byId('adapter-name-error').textContent).toBe('Name is required.');
    expect(await stored()).toEqual([]);
  });

  it('a pattern that can run away is refused next to its field, and nothing is asked or saved until it is fixed', async () => {
    await mount('nl');
    await startNew('werkplein-demo');
    await type('adapter-origin', ZAAK);
    await type('adapter-paths', '^/(a+)+$');
    await click(byId('adapter-save'));
    expect(byId('adapter-paths-error').textContent).toContain('Dit patroon kan de browser vast laten lopen');
    expect(byId('adapter-paths-error').textContent).toContain('^/(«a»+)+$');
    expect(byId('adapter-form-problems').textContent).toContain('Geldt voor pagina’s (patroon): Dit patroon kan de browser vast laten lopen');
    expect(stubs.request).not.toHaveBeenCalled();
    expect(await stored()).toEqual([]);
    // Fixed: the message goes, and the adapter saves.
    await type('adapter-paths', '^/(?!spa(/|$))');
    expect(maybe('adapter-paths-error')).toBeNull();
    await saveInGesture();
    expect((await stored())[0]?.paths).toBe('^/(?!spa(/|$))');
  });

  it('a stored adapter with a pattern that can run away (saved before the check) is flagged in the list, by field', async () => {
    await store.saveAdapter(presetAt('werkplein-demo-app', ZAAK));
    await store.saveAdapter({ ...presetAt('werkplein-demo', ZAAK), id: 'oud', paths: '^/(a|a)*b' });
    await mount('en');
    const warning = $(row('oud'), '[data-testid="adapter-runaway"]');
    expect(warning.textContent).toContain('This adapter was saved with a pattern Trede now refuses');
    expect(warning.textContent).toContain('Applies to pages (pattern): This pattern can freeze the browser');
    expect(row('werkplein-demo-app').querySelector('[data-testid="adapter-runaway"]')).toBeNull();
  });

  it('a new adapter may not take the id of a stored one', async () => {
    await store.saveAdapter(presetAt('werkplein-demo', ZAAK));
    await mount();
    await startNew('werkplein-demo');
    await click(byId('adapter-save'));
    expect(byId('adapter-id-error').textContent).toContain('Er is al een koppeling met het id werkplein-demo');
    expect(stubs.request).not.toHaveBeenCalled();
  });
});

describe('options page: delete', () => {
  it('asks twice, and gives the origin’s permission back only when no other adapter uses it', async () => {
    stubs = stubBrowser({ granted: [`${ZAAK}/*`, `${ANDER}/*`] });
    await store.saveAdapter(presetAt('werkplein-demo', ZAAK));
    await store.saveAdapter(presetAt('werkplein-demo-app', ZAAK));
    await store.saveAdapter({ ...presetAt('werkplein-demo', ANDER), id: 'ander', name: 'Ander systeem' });
    await mount();

    await click($(row('werkplein-demo'), '[data-testid="adapter-delete"]'));
    const confirm = $(row('werkplein-demo'), '[data-testid="adapter-delete-confirm"]');
    expect(document.activeElement).toBe(confirm);
    expect(row('werkplein-demo').textContent).toContain('“Werkplein Demo” echt verwijderen?');
    expect(await stored()).toHaveLength(3); // the first click deletes nothing
    await click(confirm);
    await waitFor(root, '[data-testid="adapters-notice"]');
    await vi.waitFor(() => expect(root.querySelector('[data-id="werkplein-demo"]')).toBeNull());
    expect((await stored()).map((a) => a.id).sort()).toEqual(['ander', 'werkplein-demo-app']);
    expect(stubs.remove).not.toHaveBeenCalled(); // the app variant still needs the origin
    expect(stubs.sendMessage).toHaveBeenCalledWith({ kind: 'trede/adapters-changed' });

    // cancelling keeps it
    await click($(row('werkplein-demo-app'), '[data-testid="adapter-delete"]'));
    await click($(row('werkplein-demo-app'), '[data-testid="adapter-delete-cancel"]'));
    expect(maybe('adapter-delete-confirm')).toBeNull();

    await click($(row('werkplein-demo-app'), '[data-testid="adapter-delete"]'));
    await click($(row('werkplein-demo-app'), '[data-testid="adapter-delete-confirm"]'));
    await vi.waitFor(() => expect(stubs.remove).toHaveBeenCalledTimes(1));
    expect(stubs.remove).toHaveBeenCalledWith({ origins: [`${ZAAK}/*`] });
    expect(stubs.granted.has(`${ANDER}/*`)).toBe(true);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="adapter-row"]')).toHaveLength(1));
    expect(stubs.sendMessage).toHaveBeenCalledTimes(2);
  });
});

describe('options page: import and export', () => {
  async function chooseFile(text: string, name = 'koppelingen.json') {
    const input = byId('import-file') as HTMLInputElement;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  async function paste(text: string) {
    await act(async () => {
      const area = byId('import-text') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(byId('import-read'));
  }

  const file = (adapters: unknown[]) => JSON.stringify({ format: 'trede.adapters/1', adapters });

  it('imports a valid file after confirmation, asking for its origins in the click', async () => {
    await mount();
    const incoming = [presetAt('werkplein-demo', ZAAK), { ...presetAt('werkplein-demo', ANDER), id: 'ander', name: 'Ander' }];
    await chooseFile(file(incoming));
    const preview = await waitFor(root, '[data-testid="import-preview"]');
    expect(preview.textContent).toContain('Te importeren: 2 koppeling(en).');
    expect(await stored()).toEqual([]); // nothing before the confirmation
    await act(async () => {
      byId('import-confirm').click();
      expect(stubs.request).toHaveBeenCalledWith({ origins: [`${ZAAK}/*`, `${ANDER}/*`] });
    });
    await waitFor(root, '[data-testid="adapters-notice"]');
    expect((await stored()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([incoming[1], incoming[0]]);
    expect(byId('adapters-notice').textContent).toContain('2 koppeling(en) geïmporteerd en actief.');
    expect(stubs.sendMessage).toHaveBeenCalledWith({ kind: 'trede/adapters-changed' });
    expect(maybe('import-preview')).toBeNull();
  });

  it('a file over 1 MB is refused by its size, before it is read; nothing saved', async () => {
    await mount();
    const input = byId('import-file') as HTMLInputElement;
    const huge = new File(['{}'], 'groot.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(byId('import-problem').textContent).toBe(
      'Het bestand groot.json is 25 MB groot; Trede leest koppelingsbestanden tot 1 MB. Er is niets gelezen of geïmporteerd. Kies het goede bestand, of verdeel de koppelingen over kleinere bestanden.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(maybe('import-confirm')).toBeNull();
    expect(await stored()).toEqual([]);
  });

  it('a file with a pattern that can run away: that adapter is named and refused, the rest can be imported', async () => {
    await mount('en');
    await chooseFile(file([presetAt('werkplein-demo-app', ZAAK), { ...presetAt('werkplein-demo', ZAAK), id: 'traag', clientPages: '(x+x+)+y' }]));
    const rejected = await waitFor(root, '[data-testid="import-rejected"]');
    expect(rejected.textContent).toContain('Adapter 2 (id traag) – Client pages (pattern): This pattern can freeze the browser');
    expect(byId('import-confirm').textContent).toBe('Import only the 1 valid adapter(s), not the rest');
    expect(await stored()).toEqual([]);
  });

  it('malformed JSON: a message with the position, in Dutch and English; nothing saved', async () => {
    await mount();
    await paste('{\n  "format": "trede.adapters/1",\n  "adapters": [,]\n}');
    expect(byId('import-problem').textContent).toBe('Dit is geen geldige JSON: de fout zit op regel 3, kolom 16. Er is niets geïmporteerd.');
    expect(maybe('import-confirm')).toBeNull();
    render(null, root);
    root.remove();
    await mount('en');
    await paste('{"format": "trede.adapters/1" "adapters": []}');
    expect(byId('import-problem').textContent).toBe('This is not valid JSON: the error is at line 1, column 31. Nothing was imported.');
    expect(await stored()).toEqual([]);
  });

  it('an invalid adapter is named with its field; only an explicit choice imports the rest', async () => {
    await mount();
    const broken = { ...presetAt('werkplein-demo', ZAAK), id: 'kapot', origin: 'ftp://zaak.example.nl' };
    await paste(file([presetAt('werkplein-demo-app', ZAAK), broken]));
    const rejected = byId('import-rejected');
    expect(rejected.textContent).toContain('1 koppeling(en) in dit bestand kloppen niet');
    expect(rejected.textContent).toContain('Koppeling 2 (id kapot) – Adres van het systeem: Geef het adres van het systeem als https://host');
    expect(byId('import-confirm').textContent).toBe('Alleen de 1 goede koppeling(en) importeren, de rest niet');
    expect(await stored()).toEqual([]);
    await click(byId('import-confirm'));
    await waitFor(root, '[data-testid="adapters-notice"]');
    expect(await stored()).toEqual([presetAt('werkplein-demo-app', ZAAK)]);
  });

  it('export writes a file that imports back to the same adapters', async () => {
    const originals = [presetAt('werkplein-demo', ZAAK), { ...presetAt('werkplein-demo-app', ANDER), id: 'ander-app' }];
    for (const adapter of originals) await store.saveAdapter(adapter);
    await mount();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:trede-test';
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await click(byId('export-all'));
    await click($(row('ander-app'), '[data-testid="adapter-export"]'));
    expect(downloads).toEqual(['trede-adapters.json', 'ander-app.json']);
    const exported = await blobs[0]!.text();
    expect(JSON.parse(await blobs[1]!.text())).toEqual({ format: 'trede.adapters/1', adapters: [originals[1]] });

    // into an empty store, through the page's own import
    for (const adapter of originals) await store.deleteAdapter(adapter.id);
    render(null, root);
    root.remove();
    await mount();
    await paste(exported);
    await click(byId('import-confirm'));
    await waitFor(root, '[data-testid="adapters-notice"]');
    const back = await stored();
    expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual([originals[1], originals[0]]);
  });
});

describe('options page: test on the current tab', () => {
  const answer: TestResponse = {
    href: `${ZAAK}/klant.html?nr=123456782`,
    reference: '123456782',
    url: null,
    element: { ok: true, value: '123456782' },
    onClientPage: true,
    prefill: {
      'bg.age': { ok: true, value: '2000-01-15' },
      'bg.children': { ok: true, value: 'geen' },
      'bg.youngestChildAge': { ok: false, miss: 'pattern-no-match', detail: 'jongste (\\d+)' },
      'bg.yearsSinceLastJob': { ok: true, value: 'onbekend' },
      'bg.benefitMonths': { ok: false, miss: 'element-missing', detail: '#uitkering-sinds time' },
    },
    writeBack: { ok: true, value: 'textarea' },
  };

  it('finds the latest tab of the origin, injects the script when none answers, and shows what it finds, masked', async () => {
    stubs = stubBrowser({
      tabs: [
        { id: 7, url: `${ZAAK}/lijst.html`, lastAccessed: 100 },
        { id: 9, url: `${ZAAK}/klant.html?nr=123456782`, lastAccessed: 200 },
        { id: 11, url: `${ANDER}/klant.html`, lastAccessed: 900 },
      ],
    });
    let injected = false;
    stubs.tabsSendMessage.mockImplementation(async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    });
    stubs.executeScript.mockImplementation(async () => {
      injected = true;
      return [];
    });
    await mount();
    await startNew('werkplein-demo');
    await type('adapter-origin', ZAAK);
    await act(async () => {
      byId('adapter-test').click();
      expect(stubs.request).toHaveBeenCalledWith({ origins: [`${ZAAK}/*`] });
    });
    const report = await waitFor(root, '[data-testid="test-report"]');

    expect(stubs.tabsQuery).toHaveBeenCalledWith({ url: [`${ZAAK}/*`] });
    expect(stubs.executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['overlay.js'] });
    expect(stubs.tabsSendMessage).toHaveBeenCalledTimes(2);
    const [tabId, message] = stubs.tabsSendMessage.mock.calls[0] as [number, { kind: string; rules: unknown }];
    expect(tabId).toBe(9);
    expect(message.kind).toBe('trede/test');
    expect(message.rules).toEqual(pageRules(presetAt('werkplein-demo', ZAAK)));

    expect(report.textContent).not.toContain('123456782');
    expect(byId('test-path').textContent).toBe('/klant.html?nr=••••••782');
    expect(byId('test-reference').textContent).toContain('••••••782 (van de pagina)');
    expect(byId('test-bsn').textContent).toContain('BSN');
    expect(byId('test-client-page').textContent).toBe('ja');
    expect(byId('test-prefill-bg.age').textContent).toMatch(/2000-01-15antwoord \d+/);
    expect(byId('test-prefill-bg.children').textContent).toContain('antwoord nee');
    expect(byId('test-prefill-bg.youngestChildAge').textContent).toContain('niet gevonden: de tekst past niet bij het patroon jongste (\\d+)');
    expect(byId('test-prefill-bg.yearsSinceLastJob').textContent).toContain('niet overgenomen: er staat geen volledige datum in');
    expect(byId('test-prefill-bg.benefitMonths').textContent).toContain('geen element gevonden voor #uitkering-sinds time');
    expect(byId('test-write-back').textContent).toContain('gevonden: een textarea-veld');
    expect(await stored()).toEqual([]); // testing saves nothing
  });

  it('translates misses of the reference and the write-back field (English)', async () => {
    stubs = stubBrowser({ tabs: [{ id: 3, url: `${ZAAK}/spa/klant/x`, lastAccessed: 1 }] });
    stubs.tabsSendMessage.mockResolvedValue({
      ...answer,
      href: `${ZAAK}/spa/klant/x`,
      reference: null,
      url: { ok: false, miss: 'url-no-match', detail: '^/spa/klant/(\\d+)' },
      element: { ok: false, miss: 'element-missing', detail: '#view' },
      onClientPage: false,
      writeBack: { ok: false, miss: 'not-editable', detail: 'div' },
    } satisfies TestResponse);
    await mount('en');
    await startNew('werkplein-demo-app');
    await type('adapter-origin', ZAAK);
    await click(byId('adapter-test'));
    await waitFor(root, '[data-testid="test-report"]');
    expect(stubs.executeScript).not.toHaveBeenCalled(); // a script was running already
    expect(byId('test-reference').textContent).toContain('no client number found');
    expect(byId('test-reference-misses').textContent).toContain('Address: the address does not fit the pattern ^/spa/klant/(\\d+)');
    expect(byId('test-reference-misses').textContent).toContain('Page: no element found for #view');
    expect(byId('test-write-back').textContent).toBe('not found: the element (div) is not a text field');
    expect(byId('test-client-page').textContent).toBe('no');
  });

  it('tested again on a second client page: says whether the adapter found a different client there, without ever showing a number', async () => {
    stubs = stubBrowser({ tabs: [{ id: 9, url: `${ZAAK}/klant.html?nr=123456782`, lastAccessed: 1 }] });
    let shown: TestResponse = answer;
    stubs.tabsSendMessage.mockImplementation(async () => shown);
    await mount();
    await startNew('werkplein-demo');
    await type('adapter-origin', ZAAK);
    const run = async () => {
      const before = root.querySelector('[data-testid="test-report"]');
      await click(byId('adapter-test'));
      await vi.waitFor(() => expect(root.querySelector('[data-testid="test-report"]')).not.toBe(before));
      await vi.waitFor(() => expect(root.querySelector('[data-testid="test-compare"]')).not.toBeNull());
      return byId('test-compare');
    };
    expect((await run()).dataset.comparison).toBe('first');
    expect(byId('test-compare').textContent).toContain('test opnieuw');
    expect((await run()).dataset.comparison).toBe('same-page');
    // Another client's page: a different client.
    shown = { ...answer, href: `${ZAAK}/klant.html?nr=710311528`, reference: '710311528', element: { ok: true, value: '710311528' } };
    const other = await run();
    expect(other.dataset.comparison).toBe('other-client');
    expect(other.textContent).toContain('hier ••••••528, op de vorige getest pagina ••••••782');
    // A third page that shows "the same client" again: the adapter reads something fixed.
    shown = { ...shown, href: `${ZAAK}/klant.html?nr=710204418` };
    const same = await run();
    expect(same.dataset.comparison).toBe('same-client');
    expect(same.className).toBe('field-warning');
    expect(root.textContent).not.toMatch(/123456782|710311528/u);
  });

  it('warns under a selector field about generated ids and positions, without blocking the save', async () => {
    await mount();
    await startNew('werkplein-demo');
    await type('adapter-origin', ZAAK);
    expect(root.querySelector('[data-testid="adapter-reference-selector-warning"]')).toBeNull();
    await type('adapter-reference-selector', '#ember1234 >>> tr:nth-child(3) td');
    const warning = byId('adapter-reference-selector-warning');
    expect(warning.textContent).toContain('#ember1234');
    expect(warning.textContent).toContain(':nth-child(3)');
    expect(byId('adapter-reference-selector').getAttribute('aria-describedby')).toContain('adapter-reference-selector-warning');
    await type('adapter-write-back', 'iframe#rapport >>> textarea');
    expect(root.querySelector('[data-testid="adapter-write-back-warning"]')).toBeNull();
    await click(byId('adapter-save'));
    await vi.waitFor(async () => expect((await stored()).map((a) => a.reference.element?.selector)).toEqual(['#ember1234 >>> tr:nth-child(3) td']));
  });

  it('without a tab of the system: says so with the miss text', async () => {
    await mount();
    await startNew('werkplein-demo');
    await type('adapter-origin', ZAAK);
    await click(byId('adapter-test'));
    await vi.waitFor(() => expect(byId('test-result').textContent).toContain(t('miss.no-page', 'nl')));
    expect(stubs.tabsSendMessage).not.toHaveBeenCalled();
  });

  it('an invalid form is not tested, and a refused permission is reported', async () => {
    await mount();
    await startNew();
    await click(byId('adapter-test'));
    expect(byId('test-result').textContent).toContain('Verbeter eerst de velden');
    expect(stubs.request).not.toHaveBeenCalled();

    await click(byId('adapter-cancel'));
    stubs.answer.grant = false;
    await startNew('werkplein-demo');
    await click(byId('adapter-test'));
    await vi.waitFor(() => expect(byId('test-result').textContent).toContain('Zonder toestemming voor http://127.0.0.1:5178'));
    expect(stubs.tabsQuery).not.toHaveBeenCalled();
  });
});

describe('options page shell and the way there', () => {
  it('follows the stored language: English when the settings say so', async () => {
    await store.saveSettings({ language: 'en' });
    const setting: LanguageSetting = { load: async () => (await store.getSettings()).language, save: async (language) => void (await store.saveSettings({ language })) };
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <LanguageProvider setting={setting}>
          <OptionsPage store={store} />
        </LanguageProvider>,
        root,
      );
    });
    await vi.waitFor(() => expect(root.textContent).toContain('There are no adapters yet.'));
    // The title follows in an effect after the text: wait for it too (it lagged on a busy machine).
    await vi.waitFor(() => expect(document.title).toBe('Trede – adapters'));
    await click(byId('lang-nl'));
    expect(root.textContent).toContain('Er zijn nog geen koppelingen.');
    await vi.waitFor(async () => expect((await store.getSettings()).language).toBe('nl'));
  });

  it('the side panel links to the options page', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <LanguageProvider initial="en">
          <App store={null} pageApis={null} />
        </LanguageProvider>,
        root,
      );
    });
    const link = byId('open-options');
    expect(link.textContent).toBe('Manage adapters');
    await click(link);
    expect(stubs.openOptionsPage).toHaveBeenCalledOnce();
  });

  it('lists unreadable stored adapters instead of hiding them', async () => {
    await store.saveAdapter(PRESETS[0]!);
    vi.spyOn(store, 'listAdapters').mockResolvedValue({ items: [], errors: [new Error('kapot record') as never] });
    await mount();
    expect(byId('adapters-unreadable').textContent).toContain('kapot record');
  });
});
