/**
 * @trede/core — scores Dutch re-integration intake questionnaires.
 * Runs unchanged in Node and in the browser; the CLI (src/cli) is the only Node-specific part.
 *
 * What a user of the package needs, by name; the engine's building blocks stay inside. Cohort statistics
 * are in `@trede/core/stats` (src/stats) and the FHIR export in `@trede/core/fhir` (src/fhir).
 *
 * @module @trede/core
 */

// Contracts: the intake and result schemas and their types.
export * from './schema.js';
export type { IntakeAnswers, IntakeInput } from './intake-input.js';
export { LANGS, t as inLanguage, type Lang, type Text as BilingualText } from './i18n/text.js';
export { describeSchemaIssue, type SchemaIssue } from './i18n/schema-issue.js';
export { parseJsonStrict, JsonSyntaxError, MAX_JSON_DEPTH, type JsonErrorCode } from './json/strict-parse.js';

// Instruments and catalogues.
export * from './instruments/index.js';
export { SOURCES, cite, citationText } from './instruments/sources.js';
export { ladderInstrument, RUNGS, type RungDefinition } from './ladder/definition.js';
export { createCatalogue, type Catalogue, type CatalogueItem } from './scoring/catalogue.js';
export { DEFAULT_CATALOGUE } from './scoring/default-catalogue.js';
export { allowedValues } from './scoring/allowed-values.js';
export { applicability, type Applicability, type FailedCondition } from './scoring/applicability.js';

// Validating and scoring.
export { validateIntake, IntakeValidationError, type ValidIntake, type ValidationOutcome } from './scoring/validate.js';
export { createScorer, scoreIntake, safeScoreIntake, scoreValidIntake, type ScoreOutcome, type ScorerOptions } from './intake/score.js';
export { createScaleScorer } from './intake/scales.js';
export { checkConsistency } from './scoring/consistency.js';
export { itemScore } from './scoring/scale.js';
export { answerText } from './scoring/warnings.js';
export { ladderMovement, type LadderSnapshot } from './ladder/movement.js';
export { ENGINE_VERSION } from './version.js';

// Risks: model cards, bands, overrides and their words.
export { MODEL_CARDS, getModelCard, afterPlacementCard } from './risk/cards/index.js';
export type { ChecklistCard, PlacementRule, PlacementNotAssessed } from './risk/checklist-card.js';
export { ODDS_BANDS, type ModelCard, type FactorSpec, type FactorSource, type ActionSpec, type OddsBands, type Significance } from './risk/model-card.js';
export { BAND_ORDER, BANDS_OF_KIND, bandRanges, concernOf, type BandRange, type Concern } from './risk/bands.js';
export * from './risk/words.js';
export { evaluateRisks, type RiskOptions } from './risk/evaluate.js';
export { effectiveBand, applyOverrides, highestDropout, workChance, type OverrideHistory } from './risk/effective.js';
export { overrideBand, OverrideError } from './risk/override.js';
export { calibrateLocally, type OutcomeRecord, type LocalCalibration } from './risk/local-calibration.js';

// Reports and texts in Dutch and English.
export { formatTextReport } from './report/text.js';
export { formatSummary, type SummaryOptions } from './report/summary.js';
export { formatNumber } from './report/format.js';
export { percentText, referenceInWords } from './report/labels.js';
export { formatModelCard, describeModelCard } from './report/model-card-text.js';
export { frequencyText, factorValueText, bandText, chanceText, bandWithOverride, riskStatement, positionText, headline, riskSections, type Headline } from './report/risk-text.js';

// Outcomes: what happened to a client, for local calibration.
export * from './outcomes.js';
export { OUTCOME_KIND_CODES, OUTCOME_PHASE_CODES, OUTCOME_REASON_CODES } from './outcome-codes.js';
