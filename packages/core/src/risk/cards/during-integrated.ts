import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { PROTECTED_WHY, RELATIVE_BANDS, type ModelCard } from '../model-card.js';

const T12 = { source: 'tno2013', where: 'table 12 (interventiegroep, multivariate N=103)' } as const;
const T12_UNI = { source: 'tno2013', where: 'table 12 (interventiegroep, univariate)' } as const;
const TRIAL = { source: 'tno2013', where: '§3.4.1 (interventiegroep, trial placement, univariate)' } as const;
const I = MEANS.intervention;
const TRIAL_PHASE = { nl: 'proefplaatsing', en: 'trial placement' };

/** Dropout during the trajectory where work and care are combined (assessment phase of the interventiegroep). */
export const duringIntegratedCard: ModelCard = {
  id: 'during-integrated',
  version: '1.0.0',
  moment: 'during',
  title: { nl: 'Uitval tijdens het traject (integrale aanpak)', en: 'Dropout during the trajectory (integrated approach)' },
  outcome: { nl: 'Kans dat de cliënt tijdens het traject uitvalt', en: 'Chance that the client drops out during the trajectory' },
  adverse: true,
  studyGroup: 'intervention',
  population: {
    nl: 'Bijstandscliënten in een traject binnen een SW-bedrijf met GGZ-, schuld- en verslavingszorg (interventiegroep), assessmentfase',
    en: 'Welfare clients in a trajectory inside a sheltered-work company with mental-health, debt and addiction care (intervention group), assessment phase',
  },
  baseRate: { events: 109, total: 222, citation: { source: 'tno2013', where: 'table 10 (assessment phase: 222 in, 109 dropped out)' } },
  weights: [factor('anxiety', { publishedOddsRatio: 1.34, significance: '*', citation: T12, mean: I.anxiety, action: ACTIONS.mentalHealth })],
  mainFactors: ['anxiety'],
  attentionPoints: [
    factor('ageYoungestChild', { publishedOddsRatio: 1.07, significance: '*', citation: T12_UNI, mean: I.ageYoungestChild, action: null }),
    factor('supportTypes', { publishedOddsRatio: 1.91, significance: '**', citation: T12_UNI, mean: I.supportTypes, action: null }),
    factor('health', { publishedOddsRatio: 0.47, significance: '***', citation: T12_UNI, mean: I.health, action: ACTIONS.health }),
    factor('depression', { publishedOddsRatio: 1.34, significance: '**', citation: T12_UNI, mean: I.depression, action: ACTIONS.mentalHealth }),
    factor('workAttitude', { publishedOddsRatio: 0.59, significance: '**', citation: T12_UNI, mean: I.workAttitude, action: null }),
    factor('basicCompetences', { publishedOddsRatio: 0.42, significance: '***', citation: T12_UNI, mean: I.basicCompetences, action: ACTIONS.competences }),
    factor('ladderPosition', { publishedOddsRatio: 0.85, significance: '**', citation: T12_UNI, mean: I.ladderPosition, action: ACTIONS.smallerSteps }),
    factor('responsibility', { publishedOddsRatio: 0.4, significance: '*', citation: TRIAL, mean: I.responsibility, action: ACTIONS.ownership, phase: TRIAL_PHASE }),
    factor('control', { publishedOddsRatio: 0.43, significance: '**', citation: TRIAL, mean: I.control, action: ACTIONS.ownership, phase: TRIAL_PHASE }),
  ],
  bands: RELATIVE_BANDS,
  excluded: [
    {
      predictor: { nl: 'Etniciteit', en: 'Ethnicity' },
      finding: {
        nl: 'De bron vond etniciteit significant (univariaat OR 1,98, multivariaat 2,49).',
        en: 'The source found ethnicity significant (univariate OR 1.98, multivariate 2.49).',
      },
      why: PROTECTED_WHY,
    },
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'Niet significant (OR 1,07 / 0,85).', en: 'Not significant (OR 1.07 / 0.85).' },
      why: PROTECTED_WHY,
    },
  ],
  limits: [
    {
      nl: 'Zonder etniciteit en de andere niet-significante variabelen is dit niet het volledige gepubliceerde model; het effect van angst kan daardoor iets anders uitvallen.',
      en: 'Without ethnicity and the other non-significant variables this is not the full published model; the effect of anxiety may differ somewhat.',
    },
    {
      nl: 'Angst werd gemeten met de korte DASS (4–16); een DASS-21-score wordt alleen bij benadering omgerekend.',
      en: 'Anxiety was measured with the short DASS (4–16); a DASS-21 score is only mapped approximately.',
    },
    { nl: '103 cliënten in de multivariate analyse, één organisatie.', en: '103 clients in the multivariate analysis, one organisation.' },
  ],
  citation: T12,
};
