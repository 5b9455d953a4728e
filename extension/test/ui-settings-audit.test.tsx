// @vitest-environment happy-dom
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../src/i18n/context';
import type { Lang } from '../src/i18n/t';
import type { TredeStore } from '../src/store/repo';
import * as download from '../src/ui/adapters/download';
import { presetAt } from '../src/adapters/presets';
import { OptionsPage } from '../src/ui/adapters/OptionsPage';
import { AdaptersScreen } from '../src/ui/screens/AdaptersScreen';
import { AUDIT_PAGE, AuditScreen } from '../src/ui/audit/AuditScreen';
import { SettingsScreen } from '../src/ui/settings/SettingsScreen';
import { stubBrowser } from './support/adapters-browser';
import { exampleAnswers, KEY_A, KEY_B } from './support/fixtures';
import { freshStore, tickingClock } from './support/store';
import { $, click, settle, typeInto, waitFor } from './support/ui';

let store: TredeStore;
let root: HTMLElement;

afterEach(() => {
  render(null, root);
  root.remove();
  store.close();
  vi.restoreAllMocks();
});

async function mount(node: ComponentChildren, lang: Lang = 'nl') {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<LanguageProvider initial={lang}>{node}</LanguageProvider>, root);
  });
}

const byId = (id: string) => $(root, `[data-testid="${id}"]`);
const maybe = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function submit(form: HTMLElement) {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

async function choose(select: HTMLElement, value: string) {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the caseworker’s initials', () => {
  it('are saved as capitals without dots and become the actor of what follows', async () => {
    store = await freshStore(tickingClock());
    await mount(<SettingsScreen store={store} />);
    await waitFor(root, '[data-testid="initials-form"]');
    expect(byId('initials-current').textContent).toContain('Nog geen initialen');
    await typeInto(byId('initials-input') as HTMLInputElement, 'j.d. v.');
    await submit(byId('initials-form'));
    await waitFor(root, '[data-testid="initials-notice"]');
    expect(byId('initials-notice').textContent).toBe('Initialen opgeslagen: JDV.');
    expect(byId('initials-current').textContent).toBe('Nu ingesteld: JDV');
    await store.recordEvent('summary-copied', KEY_A);
    expect((await store.listAudit()).items.at(-1)?.actor).toBe('JDV');
  });

  it('refuses what are not 2 to 5 letters, naming what was typed, and keeps the old ones', async () => {
    store = await freshStore(tickingClock());
    await store.saveSettings({ initials: 'AB' });
    await mount(<SettingsScreen store={store} />, 'en');
    await waitFor(root, '[data-testid="initials-form"]');
    for (const typed of ['J', 'J2V', 'ABCDEF']) {
      await typeInto(byId('initials-input') as HTMLInputElement, typed);
      await submit(byId('initials-form'));
      expect(byId('initials-notice').textContent).toBe(`"${typed}" are not valid initials: use 2 to 5 letters, without digits or other characters.`);
      expect(byId('initials-input').getAttribute('aria-invalid')).toBe('true');
    }
    expect((await store.getSettings()).initials).toBe('AB');
  });
});

describe('the retention period in the settings', () => {
  async function withOldClient() {
    let now = Date.parse('2024-01-10T10:00:00.000Z');
    store = await freshStore(() => new Date(now));
    const done = await store.completeIntake(KEY_A, { answers: exampleAnswers() });
    if (!done.ok) throw new Error('not ok');
    await store.setClientLabel(KEY_A, 'Oud dossier');
    now = Date.parse('2026-06-01T10:00:00.000Z');
    await store.ensureClient(KEY_B);
  }

  it('is 24 months unless changed, previews what would go, and deletes it after a second step', async () => {
    await withOldClient();
    await mount(<SettingsScreen store={store} />);
    await waitFor(root, '[data-testid="retention-select"]');
    expect((byId('retention-select') as HTMLSelectElement).value).toBe('24');
    await click(byId('retention-preview'));
    await waitFor(root, '[data-testid="retention-clients"]');
    expect(byId('retention-clients').textContent).toContain('Oud dossier');
    expect(byId('retention-counts').textContent).toContain('Intakes (antwoorden, berekende uitkomsten, eigen inschattingen): 1');
    await click(byId('retention-apply'));
    expect(document.activeElement).toBe(byId('retention-yes'));
    expect((await store.countClientRecords(KEY_A)).intakes).toBe(1);
    await click(byId('retention-yes'));
    await waitFor(root, '[data-testid="retention-notice"]');
    expect(byId('retention-notice').textContent).toContain('Verwijderd:');
    expect((await store.countClientRecords(KEY_A)).intakes).toBe(0);
    expect((await store.countClientRecords(KEY_B)).clients).toBe(1);
    expect((await store.listAudit()).items.at(-1)).toMatchObject({ action: 'retention-erased', clientKey: null, detail: { trigger: 'manual' } });
  });

  it('can be switched off, and then nothing would go', async () => {
    await withOldClient();
    await mount(<SettingsScreen store={store} />, 'en');
    await waitFor(root, '[data-testid="retention-select"]');
    await choose(byId('retention-select'), 'null');
    await click(byId('retention-save'));
    await waitFor(root, '[data-testid="retention-notice"]');
    expect((await store.getSettings()).retentionMonths).toBeNull();
    await click(byId('retention-preview'));
    await waitFor(root, '[data-testid="retention-preview-result"]');
    expect(byId('retention-preview-result').textContent).toBe('The retention period is off: Trede deletes nothing by itself.');
    expect(maybe('retention-apply')).toBeNull();
  });
});

describe('the audit trail’s screen', () => {
  it('lists entries newest first with time, action, actor and key; pages; and filters on a typed reference', async () => {
    store = await freshStore(tickingClock());
    const key = await store.clientKeyFor('KL-77');
    await store.ensureClient(key);
    await store.saveSettings({ initials: 'JDV' });
    for (let i = 0; i < AUDIT_PAGE + 5; i++) await store.recordEvent('summary-copied', KEY_B);
    await store.recordEvent('summary-printed', key);
    await mount(<AuditScreen store={store} />, 'en');
    await waitFor(root, '[data-testid="audit-row"]');
    const rows = () => [...root.querySelectorAll('[data-testid="audit-row"]')];
    expect(rows()).toHaveLength(AUDIT_PAGE);
    expect(rows()[0]!.getAttribute('data-action')).toBe('summary-printed');
    expect(rows()[0]!.textContent).toContain('Results printed');
    expect(rows()[0]!.textContent).toContain('JDV');
    await click(byId('audit-more'));
    await settle();
    await vi.waitFor(() => expect(rows()).toHaveLength(AUDIT_PAGE + 8));
    expect(rows().at(-1)!.getAttribute('data-action')).toBe('client-created');
    expect(rows().at(-1)!.textContent).toContain('unknown'); // before the initials were set
    expect(maybe('audit-more')).toBeNull();

    await typeInto(byId('audit-filter') as HTMLInputElement, 'KL-77');
    await submit(root.querySelector('form')!);
    await vi.waitFor(() => expect(rows().map((r) => r.getAttribute('data-action'))).toEqual(['summary-printed', 'client-created']));
    expect((byId('audit-filter') as HTMLInputElement).value).toBe('');
    expect(byId('audit-filter-active').textContent).toContain(key.slice(0, 12));
  });

  it('exports as CSV and as JSON, each export itself audited', async () => {
    store = await freshStore(tickingClock());
    await store.ensureClient(KEY_A);
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    await mount(<AuditScreen store={store} />);
    await waitFor(root, '[data-testid="audit-row"]');
    await click(byId('audit-export-csv'));
    await waitFor(root, '[data-testid="audit-notice"]');
    const [csv, csvFile, type] = saved.mock.calls[0]!;
    expect(csvFile).toMatch(/^trede-logboek-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv');
    expect(csv.split('\r\n')[0]).toBe('id,at,action,actor,clientKey,detail');
    expect(csv).toContain(`client-created,,${KEY_A},{}`);
    await click(byId('audit-export-json'));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    const json = JSON.parse(saved.mock.calls[1]![0]);
    expect(json.schema).toBe('trede.audit-export/1');
    // The CSV export is in the JSON one: an export is recorded before the next.
    expect(json.entries.map((e: { action: string }) => e.action)).toEqual(['client-created', 'audit-exported']);
    expect(json.entries[1].detail).toEqual({ format: 'csv', count: 1 });
  });
});

describe('adapter files', () => {
  it('an import and an export are each audited with the number of adapters (adapters hold no client data)', async () => {
    store = await freshStore(tickingClock());
    stubBrowser();
    vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    await mount(<AdaptersScreen store={store} />);
    await waitFor(root, '[data-testid="import-text"]');
    await typeInto(byId('import-text') as HTMLInputElement, JSON.stringify({ format: 'trede.adapters/1', adapters: [presetAt('werkplein-demo', 'https://zaak.example.nl')] }));
    await click(byId('import-read'));
    await click(await waitFor(root, '[data-testid="import-confirm"]'));
    await waitFor(root, '[data-testid="adapters-notice"]');
    await click(byId('export-all'));
    await vi.waitFor(async () =>
      expect((await store.listAudit()).items.map((e) => [e.action, e.detail.count ?? null])).toEqual([
        ['adapter-saved', null],
        ['adapters-imported', 1],
        ['adapters-exported', 1],
      ]),
    );
  });
});

describe('the options page', () => {
  it('has the adapters, the settings and the audit trail, reachable from a list of links that move focus', async () => {
    store = await freshStore(tickingClock());
    stubBrowser();
    await mount(<OptionsPage store={store} />);
    await waitFor(root, '[data-testid="screen-audit"]');
    expect(byId('screen-settings')).toBeTruthy();
    expect(byId('screen-adapters')).toBeTruthy();
    await click(byId('options-nav-audit-heading'));
    expect(document.activeElement?.id).toBe('audit-heading');
    await click(byId('options-nav-settings-heading'));
    expect(document.activeElement?.id).toBe('settings-heading');
  });
});
