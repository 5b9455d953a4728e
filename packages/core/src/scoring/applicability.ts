import type { EnableWhen, ItemDefinition } from '../instruments/types.js';
import type { AnswerValue, GivenAnswer } from '../schema.js';

/**
 * Which questions apply, given the answers: the skip logic in the items' `enableWhen` (FHIR semantics).
 * An answer to a question that does not apply is left out of scoring, as if it was not given; a question
 * that does not apply is not missing either. Pure and small, so the intake form uses the same rules.
 */

type Answer = GivenAnswer;

/** A condition that did not hold, with the answer it looked at (undefined: not answered, or switched off itself). */
export interface FailedCondition {
  condition: EnableWhen;
  answer: Answer | undefined;
}

/** Which items apply to this client (skip logic), the answers that count, and why the others were switched off. */
export interface Applicability {
  /** The answers that count: the input itself when no answer was dropped, else a copy without them. */
  answers: ReadonlyMap<string, Answer>;
  /** Every item that does not apply, answered or not, in the order given, with the conditions that failed. */
  switchedOff: ReadonlyMap<string, readonly FailedCondition[]>;
}

/** '=' holds when one of the answer's values (a checklist has several) equals the condition's; '!=' when none does. */
export function conditionHolds(condition: EnableWhen, answer: Answer | undefined): boolean {
  const values: readonly (number | string | boolean)[] = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
  const equal = values.some((value) => value === condition.answer);
  return condition.operator === '=' ? equal : !equal;
}

/** The conditions that keep an item switched off; empty when it applies. `answerOf` gives the answers that count. */
export function failedConditions(item: ItemDefinition, answerOf: (itemId: string) => Answer | undefined): FailedCondition[] {
  const conditions = item.enableWhen;
  if (!conditions || conditions.length === 0) return [];
  const failed: FailedCondition[] = [];
  for (const condition of conditions) {
    const answer = answerOf(condition.question);
    if (!conditionHolds(condition, answer)) failed.push({ condition, answer });
  }
  const applies = (item.enableBehavior ?? 'all') === 'all' ? failed.length === 0 : failed.length < conditions.length;
  return applies ? [] : failed;
}

/**
 * Goes through the items in order. Conditions name earlier items (the definition tests hold every
 * instrument to that), so one pass settles everything, chains included: a switched-off item counts as
 * unanswered for the items that depend on it.
 */
export function applicability(items: Iterable<ItemDefinition>, answers: ReadonlyMap<string, Answer>): Applicability {
  const switchedOff = new Map<string, FailedCondition[]>();
  const answerOf = (id: string) => (switchedOff.has(id) ? undefined : answers.get(id));
  let dropped: Set<string> | null = null;
  for (const item of items) {
    if (!item.enableWhen) continue;
    const failed = failedConditions(item, answerOf);
    if (failed.length === 0) continue;
    switchedOff.set(item.id, failed);
    if (answers.has(item.id)) (dropped ??= new Set()).add(item.id);
  }
  return { answers: dropped ? new AnswersWithout(answers, dropped) : answers, switchedOff };
}

/**
 * The answers without some of them, as a view: copying a full intake's answers to drop a few was a large share
 * of the time to score it. Lookups go to the answers given; the rare iteration goes over a copy made then.
 */
class AnswersWithout implements ReadonlyMap<string, Answer> {
  private copy: Map<string, Answer> | null = null;
  constructor(
    private readonly given: ReadonlyMap<string, Answer>,
    private readonly dropped: ReadonlySet<string>,
  ) {}
  get(id: string): Answer | undefined {
    return this.dropped.has(id) ? undefined : this.given.get(id);
  }
  has(id: string): boolean {
    return !this.dropped.has(id) && this.given.has(id);
  }
  get size(): number {
    return this.given.size - this.dropped.size;
  }
  private kept(): Map<string, Answer> {
    if (this.copy === null) {
      this.copy = new Map(this.given);
      for (const id of this.dropped) this.copy.delete(id);
    }
    return this.copy;
  }
  forEach(callback: (value: Answer, key: string, map: ReadonlyMap<string, Answer>) => void, thisArg?: unknown): void {
    this.kept().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries() {
    return this.kept().entries();
  }
  keys() {
    return this.kept().keys();
  }
  values() {
    return this.kept().values();
  }
  [Symbol.iterator]() {
    return this.kept()[Symbol.iterator]();
  }
}

/**
 * Whether the given answers settle that an item does not apply, rather than an unanswered question it
 * depends on leaving it open (no answer on children: the youngest child's age is unknown, not irrelevant).
 */
export function decidedOff(itemId: string, result: Applicability, items: ReadonlyMap<string, ItemDefinition>): boolean {
  const failed = result.switchedOff.get(itemId);
  if (!failed) return false;
  const settled = ({ condition, answer }: FailedCondition) => answer !== undefined || decidedOff(condition.question, result, items);
  // 'all' fails on one settled condition; 'any' only when every condition is settled.
  return items.get(itemId)?.enableBehavior === 'any' ? failed.every(settled) : failed.some(settled);
}
