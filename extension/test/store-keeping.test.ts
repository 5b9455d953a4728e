// Never losing an answer, at the store: two panels on one intake (two repositories on one database, as two
// windows have), intake sessions that end, unreadable records set aside instead of overwritten, and storage
// failures worded as what they are.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorText } from '../src/errors';
import { listenForDrafts, type DraftNotice } from '../src/store/draft-notices';
import { openStore, openTredeDb, type TredeStore } from '../src/store/repo';
import { ENGINE_VERSION } from '@trede/core';
import { CATALOGUE_VERSIONS, DB_VERSION } from '../src/store/schema';
import { exampleAnswers, KEY_A } from './support/fixtures';
import { dumpDatabase, rawPut, uniqueName } from './support/store';

const opened: TredeStore[] = [];
const stopListening: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((store) => store.close());
  stopListening.splice(0).forEach((stop) => stop());
});

/** Two repositories on one database: what two side panels (or a panel and a tab) have. */
async function twoPanels() {
  const name = uniqueName('two-panels');
  const a = await openStore({ name });
  const b = await openStore({ name });
  opened.push(a, b);
  return { name, a, b };
}

async function oneStore() {
  const store = await openStore({ name: uniqueName('keeping') });
  opened.push(store);
  return store;
}

const change = (value: number | boolean | string | null) => ({ value });

describe('two panels on the same intake', () => {
  it('answering alternately, every answer of both is kept', async () => {
    const { a, b } = await twoPanels();
    const first = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(1) }, step: 'basic-competences' });
    const session = first.draft.sessionId;
    const items = ['bc.teamwork', 'bc.planning', 'bc.flexibility', 'ctl.1', 'ctl.2', 'ctl.3', 'ctl.4', 'wa.1', 'wa.2', 'wa.3'];
    for (const [i, item] of items.entries()) {
      const panel = i % 2 ? a : b;
      await panel.saveDraftChanges(KEY_A, { sessionId: session, changes: { [item]: change(i + 1) }, step: 'basic-competences' });
    }
    const draft = (await a.getDraft(KEY_A))!;
    expect(Object.keys(draft.answers).sort()).toEqual(['bc.stress', ...items].sort());
    expect(draft.revision).toBe(items.length);
    expect(draft.sessionId).toBe(session);
  });

  it('saving at the same moment, neither panel undoes the other', async () => {
    const { a, b } = await twoPanels();
    const saves = Array.from({ length: 30 }, (_, i) =>
      (i % 2 ? a : b).saveDraftChanges(KEY_A, { changes: { [`item.${i}`]: change(i) }, step: 'background' }),
    );
    await Promise.all(saves);
    const draft = (await b.getDraft(KEY_A))!;
    expect(Object.keys(draft.answers)).toHaveLength(30);
    // Both started without a session: the second joined the first's, so there is one intake, not two.
    expect(new Set((await Promise.all(saves)).map((saved) => saved.draft.sessionId)).size).toBe(1);
  });

  it('clearing an answer in one panel clears that answer only; the same answer changed in both: the later save wins', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2), 'bc.teamwork': change(3) }, step: 'basic-competences' });
    await b.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.stress': change(null) }, step: 'basic-competences' });
    expect((await a.getDraft(KEY_A))!.answers).toEqual({ 'bc.teamwork': 3 });
    await a.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(4) }, step: 'basic-competences' });
    await b.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(1) }, step: 'basic-competences' });
    expect((await a.getDraft(KEY_A))!.answers).toEqual({ 'bc.teamwork': 1 });
  });

  it('keeps where an answer came from until a panel changes that answer', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bg.age': { value: 41, from: 'Werkplein' }, 'bg.partner': { value: true, from: 'Werkplein' } }, step: 'background' });
    await b.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bg.age': change(42) }, step: 'background' });
    expect((await a.getDraft(KEY_A))!.prefilled).toEqual({ 'bg.partner': 'Werkplein' });
  });

  it('the other pages hear of every save and of the end of the session, with no answer in the notice', async () => {
    const { a, b } = await twoPanels();
    const heard: DraftNotice[] = [];
    stopListening.push(listenForDrafts((notice) => heard.push(notice)));
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    await b.discardDraft(KEY_A);
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      { kind: 'saved', clientKey: KEY_A, sessionId: draft.sessionId, revision: 0 },
      { kind: 'ended', clientKey: KEY_A, sessionId: draft.sessionId, ending: 'discarded', intakeId: null },
    ]);
  });
});

describe('an intake session', () => {
  it('once discarded, a panel still on it cannot bring the draft back: refused in Dutch and English', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    await b.discardDraft(KEY_A);
    const late = await a.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(3) }, step: 'basic-competences' }).catch((e: unknown) => e);
    expect(late).toMatchObject({ name: 'SessionEndedError', ending: 'discarded', intakeId: null });
    expect(errorText(late, 'nl')).toContain('Dit concept is weggegooid');
    expect(errorText(late, 'en')).toContain('This draft was thrown away');
    expect(await a.getDraft(KEY_A)).toBeUndefined();
    expect((await a.listAudit(KEY_A)).items.map((e) => [e.action, e.detail.sessionId])).toEqual([['draft-discarded', draft.sessionId]]);
  });

  it('becomes one intake: finishing it a second time is refused and names the stored intake', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'ladder' });
    const seen = { sessionId: draft.sessionId, revision: draft.revision };
    const first = await a.completeIntake(KEY_A, { answers: exampleAnswers() }, undefined, seen);
    if (!first.ok) throw new Error('not ok');
    const second = await b.completeIntake(KEY_A, { answers: exampleAnswers() }, undefined, seen).catch((e: unknown) => e);
    expect(second).toMatchObject({ name: 'SessionEndedError', ending: 'completed', intakeId: first.intake.id });
    expect(errorText(second, 'nl')).toContain('al afgerond');
    expect(errorText(second, 'en')).toContain('already been finished');
    expect(await a.countIntakes(KEY_A)).toBe(1);
    // Nor does an answer typed afterwards start a draft again.
    await expect(b.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(1) }, step: 'ladder' })).rejects.toMatchObject({ ending: 'completed' });
    expect(await b.getDraft(KEY_A)).toBeUndefined();
  });

  it('is not finished over answers another panel saved since: the draft stays until they have been seen', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'ladder' });
    await b.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(4) }, step: 'ladder' });
    const stale = await a.completeIntake(KEY_A, { answers: exampleAnswers() }, undefined, { sessionId: draft.sessionId, revision: draft.revision }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ name: 'DraftChangedError' });
    expect(errorText(stale, 'en')).toContain('saved in another window');
    expect(await a.countIntakes(KEY_A)).toBe(0);
    expect((await a.getDraft(KEY_A))!.answers).toEqual({ 'bc.stress': 2, 'bc.teamwork': 4 });
    // Having read it, the panel finishes.
    const current = (await a.getDraft(KEY_A))!;
    const done = await a.completeIntake(KEY_A, { answers: exampleAnswers() }, undefined, { sessionId: current.sessionId, revision: current.revision });
    expect(done.ok).toBe(true);
    expect(await a.getDraft(KEY_A)).toBeUndefined();
    expect(await a.getEndedSession(current.sessionId)).toMatchObject({ ending: 'completed', intakeId: done.ok ? done.intake.id : null });
  });

  it('erased while a panel had it open (the client’s right, or retention): that panel’s next answer does not start it again', async () => {
    const { a, b } = await twoPanels();
    const { draft } = await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    // What erasure leaves: no draft, and no record of the session either.
    await b.db.delete('drafts', KEY_A);
    const late = a.saveDraftChanges(KEY_A, {
      sessionId: draft.sessionId,
      seenRevision: draft.revision,
      changes: { 'bc.teamwork': change(3) },
      step: 'basic-competences',
      base: { answers: { 'bc.stress': 2, 'bc.teamwork': 3 }, prefilled: {} },
    });
    await expect(late).rejects.toMatchObject({ name: 'SessionEndedError' });
    expect(await a.getDraft(KEY_A)).toBeUndefined();
  });

  it('a panel that never saw the stored draft cannot delete it by finishing', async () => {
    const { a, b } = await twoPanels();
    await a.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'ladder' });
    await expect(b.completeIntake(KEY_A, { answers: exampleAnswers() }, undefined, { sessionId: crypto.randomUUID(), revision: null })).rejects.toMatchObject({ name: 'DraftChangedError' });
    expect(await b.getDraft(KEY_A)).toBeDefined();
  });
});

describe('an unreadable draft', () => {
  const corrupt = { clientKey: KEY_A, answers: { 'bc.stress': 'veel' }, step: 'basic-competences', updatedAt: 'vanochtend' };

  it('is not overwritten by the next answer: it is set aside as it was, and the save says so', async () => {
    const store = await oneStore();
    await rawPut(store.db.name, 'drafts', corrupt);
    await expect(store.getDraft(KEY_A)).rejects.toMatchObject({ store: 'drafts', recordKey: KEY_A, operation: 'read' });
    const saved = await store.saveDraftChanges(KEY_A, {
      sessionId: crypto.randomUUID(),
      changes: { 'bc.teamwork': change(3) },
      step: 'basic-competences',
      base: { answers: { 'bg.partner': false }, prefilled: {} },
    });
    expect(saved.setAside).toMatchObject({ id: 1, store: 'drafts', key: KEY_A, clientKey: KEY_A, record: corrupt });
    expect(saved.draft.answers).toEqual({ 'bg.partner': false, 'bc.teamwork': 3 });
    const dump = await dumpDatabase(store.db.name);
    expect(dump.quarantine!.map((row) => (row.value as { record: unknown }).record)).toEqual([corrupt]);
    expect((await store.listAudit(KEY_A)).items.map((e) => [e.action, e.detail])).toEqual([['record-set-aside', { store: 'drafts', recordKey: KEY_A, quarantineId: 1 }]]);
  });

  it('is set aside, not deleted, when the caseworker throws it away', async () => {
    const store = await oneStore();
    await rawPut(store.db.name, 'drafts', corrupt);
    await store.discardDraft(KEY_A);
    expect(await store.getDraft(KEY_A)).toBeUndefined();
    expect((await dumpDatabase(store.db.name)).quarantine!.map((row) => (row.value as { record: unknown }).record)).toEqual([corrupt]);
  });

  it('does not block the client: the overview still has the client, the intakes and the count', async () => {
    const store = await oneStore();
    await store.ensureClient(KEY_A);
    const first = await store.completeIntake(KEY_A, { answers: exampleAnswers(), date: '2026-01-05' });
    const second = await store.completeIntake(KEY_A, { answers: exampleAnswers(), date: '2026-02-05' });
    if (!first.ok || !second.ok) throw new Error('not ok');
    await rawPut(store.db.name, 'drafts', corrupt);
    // The newest intake is unreadable too: the overview shows the newest that can be read.
    const stored = (await dumpDatabase(store.db.name)).intakes!.find((row) => row.key === second.intake.id)!.value as Record<string, unknown>;
    await rawPut(store.db.name, 'intakes', { ...stored, engineVersion: '9.9.9' });
    const overview = await store.clientOverview(KEY_A);
    expect(overview.client?.key).toBe(KEY_A);
    expect(overview.draft).toBeUndefined();
    expect(overview.draftUnreadable).toBe(true);
    expect(overview.latest?.id).toBe(first.intake.id);
    expect(overview.intakeCount).toBe(2);
    expect(overview.unreadable.map((e) => [e.store, e.recordKey])).toEqual([
      ['drafts', KEY_A],
      ['intakes', second.intake.id],
    ]);
  });
});

/** A DOMException as the browser raises it when a write does not fit. */
const quotaError = () => new DOMException('', 'QuotaExceededError');

describe('storage that fails', () => {
  it('storage full while saving an answer: a message with the reason and what to do, and the stored draft unchanged', async () => {
    const store = await oneStore();
    const { draft } = await store.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const error = await store.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': change(3) }, step: 'basic-competences' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', operation: 'write', reason: 'full' });
    expect(errorText(error, 'nl')).toBe(
      'Opslaan lukt niet: de opslag op deze computer is vol (QuotaExceededError). Er is niets gewijzigd. Maak ruimte vrij op de schijf (of vraag uw beheerder) en probeer het opnieuw.',
    );
    expect(errorText(error, 'en')).toBe(
      'Saving failed: the storage on this computer is full (QuotaExceededError). Nothing was changed. Free up disk space (or ask your administrator) and try again.',
    );
    vi.restoreAllMocks();
    expect(await store.getDraft(KEY_A)).toEqual(draft);
  });

  it('storage full while saving a nickname or throwing a draft away: both report it, and nothing changes', async () => {
    const store = await oneStore();
    await store.ensureClient(KEY_A);
    await store.setClientLabel(KEY_A, 'J. dinsdag');
    await store.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    await expect(store.setClientLabel(KEY_A, 'J. woensdag')).rejects.toMatchObject({ name: 'StorageError', reason: 'full' });
    await expect(store.discardDraft(KEY_A)).rejects.toMatchObject({ name: 'StorageError', reason: 'full' });
    vi.restoreAllMocks();
    expect((await store.getClient(KEY_A))?.label).toBe('J. dinsdag');
    expect((await store.getDraft(KEY_A))?.answers).toEqual({ 'bc.stress': 2 });
  });

  it('a transaction the browser aborts: reported as a failed save with its reason, never as a failed read', async () => {
    const store = await oneStore();
    await store.saveDraftChanges(KEY_A, { changes: { 'bc.stress': change(2) }, step: 'basic-competences' });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    const error = await store.saveDraftChanges(KEY_A, { changes: { 'bc.teamwork': change(3) }, step: 'basic-competences' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', operation: 'write', reason: 'aborted' });
    expect(errorText(error, 'nl')).toMatch(/^Opslaan is door de browser afgebroken \(AbortError.*\)\. Er is niets gewijzigd\./);
    expect(errorText(error, 'en')).toMatch(/^Saving failed: the browser stopped it \(AbortError/);
    vi.restoreAllMocks();
    expect((await store.getDraft(KEY_A))?.answers).toEqual({ 'bc.stress': 2 });
  });

  it('a read the browser refuses is reported as a failed read', async () => {
    const store = await oneStore();
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const error = await store.getDraft(KEY_A).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', operation: 'read', reason: 'closed' });
    expect(errorText(error, 'en')).toBe(
      'Reading failed: the connection to the data was closed, usually because Trede was updated in another window (InvalidStateError: The database connection is closing.). Nothing was changed. Close this window or side panel and open Trede again.',
    );
  });

  it('an error without a message still says what happened: never "…failed:" with nothing after it', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = errorText(new DOMException('', 'UnknownError'), lang);
      expect(text).toContain('(UnknownError)');
      expect(text).not.toMatch(/:\s*$/);
    }
  });

  it('an upgrade held up by a page on the old version says so in both languages; the data waits, whole', async () => {
    const name = uniqueName('blocked');
    // Version 4: drafts had no session yet, so the waiting upgrade (5) has work to do on this one.
    (await openTredeDb(name, 4)).close();
    const draft = { clientKey: KEY_A, answers: { 'bc.stress': 2 }, step: 'basic-competences', updatedAt: '2026-06-01T10:00:00.000Z', instrumentVersions: CATALOGUE_VERSIONS, engineVersion: ENGINE_VERSION };
    await rawPut(name, 'drafts', draft);
    // An old page that does not answer the request to close (no versionchange handler).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const error = await openTredeDb(name, DB_VERSION).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UpgradeBlockedError' });
    expect(errorText(error, 'nl')).toContain('een ander Trede-venster of -zijpaneel houdt ze nog open');
    expect(errorText(error, 'en')).toContain('Nothing is lost');
    old.close();
    const reopened = await openStore({ name });
    opened.push(reopened);
    expect((await reopened.getDraft(KEY_A))?.answers).toEqual({ 'bc.stress': 2 });
  });
});
