import { applyOverrides, createScorer, DEFAULT_CATALOGUE, effectiveBand, ENGINE_VERSION, IntakeResultSchema } from '@trede/core';
import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../src/adapters/presets';
import { createSecretKey } from '../src/client-key';
import { currentBandOf } from '../src/store/legacy-intake';
import { isEnvelope } from '../src/store/codec';
import { dropConnection, openUnlockedStore } from '../src/store/lock';
import { setUpEncryption } from '../src/store/lock-actions';
import { openStore, openTredeDb, StoreRecordError, type TredeStore } from '../src/store/repo';
import { CATALOGUE_VERSIONS, DB_VERSION, IntakeSchema, MIGRATIONS, needsRescoring, SEALED_FIELDS } from '../src/store/schema';
import { exampleIntake, KEY_A, KEY_B } from './support/fixtures';
import { describeSchema, dumpDatabase, uniqueName } from './support/store';

// Counts how often the upgrade makes a rescorer from core's scorer (src/store/scoring.ts), which must stay lazy.
const rescorerLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/store/scoring', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/store/scoring')>();
  return {
    ...real,
    createIntakeUpgrader: () => {
      rescorerLoads.count += 1;
      return real.createIntakeUpgrader();
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

const INTAKE_ID = '5b0c2a43-4c5e-4f7b-9a51-0c8f3d1e2a10';
const SESSION_B = '6e5d4c3b-2a19-4807-b6a5-948372615041';
const ENDED_SESSION = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
/** The first version whose drafts carry a session id and a revision (migration 5 gave them one). */
const SESSIONS_FROM = 5;
const OLDER_INTAKE_ID = '0f3f6d2e-9d3c-4a3c-8d0e-6b4a2c1f9e77';
/** The first version whose intakes hold results of the current engine (migration 4 rescored the rest). */
const RESCORED_FROM = 4;

/**
 * Intakes exactly as the extension stored them with engine 0.1.0 (schema 'trede.result/1', bands
 * low/elevated/high, string citations), generated once with that version of core: see the file's "about".
 * The newer one (INTAKE_ID) has overrides in the old bands.
 */
type StoredRecord = Record<string, unknown> & { id: string; response: Record<string, unknown>; result: Record<string, unknown> };
const LEGACY: { about: string; records: StoredRecord[] } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'engine-0.1.0-intakes.json'), 'utf8'));
const legacyIntake = (id: string): StoredRecord => structuredClone(LEGACY.records.find((r) => r.id === id)!);

/**
 * What a database at each version may contain, written raw as that version's code would have written it.
 * Seeds for version v are written after opening at v; a database at v gets the seeds of 1..v.
 */
const SEEDS: Record<number, (db: IDBDatabase) => Promise<void>> = {
  1: async (db) => {
    const secret = await createSecretKey();
    const tx = db.transaction(['settings', 'secrets', 'clients', 'drafts', 'intakes', 'audit'], 'readwrite');
    tx.objectStore('settings').put(
      { language: 'en', approach: 'direct', referenceGroup: 'control', instruments: ['background', 'ladder'], updatedAt: '2026-01-02T10:00:00.000Z' },
      'settings',
    );
    tx.objectStore('secrets').put({ key: secret, createdAt: '2026-01-02T10:00:00.000Z' }, 'client-key');
    tx.objectStore('clients').put({ key: KEY_A, createdAt: '2026-01-02T10:00:00.000Z', label: 'J.', lastIntakeAt: '2026-03-01T10:00:00.000Z' });
    tx.objectStore('drafts').put({
      clientKey: KEY_A,
      answers: { 'bc.stress': 2 },
      step: 'basic-competences',
      updatedAt: '2026-03-02T10:00:00.000Z',
      instrumentVersions: CATALOGUE_VERSIONS,
      engineVersion: '0.1.0',
    });
    // Written newest first, so that only the index can put them in order.
    tx.objectStore('intakes').put(legacyIntake(INTAKE_ID));
    tx.objectStore('intakes').put(legacyIntake(OLDER_INTAKE_ID));
    tx.objectStore('audit').add({ at: '2026-01-02T10:00:00.000Z', action: 'client-created', clientKey: KEY_A, detail: {} });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  2: async (db) => {
    const tx = db.transaction(['outcomes'], 'readwrite');
    tx.objectStore('outcomes').put({
      id: '7d1e4c9a-2b3f-4e5d-8a6b-9c0d1e2f3a4b',
      clientKey: KEY_A,
      intakeId: INTAKE_ID,
      kind: 'started',
      date: '2026-03-10',
      phase: 'assessment',
      reasons: [],
      recordedAt: '2026-03-10T10:00:00.000Z',
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  3: async (db) => {
    const tx = db.transaction(['adapters'], 'readwrite');
    tx.objectStore('adapters').put({ id: PRESETS[0]!.id, adapter: PRESETS[0], savedAt: '2026-04-01T10:00:00.000Z' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  // From version 4 intakes hold the current engine's results, and overrides the current bands.
  4: async (db) => {
    const id = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';
    const response = { ...exampleIntake(), id };
    const result = createScorer(DEFAULT_CATALOGUE, { approach: 'direct' }).score(response);
    const tx = db.transaction(['intakes'], 'readwrite');
    tx.objectStore('intakes').put({
      id,
      clientKey: KEY_B,
      completedAt: '2026-05-01T10:00:00.000Z',
      response,
      result,
      engineVersion: result.engineVersion,
      instrumentVersions: Object.fromEntries(result.instruments.map((i) => [i.id, i.version])),
      overrides: { during: [{ band: 'much-higher', reason: 'Net verhuisd, nog geen vervoer', by: null, at: '2026-05-01T11:00:00.000Z' }] },
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  // From version 5 drafts belong to a session; ended sessions and set-aside records have stores of their own.
  5: async (db) => {
    const tx = db.transaction(['drafts', 'sessions', 'quarantine'], 'readwrite');
    tx.objectStore('drafts').put({
      clientKey: KEY_B,
      sessionId: SESSION_B,
      revision: 3,
      answers: { 'bg.partner': false },
      step: 'background',
      updatedAt: '2026-06-01T10:00:00.000Z',
      instrumentVersions: CATALOGUE_VERSIONS,
      engineVersion: ENGINE_VERSION,
    });
    tx.objectStore('sessions').put({ id: ENDED_SESSION, clientKey: KEY_B, ending: 'discarded', endedAt: '2026-05-20T10:00:00.000Z', intakeId: null });
    tx.objectStore('quarantine').add({ store: 'drafts', key: KEY_B, clientKey: KEY_B, movedAt: '2026-05-21T10:00:00.000Z', record: { clientKey: KEY_B, step: 7 } });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
  // From version 6 the install's choice about encryption at rest has a store of its own (src/store/lock.ts).
  6: async (db) => {
    const tx = db.transaction(['vault'], 'readwrite');
    tx.objectStore('vault').put({ mode: 'off', chosenAt: '2026-07-01T10:00:00.000Z' }, 'state');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  },
};

/** A database at `version`, created by walking the migrations up from nothing and seeding each version. */
async function databaseAt(version: number): Promise<string> {
  const name = uniqueName('migrate');
  for (let v = 1; v <= version; v++) {
    const db = await openTredeDb(name, v);
    await SEEDS[v]!(db as unknown as IDBDatabase);
    db.close();
  }
  return name;
}

async function schemaAt(version: number): Promise<unknown> {
  const db = await openTredeDb(uniqueName('fresh'), version);
  const schema = describeSchema(db);
  db.close();
  return schema;
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps, and DB_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
    for (let v = 1; v <= DB_VERSION; v++) expect(SEEDS[v], `seed data for version ${v}`).toBeDefined();
  });

  it('build the current schema on a fresh install', async () => {
    expect(await schemaAt(DB_VERSION)).toEqual({
      adapters: { keyPath: 'id', autoIncrement: false, indexes: {} },
      audit: { keyPath: 'id', autoIncrement: true, indexes: { 'by-client': { keyPath: 'clientKey', unique: false, multiEntry: false } } },
      clients: { keyPath: 'key', autoIncrement: false, indexes: {} },
      drafts: { keyPath: 'clientKey', autoIncrement: false, indexes: {} },
      intakes: {
        keyPath: 'id',
        autoIncrement: false,
        indexes: {
          'by-client': { keyPath: 'clientKey', unique: false, multiEntry: false },
          'by-client-completed': { keyPath: ['clientKey', 'completedAt'], unique: false, multiEntry: false },
        },
      },
      outcomes: { keyPath: 'id', autoIncrement: false, indexes: { 'by-client': { keyPath: 'clientKey', unique: false, multiEntry: false } } },
      quarantine: { keyPath: 'id', autoIncrement: true, indexes: { 'by-client': { keyPath: 'clientKey', unique: false, multiEntry: false } } },
      secrets: { keyPath: null, autoIncrement: false, indexes: {} },
      sessions: { keyPath: 'id', autoIncrement: false, indexes: { 'by-client': { keyPath: 'clientKey', unique: false, multiEntry: false } } },
      settings: { keyPath: null, autoIncrement: false, indexes: {} },
      vault: { keyPath: null, autoIncrement: false, indexes: {} },
    });
  });

  it('version 1 has no outcomes store and no [clientKey, completedAt] index yet', async () => {
    const v1 = (await schemaAt(1)) as Record<string, { indexes: Record<string, unknown> }>;
    expect(Object.keys(v1)).not.toContain('outcomes');
    expect(Object.keys(v1.intakes!.indexes)).toEqual(['by-client']);
  });

  for (let from = 0; from < DB_VERSION; from++) {
    for (let to = from + 1; to <= DB_VERSION; to++) {
      it(`upgrade version ${from} → ${to} to the same schema as a fresh install, keeping every record`, async () => {
        const name = await databaseAt(from);
        const before = from === 0 ? {} : await dumpDatabase(name);
        const db = await openTredeDb(name, to);
        expect(db.version).toBe(to);
        expect(describeSchema(db)).toEqual(await schemaAt(to));
        db.close();
        const after = await dumpDatabase(name);
        const rescored = from < RESCORED_FROM && to >= RESCORED_FROM;
        const sessioned = from < SESSIONS_FROM && to >= SESSIONS_FROM;
        for (const [store, rows] of Object.entries(before)) {
          if (sessioned && store === 'drafts') {
            // The same drafts, each now the first save of a session of its own.
            expect(after[store]!.map((row) => row.key), store).toEqual(rows.map((row) => row.key));
            for (const [i, row] of rows.entries()) {
              expect(after[store]![i]!.value).toEqual({ ...(row.value as object), sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0 });
            }
          } else if (rescored && store === 'intakes') {
            // The same intakes under the same keys, each with what only the caseworker entered unchanged.
            expect(after[store]!.map((row) => row.key), store).toEqual(rows.map((row) => row.key));
            for (const [i, row] of rows.entries()) {
              const { response, clientKey, completedAt, id } = row.value as StoredRecord;
              expect(after[store]![i]!.value, String(row.key)).toMatchObject({ response, clientKey, completedAt, id });
            }
          } else if (rescored && store === 'audit') {
            // The trail only grows: one entry per rescored intake is added after what was there.
            expect(after[store]!.slice(0, rows.length), store).toEqual(rows);
            expect(after[store]!.slice(rows.length).map((row) => (row.value as { action: string }).action)).toEqual(['intake-rescored', 'intake-rescored']);
          } else {
            expect(after[store], store).toEqual(rows);
          }
        }
      });
    }
  }

  for (let from = 1; from < DB_VERSION; from++) {
    it(`after upgrading from version ${from}, the repository reads the old records and the new parts work`, async () => {
      const name = await databaseAt(from);
      const store = await openStore({ name });
      expect(await store.getSettings()).toMatchObject({ language: 'en', approach: 'direct', referenceGroup: 'control' });
      expect((await store.getClient(KEY_A))?.label).toBe('J.');
      expect((await store.getDraft(KEY_A))?.answers).toEqual({ 'bc.stress': 2 });
      const intakes = await store.listIntakes(KEY_A);
      expect(intakes.errors).toEqual([]);
      expect(intakes.items.map((i) => i.id)).toEqual([OLDER_INTAKE_ID, INTAKE_ID]);
      // The v2 index, built by the migration over v1 records.
      expect((await store.latestIntake(KEY_A))?.id).toBe(INTAKE_ID);
      expect((await store.listAudit(KEY_A)).items.map((a) => a.action)).toEqual(['client-created', 'intake-rescored', 'intake-rescored']);
      // The v4 results: the current engine's, and an override can be recorded in the current bands.
      expect(intakes.items.every((i) => i.result.schema === 'trede.result/2' && i.engineVersion === ENGINE_VERSION)).toBe(true);
      await store.recordOverride(INTAKE_ID, 'before-start', 'higher', 'Vervoer nog niet geregeld');
      // The old secret is kept: keys made before the upgrade still match.
      const key = await store.clientKeyFor('123456782');
      expect(await store.clientKeyFor('123456782')).toBe(key);
      await store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2026-04-01', phase: 'assessment', reasons: ['care-advice'] });
      expect((await store.listOutcomes(KEY_A)).items.map((o) => o.kind)).toContain('dropped-out');
      // The v3 adapters store.
      await store.saveAdapter(PRESETS[1]!);
      expect((await store.listAdapters()).items.map((a) => a.id)).toContain(PRESETS[1]!.id);
      // The v5 sessions: the old draft has one, takes a panel's changes, and once discarded cannot come back.
      const draft = (await store.getDraft(KEY_A))!;
      expect(draft.revision).toBe(0);
      const { draft: merged } = await store.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.teamwork': { value: 3 } }, step: 'basic-competences' });
      expect([merged.answers, merged.revision]).toEqual([{ 'bc.stress': 2, 'bc.teamwork': 3 }, 1]);
      await store.discardDraft(KEY_A);
      await expect(store.saveDraftChanges(KEY_A, { sessionId: draft.sessionId, changes: { 'bc.stress': { value: 1 } }, step: 'basic-competences' })).rejects.toMatchObject({
        name: 'SessionEndedError',
        ending: 'discarded',
      });
      store.close();
    });
  }

  it('a failing migration aborts the upgrade: the old version and its data stay', async () => {
    const name = await databaseAt(DB_VERSION - 1);
    const before = await dumpDatabase(name);
    const last = MIGRATIONS[MIGRATIONS.length - 1]!;
    vi.spyOn(last, 'migrate').mockImplementation(() => {
      throw new Error('migration exploded');
    });
    await expect(openTredeDb(name, DB_VERSION)).rejects.toThrow('migration exploded');
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION - 1);
    db.close();
    expect(await dumpDatabase(name)).toEqual(before);
  });

  it('an open page on the old version does not block the upgrade (it closes its connection)', async () => {
    const name = await databaseAt(DB_VERSION - 1);
    const old = await openTredeDb(name, DB_VERSION - 1);
    const upgraded = await openTredeDb(name, DB_VERSION);
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
    old.close();
  });
});

describe('migration 4: intakes of engine 0.1.0, scored again', () => {
  /** A database at version 3 holding the 0.1.0 intakes (and `extra` raw intakes), upgraded by the repository. */
  async function upgradedStore(extra: StoredRecord[] = []) {
    const name = await databaseAt(3);
    const db = await openDB(name, 3);
    for (const record of extra) await db.put('intakes', record);
    db.close();
    const before = await dumpDatabase(name);
    const store = await openStore({ name, now: () => new Date('2026-11-23T09:00:00.000Z') });
    return { name, before, store };
  }

  it('the fixture really is 0.1.0 output: old schema, old bands, string citations', () => {
    for (const record of LEGACY.records) {
      expect(record.result.schema).toBe('trede.result/1');
      expect(record.engineVersion).toBe('0.1.0');
      expect(IntakeSchema.safeParse(record).success).toBe(false);
      const moments = (record.result.risks as { moments: { band: string | null; citation: unknown }[] }).moments;
      expect(moments.every((m) => m.band === null || ['low', 'elevated', 'high'].includes(m.band))).toBe(true);
      expect(moments.every((m) => typeof m.citation === 'string')).toBe(true);
      expect(needsRescoring(record)).toBe(true);
    }
  });

  it('rescores each intake from its stored response: it validates, in the current bands, with the same approach', async () => {
    const { store } = await upgradedStore();
    const { items, errors } = await store.listIntakes(KEY_A);
    expect(errors).toEqual([]);
    expect(items).toHaveLength(2);
    for (const intake of items) {
      const old = legacyIntake(intake.id);
      expect(IntakeSchema.safeParse(intake).success).toBe(true);
      expect(needsRescoring(intake)).toBe(false);
      expect(IntakeResultSchema.safeParse(intake.result).success).toBe(true);
      expect(intake.result.schema).toBe('trede.result/2');
      expect(intake.engineVersion).toBe(ENGINE_VERSION);
      expect(intake.result.engineVersion).toBe(ENGINE_VERSION);
      expect(intake.instrumentVersions).toEqual(Object.fromEntries(intake.result.instruments.map((i) => [i.id, i.version])));
      // The response, the client and the time stay; the organisation's approach (direct) is kept.
      expect(intake.response).toEqual(old.response);
      expect([intake.clientKey, intake.completedAt]).toEqual([old.clientKey, old.completedAt]);
      expect(intake.result.risks?.approach).toBe('direct');
      expect(intake.result.intakeId).toBe(intake.id);
      for (const risk of intake.result.risks!.moments) {
        expect(risk.kind).toBe(risk.moment === 'outflow' ? 'work' : 'dropout');
        if (risk.status === 'estimated') expect(risk.frequency).not.toBeNull();
      }
    }
    // Engine 0.1.0 called the older intake's dropout before the start "elevated" at a chance near the study group's; now it is compared.
    const older = items.find((i) => i.id === OLDER_INTAKE_ID)!;
    expect(older.result.risks!.moments.map((m) => m.band)).toEqual(['higher', 'around', 'around', null]);
    store.close();
  });

  it('translates every override into the current bands, keeping the word first recorded, the reason, the author and the time', async () => {
    const { store } = await upgradedStore();
    const intake = (await store.getIntake(INTAKE_ID))!;
    const old = legacyIntake(INTAKE_ID).overrides as Record<string, { band: string; reason: string; by: string | null; at: string }[]>;
    expect(intake.overrides).toEqual({
      during: [
        { ...old.during![0], band: 'higher', earlierBand: 'elevated' },
        { ...old.during![1], band: 'much-higher', earlierBand: 'high' },
      ],
      // Outflow's old band was the risk of NOT finding work: "low" risk is a higher chance of work.
      outflow: [{ ...old.outflow![0], band: 'higher', earlierBand: 'low' }],
    });
    const effective = applyOverrides(intake.result, intake.overrides).risks!.moments;
    expect(effectiveBand(effective.find((m) => m.moment === 'during')!)).toBe('much-higher');
    expect(effectiveBand(effective.find((m) => m.moment === 'outflow')!)).toBe('higher');
    expect((await store.getIntake(OLDER_INTAKE_ID))!.overrides).toEqual({});
    store.close();
  });

  it('maps each old band by what it meant: dropout keeps its direction, the risk of not finding work turns round', () => {
    for (const moment of ['before-start', 'during', 'after-placement'] as const) {
      expect([currentBandOf(moment, 'low'), currentBandOf(moment, 'elevated'), currentBandOf(moment, 'high')]).toEqual(['lower', 'higher', 'much-higher']);
    }
    expect([currentBandOf('outflow', 'low'), currentBandOf('outflow', 'elevated'), currentBandOf('outflow', 'high')]).toEqual(['higher', 'lower', 'much-lower']);
  });

  it('audits each rescored intake with the engine versions it went from and to', async () => {
    const { store } = await upgradedStore();
    const rescored = (await store.listAudit(KEY_A)).items.filter((a) => a.action === 'intake-rescored');
    expect(rescored).toEqual([OLDER_INTAKE_ID, INTAKE_ID].map((intakeId) => ({
      id: expect.any(Number),
      at: '2026-11-23T09:00:00.000Z',
      action: 'intake-rescored',
      // Written by the upgrade, not by a caseworker.
      actor: null,
      clientKey: KEY_A,
      detail: {
        intakeId,
        fromEngine: '0.1.0',
        toEngine: ENGINE_VERSION,
        fromSchema: 'trede.result/1',
        toSchema: 'trede.result/2',
        overridesTranslated: intakeId === INTAKE_ID ? 3 : 0,
      },
    })));
    store.close();
  });

  it('keeps an intake that can no longer be scored exactly as it was, and reports it as unreadable', async () => {
    const broken = legacyIntake(INTAKE_ID);
    broken.id = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    broken.completedAt = '2026-02-01T10:00:00.000Z';
    // An answer to an item the current catalogue does not know: the response no longer validates.
    broken.response = { ...broken.response, id: broken.id, answers: { ...(broken.response.answers as object), 'bg.retired': 3 } };
    const { name, before, store } = await upgradedStore([broken]);
    const listed = await store.listIntakes(KEY_A);
    expect(listed.items.map((i) => i.id)).toEqual([OLDER_INTAKE_ID, INTAKE_ID]);
    expect(listed.errors).toHaveLength(1);
    expect(listed.errors[0]).toBeInstanceOf(StoreRecordError);
    expect(listed.errors[0]).toMatchObject({ store: 'intakes', recordKey: broken.id, operation: 'read' });
    store.close();
    const after = await dumpDatabase(name);
    const row = (dump: typeof before) => dump.intakes!.find((r) => r.key === broken.id);
    expect(row(after)).toEqual(row(before));
    expect(after.intakes).toHaveLength(3);
    expect(after.audit!.filter((a) => (a.value as { detail: { intakeId?: string } }).detail.intakeId === broken.id)).toEqual([]);
  });

  it('loads core’s scorer only when an existing database is upgraded past migration 4', async () => {
    const fresh = uniqueName('fresh');
    let loads = rescorerLoads.count;
    (await openStore({ name: fresh })).close();
    expect(rescorerLoads.count, 'a new database has nothing to rescore').toBe(loads);
    (await openStore({ name: fresh })).close();
    expect(rescorerLoads.count, 'an up-to-date database').toBe(loads);
    const old = await databaseAt(3);
    expect(rescorerLoads.count, 'opening versions 1 to 3').toBe(loads);
    (await openStore({ name: old })).close();
    expect(rescorerLoads.count, 'upgrading version 3').toBe(loads + 1);
    // A browser that cannot list its databases: load it, to be safe.
    loads = rescorerLoads.count;
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not supported'));
    (await openStore({ name: uniqueName('no-list') })).close();
    expect(rescorerLoads.count).toBe(loads + 1);
  });

  it('without the scorer an upgrade with old intakes aborts: version 3 and every record stay', async () => {
    const name = await databaseAt(3);
    const before = await dumpDatabase(name);
    // The browser claims the database is current already, so the opener does not load the scorer.
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name, version: DB_VERSION }]);
    await expect(openTredeDb(name, DB_VERSION)).rejects.toMatchObject({ key: 'error.store.upgradeWithoutScorer' });
    const db = await openDB(name);
    expect(db.version).toBe(3);
    db.close();
    expect(await dumpDatabase(name)).toEqual(before);
  });
});

describe('migration 5: intake sessions and the quarantine', () => {
  it('leaves a draft that does not read even with a session exactly as it was; the next save sets it aside', async () => {
    const name = await databaseAt(4);
    const corrupt = { clientKey: KEY_B, answers: { 'bg.partner': 'misschien' }, updatedAt: 'gisteren' };
    const raw = await openDB(name, 4);
    await raw.put('drafts', corrupt);
    raw.close();
    const store = await openStore({ name });
    const dump = await dumpDatabase(name);
    expect(dump.drafts!.find((row) => row.key === KEY_B)!.value).toEqual(corrupt);
    const { setAside, draft } = await store.saveDraftChanges(KEY_B, { changes: { 'bg.partner': { value: true } }, step: 'background' });
    expect(setAside).toMatchObject({ store: 'drafts', key: KEY_B, clientKey: KEY_B, record: corrupt });
    expect(draft.answers).toEqual({ 'bg.partner': true });
    store.close();
  });
});

describe('encryption at rest switched on for an install of every earlier version', () => {
  /** Everything the store hands out about one client, with its key taken out (the key changes when sealed). */
  async function clientData(store: TredeStore, key: string) {
    const strip = <T extends object>(records: T[]) => records.map((r) => ({ ...r, clientKey: undefined, key: undefined }));
    const overview = await store.clientOverview(key);
    return {
      client: overview.client ? strip([overview.client]) : [],
      draft: overview.draft ? strip([overview.draft]) : [],
      intakes: strip((await store.listIntakes(key)).items),
      outcomes: strip((await store.listOutcomes(key)).items),
      audit: strip((await store.listAudit(key)).items),
      counts: Object.values(await store.countClientRecords(key)).reduce((a, b) => a + b, 0),
    };
  }

  for (let version = 1; version < DB_VERSION; version++) {
    it(`from version ${version}: upgraded, then every record sealed in place under new client keys, nothing lost`, async () => {
      const name = await databaseAt(version);
      const plain = await openStore({ name });
      const before = { a: await clientData(plain, KEY_A), b: await clientData(plain, KEY_B) };
      plain.close();
      expect(before.a.counts + before.b.counts).toBeGreaterThan(0);
      // An install from before encryption: no choice recorded, the set-up screen switches it on directly.
      await setUpEncryption('een lange wachtzin voor de test', undefined, { name });
      const sealed = await openUnlockedStore({ name });
      const after = {
        a: await clientData(sealed, await sealed.codec.clientKey(KEY_A)),
        b: await clientData(sealed, await sealed.codec.clientKey(KEY_B)),
      };
      expect(after).toEqual(before);
      const dump = await dumpDatabase(name);
      for (const store of Object.keys(SEALED_FIELDS)) {
        for (const { value } of dump[store] ?? []) expect(isEnvelope(value), store).toBe(true);
      }
      const text = JSON.stringify(dump, (_k, v: unknown) => (v instanceof Uint8Array ? '' : v));
      for (const oldKey of [KEY_A, KEY_B]) expect(text).not.toContain(oldKey);
      sealed.close();
      dropConnection(name);
    });
  }
});
