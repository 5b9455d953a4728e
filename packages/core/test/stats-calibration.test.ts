import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INTERCEPT_NAME,
  auc,
  brierScore,
  calibrate,
  calibrationInTheLarge,
  expit,
  fitLogistic,
  refitLocal,
} from '../src/stats/index.js';
import { seeded } from './support/random.js';
import { thrownStatsError as thrown } from './support/thrown.js';


/** True linear predictors ~ N(−1, 1.2²) and outcomes drawn from them. */
function cohort(seed: number, n: number): { lp: number[]; y: (0 | 1)[] } {
  const rng = seeded(seed);
  const lp: number[] = [];
  const y: (0 | 1)[] = [];
  for (let i = 0; i < n; i++) {
    const eta = -1 + 1.2 * rng.normal();
    lp.push(eta);
    y.push(rng.uniform() < expit(eta) ? 1 : 0);
  }
  return { lp, y };
}

describe('calibrate', () => {
  const { lp, y } = cohort(424242, 20_000);

  it('finds CITL ≈ 0 and slope ≈ 1 for a perfectly calibrated model', () => {
    const r = calibrate(lp.map(expit), y);
    expect(r.n).toBe(20_000);
    expect(r.events).toBe(y.filter((v) => v === 1).length);
    expect(Math.abs(r.calibrationInTheLarge)).toBeLessThan(3 * r.standardErrors.calibrationInTheLarge);
    expect(Math.abs(r.calibrationSlope - 1)).toBeLessThan(3 * r.standardErrors.calibrationSlope);
    expect(Math.abs(r.observedRate - r.meanPredicted)).toBeLessThan(0.01);
    expect(r.auc).toBeGreaterThan(0.7);
    expect(r.warning).toBeNull();
  });

  it('finds slope < 1 when predictions are too extreme, > 1 when too modest', () => {
    const extreme = calibrate(
      lp.map((v) => expit(2 * v)),
      y,
    );
    expect(extreme.calibrationSlope).toBeLessThan(0.6);
    expect(Math.abs(extreme.calibrationSlope - 0.5)).toBeLessThan(3 * extreme.standardErrors.calibrationSlope);
    const modest = calibrate(
      lp.map((v) => expit(0.5 * v)),
      y,
    );
    expect(modest.calibrationSlope).toBeGreaterThan(1.5);
    // Ranking is unchanged, so discrimination is too.
    expect(extreme.auc).toBeCloseTo(modest.auc, 12);
  });

  it('finds CITL > 0 when the model underestimates risk', () => {
    const r = calibrate(
      lp.map((v) => expit(v - 0.7)),
      y,
    );
    expect(Math.abs(r.calibrationInTheLarge - 0.7)).toBeLessThan(3 * r.standardErrors.calibrationInTheLarge);
    expect(r.meanPredicted).toBeLessThan(r.observedRate);
  });

  it('refuses below 20 events or non-events, like fitLogistic', () => {
    const predicted = Array.from({ length: 100 }, (_, i) => 0.05 + 0.009 * i);
    const observed = predicted.map((_, i) => (i >= 88 ? 1 : 0)) as (0 | 1)[];
    expect(thrown(() => calibrate(predicted, observed)).text.nl).toBe(
      'te weinig uitkomsten om lokaal te kalibreren: 12 gebeurtenissen, minimaal 20 nodig',
    );
  });

  it('refuses probabilities outside (0, 1), mismatched lengths and constant predictions', () => {
    const y40 = Array.from({ length: 40 }, (_, i) => (i % 2) as 0 | 1);
    const p40 = y40.map((_, i) => 0.1 + 0.02 * i);
    expect(thrown(() => calibrate(p40.map((p, i) => (i === 3 ? 1 : p)), y40)).text.en).toContain(
      'predicted probability 4 must lie strictly between 0 and 1',
    );
    expect(thrown(() => calibrate(p40.slice(1), y40)).text.en).toContain('same length');
    expect(thrown(() => calibrate(new Array<number>(40).fill(0.3), y40)).text.en).toContain('all predicted probabilities are equal');
  });

  it('passes on a separation warning from the slope fit', () => {
    // A model that ranks perfectly: the slope runs off to infinity.
    const predicted = Array.from({ length: 60 }, (_, i) => 0.1 + 0.01 * i);
    const observed = predicted.map((_, i) => (i >= 30 ? 1 : 0)) as (0 | 1)[];
    const r = calibrate(predicted, observed);
    expect(r.auc).toBe(1);
    expect(r.warning?.en).toContain('separation');
  });
});

describe('calibrationInTheLarge', () => {
  it('equals logit(observed rate) − logit(p) when every prediction is p', () => {
    const observed = Array.from({ length: 50 }, (_, i) => (i < 15 ? 1 : 0)) as (0 | 1)[];
    const r = calibrationInTheLarge(new Array<number>(50).fill(0.2), observed);
    expect(r.estimate).toBeCloseTo(Math.log(15 / 35) - Math.log(0.2 / 0.8), 12);
    expect(r.standardError).toBeCloseTo(Math.sqrt(1 / 15 + 1 / 35), 10);
  });

  it('agrees with the first-order condition Σ y = Σ expit(a + logit p)', () => {
    const { lp, y } = cohort(99, 500);
    const predicted = lp.map((v) => expit(0.8 * v + 0.3));
    const { estimate } = calibrationInTheLarge(predicted, y);
    const expected = predicted.reduce((s, p) => s + expit(estimate + Math.log(p / (1 - p))), 0);
    expect(expected).toBeCloseTo(
      y.reduce<number>((s, v) => s + v, 0),
      8,
    );
  });
});

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for the reversed one, 0.5 when all tied', () => {
    const y: (0 | 1)[] = [0, 0, 0, 1, 1, 1];
    expect(auc([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], y)).toBe(1);
    expect(auc([0.6, 0.5, 0.4, 0.3, 0.2, 0.1], y)).toBe(0);
    expect(auc([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], y)).toBe(0.5);
  });

  it('counts a tie between an event and a non-event as half', () => {
    // Pairs (event, non-event): (0.4, 0.1) 1, (0.4, 0.4) ½, (0.8, 0.1) 1, (0.8, 0.4) 1 → 3.5 / 4.
    expect(auc([0.1, 0.4, 0.4, 0.8], [0, 0, 1, 1])).toBe(0.875);
  });

  it('equals the brute-force pair count on random data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom<0 | 1>(0, 1)), { minLength: 2, maxLength: 40 }),
        (pairs) => {
          const scores = pairs.map(([s]) => s);
          const y = pairs.map(([, v]) => v);
          const events = y.filter((v) => v === 1).length;
          if (events === 0 || events === y.length) return;
          let wins = 0;
          for (let i = 0; i < y.length; i++) {
            for (let j = 0; j < y.length; j++) {
              if (y[i] === 1 && y[j] === 0) wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
            }
          }
          expect(auc(scores, y)).toBeCloseTo(wins / (events * (y.length - events)), 12);
        },
      ),
    );
  });

  it('needs both outcomes', () => {
    expect(thrown(() => auc([0.1, 0.2], [1, 1])).text.en).toBe('AUC needs both events and non-events');
  });
});

describe('brierScore', () => {
  it('computes a small case by hand', () => {
    // (0.1 − 0)² + (0.9 − 1)² + (0.5 − 1)² = 0.01 + 0.01 + 0.25 = 0.27; / 3 = 0.09
    expect(brierScore([0.1, 0.9, 0.5], [0, 1, 1])).toBeCloseTo(0.09, 15);
    expect(brierScore([0, 1], [0, 1])).toBe(0);
    expect(brierScore([1, 0], [0, 1])).toBe(1);
  });
});

describe('refitLocal', () => {
  it('names the coefficients, intercept first, and matches fitLogistic', () => {
    const rng = seeded(5);
    const x: number[][] = [];
    const y: (0 | 1)[] = [];
    for (let i = 0; i < 3000; i++) {
      const age = 20 + 45 * rng.uniform();
      const known = rng.uniform() < 0.3 ? 1 : 0;
      x.push([age, known]);
      y.push(rng.uniform() < expit(-0.5 - 0.03 * (age - 40) + 1.2 * known) ? 1 : 0);
    }
    const refit = refitLocal(x, y, ['age', 'knownAtEmployer']);
    const plain = fitLogistic(x, y);
    expect(refit.terms.map((t) => t.name)).toEqual([INTERCEPT_NAME, 'age', 'knownAtEmployer']);
    expect(refit.coefficients).toEqual(plain.coefficients);
    const known = refit.terms[2]!;
    expect(known.oddsRatio).toBeCloseTo(Math.exp(known.coefficient), 12);
    expect(known.oddsRatioCi95[0]).toBeLessThan(known.oddsRatio);
    expect(known.oddsRatioCi95[1]).toBeGreaterThan(known.oddsRatio);
    expect(known.pValue).toBeLessThan(1e-6);
    expect(Math.abs(known.coefficient - 1.2)).toBeLessThan(3 * known.standardError);
  });

  it('gives the Wald p-value from z² ~ χ²(1)', () => {
    const x: number[][] = [];
    const y: (0 | 1)[] = [];
    // City crosstab of the pilot evaluation (Gemeente Rotterdam 2012, appendix 1): z = log OR / SE.
    const cells: Array<[number, 0 | 1, number]> = [
      [0, 1, 24],
      [0, 0, 124],
      [1, 1, 25],
      [1, 0, 61],
    ];
    for (const [city, outcome, count] of cells) {
      for (let i = 0; i < count; i++) {
        x.push([city]);
        y.push(outcome);
      }
    }
    const term = refitLocal(x, y, ['amsterdam']).terms[1]!;
    const z = Math.log((25 * 124) / (61 * 24)) / Math.sqrt(1 / 24 + 1 / 124 + 1 / 25 + 1 / 61);
    expect(z).toBeCloseTo(2.30296, 5);
    // Two-sided normal tail 2·(1 − Φ(2.30296)) = 0.0212812 (SciPy), vs. Pearson χ² p = 0.020
    // for the same table in the appendix.
    expect(term.pValue).toBeCloseTo(0.021281162204726284, 8);
  });

  it('refuses names that do not match the columns', () => {
    const x = Array.from({ length: 60 }, (_, i) => [i % 5, i % 3]);
    const y = x.map((_, i) => (i % 2) as 0 | 1);
    expect(thrown(() => refitLocal(x, y, ['a'])).text.en).toBe('1 names for 2 predictors');
    expect(thrown(() => refitLocal(x, y, ['a', 'a'])).text.en).toContain('duplicate');
    expect(thrown(() => refitLocal(x, y, ['a', INTERCEPT_NAME])).text.en).toContain('duplicate');
  });
});
