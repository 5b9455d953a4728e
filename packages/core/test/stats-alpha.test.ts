import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsInputError, cronbachAlpha } from '../src/stats/index.js';

/**
 * Independent reference: alpha from the item covariance matrix C,
 * α = k/(k−1) · (1 − trace(C) / sum of all entries of C).
 */
function alphaFromCovariance(rows: number[][]): number {
  const n = rows.length;
  const k = rows[0]!.length;
  const means = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  let trace = 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const cov = rows.reduce((s, r) => s + (r[a]! - means[a]!) * (r[b]! - means[b]!), 0) / (n - 1);
      total += cov;
      if (a === b) trace += cov;
    }
  }
  return (k / (k - 1)) * (1 - trace / total);
}

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((v, i) => {
    sxy += (v - mx) * (y[i]! - my);
    sxx += (v - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('cronbachAlpha: hand-computed example', () => {
  // 4 respondents × 3 items.
  //   item variances (n−1): 5/3, 4.75/3, 2.75/3  → sum 12.5/3
  //   totals 5, 8, 10, 13 → variance 34/3
  //   α = 3/2 · (1 − 12.5/34) = 129/136
  // Without item 1: variances 4.75/3 + 2.75/3 = 7.5/3, rest scores 4, 6, 7, 9 → variance 13/3,
  //   α = 2 · (1 − 7.5/13) = 11/13; item 1 vs rest: Σdxdy = 8, Σdx² = 5, Σdy² = 13 → r = 8/√65.
  const rows = [
    [1, 2, 2],
    [2, 3, 3],
    [3, 3, 4],
    [4, 5, 4],
  ];

  it('gives the hand-computed values', () => {
    const r = cronbachAlpha(rows);
    expect(r.alpha).toBeCloseTo(129 / 136, 12);
    expect(r.items).toBe(3);
    expect(r.respondents).toBe(4);
    expect(r.alphaIfDeleted[0]).toBeCloseTo(11 / 13, 12);
    expect(r.itemTotalCorrelations[0]).toBeCloseTo(8 / Math.sqrt(65), 12);
  });

  it('drops incomplete rows (listwise deletion)', () => {
    const withMissing = [...rows, [null, 1, 5], [5, null, null]];
    const r = cronbachAlpha(withMissing);
    expect(r.respondents).toBe(4);
    expect(r.alpha).toBeCloseTo(129 / 136, 12);
  });
});

describe('cronbachAlpha: constructed 12 × 5 dataset against the covariance formula', () => {
  // Likert-type answers (1–5) of 12 respondents to a 5-item scale; item 5 is partly reversed
  // in spirit (weakly related), so alpha-if-deleted should rise when it is dropped.
  const data = [
    [4, 5, 4, 4, 2],
    [3, 3, 4, 3, 4],
    [5, 5, 5, 4, 3],
    [2, 2, 1, 2, 3],
    [4, 4, 3, 4, 1],
    [1, 2, 2, 1, 4],
    [3, 4, 3, 3, 2],
    [5, 4, 5, 5, 3],
    [2, 3, 2, 2, 5],
    [4, 3, 4, 5, 2],
    [3, 2, 3, 3, 3],
    [1, 1, 2, 2, 4],
  ];

  it('matches α from the covariance matrix, for the whole scale and each item deleted', () => {
    const r = cronbachAlpha(data);
    expect(r.alpha).toBeCloseTo(alphaFromCovariance(data), 12);
    for (let j = 0; j < 5; j++) {
      const reduced = data.map((row) => row.filter((_, m) => m !== j));
      expect(r.alphaIfDeleted[j]).toBeCloseTo(alphaFromCovariance(reduced), 12);
      const item = data.map((row) => row[j]!);
      const rest = reduced.map((row) => row.reduce((s, v) => s + v, 0));
      expect(r.itemTotalCorrelations[j]).toBeCloseTo(pearson(item, rest), 12);
    }
    // The weak item correlates negatively with the rest, and dropping it raises alpha.
    expect(r.itemTotalCorrelations[4]!).toBeLessThan(0);
    expect(r.alphaIfDeleted[4]!).toBeGreaterThan(r.alpha);
  });
});

describe('cronbachAlpha: refusals and undefined parts', () => {
  const thrown = (rows: (number | null)[][]): StatsInputError => {
    try {
      cronbachAlpha(rows);
    } catch (error) {
      expect(error).toBeInstanceOf(StatsInputError);
      return error as StatsInputError;
    }
    throw new Error('expected a StatsInputError');
  };

  it('refuses fewer than 2 items', () => {
    expect(thrown([[1], [2], [3]]).text.en).toBe('alpha needs at least 2 items, got 1');
  });

  it('refuses fewer than 3 complete respondents', () => {
    const e = thrown([[1, 2], [2, 3], [null, 4], [3, null]]);
    expect(e.text.nl).toBe('alfa vraagt minimaal 3 volledig ingevulde rijen, er zijn er 2');
  });

  it('refuses zero total variance, including totals that only differ by rounding', () => {
    expect(thrown([[2, 2], [2, 2], [2, 2]]).text.en).toContain('no variance');
    // Items vary but cancel out exactly: 0.1 + 0.9 vs 0.3 + 0.7 differ only in the last bit.
    expect(thrown([[0.1, 0.9], [0.3, 0.7], [0.6, 0.4]]).text.en).toContain('no variance');
  });

  it('refuses ragged rows and non-finite answers', () => {
    expect(thrown([[1, 2], [1, 2, 3], [2, 3]]).text.en).toContain('row 2 has 3 items, expected 2');
    expect(thrown([[1, 2], [Number.NaN, 2], [2, 3]]).text.en).toContain('use null for a missing answer');
  });

  it('reports null for the parts that are undefined', () => {
    // Item 3 is constant: its item–total correlation is undefined.
    const r = cronbachAlpha([
      [1, 2, 3],
      [2, 2, 3],
      [3, 5, 3],
      [4, 4, 3],
    ]);
    expect(r.itemTotalCorrelations[2]).toBeNull();
    // Two items: deleting one leaves a single item, so alpha-if-deleted is undefined.
    const two = cronbachAlpha([
      [1, 2],
      [2, 2],
      [3, 5],
    ]);
    expect(two.alphaIfDeleted).toEqual([null, null]);
  });
});

describe('cronbachAlpha properties', () => {
  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 3, max: 25 }))
    .chain(([k, n]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
    );

  it('alpha of k identical items is 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 30 }).filter((v) => new Set(v).size > 1),
        fc.integer({ min: 2, max: 8 }),
        (column, k) => {
          const r = cronbachAlpha(column.map((v) => new Array<number>(k).fill(v)));
          expect(r.alpha).toBeCloseTo(1, 12);
          for (const c of r.itemTotalCorrelations) expect(c).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('alpha ≤ 1 and equals the covariance formula; invariant under item order', () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        let r;
        try {
          r = cronbachAlpha(rows);
        } catch (error) {
          // Only a constant total score may be refused.
          expect(error).toBeInstanceOf(StatsInputError);
          const totals = rows.map((row) => row.reduce((s, v) => s + v, 0));
          expect(new Set(totals).size).toBe(1);
          return;
        }
        expect(r.alpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.alpha).toBeCloseTo(alphaFromCovariance(rows), 8);
        const reversed = cronbachAlpha(rows.map((row) => [...row].reverse()));
        expect(reversed.alpha).toBeCloseTo(r.alpha, 10);
      }),
    );
  });
});
