import { sampleCorrelation, sampleVariance } from 'simple-statistics';
import { StatsInputError } from './errors.js';

/** Cronbach's alpha with the numbers it was computed from. */
export interface CronbachAlphaResult {
  /** k/(k−1) · (1 − Σ item variances / variance of the total score). At most 1; can be negative. */
  alpha: number;
  /** Number of items (columns). */
  items: number;
  /** Number of complete rows used (listwise deletion). */
  respondents: number;
  /**
   * Corrected item–total correlation per item: the item against the sum of the *other*
   * items, so an item is not correlated with itself. Null when the item or the rest score
   * has no variance.
   */
  itemTotalCorrelations: (number | null)[];
  /** Alpha of the scale without that item. Null when it is undefined (one item left, or no variance). */
  alphaIfDeleted: (number | null)[];
}

const MIN_ITEMS = 2;
const MIN_RESPONDENTS = 3;

function transpose(rows: readonly (readonly number[])[], columns: number): number[][] {
  return Array.from({ length: columns }, (_, j) => rows.map((row) => row[j]!));
}

function rowSums(columns: readonly (readonly number[])[], n: number, skip = -1): number[] {
  const sums = new Array<number>(n).fill(0);
  columns.forEach((column, j) => {
    if (j === skip) return;
    column.forEach((v, i) => (sums[i]! += v));
  });
  return sums;
}

/**
 * True when the values are not all (numerically) equal. A relative tolerance is used because
 * sums such as 0.1 + 0.9 and 0.3 + 0.7 differ in the last bit; that rounding noise would
 * otherwise count as a tiny but positive variance and blow up the ratios below.
 */
function hasSpread(values: readonly number[]): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return max - min > 1e-12 * Math.max(1, Math.abs(min), Math.abs(max));
}

/** Alpha from per-item variances and the summed score; null when undefined. */
function alphaFrom(itemVariances: readonly number[], totals: readonly number[]): number | null {
  const k = itemVariances.length;
  if (k < 2 || !hasSpread(totals)) return null;
  const totalVariance = sampleVariance(totals);
  const sumItemVariances = itemVariances.reduce((s, v) => s + v, 0);
  return (k / (k - 1)) * (1 - sumItemVariances / totalVariance);
}

function correlationOrNull(x: number[], y: number[]): number | null {
  // sampleCorrelation divides by the standard deviations; a constant vector would give NaN.
  if (!hasSpread(x) || !hasSpread(y)) return null;
  return sampleCorrelation(x, y);
}

/**
 * Cronbach's alpha for a respondents × items matrix. `null` marks a missing answer; rows with
 * any missing answer are dropped (listwise deletion), so every statistic is computed on the
 * same complete cases.
 */
export function cronbachAlpha(rows: readonly (readonly (number | null)[])[]): CronbachAlphaResult {
  if (rows.length === 0) {
    throw new StatsInputError({ nl: 'geen antwoorden aangeleverd', en: 'no responses given' });
  }
  const k = rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== k) {
      throw new StatsInputError({
        nl: `rij ${i + 1} heeft ${row.length} items, verwacht ${k}`,
        en: `row ${i + 1} has ${row.length} items, expected ${k}`,
      });
    }
    row.forEach((v, j) => {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new StatsInputError({
          nl: `rij ${i + 1}, item ${j + 1}: geen eindig getal (${String(v)}); gebruik null voor een ontbrekend antwoord`,
          en: `row ${i + 1}, item ${j + 1}: not a finite number (${String(v)}); use null for a missing answer`,
        });
      }
    });
  });
  if (k < MIN_ITEMS) {
    throw new StatsInputError({
      nl: `alfa vraagt minimaal ${MIN_ITEMS} items, er is er ${k}`,
      en: `alpha needs at least ${MIN_ITEMS} items, got ${k}`,
    });
  }

  const complete = rows.filter((row): row is readonly number[] => row.every((v) => v !== null));
  const n = complete.length;
  if (n < MIN_RESPONDENTS) {
    throw new StatsInputError({
      nl: `alfa vraagt minimaal ${MIN_RESPONDENTS} volledig ingevulde rijen, er zijn er ${n}`,
      en: `alpha needs at least ${MIN_RESPONDENTS} complete rows, got ${n}`,
    });
  }

  const columns = transpose(complete, k);
  const itemVariances = columns.map((c) => sampleVariance(c));
  const totals = rowSums(columns, n);
  const alpha = alphaFrom(itemVariances, totals);
  if (alpha === null) {
    throw new StatsInputError({
      nl: 'de totaalscore heeft geen spreiding (alle respondenten scoren gelijk); alfa is niet gedefinieerd',
      en: 'the total score has no variance (all respondents score the same); alpha is undefined',
    });
  }

  const itemTotalCorrelations: (number | null)[] = [];
  const alphaIfDeleted: (number | null)[] = [];
  columns.forEach((column, j) => {
    const rest = rowSums(columns, n, j);
    itemTotalCorrelations.push(correlationOrNull(column, rest));
    const remaining = itemVariances.filter((_, m) => m !== j);
    alphaIfDeleted.push(alphaFrom(remaining, rest));
  });

  return { alpha, items: k, respondents: n, itemTotalCorrelations, alphaIfDeleted };
}
