import { describe, expect, it } from 'vitest';
import { expit, fitLogistic } from '../src/stats/index.js';
import { seeded } from './support/random.js';
import { thrownStatsError as thrown } from './support/thrown.js';


function simulate(seed: number, n: number, beta: number[]): { x: number[][]; y: (0 | 1)[] } {
  const rng = seeded(seed);
  const x: number[][] = [];
  const y: (0 | 1)[] = [];
  for (let i = 0; i < n; i++) {
    const row = [rng.normal(), rng.uniform() < 0.4 ? 1 : 0, 4 * rng.uniform() - 2].slice(0, beta.length - 1);
    const eta = row.reduce((s, v, j) => s + v * beta[j + 1]!, beta[0]!);
    x.push(row);
    y.push(rng.bernoulli(expit(eta)));
  }
  return { x, y };
}

describe('fitLogistic recovers known models', () => {
  it('recovers the coefficients of simulated data (n = 20 000) within 3 SE', () => {
    const beta = [-1, 0.8, -0.5, 0.3];
    const { x, y } = simulate(20240601, 20_000, beta);
    const fit = fitLogistic(x, y);
    expect(fit.converged).toBe(true);
    expect(fit.separation).toBe(false);
    expect(fit.warning).toBeNull();
    expect(fit.iterations).toBeLessThan(12);
    expect(fit.n).toBe(20_000);
    beta.forEach((b, j) => {
      expect(Math.abs(fit.coefficients[j]! - b)).toBeLessThan(3 * fit.standardErrors[j]!);
      expect(fit.oddsRatios[j]).toBeCloseTo(Math.exp(fit.coefficients[j]!), 12);
    });
    // The log-likelihood reported is the one at the estimate.
    const ll = x.reduce((s, row, i) => {
      const p = expit(row.reduce((t, v, j) => t + v * fit.coefficients[j + 1]!, fit.coefficients[0]!));
      return s + (y[i] === 1 ? Math.log(p) : Math.log(1 - p));
    }, 0);
    expect(fit.logLikelihood).toBeCloseTo(ll, 6);
  });

  it('matches the closed form for one binary predictor (the city crosstab of the pilot evaluation, Gemeente Rotterdam 2012, appendix 1)', () => {
    // Rotterdam 24 succeeded / 124 failed, Amsterdam 25 / 61. With one binary predictor the ML
    // estimates are the log odds and log odds ratio, with SE √(1/a + 1/b + 1/c + 1/d).
    const x: number[][] = [];
    const y: (0 | 1)[] = [];
    const add = (amsterdam: number, outcome: 0 | 1, count: number): void => {
      for (let i = 0; i < count; i++) {
        x.push([amsterdam]);
        y.push(outcome);
      }
    };
    add(0, 1, 24);
    add(0, 0, 124);
    add(1, 1, 25);
    add(1, 0, 61);
    const fit = fitLogistic(x, y);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(24 / 124), 10);
    expect(fit.coefficients[1]).toBeCloseTo(Math.log(25 / 61 / (24 / 124)), 10);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 24 + 1 / 124), 8);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(1 / 24 + 1 / 124 + 1 / 25 + 1 / 61), 8);
    expect(fit.oddsRatios[1]).toBeCloseTo((25 * 124) / (61 * 24), 10);
  });

  it('fits an intercept-only model to the logit of the event rate', () => {
    const y: (0 | 1)[] = [...new Array<0 | 1>(30).fill(1), ...new Array<0 | 1>(70).fill(0)];
    const fit = fitLogistic(
      y.map(() => []),
      y,
    );
    expect(fit.coefficients).toHaveLength(1);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(30 / 70), 12);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 30 + 1 / 70), 10);
  });

  it('gives standard errors that match the spread of estimates over replications', () => {
    const beta = [-0.5, 0.7];
    const slopes: number[] = [];
    const ses: number[] = [];
    for (let r = 0; r < 200; r++) {
      const { x, y } = simulate(1000 + r, 1000, beta);
      const fit = fitLogistic(x, y);
      slopes.push(fit.coefficients[1]!);
      ses.push(fit.standardErrors[1]!);
    }
    const mean = slopes.reduce((s, v) => s + v, 0) / slopes.length;
    const sd = Math.sqrt(slopes.reduce((s, v) => s + (v - mean) ** 2, 0) / (slopes.length - 1));
    const meanSe = ses.reduce((s, v) => s + v, 0) / ses.length;
    // With 200 replications the SD itself is uncertain by about 5%; allow 15%.
    expect(Math.abs(sd / meanSe - 1)).toBeLessThan(0.15);
    expect(Math.abs(mean - beta[1]!)).toBeLessThan((3 * sd) / Math.sqrt(slopes.length) + 0.02);
  });
});

describe('fitLogistic refuses too few outcomes', () => {
  const withCounts = (events: number, nonEvents: number): { x: number[][]; y: (0 | 1)[] } => {
    const y: (0 | 1)[] = [...new Array<0 | 1>(events).fill(1), ...new Array<0 | 1>(nonEvents).fill(0)];
    return { x: y.map((_, i) => [i % 7]), y };
  };

  it('below 20 events', () => {
    const { x, y } = withCounts(12, 300);
    const e = thrown(() => fitLogistic(x, y));
    expect(e.text).toEqual({
      nl: 'te weinig uitkomsten om lokaal te kalibreren: 12 gebeurtenissen, minimaal 20 nodig',
      en: 'too few outcomes to calibrate locally: 12 events, at least 20 needed',
    });
    expect(e.message).toBe(`${e.text.nl} / ${e.text.en}`);
  });

  it('below 20 non-events, singular form, and both', () => {
    expect(thrown(() => fitLogistic(withCounts(300, 1).x, withCounts(300, 1).y)).text).toEqual({
      nl: 'te weinig uitkomsten om lokaal te kalibreren: 1 niet-gebeurtenis, minimaal 20 nodig',
      en: 'too few outcomes to calibrate locally: 1 non-event, at least 20 needed',
    });
    expect(thrown(() => fitLogistic(withCounts(5, 19).x, withCounts(5, 19).y)).text).toEqual({
      nl: 'te weinig uitkomsten om lokaal te kalibreren: 5 gebeurtenissen en 19 niet-gebeurtenissen, van elk minimaal 20 nodig',
      en: 'too few outcomes to calibrate locally: 5 events and 19 non-events, at least 20 of each needed',
    });
  });

  it('accepts exactly 20 of each', () => {
    const { x, y } = withCounts(20, 20);
    expect(fitLogistic(x, y).converged).toBe(true);
  });
});

describe('fitLogistic flags separation and degenerate designs', () => {
  it('detects complete separation', () => {
    const x = Array.from({ length: 60 }, (_, i) => [i]);
    const y = x.map(([v]) => (v! >= 30 ? 1 : 0)) as (0 | 1)[];
    const fit = fitLogistic(x, y);
    expect(fit.converged).toBe(false);
    expect(fit.separation).toBe(true);
    expect(fit.warning?.nl).toContain('separatie');
    expect(fit.warning?.en).toContain('separation');
  });

  it('detects quasi-complete separation (one category has only events)', () => {
    const x: number[][] = [];
    const y: (0 | 1)[] = [];
    for (let i = 0; i < 90; i++) {
      const group = i % 3;
      x.push([group === 2 ? 1 : 0, group === 1 ? 1 : 0]);
      y.push(group === 2 ? 1 : i % 2 === 0 ? 1 : 0);
    }
    const fit = fitLogistic(x, y);
    expect(fit.separation).toBe(true);
    expect(fit.converged).toBe(false);
  });

  it('reports non-convergence when stopped early', () => {
    const { x, y } = simulate(7, 2000, [-1, 0.8, -0.5]);
    const fit = fitLogistic(x, y, { maxIterations: 1 });
    expect(fit.converged).toBe(false);
    expect(fit.separation).toBe(false);
    expect(fit.warning?.en).toBe('the model did not converge after 1 iterations; the estimates are not reliable');
  });

  it('refuses a constant or duplicated predictor', () => {
    const { x, y } = simulate(3, 500, [-1, 0.8]);
    const constant = thrown(() => fitLogistic(x.map((r) => [...r, 5]), y));
    expect(constant.text.en).toContain('predictor 2 (column 2 of x) is constant or a linear combination');
    const duplicate = thrown(() => fitLogistic(x.map((r) => [r[0]!, 2 * r[0]! + 1]), y));
    expect(duplicate.text.nl).toContain('predictor 2 (kolom 2 van x)');
  });

  it('validates its input', () => {
    const { x, y } = simulate(3, 100, [0, 1]);
    expect(thrown(() => fitLogistic(x.slice(1), y)).text.en).toContain('same length');
    expect(thrown(() => fitLogistic(x, y.map((v, i) => (i === 4 ? 2 : v)) as (0 | 1)[])).text.en).toBe(
      'outcome y[4] must be 0 or 1, not 2',
    );
    expect(thrown(() => fitLogistic(x.map((r, i) => (i === 2 ? [Number.NaN] : r)), y)).text.en).toContain('x[2][0]');
    expect(thrown(() => fitLogistic(x.map((r, i) => (i === 2 ? [1, 2] : r)), y)).text.en).toContain('row 3 of x');
  });
});
