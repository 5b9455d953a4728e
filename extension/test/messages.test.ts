// @vitest-environment happy-dom
// Messages between Trede's parts: who may send what, and in which shape. The background's handlers have their
// own forged-sender tests (test/background-overlay.test.ts); these cover the checks themselves, the side panel's
// listener and the content script's side.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { presetAt } from '../src/adapters/presets';
import { pageRules } from '../src/adapters/schema';
import { browserPageApis } from '../src/app/page-link';
import { startOverlay, type Overlay } from '../src/overlay/controller';
import { detect } from '../src/overlay/detect';
import { DetectedSchema, DetectionReportSchema, TestResponseSchema, WriteBackResponseSchema } from '../src/overlay/message-schemas';
import { isBadgeResponse, isRulesResponse, isToContentScript, MAX_WRITE_BACK, type DetectionReport, type ToBackground } from '../src/overlay/protocol';
import { contentScriptOrigin, fromTrede, senderKind, type Sender } from '../src/overlay/senders';

const SELF = { id: 'trede-id', getURL: (path: string) => `chrome-extension://trede-id/${path.replace(/^\//, '')}` };
const PAGE = 'https://zaak.example.nl/klant.html';
const contentScript: Sender = { id: 'trede-id', url: PAGE, tab: { id: 4, url: PAGE }, frameId: 0 };
const optionsPage: Sender = { id: 'trede-id', url: 'chrome-extension://trede-id/options.html' };
const RULES = pageRules(presetAt('werkplein-demo', 'https://zaak.example.nl'));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('who sent it (src/overlay/senders.ts)', () => {
  it('tells Trede’s content script from Trede’s pages', () => {
    expect(senderKind(contentScript, SELF)).toBe('content-script');
    expect(contentScriptOrigin(contentScript, SELF)).toBe('https://zaak.example.nl');
    expect(senderKind(optionsPage, SELF)).toBe('extension-page');
    // The side panel opened as a tab is still a page of Trede's, not a content script.
    expect(senderKind({ ...optionsPage, tab: { id: 2 } }, SELF)).toBe('extension-page');
    expect(contentScriptOrigin(optionsPage, SELF)).toBeNull();
  });

  it.each<[string, Sender | undefined]>([
    ['nothing known', undefined],
    ['another extension', { ...contentScript, id: 'other' }],
    ['no id', { url: PAGE, tab: { id: 4 } }],
    ['an iframe', { ...contentScript, frameId: 2 }],
    ['no tab', { id: 'trede-id', url: PAGE }],
    ['no address', { id: 'trede-id', tab: { id: 4 } }],
    ['a javascript: address', { ...contentScript, url: 'javascript:alert(1)' }],
    ['a page of another extension', { id: 'trede-id', url: 'chrome-extension://other/options.html' }],
  ])('refuses %s', (_why, sender) => {
    expect(senderKind(sender, SELF)).toBeNull();
    expect(contentScriptOrigin(sender, SELF)).toBeNull();
  });

  it('the content script takes messages from Trede only', () => {
    expect(fromTrede(optionsPage, SELF)).toBe(true);
    expect(fromTrede({ id: 'trede-id' }, SELF)).toBe(true); // the background, where the browser gives no address
    expect(fromTrede({ ...optionsPage, id: 'other' }, SELF)).toBe(false);
    expect(fromTrede(contentScript, SELF)).toBe(false); // a web page's address
    expect(fromTrede(undefined, SELF)).toBe(false);
  });
});

describe('what the content script accepts (src/overlay/protocol.ts)', () => {
  it('the four messages Trede sends it', () => {
    for (const message of [
      { kind: 'trede/state' },
      { kind: 'trede/refresh' },
      { kind: 'trede/write-back', text: 'Samenvatting' },
      { kind: 'trede/test', rules: RULES },
    ]) {
      expect(isToContentScript(message), message.kind).toBe(true);
    }
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { kind: 'trede/erase-everything' }],
    ['not an object', 'trede/state'],
    ['an array', [{ kind: 'trede/state' }]],
    ['extra fields', { kind: 'trede/state', tabId: 1 }],
    ['write-back without text', { kind: 'trede/write-back' }],
    ['write-back with markup as an object', { kind: 'trede/write-back', text: { html: '<img src=x onerror=alert(1)>' } }],
    ['an oversized write-back', { kind: 'trede/write-back', text: 'x'.repeat(MAX_WRITE_BACK + 1) }],
    ['test without rules', { kind: 'trede/test' }],
    ['test with a prefill that is not a list', { kind: 'trede/test', rules: { ...RULES, prefill: {} } }],
    ['test with a selector that is not text', { kind: 'trede/test', rules: { ...RULES, reference: { element: { selector: 1 } } } }],
  ])('refuses %s', (_why, message) => {
    expect(isToContentScript(message)).toBe(false);
  });

  it('checks the background’s answers before using them', () => {
    expect(isRulesResponse(null)).toBe(true);
    expect(isRulesResponse({ adapterId: 'a', adapterName: 'A', rules: RULES })).toBe(true);
    expect(isRulesResponse({ adapterId: 'a', adapterName: 'A', rules: { reference: 'x' } })).toBe(false);
    expect(isRulesResponse(undefined)).toBe(false);
    expect(isBadgeResponse({ tone: 'none', text: 't', title: 't' })).toBe(true);
    expect(isBadgeResponse({ tone: 'none', text: 1, title: 't' })).toBe(false);
  });

  it('an answer to "rules" of another shape leaves the page alone: no badge, no detection', async () => {
    document.body.innerHTML = '<span id="klantnummer">710204418</span>';
    const sent: ToBackground[] = [];
    let overlay: Overlay | null = null;
    const send = vi.fn(async (message: ToBackground) => {
      sent.push(message);
      // clientPages as a regular expression object instead of text: refused before anything runs
      return message.kind === 'trede/rules' ? { adapterId: 'x', adapterName: 'X', rules: { ...RULES, clientPages: /./ } } : undefined;
    });
    overlay = startOverlay({ doc: document, send, listen: () => {} });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    overlay.check();
    expect(sent.map((m) => m.kind)).toEqual(['trede/rules']);
    expect(document.querySelector('trede-badge')).toBeNull();
    overlay.stop();
  });
});

describe('what the side panel accepts (src/overlay/message-schemas.ts, src/app/page-link.ts)', () => {
  const real = (): DetectionReport => {
    document.body.innerHTML = '<table><tr><td id="klantnummer">710204418</td></tr></table><textarea id="notities"></textarea>';
    const { anchor: _anchor, ...rest } = detect(document, `${PAGE}?klantnummer=710204418`, RULES);
    return { ...rest, adapterId: 'werkplein-demo', adapterName: 'Werkplein Demo' };
  };

  it('a detection as detect() makes it passes unchanged', () => {
    const detection = real();
    expect(DetectionReportSchema.parse(detection)).toEqual(detection);
    expect(DetectedSchema.safeParse({ kind: 'trede/detected', detection }).success).toBe(true);
  });

  it.each<[string, (d: DetectionReport) => unknown]>([
    ['an extra field', (d) => ({ ...d, html: '<b>' })],
    ['a reference of another type', (d) => ({ ...d, reference: 710204418 })],
    ['a reference longer than any page text detect() returns', (d) => ({ ...d, reference: '7'.repeat(2_001) })],
    ['an unknown miss code', (d) => ({ ...d, element: { ok: false, miss: 'pwned' } })],
    ['an unknown prefill question', (d) => ({ ...d, prefill: { 'bg.shoeSize': { ok: true, value: '44' } } })],
    ['an adapter name longer than an adapter may have', (d) => ({ ...d, adapterName: 'x'.repeat(81) })],
  ])('refuses a detection with %s', (_why, forge) => {
    expect(DetectionReportSchema.safeParse(forge(real())).success).toBe(false);
  });

  it('the answer to "test on the current tab" (options page): a detection without adapter, nothing more', () => {
    const { adapterId: _id, adapterName: _name, ...answer } = real();
    expect(TestResponseSchema.parse(answer)).toEqual(answer);
    expect(TestResponseSchema.safeParse({ ...answer, adapterId: 'x' }).success).toBe(false);
    expect(TestResponseSchema.safeParse({ ...answer, prefill: null }).success).toBe(false);
  });

  it('the write-back answer: the content script’s own shapes only', () => {
    expect(WriteBackResponseSchema.safeParse({ ok: true, field: 'textarea' }).success).toBe(true);
    expect(WriteBackResponseSchema.safeParse({ ok: false, miss: 'no-write-back', detail: '' }).success).toBe(true);
    expect(WriteBackResponseSchema.safeParse({ ok: 'yes' }).success).toBe(false);
  });

  it('the panel hears detections from Trede’s content script only', async () => {
    // The checks load with the first message; loaded now, a refused message is refused within a tick.
    await Promise.all([import('../src/overlay/senders'), import('../src/overlay/message-schemas')]);
    fakeBrowser.reset();
    const apis = browserPageApis()!;
    const heard = vi.fn();
    const off = apis.onDetected(heard);
    const detection = real();
    const tab = { id: 4, url: PAGE, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const fromPage = { id: fakeBrowser.runtime.id, url: PAGE, tab, frameId: 0 };
    const message = { kind: 'trede/detected', detection };
    await fakeBrowser.runtime.onMessage.trigger(message, { ...fromPage, id: 'other-extension' });
    await fakeBrowser.runtime.onMessage.trigger(message, { ...fromPage, frameId: 1 });
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
    await fakeBrowser.runtime.onMessage.trigger({ ...message, detection: { ...detection, reference: ['x'] } }, fromPage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger(message, fromPage);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(detection, 4));
    expect(heard).toHaveBeenCalledTimes(1);
    off();
  });
});
