import type { Text } from '../i18n/text.js';
import { chiSquareSurvival } from './chi-square.js';
import { StatsInputError } from './errors.js';
import { assertEnoughOutcomes, expit, fitLogistic, logitOf, type LogisticFit } from './logistic.js';

// How well does a published prediction model fit *our* intakes? Standard external-validation
// measures (Steyerberg, Clinical Prediction Models, ch. 15):
//  - calibration-in-the-large: is the average risk right? logit P(y) = a + logit(p̂), a ≈ 0 when so;
//  - calibration slope: logit P(y) = a + b·logit(p̂); b < 1 means the predictions are too extreme
//    (typical overfitting), b > 1 too modest;
//  - discrimination: AUC (c-statistic);
//  - overall accuracy: Brier score.

function checkOutcomes(observed: readonly (0 | 1)[], length: number): void {
  if (!Array.isArray(observed) || observed.length !== length) {
    throw new StatsInputError({
      nl: `voorspellingen en uitkomsten moeten even lang zijn (${length} tegen ${Array.isArray(observed) ? observed.length : 0})`,
      en: `predictions and outcomes must have the same length (${length} vs ${Array.isArray(observed) ? observed.length : 0})`,
    });
  }
  observed.forEach((v, i) => {
    if (v !== 0 && v !== 1) {
      throw new StatsInputError({
        nl: `uitkomst ${i + 1} moet 0 of 1 zijn, niet ${String(v)}`,
        en: `outcome ${i + 1} must be 0 or 1, not ${String(v)}`,
      });
    }
  });
}

/** Predicted probabilities must lie strictly between 0 and 1 (their logit is used), or within [0, 1] when `closed`. */
function checkProbabilities(predicted: readonly number[], closed: boolean): void {
  if (!Array.isArray(predicted) || predicted.length === 0) {
    throw new StatsInputError({ nl: 'geen voorspellingen aangeleverd', en: 'no predictions given' });
  }
  predicted.forEach((p, i) => {
    const ok = typeof p === 'number' && (closed ? p >= 0 && p <= 1 : p > 0 && p < 1);
    if (!ok) {
      throw new StatsInputError({
        nl: `voorspelde kans ${i + 1} moet ${closed ? 'tussen 0 en 1' : 'strikt tussen 0 en 1'} liggen, niet ${String(p)}`,
        en: `predicted probability ${i + 1} must lie ${closed ? 'between 0 and 1' : 'strictly between 0 and 1'}, not ${String(p)}`,
      });
    }
  });
}

// ---------------------------------------------------------------------------
// Discrimination and accuracy
// ---------------------------------------------------------------------------

/**
 * Area under the ROC curve as the Mann–Whitney probability that a random event has a higher
 * score than a random non-event, ties counted as half. Computed from mid-ranks in O(n log n).
 * Scores may be any real numbers (probabilities, linear predictors, points).
 */
export function auc(scores: readonly number[], observed: readonly (0 | 1)[]): number {
  if (!Array.isArray(scores) || scores.some((s) => typeof s !== 'number' || Number.isNaN(s))) {
    throw new StatsInputError({ nl: 'scores moeten getallen zijn', en: 'scores must be numbers' });
  }
  checkOutcomes(observed, scores.length);
  const events = observed.reduce<number>((s, v) => s + v, 0);
  const nonEvents = observed.length - events;
  if (events === 0 || nonEvents === 0) {
    throw new StatsInputError({
      nl: 'AUC vraagt zowel gebeurtenissen als niet-gebeurtenissen',
      en: 'AUC needs both events and non-events',
    });
  }
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let eventRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) end++;
    // Positions start+1 … end (1-based) share the average rank; this is what counts ties as half.
    const midRank = (start + 1 + end) / 2;
    for (let m = start; m < end; m++) if (observed[order[m]!] === 1) eventRankSum += midRank;
    start = end;
  }
  return (eventRankSum - (events * (events + 1)) / 2) / (events * nonEvents);
}

/** Mean squared difference between predicted probability and observed outcome (0 = perfect). */
export function brierScore(predicted: readonly number[], observed: readonly (0 | 1)[]): number {
  checkProbabilities(predicted, true);
  checkOutcomes(observed, predicted.length);
  let sum = 0;
  predicted.forEach((p, i) => (sum += (p - observed[i]!) ** 2));
  return sum / predicted.length;
}

// ---------------------------------------------------------------------------
// Calibration
// ---------------------------------------------------------------------------

/** Calibration in the large: the mean predicted against the observed rate. */
export interface CalibrationInTheLarge {
  /** Intercept a in logit P(y = 1) = a + logit(p̂): 0 when the average risk is right, > 0 when it is underestimated. */
  estimate: number;
  standardError: number;
  iterations: number;
}

/**
 * Calibration-in-the-large: the intercept with logit(p̂) as offset (slope fixed at 1). One
 * parameter, so Newton's method is a scalar update: a ← a + Σ(y − μ) / Σ μ(1 − μ). The
 * log-likelihood is concave in a, and with both outcomes present the root is finite.
 */
export function calibrationInTheLarge(predicted: readonly number[], observed: readonly (0 | 1)[]): CalibrationInTheLarge {
  checkProbabilities(predicted, false);
  checkOutcomes(observed, predicted.length);
  const events = observed.reduce<number>((s, v) => s + v, 0);
  if (events === 0 || events === observed.length) {
    throw new StatsInputError({
      nl: 'kalibratie vraagt zowel gebeurtenissen als niet-gebeurtenissen',
      en: 'calibration needs both events and non-events',
    });
  }
  const offsets = predicted.map(logitOf);
  let a = 0;
  let information = 0;
  let iterations = 0;
  for (; iterations < 100; iterations++) {
    let score = 0;
    information = 0;
    for (let i = 0; i < offsets.length; i++) {
      const eta = a + offsets[i]!;
      score += observed[i]! - expit(eta);
      information += expit(eta) * expit(-eta);
    }
    // Clamp the step: far from the root the weights can be tiny and a raw Newton step huge.
    const step = Math.max(-5, Math.min(5, score / information));
    a += step;
    if (Math.abs(step) < 1e-12 * (1 + Math.abs(a))) break;
  }
  information = offsets.reduce((s, o) => s + expit(a + o) * expit(-(a + o)), 0);
  return { estimate: a, standardError: 1 / Math.sqrt(information), iterations: iterations + 1 };
}

/** How well a published model's predictions fit observed outcomes: calibration in the large and slope, AUC, Brier score. */
export interface CalibrationResult {
  n: number;
  events: number;
  /** Intercept with logit(p̂) as offset; 0 = average risk right (see calibrationInTheLarge). */
  calibrationInTheLarge: number;
  /** Slope b of logit P(y = 1) = a + b·logit(p̂); 1 = ideal, < 1 predictions too extreme. */
  calibrationSlope: number;
  standardErrors: { calibrationInTheLarge: number; calibrationSlope: number };
  auc: number;
  brier: number;
  observedRate: number;
  meanPredicted: number;
  /** Set when the slope could not be estimated properly (e.g. perfect separation). */
  warning: Text | null;
}

/**
 * External validation of a published model on local intakes: `predicted` are the model's
 * probabilities, `observed` the outcomes that followed. Refuses below 20 events or 20
 * non-events: with fewer, these measures are too noisy to act on.
 */
export function calibrate(predicted: readonly number[], observed: readonly (0 | 1)[]): CalibrationResult {
  checkProbabilities(predicted, false);
  checkOutcomes(observed, predicted.length);
  const { events } = assertEnoughOutcomes(observed);
  const n = predicted.length;

  const lp = predicted.map(logitOf);
  if (lp.every((v) => v === lp[0])) {
    throw new StatsInputError({
      nl: 'alle voorspelde kansen zijn gelijk; de kalibratiehelling is dan niet te schatten',
      en: 'all predicted probabilities are equal; the calibration slope cannot be estimated',
    });
  }
  const citl = calibrationInTheLarge(predicted, observed);
  const slopeFit = fitLogistic(
    lp.map((v) => [v]),
    observed,
  );

  return {
    n,
    events,
    calibrationInTheLarge: citl.estimate,
    calibrationSlope: slopeFit.coefficients[1]!,
    standardErrors: { calibrationInTheLarge: citl.standardError, calibrationSlope: slopeFit.standardErrors[1]! },
    auc: auc(predicted, observed),
    brier: brierScore(predicted, observed),
    observedRate: events / n,
    meanPredicted: predicted.reduce((s, p) => s + p, 0) / n,
    warning: slopeFit.warning,
  };
}

// ---------------------------------------------------------------------------
// Local refit with named predictors
// ---------------------------------------------------------------------------

/** The name of the intercept among the terms of a refit. */
export const INTERCEPT_NAME = '(intercept)';

/** One term of a logistic model: its name and coefficient. */
export interface LogisticTerm {
  name: string;
  coefficient: number;
  standardError: number;
  /** exp(coefficient); for the intercept the odds at all predictors 0. */
  oddsRatio: number;
  /** Wald 95% interval on the odds-ratio scale. */
  oddsRatioCi95: [number, number];
  /** Two-sided Wald p-value (z² referred to chi-square with 1 df). */
  pValue: number;
}

/** A published model refitted on local outcomes. */
export interface LocalRefit extends LogisticFit {
  /** Intercept first (named "(intercept)"), then one per predictor in the order of `names`. */
  terms: LogisticTerm[];
}

/** Wald z for 95% intervals (the 0.975 quantile of the standard normal). */
const Z_975 = 1.959963984540054;

/**
 * Fits a logistic model on local data with named predictors (columns of x, in the order of
 * `names`). Same refusals as fitLogistic, plus a check that names match the columns.
 */
export function refitLocal(
  x: readonly (readonly number[])[],
  y: readonly (0 | 1)[],
  names: readonly string[],
): LocalRefit {
  const columns = x[0]?.length ?? 0;
  if (names.length !== columns) {
    throw new StatsInputError({
      nl: `${names.length} namen voor ${columns} predictoren`,
      en: `${names.length} names for ${columns} predictors`,
    });
  }
  const seen = new Set<string>([INTERCEPT_NAME]);
  for (const name of names) {
    if (name.trim() === '' || seen.has(name)) {
      throw new StatsInputError({
        nl: `ongeldige of dubbele predictornaam: "${name}"`,
        en: `invalid or duplicate predictor name: "${name}"`,
      });
    }
    seen.add(name);
  }

  const fit = fitLogistic(x, y);
  const allNames = [INTERCEPT_NAME, ...names];
  const terms = fit.coefficients.map((coefficient, j): LogisticTerm => {
    const se = fit.standardErrors[j]!;
    const z = coefficient / se;
    return {
      name: allNames[j]!,
      coefficient,
      standardError: se,
      oddsRatio: Math.exp(coefficient),
      oddsRatioCi95: [Math.exp(coefficient - Z_975 * se), Math.exp(coefficient + Z_975 * se)],
      pValue: Number.isFinite(z) ? chiSquareSurvival(z * z, 1) : Number.NaN,
    };
  });
  return { ...fit, terms };
}
