import type { Text } from '../i18n/text.js';
import { formatNumber } from '../report/format.js';
import type { AnswerValue, IntakeWarning, GivenAnswer } from '../schema.js';
import type { Catalogue } from './catalogue.js';
import { OMITTED_TEXT, type Detail } from './detail.js';
import { inconsistentWarning } from './warnings.js';

/**
 * Cross-item checks: answers that cannot both be right. Only real impossibilities are listed; an unusual
 * but possible combination (expecting work within six months while isolated on the ladder without growth
 * potential, say) is the client's view and no contradiction. The checks run on the answers that count
 * (src/scoring/applicability.ts), so an answer that does not apply is reported once, as not applicable.
 * A warning never stops the intake from being scored.
 */

type Answer = GivenAnswer;

const AGE_ITEM = 'bg.age';

/**
 * Something that happened a while ago and cannot have happened before the client reached `minimumAge`.
 * Ages are whole years, so the client may be almost a year older than `bg.age` says; `roundedBy` is how far
 * the other answer may be off by rounding. Flagged only when the client was younger than the minimum
 * even with both allowances, so a rounded answer is never reported as impossible.
 */
interface AgeAtEventRule {
  kind: 'age-at-event';
  id: string;
  /** How long ago it happened. */
  item: string;
  /** How many of the item's units make a year (12 for months). */
  perYear: number;
  roundedBy: number;
  minimumAge: number;
  /** When, in "the client was about N years old <event>". */
  event: Text;
  /** The rule in a few words, shown in brackets after the conflict. */
  why: Text;
}

/** Two answers that exclude each other by definition. */
interface ExclusiveAnswersRule {
  kind: 'exclusive';
  id: string;
  when: readonly [{ item: string; oneOf: readonly Answer[] }, { item: string; oneOf: readonly Answer[] }];
  why: Text;
}

export type ConsistencyRule = AgeAtEventRule | ExclusiveAnswersRule;

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  {
    // Dutch working-hours law lets children work (light, non-industrial work) from 13; younger only on a permit
    // for performances. A last job before 13 is almost certainly a typo in one of the two answers.
    kind: 'age-at-event',
    id: 'last-job-before-13',
    item: 'bg.yearsSinceLastJob',
    perYear: 1,
    roundedBy: 0.5,
    minimumAge: 13,
    event: { nl: 'bij de laatste betaalde baan', en: 'at the last paid job' },
    why: { nl: 'Trede-regel: betaald werk mag pas vanaf 13 jaar', en: 'Trede rule: paid work is allowed from 13' },
  },
  {
    // Trede's rule: a parent is at least 13 when their youngest child is born. A stepchild or foster child can
    // break it, so it is a warning to check, not a refusal.
    kind: 'age-at-event',
    id: 'parent-younger-than-13',
    item: 'bg.youngestChildAge',
    perYear: 1,
    roundedBy: 0,
    minimumAge: 13,
    event: { nl: 'bij de geboorte van het jongste kind', en: 'when the youngest child was born' },
    why: {
      nl: 'Trede-regel: een ouder is bij de geboorte minstens 13; bij een stief- of pleegkind kan het anders zijn',
      en: 'Trede rule: a parent is at least 13 at the birth; a stepchild or foster child may differ',
    },
  },
  {
    // bg.benefitMonths counts months. Social assistance (bijstand) starts at 18 at the earliest and no benefit
    // in the client's own name starts before 16, the end of full-time compulsory schooling: Trede takes 16.
    kind: 'age-at-event',
    id: 'benefit-before-16',
    item: 'bg.benefitMonths',
    perYear: 12,
    roundedBy: 0,
    minimumAge: 16,
    event: { nl: 'aan het begin van de uitkering', en: 'when the benefit started' },
    why: { nl: 'Trede-regel: een eigen uitkering begint niet vóór 16 jaar', en: 'Trede rule: no benefit in the client’s own name starts before 16' },
  },
  {
    // The item's own hint defines a startkwalificatie as a havo, vwo or mbo level 2+ diploma, so a highest
    // diploma below that rules it out. The other way round is left alone: a foreign diploma at havo level may
    // not count as a startkwalificatie.
    kind: 'exclusive',
    id: 'startkwalificatie-above-highest-diploma',
    when: [
      { item: 'bg.startkwalificatie', oneOf: [true] },
      { item: 'bg.education', oneOf: ['none', 'primary', 'vmbo', 'mbo1'] },
    ],
    why: {
      nl: 'een startkwalificatie vraagt een diploma havo, vwo of mbo niveau 2 of hoger',
      en: 'a startkwalificatie takes a havo, vwo or vocational level 2 (or higher) diploma',
    },
  },
];

function ageAtEvent(rule: AgeAtEventRule, answers: ReadonlyMap<string, Answer>, catalogue: Catalogue, detail: Detail): IntakeWarning | null {
  const age = answers.get(AGE_ITEM);
  const ago = answers.get(rule.item);
  if (typeof age !== 'number' || typeof ago !== 'number') return null;
  // The oldest the client can have been at the event: a year's allowance on the age, the rounding on the other answer.
  const atMost = age + 1 - (ago - rule.roundedBy) / rule.perYear;
  if (atMost > rule.minimumAge) return null;
  if (detail === 'numbers') return { code: 'inconsistent', items: [AGE_ITEM, rule.item], message: OMITTED_TEXT };
  const about = age - ago / rule.perYear;
  const then: Text =
    about <= 0
      ? { nl: `de cliënt was dan ${rule.event.nl} nog niet geboren`, en: `the client would not have been born yet ${rule.event.en}` }
      : {
          nl: `de cliënt was dan ${rule.event.nl} ongeveer ${formatNumber(about, 'nl', 1)} jaar`,
          en: `the client would have been about ${formatNumber(about, 'en', 1)} ${rule.event.en}`,
        };
  return inconsistentWarning({ id: AGE_ITEM, value: age }, { id: rule.item, value: ago }, { nl: `${then.nl} (${rule.why.nl})`, en: `${then.en} (${rule.why.en})` }, catalogue);
}

function exclusive(rule: ExclusiveAnswersRule, answers: ReadonlyMap<string, Answer>, catalogue: Catalogue, detail: Detail): IntakeWarning | null {
  const [a, b] = rule.when;
  const va = answers.get(a.item);
  const vb = answers.get(b.item);
  if (va === undefined || vb === undefined || !a.oneOf.includes(va) || !b.oneOf.includes(vb)) return null;
  if (detail === 'numbers') return { code: 'inconsistent', items: [a.item, b.item], message: OMITTED_TEXT };
  return inconsistentWarning({ id: a.item, value: va }, { id: b.item, value: vb }, rule.why, catalogue);
}

// A catalogue's instruments are fixed once it is made, so its rules are picked once, not per intake.
const rulesByCatalogue = new WeakMap<Catalogue, readonly ConsistencyRule[]>();

/** The rules whose answers are all in the catalogue: a custom catalogue without background checks nothing. */
function rulesFor(catalogue: Catalogue): readonly ConsistencyRule[] {
  let rules = rulesByCatalogue.get(catalogue);
  if (rules === undefined) {
    const known = (id: string) => catalogue.items.has(id);
    rules = CONSISTENCY_RULES.filter((rule) => (rule.kind === 'age-at-event' ? known(AGE_ITEM) && known(rule.item) : rule.when.every((w) => known(w.item))));
    rulesByCatalogue.set(catalogue, rules);
  }
  return rules;
}

/** One 'inconsistent' warning per rule that the answers break, naming both answers and their values. */
export function checkConsistency(answers: ReadonlyMap<string, Answer>, catalogue: Catalogue): IntakeWarning[] {
  return consistencyWarnings(answers, catalogue, 'full');
}

/** checkConsistency, with the messages left out for a 'numbers' result. */
export function consistencyWarnings(answers: ReadonlyMap<string, Answer>, catalogue: Catalogue, detail: Detail): IntakeWarning[] {
  const warnings: IntakeWarning[] = [];
  for (const rule of rulesFor(catalogue)) {
    const warning = rule.kind === 'age-at-event' ? ageAtEvent(rule, answers, catalogue, detail) : exclusive(rule, answers, catalogue, detail);
    if (warning) warnings.push(warning);
  }
  return warnings;
}
