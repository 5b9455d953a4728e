import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorText } from '../src/errors';
import { StoreRecordError, type TredeStore } from '../src/store/repo';
import { DEFAULT_SETTINGS } from '../src/store/schema';
import { exampleAnswers, KEY_A } from './support/fixtures';
import { dumpDatabase, freshStore, rawPut } from './support/store';

let store: TredeStore;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

async function intakeId(): Promise<string> {
  const outcome = await store.completeIntake(KEY_A, { answers: exampleAnswers() });
  if (!outcome.ok) throw new Error('not ok');
  return outcome.intake.id;
}

async function rawGet(storeName: string, key: IDBValidKey): Promise<unknown> {
  return (await dumpDatabase(store.db.name))[storeName]!.find((row) => JSON.stringify(row.key) === JSON.stringify(key))?.value;
}

describe('a corrupt record read back', () => {
  it('still counts: the client screen’s number of intakes includes records that cannot be read', async () => {
    const id = await intakeId();
    await intakeId();
    const stored = (await rawGet('intakes', id)) as Record<string, unknown>;
    await rawPut(store.db.name, 'intakes', { ...stored, completedAt: 'gisteren' });
    const listed = await store.listIntakes(KEY_A);
    expect([listed.items.length, listed.errors.length]).toEqual([1, 1]);
    expect(await store.countIntakes(KEY_A)).toBe(2);
    expect(await store.countIntakes('f'.repeat(64))).toBe(0);
  });


  it('gives a clear error in Dutch and English naming the store, key and field — and is not deleted', async () => {
    const id = await intakeId();
    const stored = (await rawGet('intakes', id)) as Record<string, unknown>;
    const corrupt = { ...stored, completedAt: 'gisteren' };
    await rawPut(store.db.name, 'intakes', corrupt);

    const error = await store.getIntake(id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreRecordError);
    const e = error as StoreRecordError;
    expect(e).toMatchObject({ operation: 'read', store: 'intakes', recordKey: id, field: 'completedAt' });
    expect(e.text('nl')).toBe(`Onleesbaar record in "intakes" (sleutel ${id}), veld "completedAt": geen geldige datetime. Het record is bewaard en niet verwijderd.`);
    expect(e.text('en')).toBe(`Unreadable record in "intakes" (key ${id}), field "completedAt": not a valid datetime. The record has been kept, not deleted.`);
    expect(e.message).toBe(`${e.nl} / ${e.en}`);
    expect(errorText(e, 'en')).toBe(e.en);

    // Still there, byte for byte.
    expect(await rawGet('intakes', id)).toEqual(corrupt);
    expect(await store.db.count('intakes')).toBe(1);
  });

  it('names nested fields and says what was found', async () => {
    const id = await intakeId();
    const stored = (await rawGet('intakes', id)) as { result: { ladder: Record<string, unknown> } };
    stored.result.ladder.position = 'twelve';
    await rawPut(store.db.name, 'intakes', stored);
    const e = (await store.getIntake(id).catch((x: unknown) => x)) as StoreRecordError;
    expect(e.field).toBe('result.ladder.position');
    expect(e.en).toContain('expected number, found string');
    expect(e.nl).toContain('verwacht number, gevonden string');
  });

  it('reports a missing field as missing', async () => {
    await store.saveDraft(KEY_A, { 'bc.stress': 3 }, 'basic-competences');
    const { step: _step, ...withoutStep } = (await rawGet('drafts', KEY_A)) as Record<string, unknown>;
    await rawPut(store.db.name, 'drafts', withoutStep);
    const e = (await store.getDraft(KEY_A).catch((x: unknown) => x)) as StoreRecordError;
    expect(e).toMatchObject({ store: 'drafts', field: 'step' });
    expect(e.nl).toContain('veld "step": ontbreekt');
    expect(e.en).toContain('field "step": is missing');
  });

  it('in a list: the other records are returned, the corrupt one is reported and kept', async () => {
    const good = await intakeId();
    const bad = await intakeId();
    const stored = (await rawGet('intakes', bad)) as Record<string, unknown>;
    await rawPut(store.db.name, 'intakes', { ...stored, overrides: { during: [{ band: 'very-high', reason: 'x', by: null, at: 'now' }] } });
    const listed = await store.listIntakes(KEY_A);
    expect(listed.items.map((i) => i.id)).toEqual([good]);
    expect(listed.errors).toHaveLength(1);
    expect(listed.errors[0]).toMatchObject({ store: 'intakes', recordKey: bad, field: 'overrides.during.0.band' });
    expect(await store.db.count('intakes')).toBe(2);
  });

  it('corrupt settings: the defaults are used and the problem named, the record kept until a save sets it aside', async () => {
    await store.saveSettings({ language: 'en' });
    const corrupt = { language: 'en', approach: 'sideways', referenceGroup: 'total', instruments: [], updatedAt: null };
    await rawPut(store.db.name, 'settings', corrupt, 'settings');
    const read = await store.readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.unreadable).toMatchObject({ operation: 'read', store: 'settings', recordKey: 'settings', field: 'approach' });
    // Nothing is blocked: every client's work reads the defaults.
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await rawGet('settings', 'settings')).toEqual(corrupt);
    // Saving a setting moves the unreadable record aside, as it was, and audits that.
    expect(await store.saveSettings({ language: 'nl' })).toMatchObject({ language: 'nl', approach: 'integrated' });
    const dump = await dumpDatabase(store.db.name);
    expect(dump.quarantine!.map((row) => row.value)).toEqual([{ id: 1, store: 'settings', key: 'settings', clientKey: null, movedAt: expect.any(String), record: corrupt }]);
    expect((await store.listAudit()).items.map((a) => a.action)).toContain('record-set-aside');
    expect((await store.readSettings()).unreadable).toBeNull();
  });

  it('a corrupt secret is reported, never replaced (replacing it would orphan every client key)', async () => {
    await rawPut(store.db.name, 'secrets', { key: 'not-a-key', createdAt: '2026-01-01T00:00:00.000Z' }, 'client-key');
    await expect(store.clientKeyFor('123456782')).rejects.toMatchObject({ store: 'secrets', field: 'key' });
    expect(((await rawGet('secrets', 'client-key')) as { key: string }).key).toBe('not-a-key');
  });

  it('a corrupt client does not block completing an intake: the record is set aside as it was, a new one written', async () => {
    await store.ensureClient(KEY_A);
    await store.saveDraft(KEY_A, exampleAnswers(), 'ladder');
    const corrupt = { key: KEY_A, createdAt: 'yesterday', lastIntakeAt: null };
    await rawPut(store.db.name, 'clients', corrupt);
    const outcome = await store.completeIntake(KEY_A, { answers: exampleAnswers() });
    expect(outcome.ok).toBe(true);
    expect(await store.getClient(KEY_A)).toMatchObject({ key: KEY_A, lastIntakeAt: expect.any(String) });
    expect((await dumpDatabase(store.db.name)).quarantine!.map((row) => row.value)).toEqual([
      { id: 1, store: 'clients', key: KEY_A, clientKey: KEY_A, movedAt: expect.any(String), record: corrupt },
    ]);
    expect(await store.getDraft(KEY_A)).toBeUndefined();
    expect((await store.listAudit(KEY_A)).items.map((a) => a.action)).toEqual(['client-created', 'record-set-aside', 'client-created', 'intake-completed']);
  });

  it("Trede's own checks are explained in both languages too", async () => {
    const id = await intakeId();
    const stored = (await rawGet('intakes', id)) as Record<string, unknown>;
    await rawPut(store.db.name, 'intakes', { ...stored, clientKey: '123456782' });
    const e = (await store.getIntake(id).catch((x: unknown) => x)) as StoreRecordError;
    expect(e.field).toBe('clientKey');
    expect(e.nl).toContain('verwacht 64 hexadecimale tekens');
    expect(e.en).toContain('expected 64 lowercase hexadecimal characters');
    const dropout = store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2027-01-01' });
    await expect(dropout).rejects.toMatchObject({ nl: expect.stringContaining('minstens één reden'), en: expect.stringContaining('at least one reason') });
  });

  it('the latest intake is validated too', async () => {
    const id = await intakeId();
    const stored = (await rawGet('intakes', id)) as Record<string, unknown>;
    await rawPut(store.db.name, 'intakes', { ...stored, engineVersion: '9.9.9' });
    await expect(store.latestIntake(KEY_A)).rejects.toMatchObject({ store: 'intakes', field: 'engineVersion' });
  });
});
