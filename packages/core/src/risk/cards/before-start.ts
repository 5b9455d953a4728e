import { cite } from '../../instruments/sources.js';
import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { ODDS_BANDS, PROTECTED_WHY, type ModelCard } from '../model-card.js';

const T13 = cite('tno2013', 'tabel 13 (controlegroep, multivariaat, N=134)', 'table 13 (control group, multivariate, N=134)');
const T13_UNI = cite('tno2013', 'tabel 13 (controlegroep, univariaat)', 'table 13 (control group, univariate)');
const C = MEANS.control;

/**
 * Not starting the trajectory. The source modelled the chance of *starting*, so every odds ratio from
 * table 13 is inverted (dropout OR = 1 / published OR).
 */
export const beforeStartCard: ModelCard = {
  id: 'before-start',
  version: '2.0.0',
  moment: 'before-start',
  kind: 'dropout',
  title: { nl: 'Uitval vóór de start', en: 'Dropout before the start' },
  outcome: { nl: 'Kans dat de cliënt niet aan het traject begint', en: 'Chance that the client does not start the trajectory' },
  outcomeIncludes: {
    nl: 'Iedereen die werd uitgenodigd maar niet begon: ook wie de aanbieder zelf aan de poort niet selecteerde en wie nooit op de intake kwam. De factoren werden bij de intake gemeten, dus de basiskans overschat waarschijnlijk de kans voor een cliënt die al aan tafel zit.',
    en: 'Everyone who was invited but did not start: including those the provider itself did not select at the gate and those who never came to the intake. The factors were measured at the intake, so the base rate probably overstates the chance for a client already sitting at one.',
  },
  studyGroup: 'control',
  population: {
    nl: 'Bijstandscliënten uitgenodigd voor selectie en directe bemiddeling (controlegroep)',
    en: 'Welfare clients invited for selection and direct mediation (control group)',
  },
  analysed: { n: 134, organisations: 1, citation: T13 },
  baseRate: {
    events: 150,
    total: 269,
    citation: cite('tno2013', '§3.4.2: 269 uitgenodigd, 119 gestart', '§3.4.2: 269 invited, 119 started'),
  },
  weights: [
    factor('children', { publishedOddsRatio: 0.22, inverted: true, significance: '**', citation: T13, mean: C.children, action: ACTIONS.childcare, actionDoneWhen: { item: 'bg.childcareArranged', equals: true } }),
    factor('responsibility', { publishedOddsRatio: 1.58, inverted: true, significance: '**', citation: T13, mean: C.responsibility, action: ACTIONS.proactiveRegistration }),
  ],
  mainFactors: ['children'],
  attentionPoints: [
    factor('yearsSinceLastJob', {
      publishedOddsRatio: 1.06,
      significance: '**',
      citation: cite('tno2013', '§3.4.1 (interventiegroep, uitval vóór de assessmentfase, univariaat)', '§3.4.1 (intervention group, dropout before the assessment phase, univariate)'),
      mean: MEANS.intervention.yearsSinceLastJob,
      action: ACTIONS.proactiveRegistration,
    }),
    factor('age', { publishedOddsRatio: 0.96, inverted: true, significance: '*', citation: T13_UNI, mean: C.age, action: null }),
    factor('workAttitude', { publishedOddsRatio: 1.4, inverted: true, significance: '*', citation: T13_UNI, mean: C.workAttitude, action: null }),
    factor('basicCompetences', { publishedOddsRatio: 1.64, inverted: true, significance: '**', citation: T13_UNI, mean: C.basicCompetences, action: ACTIONS.competences }),
  ],
  bands: ODDS_BANDS,
  disagreements: [
    {
      nl: 'De tekst noemt 140 uitvallers, maar 269 uitgenodigd − 119 gestart = 150. Bijlage 1 noemt 259 uitgenodigden (259 − 119 = 140, een mogelijke herkomst). Trede rekent met de tellingen van §3.4.2: 150 van 269.',
      en: 'The text says 140 dropped out, but 269 invited − 119 started = 150. Appendix 1 gives 259 invited (259 − 119 = 140, a possible origin). Trede uses the counts of §3.4.2: 150 of 269.',
    },
  ],
  excluded: [
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'In het gepubliceerde model, niet significant (OR 1,44).', en: 'In the published model, not significant (OR 1.44).' },
      why: PROTECTED_WHY,
    },
  ],
  limits: [
    {
      nl: 'Het gepubliceerde model bevatte ook leeftijd, geslacht, startkwalificatie, partner, houding en basiscompetenties; Trede gebruikt alleen de significante factoren, gecentreerd op de groepsgemiddelden.',
      en: 'The published model also held age, gender, startkwalificatie, partner, attitude and basic competences; Trede uses only the significant factors, centred on the group means.',
    },
    {
      nl: 'Eén organisatie, 134 cliënten in de analyse: de kans is een grove aanwijzing, geen voorspelling voor één persoon.',
      en: 'One organisation, 134 clients in the analysis: the chance is a rough indication, not a prediction for one person.',
    },
    {
      nl: 'De bron geeft de eenheid van doorlopende factoren niet; Trede leest de odds ratio per punt van de schaal.',
      en: 'The source does not state the unit of continuous factors; Trede reads the odds ratio per point of the scale.',
    },
  ],
  citation: T13,
};
