import { cite } from '../../instruments/sources.js';
import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { ODDS_BANDS, PROTECTED_WHY, type ModelCard } from '../model-card.js';
import { LADDER_UNIT_LIMIT } from './shared.js';

const T8 = cite('tno2013', 'tabel 8 (interventiegroep, multivariaat, N=115)', 'table 8 (intervention group, multivariate, N=115)');
const T8_UNI = cite('tno2013', 'tabel 8 (interventiegroep, univariaat)', 'table 8 (intervention group, univariate)');
const I = MEANS.intervention;

/** Leaving benefit for work or study: a chance of something good, so a lower chance is the concern. Never a dropout risk. */
export const outflowCard: ModelCard = {
  id: 'outflow',
  version: '2.0.0',
  moment: 'outflow',
  kind: 'work',
  title: { nl: 'Kans op werk of studie', en: 'Chance of work or study' },
  outcome: { nl: 'Kans dat de cliënt de uitkering verlaat voor werk of studie', en: 'Chance that the client leaves benefit for work or study' },
  outcomeIncludes: {
    nl: 'Uitstroom uit de uitkering naar werk of studie: 18 van de 207 cliënten. Gesubsidieerd werk telt niet mee; met gesubsidieerd werk erbij waren het er 35 van de 207.',
    en: 'Leaving benefit for work or study: 18 of 207 clients. Subsidised work does not count; including subsidised work it was 35 of 207.',
  },
  studyGroup: 'intervention',
  population: {
    nl: 'Bijstandscliënten in een traject met integrale aanpak (interventiegroep)',
    en: 'Welfare clients in an integrated-approach trajectory (intervention group)',
  },
  analysed: { n: 115, organisations: 1, citation: T8 },
  baseRate: {
    events: 18,
    total: 207,
    citation: cite('tno2013', '§3.2 en tabel 6: 18 van 207 naar werk of studie', '§3.2 and table 6: 18 of 207 to work or study'),
    note: {
      nl: 'Ter vergelijking: in de controlegroep 9 van 119 (7,6%); landelijk 16,1% (2011) en 13,3% (2012).',
      en: 'For comparison: in the control group 9 of 119 (7.6%); nationally 16.1% (2011) and 13.3% (2012).',
    },
  },
  weights: [factor('ladderPosition', { publishedOddsRatio: 1.67, significance: '**', citation: T8, mean: I.ladderPosition, action: ACTIONS.nextStep })],
  mainFactors: ['ladderPosition'],
  attentionPoints: [
    factor('children', { publishedOddsRatio: 0.22, significance: '*', citation: T8_UNI, mean: I.children, action: ACTIONS.childcare, actionDoneWhen: { item: 'bg.childcareArranged', equals: true } }),
    factor('anxiety', { publishedOddsRatio: 0.65, significance: '*', citation: T8_UNI, mean: I.anxiety, action: ACTIONS.talkAboutAnxiety }),
    factor('basicCompetences', { publishedOddsRatio: 7.04, significance: '***', citation: T8_UNI, mean: I.basicCompetences, action: ACTIONS.competences }),
    factor('yearsSinceLastJob', {
      publishedOddsRatio: 0.71,
      significance: '*',
      citation: cite('tno2013', 'tabel 9 (controlegroep, univariaat)', 'table 9 (control group, univariate)'),
      mean: MEANS.control.yearsSinceLastJob,
      action: null,
    }),
  ],
  bands: ODDS_BANDS,
  disagreements: [
    {
      nl: 'Het aantal gestarte cliënten in de interventiegroep: 220 in de samenvatting, 222 in de tabellen 8 en 10. De basiskans gebruikt de 207 cliënten van wie de gemeente uitstroomgegevens leverde (§3.2, tabel 6).',
      en: 'The number of clients who started in the intervention group: 220 in the summary, 222 in tables 8 and 10. The base rate uses the 207 clients for whom the municipality supplied outflow data (§3.2, table 6).',
    },
  ],
  excluded: [
    {
      predictor: { nl: 'Geslacht', en: 'Gender' },
      finding: { nl: 'In het gepubliceerde model, niet significant (OR 0,54).', en: 'In the published model, not significant (OR 0.54).' },
      why: PROTECTED_WHY,
    },
    {
      predictor: { nl: 'Uitkeringsdagen', en: 'Benefit days' },
      finding: { nl: 'Tabel 9 (controlegroep): OR 0,01, zonder eenheid in de bron.', en: 'Table 9 (control group): OR 0.01, with no unit stated in the source.' },
      why: { nl: 'Zonder eenheid niet te gebruiken.', en: 'Unusable without a unit.' },
    },
  ],
  limits: [
    {
      nl: 'Uitstroom was zeldzaam (18 cliënten); de kans is daardoor onzeker, vooral aan de uiteinden van de ladder.',
      en: 'Outflow was rare (18 clients); the chance is therefore uncertain, especially at the ends of the ladder.',
    },
    { nl: 'Eén organisatie, 115 cliënten in de multivariate analyse.', en: 'One organisation, 115 clients in the multivariate analysis.' },
    LADDER_UNIT_LIMIT,
  ],
  citation: T8,
};
