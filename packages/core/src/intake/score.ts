import { ladderInstrument } from '../ladder/definition.js';
import { placeOnLadder } from '../ladder/place.js';
import { evaluateRisks } from '../risk/evaluate.js';
import type { AnswerValue, Approach, IntakeResult, IntakeWarning, ScaleResult, ValidationIssue } from '../schema.js';
import { ENGINE_VERSION } from '../version.js';
import { applicability, type Applicability } from './applicability.js';
import type { Catalogue } from './catalogue.js';
import { checkConsistency } from './consistency.js';
import { DEFAULT_CATALOGUE } from './default-catalogue.js';
import { scoreScale } from './scale.js';
import { IntakeValidationError, validateIntake, type ValidIntake } from './validate.js';
import { notApplicableWarning, scaleNotApplicable } from './warnings.js';

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

/**
 * Every answer given to a question that does not apply, then every consistency rule the counted answers
 * break; only for administered instruments (answers to the others are not used anyway).
 */
function intakeWarnings(intake: ValidIntake, applicable: Applicability, administered: ReadonlySet<string>, catalogue: Catalogue): IntakeWarning[] {
  const warnings: IntakeWarning[] = [];
  for (const itemId of applicable.switchedOff.keys()) {
    const answer = intake.answers.get(itemId);
    if (answer !== undefined) warnings.push(notApplicableWarning(itemId, answer, applicable, catalogue));
  }
  warnings.push(...checkConsistency(applicable.answers, catalogue));
  return warnings.filter((w) => w.items.every((id) => administered.has(catalogue.items.get(id)!.instrument.id)));
}

/** Scores a response that already passed validateIntake against the same catalogue. */
export function scoreValidIntake(intake: ValidIntake, catalogue: Catalogue = DEFAULT_CATALOGUE, options: ScorerOptions = {}): IntakeResult {
  const administered = administeredIds(intake, catalogue);
  // Answers to questions that do not apply are scored as not given (and reported in the warnings).
  const applicable = applicability(catalogue.itemDefinitions.values(), intake.answers);
  const answers = applicable.answers;
  const scales: Record<string, ScaleResult> = {};
  for (const { scale, instrument } of catalogue.scales) {
    const notApplicable = scaleNotApplicable(scale, applicable, catalogue);
    scales[scale.id] = scoreScale(scale, instrument, catalogue.itemDefinitions, answers, administered.has(instrument.id), intake.referenceGroup, notApplicable);
  }
  const ladderDef = catalogue.instruments.find((i) => i.id === ladderInstrument.id);
  const ladder = placeOnLadder(answers, ladderDef ? administered.has(ladderDef.id) : false, intake.referenceGroup, ladderDef);

  const background: Record<string, AnswerValue> = {};
  const backgroundDef = catalogue.instruments.find((i) => i.id === BACKGROUND_ID);
  for (const item of backgroundDef?.items ?? []) background[item.id] = answers.get(item.id) ?? null;

  const scored = { scales, ladder, background, referenceGroup: intake.referenceGroup };
  const risks =
    options.risks === false
      ? null
      : evaluateRisks(scored, { approach: options.approach, placementAnswers: answers, placementAdministered: administered.has(PLACEMENT_ID) });
  return {
    schema: 'trede.result/2',
    engineVersion: ENGINE_VERSION,
    intakeId: intake.id,
    date: intake.date,
    referenceGroup: intake.referenceGroup,
    instruments: catalogue.instruments.map((i) => ({ id: i.id, version: i.version, administered: administered.has(i.id) })),
    scales,
    ladder,
    background,
    warnings: intakeWarnings(intake, applicable, administered, catalogue),
    risks,
  };
}

/** How a scorer evaluates (createScorer, scoreValidIntake). */
export interface ScorerOptions {
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
