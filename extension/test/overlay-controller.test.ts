// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../src/adapters/presets';
import { pageRules } from '../src/adapters/schema';
import { BADGE_TAG } from '../src/overlay/badge';
import { startOverlay, type Overlay } from '../src/overlay/controller';
import type { DetectionReport, RulesResponse, ToBackground, ToContentScript } from '../src/overlay/protocol';

const multiPage = PRESETS.find((p) => p.id === 'werkplein-demo')!;
const RULES: RulesResponse = { adapterId: multiPage.id, adapterName: multiPage.name, rules: pageRules(multiPage) };

function clientFacts(nr: string) {
  // The multi-page demo's client page: its adapter looks for a client on client pages only.
  history.replaceState(null, '', `/klant.html?klantnummer=${nr}`);
  const table = document.createElement('table');
  const row = table.insertRow();
  const cell = row.insertCell();
  const span = document.createElement('span');
  span.id = 'klantnummer';
  span.textContent = nr;
  cell.append(span);
  const notes = document.createElement('textarea');
  notes.id = 'notities';
  document.body.replaceChildren(table, notes);
}

let overlay: Overlay | null = null;
afterEach(() => {
  overlay?.stop();
  overlay = null;
  document.body.replaceChildren();
});

function start(rules: RulesResponse = RULES) {
  const sent: ToBackground[] = [];
  let handler: ((m: ToContentScript) => unknown) | null = null;
  let currentRules = rules;
  const send = vi.fn(async (message: ToBackground) => {
    sent.push(message);
    if (message.kind === 'trede/rules') return currentRules;
    if (message.kind === 'trede/badge') return { tone: 'much-higher', text: `trede 3 · ${message.reference.slice(-3)}`, title: `Trede ${message.reference.slice(-3)}` };
    return undefined;
  });
  overlay = startOverlay({ doc: document, send, listen: (h) => (handler = h) });
  return {
    sent,
    ask: (m: ToContentScript) => handler!(m),
    setRules: (r: RulesResponse) => (currentRules = r),
    detected: () => sent.filter((m) => m.kind === 'trede/detected').map((m) => (m as { detection: DetectionReport }).detection),
  };
}

const badgeHost = () => document.querySelector(BADGE_TAG) as HTMLElement | null;

/** The badge's accessible name, read through its closed shadow root as only the test can (it keeps the root). */
function badgeName(): string | null {
  const root = badgeHost() && shadowRoots.get(badgeHost()!);
  return root?.querySelector('button')?.getAttribute('aria-label') ?? null;
}
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

describe('content script controller', () => {
  it('finds the client on load, puts the badge next to it and tells Trede', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    expect(t.detected()[0]).toMatchObject({ reference: '710204418', adapterId: 'werkplein-demo', onClientPage: true });
    // Not in the page's flow: a layer of its own under <html>, placed from the reference's box (e2e checks where).
    expect(badgeHost()?.parentNode).toBe(document.documentElement);
    expect(document.body.querySelector(BADGE_TAG)).toBeNull();
    await vi.waitFor(() => expect(badgeName()).toBe('Trede 418'));
    // Nothing outside the shadow root says what the badge shows.
    expect(badgeHost()!.getAttributeNames()).toEqual([]);
  });

  it('follows DOM changes to another client, and the badge survives the host re-rendering', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    clientFacts('710311528'); // the host replaces its whole view
    await vi.waitFor(() => expect(t.detected().map((d) => d.reference)).toEqual(['710204418', '710311528']));
    await vi.waitFor(() => expect(badgeName()).toBe('Trede 528'));
    const host = badgeHost();
    expect(host?.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    // same client, re-rendered: no new announcement, the same badge stays
    clientFacts('710311528');
    await new Promise((r) => setTimeout(r, 50));
    expect(badgeHost()).toBe(host);
    expect(t.detected()).toHaveLength(2);
  });

  it('puts the badge back when the page removes it', async () => {
    clientFacts('710204418');
    start();
    await vi.waitFor(() => expect(badgeHost()).not.toBeNull());
    const host = badgeHost()!;
    host.remove();
    await vi.waitFor(() => expect(badgeHost()).toBe(host));
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('removes the badge when the client disappears', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(badgeHost()).not.toBeNull());
    document.body.replaceChildren();
    await vi.waitFor(() => expect(badgeHost()).toBeNull());
    expect(t.detected()).toHaveLength(1); // "no client" is only reported after a grace period
  });

  it('answers the panel: current state, and write-back into the configured field', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    expect(t.ask({ kind: 'trede/state' })).toMatchObject({ reference: '710204418', writeBack: { ok: true, value: 'textarea' } });
    expect(t.ask({ kind: 'trede/write-back', text: 'samenvatting' })).toEqual({ ok: true, field: 'textarea' });
    expect((document.getElementById('notities') as HTMLTextAreaElement).value).toBe('samenvatting');
  });

  it('while a missing client is within its grace period, the state it answers is pending, and nothing is announced; after it, the miss is announced and answered', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    document.body.replaceChildren(); // the dossier is being replaced
    t.sent.length = 0;
    await vi.waitFor(() => expect(badgeHost()).toBeNull());
    expect(t.ask({ kind: 'trede/state' })).toMatchObject({ reference: null, pending: true });
    expect(t.detected()).toHaveLength(0);
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1), { timeout: 3_000 });
    expect(t.detected()[0]).toMatchObject({ reference: null, element: { ok: false, miss: 'element-missing' } });
    expect(t.ask({ kind: 'trede/state' })).not.toHaveProperty('pending');
    // The next client shows up: answered at once, never pending.
    clientFacts('710311528');
    await vi.waitFor(() => expect(t.detected()).toHaveLength(2));
    expect(t.ask({ kind: 'trede/state' })).toMatchObject({ reference: '710311528' });
    expect(t.ask({ kind: 'trede/state' })).not.toHaveProperty('pending');
  });

  it('checks paths and client pages at every navigation: a list full of numbers is no client, a dossier reached by a hash change is, and leaving the paths asks for rules again', async () => {
    const dossierRules: RulesResponse = {
      adapterId: 'modern',
      adapterName: 'Modern',
      rules: { paths: '^/modern/', clientPages: '^/modern/#/dossier/', reference: { element: { selector: 'td.nummer' } }, prefill: [] },
    };
    history.replaceState(null, '', '/modern/#/klanten');
    const list = document.createElement('table');
    for (const nr of ['710204418', '710311528']) list.insertRow().append(Object.assign(document.createElement('td'), { className: 'nummer', textContent: nr }));
    document.body.replaceChildren(list);
    const t = start(dossierRules);
    await vi.waitFor(() => expect(t.sent.filter((m) => m.kind === 'trede/rules')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(badgeHost()).toBeNull();
    expect(t.ask({ kind: 'trede/state' })).toMatchObject({ reference: null, onClientPage: false });
    // Into a dossier without a document load: the hash changes, the page re-renders.
    history.pushState(null, '', '/modern/#/dossier/d41');
    list.replaceChildren();
    list.insertRow().append(Object.assign(document.createElement('td'), { className: 'nummer', textContent: '710311528' }));
    await vi.waitFor(() => expect(t.detected().at(-1)).toMatchObject({ reference: '710311528', onClientPage: true }));
    expect(badgeHost()).not.toBeNull();
    // Back to the list: the badge goes at once.
    history.pushState(null, '', '/modern/#/klanten');
    list.insertRow().append(Object.assign(document.createElement('td'), { className: 'nummer', textContent: '710204418' }));
    await vi.waitFor(() => expect(badgeHost()).toBeNull());
    // Out of the adapter's paths: the background is asked which adapter fits now.
    history.pushState(null, '', '/spa/klant/710204418');
    list.insertRow();
    await vi.waitFor(() => expect(t.sent.filter((m) => m.kind === 'trede/rules')).toHaveLength(2));
    expect(t.sent.filter((m) => m.kind === 'trede/rules').at(-1)).toMatchObject({ href: expect.stringContaining('/spa/klant/710204418') });
  });

  it('follows a number that changes only inside a web component’s shadow root (the page’s own observer does not see it)', async () => {
    history.replaceState(null, '', '/modern/#/dossier/d1');
    const host = document.createElement('werkplein-kop');
    const number = Object.assign(document.createElement('strong'), { className: 'nummer', textContent: '710204418' });
    host.attachShadow({ mode: 'open' }).append(number);
    document.body.replaceChildren(host);
    const t = start({ adapterId: 'modern', adapterName: 'Modern', rules: { reference: { element: { selector: 'werkplein-kop >>> .nummer' } }, prefill: [] } });
    await vi.waitFor(() => expect(t.detected().at(-1)).toMatchObject({ reference: '710204418' }));
    number.textContent = '710311528';
    await vi.waitFor(() => expect(t.detected().at(-1)).toMatchObject({ reference: '710311528' }), { timeout: 400 });
  });

  it('asked right after the page changed, before its coalesced check ran, the state is already pending, not a miss', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    t.ask({ kind: 'trede/state' }); // a check just now: the next DOM change waits for the next frame
    document.body.replaceChildren();
    expect(t.ask({ kind: 'trede/state' })).toMatchObject({ reference: null, pending: true });
  });

  it('a test request applies unsaved rules without touching the page', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(t.detected()).toHaveLength(1));
    const report = t.ask({ kind: 'trede/test', rules: { reference: { element: { selector: '#elders' } }, prefill: [] } });
    expect(report).toMatchObject({ reference: null, element: { ok: false, miss: 'element-missing' } });
    expect(report).not.toHaveProperty('anchor');
  });

  it('without rules (adapter removed, permission withdrawn) it leaves the page alone', async () => {
    clientFacts('710204418');
    const t = start();
    await vi.waitFor(() => expect(badgeHost()).not.toBeNull());
    t.setRules(null);
    t.ask({ kind: 'trede/refresh' });
    await vi.waitFor(() => expect(badgeHost()).toBeNull());
    clientFacts('710311528');
    await new Promise((r) => setTimeout(r, 50));
    expect(badgeHost()).toBeNull();
    expect(t.detected()).toHaveLength(1);
  });

  it('never throws into the page when messaging fails', async () => {
    clientFacts('710204418');
    overlay = startOverlay({ doc: document, send: () => Promise.reject(new Error('extension reloaded')), listen: () => {} });
    await new Promise((r) => setTimeout(r, 20));
    expect(badgeHost()).toBeNull();
  });
});
