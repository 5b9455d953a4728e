import { afterEach, describe, expect, it } from 'vitest';
import type { TredeStore } from '../src/store/repo';
import type { StoreAccess } from '../src/store/client-rights';
import { cutoffFor, eraseExpired, findExpired, RETENTION_BATCH } from '../src/store/retention';
import { exampleAnswers, KEY_A, KEY_B } from './support/fixtures';
import { dumpDatabase, freshStore, rawPut } from './support/store';

const KEY_C = 'c'.repeat(64);
const KEY_D = 'd'.repeat(64);
const KEY_E = 'e'.repeat(64);

/** A clock the test moves by hand. */
function handClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
  };
}

let store: TredeStore;
// The first test opens no store.
afterEach(() => store?.close());

async function intake(clientKey: string): Promise<string> {
  const outcome = await store.completeIntake(clientKey, { answers: exampleAnswers() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.intake.id;
}

/**
 * A: intake in Jan 2024, nothing since. B: intake in Jan 2024, outcome in Jan 2026. C: intake in Jan 2024,
 * summary copied in Mar 2026. D: intake in Jan 2024, a draft saved in Feb 2026. E: intake in Jan 2025.
 * "Now" is 1 June 2026: with 24 months, only A is past the period (its last activity is before June 2024).
 */
async function seed() {
  const clock = handClock('2024-01-15T10:00:00.000Z');
  store = await freshStore(clock.now);
  const ids: Record<string, string> = {};
  for (const key of [KEY_A, KEY_B, KEY_C, KEY_D]) ids[key] = await intake(key);
  clock.set('2025-01-15T10:00:00.000Z');
  ids[KEY_E] = await intake(KEY_E);
  clock.set('2026-01-15T10:00:00.000Z');
  await store.recordOutcome({ clientKey: KEY_B, intakeId: ids[KEY_B], kind: 'started', date: '2026-01-10' });
  clock.set('2026-02-15T10:00:00.000Z');
  await store.saveDraft(KEY_D, { 'bc.stress': 2 }, 'basic-competences');
  clock.set('2026-03-15T10:00:00.000Z');
  await store.recordEvent('summary-copied', KEY_C, { intakeId: ids[KEY_C]! });
  clock.set('2026-06-01T08:00:00.000Z');
  return { clock, ids };
}

describe('retention', () => {
  it('the period ends the same day so many months later', () => {
    expect(cutoffFor(new Date('2026-06-01T08:00:00.000Z'), 24).toISOString()).toBe('2024-06-01T08:00:00.000Z');
    expect(cutoffFor(new Date('2026-06-01T08:00:00.000Z'), 6).toISOString()).toBe('2025-12-01T08:00:00.000Z');
  });

  it('is 24 months by default and previews only the clients without activity since then, with what would go', async () => {
    const { ids } = await seed();
    expect((await store.getSettings()).retentionMonths).toBe(24);
    const preview = await store.previewRetention();
    expect(preview.months).toBe(24);
    expect(preview.cutoff).toBe('2024-06-01T08:00:00.000Z');
    expect(preview.clients).toEqual([{ clientKey: KEY_A, label: null, lastActivity: '2024-01-15T10:00:00.000Z', intakes: 1 }]);
    expect(preview.counts).toMatchObject({ clients: 1, intakes: 1, drafts: 0, outcomes: 0, audit: 2 });
    // A preview deletes nothing.
    expect(await store.getIntake(ids[KEY_A]!)).toBeDefined();
  });

  it('deletes exactly the previewed clients, audited per batch with counts, the period and the trigger, no key', async () => {
    await seed();
    await store.saveSettings({ initials: 'JDV' });
    const outcome = await store.applyRetention('manual');
    expect(outcome).toMatchObject({ months: 24, skipped: 0, remaining: 0 });
    expect(outcome.removed).toMatchObject({ clients: 1, intakes: 1, audit: 2 });
    expect(await store.countClientRecords(KEY_A)).toMatchObject({ clients: 0, intakes: 0, audit: 0 });
    for (const key of [KEY_B, KEY_C, KEY_D, KEY_E]) expect((await store.countClientRecords(key)).clients, key).toBe(1);
    expect(JSON.stringify(await dumpDatabase(store.db.name)).includes(KEY_A)).toBe(false);
    const entry = (await store.listAudit()).items.at(-1)!;
    expect(entry).toMatchObject({ action: 'retention-erased', clientKey: null, actor: 'JDV', detail: { clients: 1, intakes: 1, auditEntries: 2, months: 24, trigger: 'manual' } });
    // Run again: nothing left to do, nothing written.
    const count = await store.db.count('audit');
    expect((await store.applyRetention('startup')).removed.clients).toBe(0);
    expect(await store.db.count('audit')).toBe(count);
  });

  it('follows the setting: a shorter period takes more clients; off takes none', async () => {
    await seed();
    await store.saveSettings({ retentionMonths: 12 });
    expect((await store.previewRetention()).clients.map((c) => c.clientKey)).toEqual([KEY_A, KEY_E]);
    await store.saveSettings({ retentionMonths: 3 });
    // Since 1 March 2026: only C (copied in March) is active.
    expect((await store.previewRetention()).clients.map((c) => c.clientKey).sort()).toEqual([KEY_A, KEY_B, KEY_D, KEY_E].sort());
    await store.saveSettings({ retentionMonths: null });
    const off = await store.previewRetention();
    expect(off).toMatchObject({ months: null, cutoff: null, clients: [] });
    expect((await store.applyRetention('startup')).removed.clients).toBe(0);
    expect(await store.countClientRecords(KEY_A)).toMatchObject({ clients: 1, intakes: 1 });
  });

  it('refuses a period outside 1–120 months and keeps the old one', async () => {
    store = await freshStore();
    for (const months of [0, 121, 2.5]) await expect(store.saveSettings({ retentionMonths: months })).rejects.toMatchObject({ field: 'retentionMonths' });
    expect((await store.getSettings()).retentionMonths).toBe(24);
  });

  it('does not delete a client that became active between finding and deleting (another panel)', async () => {
    await seed();
    // The sweep's two halves, with a draft saved for A in between (as another panel would).
    const access = (store as unknown as { access(): StoreAccess }).access();
    const expired = await findExpired(access);
    expect(expired.clients.map(([key]) => key)).toEqual([KEY_A]);
    await store.saveDraft(KEY_A, { 'bc.stress': 1 }, 'basic-competences');
    const outcome = await eraseExpired(access, expired, 'manual');
    expect(outcome).toMatchObject({ skipped: 1, removed: { clients: 0, intakes: 0 } });
    expect(await store.countClientRecords(KEY_A)).toMatchObject({ clients: 1, drafts: 1, intakes: 1 });
  });

  it('a start-up sweep deletes at most its limit and says how many are left', async () => {
    await seed();
    await store.saveSettings({ retentionMonths: 3 });
    const outcome = await store.applyRetention('startup', 2);
    expect(outcome.removed.clients).toBe(2);
    expect(outcome.remaining).toBe(2);
    expect((await store.previewRetention()).clients).toHaveLength(2);
  });

  it('reads activity from records that do not pass their schema, and keeps a client it cannot date', async () => {
    await seed();
    // E's client record is corrupt but still says when its last intake was (Jan 2025): E stays.
    const raw = (await dumpDatabase(store.db.name)).clients!.find((r) => r.key === KEY_E)!.value as Record<string, unknown>;
    await rawPut(store.db.name, 'clients', { ...raw, label: 42 });
    // An outcome without any readable time for a key with nothing else: kept (undatable).
    const undatable = 'f'.repeat(64);
    await rawPut(store.db.name, 'outcomes', { id: '99999999-2222-4333-8444-555555555555', clientKey: undatable, recordedAt: 'ooit' });
    const keys = (await store.previewRetention()).clients.map((c) => c.clientKey);
    expect(keys).toEqual([KEY_A]);
  });

  it('deletes neighbours together but keeps what lies between them: a surviving client’s entries, intake and record', async () => {
    const [K1, K2, K3] = ['1', '2', '3'].map((c) => c.repeat(64)) as [string, string, string];
    const clock = handClock('2024-01-15T10:00:00.000Z');
    store = await freshStore(clock.now);
    const ids = { [K1]: await intake(K1), [K2]: await intake(K2), [K3]: await intake(K3) };
    clock.set('2024-01-16T10:00:00.000Z');
    await store.recordEvent('summary-copied', K1, { intakeId: ids[K1]! });
    // Audit ids: K1 1-2, K2 3-4, K3 5-6, K1 7. An intake of each with ids in that order too.
    const stored = (await dumpDatabase(store.db.name)).intakes!;
    for (const [n, key] of [K1, K2, K3].entries()) {
      const original = stored.find((row) => row.key === ids[key])!.value as Record<string, unknown>;
      await rawPut(store.db.name, 'intakes', { ...original, id: `00000000-0000-4000-8000-00000000000${n + 1}` });
    }
    // K2 is active in 2026; K1 and K3 are past 24 months.
    clock.set('2026-03-15T10:00:00.000Z');
    await store.recordEvent('summary-copied', K2, { intakeId: ids[K2]! });
    clock.set('2026-06-01T08:00:00.000Z');

    const outcome = await store.applyRetention('manual');
    expect(outcome.removed).toMatchObject({ clients: 2, intakes: 4, audit: 5 });
    expect(await store.countClientRecords(K2)).toMatchObject({ clients: 1, intakes: 2, audit: 3 });
    expect(await store.getIntake('00000000-0000-4000-8000-000000000002')).toBeDefined();
    for (const key of [K1, K3]) expect(await store.countClientRecords(key)).toMatchObject({ clients: 0, intakes: 0, audit: 0 });
  });

  it('keeps a client whose key falls between two that go when it arrived after they were found (another panel)', async () => {
    const [K1, K2, K3] = ['1', '2', '3'].map((c) => c.repeat(64)) as [string, string, string];
    const clock = handClock('2024-01-15T10:00:00.000Z');
    store = await freshStore(clock.now);
    await intake(K1);
    await intake(K3);
    clock.set('2026-06-01T08:00:00.000Z');
    const access = (store as unknown as { access(): StoreAccess }).access();
    const expired = await findExpired(access);
    expect(expired.clients.map(([key]) => key).sort()).toEqual([K1, K3]);
    await intake(K2);
    const outcome = await eraseExpired(access, expired, 'manual');
    expect(outcome.removed).toMatchObject({ clients: 2, intakes: 2 });
    expect(await store.countClientRecords(K2)).toMatchObject({ clients: 1, intakes: 1, audit: 2 });
  });

  it('deletes in transactions of RETENTION_BATCH clients, each with its own audit entry', async () => {
    store = await freshStore(() => new Date('2026-06-01T08:00:00.000Z'));
    const total = RETENTION_BATCH + 7;
    const tx = store.db.transaction('clients', 'readwrite');
    for (let i = 0; i < total; i++) void tx.store.put({ key: i.toString(16).padStart(64, '0'), createdAt: '2023-05-01T10:00:00.000Z', lastIntakeAt: null });
    await tx.done;
    await store.applyRetention('manual');
    const entries = (await store.listAudit()).items.filter((e) => e.action === 'retention-erased');
    expect(entries.map((e) => e.detail.clients)).toEqual([RETENTION_BATCH, 7]);
    expect(await store.db.count('clients')).toBe(0);
  });
});
