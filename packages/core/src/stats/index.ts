/**
 * `@trede/core/stats`: cohort statistics for local use (browser and Node; no Node built-ins here):
 * reliability of the scales over an organisation's own intakes, chi-square, logistic regression and the
 * calibration of a published model on local outcomes.
 *
 * @module @trede/core/stats
 */
export { scaleReliability, type ScaleReliability } from '../scoring/reliability.js';
export { StatsInputError } from './errors.js';
export {
  chiSquareSurvival,
  chiSquareTest,
  regularizedGammaP,
  regularizedGammaQ,
  type ChiSquareResult,
} from './chi-square.js';
export { cronbachAlpha, type CronbachAlphaResult } from './alpha.js';
export {
  MIN_OUTCOMES_PER_CLASS,
  assertEnoughOutcomes,
  bernoulliLogLikelihood,
  expit,
  fitLogistic,
  logitOf,
  type LogisticFit,
  type LogisticOptions,
} from './logistic.js';
export {
  INTERCEPT_NAME,
  auc,
  brierScore,
  calibrate,
  calibrationInTheLarge,
  refitLocal,
  type CalibrationInTheLarge,
  type CalibrationResult,
  type LocalRefit,
  type LogisticTerm,
} from './calibration.js';
