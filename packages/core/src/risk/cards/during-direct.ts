import { cite } from '../../instruments/sources.js';
import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { ODDS_BANDS, PROTECTED_WHY, type ModelCard } from '../model-card.js';
import { LADDER_UNIT_LIMIT } from './shared.js';

const T14 = cite('tno2013', 'tabel 14 (controlegroep, multivariaat, N=73)', 'table 14 (control group, multivariate, N=73)');
const C = MEANS.control;

/** Dropout during the trajectory where clients are selected at the gate and mediated directly to employers. */
export const duringDirectCard: ModelCard = {
  id: 'during-direct',
  version: '2.0.0',
  moment: 'during',
  kind: 'dropout',
  title: { nl: 'Uitval tijdens het traject (directe bemiddeling)', en: 'Dropout during the trajectory (direct mediation)' },
  outcome: { nl: 'Kans dat de cliënt tijdens het traject uitvalt', en: 'Chance that the client drops out during the trajectory' },
  outcomeIncludes: {
    nl: 'Elk einde van het traject zonder plaatsing: van de 62 uitvallers vonden er 5 zelf regulier werk en gingen er 13 naar een actiefstage; 28 stopten met het traject, 12 werden teruggemeld naar de gemeente, 4 om een andere reden. Uitval is hier dus niet altijd een slecht einde.',
    en: 'Every end of the trajectory without a placement: of the 62 dropouts, 5 found regular work themselves and 13 moved to an actiefstage (activation placement); 28 left the trajectory, 12 were referred back to the municipality, 4 for another reason. Dropout is therefore not always a bad ending here.',
  },
  studyGroup: 'control',
  population: {
    nl: 'Bijstandscliënten in selectie en directe bemiddeling naar werkgevers (controlegroep)',
    en: 'Welfare clients in selection and direct mediation to employers (control group)',
  },
  analysed: { n: 73, organisations: 1, citation: T14 },
  baseRate: {
    events: 62,
    total: 118,
    citation: cite('tno2013', 'bijlage 1: van de 118 met toestemming vielen er 62 uit tijdens het traject; redenen in tabel 18', 'appendix 1: of 118 with consent, 62 dropped out during the trajectory; reasons in table 18'),
  },
  weights: [factor('ladderPosition', { publishedOddsRatio: 0.69, significance: '***', citation: T14, mean: C.ladderPosition, action: ACTIONS.nextStep })],
  mainFactors: ['ladderPosition'],
  attentionPoints: [
    // The source notes this univariate effect runs against expectation (a better attitude, more dropout).
    factor('workAttitude', { publishedOddsRatio: 1.71, significance: '*', citation: cite('tno2013', 'tabel 14 (univariaat) en §4.1', 'table 14 (univariate) and §4.1'), mean: C.workAttitude, action: null }),
  ],
  bands: ODDS_BANDS,
  disagreements: [
    {
      nl: '119 cliënten begonnen (§3.4.2), 118 gaven toestemming voor het onderzoek (bijlage 1). Trede rekent met de 118 van bijlage 1, waarin de 62 uitvallers geteld zijn.',
      en: '119 clients started (§3.4.2), 118 gave consent to the study (appendix 1). Trede uses the 118 of appendix 1, in which the 62 dropouts are counted.',
    },
  ],
  excluded: [
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'In het gepubliceerde model, niet significant (OR 1,87).', en: 'In the published model, not significant (OR 1.87).' },
      why: PROTECTED_WHY,
    },
  ],
  limits: [
    { nl: 'Eén organisatie, slechts 73 cliënten in de multivariate analyse.', en: 'One organisation, only 73 clients in the multivariate analysis.' },
    LADDER_UNIT_LIMIT,
    {
      nl: 'Het verband met houding ten opzichte van werk is tegengesteld aan de verwachting; de bron kan het niet verklaren.',
      en: 'The link with attitude towards work runs against expectation; the source cannot explain it.',
    },
  ],
  citation: T14,
};
