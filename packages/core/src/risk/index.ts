export * from './model-card.js';
export * from './cards/index.js';
export { FACTORS, MEANS, factor, type FactorId, type FactorStats } from './factors.js';
export { ACTIONS } from './actions.js';
export { evaluateModel, bandOf, baseRateOf, oddsRatioOf } from './evaluate-model.js';
export { evaluateRisks, approachFor, type RiskOptions } from './evaluate.js';
export { overrideBand, effectiveBand, OverrideError } from './override.js';
export { evaluatePlacement, PLACEMENT_RULES } from './placement-checklist.js';
export { calibrateLocally, type OutcomeRecord, type LocalCalibration } from './local-calibration.js';
