import { describe, expect, it } from 'vitest';
import { beforeStartCard, duringIntegratedCard } from '../src/risk/cards/index.js';
import { evaluateModel } from '../src/risk/evaluate-model.js';
import { calibrateLocally, type OutcomeRecord } from '../src/risk/local-calibration.js';
import { getInstrument } from '../src/instruments/index.js';
import { scaleReliability } from '../src/scoring/reliability.js';
import { StatsInputError } from '../src/stats/errors.js';
import { seeded } from './support/random.js';
import { scoredWith } from './support/scored.js';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

describe('Cronbach alpha per scale over local intakes', () => {
  const control = getInstrument('control')!;
  /** Answers driven by one latent trait per client; reverse-keyed items answered the other way round, as a real client would. */
  function intakes(n: number, noise: number, seed: number) {
    const { normal } = seeded(seed);
    return Array.from({ length: n }, () => {
      const trait = normal();
      const answers: Record<string, number> = {};
      for (const item of control.items) {
        const v = clamp(3 + trait + noise * normal(), 1, 5);
        answers[item.id] = item.type === 'scale' && item.reverse ? 6 - v : v;
      }
      return { answers };
    });
  }

  it('finds high alpha for consistent answers, with reverse keys applied, next to the published alpha', () => {
    const { scales, invalid } = scaleReliability([...intakes(400, 0.5, 1), { answers: { 'ctrl.1': 9 } }]);
    const c = scales.find((s) => s.scaleId === 'control')!;
    expect(invalid).toBe(1);
    expect(c.local!.alpha).toBeGreaterThan(0.8);
    expect(c.local!.respondents).toBe(400);
    expect(c.published).toEqual({ alpha: 0.79, citation: { nl: expect.stringContaining('TNO 2013, bijlage 2'), en: expect.stringContaining('TNO 2013, appendix 2') } });
  });

  it('finds low alpha for answers that share no trait', () => {
    const c = scaleReliability(intakes(400, 50, 2)).scales.find((s) => s.scaleId === 'control')!;
    expect(c.local!.alpha).toBeLessThan(0.3);
  });

  it('says why when a scale cannot be assessed', () => {
    const c = scaleReliability([]).scales.find((s) => s.scaleId === 'control')!;
    expect(c.local).toBeNull();
    expect(c.reason!.nl.length).toBeGreaterThan(5);
    expect(c.reason!.en.length).toBeGreaterThan(5);
  });
});

describe('local calibration of a published model', () => {
  /** Clients drawn around the study group, outcomes drawn from the published model itself. */
  function simulate(n: number, seed: number, shift = 0): OutcomeRecord[] {
    const { uniform: rand, normal } = seeded(seed);
    return Array.from({ length: n }, () => {
      const result = scoredWith(beforeStartCard.weights, { children: rand() < 0.66 ? 1 : 0, responsibility: clamp(3 + normal(), 1, 5) });
      const p = evaluateModel(beforeStartCard, result).probability!;
      const shifted = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift)));
      return { result, outcome: rand() < shifted ? 1 : 0 };
    });
  }

  it('finds a well calibrated model well calibrated, and refits its odds ratios', () => {
    const c = calibrateLocally(beforeStartCard, simulate(6000, 3));
    expect(c.used).toBe(6000);
    expect(Math.abs(c.published.calibrationInTheLarge)).toBeLessThan(3 * c.published.standardErrors.calibrationInTheLarge);
    expect(Math.abs(c.published.calibrationSlope - 1)).toBeLessThan(3 * c.published.standardErrors.calibrationSlope);
    expect(c.published.auc).toBeGreaterThan(0.6);
    const children = c.refit.terms.find((t) => t.name === 'children')!;
    const responsibility = c.refit.terms.find((t) => t.name === 'responsibility')!;
    expect(Math.abs(children.coefficient - Math.log(1 / 0.22))).toBeLessThan(3 * children.standardError);
    expect(Math.abs(responsibility.coefficient - Math.log(1 / 1.58))).toBeLessThan(3 * responsibility.standardError);
  });

  it('shows a local population with more dropout as a positive calibration-in-the-large', () => {
    const c = calibrateLocally(beforeStartCard, simulate(6000, 4, 0.8));
    expect(c.published.calibrationInTheLarge).toBeGreaterThan(0.5);
  });

  it('skips records without a probability and refuses below 20 events or non-events', () => {
    const few = simulate(30, 5);
    expect(() => calibrateLocally(beforeStartCard, few)).toThrow(StatsInputError);
    const missing = { result: scoredWith(duringIntegratedCard.weights, {}), outcome: 1 as const };
    const records = [...simulate(400, 6).map((r) => ({ result: r.result, outcome: r.outcome })), missing];
    const c = calibrateLocally(beforeStartCard, records);
    expect(c.withoutProbability).toBe(1);
    expect(c.used).toBe(400);
  });
});
