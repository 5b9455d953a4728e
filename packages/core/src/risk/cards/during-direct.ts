import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { PROTECTED_WHY, RELATIVE_BANDS, type ModelCard } from '../model-card.js';

const T14 = { source: 'tno2013', where: 'table 14 (controlegroep, multivariate N=73)' } as const;
const C = MEANS.control;

/** Dropout during the trajectory where clients are selected at the gate and mediated directly to employers. */
export const duringDirectCard: ModelCard = {
  id: 'during-direct',
  version: '1.0.0',
  moment: 'during',
  title: { nl: 'Uitval tijdens het traject (directe bemiddeling)', en: 'Dropout during the trajectory (direct mediation)' },
  outcome: { nl: 'Kans dat de cliënt tijdens het traject uitvalt', en: 'Chance that the client drops out during the trajectory' },
  adverse: true,
  studyGroup: 'control',
  population: {
    nl: 'Bijstandscliënten in selectie en directe bemiddeling naar werkgevers (controlegroep)',
    en: 'Welfare clients in selection and direct mediation to employers (control group)',
  },
  baseRate: { events: 62, total: 118, citation: { source: 'tno2013', where: 'appendix 1: of 118 with consent, 62 dropped out during the trajectory' } },
  weights: [factor('ladderPosition', { publishedOddsRatio: 0.69, significance: '***', citation: T14, mean: C.ladderPosition, action: ACTIONS.smallerSteps })],
  mainFactors: ['ladderPosition'],
  attentionPoints: [
    // The source notes this univariate effect runs against expectation (a better attitude, more dropout).
    factor('workAttitude', { publishedOddsRatio: 1.71, significance: '*', citation: { source: 'tno2013', where: 'table 14 (univariate) and §4.1' }, mean: C.workAttitude, action: null }),
  ],
  bands: RELATIVE_BANDS,
  excluded: [
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'In het gepubliceerde model, niet significant (OR 1,87).', en: 'In the published model, not significant (OR 1.87).' },
      why: PROTECTED_WHY,
    },
  ],
  limits: [
    { nl: 'Slechts 73 cliënten in de multivariate analyse.', en: 'Only 73 clients in the multivariate analysis.' },
    {
      nl: 'Het verband met houding ten opzichte van werk is tegengesteld aan de verwachting; de bron kan het niet verklaren.',
      en: 'The link with attitude towards work runs against expectation; the source cannot explain it.',
    },
  ],
  citation: T14,
};
