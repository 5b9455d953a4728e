import type { ItemId } from './instruments/index.js';
import type { AnswerValue, IntakeResponse } from './schema.js';

/** Answers keyed by item id: a misspelt id is a compile error (JSON from elsewhere is checked by validateIntake). */
export type IntakeAnswers = { [Id in ItemId]?: AnswerValue };

/**
 * An intake response written in TypeScript: IntakeResponse with the answers' keys checked by the type checker.
 * Score it like any other input: `scoreIntake(intake)`.
 */
export type IntakeInput = Omit<IntakeResponse, 'answers'> & {
  answers: IntakeAnswers | { item: ItemId; value: AnswerValue }[];
};
