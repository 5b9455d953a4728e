import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  StatsInputError,
  chiSquareSurvival,
  chiSquareTest,
  regularizedGammaP,
  regularizedGammaQ,
} from '../src/stats/index.js';

/** Rounds like the printed SPSS output (x,xxx) so a test compares exactly what is on paper. */
const round = (v: number, decimals: number): number => Number(v.toFixed(decimals));

describe('regularized incomplete gamma / chi-square upper tail', () => {
  it('matches closed forms for even df: Q(m, x) = e^-x Σ_{i<m} x^i / i!', () => {
    const closed = (m: number, x: number): number => {
      let term = 1;
      let sum = 1;
      for (let i = 1; i < m; i++) {
        term *= x / i;
        sum += term;
      }
      return Math.exp(-x) * sum;
    };
    for (const m of [1, 2, 3, 5, 10, 25]) {
      for (const x of [0.01, 0.5, 1, 2.5, m, m + 1, 7, 15, 40, 80]) {
        const q = regularizedGammaQ(m, x);
        expect(Math.abs(q - closed(m, x))).toBeLessThan(1e-12 * Math.max(1, closed(m, x)) + 1e-300);
        // Relative precision in the far tail as well.
        expect(Math.abs(q / closed(m, x) - 1)).toBeLessThan(1e-10);
        expect(regularizedGammaP(m, x) + q).toBeCloseTo(1, 14);
      }
    }
  });

  it('reproduces reference values (SciPy gammainc / chi2.sf) to 1e-10', () => {
    const cases: Array<[a: number, x: number, p: number]> = [
      [0.5, 0.5, 0.6826894921370859],
      [2.5, 1.0, 0.15085496391539038],
      [10, 3, 0.0011024881301154815],
      [10, 15, 0.9301463393005901],
      [0.1, 0.01, 0.6626212599544796],
      [30, 25, 0.1821039159774551],
      [100, 90, 0.15822098918643007],
    ];
    for (const [a, x, p] of cases) {
      expect(Math.abs(regularizedGammaP(a, x) - p)).toBeLessThan(1e-10);
      expect(Math.abs(regularizedGammaQ(a, x) - (1 - p))).toBeLessThan(1e-10);
    }
    const tails: Array<[x: number, df: number, sf: number]> = [
      [0.5, 1, 0.47950012218695337],
      [20, 5, 0.0012497305630313773],
      [100, 80, 0.064570368921133],
      [0.001, 1, 0.9747728793699604],
      [0.1, 10, 0.9999999975020487],
      [250, 200, 0.009379131668826098],
    ];
    for (const [x, df, sf] of tails) expect(Math.abs(chiSquareSurvival(x, df) - sf)).toBeLessThan(1e-10);
    // Far tail keeps relative precision.
    expect(chiSquareSurvival(50, 3) / 7.989179244951495e-11).toBeCloseTo(1, 9);
  });

  it('gives the textbook critical values', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(6.634896601021214, 1)).toBeCloseTo(0.01, 12);
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(11.345, 3)).toBeCloseTo(0.01, 4);
    expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(9.488, 4)).toBeCloseTo(0.05, 4);
  });

  it('handles the edges', () => {
    expect(regularizedGammaP(3, 0)).toBe(0);
    expect(regularizedGammaQ(3, 0)).toBe(1);
    expect(chiSquareSurvival(0, 4)).toBe(1);
    expect(chiSquareSurvival(Infinity, 4)).toBe(0);
    expect(() => regularizedGammaP(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });

  it('is monotone decreasing in the statistic and stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (df, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = chiSquareSurvival(lo, df);
          const pHi = chiSquareSurvival(hi, df);
          expect(pLo).toBeGreaterThanOrEqual(0);
          expect(pLo).toBeLessThanOrEqual(1);
          expect(pHi).toBeLessThanOrEqual(pLo + 1e-14);
        },
      ),
    );
  });
});

/**
 * Appendix 1 ("Achtergrondkenmerken klanten en trajectresultaten") of the pilot evaluation (Gemeente Rotterdam
 * 2012, Evaluatie pilots loondispensatie Rotterdam en Amsterdam): every crosstab
 * of trajectory outcome (succesvol / mislukt) against a client characteristic, with the SPSS
 * "Pearson Chi-Square" line and the footnote on expected counts. Rows = categories,
 * columns = [succesvol, mislukt] counts as printed.
 */
const APPENDIX_1: Array<{
  name: string;
  table: number[][];
  chi2: number;
  df: number;
  p: number;
  pDecimals: number;
  cellsBelow5: number;
  minExpected: number;
}> = [
  // < 1 jaar, 1-3 jaar, 3-5 jaar, > 5 jaar (docs/evidence.md, §7, quotes this one)
  { name: 'uitkeringsduur', table: [[4, 42], [17, 56], [8, 23], [13, 59]], chi2: 5.036, df: 3, p: 0.169, pDecimals: 3, cellsBelow5: 0, minExpected: 5.86 },
  // Nederlands autochtoon, allochtoon (Rotterdam only); printed "0,017*"
  { name: 'geboorteland', table: [[13, 11], [36, 88]], chi2: 5.736, df: 1, p: 0.017, pDecimals: 3, cellsBelow5: 0, minExpected: 7.95 },
  // geen basisopleiding … wetenschappelijk onderwijs (Amsterdam only)
  { name: 'opleiding', table: [[3, 7], [2, 13], [9, 26], [11, 21], [0, 7], [1, 5]], chi2: 5.318, df: 5, p: 0.378, pDecimals: 3, cellsBelow5: 5, minExpected: 1.49 },
  // psychisch/psychosociaal, lichamelijk, combinatie (Amsterdam only); printed ",208"
  { name: 'beperkingen', table: [[5, 14], [11, 31], [6, 13]], chi2: 0.208, df: 2, p: 0.901, pDecimals: 3, cellsBelow5: 0, minExpected: 5.23 },
  // man, vrouw
  { name: 'geslacht', table: [[30, 95], [18, 90]], chi2: 1.905, df: 1, p: 0.168, pDecimals: 3, cellsBelow5: 0, minExpected: 22.25 },
  // 20%-49%, 50-74%, 75-100%
  { name: 'loonwaarde', table: [[8, 4], [19, 2], [7, 1]], chi2: 3.204, df: 2, p: 0.201, pDecimals: 3, cellsBelow5: 3, minExpected: 1.37 },
  // 23-35, 35-55, > 55
  { name: 'leeftijd', table: [[13, 50], [32, 104], [3, 30]], chi2: 3.374, df: 2, p: 0.185, pDecimals: 3, cellsBelow5: 0, minExpected: 6.83 },
  // alleenstaand, alleenstaand ouder, paar zonder kind, paar met kind; p printed "0,08"
  { name: 'gezin', table: [[37, 121], [7, 53], [2, 8], [3, 3]], chi2: 6.768, df: 3, p: 0.08, pDecimals: 2, cellsBelow5: 3, minExpected: 1.26 },
  // Rotterdam, Amsterdam (docs/evidence.md, §7, quotes this one)
  { name: 'stad', table: [[24, 124], [25, 61]], chi2: 5.428, df: 1, p: 0.02, pDecimals: 3, cellsBelow5: 0, minExpected: 18.01 },
];

describe('chiSquareTest reproduces appendix 1 of the pilot evaluation, Gemeente Rotterdam 2012 (Pearson chi-square)', () => {
  for (const c of APPENDIX_1) {
    it(`${c.name}: χ² = ${c.chi2}, df ${c.df}, p = ${c.p}`, () => {
      const r = chiSquareTest(c.table);
      expect(round(r.statistic, 3)).toBe(c.chi2);
      expect(r.df).toBe(c.df);
      expect(round(r.pValue, c.pDecimals)).toBe(c.p);
      // Printed with 2 decimals; 19 × 22 / 80 = 5.225 exactly is printed 5,23 (half up), so
      // compare within half a unit of the last printed digit rather than re-rounding.
      expect(Math.abs(r.minExpected - c.minExpected)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(r.cellsBelow5).toBe(c.cellsBelow5);
      expect(r.warning === null).toBe(c.cellsBelow5 === 0);
    });
  }

  it('warns in both languages, in the style of the SPSS footnote', () => {
    const opleiding = chiSquareTest(APPENDIX_1[2]!.table);
    // SPSS: "5 cells (41,7%) have expected count less than 5. The minimum expected count is 1,49."
    expect(opleiding.warning?.nl).toContain('5 van 12 cellen (41,7%)');
    expect(opleiding.warning?.nl).toContain('1,49');
    expect(opleiding.warning?.en).toContain('5 of 12 cells (41.7%)');
    expect(opleiding.warning?.en).toContain('unreliable');
    // One small cell out of 8 (12.5%, minimum ≥ 1): milder caveat.
    const mild = chiSquareTest([[3, 7], [30, 60], [30, 60], [17, 93]]);
    expect(mild.cellsBelow5).toBe(1);
    expect(mild.warning?.en).toContain('approximate');
  });

  it('returns the expected counts (row total × column total / N)', () => {
    const r = chiSquareTest([[24, 124], [25, 61]]);
    expect(r.expected[0]![0]).toBeCloseTo((148 * 49) / 234, 12);
    expect(r.expected[1]![1]).toBeCloseTo((86 * 185) / 234, 12);
  });
});

describe('chiSquareTest input validation', () => {
  const thrown = (table: number[][]): StatsInputError => {
    try {
      chiSquareTest(table);
    } catch (error) {
      expect(error).toBeInstanceOf(StatsInputError);
      return error as StatsInputError;
    }
    throw new Error('expected a StatsInputError');
  };

  it('refuses malformed tables with a Dutch and English reason', () => {
    expect(thrown([[1, 2]]).text.en).toContain('at least 2 rows');
    expect(thrown([[1], [2]]).text.en).toContain('at least 2 columns');
    expect(thrown([[1, 2], [3]]).text.nl).toContain('rij 2 heeft 1 cellen, verwacht 2');
    expect(thrown([[1, -2], [3, 4]]).text.en).toContain('row 1, column 2');
    expect(thrown([[1, Number.NaN], [3, 4]]).text.en).toContain('not a finite non-negative count');
    expect(thrown([[1, Infinity], [3, 4]]).text.en).toContain('not a finite non-negative count');
  });

  it('refuses a zero row or column total', () => {
    const row = thrown([[0, 0], [3, 4]]);
    expect(row.text).toEqual({ nl: 'ongeldige kruistabel: rij 1 heeft totaal 0', en: 'invalid crosstab: row 1 has a total of 0' });
    expect(row.message).toBe('ongeldige kruistabel: rij 1 heeft totaal 0 / invalid crosstab: row 1 has a total of 0');
    expect(thrown([[1, 0], [3, 0]]).text.nl).toContain('kolom 2 heeft totaal 0');
  });

  it('accepts non-integer (weighted) counts', () => {
    expect(chiSquareTest([[10.5, 20.25], [30, 5.5]]).statistic).toBeGreaterThan(0);
  });
});

describe('chiSquareTest properties', () => {
  const table = fc
    .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
    .chain(([r, c]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );

  it('is invariant under transposition and row permutation; p in [0, 1]', () => {
    fc.assert(
      fc.property(table, (t) => {
        const r = chiSquareTest(t);
        const transposed = t[0]!.map((_, j) => t.map((row) => row[j]!));
        const tr = chiSquareTest(transposed);
        const rev = chiSquareTest([...t].reverse());
        expect(r.statistic).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(tr.statistic).toBeCloseTo(r.statistic, 8);
        expect(tr.df).toBe(r.df);
        expect(rev.statistic).toBeCloseTo(r.statistic, 8);
      }),
    );
  });

  it('gives χ² = 0 and p = 1 for a table with exactly proportional rows', () => {
    const r = chiSquareTest([[10, 20, 30], [20, 40, 60]]);
    expect(r.statistic).toBeCloseTo(0, 12);
    expect(r.pValue).toBeCloseTo(1, 12);
  });
});
