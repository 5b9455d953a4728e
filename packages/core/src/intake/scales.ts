import { ladderInstrument } from '../ladder/definition.js';
import { placeOnLadder } from '../ladder/place.js';
import type { AnswerValue, IntakeResult, IntakeWarning, ScaleResult, ValidationIssue } from '../schema.js';
import { applicability, type Applicability } from '../scoring/applicability.js';
import type { Catalogue } from '../scoring/catalogue.js';
import { consistencyWarnings } from '../scoring/consistency.js';
import type { Detail } from '../scoring/detail.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { scoreScale } from '../scoring/scale.js';
import { IntakeValidationError, validateIntake, type ValidIntake } from '../scoring/validate.js';
import { notApplicableWarning, scaleNotApplicable } from '../scoring/warnings.js';
import { ENGINE_VERSION } from '../version.js';

// The intake combiner without the risk models: scales, ladder, background and warnings. Nothing here imports
// src/risk or the report texts, so a page that only needs scores bundles none of them (score.ts adds the risks).

/** What scoring found for one response: the result, or every validation issue. */
export type ScoreOutcome = { ok: true; result: IntakeResult } | { ok: false; issues: ValidationIssue[] };

/** Which instruments count as administered: the ones named, or else those with at least one answer. */
export function administeredIds(intake: ValidIntake, catalogue: Catalogue): Set<string> {
  if (intake.instruments) return new Set(intake.instruments);
  const ids = new Set<string>();
  // Answers mostly come grouped by instrument: the set is only touched when the instrument changes.
  let last: string | undefined;
  for (const itemId of intake.answers.keys()) {
    const id = catalogue.items.get(itemId)!.instrument.id;
    if (id !== last) ids.add((last = id));
  }
  return ids;
}

/**
 * Every answer given to a question that does not apply, then every consistency rule the counted answers
 * break; only for administered instruments (answers to the others are not used anyway).
 */
function intakeWarnings(intake: ValidIntake, applicable: Applicability, administered: ReadonlySet<string>, catalogue: Catalogue, detail: Detail): IntakeWarning[] {
  const warnings: IntakeWarning[] = [];
  for (const itemId of applicable.switchedOff.keys()) {
    const answer = intake.answers.get(itemId);
    if (answer !== undefined) warnings.push(notApplicableWarning(itemId, answer, applicable, catalogue, detail));
  }
  warnings.push(...consistencyWarnings(applicable.answers, catalogue, detail));
  return warnings.filter((w) => w.items.every((id) => administered.has(catalogue.items.get(id)!.instrument.id)));
}

/** A validated response scored without the risk report: the result has `risks: null`. */
export interface ScaleScoring {
  result: IntakeResult;
  /** The answers that count (those to questions that do not apply left out), for the risk models. */
  answers: ReadonlyMap<string, Exclude<AnswerValue, null>>;
  administered: ReadonlySet<string>;
}

/**
 * Scores a response that already passed validateIntake against the same catalogue: scales, ladder, background
 * and warnings; with detail 'numbers' without the texts (src/scoring/detail.ts).
 */
export function scoreScalesOfValidIntake(intake: ValidIntake, catalogue: Catalogue = DEFAULT_CATALOGUE, detail: Detail = 'full'): ScaleScoring {
  const administered = administeredIds(intake, catalogue);
  // Answers to questions that do not apply are scored as not given (and reported in the warnings).
  const applicable = applicability(catalogue.itemDefinitions.values(), intake.answers);
  const answers = applicable.answers;
  const scales: Record<string, ScaleResult> = {};
  for (const { scale, instrument } of catalogue.scales) {
    const notApplicable = scaleNotApplicable(scale, applicable, catalogue, detail);
    scales[scale.id] = scoreScale(scale, instrument, catalogue.itemDefinitions, answers, administered.has(instrument.id), intake.referenceGroup, notApplicable, detail);
  }
  const ladderDef = catalogue.instruments.find((i) => i.id === ladderInstrument.id);
  const ladder = placeOnLadder(answers, ladderDef ? administered.has(ladderDef.id) : false, intake.referenceGroup, ladderDef, detail);

  const background: Record<string, AnswerValue> = {};
  const backgroundDef = catalogue.instruments.find((i) => i.id === 'background');
  for (const item of backgroundDef?.items ?? []) background[item.id] = answers.get(item.id) ?? null;

  const result: IntakeResult = {
    schema: 'trede.result/2',
    engineVersion: ENGINE_VERSION,
    intakeId: intake.id,
    date: intake.date,
    referenceGroup: intake.referenceGroup,
    instruments: catalogue.instruments.map((i) => ({ id: i.id, version: i.version, administered: administered.has(i.id) })),
    scales,
    ladder,
    background,
    warnings: intakeWarnings(intake, applicable, administered, catalogue, detail),
    risks: null,
  };
  return { result, answers, administered };
}

/**
 * A scorer for scale scores, the ladder and warnings only (`risks: null` in every result), bound to one
 * catalogue. For pages that do not show risks: the risk models and their texts are not imported, so a bundler
 * leaves them out. createScorer gives the full result.
 */
export function createScaleScorer(catalogue: Catalogue = DEFAULT_CATALOGUE) {
  return {
    catalogue,
    /** Never throws for bad input: returns the issues instead. */
    safeScore(input: unknown): ScoreOutcome {
      const outcome = validateIntake(input, catalogue);
      return outcome.ok ? { ok: true, result: scoreScalesOfValidIntake(outcome.intake, catalogue).result } : outcome;
    },
    /** Throws IntakeValidationError for bad input. */
    score(input: unknown): IntakeResult {
      const outcome = this.safeScore(input);
      if (!outcome.ok) throw new IntakeValidationError(outcome.issues);
      return outcome.result;
    },
  };
}
