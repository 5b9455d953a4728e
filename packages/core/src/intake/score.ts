import { riskReport } from '../risk/evaluate.js';
import type { Approach, IntakeResult } from '../schema.js';
import type { Catalogue } from '../scoring/catalogue.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import type { Detail } from '../scoring/detail.js';
import { IntakeValidationError, validateIntake, type ValidIntake } from '../scoring/validate.js';
import { scoreScalesOfValidIntake, type ScoreOutcome } from './scales.js';

export type { ScoreOutcome };

const PLACEMENT_ID = 'placement';

/** How a scorer evaluates (createScorer, scoreValidIntake). */
export interface ScorerOptions {
  /** The organisation's approach, which picks the during-trajectory model; by default from the reference group. */
  approach?: Approach;
  /** false: scale scores and ladder only, no risk report (e.g. recomputing norms over many stored intakes). */
  risks?: boolean;
}

/** Scores a response that already passed validateIntake against the same catalogue, with the risk report. */
export function scoreValidIntake(intake: ValidIntake, catalogue: Catalogue = DEFAULT_CATALOGUE, options: ScorerOptions = {}): IntakeResult {
  return scoreInDetail(intake, catalogue, options, 'full');
}

function scoreInDetail(intake: ValidIntake, catalogue: Catalogue, options: ScorerOptions, detail: Detail): IntakeResult {
  const { result, answers, administered } = scoreScalesOfValidIntake(intake, catalogue, detail);
  if (options.risks === false) return result;
  result.risks = riskReport(result, { approach: options.approach, placementAnswers: answers, placementAdministered: administered.has(PLACEMENT_ID) }, detail);
  return result;
}

/**
 * safeScore for `trede batch`'s compact lines only: the result has ids and numbers but not the texts
 * (src/scoring/detail.ts), so it must not be shown or returned as a result.
 */
export function createNumbersScorer(catalogue: Catalogue, options: ScorerOptions): (input: unknown) => ScoreOutcome {
  return (input) => {
    const outcome = validateIntake(input, catalogue);
    return outcome.ok ? { ok: true, result: scoreInDetail(outcome.intake, catalogue, options, 'numbers') } : outcome;
  };
}

/**
 * A scorer bound to one catalogue (an organisation's own selection of instruments):
 * validates and scores each response against it, with the risk report unless `risks: false`.
 * (Without risks at all, createScaleScorer keeps the risk models out of a browser bundle.)
 */
export function createScorer(catalogue: Catalogue = DEFAULT_CATALOGUE, options: ScorerOptions = {}) {
  return {
    catalogue,
    /** Never throws for bad input: returns the issues instead. */
    safeScore(input: unknown): ScoreOutcome {
      const outcome = validateIntake(input, catalogue);
      return outcome.ok ? { ok: true, result: scoreValidIntake(outcome.intake, catalogue, options) } : outcome;
    },
    /** Throws IntakeValidationError for bad input. */
    score(input: unknown): IntakeResult {
      const outcome = this.safeScore(input);
      if (!outcome.ok) throw new IntakeValidationError(outcome.issues);
      return outcome.result;
    },
  };
}

const defaultScorer = createScorer();

/** Validates and scores one intake response; throws IntakeValidationError naming every problem. */
export function scoreIntake(input: unknown): IntakeResult {
  return defaultScorer.score(input);
}

/** Like scoreIntake, but returns the validation issues instead of throwing. */
export function safeScoreIntake(input: unknown): ScoreOutcome {
  return defaultScorer.safeScore(input);
}
