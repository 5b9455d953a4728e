import { applyOverrides, DEFAULT_CATALOGUE, effectiveBand, ENGINE_VERSION, OverrideError } from '@trede/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TredeError } from '../src/errors';
import { NotFoundError, StoreRecordError, type TredeStore } from '../src/store/repo';
import { DEFAULT_SETTINGS, type IntakeRecord } from '../src/store/schema';
import { exampleAnswers, KEY_A, KEY_B } from './support/fixtures';
import { dumpDatabase, freshStore, tickingClock } from './support/store';

let store: TredeStore;
beforeEach(async () => {
  store = await freshStore(tickingClock());
});
afterEach(() => store.close());

async function completedIntake(clientKey = KEY_A): Promise<IntakeRecord> {
  const outcome = await store.completeIntake(clientKey, { answers: exampleAnswers() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.intake;
}

describe('settings', () => {
  it('are the defaults (Dutch) until saved, without writing anything', async () => {
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.db.count('settings')).toBe(0);
  });

  it('are saved, merged with what was there, and audited with the fields that changed', async () => {
    await store.saveSettings({ language: 'en' });
    const saved = await store.saveSettings({ approach: 'direct', referenceGroup: 'control' });
    expect(saved).toMatchObject({ language: 'en', approach: 'direct', referenceGroup: 'control' });
    expect(saved.updatedAt).toMatch(/^2026-11-23T/);
    expect(await store.getSettings()).toEqual(saved);
    const audit = (await store.listAudit()).items;
    expect(audit.map((a) => [a.action, a.detail.fields])).toEqual([
      ['settings-changed', 'language'],
      ['settings-changed', 'approach,referenceGroup'],
    ]);
  });

  it('refuse an unknown language or instrument, naming the field, and store nothing', async () => {
    const bad = store.saveSettings({ language: 'de' as 'nl' });
    await expect(bad).rejects.toBeInstanceOf(StoreRecordError);
    await expect(bad).rejects.toMatchObject({ operation: 'write', store: 'settings', field: 'language' });
    await expect(store.saveSettings({ instruments: ['background', 'no-such-instrument'] })).rejects.toMatchObject({ field: 'instruments.1' });
    expect(await store.db.count('settings')).toBe(0);
    expect(await store.db.count('audit')).toBe(0);
  });

  it('enable only instruments that exist in the catalogue', () => {
    const ids = new Set(DEFAULT_CATALOGUE.instruments.map((i) => i.id));
    for (const id of DEFAULT_SETTINGS.instruments) expect(ids.has(id), id).toBe(true);
  });
});

describe('clients', () => {
  it('ensureClient creates a client once and audits it once', async () => {
    const first = await store.ensureClient(KEY_A);
    const again = await store.ensureClient(KEY_A);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ key: KEY_A, lastIntakeAt: null });
    expect((await store.listAudit(KEY_A)).items.map((a) => a.action)).toEqual(['client-created']);
  });

  it('refuses a key that is not a pseudonymous key (e.g. a raw reference)', async () => {
    await expect(store.ensureClient('123456782')).rejects.toBeInstanceOf(TredeError);
    await expect(store.ensureClient('123456782')).rejects.toMatchObject({ key: 'error.client.badKey' });
    expect(await store.db.count('clients')).toBe(0);
  });

  it('keeps a nickname, refuses one with a BSN in it, and can clear it', async () => {
    await store.ensureClient(KEY_A);
    expect((await store.setClientLabel(KEY_A, '  Jan (dinsdag) ')).label).toBe('Jan (dinsdag)');
    await expect(store.setClientLabel(KEY_A, 'Jan 123456782')).rejects.toMatchObject({ key: 'error.text.identifier' });
    expect((await store.getClient(KEY_A))?.label).toBe('Jan (dinsdag)');
    const cleared = await store.setClientLabel(KEY_A, null);
    expect('label' in cleared).toBe(false);
    await expect(store.setClientLabel(KEY_B, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('drafts', () => {
  it('are saved with the instrument and engine versions and read back', async () => {
    const answers = { 'bc.stress': 3, 'bg.children': true, 'bg.support': ['gp'], 'dass4.anx4': null };
    const draft = await store.saveDraft(KEY_A, answers, 'basic-competences');
    expect(await store.getDraft(KEY_A)).toEqual(draft);
    expect(draft.engineVersion).toBe(ENGINE_VERSION);
    expect(draft.instrumentVersions['basic-competences']).toBe('1.0.0');
    expect(draft.instrumentVersions.ladder).toBeDefined();
  });

  it('replace the previous draft of the same client (one record per client)', async () => {
    await store.saveDraft(KEY_A, { 'bc.stress': 3 }, 'basic-competences');
    await store.saveDraft(KEY_A, { 'bc.stress': 4, 'bc.teamwork': 2 }, 'basic-competences');
    expect(await store.db.count('drafts')).toBe(1);
    expect((await store.getDraft(KEY_A))?.answers).toEqual({ 'bc.stress': 4, 'bc.teamwork': 2 });
  });

  it('are one put: no audit entry per answer, and fast', async () => {
    const answers: Record<string, number> = {};
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      answers[`bc.item${i % 10}`] = (i % 5) + 1;
      await store.saveDraft(KEY_A, answers, 'basic-competences');
    }
    const perSave = (performance.now() - started) / 200;
    expect(await store.db.count('audit')).toBe(0);
    expect(perSave).toBeLessThan(20); // generous: fake-indexeddb on a slow CI machine
  });

  it('refuse an answer of the wrong shape, naming the item', async () => {
    const bad = store.saveDraft(KEY_A, { 'bc.stress': { value: 3 } as never }, 'basic-competences');
    await expect(bad).rejects.toMatchObject({ store: 'drafts', field: 'answers.bc.stress' });
    expect(await store.getDraft(KEY_A)).toBeUndefined();
  });

  it('can be discarded (audited)', async () => {
    await store.saveDraft(KEY_A, { 'bc.stress': 3 }, 'basic-competences');
    await store.discardDraft(KEY_A);
    expect(await store.getDraft(KEY_A)).toBeUndefined();
    expect((await store.listAudit(KEY_A)).items.map((a) => a.action)).toEqual(['draft-discarded']);
  });
});

describe('completeIntake', () => {
  it('scores with core, stores the intake, deletes the draft, updates the client and audits, together', async () => {
    await store.ensureClient(KEY_A);
    await store.saveDraft(KEY_A, exampleAnswers(), 'ladder');
    const outcome = await store.completeIntake(KEY_A, { answers: exampleAnswers() });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { intake, result } = outcome;
    expect(result.schema).toBe('trede.result/2');
    expect(result.ladder.position).not.toBeNull();
    expect(result.risks?.moments.map((m) => m.moment)).toEqual(['before-start', 'during', 'outflow', 'after-placement']);
    expect(await store.getIntake(intake.id)).toEqual(intake);
    expect(await store.getDraft(KEY_A)).toBeUndefined();
    expect((await store.getClient(KEY_A))?.lastIntakeAt).toBe(intake.completedAt);
    const audit = (await store.listAudit(KEY_A)).items;
    expect(audit.map((a) => a.action)).toEqual(['client-created', 'intake-completed']);
    expect(audit[1]!.detail).toMatchObject({ intakeId: intake.id, engineVersion: ENGINE_VERSION });
  });

  it('keeps the engine and instrument versions that produced the result', async () => {
    const intake = await completedIntake();
    expect(intake.engineVersion).toBe(ENGINE_VERSION);
    expect(intake.result.engineVersion).toBe(ENGINE_VERSION);
    for (const instrument of DEFAULT_CATALOGUE.instruments) expect(intake.instrumentVersions[instrument.id]).toBe(instrument.version);
  });

  it('uses the approach and reference group from the settings', async () => {
    await store.saveSettings({ approach: 'direct', referenceGroup: 'control' });
    const intake = await completedIntake();
    expect(intake.result.risks?.approach).toBe('direct');
    expect(intake.result.referenceGroup).toBe('control');
    expect(intake.response.referenceGroup).toBe('control');
    await store.saveSettings({ approach: 'integrated' });
    expect((await completedIntake()).result.risks?.approach).toBe('integrated');
  });

  it("gives the stored response the intake's own id and today's date", async () => {
    const outcome = await store.completeIntake(KEY_A, { answers: exampleAnswers(), id: '123456782' } as never);
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.intake.response.id).toBe(outcome.intake.id);
    expect(outcome.result.intakeId).toBe(outcome.intake.id);
    expect(outcome.intake.response.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("returns core's issues for an impossible answer and stores nothing (the draft stays)", async () => {
    await store.saveDraft(KEY_A, { 'bc.stress': 9 }, 'basic-competences');
    const outcome = await store.completeIntake(KEY_A, { answers: { ...exampleAnswers(), 'bc.stress': 9 } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]).toMatchObject({ code: 'off-scale', path: 'answers.bc.stress' });
    expect(outcome.issues[0]!.message.nl).toBeTruthy();
    expect(await store.db.count('intakes')).toBe(0);
    expect(await store.getDraft(KEY_A)).toBeDefined();
  });

  it('lists a client’s intakes oldest first and finds the latest', async () => {
    const first = await completedIntake();
    await completedIntake(KEY_B);
    const second = await completedIntake();
    const listed = await store.listIntakes(KEY_A);
    expect(listed.errors).toEqual([]);
    expect(listed.items.map((i) => i.id)).toEqual([first.id, second.id]);
    expect((await store.latestIntake(KEY_A))?.id).toBe(second.id);
    expect(await store.latestIntake('c'.repeat(64))).toBeUndefined();
  });
});

describe('overrides', () => {
  it('need a reason; nothing is stored without one', async () => {
    const intake = await completedIntake();
    // The store's free-text rule says it before core's would (src/store/free-text.ts).
    await expect(store.recordOverride(intake.id, 'during', 'much-higher', '')).rejects.toMatchObject({ key: 'error.text.tooShort' });
    await expect(store.recordOverride(intake.id, 'during', 'much-higher', '  ')).rejects.toMatchObject({ key: 'error.text.tooShort' });
    expect((await store.getIntake(intake.id))?.overrides).toEqual({});
  });

  it('are kept per moment next to the model’s band, latest last, and audited', async () => {
    const intake = await completedIntake();
    const modelBand = intake.result.risks!.moments.find((m) => m.moment === 'during')!.band;
    await store.recordOverride(intake.id, 'during', 'much-higher', 'Schulden net bekend geworden', 'jc-12');
    const updated = await store.recordOverride(intake.id, 'during', 'higher', 'Schuldhulp gestart');
    expect(updated.overrides.during?.map((o) => [o.band, o.reason, o.by])).toEqual([
      ['much-higher', 'Schulden net bekend geworden', 'jc-12'],
      ['higher', 'Schuldhulp gestart', null],
    ]);
    // The stored result is what core computed; the override is applied on top.
    expect(updated.result.risks!.moments.find((m) => m.moment === 'during')!.override).toBeNull();
    const effective = applyOverrides(updated.result, updated.overrides).risks!.moments.find((m) => m.moment === 'during')!;
    expect(effective.band).toBe(modelBand);
    expect(effectiveBand(effective)).toBe('higher');
    const audit = (await store.listAudit(KEY_A)).items.filter((a) => a.action === 'override-recorded');
    expect(audit.map((a) => a.detail)).toEqual([
      { intakeId: intake.id, moment: 'during', band: 'much-higher', modelBand },
      { intakeId: intake.id, moment: 'during', band: 'higher', modelBand },
    ]);
  });

  it('keep to the bands of their moment: no dropout band for the chance of work, and the other way round', async () => {
    const intake = await completedIntake();
    // Dropout's finer split lies on the side of concern (much higher); the chance of work's on the other (much lower).
    await expect(store.recordOverride(intake.id, 'during', 'much-lower', 'reden genoeg')).rejects.toBeInstanceOf(OverrideError);
    await expect(store.recordOverride(intake.id, 'outflow', 'much-higher', 'reden genoeg')).rejects.toBeInstanceOf(OverrideError);
    const updated = await store.recordOverride(intake.id, 'outflow', 'much-lower', 'Geen vervoer naar de werkplekken');
    expect(updated.overrides.outflow?.map((o) => o.band)).toEqual(['much-lower']);
  });

  it('are refused for the after-placement checklist (no band) and for an unknown intake', async () => {
    const intake = await completedIntake();
    await expect(store.recordOverride(intake.id, 'after-placement', 'much-higher', 'reden genoeg')).rejects.toBeInstanceOf(OverrideError);
    await expect(store.recordOverride(crypto.randomUUID(), 'during', 'much-higher', 'reden genoeg')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('outcomes', () => {
  it('are recorded with the sources’ reasons and listed in date order', async () => {
    const intake = await completedIntake();
    const dropped = await store.recordOutcome({
      clientKey: KEY_A,
      intakeId: intake.id,
      kind: 'dropped-out',
      date: '2027-02-01',
      phase: 'assessment',
      reasons: ['care-advice', 'motivation'],
    });
    const started = await store.recordOutcome({ clientKey: KEY_A, kind: 'started', date: '2027-01-05', phase: 'assessment' });
    await store.recordOutcome({ clientKey: KEY_B, kind: 'work-or-study', date: '2027-03-01', reasons: ['found-work'] });
    const listed = await store.listOutcomes(KEY_A);
    expect(listed.items.map((o) => o.id)).toEqual([started.id, dropped.id]);
    expect(dropped).toMatchObject({ intakeId: intake.id, reasons: ['care-advice', 'motivation'] });
    expect(started).toMatchObject({ intakeId: null, reasons: [] });
    expect((await store.listAudit(KEY_A)).items.at(-1)).toMatchObject({ action: 'outcome-recorded', detail: { kind: 'started' } });
  });

  it('refuse a dropout without reason, an unknown reason, a duplicate reason and a bad date', async () => {
    await expect(store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2027-02-01' })).rejects.toMatchObject({ field: 'reasons' });
    await expect(store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2027-02-01', reasons: ['lazy' as never] })).rejects.toMatchObject({
      field: 'reasons.0',
    });
    await expect(
      store.recordOutcome({ clientKey: KEY_A, kind: 'dropped-out', date: '2027-02-01', reasons: ['unknown', 'unknown'] }),
    ).rejects.toMatchObject({ field: 'reasons' });
    await expect(store.recordOutcome({ clientKey: KEY_A, kind: 'started', date: '1-2-2027' })).rejects.toMatchObject({ field: 'date' });
    expect(await store.db.count('outcomes')).toBe(0);
    expect(await store.db.count('audit')).toBe(0);
  });
});

describe('privacy', () => {
  it('a full flow never stores the raw client reference', async () => {
    const references = ['123456782', ' 1234.56.782 ', 'KL-2026/0042 b'];
    for (const reference of references) {
      const key = await store.clientKeyFor(reference);
      await store.ensureClient(key);
      await store.setClientLabel(key, 'Jan (dinsdag)');
      await store.saveDraft(key, exampleAnswers(), 'ladder');
      const outcome = await store.completeIntake(key, { answers: exampleAnswers() });
      if (!outcome.ok) throw new Error('not ok');
      await store.recordOverride(outcome.intake.id, 'before-start', 'much-higher', 'Kinderopvang niet geregeld');
      await store.recordOutcome({ clientKey: key, intakeId: outcome.intake.id, kind: 'dropped-out', date: '2027-01-10', phase: 'assessment', reasons: ['other'] });
      await store.saveDraft(key, { 'bc.stress': 2 }, 'basic-competences');
    }
    await store.saveSettings({ language: 'en' });
    const dump = await dumpDatabase(store.db.name);
    expect(Object.keys(dump).sort()).toEqual(['adapters', 'audit', 'clients', 'drafts', 'intakes', 'outcomes', 'quarantine', 'secrets', 'sessions', 'settings', 'vault']);
    const text = JSON.stringify(dump);
    for (const needle of ['123456782', '1234.56.782', 'KL-2026/0042', 'KL-2026/0042B', '20260042']) {
      expect(text.includes(needle), needle).toBe(false);
    }
    // The secret is a CryptoKey: nothing of it serialises.
    expect(JSON.stringify(dump.secrets)).toBe('[{"key":"client-key","value":{"key":{},"createdAt":"2026-11-23T09:00:00.000Z"}}]');
  });
});
