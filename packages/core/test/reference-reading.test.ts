import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORM_GROUPS, type NormGroup, type Norms, type ScaleDefinition } from '../src/instruments/types.js';
import { LADDER_NORMS } from '../src/ladder/definition.js';
import { placeOnLadder } from '../src/ladder/place.js';
import { referenceInWords } from '../src/report/labels.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { createScorer } from '../src/intake/score.js';
import { MAX_SHARE_OUTSIDE_RANGE, REFERENCE_READING_RULE, readingOf, shareOutsideRange } from '../src/scoring/reading.js';
import { compareWithNorms } from '../src/scoring/reference.js';
import { intakeAnswers } from './support/arbitraries.js';

function scale(id: string): ScaleDefinition {
  const found = DEFAULT_CATALOGUE.scales.find((s) => s.scale.id === id);
  if (!found) throw new Error(`no scale ${id}`);
  return found.scale;
}
const compare = (id: string, score: number, group: NormGroup = 'total') => compareWithNorms(score, scale(id).norms!, group, scale(id).range);

/** Norms around mean 0, SD 1: the share outside [min, max] is then plain standard-normal arithmetic. */
const standard: Norms = { citation: LADDER_NORMS.citation, population: LADDER_NORMS.population, groups: { total: { mean: 0, sd: 1 } } };

describe('the share of the reference group outside the scale (normal assumption)', () => {
  it('is the two tails of the normal curve beyond the range', () => {
    expect(shareOutsideRange({ mean: 0, sd: 1 }, { min: -1.959964, max: 1.959964 })).toBeCloseTo(0.05, 5);
    expect(shareOutsideRange({ mean: 0, sd: 1 }, { min: 0, max: 1000 })).toBeCloseTo(0.5, 5);
    expect(shareOutsideRange({ mean: 10, sd: 2 }, { min: -1000, max: 1000 })).toBeCloseTo(0, 10);
  });

  it('puts a quarter of the study group below 0 years since the last job and a third below the floor of work expectation', () => {
    expect(compare('yearsSinceLastJob', 5).outsideRange).toBeCloseTo(0.248, 3);
    expect(compare('workExpectation', 3).outsideRange).toBeCloseTo(0.329, 3);
  });

  it('is a Trede rule of 10%, stated in the rule’s own words in both languages', () => {
    expect(MAX_SHARE_OUTSIDE_RANGE).toBe(0.1);
    expect(REFERENCE_READING_RULE.maxShareOutsideRange).toBe(MAX_SHARE_OUTSIDE_RANGE);
    expect(REFERENCE_READING_RULE.why.nl).toMatch(/^Trede-regel, geen bron: .*10%/);
    expect(REFERENCE_READING_RULE.why.en).toMatch(/^Trede rule, not from a source: .*10%/);
  });
});

describe('the reading of a reference comparison', () => {
  it('allows a percentile up to and including the share, not beyond it', () => {
    const range = { min: 0, max: 10 };
    expect(readingOf(5, range, MAX_SHARE_OUTSIDE_RANGE)).toBe('percentile');
    expect(readingOf(5, range, MAX_SHARE_OUTSIDE_RANGE + 1e-9)).toBe('not-normal');
    // the same boundary through the norms: a floor 1.2816 SD below the mean leaves 10% of the curve below it
    const z10 = -1.2815516;
    expect(compareWithNorms(0, standard, 'total', { min: z10 - 0.01, max: 50 }).reading).toBe('percentile');
    expect(compareWithNorms(0, standard, 'total', { min: z10 + 0.01, max: 50 }).reading).toBe('not-normal');
  });

  it('gives a percentile for a mid score on a scale the normal curve fits (basic competences), in every group', () => {
    for (const group of NORM_GROUPS) {
      const r = compare('basicCompetences', 3.5, group);
      expect(r.reading, group).toBe('percentile');
      expect(r.outsideRange, group).toBeLessThanOrEqual(MAX_SHARE_OUTSIDE_RANGE);
    }
  });

  it('gives no percentile for years since the last job and for work expectation, in every group', () => {
    for (const group of NORM_GROUPS) {
      expect(compare('yearsSinceLastJob', 5, group).reading, group).toBe('not-normal');
      expect(compare('yearsSinceLastJob', 20, group).reading, group).toBe('not-normal');
      expect(compare('workExpectation', 3, group).reading, group).toBe('not-normal');
    }
  });

  it('says floor or ceiling for a score exactly at the edge, before the share rule', () => {
    expect(compare('basicCompetences', 1).reading).toBe('floor');
    expect(compare('basicCompetences', 5).reading).toBe('ceiling');
    expect(compare('basicCompetences', 4.9).reading).toBe('percentile');
    // on a scale that fails the share rule, the edge still wins
    expect(compare('yearsSinceLastJob', 0).reading).toBe('floor');
    expect(compare('workExpectation', 1).reading).toBe('floor');
    expect(compare('workExpectation', 7).reading).toBe('ceiling');
  });

  it('keeps z and the percentile for developers whatever the reading', () => {
    const r = compare('yearsSinceLastJob', 0);
    expect(r.z).toBeCloseTo(-3.96 / 5.81, 10);
    expect(r.percentile).toBeGreaterThan(20);
  });

  it('reads the ladder position the same way: floor at 1, ceiling at 12, a percentile between', () => {
    const at = (rung: number, growth: boolean) => {
      const answers = new Map<string, string | boolean>([
        ['ladder.paidWork', rung === 6 ? 'unsupported' : rung === 5 ? 'supported' : 'none'],
        ['ladder.unpaidWork', rung === 4],
        ['ladder.organisedActivities', rung === 3],
        ['ladder.socialContacts', rung === 2],
        ['ladder.growthPotential', growth],
      ]);
      return placeOnLadder(answers, true, 'total');
    };
    const bottom = at(1, false);
    expect(bottom.position).toBe(1);
    expect(bottom.reference!.reading).toBe('floor');
    const top = at(6, true);
    expect(top.position).toBe(12);
    expect(top.reference!.reading).toBe('ceiling');
    const middle = at(3, true);
    expect(middle.position).toBe(6);
    expect(middle.reference!.reading).toBe('percentile');
  });
});

describe('properties of the reading', () => {
  it('never gives a percentile at the minimum or maximum of a scale, whatever the norms', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.boolean(),
        (mean, sd, min, width, atMax) => {
          const range = { min, max: min + width };
          const norms: Norms = { ...standard, groups: { total: { mean, sd } } };
          const r = compareWithNorms(atMax ? range.max : range.min, norms, 'total', range);
          expect(r.reading).toBe(atMax ? 'ceiling' : 'floor');
        },
      ),
    );
  });

  it('never gives a percentile at the edge of a shipped scale, in any group', () => {
    const normed = DEFAULT_CATALOGUE.scales.filter((s) => s.scale.norms).map((s) => s.scale);
    fc.assert(
      fc.property(fc.constantFrom(...normed), fc.constantFrom(...NORM_GROUPS), fc.boolean(), (s, group, atMax) => {
        expect(compareWithNorms(atMax ? s.range.max : s.range.min, s.norms!, group, s.range).reading).not.toBe('percentile');
      }),
    );
  });

  it('gives a percentile in a scored intake only strictly inside the range, and only where the share rule allows', () => {
    const scorer = createScorer(DEFAULT_CATALOGUE, { risks: false });
    fc.assert(
      fc.property(intakeAnswers(), fc.constantFrom(...NORM_GROUPS), (answers, referenceGroup) => {
        const result = scorer.score({ answers, referenceGroup });
        const compared = [
          ...Object.values(result.scales).flatMap((s) => (s.reference ? [{ score: s.score!, range: s.range, reference: s.reference }] : [])),
          ...(result.ladder.reference ? [{ score: result.ladder.position!, range: { min: 1, max: 12 }, reference: result.ladder.reference }] : []),
        ];
        for (const { score, range, reference } of compared) {
          if (score === range.min) expect(reference.reading).toBe('floor');
          if (score === range.max) expect(reference.reading).toBe('ceiling');
          if (reference.reading === 'percentile') {
            expect(score).toBeGreaterThan(range.min);
            expect(score).toBeLessThan(range.max);
            expect(reference.outsideRange).toBeLessThanOrEqual(MAX_SHARE_OUTSIDE_RANGE);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the place in the reference group in words', () => {
  const base = { percentile: 61.7, mean: 3.96, sd: 5.81 };

  it('gives the percentile only for the percentile reading', () => {
    expect(referenceInWords({ ...base, reading: 'percentile' }, 'nl')).toBe('hoger dan 62% van de referentiegroep');
    expect(referenceInWords({ ...base, reading: 'percentile' }, 'en')).toBe('higher than 62% of the reference group');
  });

  it('names the edge of the scale and the group’s mean at floor and ceiling', () => {
    expect(referenceInWords({ ...base, reading: 'floor' }, 'nl')).toBe('aan de onderkant van de schaal; gemiddelde van de referentiegroep 3,96');
    expect(referenceInWords({ ...base, reading: 'floor' }, 'en')).toBe('at the bottom of the scale; reference group mean 3.96');
    expect(referenceInWords({ ...base, reading: 'ceiling' }, 'nl')).toBe('aan de bovenkant van de schaal; gemiddelde van de referentiegroep 3,96');
    expect(referenceInWords({ ...base, reading: 'ceiling' }, 'en')).toBe('at the top of the scale; reference group mean 3.96');
  });

  it('says why there is no percentile and gives mean and SD where the normal curve does not fit', () => {
    expect(referenceInWords({ ...base, reading: 'not-normal' }, 'nl')).toBe(
      'geen percentiel, want een normale verdeling past niet bij deze schaal; gemiddelde van de referentiegroep 3,96 (sd 5,81)',
    );
    expect(referenceInWords({ ...base, reading: 'not-normal' }, 'en')).toBe(
      'no percentile, as a normal distribution does not fit this scale; reference group mean 3.96 (SD 5.81)',
    );
  });

  it('never shows a percentage unless the reading is percentile', () => {
    for (const reading of ['floor', 'ceiling', 'not-normal'] as const) {
      for (const lang of ['nl', 'en'] as const) expect(referenceInWords({ ...base, reading }, lang)).not.toMatch(/%|62/);
    }
  });
});
