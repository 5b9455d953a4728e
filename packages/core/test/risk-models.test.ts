import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_CARDS, beforeStartCard, duringDirectCard, duringIntegratedCard, outflowCard } from '../src/risk/cards/index.js';
import { bandOf, baseRateOf } from '../src/risk/bands.js';
import { effectiveBand } from '../src/risk/effective.js';
import { evaluateModel } from '../src/risk/evaluate-model.js';
import { expit, logitOf as logit } from '../src/stats/logistic.js';
import { evaluateRisks } from '../src/risk/evaluate.js';
import { OverrideError, overrideBand } from '../src/risk/override.js';
import { MomentRiskSchema, RiskReportSchema } from '../src/schema.js';
import { scoreIntake } from '../src/intake/score.js';
import { scoredWith } from './support/scored.js';

const odds = (p: number) => p / (1 - p);
const means = (card: (typeof MODEL_CARDS)[number]) => Object.fromEntries(card.weights.map((w) => [w.id, w.mean.value]));

describe('published models, applied as logit p = logit(p0) + Σ ln(OR)·(x − x̄)', () => {
  for (const card of MODEL_CARDS) {
    for (const weight of card.weights) {
      it(`${card.id}: one more unit of ${weight.id} multiplies the odds by exactly its odds ratio`, () => {
        const or = weight.inverted ? 1 / weight.publishedOddsRatio : weight.publishedOddsRatio;
        fc.assert(
          // Within a few units of the group mean: far out, p rounds towards 0 or 1 and the odds lose digits.
          fc.property(fc.double({ min: weight.mean.value - 3, max: weight.mean.value + 3, noNaN: true }), (x) => {
            const a = evaluateModel(card, scoredWith(card.weights, { ...means(card), [weight.id]: x })).probability!;
            const b = evaluateModel(card, scoredWith(card.weights, { ...means(card), [weight.id]: x + 1 })).probability!;
            expect(Math.abs(odds(b) / odds(a) - or)).toBeLessThan(1e-9 * or);
          }),
          { numRuns: 200 },
        );
      });
    }

    it(`${card.id}: gives the base rate when every factor sits at the group mean`, () => {
      const r = evaluateModel(card, scoredWith(card.weights, means(card)));
      expect(r.probability).toBeCloseTo(card.baseRate.events / card.baseRate.total, 12);
      expect(r.factors.every((f) => f.contribution === 0)).toBe(true);
    });

    it(`${card.id}: moves the probability monotonically with each weight, in the direction of its odds ratio`, () => {
      for (const weight of card.weights) {
        const sign = Math.sign(Math.log(weight.inverted ? 1 / weight.publishedOddsRatio : weight.publishedOddsRatio));
        const ps = [0, 1, 2, 4, 8, 12].map((x) => evaluateModel(card, scoredWith(card.weights, { ...means(card), [weight.id]: x })).probability!);
        for (let i = 1; i < ps.length; i++) expect(Math.sign(ps[i]! - ps[i - 1]!)).toBe(sign);
      }
    });

    it(`${card.id}: gives no probability without its main factors, and says why`, () => {
      const r = evaluateModel(card, scoredWith(card.weights, {}));
      expect(r.status).toBe('not-estimated');
      expect(r.probability).toBeNull();
      expect(r.band).toBeNull();
      expect(r.reason!.en).toContain('not assessed');
      expect(r.factors.every((f) => !f.assessed && f.contribution === null)).toBe(true);
      expect(MomentRiskSchema.safeParse(r).success).toBe(true);
    });

    it(`${card.id}: states that ethnicity, country of birth and gender are never factors`, () => {
      const ids = [...card.weights, ...card.attentionPoints].map((f) => f.id.toLowerCase()).join(' ');
      expect(ids).not.toMatch(/ethni|birth|gender|sex|geslacht/);
      expect(card.excluded.length).toBeGreaterThan(0);
      expect(card.excluded.some((e) => e.why.en.includes('never') && /gender/i.test(e.predictor.en))).toBe(true);
    });
  }

  it('uses the base rates from the source counts', () => {
    expect(baseRateOf(beforeStartCard)).toBe(150 / 269);
    expect(baseRateOf(duringIntegratedCard)).toBe(109 / 222);
    expect(baseRateOf(duringDirectCard)).toBe(62 / 118);
    expect(baseRateOf(outflowCard)).toBe(18 / 207);
  });

  it('inverts the "starts" odds ratios of table 13 for dropout before the start', () => {
    const children = beforeStartCard.weights.find((w) => w.id === 'children')!;
    expect(children).toMatchObject({ publishedOddsRatio: 0.22, inverted: true, significance: '**' });
    const r = evaluateModel(beforeStartCard, scoredWith(beforeStartCard.weights, { children: 1, responsibility: 2.98 }));
    expect(r.factors[0]!.factor.oddsRatio).toBeCloseTo(1 / 0.22, 12);
    expect(r.probability).toBeCloseTo(expit(logit(150 / 269) + Math.log(1 / 0.22) * (1 - 0.664)), 12);
    expect(r.factors[0]!).toMatchObject({ effect: 'higher', concern: true });
  });

  it('keeps a non-main factor that was not assessed at the group mean and lists it', () => {
    const r = evaluateModel(beforeStartCard, scoredWith(beforeStartCard.weights, { children: 0 }));
    expect(r.status).toBe('estimated');
    const resp = r.factors.find((f) => f.id === 'responsibility')!;
    expect(resp).toMatchObject({ assessed: false, value: null, contribution: null, effect: 'none', concern: false });
    const atMean = evaluateModel(beforeStartCard, scoredWith(beforeStartCard.weights, { children: 0, responsibility: 2.98 }));
    expect(r.probability).toBeCloseTo(atMean.probability!, 12);
  });

  it('bands on the odds against the base odds, at the cut-offs 1/3, 1/1.5, 1.5 and 3', () => {
    const atOdds = (card: (typeof MODEL_CARDS)[number], ratio: number) => {
      const o = ratio * odds(baseRateOf(card));
      return o / (1 + o);
    };
    const up = 1 + 1e-9;
    const down = 1 - 1e-9;
    const c = duringIntegratedCard;
    expect(bandOf(c, atOdds(c, 1.5 * down))).toBe('around');
    expect(bandOf(c, atOdds(c, 1.5 * up))).toBe('higher');
    expect(bandOf(c, atOdds(c, 3 * down))).toBe('higher');
    expect(bandOf(c, atOdds(c, 3 * up))).toBe('much-higher');
    expect(bandOf(c, atOdds(c, (1 / 1.5) * up))).toBe('around');
    expect(bandOf(c, atOdds(c, (1 / 1.5) * down))).toBe('lower');
    // On the dropout side nothing is "much lower": the finer split lies on the side of concern.
    expect(bandOf(c, atOdds(c, 0.01))).toBe('lower');
    const w = outflowCard;
    expect(bandOf(w, baseRateOf(w))).toBe('around');
    expect(bandOf(w, atOdds(w, (1 / 1.5) * down))).toBe('lower');
    expect(bandOf(w, atOdds(w, (1 / 3) * down))).toBe('much-lower');
    expect(bandOf(w, atOdds(w, 100))).toBe('higher');
  });

  it('reads the chance of work the right way round: a higher ladder position goes with more work, and a low one is the concern', () => {
    const high = evaluateModel(outflowCard, scoredWith(outflowCard.weights, { ladderPosition: 10 }));
    expect(high.kind).toBe('work');
    expect(high.probability!).toBeGreaterThan(18 / 207);
    expect(high.factors[0]!).toMatchObject({ effect: 'higher', concern: false, action: null });
    expect(high.band).toBe('higher');
    const low = evaluateModel(outflowCard, scoredWith(outflowCard.weights, { ladderPosition: 1 }));
    expect(low.factors[0]!).toMatchObject({ effect: 'lower', concern: true });
    expect(low.band).toBe('much-lower');
    expect(low.actions.length).toBeGreaterThan(0);
  });
});

describe('factors from a real intake', () => {
  const anx = (v: number) => ({ 'dass4.anx1': v, 'dass4.anx2': v, 'dass4.anx3': v, 'dass4.anx4': v });

  it('uses the short DASS anxiety score as is', () => {
    const during = scoreIntake({ referenceGroup: 'intervention', answers: anx(3) }).risks!.moments[1]!;
    expect(during.modelId).toBe('during-integrated');
    expect(during.factors[0]).toMatchObject({ value: 12, assessed: true, approximation: null });
  });

  it('maps the DASS-21 anxiety sum onto 4–16 only as a marked approximation', () => {
    const items = [2, 4, 7, 9, 15, 19, 20].map((n) => `dass21.q${String(n).padStart(2, '0')}`);
    const answers = Object.fromEntries(items.map((id) => [id, 3])); // sum 21 → 4 + 21 × 4/7 = 16
    const f = scoreIntake({ answers }).risks!.moments[1]!.factors[0]!;
    expect(f.value).toBeCloseTo(16, 12);
    expect(f.approximation?.en).toContain('Approximation');
  });

  it('picks the during-trajectory model from the approach, or from the reference group', () => {
    const answers = { ...anx(2), 'ladder.paidWork': 'none', 'ladder.unpaidWork': true, 'ladder.growthPotential': false };
    expect(scoreIntake({ answers }).risks!.moments[1]!.modelId).toBe('during-integrated');
    expect(scoreIntake({ referenceGroup: 'control', answers }).risks!.moments[1]!.modelId).toBe('during-direct');
    const direct = evaluateRisks(scoreIntake({ answers }), { approach: 'direct' });
    expect(direct.approach).toBe('direct');
    expect(direct.moments[1]!.factors[0]).toMatchObject({ id: 'ladderPosition', value: 7 });
  });

  it('drops the childcare action once childcare is arranged', () => {
    const base = { 'bg.children': true, 'resp.1': 3, 'resp.2': 3 };
    const open = scoreIntake({ answers: base }).risks!.moments[0]!;
    expect(open.actions.map((a) => a.text.en).join(' ')).toContain('childcare');
    const arranged = scoreIntake({ answers: { ...base, 'bg.childcareArranged': true } }).risks!.moments[0]!;
    expect(arranged.actions.map((a) => a.text.en).join(' ')).not.toContain('childcare');
    expect(arranged.probability).toBe(open.probability);
  });

  it('flags attention points on the risk side of the group mean, never as weights', () => {
    const r = scoreIntake({ answers: { 'bg.children': false, 'bg.yearsSinceLastJob': 12, 'bg.age': 30 } }).risks!.moments[0]!;
    const years = r.attentionPoints.find((a) => a.id === 'yearsSinceLastJob')!;
    expect(years).toMatchObject({ concern: true, effect: 'higher', contribution: null, factor: { kind: 'attention' } });
    expect(r.attentionPoints.find((a) => a.id === 'age')).toMatchObject({ concern: false, effect: 'lower' });
    expect(r.factors.map((f) => f.id)).toEqual(['children', 'responsibility']);
  });
});

describe('protected characteristics', () => {
  it('gives identical risks whatever ethnicity, country of birth or gender fields the input carries', () => {
    const result = scoreIntake({ answers: { 'bg.children': true, 'resp.1': 2, 'resp.2': 3, 'dass4.anx1': 3, 'dass4.anx2': 2, 'dass4.anx3': 4, 'dass4.anx4': 3 } });
    const clean = evaluateRisks(result);
    fc.assert(
      fc.property(fc.constantFrom('ethnicity', 'etniciteit', 'countryOfBirth', 'geboorteland', 'gender', 'geslacht', 'bg.ethnicity', 'bg.gender'), fc.jsonValue(), (field, value) => {
        const polluted = {
          ...result,
          [field]: value,
          background: { ...result.background, [field]: value as never },
          scales: { ...result.scales, [field]: { ...result.scales.age!, id: field, score: 99 } },
        };
        expect(evaluateRisks(polluted)).toEqual(clean);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects such fields at the door: they are not items of any instrument', () => {
    expect(() => scoreIntake({ answers: { 'bg.gender': 'f' } })).toThrow(/unknown item/);
  });
});

describe('overrides', () => {
  const risk = scoreIntake({ answers: { 'bg.children': true, 'resp.1': 1, 'resp.2': 1 } }).risks!.moments[0]!;

  it('keeps the model band next to the caseworker band and the reason', () => {
    const o = overrideBand(risk, { band: 'lower', reason: 'Opvang is al toegezegd door oma', by: 'km-17', at: '2026-11-23T10:00:00Z' });
    expect(o.band).toBe(risk.band);
    expect(o.override).toEqual({ band: 'lower', reason: 'Opvang is al toegezegd door oma', by: 'km-17', at: '2026-11-23T10:00:00Z' });
    expect(effectiveBand(o)).toBe('lower');
    expect(effectiveBand(risk)).toBe(risk.band);
    expect(risk.override).toBeNull(); // the original is untouched
  });

  it('refuses an override without a reason, in Dutch and English', () => {
    expect(() => overrideBand(risk, { band: 'lower', reason: '  ' })).toThrow(OverrideError);
    expect(() => overrideBand(risk, { band: 'lower', reason: '' })).toThrow(/needs a reason/);
  });

  it('refuses a band the moment does not use (no "much lower" dropout, no "much higher" chance of work)', () => {
    expect(() => overrideBand(risk, { band: 'much-lower', reason: 'zie dossier' })).toThrow(/does not belong/);
    const work = scoreIntake({ answers: { 'ladder.paidWork': 'none', 'ladder.unpaidWork': true, 'ladder.growthPotential': false } }).risks!.moments[2]!;
    expect(() => overrideBand(work, { band: 'much-higher', reason: 'zie dossier' })).toThrow(/does not belong/);
    expect(overrideBand(work, { band: 'much-lower', reason: 'zie dossier' }).override!.band).toBe('much-lower');
  });
});

describe('the risk report', () => {
  it('covers the four moments and satisfies its schema', () => {
    const report = scoreIntake({ answers: { 'bg.children': false } }).risks!;
    expect(report.moments.map((m) => m.moment)).toEqual(['before-start', 'during', 'outflow', 'after-placement']);
    expect(RiskReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('scales only', () => {
  it('leaves the risk report out when asked, and changes nothing else', async () => {
    const { createScorer } = await import('../src/intake/score.js');
    const answers = { 'bg.children': true, 'resp.1': 2, 'resp.2': 2 };
    const full = createScorer().score({ answers });
    const lean = createScorer(undefined, { risks: false }).score({ answers });
    expect(lean.risks).toBeNull();
    expect({ ...lean, risks: full.risks }).toEqual(full);
  });
});
