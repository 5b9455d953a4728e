import type { NormGroup } from '../instruments/types.js';
import type { Detail } from '../scoring/detail.js';
import type { AnswerValue, Approach, ScoredIntake, MomentRisk, RiskReport } from '../schema.js';
import { beforeStartCard, duringDirectCard, duringIntegratedCard, outflowCard } from './cards/index.js';
import { evaluateModel } from './evaluate-model.js';
import { evaluatePlacement } from './evaluate-placement.js';

/** What evaluateRisks needs besides the scored intake. */
export interface RiskOptions {
  /** The study population closest to the organisation's way of working; see approachFor. */
  approach?: Approach;
  /** Answers to the after-placement checklist (the placement instrument), when it was administered. */
  placementAnswers?: ReadonlyMap<string, Exclude<AnswerValue, null>>;
  placementAdministered?: boolean;
}

/** Without a setting, the reference group hints at the approach: control = direct mediation, intervention = integrated. */
export function approachFor(group: NormGroup): Approach {
  return group === 'control' ? 'direct' : 'integrated';
}

/**
 * The risks for all four moments. Each evaluator looks at one concern; this function only combines.
 * Only the factors named in the model cards are read, so fields like ethnicity or gender, even if present
 * in the input, cannot change anything.
 */
export function evaluateRisks(result: ScoredIntake, options: RiskOptions = {}): RiskReport {
  return riskReport(result, options, 'full');
}

/** evaluateRisks, with the texts left out for a 'numbers' result (src/scoring/detail.ts). */
export function riskReport(result: ScoredIntake, options: RiskOptions, detail: Detail): RiskReport {
  const approach = options.approach ?? approachFor(result.referenceGroup);
  const moments: MomentRisk[] = [
    evaluateModel(beforeStartCard, result, detail),
    evaluateModel(approach === 'direct' ? duringDirectCard : duringIntegratedCard, result, detail),
    evaluateModel(outflowCard, result, detail),
    evaluatePlacement(options.placementAnswers ?? new Map(), options.placementAdministered ?? false, detail),
  ];
  return { approach, moments };
}
