import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { PROTECTED_WHY, RELATIVE_BANDS, type ModelCard } from '../model-card.js';

const T8 = { source: 'tno2013', where: 'table 8 (interventiegroep, multivariate N=115)' } as const;
const T8_UNI = { source: 'tno2013', where: 'table 8 (interventiegroep, univariate)' } as const;
const I = MEANS.intervention;

/** Leaving benefit for work or study. A favourable outcome: the risk is that it does not happen. */
export const outflowCard: ModelCard = {
  id: 'outflow',
  version: '1.0.0',
  moment: 'outflow',
  title: { nl: 'Uitstroom naar werk of studie', en: 'Outflow to work or study' },
  outcome: { nl: 'Kans dat de cliënt uitstroomt naar werk of studie', en: 'Chance that the client leaves benefit for work or study' },
  adverse: false,
  studyGroup: 'intervention',
  population: {
    nl: 'Bijstandscliënten in een traject met integrale aanpak (interventiegroep)',
    en: 'Welfare clients in an integrated-approach trajectory (intervention group)',
  },
  baseRate: {
    events: 18,
    total: 207,
    citation: { source: 'tno2013', where: '§3.2: 18 of 207 to work or study' },
    note: {
      nl: 'Inclusief gesubsidieerd werk 35/207; landelijk 16,1% (2011) en 13,3% (2012).',
      en: 'Including subsidised work 35/207; nationally 16.1% (2011) and 13.3% (2012).',
    },
  },
  weights: [factor('ladderPosition', { publishedOddsRatio: 1.67, significance: '**', citation: T8, mean: I.ladderPosition, action: ACTIONS.smallerSteps })],
  mainFactors: ['ladderPosition'],
  attentionPoints: [
    factor('children', { publishedOddsRatio: 0.22, significance: '*', citation: T8_UNI, mean: I.children, action: ACTIONS.childcare, actionDoneWhen: { item: 'bg.childcareArranged', equals: true } }),
    factor('anxiety', { publishedOddsRatio: 0.65, significance: '*', citation: T8_UNI, mean: I.anxiety, action: ACTIONS.mentalHealth }),
    factor('basicCompetences', { publishedOddsRatio: 7.04, significance: '***', citation: T8_UNI, mean: I.basicCompetences, action: ACTIONS.competences }),
    factor('yearsSinceLastJob', {
      publishedOddsRatio: 0.71,
      significance: '*',
      citation: { source: 'tno2013', where: 'table 9 (controlegroep, univariate)' },
      mean: MEANS.control.yearsSinceLastJob,
      action: null,
    }),
  ],
  bands: RELATIVE_BANDS,
  excluded: [
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'In het gepubliceerde model, niet significant (OR 0,54).', en: 'In the published model, not significant (OR 0.54).' },
      why: PROTECTED_WHY,
    },
  ],
  limits: [
    {
      nl: 'Uitstroom was zeldzaam (18 cliënten); de kans is daardoor onzeker, vooral aan de uiteinden van de ladder.',
      en: 'Outflow was rare (18 clients); the probability is therefore uncertain, especially at the ends of the ladder.',
    },
    {
      nl: 'Het aantal uitkeringsdagen (tabel 9, OR 0,01) heeft geen eenheid in de bron en wordt niet gebruikt.',
      en: 'Benefit days (table 9, OR 0.01) has no stated unit in the source and is not used.',
    },
  ],
  citation: T8,
};
