import { ladderInstrument } from '../ladder/definition.js';
import { placeOnLadder } from '../ladder/place.js';
import { evaluateRisks } from '../risk/evaluate.js';
import type { AnswerValue, Approach, IntakeResult, ScaleResult, ValidationIssue } from '../schema.js';
import { ENGINE_VERSION } from '../version.js';
import type { Catalogue } from './catalogue.js';
import { DEFAULT_CATALOGUE } from './default-catalogue.js';
import { scoreScale } from './scale.js';
import { IntakeValidationError, validateIntake, type ValidIntake } from './validate.js';

// Still exported from here for the CLI and older imports; it lives in its own module (see there).
export { DEFAULT_CATALOGUE };

const BACKGROUND_ID = 'background';
const PLACEMENT_ID = 'placement';

/** Which instruments count as administered: the ones named, or else those with at least one answer. */
function administeredIds(intake: ValidIntake, catalogue: Catalogue): Set<string> {
  if (intake.instruments) return new Set(intake.instruments);
  const ids = new Set<string>();
  for (const itemId of intake.answers.keys()) ids.add(catalogue.items.get(itemId)!.instrument.id);
  return ids;
}

/** Scores a response that already passed validateIntake against the same catalogue. */
export function scoreValidIntake(intake: ValidIntake, catalogue: Catalogue = DEFAULT_CATALOGUE, options: ScoreOptions = {}): IntakeResult {
  const administered = administeredIds(intake, catalogue);
  const scales: Record<string, ScaleResult> = {};
  for (const { scale, instrument } of catalogue.scales) {
    scales[scale.id] = scoreScale(scale, instrument, catalogue.itemDefinitions, intake.answers, administered.has(instrument.id), intake.referenceGroup);
  }
  const ladderDef = catalogue.instruments.find((i) => i.id === ladderInstrument.id);
  const ladder = placeOnLadder(intake.answers, ladderDef ? administered.has(ladderDef.id) : false, intake.referenceGroup, ladderDef);

  const background: Record<string, AnswerValue> = {};
  const backgroundDef = catalogue.instruments.find((i) => i.id === BACKGROUND_ID);
  for (const item of backgroundDef?.items ?? []) background[item.id] = intake.answers.get(item.id) ?? null;

  const scored = { scales, ladder, background, referenceGroup: intake.referenceGroup };
  const risks =
    options.risks === false
      ? null
      : evaluateRisks(scored, { approach: options.approach, placementAnswers: intake.answers, placementAdministered: administered.has(PLACEMENT_ID) });
  return {
    schema: 'trede.result/1',
    engineVersion: ENGINE_VERSION,
    intakeId: intake.id,
    date: intake.date,
    referenceGroup: intake.referenceGroup,
    instruments: catalogue.instruments.map((i) => ({ id: i.id, version: i.version, administered: administered.has(i.id) })),
    scales,
    ladder,
    background,
    risks,
  };
}

export interface ScoreOptions {
  /** The organisation's approach, which picks the during-trajectory model; by default from the reference group. */
  approach?: Approach;
  /** false: scale scores and ladder only, no risk report (e.g. recomputing norms over many stored intakes). */
  risks?: boolean;
}

export type ScoreOutcome = { ok: true; result: IntakeResult } | { ok: false; issues: ValidationIssue[] };

/**
 * A scorer bound to one catalogue (an organisation's own selection of instruments):
 * validates and scores each response against it.
 */
export function createScorer(catalogue: Catalogue = DEFAULT_CATALOGUE, options: ScoreOptions = {}) {
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
