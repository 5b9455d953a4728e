/**
 * Filling a persona's own answers into the draft one answer or one part (questionnaire) at a time, in the
 * intake's order, so a trainer can show how each answer moves the scores. The parts are the intake's steps.
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

/** One of the persona's answers, with the part (intake step) it belongs to. */
export interface FillItem {
  part: string;
  id: string;
  value: AnswerValue;
}

/** Every answer of the persona, part by part, in the order the intake asks them. */
export function fillItems(parts: readonly FillPart[]): FillItem[] {
  return parts.flatMap((part) => Object.entries(part.answers).map(([id, value]) => ({ part: part.id, id, value })));
}

/** The scales core scores from the first `count` answers alone. */
export function scoresAfter(scorer: Scorer, intake: PersonaIntake, items: readonly FillItem[], count: number, settings?: ScoringSettings): ScaleResult[] {
  const answers = Object.fromEntries(items.slice(0, count).map((i) => [i.id, i.value])) as Record<string, AnswerValue>;
  const outcome = scorer.safeScore(personaResponse('training-fill', { ...intake, answers }, settings));
  return outcome.ok ? Object.values(outcome.result.scales).filter((s) => s.status === 'scored') : [];
}

/** How many answers, from the first, the draft already holds exactly. */
export function filledItems(items: readonly FillItem[], answers: Readonly<Record<string, AnswerValue>>): number {
  let n = 0;
  while (n < items.length && JSON.stringify(answers[items[n]!.id]) === JSON.stringify(items[n]!.value)) n++;
  return n;
}

/** The count just past the part that the answer at `at` belongs to. */
export function endOfPart(items: readonly FillItem[], at: number): number {
  const part = items[at]?.part;
  let end = at;
  while (end < items.length && items[end]!.part === part) end++;
  return end;
}

/** How many parts the first `count` answers complete. */
export function partsDone(items: readonly FillItem[], count: number): number {
  const last = new Map<string, number>();
  items.forEach((item, n) => last.set(item.part, n));
  return [...last.values()].filter((n) => n < count).length;
}
