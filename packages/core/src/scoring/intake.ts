import { INSTRUMENTS } from '../instruments/index.js';
import type { InstrumentDefinition, ItemDefinition } from '../instruments/types.js';
import { ladderInstrument } from '../ladder/definition.js';
import { placeOnLadder } from '../ladder/place.js';
import type { AnswerValue, IntakeResult, ScaleResult, ValidationIssue } from '../schema.js';
import { ENGINE_VERSION } from '../version.js';
import { createCatalogue, type Catalogue } from './catalogue.js';
import { scoreScale } from './scale.js';
import { IntakeValidationError, validateIntake, type ValidIntake } from './validate.js';

/** Every instrument Trede ships, the ladder included. */
export const DEFAULT_CATALOGUE: Catalogue = createCatalogue([...INSTRUMENTS, ladderInstrument]);

const BACKGROUND_ID = 'background';

function isAdministered(instrument: InstrumentDefinition, intake: ValidIntake): boolean {
  if (intake.instruments) return intake.instruments.includes(instrument.id);
  return instrument.items.some((item) => intake.answers.has(item.id));
}

function scoreWithItems(intake: ValidIntake, catalogue: Catalogue, itemDefs: ReadonlyMap<string, ItemDefinition>): IntakeResult {
  const administered = new Map(catalogue.instruments.map((i) => [i.id, isAdministered(i, intake)]));
  const scales: Record<string, ScaleResult> = {};
  for (const { scale, instrument } of catalogue.scales) {
    scales[scale.id] = scoreScale(scale, instrument, itemDefs, intake.answers, administered.get(instrument.id)!, intake.referenceGroup);
  }
  const ladderDef = catalogue.instruments.find((i) => i.id === ladderInstrument.id);
  const ladder = placeOnLadder(intake.answers, ladderDef ? administered.get(ladderDef.id)! : false, intake.referenceGroup, ladderDef);

  const background: Record<string, Exclude<AnswerValue, undefined>> = {};
  const backgroundDef = catalogue.instruments.find((i) => i.id === BACKGROUND_ID);
  for (const item of backgroundDef?.items ?? []) background[item.id] = intake.answers.get(item.id) ?? null;

  return {
    schema: 'trede.result/1',
    engineVersion: ENGINE_VERSION,
    intakeId: intake.id,
    date: intake.date,
    referenceGroup: intake.referenceGroup,
    instruments: catalogue.instruments.map((i) => ({ id: i.id, version: i.version, administered: administered.get(i.id)! })),
    scales,
    ladder,
    background,
  };
}

export type ScoreOutcome = { ok: true; result: IntakeResult } | { ok: false; issues: ValidationIssue[] };

/**
 * A scorer bound to one catalogue: builds its lookups once, then validates and scores each response.
 * Use this for many intakes (batch, dashboards); scoreIntake for one.
 */
export function createScorer(catalogue: Catalogue = DEFAULT_CATALOGUE) {
  const itemDefs = new Map<string, ItemDefinition>();
  for (const [id, entry] of catalogue.items) itemDefs.set(id, entry.item);
  return {
    catalogue,
    /** Scores a response that already passed validateIntake against the same catalogue. */
    scoreValid(intake: ValidIntake): IntakeResult {
      return scoreWithItems(intake, catalogue, itemDefs);
    },
    /** Never throws for bad input: returns the issues instead. */
    safeScore(input: unknown): ScoreOutcome {
      const outcome = validateIntake(input, catalogue);
      return outcome.ok ? { ok: true, result: scoreWithItems(outcome.intake, catalogue, itemDefs) } : outcome;
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
