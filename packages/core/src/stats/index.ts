// Cohort statistics for local use (browser and Node; no Node built-ins here).
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
