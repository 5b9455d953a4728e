// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageRules } from '../src/adapters/schema';
import { Badge, BADGE_TAG, type BadgeTone } from '../src/overlay/badge';
import { detect, findReference, readElement, readUrl } from '../src/overlay/detect';
import { isSteppedSelector, queryStepped, selectorSteps } from '../src/overlay/steps';
import { writeBack } from '../src/overlay/write-back';

const page = (html: string) => {
  document.body.innerHTML = html; // test fixture only: the code under test never writes HTML
};

const rules = (over: Partial<PageRules> = {}): PageRules => ({
  reference: { element: { selector: '#nr', pattern: '(\\d{9})' } },
  prefill: [],
  ...over,
});

beforeEach(() => page(''));

describe('reading values', () => {
  it('an element: text, attribute, pattern with capture group', () => {
    page('<span id="nr"> Klantnr.  710204418 </span><time id="d" datetime="1999-03-14">14-03-1999</time>');
    expect(readElement(document, { selector: '#nr' })).toMatchObject({ ok: true, value: 'Klantnr. 710204418' });
    expect(readElement(document, { selector: '#nr', pattern: '(\\d+)' })).toMatchObject({ ok: true, value: '710204418' });
    expect(readElement(document, { selector: '#d', attribute: 'datetime' })).toMatchObject({ ok: true, value: '1999-03-14' });
  });

  it('says why nothing was found', () => {
    page('<span id="nr">   </span><span id="x">abc</span>');
    expect(readElement(document, { selector: '#missing' })).toEqual({ ok: false, miss: 'element-missing', detail: '#missing' });
    expect(readElement(document, { selector: '#nr' })).toEqual({ ok: false, miss: 'empty', detail: '#nr' });
    expect(readElement(document, { selector: '#x', pattern: '\\d+' })).toEqual({ ok: false, miss: 'pattern-no-match', detail: '\\d+' });
    expect(readElement(document, { selector: 'div[[' })).toEqual({ ok: false, miss: 'selector-invalid', detail: 'div[[' });
  });

  it('a URL: path, query and hash, decoded', () => {
    expect(readUrl('https://x.nl/spa/klant/710204418?tab=1', '^/spa/klant/(\\d+)')).toEqual({ ok: true, value: '710204418' });
    expect(readUrl('https://x.nl/klant.html?klantnummer=12%2034', 'klantnummer=([^&]+)')).toEqual({ ok: true, value: '12 34' });
    expect(readUrl('https://x.nl/lijst', '^/klant/(\\d+)')).toMatchObject({ ok: false, miss: 'url-no-match' });
  });

  it('a 1 MB text node costs one slice, and the value is still found at its start', () => {
    page('<p id="big"></p>');
    document.getElementById('big')!.append(`710204418 ${'x'.repeat(1_048_576)}`);
    expect(readElement(document, { selector: '#big', pattern: '(\\d{9})' })).toMatchObject({ ok: true, value: '710204418' });
  });
});

describe('finding the client', () => {
  it('from the element, with the element as anchor for the badge', () => {
    page('<td><span id="nr">710204418</span></td>');
    const found = findReference(document, 'https://x.nl/klant.html', rules());
    expect(found.reference).toBe('710204418');
    expect(found.anchor).toBe(document.getElementById('nr'));
  });

  it('from the URL while the page still loads, from the element once it is there', () => {
    const both = rules({ reference: { url: { pattern: '/klant/(\\d+)' }, element: { selector: '#nr' } } });
    expect(findReference(document, 'https://x.nl/klant/710204418', both)).toMatchObject({ reference: '710204418', anchor: null });
    page('<b id="nr">710 204 418</b>');
    expect(findReference(document, 'https://x.nl/klant/710204418', both)).toMatchObject({ reference: '710 204 418' });
  });

  it('no client while URL and page disagree (the old dossier still on screen)', () => {
    page('<b id="nr">710311528</b>');
    const both = rules({ reference: { url: { pattern: '/klant/(\\d+)' }, element: { selector: '#nr' } } });
    const found = findReference(document, 'https://x.nl/klant/710204418', both);
    expect(found.reference).toBeNull();
    expect(found.element).toEqual({ ok: false, miss: 'url-and-page-disagree' });
  });

  it('detect: prefill values, write-back target and whether this is a client page', () => {
    page('<span id="nr">710204418</span><table><tr><td id="kids">2 (jongste 2 jaar)</td></tr></table><textarea id="notes"></textarea>');
    const d = detect(document, 'https://x.nl/klant.html?klantnummer=1', rules({
      clientPages: '^/klant\\.html',
      prefill: [
        { item: 'bg.children', convert: 'count-to-yes-no', selector: '#kids' },
        { item: 'bg.youngestChildAge', convert: 'number', selector: '#kids', pattern: 'jongste (\\d+)' },
        { item: 'bg.age', convert: 'age-from-date', selector: '#dob' },
      ],
      writeBack: { selector: '#notes' },
    }));
    expect(d.reference).toBe('710204418');
    expect(d.onClientPage).toBe(true);
    expect(d.prefill['bg.children']).toEqual({ ok: true, value: '2 (jongste 2 jaar)' });
    expect(d.prefill['bg.youngestChildAge']).toEqual({ ok: true, value: '2' });
    expect(d.prefill['bg.age']).toEqual({ ok: false, miss: 'element-missing', detail: '#dob' });
    expect(d.writeBack).toEqual({ ok: true, value: 'textarea' });
    expect(detect(document, 'https://x.nl/lijst.html', rules({ clientPages: '^/klant\\.html' })).onClientPage).toBe(false);
  });
});

describe('write-back', () => {
  it('appends to a textarea as typing would, fires input and change, never submits', () => {
    page('<form id="f"><textarea id="notes">Eerdere tekst</textarea></form>');
    const area = document.getElementById('notes') as HTMLTextAreaElement;
    const seen: string[] = [];
    area.addEventListener('input', (e) => seen.push(`${e.type}:${(e as InputEvent).inputType}`));
    area.addEventListener('change', (e) => seen.push(e.type));
    const submit = vi.fn((e: Event) => e.preventDefault());
    document.getElementById('f')!.addEventListener('submit', submit);
    expect(writeBack(document, '#notes', 'Trede-samenvatting\nregel 2')).toEqual({ ok: true, field: 'textarea' });
    expect(area.value).toBe('Eerdere tekst\n\nTrede-samenvatting\nregel 2');
    expect(seen).toEqual(['input:insertText', 'change']);
    expect(submit).not.toHaveBeenCalled();
  });

  it('a one-line input gets one line; contenteditable gets text, never HTML', () => {
    page('<input id="i" type="text"><div id="ce" contenteditable="true"></div>');
    writeBack(document, '#i', 'a\nb');
    expect((document.getElementById('i') as HTMLInputElement).value).toBe('a · b');
    writeBack(document, '#ce', '<img src=x onerror=alert(1)>\nnext');
    const ce = document.getElementById('ce')!;
    expect(ce.querySelector('img')).toBeNull();
    expect(ce.textContent).toBe('<img src=x onerror=alert(1)>next');
    expect(ce.querySelectorAll('br')).toHaveLength(1);
  });

  it('contenteditable: appends paragraphs of the kind the editor uses and keeps every existing node and its formatting', () => {
    page('<div id="journaal" contenteditable="true"><p>Gesprek op <b>maandag</b>.</p><ul><li>punt</li></ul><p class="eigen">Tweede <i>alinea</i></p></div>');
    const editor = document.getElementById('journaal')!;
    const before = [...editor.childNodes];
    const html = editor.innerHTML;
    const seen: string[] = [];
    editor.addEventListener('input', (e) => seen.push(`input:${(e as InputEvent).inputType}`));
    editor.addEventListener('change', (e) => seen.push(e.type));
    expect(writeBack(document, '#journaal', 'Trede 12-11-2026\nregel 2\n\nAdvies: <b>niet vet</b>')).toEqual({ ok: true, field: 'div' });
    // The same nodes, untouched, in front.
    expect([...editor.childNodes].slice(0, before.length)).toEqual(before);
    expect(editor.innerHTML.startsWith(html)).toBe(true);
    const added = [...editor.children].slice(3);
    expect(added.map((p) => p.localName)).toEqual(['p', 'p']);
    expect(added[0]!.textContent).toBe('Trede 12-11-2026regel 2');
    expect(added[0]!.querySelectorAll('br')).toHaveLength(1);
    expect(added[1]!.textContent).toBe('Advies: <b>niet vet</b>');
    expect(added[1]!.querySelector('b')).toBeNull();
    expect(seen).toEqual(['input:insertParagraph', 'change']);
    // An editor that writes its paragraphs as <div> gets a <div>.
    page('<div id="e" contenteditable="true"><div>eerste</div></div>');
    writeBack(document, '#e', 'nieuw');
    expect([...document.getElementById('e')!.children].map((c) => c.localName)).toEqual(['div', 'div']);
  });

  it('refuses what is not a text field, and says so', () => {
    page('<textarea id="ro" readonly></textarea><div id="d"></div>');
    expect(writeBack(document, '#ro', 'x')).toEqual({ ok: false, miss: 'not-editable', detail: 'textarea' });
    expect(writeBack(document, '#d', 'x')).toEqual({ ok: false, miss: 'not-editable', detail: 'div' });
    expect(writeBack(document, '#none', 'x')).toMatchObject({ ok: false, miss: 'element-missing' });
  });
});

describe('badge', () => {
  it('sits in a closed shadow root next to the reference; texts stay text', () => {
    page('<td><span id="nr">710204418</span></td>');
    const onClick = vi.fn();
    const badge = new Badge(document, onClick);
    badge.place(document.getElementById('nr'), document);
    // Not in the page's flow (a new cell, flex or grid item): a layer of its own under <html>.
    expect(document.getElementById('nr')!.nextSibling).toBeNull();
    expect(badge.host.parentNode).toBe(document.documentElement);
    expect(badge.host.tagName.toLowerCase()).toBe(BADGE_TAG);
    expect(badge.host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    badge.show({ tone: 'much-higher', text: '<b>x</b>', title: 'titel' });
    expect(document.querySelector('b')).toBeNull();
    const label = (badge as unknown as { label: HTMLElement }).label;
    expect(label.dataset.text).toBe('<b>x</b>');
    expect(label.childNodes).toHaveLength(0);
  });

  it('leaves no trace of the result outside its shadow root: no attribute, the same markup, no findable text', () => {
    page('<td><span id="nr">710204418</span></td>');
    const badge = new Badge(document, vi.fn());
    badge.place(document.getElementById('nr'), document);
    const outside = () => ({ html: document.body.innerHTML, attributes: badge.host.getAttributeNames(), text: badge.host.textContent });
    const pending = outside();
    const label = (badge as unknown as { label: HTMLElement }).label;
    for (const tone of ['none', 'screened', 'lower', 'around', 'higher', 'much-higher'] as const) {
      badge.show({ tone, text: `positie 4 van 12 · ${tone}`, title: `Trede: ${tone}` });
      expect(outside(), tone).toEqual(pending);
      // Shown through CSS generated content, not as a text node (find-in-page searches text nodes in shadow roots).
      expect(label.textContent, tone).toBe('');
    }
    expect(pending.attributes).toEqual([]);
  });

  it('takes its colour from the dropout band, concern by concern; a tone it does not know looks neutral', () => {
    const badge = new Badge(document, vi.fn());
    const button = (badge as unknown as { button: HTMLButtonElement }).button;
    const look = (tone: BadgeTone): string => {
      badge.show({ tone, text: 'x', title: 't' });
      return `${button.style.background} ${button.style.color}`;
    };
    const [lower, around, higher, muchHigher] = (['lower', 'around', 'higher', 'much-higher'] as const).map(look);
    expect(new Set([lower, around, higher, muchHigher]).size).toBe(4);
    expect(look('much-lower')).toBe(lower);
    expect(look('surprise' as BadgeTone)).toBe(look('screened'));
  });

  it('floats in the corner when the reference came from the URL, and moves back next to an element', () => {
    page('<span id="nr">1</span>');
    const badge = new Badge(document, () => {});
    const placement = (badge as unknown as { placement: HTMLStyleElement }).placement;
    badge.place(null, document);
    expect(badge.host.parentNode).toBe(document.documentElement);
    expect(placement.textContent).toContain('right:16px');
    badge.place(document.getElementById('nr'), document);
    expect(badge.host.parentNode).toBe(document.documentElement);
    // No layout here (happy-dom): a reference without a box is out of view, so the badge hides.
    expect(placement.textContent).toBe(':host{display:none!important}');
    expect(badge.host.getAttributeNames()).toEqual([]);
    badge.remove();
    expect(badge.placed).toBe(false);
  });

  it('sits just right of the reference’s text, below it in a narrow window, and hides when it is out of view', () => {
    page('<div id="box"><span id="nr">710204418</span></div>');
    const nr = document.getElementById('nr')!;
    let rect = { left: 100, top: 200, right: 180, bottom: 218, width: 80, height: 18 };
    const box = () => ({ ...rect, x: rect.left, y: rect.top, toJSON: () => rect }) as DOMRect;
    nr.getBoundingClientRect = box;
    const createRange = document.createRange.bind(document);
    document.createRange = () => Object.assign(createRange(), { getBoundingClientRect: box });
    const view = document.documentElement;
    const size = (width: number, height: number) => {
      Object.defineProperty(view, 'clientWidth', { configurable: true, value: width });
      Object.defineProperty(view, 'clientHeight', { configurable: true, value: height });
    };
    try {
      size(1000, 800);
      const badge = new Badge(document, () => {});
      const placement = (badge as unknown as { placement: HTMLStyleElement }).placement;
      badge.place(nr, document);
      expect(placement.textContent).toBe(':host{left:184px!important;top:195px!important}');
      badge.remove();
      size(400, 800);
      badge.place(nr, document);
      expect(placement.textContent).toBe(':host{left:97px!important;top:219px!important}');
      badge.remove();
      rect = { left: 100, top: -50, right: 180, bottom: -32, width: 80, height: 18 };
      badge.place(nr, document);
      expect(placement.textContent).toBe(':host{display:none!important}');
      badge.remove();
    } finally {
      delete (view as unknown as Record<string, unknown>).clientWidth;
      delete (view as unknown as Record<string, unknown>).clientHeight;
      document.createRange = createRange;
    }
  });
});

describe('adapter format 2: steps into shadow roots and frames, roles, client pages', () => {
  const header = (nr: string, mode: ShadowRootMode = 'open') => {
    const host = document.createElement('werkplein-kop');
    host.attachShadow({ mode }).append(Object.assign(document.createElement('span'), { className: 'nummer', textContent: nr }));
    document.body.append(host);
    return host;
  };

  it('a step (>>>) looks inside an open shadow root; a closed one cannot be entered', () => {
    header('710204418');
    const found = findReference(document, 'https://x.nl/', rules({ reference: { element: { selector: 'werkplein-kop >>> .nummer' } } }));
    expect(found.reference).toBe('710204418');
    expect(found.anchor?.getRootNode()).toBeInstanceOf(ShadowRoot);
    page('');
    header('710204418', 'closed');
    expect(findReference(document, 'https://x.nl/', rules({ reference: { element: { selector: 'werkplein-kop >>> .nummer' } } })).element).toEqual({
      ok: false,
      miss: 'element-missing',
      detail: 'werkplein-kop >>> .nummer',
    });
  });

  it('splits steps only outside quotes and brackets, and says when a step is not CSS', () => {
    expect(selectorSteps('a >>> b[title=">>>"] >>> c')).toEqual(['a', 'b[title=">>>"]', 'c']);
    expect(selectorSteps(':is(a >>> b)')).toEqual([':is(a >>> b)']);
    expect(queryStepped(document, 'a >>> ')).toBe('invalid');
    expect(queryStepped(document, 'werkplein-kop >>> ..x')).toBe('invalid');
    expect(isSteppedSelector('werkplein-kop >>> .nummer')).toBe(true);
    expect(isSteppedSelector('werkplein-kop >>> .nummer[')).toBe(false);
  });

  it('the URL says "client page" while the element gives the number: an internal dossier id is no disagreement', () => {
    page('<span id="nr">710204418</span>');
    const marked = rules({ reference: { url: { pattern: '^/#/dossier/(\\w+)', role: 'client-page' }, element: { selector: '#nr' } } });
    const onDossier = detect(document, 'https://x.nl/#/dossier/d8f3a1', marked);
    expect(onDossier).toMatchObject({ reference: '710204418', onClientPage: true });
    // Both as references, the same page disagrees, as before.
    const both = rules({ reference: { url: { pattern: '^/#/dossier/(\\w+)' }, element: { selector: '#nr' } } });
    expect(findReference(document, 'https://x.nl/#/dossier/d8f3a1', both).reference).toBeNull();
    // Elsewhere the URL says this is no client page: no client, though the number is on screen.
    expect(detect(document, 'https://x.nl/#/klanten', marked)).toMatchObject({ reference: null, onClientPage: false });
  });

  it('the reverse: an element says "client page" while the URL gives the number', () => {
    const marked = rules({ reference: { url: { pattern: '/klant/(\\d+)' }, element: { selector: '.dossier-kop', role: 'client-page' } } });
    expect(findReference(document, 'https://x.nl/klant/710204418', marked).reference).toBeNull();
    page('<h1 class="dossier-kop">Dossier</h1>');
    const found = findReference(document, 'https://x.nl/klant/710204418', marked);
    expect(found.reference).toBe('710204418');
    expect(found.anchor).toBe(document.querySelector('.dossier-kop'));
  });

  it('clientPages stops detection elsewhere: a list full of client numbers is never "a client", and nothing is read off it', () => {
    page('<table><tr><td id="nr">710204418</td></tr><tr><td>710311528</td></tr></table><textarea id="notes"></textarea>');
    const listed = rules({ clientPages: '^/#/dossier/', writeBack: { selector: '#notes' }, prefill: [{ item: 'bg.children', convert: 'number', selector: '#nr' }] });
    expect(detect(document, 'https://x.nl/#/klanten', listed)).toMatchObject({ reference: null, onClientPage: false, prefill: {}, writeBack: null });
    expect(detect(document, 'https://x.nl/#/dossier/1', listed)).toMatchObject({ reference: '710204418', onClientPage: true, writeBack: { ok: true } });
  });

  it('outside paths nothing is found and the page is no client page', () => {
    page('<span id="nr">710204418</span>');
    const scoped = rules({ paths: '^/modern/' });
    expect(detect(document, 'https://x.nl/spa/klant/710204418', scoped)).toMatchObject({ reference: null, onClientPage: false });
    expect(detect(document, 'https://x.nl/modern/#/dossier/1', scoped)).toMatchObject({ reference: '710204418', onClientPage: null });
  });
});
