/**
 * Filling a persona's own answers into the draft one part (questionnaire) at a time, in the intake's order,
 * so a trainer can show how each part moves the scores. The parts are the intake's steps.
 */
import { DEFAULT_CATALOGUE, type AnswerValue, type ScaleResult } from '@trede/core';
import type { PersonaIntake } from './personas';
import { personaResponse, type Scorer, type ScoringSettings } from './score';

export interface FillPart {
  /** The instrument id, which is also the intake step's id. */
  id: string;
  answers: Record<string, AnswerValue>;
}

/** The persona's answers grouped by questionnaire, in catalogue order; parts without answers are left out. */
export function fillParts(intake: PersonaIntake): FillPart[] {
  return DEFAULT_CATALOGUE.instruments
    .map((instrument) => ({
      id: instrument.id,
      answers: Object.fromEntries(instrument.items.filter((item) => item.id in intake.answers).map((item) => [item.id, intake.answers[item.id]!])),
    }))
    .filter((part) => Object.keys(part.answers).length > 0);
}

/** The scales core scores from the first `done` parts alone. */
export function scoresAfter(scorer: Scorer, intake: PersonaIntake, parts: readonly FillPart[], done: number, settings?: ScoringSettings): ScaleResult[] {
  const answers = Object.assign({}, ...parts.slice(0, done).map((p) => p.answers)) as Record<string, AnswerValue>;
  const outcome = scorer.safeScore(personaResponse('training-fill', { ...intake, answers }, settings));
  return outcome.ok ? Object.values(outcome.result.scales).filter((s) => s.status === 'scored') : [];
}

/** How many parts, from the first, the draft's answers already hold exactly. */
export function filledParts(parts: readonly FillPart[], answers: Readonly<Record<string, AnswerValue>>): number {
  const same = (a: AnswerValue | undefined, b: AnswerValue) => JSON.stringify(a) === JSON.stringify(b);
  let n = 0;
  while (n < parts.length && Object.entries(parts[n]!.answers).every(([id, value]) => same(answers[id], value))) n++;
  return n;
}
