import { calibrate, refitLocal, type CalibrationResult, type LocalRefit } from '../stats/calibration.js';
import type { ScoredIntake } from '../schema.js';
import { evaluateModel } from './evaluate-model.js';
import type { ModelCard } from './model-card.js';

/** One local client: the scored intake and whether the card's outcome happened (1) or not (0). */
export interface OutcomeRecord {
  result: ScoredIntake;
  outcome: 0 | 1;
}

/** A published model's calibration on an organisation's own outcomes. */
export interface LocalCalibration {
  modelId: string;
  modelVersion: string;
  /** Records used; records without a probability (main factor missing) are left out and counted. */
  used: number;
  withoutProbability: number;
  /** How the published model does here: calibration-in-the-large, slope, AUC, Brier. */
  published: CalibrationResult;
  /** The same factors refitted on the local data (missing values at the study-group mean). */
  refit: LocalRefit;
}

/**
 * Checks a published model against the organisation's own outcomes and refits it locally.
 * Refuses (StatsInputError, in Dutch and English) below 20 events or 20 non-events.
 */
export function calibrateLocally(card: ModelCard, records: readonly OutcomeRecord[]): LocalCalibration {
  const predicted: number[] = [];
  const observed: (0 | 1)[] = [];
  const x: number[][] = [];
  let withoutProbability = 0;
  for (const record of records) {
    const risk = evaluateModel(card, record.result);
    if (risk.probability === null) {
      withoutProbability++;
      continue;
    }
    predicted.push(risk.probability);
    observed.push(record.outcome);
    x.push(risk.factors.map((f) => f.value ?? f.factor.referenceMean));
  }
  return {
    modelId: card.id,
    modelVersion: card.version,
    used: predicted.length,
    withoutProbability,
    published: calibrate(predicted, observed),
    refit: refitLocal(x, observed, card.weights.map((w) => w.id)),
  };
}
