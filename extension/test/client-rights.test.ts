import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientExportSchema, CLIENT_EXPORT_SCHEMA } from '../src/store/client-export';
import { CLIENT_STORES } from '../src/store/client-rights';
import { StoreRecordError, type TredeStore } from '../src/store/repo';
import { AUDIT_DETAIL_KEYS, CLIENT_LOOKUP, type AuditRecord, type IntakeRecord } from '../src/store/schema';
import { exampleAnswers, KEY_A, KEY_B } from './support/fixtures';
import { dumpDatabase, freshStore, rawPut, tickingClock } from './support/store';

let store: TredeStore;
beforeEach(async () => {
  store = await freshStore(tickingClock());
});
afterEach(() => store.close());

async function completedIntake(clientKey: string): Promise<IntakeRecord> {
  const outcome = await store.completeIntake(clientKey, { answers: exampleAnswers() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.intake;
}

const OVERRIDE_REASON = 'Woont bij moeder, Kerkstraat 12; regelt kinderopvang zelf';
const NICKNAME = 'Marieke (dinsdag)';

/** A client with something in every store that holds client data: nickname, intakes, override, outcome, a draft, a copy. */
async function fullClient(clientKey: string): Promise<{ intakes: IntakeRecord[]; outcomeId: string }> {
  await store.ensureClient(clientKey);
  await store.setClientLabel(clientKey, NICKNAME);
  const first = await completedIntake(clientKey);
  const second = await completedIntake(clientKey);
  await store.recordOverride(second.id, 'before-start', 'much-higher', OVERRIDE_REASON);
  const outcome = await store.recordOutcome({ clientKey, intakeId: second.id, kind: 'dropped-out', date: '2027-01-10', phase: 'assessment', reasons: ['motivation', 'care-advice'] });
  await store.recordEvent('summary-copied', clientKey, { intakeId: second.id });
  await store.saveDraft(clientKey, { 'bc.stress': 2 }, 'basic-competences');
  return { intakes: [first, second], outcomeId: outcome.id };
}

/** Every place in a raw dump where one of the needles occurs: in a key, a string value or an object key. */
function occurrences(dump: Record<string, { key: unknown; value: unknown }[]>, needles: string[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const needle of needles) if (value.includes(needle)) found.push(`${path} = ${needle}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        for (const needle of needles) if (k.includes(needle)) found.push(`${path}.{key} = ${needle}`);
        visit(v, `${path}.${k}`);
      }
    }
  };
  for (const [name, rows] of Object.entries(dump)) rows.forEach((row, i) => visit([row.key, row.value], `${name}[${i}]`));
  return found;
}

/** The database's stores with a by-client index, as the database itself says (not as CLIENT_LOOKUP says). */
function storesByClient(): string[] {
  const db = unwrap(store.db);
  return [...db.objectStoreNames].filter((name) => db.transaction(name).objectStore(name).indexNames.contains('by-client'));
}

/** A raw record for the client in every store with a by-client index; returns the ids it made up. */
async function recordInEveryClientStore(clientKey: string): Promise<string[]> {
  const ids: string[] = [];
  const db = unwrap(store.db);
  for (const name of storesByClient()) {
    const objects = db.transaction(name).objectStore(name);
    const id = crypto.randomUUID();
    const own = objects.keyPath === 'id' && !objects.autoIncrement ? { id } : {};
    if ('id' in own) ids.push(id);
    await rawPut(store.db.name, name, { ...own, clientKey, note: `raw ${name}` });
  }
  return ids;
}

describe('which stores hold client data', () => {
  it('every store of the database is classified, and each client store finds a client by its key or its by-client index', () => {
    const db = unwrap(store.db);
    const names = [...db.objectStoreNames].sort();
    expect(Object.keys(CLIENT_LOOKUP).sort()).toEqual(names);
    const tx = db.transaction(names);
    for (const name of CLIENT_STORES) {
      const objects = tx.objectStore(name);
      if (CLIENT_LOOKUP[name] === 'key') expect(['key', 'clientKey'], name).toContain(objects.keyPath);
      else expect(objects.index('by-client').keyPath, name).toBe('clientKey');
    }
  });
});

describe('the actor of audit entries', () => {
  it('is null before initials are set, then the initials; a change keeps the earlier initials in the entry', async () => {
    await store.ensureClient(KEY_A);
    await store.saveSettings({ initials: 'JDV' });
    await store.setClientLabel(KEY_A, 'J.');
    await store.saveSettings({ initials: 'AB' });
    await store.recordEvent('summary-printed', KEY_A);
    const entries = (await store.listAudit()).items;
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['client-created', null],
      ['settings-changed', 'JDV'],
      ['client-labelled', 'JDV'],
      ['settings-changed', 'AB'],
      ['summary-printed', 'AB'],
    ]);
    expect(entries[1]!.detail).toEqual({ fields: 'initials', actorBefore: null });
    expect(entries[3]!.detail).toEqual({ fields: 'initials', actorBefore: 'JDV' });
  });

  it('initials are 2 to 5 capital letters: anything else is refused, naming the field, and nothing changes', async () => {
    for (const bad of ['J', 'ABCDEF', 'j.d.v', 'A1', 'J V', '']) {
      const error = await store.saveSettings({ initials: bad }).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(StoreRecordError);
      expect((error as StoreRecordError).field).toBe('initials');
      expect((error as StoreRecordError).en).toContain('2 to 5 letters');
    }
    expect((await store.getSettings()).initials).toBeNull();
    expect((await store.saveSettings({ initials: 'ÉLO' })).initials).toBe('ÉLO');
  });

  it('reads entries written before the actor existed as actor null', async () => {
    await rawPut(store.db.name, 'audit', { at: '2026-01-02T10:00:00.000Z', action: 'client-created', clientKey: KEY_A, detail: {} });
    const [entry] = (await store.listAudit(KEY_A)).items;
    expect(entry).toMatchObject({ action: 'client-created', actor: null });
  });
});

describe('what an audit entry may say', () => {
  it('codes only: a sentence, a name or an unknown field in the detail is refused and nothing is written', async () => {
    const attempts: AuditRecord['detail'][] = [{ count: 'Jan Jansen' }, { reason: 'kinderopvang' }, { intakeId: 'zie notitie van dinsdag' }];
    for (const detail of attempts) {
      const error = await store.recordEvent('summary-copied', KEY_A, detail).catch((e: unknown) => e);
      expect(error, JSON.stringify(detail)).toBeInstanceOf(StoreRecordError);
      expect((error as StoreRecordError).store).toBe('audit');
    }
    expect(await store.db.count('audit')).toBe(0);
    // The allowed names are data: ids, versions, codes and counts.
    expect(AUDIT_DETAIL_KEYS).not.toContain('reason');
    expect(AUDIT_DETAIL_KEYS).not.toContain('label');
  });

  it('a full client flow leaves no answer, override reason, outcome reason or nickname in the trail', async () => {
    await fullClient(KEY_A);
    const trail = JSON.stringify((await store.listAudit()).items);
    for (const secret of [NICKNAME, 'Marieke', OVERRIDE_REASON, 'Kerkstraat', 'motivation', 'care-advice', 'bc.stress']) expect(trail.includes(secret), secret).toBe(false);
    const outcome = (await store.listAudit(KEY_A)).items.find((e) => e.action === 'outcome-recorded');
    expect(outcome?.detail).toMatchObject({ kind: 'dropped-out', reasonCount: 2 });
  });
});

describe('export of everything held about a client', () => {
  it('holds the client, draft, intakes with overrides, outcomes and audit entries, nothing of another client, and survives JSON', async () => {
    const { intakes, outcomeId } = await fullClient(KEY_A);
    await fullClient(KEY_B);
    const data = await store.exportClient(KEY_A);
    const parsed = ClientExportSchema.parse(JSON.parse(JSON.stringify(data)));
    expect(parsed.schema).toBe(CLIENT_EXPORT_SCHEMA);
    expect(parsed.clientKey).toBe(KEY_A);
    expect(parsed.client?.label).toBe(NICKNAME);
    expect(parsed.drafts.map((d) => d.answers)).toEqual([{ 'bc.stress': 2 }]);
    expect(parsed.intakes.map((i) => i.id)).toEqual(intakes.map((i) => i.id));
    expect(parsed.intakes[1]!.overrides['before-start']?.[0]?.reason).toBe(OVERRIDE_REASON);
    expect(parsed.intakes[0]!.response.answers).toEqual(exampleAnswers());
    expect(parsed.outcomes.map((o) => o.id)).toEqual([outcomeId]);
    expect(parsed.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['client-created', 'client-labelled', 'intake-completed', 'override-recorded', 'outcome-recorded', 'summary-copied']));
    expect(parsed.unreadable).toEqual([]);
    expect(JSON.stringify(parsed).includes(KEY_B)).toBe(false);
  });

  it('includes a record that no longer reads, raw, with the field at fault', async () => {
    const [intake] = [await completedIntake(KEY_A)];
    await rawPut(store.db.name, 'intakes', { ...intake, completedAt: 'gisteren' });
    const data = await store.exportClient(KEY_A);
    expect(data.intakes).toEqual([]);
    expect(data.unreadable).toEqual([{ store: 'intakes', key: intake!.id, field: 'completedAt', record: expect.objectContaining({ id: intake!.id, completedAt: 'gisteren' }) }]);
  });

  it('is audited with the format and the number of records, not their content', async () => {
    await fullClient(KEY_A);
    const data = await store.exportClient(KEY_A);
    const last = (await store.listAudit(KEY_A)).items.at(-1)!;
    const records = 1 + data.drafts.length + data.intakes.length + data.outcomes.length + data.audit.length + Object.values(data.otherRecords).flat().length;
    expect(last).toMatchObject({ action: 'client-exported', clientKey: KEY_A, detail: { format: 'json', count: records } });
    // Showing it in the panel is not an export.
    const before = await store.db.count('audit');
    await store.readClientData(KEY_A);
    expect(await store.db.count('audit')).toBe(before);
  });
});

describe('erasing a client', () => {
  it('leaves no trace of the client key or any of its ids in any store, readable or unreadable records included', async () => {
    const { intakes, outcomeId } = await fullClient(KEY_A);
    await fullClient(KEY_B);
    // An intake of A that no longer passes its schema: it must go too.
    await rawPut(store.db.name, 'intakes', { id: '11111111-2222-4333-8444-555555555555', clientKey: KEY_A, completedAt: 'kapot' });
    // And a record in every store found by client, whatever else it holds (sessions, records set aside...).
    const extraIds = await recordInEveryClientStore(KEY_A);
    await recordInEveryClientStore(KEY_B);
    const ids = [...intakes.map((i) => i.id), outcomeId, '11111111-2222-4333-8444-555555555555', ...extraIds];
    const before = occurrences(await dumpDatabase(store.db.name), [KEY_A, ...ids]);
    expect(before.length).toBeGreaterThan(10);

    const counts = await store.countClientRecords(KEY_A);
    expect(counts).toMatchObject({ clients: 1, drafts: 1, intakes: 4, outcomes: 2 });
    const removed = await store.eraseClient(KEY_A);
    expect(removed).toEqual(counts);

    const dump = await dumpDatabase(store.db.name);
    expect(occurrences(dump, [KEY_A, ...ids])).toEqual([]);
    // B is untouched.
    expect(await store.countClientRecords(KEY_B)).toMatchObject({ clients: 1, drafts: 1, intakes: 3, outcomes: 2 });
    const left = (await dumpDatabase(store.db.name)) as Record<string, { value: unknown }[]>;
    for (const name of storesByClient()) expect(left[name]!.some((row) => JSON.stringify(row.value).includes(KEY_B)), name).toBe(true);
    expect((await store.getClient(KEY_B))?.label).toBe(NICKNAME);
  });

  it('is audited by one entry that names no client and no id: counts only', async () => {
    await store.saveSettings({ initials: 'JDV' });
    await fullClient(KEY_A);
    const removed = await store.eraseClient(KEY_A);
    const entries = (await store.listAudit()).items.filter((e) => e.action === 'client-erased');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ clientKey: null, actor: 'JDV' });
    expect(Object.values(entry!.detail).every((v) => typeof v === 'number')).toBe(true);
    expect(entry!.detail).toMatchObject({ clients: 1, intakes: removed.intakes, auditEntries: removed.audit });
  });

  it('keeps every other audit entry exactly as it was (the trail is only appended to)', async () => {
    await fullClient(KEY_B);
    const othersBefore = (await store.listAudit()).items;
    await fullClient(KEY_A);
    await store.eraseClient(KEY_A);
    const after = (await store.listAudit()).items;
    expect(after.slice(0, othersBefore.length)).toEqual(othersBefore);
    expect(after.slice(othersBefore.length).map((e) => e.action)).toEqual(['client-erased']);
  });

  it('writes nothing for a client Trede holds nothing about', async () => {
    expect(Object.values(await store.eraseClient(KEY_A)).every((n) => n === 0)).toBe(true);
    expect(await store.db.count('audit')).toBe(0);
  });
});

describe('the audit trail, page by page', () => {
  it('newest first, continuing below the last id, per client when asked', async () => {
    await store.ensureClient(KEY_A);
    await store.ensureClient(KEY_B);
    for (let i = 0; i < 5; i++) await store.recordEvent('summary-copied', i % 2 ? KEY_A : KEY_B);
    const first = await store.listAuditPage({ limit: 3 });
    expect(first.items.map((e) => e.id)).toEqual([7, 6, 5]);
    expect(first.more).toBe(true);
    const second = await store.listAuditPage({ limit: 3, before: 5 });
    expect(second.items.map((e) => e.id)).toEqual([4, 3, 2]);
    const last = await store.listAuditPage({ limit: 3, before: 2 });
    expect(last.items.map((e) => e.id)).toEqual([1]);
    expect(last.more).toBe(false);
    const ofA = await store.listAuditPage({ clientKey: KEY_A, limit: 2 });
    expect(ofA.items.map((e) => [e.id, e.clientKey])).toEqual([
      [6, KEY_A],
      [4, KEY_A],
    ]);
    expect(ofA.more).toBe(true);
  });
});
