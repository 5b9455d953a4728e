// @vitest-environment happy-dom
// Training mode works in a database of its own: switching it on and off never touches the real data, the
// badge says "training" while it is on, and "Reset training data" empties the training database only and
// counts what it removed.
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../src/adapters/presets';
import { storeOverlayData } from '../src/background/overlay-data';
import { t, type MessageKey } from '../src/i18n/t';
import '../src/i18n/training-texts';
import { openStore } from '../src/store/repo';
import { TRAINING_DB, openStoreFor, trainingOn } from '../src/training/mode';
import { readTrainingMode, setTrainingMode } from '../src/training/mode-switch';
import { RESET_STORES, resetTrainingData } from '../src/training/reset';
import { removedText } from '../src/training/TrainingScreen';
import { chooseNoEncryption } from '../src/store/lock-actions';
import { dumpDatabase } from './support/store';
import { completePersona } from './support/results-ui';

const ANOUK = '710204418';
const REAL_CLIENT = 'KL-2026-0042';

describe('training mode', () => {
  // The real install has made its first-run choice (without encryption here, so its records can be compared raw).
  beforeAll(() => chooseNoEncryption());

  it('is off until switched on; on, the store is the training database and the real one is left as it was', async () => {
    expect(await readTrainingMode()).toBe(false);
    expect(trainingOn()).toBe(false);
    const real = await openStoreFor(false);
    const realKey = await real.clientKeyFor(REAL_CLIENT);
    await completePersona(real, realKey, 'kees');
    const before = await dumpDatabase('trede');
    real.close();

    await setTrainingMode(true);
    // Both copies of the switch: the background's (database) and the pages' (localStorage).
    expect(await readTrainingMode()).toBe(true);
    expect(trainingOn()).toBe(true);
    const training = await openStoreFor(trainingOn());
    const key = await training.clientKeyFor(ANOUK);
    await completePersona(training, key, 'anouk');
    await training.saveAdapter(PRESETS[0]!);
    expect(await training.countIntakes(key)).toBe(1);
    // The real client is not in the training database.
    expect(await training.countIntakes(await training.clientKeyFor(REAL_CLIENT))).toBe(0);
    training.close();

    await setTrainingMode(false);
    expect(await readTrainingMode()).toBe(false);
    expect(trainingOn()).toBe(false);
    expect(await dumpDatabase('trede')).toEqual(before);
    const back = await openStoreFor(false);
    expect(await back.countIntakes(await back.clientKeyFor(REAL_CLIENT))).toBe(1);
    expect(await back.countIntakes(await back.clientKeyFor(ANOUK))).toBe(0);
    back.close();
  });

  it('marks the badge while on, from the training database, and goes back to the real badge when off', async () => {
    const data = storeOverlayData();
    await setTrainingMode(true);
    const onBadge = await data.badge(ANOUK);
    expect(onBadge.text.startsWith(`${t('training.badge', 'nl')} · `)).toBe(true);
    expect(onBadge.title).toContain(t('training.badgeTitle', 'nl'));
    expect(onBadge.text).toContain('positie'); // Anouk was screened in the training database above
    await setTrainingMode(false);
    const offBadge = await data.badge(ANOUK);
    expect(offBadge.text).toBe('nog geen screening');
  });

  it('reset empties clients, intakes, drafts, sessions, outcomes, audit and quarantine of the training database only, keeps adapters, and counts what went', async () => {
    const real = await openStore();
    const realBefore = await dumpDatabase('trede');
    real.close();
    const training = await openStore({ name: TRAINING_DB });
    // Anouk's intake from the first test is there too.
    const key = await training.clientKeyFor('710311528');
    await training.saveDraft(key, { 'bg.age': 58 }, 'background');
    training.close();

    const counts = await resetTrainingData();
    expect(counts.intakes).toBe(1);
    expect(counts.drafts).toBe(1);
    expect(counts.clients).toBeGreaterThanOrEqual(1);
    expect(counts.audit).toBeGreaterThan(0);
    const after = (await dumpDatabase(TRAINING_DB)) as Record<string, unknown[]>;
    for (const store of RESET_STORES) expect(after[store] ?? [], store).toEqual([]);
    expect(after.adapters).toHaveLength(1);
    expect(await dumpDatabase('trede')).toEqual(realBefore);

    // Every store reset has its words, in both languages.
    for (const store of RESET_STORES) for (const lang of ['nl', 'en'] as const) expect(t(`training.count.${store}` as MessageKey, lang, { count: 1 }), store).not.toContain('training.');
    const said = removedText(counts, (key: MessageKey, params) => t(key, 'en', params));
    expect(said).toContain(`${counts.intakes} intake(s)`);
    expect(said).toContain(`${counts.drafts} draft(s)`);
    expect(removedText(await resetTrainingData(), (key: MessageKey, params) => t(key, 'nl', params))).toBe(t('training.resetNothing', 'nl'));
  });
});
