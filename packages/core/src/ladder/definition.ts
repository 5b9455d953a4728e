import { defineInstrument } from '../instruments/define.js';
import type { Text } from '../i18n/text.js';
import { cite } from '../instruments/sources.js';
import { TNO_TABLE_4 } from '../instruments/tno.js';
import type { Citation, Norms } from '../instruments/types.js';

const LADDER_CITATION: Citation = cite('tno2013', 'bijlage 2, participatieladder', 'appendix 2, participatieladder');

/**
 * The participation ladder as a short decision questionnaire. Rungs follow TNO 2013 appendix 2;
 * the criteria per rung follow the public Divosa/Regioplan descriptions (docs/evidence.md, §3 'Participation ladder').
 */
export const ladderInstrument = defineInstrument({
  id: 'ladder',
  // 1.1.0: each rung question is asked (and counts) only when the rung above it did not apply; see `items`.
  version: '1.1.0',
  title: { nl: 'Participatieladder', en: 'Participation ladder' },
  description: {
    nl: 'Vijf vragen bepalen de trede (1–6) en het groeipotentieel, samen de positie 1–12.',
    en: 'Five questions decide the rung (1–6) and growth potential, together the position 1–12.',
  },
  wording: {
    nl: 'Eigen formulering van Trede op basis van de treden in TNO 2013, bijlage 2.',
    en: "Trede's own wording, based on the rungs in TNO 2013, appendix 2.",
  },
  // The rung questions follow RUNGS from the top: the first "yes" decides, so a lower rung's question applies
  // only after a "no" to the one above it. A "no" further up is implied: a question that is switched off
  // counts as unanswered, which switches off the ones below it too.
  items: [
    {
      id: 'ladder.paidWork',
      type: 'choice',
      text: { nl: 'Heeft de cliënt op dit moment betaald werk?', en: 'Does the client currently have paid work?' },
      hint: {
        nl: 'Met ondersteuning: met een participatievoorziening, loonkostensubsidie, aanvullende uitkering of beschut werk. Zelfstandig ondernemerschap telt als betaald werk.',
        en: 'With support: with a participation provision, wage-cost subsidy, top-up benefit or sheltered work. Self-employment counts as paid work.',
      },
      options: [
        { value: 'none', label: { nl: 'Nee', en: 'No' } },
        { value: 'supported', label: { nl: 'Ja, met ondersteuning', en: 'Yes, with support' } },
        { value: 'unsupported', label: { nl: 'Ja, zonder ondersteuning', en: 'Yes, without support' } },
      ],
    },
    {
      id: 'ladder.unpaidWork',
      type: 'boolean',
      text: {
        nl: 'Doet de cliënt vrijwilligerswerk of een stage waarin anderen op hem of haar rekenen?',
        en: 'Does the client do volunteer work or an internship in which others rely on them?',
      },
      enableWhen: [{ question: 'ladder.paidWork', operator: '=', answer: 'none' }],
    },
    {
      id: 'ladder.organisedActivities',
      type: 'boolean',
      text: {
        nl: 'Neemt de cliënt elke week deel aan georganiseerde activiteiten of een opleiding, zonder verplichtingen tegenover anderen?',
        en: 'Does the client take part every week in organised activities or a course, without obligations towards others?',
      },
      enableWhen: [{ question: 'ladder.unpaidWork', operator: '=', answer: false }],
    },
    {
      id: 'ladder.socialContacts',
      type: 'boolean',
      text: {
        nl: 'Heeft de cliënt minstens één keer per week sociaal contact buiten het eigen huis?',
        en: 'Does the client have social contact outside their own home at least once a week?',
      },
      enableWhen: [{ question: 'ladder.organisedActivities', operator: '=', answer: false }],
    },
    {
      id: 'ladder.growthPotential',
      type: 'boolean',
      text: {
        nl: 'Verwacht u dat de cliënt binnen ongeveer een jaar een trede hoger kan komen?',
        en: 'Do you expect the client to be able to move up a rung within about a year?',
      },
    },
  ],
  scales: [],
  citations: [LADDER_CITATION, cite('ladder', 'criteria per trede', 'rung criteria')],
});

/** One rung of the participation ladder: its number, label and the answer that places a client on it. */
export interface RungDefinition {
  rung: 1 | 2 | 3 | 4 | 5 | 6;
  label: Text;
  /** The answer that places a client on this rung; rungs are tried from 6 down, the first match wins. */
  when: { item: string; equals: string | boolean } | 'otherwise';
}

/** The rungs of the participation ladder from the top (6) down; the first "yes" decides. */
export const RUNGS: readonly RungDefinition[] = [
  { rung: 6, label: { nl: 'Betaald werk zonder ondersteuning', en: 'Paid work without support' }, when: { item: 'ladder.paidWork', equals: 'unsupported' } },
  { rung: 5, label: { nl: 'Betaald werk met ondersteuning', en: 'Paid work with support' }, when: { item: 'ladder.paidWork', equals: 'supported' } },
  { rung: 4, label: { nl: 'Onbetaald werk', en: 'Unpaid work' }, when: { item: 'ladder.unpaidWork', equals: true } },
  { rung: 3, label: { nl: 'Deelname aan georganiseerde activiteiten', en: 'Taking part in organised activities' }, when: { item: 'ladder.organisedActivities', equals: true } },
  { rung: 2, label: { nl: 'Sociale contacten buitenshuis', en: 'Social contacts outside the home' }, when: { item: 'ladder.socialContacts', equals: true } },
  { rung: 1, label: { nl: 'Geïsoleerd', en: 'Isolated' }, when: 'otherwise' },
];

export const GROWTH_ITEM = 'ladder.growthPotential';

/** TNO 2013 appendix 2: position = 2 × (rung − 1) + (growth potential ? 2 : 1). */
export function positionOf(rung: number, growthPotential: boolean): number {
  return 2 * (rung - 1) + (growthPotential ? 2 : 1);
}

export const LADDER_NORMS: Norms = {
  citation: TNO_TABLE_4,
  population: { nl: 'Bijstandscliënten bij twee re-integratiebedrijven', en: 'Welfare clients at two re-integration providers' },
  groups: {
    total: { mean: 5.84, sd: 2.37, n: 386 },
    control: { mean: 6.04, sd: 2.5, n: 189 },
    intervention: { mean: 5.64, sd: 2.23, n: 197 },
  },
};
