import type { Text } from '../i18n/text.js';
import { StatsInputError } from './errors.js';

// ---------------------------------------------------------------------------
// Numerically stable logistic helpers
// ---------------------------------------------------------------------------

/** 1 / (1 + e^-η), without overflow for large |η|. */
export function expit(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

/** log(p / (1 − p)). */
export function logitOf(p: number): number {
  return Math.log(p) - Math.log1p(-p);
}

/** log(1 + e^η), without overflow. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** Bernoulli log-likelihood of outcome y under linear predictor η: y·η − log(1 + e^η). */
export function bernoulliLogLikelihood(eta: number, y: 0 | 1): number {
  return y * eta - softplus(eta);
}

// ---------------------------------------------------------------------------
// Small dense linear algebra: the Newton system XᵀWX·δ = Xᵀ(y − μ) is symmetric positive
// definite unless the design is degenerate, so a Cholesky factorisation both solves it and
// detects degeneracy (a pivot that vanishes relative to its diagonal).
// ---------------------------------------------------------------------------

/** Relative size below which a Cholesky pivot counts as zero (linear dependence). */
const SINGULAR_PIVOT = 1e-10;

type CholeskyOutcome = { ok: true; lower: number[][] } | { ok: false; column: number };

function cholesky(a: readonly (readonly number[])[]): CholeskyOutcome {
  const p = a.length;
  const lower = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const lj = lower[j]!;
    let d = a[j]![j]!;
    for (let m = 0; m < j; m++) d -= lj[m]! * lj[m]!;
    if (!(d > SINGULAR_PIVOT * Math.abs(a[j]![j]!))) return { ok: false, column: j };
    const root = Math.sqrt(d);
    lj[j] = root;
    for (let i = j + 1; i < p; i++) {
      const li = lower[i]!;
      let s = a[i]![j]!;
      for (let m = 0; m < j; m++) s -= li[m]! * lj[m]!;
      li[j] = s / root;
    }
  }
  return { ok: true, lower };
}

/** Solves L Lᵀ x = b by forward then backward substitution. */
function choleskySolve(lower: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= lower[i]![m]! * z[m]!;
    z[i] = s / lower[i]![i]!;
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let m = i + 1; m < p; m++) s -= lower[m]![i]! * x[m]!;
    x[i] = s / lower[i]![i]!;
  }
  return x;
}

/** Diagonal of A⁻¹ from its Cholesky factor (one solve per unit vector; p is small). */
function inverseDiagonal(lower: readonly (readonly number[])[]): number[] {
  const p = lower.length;
  return Array.from({ length: p }, (_, j) => {
    const unit = new Array<number>(p).fill(0);
    unit[j] = 1;
    return choleskySolve(lower, unit)[j]!;
  });
}

// ---------------------------------------------------------------------------
// Minimum number of outcomes
// ---------------------------------------------------------------------------

/**
 * Fewer than this many events (or non-events) and a locally fitted model mostly fits noise;
 * a rule of thumb for recalibrating a model on a small local cohort.
 */
export const MIN_OUTCOMES_PER_CLASS = 20;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Throws StatsInputError when there are fewer than 20 events or fewer than 20 non-events. */
export function assertEnoughOutcomes(y: readonly (0 | 1)[]): { events: number; nonEvents: number } {
  let events = 0;
  for (const v of y) events += v;
  const nonEvents = y.length - events;
  const min = MIN_OUTCOMES_PER_CLASS;
  const nl: string[] = [];
  const en: string[] = [];
  if (events < min) {
    nl.push(plural(events, 'gebeurtenis', 'gebeurtenissen'));
    en.push(plural(events, 'event', 'events'));
  }
  if (nonEvents < min) {
    nl.push(plural(nonEvents, 'niet-gebeurtenis', 'niet-gebeurtenissen'));
    en.push(plural(nonEvents, 'non-event', 'non-events'));
  }
  if (nl.length > 0) {
    const each = nl.length > 1;
    throw new StatsInputError({
      nl: `te weinig uitkomsten om lokaal te kalibreren: ${nl.join(' en ')}, ${each ? 'van elk ' : ''}minimaal ${min} nodig`,
      en: `too few outcomes to calibrate locally: ${en.join(' and ')}, at least ${min}${each ? ' of each' : ''} needed`,
    });
  }
  return { events, nonEvents };
}

// ---------------------------------------------------------------------------
// Logistic regression by Newton–Raphson (equivalently IRLS)
// ---------------------------------------------------------------------------

/** Settings of the logistic-regression fit (iterations, tolerance). */
export interface LogisticOptions {
  /** Newton iterations before giving up (default 50; a regular fit needs about 5–8). */
  maxIterations?: number;
  /** Converged when every step |δⱼ| ≤ tolerance · (1 + |βⱼ|) (default 1e-8). */
  tolerance?: number;
}

/** A fitted logistic regression: coefficients, standard errors, odds ratios and how the fit went. */
export interface LogisticFit {
  /** Intercept first, then one per column of x. */
  coefficients: number[];
  /** From the inverse observed information at the estimate; NaN when it is singular. */
  standardErrors: number[];
  /** exp(coefficient). The first entry is the odds at all predictors 0, not a ratio. */
  oddsRatios: number[];
  iterations: number;
  converged: boolean;
  /** The outcome is (quasi-)perfectly predicted: the estimates run off to ±∞ and mean nothing. */
  separation: boolean;
  logLikelihood: number;
  n: number;
  events: number;
  /** Why the estimates should not be used (separation / no convergence), else null. */
  warning: Text | null;
}

function validateDesign(x: readonly (readonly number[])[], y: readonly (0 | 1)[]): number {
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) {
    throw new StatsInputError({
      nl: `x en y moeten even lang zijn (${Array.isArray(x) ? x.length : 0} tegen ${Array.isArray(y) ? y.length : 0})`,
      en: `x and y must have the same length (${Array.isArray(x) ? x.length : 0} vs ${Array.isArray(y) ? y.length : 0})`,
    });
  }
  const k = x[0]?.length ?? 0;
  x.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k) {
      throw new StatsInputError({
        nl: `rij ${i + 1} van x heeft ${Array.isArray(row) ? row.length : 0} waarden, verwacht ${k}`,
        en: `row ${i + 1} of x has ${Array.isArray(row) ? row.length : 0} values, expected ${k}`,
      });
    }
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new StatsInputError({
          nl: `x[${i}][${j}] is geen eindig getal: ${String(v)}`,
          en: `x[${i}][${j}] is not a finite number: ${String(v)}`,
        });
      }
    });
  });
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) {
      throw new StatsInputError({
        nl: `uitkomst y[${i}] moet 0 of 1 zijn, niet ${String(v)}`,
        en: `outcome y[${i}] must be 0 or 1, not ${String(v)}`,
      });
    }
  });
  return k;
}

function collinearityError(column: number): StatsInputError {
  const what: Text =
    column === 0
      ? { nl: 'het intercept', en: 'the intercept' }
      : { nl: `predictor ${column} (kolom ${column} van x)`, en: `predictor ${column} (column ${column} of x)` };
  return new StatsInputError({
    nl: `${what.nl} is constant of een lineaire combinatie van het intercept en eerdere predictoren; het model is niet te schatten`,
    en: `${what.en} is constant or a linear combination of the intercept and earlier predictors; the model cannot be estimated`,
  });
}

/** Linear predictors Xβ with the intercept as implicit first column. */
function linearPredictors(x: readonly (readonly number[])[], beta: readonly number[]): number[] {
  return x.map((row) => {
    let eta = beta[0]!;
    for (let j = 0; j < row.length; j++) eta += beta[j + 1]! * row[j]!;
    return eta;
  });
}

function logLikelihoodOf(etas: readonly number[], y: readonly (0 | 1)[]): number {
  let ll = 0;
  for (let i = 0; i < etas.length; i++) ll += bernoulliLogLikelihood(etas[i]!, y[i]!);
  return ll;
}

/** Gradient Xᵀ(y − μ) and information XᵀWX at the given linear predictors. */
function scoreAndInformation(
  x: readonly (readonly number[])[],
  y: readonly (0 | 1)[],
  etas: readonly number[],
): { gradient: number[]; information: number[][] } {
  const p = (x[0]?.length ?? 0) + 1;
  const gradient = new Array<number>(p).fill(0);
  const information = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const row = new Array<number>(p).fill(1);
  for (let i = 0; i < etas.length; i++) {
    const eta = etas[i]!;
    const mu = expit(eta);
    // μ(1 − μ) written as σ(η)σ(−η) so it does not round to 0 for |η| > ~37.
    const w = mu * expit(-eta);
    // y − μ; for y = 1 use σ(−η) directly to keep precision when μ is close to 1.
    const residual = y[i] === 1 ? expit(-eta) : -mu;
    const xi = x[i]!;
    for (let j = 1; j < p; j++) row[j] = xi[j - 1]!;
    for (let a = 0; a < p; a++) {
      gradient[a]! += row[a]! * residual;
      const infoRow = information[a]!;
      const wa = w * row[a]!;
      for (let b = 0; b <= a; b++) infoRow[b]! += wa * row[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) information[a]![b] = information[b]![a]!;
  return { gradient, information };
}

/**
 * Maximum-likelihood logistic regression of y on the columns of x, with an intercept.
 *
 * Newton–Raphson on the log-likelihood (for the canonical logit link this is the same as
 * IRLS), started from the intercept-only solution, with step halving so the log-likelihood
 * never decreases. Refuses (StatsInputError) below 20 events or 20 non-events, and when a
 * predictor is constant or linearly dependent on others.
 *
 * Under (quasi-)complete separation the maximum likelihood estimate does not exist: the
 * coefficients keep growing and the steps never shrink, so the fit stops at maxIterations with
 * converged = false and separation = true. The returned numbers must then not be used.
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly (0 | 1)[],
  opts: LogisticOptions = {},
): LogisticFit {
  const k = validateDesign(x, y);
  const { events } = assertEnoughOutcomes(y);
  const n = y.length;
  const p = k + 1;
  const maxIterations = opts.maxIterations ?? 50;
  const tolerance = opts.tolerance ?? 1e-8;

  const beta = new Array<number>(p).fill(0);
  beta[0] = logitOf(events / n);
  let etas = linearPredictors(x, beta);
  let logLikelihood = logLikelihoodOf(etas, y);
  let converged = false;
  let iterations = 0;
  let singularAfterStart = false;

  while (iterations < maxIterations) {
    const { gradient, information } = scoreAndInformation(x, y, etas);
    const factor = cholesky(information);
    if (!factor.ok) {
      // At the start all weights are equal, so a singular information matrix means the
      // design itself is degenerate. Later it means weights collapsed to 0: separation.
      if (iterations === 0) throw collinearityError(factor.column);
      singularAfterStart = true;
      break;
    }
    const delta = choleskySolve(factor.lower, gradient);
    iterations++;

    // Step halving: accept the first step length that does not lower the log-likelihood
    // (allowing rounding noise near the optimum).
    let step = 1;
    let candidate = beta.map((b, j) => b + delta[j]!);
    let candidateEtas = linearPredictors(x, candidate);
    let candidateLl = logLikelihoodOf(candidateEtas, y);
    const slack = 1e-10 * (1 + Math.abs(logLikelihood));
    while (candidateLl < logLikelihood - slack && step > 1e-6) {
      step /= 2;
      candidate = beta.map((b, j) => b + step * delta[j]!);
      candidateEtas = linearPredictors(x, candidate);
      candidateLl = logLikelihoodOf(candidateEtas, y);
    }
    // No step length helps: numerically stuck. Keep the last estimate, report non-convergence.
    if (candidateLl < logLikelihood - slack) break;
    for (let j = 0; j < p; j++) beta[j] = candidate[j]!;
    etas = candidateEtas;
    logLikelihood = candidateLl;

    if (delta.every((d, j) => Math.abs(step * d) <= tolerance * (1 + Math.abs(beta[j]!)))) {
      converged = true;
      break;
    }
  }

  // Standard errors from the information matrix at the final estimate.
  const finalFactor = cholesky(scoreAndInformation(x, y, etas).information);
  const standardErrors = finalFactor.ok
    ? inverseDiagonal(finalFactor.lower).map((v) => Math.sqrt(v))
    : new Array<number>(p).fill(Number.NaN);

  // Separation shows as fitted probabilities driven to (numerically) 0 or 1 while the
  // coefficients keep moving. |η| > 15 means p < 3e-7 or p > 1 − 3e-7.
  const extremeFit = etas.some((eta) => Math.abs(eta) > 15);
  const separation = !converged && (singularAfterStart || extremeFit);
  let warning: Text | null = null;
  if (separation) {
    warning = {
      nl: 'de uitkomst wordt (vrijwel) perfect voorspeld door de predictoren (separatie); de coëfficiënten lopen naar oneindig en zijn niet bruikbaar — voeg categorieën samen of laat de betreffende predictor weg',
      en: 'the outcome is (almost) perfectly predicted by the predictors (separation); the coefficients diverge and cannot be used — merge categories or drop the predictor concerned',
    };
  } else if (!converged) {
    warning = {
      nl: `het model is na ${iterations} iteraties niet geconvergeerd; de schattingen zijn niet betrouwbaar`,
      en: `the model did not converge after ${iterations} iterations; the estimates are not reliable`,
    };
  }

  return {
    coefficients: beta,
    standardErrors,
    oddsRatios: beta.map((b) => Math.exp(b)),
    iterations,
    converged,
    separation,
    logLikelihood,
    n,
    events,
    warning,
  };
}
