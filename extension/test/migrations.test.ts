import { ENGINE_VERSION, scoreIntake } from '@trede/core';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../src/adapters/presets';
import { createSecretKey } from '../src/client-key';
import { openStore, openTredeDb } from '../src/store/repo';
import { CATALOGUE_VERSIONS, DB_VERSION, MIGRATIONS, type IntakeRecord } from '../src/store/schema';
import { exampleIntake, KEY_A } from './support/fixtures';
import { describeSchema, dumpDatabase, uniqueName } from './support/store';

afterEach(() => {
  vi.restoreAllMocks();
});

const INTAKE_ID = '5b0c2a43-4c5e-4f7b-9a51-0c8f3d1e2a10';
const OLDER_INTAKE_ID = '0f3f6d2e-9d3c-4a3c-8d0e-6b4a2c1f9e77';

function intakeRecord(id: string, completedAt: string): IntakeRecord {
  const response = { ...exampleIntake(), id };
  const result = scoreIntake(response);
  return {
    id,
    clientKey: KEY_A,
    completedAt,
    response,
    result,
    engineVersion: result.engineVersion,
    instrumentVersions: Object.fromEntries(result.instruments.map((i) => [i.id, i.version])),
    overrides: {},
  };
}

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
      engineVersion: ENGINE_VERSION,
    });
    // Written newest first, so that only the index can put them in order.
    tx.objectStore('intakes').put(intakeRecord(INTAKE_ID, '2026-03-01T10:00:00.000Z'));
    tx.objectStore('intakes').put(intakeRecord(OLDER_INTAKE_ID, '2026-01-15T10:00:00.000Z'));
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
      secrets: { keyPath: null, autoIncrement: false, indexes: {} },
      settings: { keyPath: null, autoIncrement: false, indexes: {} },
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
        for (const [store, rows] of Object.entries(before)) expect(after[store], store).toEqual(rows);
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
      expect((await store.listAudit(KEY_A)).items.map((a) => a.action)).toEqual(['client-created']);
      // The old secret is kept: keys made before the upgrade still match.
      const key = await store.clientKeyFor('123456782');
      expect(await store.clientKeyFor('123456782')).toBe(key);
      await store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2026-04-01', phase: 'assessment', reasons: ['care-advice'] });
      expect((await store.listOutcomes(KEY_A)).items.map((o) => o.kind)).toContain('dropped-out');
      // The v3 adapters store.
      await store.saveAdapter(PRESETS[1]!);
      expect((await store.listAdapters()).items.map((a) => a.id)).toContain(PRESETS[1]!.id);
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
