/**
 * What the intake screens need to know about the instruments and the answers so far. No scoring here:
 * @trede/core scores on finishing; this only counts, orders and checks single inputs against their item,
 * and asks core which questions apply and which answers contradict each other (the same rules it scores by).
 */
import {
  allowedValues,
  applicability,
  DEFAULT_CATALOGUE,
  type AnswerValue,
  type checkConsistency,
  type InstrumentDefinition,
  type IntakeWarning,
  type ItemDefinition,
  type Lang,
} from '@trede/core';

export type Answers = Record<string, AnswerValue>;

type Given = Map<string, Exclude<AnswerValue, null>>;

/** The answers that are there, as core reads them. */
function given(answers: Answers): Given {
  const out: Given = new Map();
  for (const [id, value] of Object.entries(answers)) if (isAnswered(value)) out.set(id, value as Exclude<AnswerValue, null>);
  return out;
}

/** Which questions apply to these instruments' items given the answers (core's skip logic). */
function applicable(instruments: readonly InstrumentDefinition[], answers: Answers) {
  return applicability(
    instruments.flatMap((instrument) => instrument.items),
    given(answers),
  );
}

/** The ids of the questions that do not apply now: the form hides them and leaves them out of every count. */
export function switchedOffItems(instruments: readonly InstrumentDefinition[], answers: Answers): ReadonlySet<string> {
  return new Set(applicable(instruments, answers).switchedOff.keys());
}

/** Core's checkConsistency; the intake screen loads it on demand, with the scorer. */
export type ConsistencyCheck = typeof checkConsistency;

/**
 * Answers that cannot both be right (core's consistency rules), for the questions that apply. Shown as a
 * warning while answering; they never block finishing.
 */
export function inconsistencies(instruments: readonly InstrumentDefinition[], answers: Answers, check: ConsistencyCheck): IntakeWarning[] {
  const asked = new Set(instruments.flatMap((instrument) => instrument.items.map((item) => item.id)));
  return check(applicable(instruments, answers).answers, DEFAULT_CATALOGUE).filter((warning) => warning.items.every((id) => asked.has(id)));
}

/** The enabled instruments, in catalogue order (the order an intake presents them), whatever the settings' order. */
export function enabledInstruments(ids: readonly string[]): InstrumentDefinition[] {
  const wanted = new Set(ids);
  return DEFAULT_CATALOGUE.instruments.filter((instrument) => wanted.has(instrument.id));
}

/** An answer counts when it is there: not missing, not null and not an empty checklist. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The question a follow-up question depends on (its first condition), or null for a question asked always. */
export function followUpTo(item: ItemDefinition, instrument: InstrumentDefinition): ItemDefinition | null {
  const question = item.enableWhen?.[0]?.question;
  return question === undefined ? null : (instrument.items.find((other) => other.id === question) ?? null);
}

/** Answered and total questions, counting only the questions that apply. */
export function countAnswered(instruments: readonly InstrumentDefinition[], answers: Answers): { answered: number; total: number } {
  const off = switchedOffItems(instruments, answers);
  let answered = 0;
  let total = 0;
  for (const instrument of instruments) {
    for (const item of instrument.items) {
      if (off.has(item.id)) continue;
      total += 1;
      if (isAnswered(answers[item.id])) answered += 1;
    }
  }
  return { answered, total };
}

/**
 * Only the answers that count, for the items of these instruments: a draft may hold others, and it keeps the
 * answer to a question that stopped applying (children: yes → no keeps the youngest child's age), so that
 * switching back loses nothing. Such an answer is not part of the intake: it is left out here, so core
 * neither scores it nor has to warn about it.
 */
export function answersFor(instruments: readonly InstrumentDefinition[], answers: Answers): Answers {
  const off = switchedOffItems(instruments, answers);
  const out: Answers = {};
  for (const instrument of instruments) {
    for (const item of instrument.items) {
      const value = answers[item.id];
      if (isAnswered(value) && !off.has(item.id)) out[item.id] = value as AnswerValue;
    }
  }
  return out;
}

/** Drops unanswered entries (null, empty lists), so a stored draft holds answers only. */
export function compactAnswers(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => isAnswered(value)));
}

export { localDate } from '../../local-date';

export type NumberCheck = { ok: true; value: number | null } | { ok: false; reason: 'not-a-number' | 'out-of-range' };

/**
 * A number input's text against its item: empty → no answer; a decimal comma is accepted; outside min/max
 * or a fraction where a whole number is asked → refused.
 */
export function checkNumber(item: Extract<ItemDefinition, { type: 'number' }>, text: string, badInput = false): NumberCheck {
  const trimmed = text.trim();
  if (badInput) return { ok: false, reason: 'not-a-number' };
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (item.integer && !Number.isInteger(value)) return { ok: false, reason: 'out-of-range' };
  if (value < item.min || value > item.max) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value };
}

/** What an item accepts, in words (core's wording, the same as in its validation messages). */
export function allowedText(item: ItemDefinition, instrument: InstrumentDefinition, lang: Lang): string {
  return allowedValues(item, instrument)[lang];
}

/** Where an item lives: its instrument's index among the given instruments, or -1. */
export function stepOfItem(instruments: readonly InstrumentDefinition[], itemId: string): number {
  return instruments.findIndex((instrument) => instrument.items.some((item) => item.id === itemId));
}

/** The item an issue from core is about: its path is "answers.<itemId>" (or the item id itself). */
export function issueItemId(path: string): string {
  return path.startsWith('answers.') ? path.slice('answers.'.length) : path;
}
