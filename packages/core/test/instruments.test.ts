import { describe, expect, it } from 'vitest';
import { getInstrument } from '../src/instruments/index.js';
import { bandFor } from '../src/scoring/scale.js';
import { scoreIntake } from '../src/intake/score.js';

const scaleOf = (instrumentId: string, scaleId: string) => getInstrument(instrumentId)!.scales.find((s) => s.id === scaleId)!;
const fill = (ids: string[], value: number) => Object.fromEntries(ids.map((id) => [id, value]));

describe('DASS-21 (Lovibond & Lovibond 1995)', () => {
  const ids = (nums: number[]) => nums.map((n) => `dass21.q${String(n).padStart(2, '0')}`);
  const depression = ids([3, 5, 10, 13, 16, 17, 21]);
  const anxiety = ids([2, 4, 7, 9, 15, 19, 20]);
  const stress = ids([1, 6, 8, 11, 12, 14, 18]);

  it('assigns items to subscales as in the manual and scores sum × 2', () => {
    const answers = { ...fill(depression, 1), ...fill(anxiety, 2), ...fill(stress, 3) };
    const r = scoreIntake({ answers });
    expect(r.scales.dass21Depression).toMatchObject({ raw: 7, score: 14, prorated: false });
    expect(r.scales.dass21Anxiety).toMatchObject({ raw: 14, score: 28 });
    expect(r.scales.dass21Stress).toMatchObject({ raw: 21, score: 42 });
  });

  /** Cut-offs on the ×2 score (Lovibond & Lovibond 1995; docs/evidence.md, §2): [band, first score in it]. */
  const cutoffs: Record<string, [string, number][]> = {
    dass21Depression: [['normal', 0], ['mild', 10], ['moderate', 14], ['severe', 21], ['extremely-severe', 28]],
    dass21Anxiety: [['normal', 0], ['mild', 8], ['moderate', 10], ['severe', 15], ['extremely-severe', 20]],
    dass21Stress: [['normal', 0], ['mild', 15], ['moderate', 19], ['severe', 26], ['extremely-severe', 34]],
  };
  for (const [scaleId, bands] of Object.entries(cutoffs)) {
    it(`puts ${scaleId} scores on each side of every cut-off in the right band`, () => {
      const scale = scaleOf('dass21', scaleId);
      bands.forEach(([band, min], i) => {
        expect(bandFor(min, scale)?.id).toBe(band);
        if (i > 0) expect(bandFor(min - 1, scale)?.id).toBe(bands[i - 1]![0]);
        if (i > 0) expect(bandFor(min - 0.01, scale)?.id).toBe(bands[i - 1]![0]);
      });
      expect(bandFor(42, scale)?.id).toBe('extremely-severe');
    });
  }

  it('reaches a band boundary through real answers: depression raw 5 → 10 → mild, raw 4 → 8 → normal', () => {
    const five = { ...fill(depression.slice(0, 5), 1), ...fill(depression.slice(5), 0) };
    expect(scoreIntake({ answers: five }).scales.dass21Depression!.band!.id).toBe('mild');
    const four = { ...fill(depression.slice(0, 4), 1), ...fill(depression.slice(4), 0) };
    expect(scoreIntake({ answers: four }).scales.dass21Depression!.band!.id).toBe('normal');
  });

  it('prorates one missing item per subscale and refuses two', () => {
    const six = fill(anxiety.slice(0, 6), 2);
    const r = scoreIntake({ answers: six }).scales.dass21Anxiety!;
    expect(r.prorated).toBe(true);
    expect(r.raw).toBe(14); // 12 × 7 / 6
    expect(r.score).toBe(28);
    expect(scoreIntake({ answers: fill(anxiety.slice(0, 5), 2) }).scales.dass21Anxiety!.status).toBe('insufficient');
  });
});

describe('DASS short form (TNO 2013)', () => {
  const dep = ['dass4.dep1', 'dass4.dep2', 'dass4.dep3', 'dass4.dep4'];
  const anx = ['dass4.anx1', 'dass4.anx2', 'dass4.anx3', 'dass4.anx4'];

  it('sums 1–4 answers to 4–16 with no bands and compares with table 3', () => {
    const r = scoreIntake({ answers: { ...fill(dep, 2), ...fill(anx, 4) } });
    expect(r.scales.dassDepression).toMatchObject({ raw: 8, score: 8, band: null });
    expect(r.scales.dassAnxiety!.score).toBe(16);
    expect(r.scales.dassAnxiety!.reference).toMatchObject({ group: 'total', mean: 6.36, sd: 2.61, n: 338 });
    expect(r.scales.dassAnxiety!.reference!.z).toBeCloseTo((16 - 6.36) / 2.61, 12);
  });

  it('uses the chosen study group', () => {
    const r = scoreIntake({ referenceGroup: 'intervention', answers: fill(anx, 2) });
    expect(r.scales.dassAnxiety!.reference).toMatchObject({ group: 'intervention', mean: 6.45, sd: 2.54 });
  });

  it('prorates 3 of 4 and refuses 2 of 4', () => {
    const r = scoreIntake({ answers: fill(dep.slice(0, 3), 3) }).scales.dassDepression!;
    expect(r).toMatchObject({ raw: 12, score: 12, prorated: true, itemsAnswered: 3 });
    expect(scoreIntake({ answers: fill(dep.slice(0, 2), 3) }).scales.dassDepression!.status).toBe('insufficient');
  });
});

describe('mean scales (TNO 2013, appendix 2)', () => {
  it('scores basic competences as the mean of 10 statements, 8 answered at least', () => {
    const ids = getInstrument('basic-competences')!.items.map((i) => i.id);
    expect(scoreIntake({ answers: { ...fill(ids.slice(0, 5), 5), ...fill(ids.slice(5), 3) } }).scales.basicCompetences!.score).toBe(4);
    expect(scoreIntake({ answers: fill(ids.slice(0, 8), 2) }).scales.basicCompetences!.score).toBe(2);
    expect(scoreIntake({ answers: fill(ids.slice(0, 7), 2) }).scales.basicCompetences!.status).toBe('insufficient');
  });

  it('reverses the reverse-keyed statements of control, attitude and self-direction', () => {
    for (const [instrumentId, scaleId] of [['control', 'control'], ['work-attitude', 'workAttitude'], ['self-direction', 'selfDirection']] as const) {
      const instrument = getInstrument(instrumentId)!;
      const reversed = instrument.items.filter((i) => i.type === 'scale' && i.reverse).map((i) => i.id);
      expect(reversed.length, instrumentId).toBeGreaterThan(0);
      // Agreeing fully with everything: the reversed statements count as 1, the rest as 5.
      const all5 = scoreIntake({ answers: fill(instrument.items.map((i) => i.id), 5) }).scales[scaleId]!;
      const n = instrument.items.length;
      expect(all5.score).toBeCloseTo((5 * (n - reversed.length) + 1 * reversed.length) / n, 12);
    }
  });

  it('compares responsibility with the group the organisation resembles (table 4)', () => {
    const r = scoreIntake({ referenceGroup: 'control', answers: { 'resp.1': 4, 'resp.2': 4 } }).scales.responsibility!;
    expect(r.reference).toMatchObject({ group: 'control', mean: 2.98, sd: 0.99 });
    expect(scoreIntake({ answers: { 'resp.1': 4 } }).scales.responsibility!.status).toBe('insufficient');
  });
});

describe('background', () => {
  it('takes values, converts benefit months to days and counts support types without "none"', () => {
    const r = scoreIntake({
      answers: { 'bg.age': 44, 'bg.health': 1, 'bg.benefitMonths': 24, 'bg.support': ['gp', 'debt-counselling'], 'bg.workExpectation': 3, 'bg.children': true },
    });
    expect(r.scales.age).toMatchObject({ score: 44 });
    expect(r.scales.age!.reference).toMatchObject({ mean: 39.5, sd: 9.75 });
    expect(r.scales.health!.score).toBe(1);
    expect(r.scales.benefitDays!.score).toBe(24 * 30.4375);
    expect(r.scales.supportTypes!.score).toBe(2);
    expect(r.scales.workExpectation!.score).toBe(3);
    expect(r.background['bg.children']).toBe(true);
    expect(r.background['bg.partner']).toBeNull();
    expect(scoreIntake({ answers: { 'bg.support': ['none'] } }).scales.supportTypes!.score).toBe(0);
  });

  it('asks nothing about ethnicity, country of birth or gender', () => {
    const ids = getInstrument('background')!.items.map((i) => i.id.toLowerCase()).join(' ');
    expect(ids).not.toMatch(/ethni|etnic|birth|geboorte|gender|geslacht|sex/);
  });
});

describe('intake result', () => {
  it('records instrument versions and which instruments were administered', () => {
    const r = scoreIntake({ answers: { 'bc.stress': 4 } });
    expect(r.instruments.find((i) => i.id === 'basic-competences')).toMatchObject({ version: '1.0.0', administered: true });
    expect(r.instruments.find((i) => i.id === 'dass21')!.administered).toBe(false);
    expect(r.scales.dass21Anxiety!.status).toBe('not-administered');
    expect(r.scales.basicCompetences!.status).toBe('insufficient');
  });

  it('honours an explicit list of administered instruments', () => {
    const r = scoreIntake({ instruments: ['dass-short'], answers: {} });
    expect(r.scales.dassAnxiety!.status).toBe('insufficient');
    expect(r.scales.basicCompetences!.status).toBe('not-administered');
  });
});
