import type { Lang, Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition, ScaleDefinition } from '../instruments/types.js';
import { formatNumber } from '../report/format.js';
import type { AnswerValue, IntakeWarning, GivenAnswer } from '../schema.js';
import { decidedOff, type Applicability, type FailedCondition } from './applicability.js';
import type { Catalogue, CatalogueItem } from './catalogue.js';
import { OMITTED_TEXT, type Detail } from './detail.js';

/**
 * The wording of the warnings in a result, in one place: the reports print `message` (under the heading in
 * src/report/warnings-block.ts), and the intake form shows the same messages. Rule-specific reasons live
 * with the rules (consistency.ts).
 */

type Answer = GivenAnswer;
type Entry = CatalogueItem;

const YES: Text = { nl: 'Ja', en: 'Yes' };
const NO: Text = { nl: 'Nee', en: 'No' };

/** Builds a Text from one function of the language. */
function both(say: (lang: Lang) => string): Text {
  return { nl: say('nl'), en: say('en') };
}

/** One answer value as a caseworker reads it: the option's label, yes or no, or the number with its unit. */
export function answerText(entry: Entry, value: Answer): Text {
  const { item, instrument } = entry;
  if (Array.isArray(value)) {
    const parts = value.map((code) => answerText(entry, code));
    return both((lang) => parts.map((p) => p[lang]).join(', '));
  }
  switch (item.type) {
    case 'boolean':
      return value === true ? YES : NO;
    case 'number':
      return both((lang) => `${formatNumber(value as number, lang)} ${item.unit[lang]}`);
    case 'scale':
    case 'choice':
    case 'multi': {
      const options: readonly { value: number | string; label: Text }[] = item.type === 'scale' ? (instrument.responseScale?.options ?? []) : item.options;
      return options.find((o) => o.value === value)?.label ?? both(() => String(value));
    }
  }
}

const quoted = (entry: Entry, lang: Lang) => `"${entry.item.text[lang]}"`;

const NOT_ANSWERED: Text = { nl: 'niet beantwoord', en: 'not answered' };
const ITSELF_OFF: Text = { nl: 'geldt zelf niet', en: 'does not apply itself' };

/** "the answer to "Q" is Yes (now: No)", for each condition that failed, joined by and/or. */
function conditionsText(item: ItemDefinition, failed: readonly FailedCondition[], applicability: Applicability, catalogue: Catalogue): Text {
  const clauses = failed.map(({ condition, answer }) => {
    const controller = catalogue.items.get(condition.question);
    if (!controller) return both(() => condition.question);
    const wanted = answerText(controller, condition.answer);
    const now = answer !== undefined ? answerText(controller, answer) : applicability.switchedOff.has(condition.question) ? ITSELF_OFF : NOT_ANSWERED;
    const not = condition.operator === '!=';
    return {
      nl: `het antwoord op ${quoted(controller, 'nl')} ${not ? 'niet ' : ''}${wanted.nl} is (nu: ${now.nl})`,
      en: `the answer to ${quoted(controller, 'en')} is ${not ? 'not ' : ''}${wanted.en} (now: ${now.en})`,
    };
  });
  const any = item.enableBehavior === 'any';
  return both((lang) => clauses.map((c) => c[lang]).join(lang === 'nl' ? (any ? ' of ' : ' en ') : any ? ' or ' : ' and '));
}

/** The items a not-applicable warning names: the item, then each question whose condition failed, once. */
function notApplicableItems(itemId: string, failed: readonly FailedCondition[]): string[] {
  const items = [itemId];
  for (const { condition } of failed) if (!items.includes(condition.question, 1)) items.push(condition.question);
  return items;
}

/** The warning for an answer given to a question that does not apply: it names the item, the condition and the answer. */
export function notApplicableWarning(itemId: string, answer: Answer, applicability: Applicability, catalogue: Catalogue, detail: Detail = 'full'): IntakeWarning {
  const failed = applicability.switchedOff.get(itemId) ?? [];
  const items = notApplicableItems(itemId, failed);
  if (detail === 'numbers') return { code: 'not-applicable', items, message: OMITTED_TEXT };
  const entry = catalogue.items.get(itemId)!;
  const when = conditionsText(entry.item, failed, applicability, catalogue);
  const given = answerText(entry, answer);
  return {
    code: 'not-applicable',
    items,
    message: {
      nl: `Het antwoord op ${quoted(entry, 'nl')} (${given.nl}) telt niet mee: die vraag geldt alleen als ${when.nl}.`,
      en: `The answer to ${quoted(entry, 'en')} (${given.en}) is not used: that question applies only when ${when.en}.`,
    },
  };
}

/** Why a scale has no score when its question does not apply to this client (not a missing answer). */
export function notApplicableReason(itemId: string, applicability: Applicability, catalogue: Catalogue): Text {
  const entry = catalogue.items.get(itemId)!;
  const when = conditionsText(entry.item, applicability.switchedOff.get(itemId) ?? [], applicability, catalogue);
  return {
    nl: `Geldt niet voor deze cliënt: de vraag wordt alleen gesteld als ${when.nl}.`,
    en: `Does not apply to this client: the question is asked only when ${when.en}.`,
  };
}

/** The warning for two answers that cannot both be right; `conflict` says why, in a clause. */
export function inconsistentWarning(first: { id: string; value: Answer }, second: { id: string; value: Answer }, conflict: Text, catalogue: Catalogue): IntakeWarning {
  const a = catalogue.items.get(first.id)!;
  const b = catalogue.items.get(second.id)!;
  const va = answerText(a, first.value);
  const vb = answerText(b, second.value);
  return {
    code: 'inconsistent',
    items: [first.id, second.id],
    message: {
      nl: `${quoted(a, 'nl')} (${va.nl}) en ${quoted(b, 'nl')} (${vb.nl}) kunnen niet allebei kloppen: ${conflict.nl}.`,
      en: `${quoted(a, 'en')} (${va.en}) and ${quoted(b, 'en')} (${vb.en}) cannot both be right: ${conflict.en}.`,
    },
  };
}

/**
 * Why a scale has no score when the answers settle that none of its questions apply, or null otherwise
 * (while a question they depend on is unanswered, the scale is simply missing its answers).
 */
export function scaleNotApplicable(scale: ScaleDefinition, applicability: Applicability, catalogue: Catalogue, detail: Detail = 'full'): Text | null {
  if (applicability.switchedOff.size === 0 || !scale.items.every((id) => decidedOff(id, applicability, catalogue.itemDefinitions))) return null;
  if (detail === 'numbers') return OMITTED_TEXT;
  // A scale's items share their conditions (the definition tests hold every instrument to it): the first speaks for all.
  return notApplicableReason(scale.items[0]!, applicability, catalogue);
}

