/**
 * @trede/core — scores Dutch re-integration intake questionnaires.
 * Runs unchanged in Node and in the browser; the CLI (src/cli) is the only Node-specific part.
 */
export * from './schema.js';
export * from './i18n/text.js';
export { describeSchemaIssue, type SchemaIssue } from './i18n/schema-issue.js';
export * from './instruments/index.js';
export { SOURCES, cite, citationText, citationTexts, joinCitations } from './instruments/sources.js';
export { createCatalogue, type Catalogue } from './scoring/catalogue.js';
export { validateIntake, IntakeValidationError, type ValidIntake, type ValidationOutcome } from './scoring/validate.js';
export { allowedValues } from './scoring/allowed-values.js';
export { scoreScale, itemScore, bandFor } from './scoring/scale.js';
export { compareWithNorms, percentileOfZ } from './scoring/reference.js';
export { MAX_SHARE_OUTSIDE_RANGE, REFERENCE_READING_RULE, shareOutsideRange, type ReferenceReading } from './scoring/reading.js';
export { DEFAULT_CATALOGUE } from './scoring/default-catalogue.js';
export { applicability, conditionHolds, decidedOff, failedConditions, type Applicability, type FailedCondition } from './scoring/applicability.js';
export { checkConsistency, CONSISTENCY_RULES, type ConsistencyRule } from './scoring/consistency.js';
export { answerText } from './scoring/warnings.js';
export { WARNINGS_HEADING } from './report/warnings-block.js';
export { createScorer, scoreIntake, safeScoreIntake, scoreValidIntake, type ScoreOutcome } from './scoring/intake.js';
export { ladderInstrument, RUNGS, positionOf, LADDER_NORMS } from './ladder/definition.js';
export { placeOnLadder } from './ladder/place.js';
export { ladderMovement, type LadderSnapshot } from './ladder/movement.js';
export { formatTextReport } from './report/text.js';
export { formatSummary, type SummaryOptions } from './report/summary.js';
export { formatNumber } from './report/format.js';
export { percentText, referenceInWords } from './report/labels.js';
export { parseJsonStrict, JsonSyntaxError } from './json/strict-parse.js';
export * from './risk/index.js';
export { formatModelCard, describeModelCard } from './report/model-card-text.js';
export { frequencyText, factorValueText, bandText, chanceText, bandWithOverride, riskStatement, positionText, headline, riskSections, type Headline } from './report/risk-text.js';
export * from './outcomes.js';
export { OUTCOME_KIND_CODES, OUTCOME_PHASE_CODES, OUTCOME_REASON_CODES } from './outcome-codes.js';
export { ENGINE_VERSION } from './version.js';
export { scaleReliability, type ScaleReliability } from './scoring/reliability.js';
export * from './fhir/index.js';
export * from './stats/index.js';
