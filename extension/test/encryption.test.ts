// Encryption at rest through the store: what a copy of the profile shows, unlocking and locking, a changed
// passphrase, sealing an install's existing records, two panels on one draft while sealing, and records that
// were tampered with. The vault's own cryptography is test/vault.test.ts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeOverlayData } from '../src/background/overlay-data';
import { setUpIdleLock } from '../src/background/idle-lock';
import { pseudonymise } from '../src/client-key';
import { errorText } from '../src/errors';
import { isEnvelope } from '../src/store/codec';
import { changePassphrase, chooseNoEncryption, eraseEverything, lockWhenIdle, setUpEncryption, unlock } from '../src/store/lock-actions';
import { dropConnection, lock, lockState, onLockChange, openUnlockedStore } from '../src/store/lock';
import { openStore, type TredeStore } from '../src/store/repo';
import { SEALED_FIELDS } from '../src/store/schema';
import { exampleAnswers, exampleIntake } from './support/fixtures';
import { dumpDatabase, rawPut, tickingClock, uniqueName } from './support/store';

const PASSPHRASE = 'paars konijn fietst langzaam';
const REFERENCE = '123456782';
const NICKNAME = 'Meneer Dinsdagochtend';
const REASON = 'Heeft net een zware verhuizing achter de rug';

let name: string;
const opened: TredeStore[] = [];
const options = () => ({ name, now: tickingClock() });

beforeEach(() => {
  fakeBrowser.reset();
  name = uniqueName('vault');
});
afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
  dropConnection(name);
});

async function unlocked(): Promise<TredeStore> {
  const store = await openUnlockedStore(options());
  opened.push(store);
  return store;
}

/** A client with a nickname, a finished intake with an override and an outcome, and a draft. */
async function workWith(store: TredeStore): Promise<string> {
  const key = await store.clientKeyFor(REFERENCE);
  await store.ensureClient(key);
  await store.setClientLabel(key, NICKNAME);
  const done = await store.completeIntake(key, exampleIntake());
  if (!done.ok) throw new Error('intake did not score');
  await store.recordOverride(done.intake.id, 'before-start', 'higher', REASON);
  await store.recordOutcome({ clientKey: key, kind: 'started', date: '2026-11-20', phase: 'assessment' });
  await store.saveDraft(key, { 'bc.stress': 3 }, 'basic-competences');
  return key;
}

/** Everything stored, as text, the way a copy of the profile's database would show it. */
async function diskText(): Promise<string> {
  return JSON.stringify(await dumpDatabase(name), (_k, v: unknown) => (v instanceof Uint8Array ? `[${v.length} bytes]` : v));
}

describe('a copy of the profile, with encryption on', () => {
  it('holds no nickname, reason, answer, result or audit detail: only sealed records beside their index fields', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const store = await unlocked();
    await workWith(store);
    const text = await diskText();
    for (const needle of [NICKNAME, REASON, 'bc.stress', 'answers', 'result', 'much-higher', 'override-recorded', 'started', 'assessment', REFERENCE]) {
      expect(text, needle).not.toContain(needle);
    }
    const dump = await dumpDatabase(name);
    for (const store of Object.keys(SEALED_FIELDS) as (keyof typeof SEALED_FIELDS)[]) {
      expect(dump[store]!.length, store).toBeGreaterThan(store === 'quarantine' ? -1 : 0);
      for (const { value } of dump[store]!) {
        expect(isEnvelope(value), store).toBe(true);
        const clear = Object.keys(value as object).filter((field) => field !== 'sealed');
        expect(clear.every((field) => (SEALED_FIELDS[store] as readonly string[]).includes(field)), `${store}: ${clear}`).toBe(true);
      }
    }
  });

  it('does not link a reference to its client with the install secret alone: the stored key needs the sealed secret', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const key = await workWith(await unlocked());
    const dump = await dumpDatabase(name);
    const inner = (dump.secrets!.find((r) => r.key === 'client-key')!.value as { key: CryptoKey }).key;
    const withProfileOnly = await pseudonymise(REFERENCE, inner);
    expect(withProfileOnly).not.toBe(key);
    expect(await diskText()).not.toContain(withProfileOnly);
    expect(await diskText()).toContain(key);
  });
});

describe('locking and unlocking', () => {
  it('a first run asks for the choice; set up, it is unlocked; locked, the store will not open', async () => {
    expect(await lockState(options())).toEqual({ kind: 'unset', hasData: false });
    await setUpEncryption(PASSPHRASE, undefined, options());
    expect(await lockState(options())).toEqual({ kind: 'unlocked' });
    await lock();
    expect(await lockState(options())).toEqual({ kind: 'locked' });
    await expect(openUnlockedStore(options())).rejects.toMatchObject({ name: 'LockedError' });
  });

  it('a wrong passphrase says so in Dutch and English and changes nothing', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    await workWith(await unlocked());
    await lock();
    const before = await diskText();
    const error = await unlock('paars konijn fietst snel!!', undefined, options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'VaultError', reason: 'wrong-passphrase' });
    expect(errorText(error, 'nl')).toContain('wachtzin klopt niet');
    expect(errorText(error, 'en')).toContain('passphrase is not right');
    expect(await diskText()).toBe(before);
    expect(await lockState(options())).toEqual({ kind: 'locked' });
  });

  it('unlocking gives back every record, under the same client key for the same reference', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const first = await unlocked();
    const key = await workWith(first);
    const intakes = (await first.listIntakes(key)).items;
    await lock();
    await unlock(PASSPHRASE, undefined, options());
    const again = await unlocked();
    expect(await again.clientKeyFor(REFERENCE)).toBe(key);
    expect((await again.getClient(key))?.label).toBe(NICKNAME);
    expect((await again.listIntakes(key)).items).toEqual(intakes);
    expect((await again.getDraft(key))?.answers).toEqual({ 'bc.stress': 3 });
    expect((await again.listAudit(key)).errors).toEqual([]);
  });

  it('every page hears the choice to work without encryption (a page on the set-up screen moves on)', async () => {
    let heard = 0;
    const stop = onLockChange(() => (heard += 1));
    await chooseNoEncryption(options());
    stop();
    expect(heard).toBe(1);
  });

  it('every page hears a lock and an unlock', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    let heard = 0;
    const stop = onLockChange(() => (heard += 1));
    await lock();
    await unlock(PASSPHRASE, undefined, options());
    stop();
    await lock();
    expect(heard).toBe(2);
  });

  it('locks once nobody worked for the idle time in the settings, and not before', async () => {
    let now = new Date('2026-11-28T09:00:00.000Z');
    const clockAt = () => now;
    await setUpEncryption(PASSPHRASE, undefined, { name, now: clockAt });
    const store = await openUnlockedStore({ name, now: clockAt });
    opened.push(store);
    await store.saveSettings({ lockAfterMinutes: 10 });
    now = new Date('2026-11-28T09:09:00.000Z');
    expect(await lockWhenIdle({ name, now: clockAt })).toBe(false);
    expect(await lockState({ name, now: clockAt })).toEqual({ kind: 'unlocked' });
    now = new Date('2026-11-28T09:10:01.000Z');
    expect(await lockWhenIdle({ name, now: clockAt })).toBe(true);
    expect(await lockState({ name, now: clockAt })).toEqual({ kind: 'locked' });
  });

  it('a changed passphrase: the old one no longer opens, the new one does, and no record was rewritten', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    await workWith(await unlocked());
    const records = async () => {
      const dump = await dumpDatabase(name);
      return JSON.stringify(Object.keys(SEALED_FIELDS).map((store) => dump[store]), (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v));
    };
    const before = await records();
    await expect(changePassphrase('niet de goede wachtzin', 'een heel nieuwe wachtzin', options())).rejects.toMatchObject({ reason: 'wrong-passphrase' });
    await changePassphrase(PASSPHRASE, 'een heel nieuwe wachtzin', options());
    expect(await records()).toBe(before);
    await lock();
    await expect(unlock(PASSPHRASE, undefined, options())).rejects.toMatchObject({ reason: 'wrong-passphrase' });
    await unlock('een heel nieuwe wachtzin', undefined, options());
    expect(await lockState(options())).toEqual({ kind: 'unlocked' });
  });

  it('a passphrase shorter than 12 characters is refused before anything is stored', async () => {
    const error = await setUpEncryption('kort', undefined, options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'weak-passphrase' });
    expect(errorText(error, 'en')).toContain('at least 12 characters');
    expect(await lockState(options())).toEqual({ kind: 'unset', hasData: false });
  });
});

describe('a lost passphrase', () => {
  it('erasing everything leaves no record and no unlock; every page hears it, and the next start is a first run', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    await workWith(await unlocked());
    await lock();
    let heard = 0;
    const stop = onLockChange(() => (heard += 1));
    await eraseEverything({ name });
    stop();
    expect(heard).toBeGreaterThan(0);
    expect(await lockState(options())).toEqual({ kind: 'unset', hasData: false });
    const dump = await dumpDatabase(name);
    expect(Object.entries(dump).filter(([, records]) => records.length > 0)).toEqual([]);
    expect(await fakeBrowser.storage.session.get('trede.vault.key')).toEqual({});
  });
});

describe('switching encryption on for an install with records', () => {
  it('seals every record in place under new client keys; the same reference finds the same client with everything', async () => {
    await chooseNoEncryption(options());
    expect(await lockState(options())).toEqual({ kind: 'off' });
    const plain = await unlocked();
    const oldKey = await workWith(plain);
    const before = {
      client: await plain.getClient(oldKey),
      intakes: (await plain.listIntakes(oldKey)).items,
      outcomes: (await plain.listOutcomes(oldKey)).items,
      draft: await plain.getDraft(oldKey),
      audit: (await plain.listAudit(oldKey)).items.map(({ clientKey: _k, ...entry }) => entry),
    };
    expect(await diskText()).toContain(NICKNAME);
    const progress: [number, number][] = [];
    await setUpEncryption(PASSPHRASE, (done, total) => progress.push([done, total]), options());
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    const text = await diskText();
    for (const needle of [NICKNAME, REASON, 'bc.stress', oldKey]) expect(text, needle).not.toContain(needle);
    const store = await unlocked();
    const key = await store.clientKeyFor(REFERENCE);
    expect(key).not.toBe(oldKey);
    expect(await store.getClient(key)).toEqual({ ...before.client, key });
    expect((await store.listIntakes(key)).items).toEqual(before.intakes.map((intake) => ({ ...intake, clientKey: key })));
    expect((await store.listOutcomes(key)).items).toEqual(before.outcomes.map((outcome) => ({ ...outcome, clientKey: key })));
    expect(await store.getDraft(key)).toEqual({ ...before.draft, clientKey: key });
    const audit = (await store.listAudit(key)).items;
    expect(audit.map(({ clientKey: _k, ...entry }) => entry)).toEqual(before.audit);
  });

  it('no page sees the store unlocked before every record is sealed', async () => {
    await chooseNoEncryption(options());
    await workWith(await unlocked());
    const plainAtUnlock: number[] = [];
    const stop = onLockChange(() => {
      void dumpDatabase(name).then((dump) => plainAtUnlock.push(Object.keys(SEALED_FIELDS).flatMap((store) => dump[store] ?? []).filter(({ value }) => !isEnvelope(value)).length));
    });
    await setUpEncryption(PASSPHRASE, undefined, options());
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(plainAtUnlock).toEqual([0]);
  });

  it('sealing that stopped half-way is finished by the next unlock', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const store = await unlocked();
    const key = await workWith(store);
    // As if the browser closed while sealing: one record still in the clear, and the vault says 'pending'.
    const dump = await dumpDatabase(name);
    const state = dump.vault!.find((r) => r.key === 'state')!.value as Record<string, unknown>;
    await rawPut(name, 'vault', { ...state, sealing: 'pending' }, 'state');
    const outcomeId = (await store.listOutcomes(key)).items[0]!.id;
    const plainOutcome = { id: crypto.randomUUID(), clientKey: key, intakeId: null, kind: 'work-or-study', date: '2026-11-21', phase: null, reasons: [], recordedAt: '2026-11-21T10:00:00.000Z' };
    // Written in the clear under the install-secret key of the reference, as a panel without the vault wrote it.
    const inner = (dump.secrets!.find((r) => r.key === 'client-key')!.value as { key: CryptoKey }).key;
    await rawPut(name, 'outcomes', { ...plainOutcome, clientKey: await pseudonymise(REFERENCE, inner) });
    await lock();
    await unlock(PASSPHRASE, undefined, options());
    const after = await dumpDatabase(name);
    expect(after.outcomes!.every(({ value }) => isEnvelope(value))).toBe(true);
    expect((after.vault!.find((r) => r.key === 'state')!.value as { sealing: string }).sealing).toBe('done');
    const outcomes = (await (await unlocked()).listOutcomes(key)).items.map((o) => o.id);
    expect(outcomes.sort()).toEqual([outcomeId, plainOutcome.id].sort());
  });
});

describe('sealed records on disk', () => {
  it('a sealed intake copied under another id does not open: named as unreadable, the original still reads', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const store = await unlocked();
    const key = await workWith(store);
    const [intake] = (await store.listIntakes(key)).items;
    const stored = (await dumpDatabase(name)).intakes!.find((r) => r.key === intake!.id)!.value as Record<string, unknown>;
    const forged = crypto.randomUUID();
    await rawPut(name, 'intakes', { ...stored, id: forged });
    const error = await store.getIntake(forged).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreRecordError', store: 'intakes', recordKey: forged });
    expect(errorText(error, 'nl')).toContain('niet te openen');
    expect(await store.getIntake(intake!.id)).toEqual(intake);
    const listed = await store.listIntakes(key);
    expect(listed.items).toEqual([intake]);
    expect(listed.errors.map((e) => e.recordKey)).toEqual([forged]);
  });

  it('two panels answering one draft at the same moment lose no answer while every save is sealed', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const one = await unlocked();
    const key = await one.clientKeyFor(REFERENCE);
    await one.ensureClient(key);
    // A second connection, as a second panel has.
    dropConnection(name, false);
    const two = await unlocked();
    const answers = Object.entries(exampleAnswers()).slice(0, 16);
    await Promise.all(
      answers.map(([item, value], i) => (i % 2 ? one : two).saveDraftChanges(key, { changes: { [item]: { value } }, step: 'background' })),
    );
    const draft = await one.getDraft(key);
    expect(draft?.answers).toEqual(Object.fromEntries(answers));
    expect(draft?.revision).toBe(answers.length - 1);
  });

  it('retention finds expired clients without the passphrase fields and names them by their sealed nickname', async () => {
    await setUpEncryption(PASSPHRASE, undefined, { name, now: () => new Date('2023-01-10T10:00:00.000Z') });
    const old = await openUnlockedStore({ name, now: () => new Date('2023-01-10T10:00:00.000Z') });
    opened.push(old);
    const key = await workWith(old);
    // The caseworker is at work now (years later): the idle lock does not apply.
    await fakeBrowser.storage.session.set({ 'trede.vault.activeAt': Date.parse('2026-11-28T09:59:00.000Z') });
    const later = await openUnlockedStore({ name, now: () => new Date('2026-11-28T10:00:00.000Z') });
    opened.push(later);
    const preview = await later.previewRetention();
    expect(preview.clients.map((c) => [c.clientKey, c.label])).toEqual([[key, NICKNAME]]);
    const outcome = await later.applyRetention('manual');
    expect(outcome.removed.intakes).toBe(1);
    expect(await later.getClient(key)).toBeUndefined();
  });
});

describe('without encryption', () => {
  it('records lie as they are, and the choice can be made only once', async () => {
    await chooseNoEncryption(options());
    const store = await unlocked();
    await workWith(store);
    expect(await diskText()).toContain(NICKNAME);
    await chooseNoEncryption(options());
    expect(await lockState(options())).toEqual({ kind: 'off' });
  });

  it('a store opened without the vault cannot read a sealed record and says so', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    const key = await workWith(await unlocked());
    const plain = await openStore({ name });
    opened.push(plain);
    await expect(plain.getClient(key)).rejects.toMatchObject({ name: 'StoreRecordError', store: 'clients' });
  });
});

describe('the background while locked', () => {
  it('the badge says only that Trede is locked, from the moment it locks, and shows the screening again once unlocked', async () => {
    await setUpEncryption(PASSPHRASE, undefined, options());
    await workWith(await unlocked());
    const data = storeOverlayData(
      () => openUnlockedStore(options()),
      async () => false,
      () => openStore({ name }),
    );
    const screened = await data.badge(REFERENCE);
    expect(screened.tone).not.toBe('none');
    await lock();
    const locked = await data.badge(REFERENCE);
    expect(locked).toEqual({ tone: 'none', text: 'Trede vergrendeld', title: expect.stringContaining('wachtzin') });
    expect(await data.adapters()).toEqual([]);
    await unlock(PASSPHRASE, undefined, options());
    expect(await data.badge(REFERENCE)).toEqual(screened);
  });

  it('the idle alarm runs the idle check every minute, and only for its own alarm', async () => {
    const created: [string, { periodInMinutes: number }][] = [];
    let listener: (alarm: { name: string }) => void = () => {};
    let checks = 0;
    setUpIdleLock(
      { alarms: { create: (n, info) => created.push([n, info]), onAlarm: { addListener: (l) => (listener = l) } } },
      async () => (checks += 1),
    );
    expect(created).toEqual([['trede-idle-lock', { periodInMinutes: 1 }]]);
    listener({ name: 'something-else' });
    listener({ name: 'trede-idle-lock' });
    expect(checks).toBe(1);
  });
});
