// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { convertPrefill } from '../src/adapters/prefill';
import { PRESETS } from '../src/adapters/presets';
import { App } from '../src/app/App';
import type { PageApis } from '../src/app/page-link';
import { LanguageProvider } from '../src/i18n/context';
import type { DetectionReport, StateResponse, ToContentScript } from '../src/overlay/protocol';
import type { TredeStore } from '../src/store/repo';
import { localDate } from '../src/ui/intake/model';
import { freshStore } from './support/store';
import { byTestId, click, settle, waitFor } from './support/ui';

const TAB = 5;

function detection(over: Partial<DetectionReport> = {}): DetectionReport {
  return {
    adapterId: 'werkplein-demo',
    adapterName: 'Werkplein Demo',
    href: 'http://127.0.0.1:5178/klant.html?klantnummer=710204418',
    reference: '710204418',
    url: null,
    element: { ok: true, value: '710204418' },
    onClientPage: true,
    prefill: {
      'bg.age': { ok: true, value: '1999-03-14' },
      'bg.children': { ok: true, value: '2 (jongste 2 jaar)' },
      'bg.youngestChildAge': { ok: true, value: '2' },
      'bg.yearsSinceLastJob': { ok: true, value: '2022-09-30' },
      'bg.benefitMonths': { ok: true, value: 'onbekend' },
    },
    writeBack: { ok: true, value: 'textarea' },
    ...over,
  };
}

/** The page in the active tab: what its content script would answer, and announcements on demand. */
function fakePage(initial: StateResponse) {
  let state = initial;
  let listener: ((d: DetectionReport, tabId: number) => void) | null = null;
  let tabListener: (() => void) | null = null;
  const asked: ToContentScript[] = [];
  const openOptions = vi.fn();
  const apis: PageApis = {
    activeTab: async () => TAB,
    ask: async (_tabId, message) => {
      asked.push(message);
      if (message.kind === 'trede/state') return state;
      if (message.kind === 'trede/write-back') return { ok: true, field: 'textarea' };
      return true;
    },
    onDetected: (l) => {
      listener = l;
      return () => (listener = null);
    },
    onTabChange: (l) => {
      tabListener = l;
      return () => (tabListener = null);
    },
    openOptions,
  };
  return {
    apis,
    asked,
    openOptions,
    /** What the content script answers from now on, without announcing it. */
    setState: (next: StateResponse) => (state = next),
    /** The browser reports a tab update (a hash change fires `status: complete` too). */
    tabUpdated: async () => {
      await act(async () => tabListener?.());
      await settle();
    },
    announce: async (d: DetectionReport, tabId = TAB) => {
      state = d;
      await act(async () => listener?.(d, tabId));
      await settle();
    },
  };
}

// The results screen and the scorer load lazily in the app; transforming them the first time can take seconds
// on a busy machine (the suite runs files in parallel), which must not count against the waits below.
beforeAll(async () => {
  await Promise.all([import('../src/ui/screens/ResultsScreen'), import('../src/store/scoring')]);
}, 60_000);

let root: HTMLElement;
async function mount(store: TredeStore, apis: PageApis) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <LanguageProvider initial="nl">
        <App store={store} pageApis={apis} />
      </LanguageProvider>,
      root,
    );
  });
  await settle(5);
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the panel follows the page', () => {
  it('opens the client the page shows, masked, and switches when the page does', async () => {
    const store = await freshStore();
    const page = fakePage(detection());
    await mount(store, page.apis);
    const panel = await waitFor(root, '[data-testid="client-panel"]');
    expect(panel.dataset.clientKey).toBe(await store.clientKeyFor('710204418'));
    expect(byTestId(root, 'page-status').textContent).toContain('••••••418');
    expect(root.textContent).not.toContain('710204418');

    await page.announce(detection({ reference: '710311528' }));
    await vi.waitFor(async () => expect(byTestId(root, 'client-panel').dataset.clientKey).toBe(await store.clientKeyFor('710311528')));
    // Another tab's announcement does not move the panel.
    await page.announce(detection({ reference: '710204418' }), TAB + 1);
    expect(byTestId(root, 'client-panel').dataset.clientKey).toBe(await store.clientKeyFor('710311528'));
  });

  it('says when the adapter no longer finds the client on a client page, with a way to the settings', async () => {
    const store = await freshStore();
    const page = fakePage(detection({ reference: null, element: { ok: false, miss: 'element-missing', detail: '#klantnummer' } }));
    await mount(store, page.apis);
    const alert = await waitFor(root, '[data-testid="page-broken"]');
    expect(alert.textContent).toContain('Werkplein Demo');
    expect(alert.textContent).toContain('geen element gevonden voor #klantnummer');
    await click(byTestId(root, 'page-open-options'));
    expect(page.openOptions).toHaveBeenCalled();
    // Not a client page: only a quiet note.
    await page.announce(detection({ reference: null, onClientPage: false }));
    expect(root.querySelector('[data-testid="page-broken"]')).toBeNull();
    expect(byTestId(root, 'page-status').dataset.kind).toBe('no-client');
  });

  it('never says the adapter no longer fits during 20 client switches, though every switch fires a tab update while the page is between clients', async () => {
    const store = await freshStore();
    const page = fakePage(detection());
    await mount(store, page.apis);
    await waitFor(root, '[data-testid="client-panel"]');
    const seen = new Set<string>();
    const record = () => {
      if (root.querySelector('[data-testid="page-broken"]')) seen.add('broken');
      const kind = root.querySelector<HTMLElement>('[data-testid="page-status"]')?.dataset.kind;
      if (kind) seen.add(kind);
    };
    const observer = new MutationObserver(record);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const numbers = ['710204418', '710311528'];
    for (let i = 1; i <= 20; i++) {
      const next = numbers[i % 2]!;
      // The hash changed, the old dossier is gone, the new one not there yet: the content script is within its grace period.
      page.setState({ ...detection({ reference: null, element: { ok: false, miss: 'element-missing', detail: '#klantnummer' } }), pending: true });
      await page.tabUpdated();
      record();
      await page.announce(detection({ reference: next }));
      await vi.waitFor(async () => expect(byTestId(root, 'client-panel').dataset.clientKey).toBe(await store.clientKeyFor(next)));
    }
    observer.disconnect();
    expect([...seen]).toEqual(['client']);
    // Once the content script's grace period is over it announces the missing client itself, and then the panel says so.
    await page.announce(detection({ reference: null, element: { ok: false, miss: 'element-missing', detail: '#klantnummer' } }));
    await waitFor(root, '[data-testid="page-broken"]');
  });

  it('does not follow a page whose reference is longer than any real one, and shows none of it', async () => {
    const store = await freshStore();
    const long = '7'.repeat(2_000);
    const page = fakePage(detection({ reference: long, element: { ok: true, value: long } }));
    await mount(store, page.apis);
    await vi.waitFor(() => expect(byTestId(root, 'page-status').dataset.kind).toBe('no-client'));
    expect(root.querySelector('[data-testid="client-panel"]')).toBeNull();
    expect(root.textContent).not.toContain('7777777');
  });
});

describe('prefill and write-back', () => {
  it('a new intake takes over the page’s facts, marked; a correction removes the mark; the intake keeps which came from the page', async () => {
    const store = await freshStore();
    await store.saveAdapter(PRESETS[0]!);
    const page = fakePage(detection());
    await mount(store, page.apis);
    await click(await waitFor(root, '[data-testid="start-intake"]'));
    const notice = await waitFor(root, '[data-testid="prefill-notice"]');
    expect(notice.textContent).toContain('4 antwoord(en) overgenomen');
    expect(notice.textContent).toContain('“onbekend” van de pagina past niet bij de vraag (er staat geen volledige datum in met dag, maand en jaar');
    const age = convertPrefill('bg.age', 'age-from-date', '1999-03-14', localDate());
    expect(age.ok).toBe(true);
    const ageInput = (await waitFor(root, '[data-testid="question-bg.age"] input')) as HTMLInputElement;
    expect(ageInput.value).toBe(String(age.ok && age.value));
    expect(byTestId(root, 'prefilled-bg.age').textContent).toBe('van de pagina');
    expect(byTestId(root, 'prefilled-bg.children')).toBeTruthy();
    const clientKey = await store.clientKeyFor('710204418');
    await vi.waitFor(async () => expect((await store.getDraft(clientKey))?.prefilled).toEqual({
      'bg.age': 'Werkplein Demo',
      'bg.children': 'Werkplein Demo',
      'bg.youngestChildAge': 'Werkplein Demo',
      'bg.yearsSinceLastJob': 'Werkplein Demo',
    }));

    // The caseworker corrects the age: no longer the page's answer.
    await act(async () => {
      ageInput.value = '40';
      ageInput.dispatchEvent(new Event('input', { bubbles: true }));
      ageInput.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[data-testid="prefilled-bg.age"]')).toBeNull();
    await vi.waitFor(async () => expect((await store.getDraft(clientKey))?.prefilled).not.toHaveProperty('bg.age'));

    // Finish from the last step; the results offer "insert summary" into the page's notes field.
    for (let i = 0; i < 20 && root.querySelector('[data-testid="intake-next"]'); i++) await click(byTestId(root, 'intake-next'));
    await click(byTestId(root, 'intake-finish'));
    const insert = await waitFor(root, '[data-testid="insert-summary"]');
    const intake = await store.latestIntake(clientKey);
    expect(intake?.prefilled).toEqual({ 'bg.children': 'Werkplein Demo', 'bg.youngestChildAge': 'Werkplein Demo', 'bg.yearsSinceLastJob': 'Werkplein Demo' });
    expect(page.asked.some((m) => m.kind === 'trede/refresh')).toBe(true); // the badge reads the new screening
    expect(insert.textContent).toBe('Samenvatting invoegen in Werkplein Demo');
    await click(insert);
    const written = page.asked.find((m) => m.kind === 'trede/write-back') as { text: string } | undefined;
    expect(written?.text).toContain('Trede');
    expect(written?.text).not.toContain('710204418');
    expect((await waitFor(root, '[data-testid="insert-status"]')).textContent).toContain('Samenvatting ingevoegd');
    // Data left Trede for the host system: audited, with the intake.
    expect((await store.listAudit(clientKey)).items.at(-1)).toMatchObject({ action: 'summary-inserted', detail: { intakeId: intake!.id } });
  });

  it('no prefill when the page shows another client than the one the intake is for', async () => {
    const store = await freshStore();
    await store.saveAdapter(PRESETS[0]!);
    const page = fakePage(detection());
    await mount(store, page.apis);
    await waitFor(root, '[data-testid="start-intake"]');
    // The page moved on to another client, whose announcement the panel has not handled yet.
    page.asked.length = 0;
    const moved = detection({ reference: '710311528' });
    (page.apis as { ask: PageApis['ask'] }).ask = async (_t, m) => (page.asked.push(m), m.kind === 'trede/state' ? moved : true);
    await click(byTestId(root, 'start-intake'));
    await waitFor(root, '[data-testid="intake-step-heading"]');
    expect(root.querySelector('[data-testid="prefill-notice"]')).toBeNull();
    expect(root.querySelector('[data-testid^="prefilled-"]')).toBeNull();
  });
});
