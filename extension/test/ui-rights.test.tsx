// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as download from '../src/ui/adapters/download';
import { ClientExportSchema } from '../src/store/client-export';
import type { TredeStore } from '../src/store/repo';
import { KEY_A, KEY_B } from './support/fixtures';
import { click, completePersona, mountView, setValue, waitFor, type Mounted } from './support/results-ui';
import { dumpDatabase, freshStore, tickingClock } from './support/store';

let store: TredeStore;
let ui: Mounted | null = null;
beforeEach(async () => {
  store = await freshStore(tickingClock());
});
afterEach(() => {
  ui?.unmount();
  ui = null;
  store.close();
  vi.restoreAllMocks();
});

async function clientWithData(clientKey = KEY_A) {
  await store.ensureClient(clientKey);
  await store.setClientLabel(clientKey, 'Marieke');
  const intake = await completePersona(store, clientKey, 'anouk');
  await store.recordOverride(intake.id, 'during', 'higher', 'Woont bij haar moeder');
  await store.recordOutcome({ clientKey, intakeId: intake.id, kind: 'started', date: '2026-12-01' });
  return intake;
}

const actions = async (clientKey: string) => (await store.listAudit(clientKey)).items.map((e) => e.action);

describe('the client screen', () => {
  it('leads to the client’s data, for the client that is open', async () => {
    const key = await store.clientKeyFor('KL-2026-0042');
    await clientWithData(key);
    ui = await mountView(store, { screen: 'client' });
    await setValue(ui.byTestId('client-ref'), 'KL-2026-0042');
    await click(ui.byTestId('client-open'));
    await click(await waitFor(() => ui!.byTestId('open-rights')));
    const table = await waitFor(() => ui!.byTestId('rights-counts'));
    expect(table.querySelector('[data-store="intakes"] td:last-child')!.textContent).toBe('1');
  });
});

describe('the client’s data screen', () => {
  it('counts what Trede keeps, per kind, and nothing of another client', async () => {
    await clientWithData(KEY_A);
    await clientWithData(KEY_B);
    ui = await mountView(store, { screen: 'rights', clientKey: KEY_A }, 'en');
    const table = await waitFor(() => ui!.byTestId('rights-counts'));
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-store'), tr.querySelector('td:last-child')!.textContent]);
    expect(rows).toEqual(expect.arrayContaining([['clients', '1'], ['intakes', '1'], ['outcomes', '1']]));
    expect(table.textContent).toContain('Intakes (answers, computed results, overrides)');
  });

  it('exports a JSON file in the trede.client-export/1 format, audited', async () => {
    await clientWithData();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    ui = await mountView(store, { screen: 'rights', clientKey: KEY_A });
    await click(await waitFor(() => ui!.byTestId('rights-export')));
    await waitFor(() => ui!.byTestId('rights-notice'));
    expect(saved).toHaveBeenCalledTimes(1);
    const [text, file] = saved.mock.calls[0]!;
    const data = ClientExportSchema.parse(JSON.parse(text));
    expect(data.clientKey).toBe(KEY_A);
    expect(data.client?.label).toBe('Marieke');
    expect(data.intakes[0]!.overrides.during?.[0]?.reason).toBe('Woont bij haar moeder');
    expect(file).toMatch(/^trede-client-aaaaaaaa-\d{4}-\d{2}-\d{2}\.json$/);
    expect(ui.byTestId('rights-notice').textContent).toContain(file);
    expect(await actions(KEY_A)).toContain('client-exported');
  });

  it('shows everything in a print view (questions with answers, report, override reason) and prints it, audited', async () => {
    const intake = await clientWithData();
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    ui = await mountView(store, { screen: 'rights', clientKey: KEY_A }, 'nl');
    await click(await waitFor(() => ui!.byTestId('rights-print-view')));
    const record = await waitFor(() => ui!.byTestId('client-record'));
    expect(ui.byTestId('record-nickname').textContent).toBe('Marieke');
    const block = record.querySelector(`[data-testid="record-intake"][data-intake-id="${intake.id}"]`)!;
    expect(block.textContent).toContain('Woont bij haar moeder');
    expect(block.querySelector('.record-answers')!.querySelectorAll('dt').length).toBeGreaterThan(20);
    expect(block.querySelector('.record-report')!.textContent).toContain('Participatieladder');
    // Showing it is not yet data leaving Trede; printing is.
    expect(await actions(KEY_A)).not.toContain('client-printed');
    await click(ui.byTestId('rights-print'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(await actions(KEY_A)).toContain('client-printed');
  });

  it('deletes only after a second, explicit step that names what goes; then nothing of the client is left', async () => {
    await clientWithData(KEY_A);
    await clientWithData(KEY_B);
    ui = await mountView(store, { screen: 'rights', clientKey: KEY_A }, 'en');
    await click(await waitFor(() => ui!.byTestId('rights-delete')));
    const confirm = ui.byTestId('rights-delete-confirm');
    expect(ui.byTestId('rights-delete-list').textContent).toContain('Intakes (answers, computed results, overrides): 1');
    expect(document.activeElement).toBe(ui.byTestId('rights-delete-yes'));
    // Cancelling deletes nothing.
    await click(ui.byTestId('rights-delete-no'));
    expect(ui.byTestId('rights-delete-confirm')).toBeNull();
    expect((await store.countClientRecords(KEY_A)).intakes).toBe(1);
    expect(confirm.isConnected).toBe(false);

    await click(ui.byTestId('rights-delete'));
    await click(ui.byTestId('rights-delete-yes'));
    const notice = await waitFor(() => ui!.byTestId('rights-notice'));
    expect(notice.textContent).toContain('Everything about this client has been deleted');
    await waitFor(() => ui!.byTestId('rights-nothing'));
    expect(JSON.stringify(await dumpDatabase(store.db.name)).includes(KEY_A)).toBe(false);
    expect((await store.countClientRecords(KEY_B)).intakes).toBe(1);
    expect((await store.listAudit()).items.at(-1)).toMatchObject({ action: 'client-erased', clientKey: null });
  });
});

describe('the side panel at start-up', () => {
  it('shows its first screen at once and sweeps clients past the retention period a few seconds later', async () => {
    let now = Date.parse('2023-01-01T10:00:00.000Z');
    store.close();
    store = await freshStore(() => new Date(now));
    await store.ensureClient(KEY_A);
    now = Date.parse('2026-01-01T10:00:00.000Z');
    ui = await mountView(store, { screen: 'client' });
    expect(ui.byTestId('client-ref')).toBeTruthy();
    expect(await store.getClient(KEY_A)).toBeDefined();
    await vi.waitFor(async () => expect(await store.getClient(KEY_A)).toBeUndefined(), { timeout: 15_000, interval: 200 });
  }, 20_000);
});

describe('carrying results back is audited', () => {
  async function results() {
    const intake = await completePersona(store, KEY_A, 'kees');
    ui = await mountView(store, { screen: 'results', clientKey: KEY_A, intakeId: intake.id });
    await waitFor(() => ui!.byTestId('ladder'));
    return intake;
  }

  it('copy and print each write an entry with the intake, before the data leaves', async () => {
    const intake = await results();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    await click(ui!.byTestId('copy-summary'));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    await click(ui!.byTestId('print-view'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const entries = (await store.listAudit(KEY_A)).items.filter((e) => e.action.startsWith('summary-'));
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ['summary-copied', { intakeId: intake.id }],
      ['summary-printed', { intakeId: intake.id }],
    ]);
  });

  it('copies nothing when the entry cannot be written, and says why', async () => {
    await results();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    vi.spyOn(store, 'recordEvent').mockRejectedValue(new Error('QuotaExceededError'));
    await click(ui!.byTestId('copy-summary'));
    const error = await waitFor(() => ui!.byTestId('carry-audit-error'));
    expect(error.textContent).toContain('QuotaExceededError');
    expect(error.textContent).toContain('niets gekopieerd');
    expect(writeText).not.toHaveBeenCalled();
  });
});
