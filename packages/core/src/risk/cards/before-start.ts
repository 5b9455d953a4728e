import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { PROTECTED_WHY, RELATIVE_BANDS, type ModelCard } from '../model-card.js';

const T13 = { source: 'tno2013', where: 'table 13 (controlegroep, multivariate N=134)' } as const;
const T13_UNI = { source: 'tno2013', where: 'table 13 (controlegroep, univariate)' } as const;
const C = MEANS.control;

/**
 * Not starting the trajectory. The source modelled the chance of *starting*, so every odds ratio from
 * table 13 is inverted (dropout OR = 1 / published OR).
 */
export const beforeStartCard: ModelCard = {
  id: 'before-start',
  version: '1.0.0',
  moment: 'before-start',
  title: { nl: 'Uitval vóór de start', en: 'Dropout before the start' },
  outcome: { nl: 'Kans dat de cliënt niet aan het traject begint', en: 'Chance that the client does not start the trajectory' },
  adverse: true,
  studyGroup: 'control',
  population: {
    nl: 'Bijstandscliënten uitgenodigd voor selectie en directe bemiddeling (controlegroep)',
    en: 'Welfare clients invited for selection and direct mediation (control group)',
  },
  baseRate: {
    events: 150,
    total: 269,
    citation: { source: 'tno2013', where: '§3.4.2: 269 invited, 119 started' },
    note: {
      nl: 'De tekst noemt 140 uitvallers, maar 269 − 119 = 150; Trede rekent met de tellingen (150/269).',
      en: 'The text says 140 dropped out, but 269 − 119 = 150; Trede uses the counts (150/269).',
    },
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
      citation: { source: 'tno2013', where: '§3.4.1 (interventiegroep, dropout before the assessment phase, univariate)' },
      mean: MEANS.intervention.yearsSinceLastJob,
      action: ACTIONS.proactiveRegistration,
    }),
    factor('age', { publishedOddsRatio: 0.96, inverted: true, significance: '*', citation: T13_UNI, mean: C.age, action: null }),
    factor('workAttitude', { publishedOddsRatio: 1.4, inverted: true, significance: '*', citation: T13_UNI, mean: C.workAttitude, action: ACTIONS.proactiveRegistration }),
    factor('basicCompetences', { publishedOddsRatio: 1.64, inverted: true, significance: '**', citation: T13_UNI, mean: C.basicCompetences, action: ACTIONS.competences }),
  ],
  bands: RELATIVE_BANDS,
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
      en: 'One organisation, 134 clients in the analysis: the probability is a rough indication, not a prediction for one person.',
    },
  ],
  citation: T13,
};
