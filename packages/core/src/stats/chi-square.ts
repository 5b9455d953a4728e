import { gammaln } from 'simple-statistics';
import type { Text } from '../i18n/text.js';
import { StatsInputError, formatNumber } from './errors.js';

// ---------------------------------------------------------------------------
// Regularized incomplete gamma function
//
//   P(a, x) = γ(a, x) / Γ(a)      (lower)
//   Q(a, x) = Γ(a, x) / Γ(a) = 1 - P(a, x)   (upper)
//
// Two expansions, each used where it converges quickly and without cancellation:
//  - x < a + 1: the power series  γ(a,x) = e^-x x^a Σ_n x^n / (a (a+1) … (a+n)),
//    which gives P directly; Q = 1 - P is then safe because P is not close to 1.
//  - otherwise: Legendre's continued fraction for Γ(a,x), evaluated with the
//    modified Lentz method, which gives Q directly (small upper tails keep full
//    relative precision, which matters for tiny p-values).
// Both stop when the next term changes the result by less than machine precision,
// so the result is accurate to about 1e-14 in practice (the brief asks ~1e-10).
// ---------------------------------------------------------------------------

const EPSILON = 1e-16;
const MAX_ITERATIONS = 10_000;
/** Guard against division by zero inside the Lentz recurrence. */
const TINY = 1e-300;

/** log(e^-x x^a / Γ(a)), the common prefactor of both expansions. */
function logPrefactor(a: number, x: number): number {
  return -x + a * Math.log(x) - gammaln(a);
}

function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(logPrefactor(a, x));
}

function upperContinuedFraction(a: number, x: number): number {
  // Γ(a,x) = e^-x x^a · 1/(x+1-a- 1·(1-a)/(x+3-a- 2·(2-a)/(x+5-a- …)))
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h * Math.exp(logPrefactor(a, x));
}

function checkGammaArguments(a: number, x: number): void {
  if (!(a > 0) || !Number.isFinite(a) || !(x >= 0) || Number.isNaN(x)) {
    throw new RangeError(`incomplete gamma needs a > 0 and x >= 0 (got a=${a}, x=${x})`);
  }
}

/** Regularized lower incomplete gamma P(a, x), for a > 0 and x ≥ 0. */
export function regularizedGammaP(a: number, x: number): number {
  checkGammaArguments(a, x);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), for a > 0 and x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  checkGammaArguments(a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

/** Upper tail P(X ≥ statistic) of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareSurvival(statistic: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive (got ${df})`);
  if (!(statistic >= 0)) throw new RangeError(`chi-square statistic must be >= 0 (got ${statistic})`);
  return regularizedGammaQ(df / 2, statistic / 2);
}

// ---------------------------------------------------------------------------
// Pearson chi-square test of independence for an r × c table of counts
// ---------------------------------------------------------------------------

/** A chi-square statistic with its degrees of freedom and p-value. */
export interface ChiSquareResult {
  /** Pearson X² = Σ (observed − expected)² / expected. */
  statistic: number;
  /** (rows − 1) × (columns − 1). */
  df: number;
  /** Asymptotic upper-tail p-value. */
  pValue: number;
  /** Expected counts under independence: row total × column total / grand total. */
  expected: number[][];
  minExpected: number;
  /** Number of cells whose expected count is below 5. */
  cellsBelow5: number;
  /** Caveat about small expected counts, or null when every expected count is at least 5. */
  warning: Text | null;
}

function tableError(nl: string, en: string): StatsInputError {
  return new StatsInputError({ nl: `ongeldige kruistabel: ${nl}`, en: `invalid crosstab: ${en}` });
}

/**
 * Checks shape and contents. Counts may be non-integer (e.g. weighted counts) but must be
 * finite and non-negative; every row and column needs a positive total, otherwise its
 * expected counts are zero and the statistic is undefined.
 */
function validateTable(table: readonly (readonly number[])[]): void {
  if (!Array.isArray(table) || table.length < 2) {
    throw tableError('minimaal 2 rijen nodig', 'at least 2 rows needed');
  }
  const columns = table[0]?.length ?? 0;
  if (columns < 2) throw tableError('minimaal 2 kolommen nodig', 'at least 2 columns needed');
  table.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw tableError(
        `rij ${i + 1} heeft ${Array.isArray(row) ? row.length : 0} cellen, verwacht ${columns}`,
        `row ${i + 1} has ${Array.isArray(row) ? row.length : 0} cells, expected ${columns}`,
      );
    }
    row.forEach((count, j) => {
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
        throw tableError(
          `cel (rij ${i + 1}, kolom ${j + 1}) is geen eindig niet-negatief aantal: ${String(count)}`,
          `cell (row ${i + 1}, column ${j + 1}) is not a finite non-negative count: ${String(count)}`,
        );
      }
    });
  });
}

function smallExpectedWarning(cellsBelow5: number, cells: number, minExpected: number): Text | null {
  if (cellsBelow5 === 0) return null;
  const share = (100 * cellsBelow5) / cells;
  const pct = formatNumber(share, 1);
  const min = formatNumber(minExpected, 2);
  // Cochran's rule: the chi-square approximation is acceptable when no expected count is
  // below 1 and at most 20% are below 5. Beyond that the p-value can be badly off.
  const unreliable = share > 20 || minExpected < 1;
  const head: Text = {
    nl: `${cellsBelow5} van ${cells} cellen (${pct.nl}%) hebben een verwachte frequentie onder 5 (laagste: ${min.nl}); `,
    en: `${cellsBelow5} of ${cells} cells (${pct.en}%) have an expected count below 5 (minimum: ${min.en}); `,
  };
  return unreliable
    ? {
        nl: `${head.nl}de chi-kwadraatbenadering is dan onbetrouwbaar — voeg categorieën samen of gebruik een exacte toets.`,
        en: `${head.en}the chi-square approximation is unreliable — merge categories or use an exact test.`,
      }
    : {
        nl: `${head.nl}de p-waarde is een benadering, interpreteer die voorzichtig.`,
        en: `${head.en}the p-value is approximate, interpret it with care.`,
      };
}

/**
 * Pearson chi-square test of independence (no continuity correction — this matches the
 * "Pearson Chi-Square" line of SPSS output). Rows and columns are categories of the two
 * variables; cells are counts.
 */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareResult {
  validateTable(table);
  const rows = table.length;
  const columns = table[0]!.length;

  const rowTotals = table.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) => table.reduce((s, row) => s + row[j]!, 0));
  rowTotals.forEach((total, i) => {
    if (total <= 0) throw tableError(`rij ${i + 1} heeft totaal 0`, `row ${i + 1} has a total of 0`);
  });
  columnTotals.forEach((total, j) => {
    if (total <= 0) throw tableError(`kolom ${j + 1} heeft totaal 0`, `column ${j + 1} has a total of 0`);
  });
  const grandTotal = rowTotals.reduce((s, v) => s + v, 0);

  let statistic = 0;
  let minExpected = Infinity;
  let cellsBelow5 = 0;
  const expected = table.map((row, i) =>
    row.map((observed, j) => {
      const e = (rowTotals[i]! * columnTotals[j]!) / grandTotal;
      statistic += ((observed - e) * (observed - e)) / e;
      if (e < minExpected) minExpected = e;
      if (e < 5) cellsBelow5++;
      return e;
    }),
  );

  const df = (rows - 1) * (columns - 1);
  return {
    statistic,
    df,
    pValue: chiSquareSurvival(statistic, df),
    expected,
    minExpected,
    cellsBelow5,
    warning: smallExpectedWarning(cellsBelow5, rows * columns, minExpected),
  };
}
