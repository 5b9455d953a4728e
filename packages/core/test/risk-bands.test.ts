import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_ORDER, BANDS_OF_KIND, bandOf, bandOfOddsRatio, bandRanges, baseRateOf, clientOddsRatio } from '../src/risk/bands.js';
import { MODEL_CARDS } from '../src/risk/cards/index.js';
import { highestDropout } from '../src/risk/effective.js';
import { naturalFrequencies } from '../src/risk/frequency.js';
import { ODDS_BANDS } from '../src/risk/model-card.js';
import { overrideBand } from '../src/risk/override.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { createScorer } from '../src/intake/score.js';
import { intakeAnswers } from './support/arbitraries.js';

const rank = (band: string | null) => BAND_ORDER.indexOf(band as never);
const AROUND = rank('around');
const chance = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
const oddsRatio = fc.double({ min: 1e-4, max: 1e4, noNaN: true });

describe('bands: a comparison with the study group on the odds scale (property tests)', () => {
  it.each(MODEL_CARDS.map((c) => [c.id, c] as const))('%s: a chance at or above the base rate is never in a band below "around average"', (_id, card) => {
    const p0 = baseRateOf(card);
    fc.assert(
      fc.property(fc.double({ min: p0, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(rank(bandOf(card, p))).toBeGreaterThanOrEqual(AROUND);
      }),
      { numRuns: 500 },
    );
    // And the mirror: at or below the base rate, never above "around average".
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: p0, noNaN: true }), (p) => {
        expect(rank(bandOf(card, p))).toBeLessThanOrEqual(AROUND);
      }),
      { numRuns: 500 },
    );
  });

  it.each(MODEL_CARDS.map((c) => [c.id, c] as const))('%s: bands are monotone in the chance and use only the card\'s four bands', (_id, card) => {
    fc.assert(
      fc.property(chance, chance, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(bandOf(card, lo))).toBeLessThanOrEqual(rank(bandOf(card, hi)));
        expect(BANDS_OF_KIND[card.kind]).toContain(bandOf(card, a));
      }),
      { numRuns: 500 },
    );
  });

  it('the same odds ratio gives the same band in every card', () => {
    // Lower / around / higher is shared by all cards; only the side of concern splits further.
    const common = (band: string) => (band === 'much-lower' ? 'lower' : band === 'much-higher' ? 'higher' : band);
    fc.assert(
      fc.property(oddsRatio, (r) => {
        const bands = MODEL_CARDS.flatMap((card) => {
          const p0 = baseRateOf(card);
          const o = r * (p0 / (1 - p0));
          const p = o / (1 + o);
          // Far out, p rounds to 0 or 1 and the odds lose their digits: compare only where p still carries r.
          return Math.abs(clientOddsRatio(p, p0) / r - 1) > 1e-9 ? [] : [{ kind: card.kind, band: bandOf(card, p) }];
        });
        for (const kind of ['dropout', 'work'] as const) expect(new Set(bands.filter((b) => b.kind === kind).map((b) => b.band)).size).toBeLessThanOrEqual(1);
        expect(new Set(bands.map((b) => common(b.band))).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric: odds ratios r and 1/r land in mirrored bands', () => {
    fc.assert(
      fc.property(oddsRatio, (r) => {
        const up = rank(bandOfOddsRatio(r, 'dropout', ODDS_BANDS));
        const down = rank(bandOfOddsRatio(1 / r, 'work', ODDS_BANDS));
        expect(up - AROUND).toBe(AROUND - down);
      }),
      { numRuns: 1000 },
    );
  });

  it('states each card\'s bands as absolute chances that agree with the rule', () => {
    for (const card of MODEL_CARDS) {
      const ranges = bandRanges(card);
      expect(ranges.map((r) => r.band)).toEqual(BANDS_OF_KIND[card.kind]);
      for (const r of ranges) {
        const inside = r.from === null ? r.to! / 2 : r.to === null ? (r.from + 1) / 2 : (r.from + r.to) / 2;
        expect(bandOf(card, inside), `${card.id} ${r.band}`).toBe(r.band);
      }
      const around = ranges.find((r) => r.band === 'around')!;
      expect(around.from!).toBeLessThan(baseRateOf(card));
      expect(around.to!).toBeGreaterThan(baseRateOf(card));
    }
  });
});

describe('bands over the whole input space', () => {
  for (const approach of ['integrated', 'direct'] as const) {
    it(`every estimated moment (${approach}): band from its own odds ratio, never below average at or above the base rate, with natural frequencies`, () => {
      const scorer = createScorer(DEFAULT_CATALOGUE, { approach });
      fc.assert(
        fc.property(intakeAnswers(), (answers) => {
          const moments = scorer.score({ answers }).risks!.moments;
          for (const m of moments) {
            if (m.status !== 'estimated') {
              expect(m.band).toBeNull();
              continue;
            }
            expect(m.oddsRatio!).toBeCloseTo(clientOddsRatio(m.probability!, m.baseRate!), 9);
            if (m.probability! >= m.baseRate!) expect(rank(m.band)).toBeGreaterThanOrEqual(AROUND);
            if (m.probability! <= m.baseRate!) expect(rank(m.band)).toBeLessThanOrEqual(AROUND);
            expect(m.frequency).toEqual(naturalFrequencies(m.probability!, m.baseRate!));
          }
          const top = highestDropout(moments);
          if (top) expect(top.risk.kind).toBe('dropout');
          expect(moments.find((m) => m.moment === 'outflow')!.kind).toBe('work');
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('natural frequencies', () => {
  it('puts both chances on one denominator: tens between 15% and 85%, hundreds otherwise', () => {
    expect(naturalFrequencies(0.6, 0.491)).toEqual({ client: { count: 6, of: 10, qualifier: 'about' }, base: { count: 5, of: 10, qualifier: 'about' } });
    expect(naturalFrequencies(0.039, 0.087)).toEqual({ client: { count: 4, of: 100, qualifier: 'about' }, base: { count: 9, of: 100, qualifier: 'about' } });
    expect(naturalFrequencies(0.9, 0.5).client).toEqual({ count: 90, of: 100, qualifier: 'about' });
    expect(naturalFrequencies(0.001, 0.087).client).toEqual({ count: 1, of: 100, qualifier: 'fewer-than' });
    expect(naturalFrequencies(0.9991, 0.5).client).toEqual({ count: 99, of: 100, qualifier: 'more-than' });
  });

  it('never shows a different count for the same chance, and is monotone', () => {
    fc.assert(
      fc.property(chance, chance, chance, (a, b, base) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fl = naturalFrequencies(lo, base).client;
        const fh = naturalFrequencies(hi, base).client;
        if (fl.of === fh.of) expect(fl.count).toBeLessThanOrEqual(fh.count);
        expect(Math.abs(fl.count / fl.of - lo)).toBeLessThanOrEqual(fl.qualifier === 'about' ? 0.5 / fl.of + 1e-12 : 1 / fl.of);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('highest dropout band', () => {
  it('never takes the chance of work, and follows an override', () => {
    const scorer = createScorer(DEFAULT_CATALOGUE, { approach: 'integrated' });
    const moments = scorer.score({ answers: { 'bg.children': false, 'resp.1': 5, 'resp.2': 5, 'dass4.anx1': 1, 'dass4.anx2': 1, 'dass4.anx3': 1, 'dass4.anx4': 1, 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': false, 'ladder.socialContacts': false, 'ladder.growthPotential': false } }).risks!.moments;
    const work = moments.find((m) => m.kind === 'work')!;
    expect(work.band).toBe('much-lower'); // the worst chance of work there is …
    const top = highestDropout(moments)!;
    expect(top.risk.kind).toBe('dropout'); // … and still not the "highest risk"
    expect(top.band).toBe('lower');
    const overridden = moments.map((m) => (m.moment === 'before-start' ? overrideBand(m, { band: 'much-higher', reason: 'zie gesprek' }) : m));
    expect(highestDropout(overridden)).toMatchObject({ band: 'much-higher', risk: { moment: 'before-start' } });
  });
});

describe('concern per band', () => {
  it('is higher dropout or lower chance of work, never the other way round', async () => {
    const { concernOf } = await import('../src/risk/bands.js');
    expect(concernOf('much-higher', 'dropout')).toBe('much-more');
    expect(concernOf('higher', 'dropout')).toBe('more');
    expect(concernOf('lower', 'dropout')).toBe('less');
    expect(concernOf('much-lower', 'work')).toBe('much-more');
    expect(concernOf('lower', 'work')).toBe('more');
    expect(concernOf('higher', 'work')).toBe('less');
    expect(concernOf('around', 'work')).toBe('around');
  });
});
