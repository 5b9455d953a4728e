// A corrupt record, in real Chromium with the built extension: a client with a completed intake and a draft,
// whose draft record is then overwritten in IndexedDB with one that fails its schema (answers a string).
// After a reload the client screen names the unreadable record and its store, and the client stays usable:
// the results and the history of the intake open, a new intake can be answered and saved. The first save
// sets the corrupt record aside, unchanged, in the quarantine store; it is never silently overwritten.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerStepByKeyboard,
  completeIntakeByKeyboard,
  openClientByKeyboard,
  openPanel,
  readStoresInPage,
  startIntake,
  waitSaved,
} from '../../scripts/bench/panel.mjs';
import { seriousViolations } from './axe.js';
import { type ExtensionBrowser, launchBuiltExtension, saveScreenshot } from './browser.js';

const REFERENCE = 'WP-2026-0021';

type Row = Record<string, unknown>;
type Stores = Record<string, Row[]>;

/** Puts one record, as given, into a store of the 'trede' database: no schema, no app code. In-page. */
async function rawPutInPage({ store, record }: { store: string; record: unknown }): Promise<void> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('trede');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(record);
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onabort = () => fail(tx.error ?? new DOMException('aborted', 'AbortError'));
    });
  } finally {
    db.close();
  }
}

const readStores = async (page: Page, names: string[]) => (await page.evaluate(readStoresInPage, names)) as Stores;

describe('a corrupt draft record', () => {
  let browser: ExtensionBrowser;
  let panelUrl: string;
  let page: Page;
  let clientKey: string;
  let intakeId: string;
  let corrupt: Row;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Without encryption: the test writes and reads records raw, in the shape the schema checks.
    browser = await launchBuiltExtension({ trede: 'plain' });
    panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    page = await openPanel(browser.context, panelUrl, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a client with a completed intake and a draft whose answers are overwritten with a string', async () => {
    await openClientByKeyboard(page, REFERENCE);
    await startIntake(page);
    await completeIntakeByKeyboard(page);
    await page.getByTestId('back-to-client').click();
    await page.getByTestId('latest-intake').waitFor();
    await startIntake(page);
    expect(await answerStepByKeyboard(page)).toBeGreaterThan(0);
    await waitSaved(page);

    const stores = await readStores(page, ['drafts', 'intakes', 'quarantine']);
    expect(stores.intakes).toHaveLength(1);
    expect(stores.drafts).toHaveLength(1);
    expect(stores.quarantine).toEqual([]);
    intakeId = stores.intakes![0]!.id as string;
    const draft = stores.drafts![0]!;
    clientKey = draft.clientKey as string;
    expect(Object.keys(draft.answers as object).length).toBeGreaterThan(0);
    corrupt = { ...draft, answers: 'kapot' };
    await page.evaluate(rawPutInPage, { store: 'drafts', record: corrupt });
    expect((await readStores(page, ['drafts'])).drafts).toEqual([corrupt]);
  });

  it('after a reload the client screen names the unreadable record and its store, and passes axe', async () => {
    await page.reload();
    await page.getByTestId('client-ref').waitFor();
    await openClientByKeyboard(page, REFERENCE);
    const problems = page.getByTestId('client-unreadable');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Niet alles van deze cliënt kon worden gelezen');
    expect(text).toContain(`"drafts" (sleutel ${clientKey})`);
    expect(await page.getByTestId('client-draft-unreadable').textContent()).toContain('blijft bewaard');
    // The rest of the client is there: the completed intake, and a new intake can start (no resume).
    expect(await page.getByTestId('latest-intake').getAttribute('data-intake-id')).toBe(intakeId);
    expect(await page.getByTestId('start-intake').getAttribute('data-resume')).toBe('false');
    await saveScreenshot(page, 'corrupt-record-01-client', true);
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    // Reading it changed nothing.
    const stores = await readStores(page, ['drafts', 'quarantine']);
    expect(stores.drafts).toEqual([corrupt]);
    expect(stores.quarantine).toEqual([]);
  });

  it('the results and the history of the completed intake still open', async () => {
    await page.getByTestId('open-results').click();
    await page.getByTestId('screen-results').waitFor();
    await page.getByTestId('ladder').waitFor();
    await page.getByTestId('open-history').click();
    await page.getByTestId('screen-history').waitFor();
    await page.getByTestId('history-item').first().waitFor();
    expect(await page.getByTestId('history-item').count()).toBe(1);
    expect(await page.getByTestId('history-item').first().getAttribute('data-intake')).toBe(intakeId);
    await page.getByTestId('back-to-client').click();
    await page.getByTestId('client-unreadable').waitFor();
  });

  it('a new answer is saved, and the corrupt record is set aside unchanged in the quarantine, not overwritten', async () => {
    await startIntake(page);
    const unreadable = page.getByTestId('draft-unreadable');
    await unreadable.waitFor();
    expect(await unreadable.textContent()).toContain('blijft ongewijzigd bewaard');
    // Still nothing moved or overwritten before an answer is given.
    expect((await readStores(page, ['drafts'])).drafts).toEqual([corrupt]);

    const item = await page.$eval('fieldset[data-testid^="question-"] input[type="radio"]', (input) =>
      input.closest('fieldset')!.getAttribute('data-testid')!.slice('question-'.length),
    );
    await page.locator(`fieldset[data-testid="question-${item}"] input[type="radio"]`).first().check();
    await waitSaved(page);
    const notice = page.getByTestId('draft-set-aside');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      `Het onleesbare record in "drafts" (sleutel ${clientKey}) is ongewijzigd apart gezet in de quarantaine (nummer 1); het nieuwe record vervangt het.`,
    );
    await saveScreenshot(page, 'corrupt-record-02-set-aside');

    const stores = await readStores(page, ['drafts', 'quarantine', 'audit']);
    expect(stores.quarantine).toHaveLength(1);
    expect(stores.quarantine![0]).toMatchObject({ id: 1, store: 'drafts', key: clientKey, clientKey });
    expect(stores.quarantine![0]!.record).toEqual(corrupt);
    expect(stores.drafts).toHaveLength(1);
    expect(stores.drafts![0]).toMatchObject({ clientKey });
    expect(Object.keys(stores.drafts![0]!.answers as object)).toEqual([item]);
    expect(stores.audit!.filter((e) => e.action === 'record-set-aside').map((e) => e.detail)).toEqual([
      { store: 'drafts', recordKey: clientKey, quarantineId: 1 },
    ]);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
