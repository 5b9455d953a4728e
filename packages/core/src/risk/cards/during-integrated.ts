import { cite } from '../../instruments/sources.js';
import { ACTIONS } from '../actions.js';
import { MEANS, factor } from '../factors.js';
import { ODDS_BANDS, PROTECTED_WHY, type ModelCard } from '../model-card.js';
import { LADDER_UNIT_LIMIT } from './shared.js';

const T12 = cite('tno2013', 'tabel 12 (interventiegroep, multivariaat, N=103)', 'table 12 (intervention group, multivariate, N=103)');
const T12_UNI = cite('tno2013', 'tabel 12 (interventiegroep, univariaat)', 'table 12 (intervention group, univariate)');
const TRIAL = cite('tno2013', '§3.4.1 (interventiegroep, proefplaatsing, univariaat)', '§3.4.1 (intervention group, trial placement, univariate)');
const I = MEANS.intervention;
const TRIAL_PHASE = { nl: 'proefplaatsing', en: 'trial placement' };

/** Dropout during the trajectory where work and care are combined (assessment phase of the interventiegroep). */
export const duringIntegratedCard: ModelCard = {
  id: 'during-integrated',
  version: '2.0.0',
  moment: 'during',
  kind: 'dropout',
  title: { nl: 'Uitval tijdens het traject (integrale aanpak)', en: 'Dropout during the trajectory (integrated approach)' },
  outcome: { nl: 'Kans dat de cliënt tijdens het traject uitvalt', en: 'Chance that the client drops out during the trajectory' },
  outcomeIncludes: {
    nl: 'Uitval in de assessmentfase: van de 109 uitvallers werden er 77 doorverwezen naar zorg (‘advies zorg’), wat de bron een mogelijke tussenstap noemt; 17 vielen uit om motivatie of houding, 3 uit gebrek aan interesse, 12 om een andere reden. Uitval betekent hier dus vaak: eerst zorg.',
    en: 'Dropout in the assessment phase: of the 109 dropouts, 77 were referred to care (‘advies zorg’), which the source calls a possible intermediate step; 17 dropped out over motivation or attitude, 3 for lack of interest, 12 for another reason. Dropout here therefore often means: care first.',
  },
  studyGroup: 'intervention',
  population: {
    nl: 'Bijstandscliënten in een traject binnen een SW-bedrijf, met een zorgnetwerk van GGZ, maatschappelijk werk, verslavingszorg en reclassering (interventiegroep), assessmentfase',
    en: 'Welfare clients in a trajectory inside a sheltered-work company, with a care network of mental-health care, social work, addiction care and probation (intervention group), assessment phase',
  },
  analysed: { n: 103, organisations: 1, citation: T12 },
  baseRate: {
    events: 109,
    total: 222,
    citation: cite('tno2013', 'tabel 10 (assessmentfase: 222 ingestroomd, 109 uitgevallen); redenen in tabel 11', 'table 10 (assessment phase: 222 in, 109 dropped out); reasons in table 11'),
  },
  weights: [factor('anxiety', { publishedOddsRatio: 1.34, significance: '*', citation: T12, mean: I.anxiety, action: ACTIONS.talkAboutAnxiety })],
  mainFactors: ['anxiety'],
  attentionPoints: [
    factor('ageYoungestChild', { publishedOddsRatio: 1.07, significance: '*', citation: T12_UNI, mean: I.ageYoungestChild, action: null }),
    factor('supportTypes', { publishedOddsRatio: 1.91, significance: '**', citation: T12_UNI, mean: I.supportTypes, action: null }),
    factor('health', { publishedOddsRatio: 0.47, significance: '***', citation: T12_UNI, mean: I.health, action: ACTIONS.health }),
    factor('depression', { publishedOddsRatio: 1.34, significance: '**', citation: T12_UNI, mean: I.depression, action: null }),
    factor('workAttitude', { publishedOddsRatio: 0.59, significance: '**', citation: T12_UNI, mean: I.workAttitude, action: null }),
    factor('basicCompetences', { publishedOddsRatio: 0.42, significance: '***', citation: T12_UNI, mean: I.basicCompetences, action: ACTIONS.competences }),
    factor('ladderPosition', { publishedOddsRatio: 0.85, significance: '**', citation: T12_UNI, mean: I.ladderPosition, action: ACTIONS.nextStep }),
    factor('responsibility', { publishedOddsRatio: 0.4, significance: '*', citation: TRIAL, mean: I.responsibility, action: ACTIONS.ownership, phase: TRIAL_PHASE }),
    factor('control', { publishedOddsRatio: 0.43, significance: '**', citation: TRIAL, mean: I.control, action: ACTIONS.ownership, phase: TRIAL_PHASE }),
  ],
  bands: ODDS_BANDS,
  disagreements: [
    {
      nl: 'Het aantal uitvallers verschilt: 110 in bijlage 1, tegen 109 in de assessmentfase plus 17 en 1 later (tabel 10). Ook het aantal gestarte cliënten: 220 in de samenvatting, 222 in de tabellen 8 en 10. Trede rekent met tabel 10: 109 van 222.',
      en: 'The number of dropouts differs: 110 in appendix 1, against 109 in the assessment phase plus 17 and 1 later (table 10). So does the number who started: 220 in the summary, 222 in tables 8 and 10. Trede uses table 10: 109 of 222.',
    },
  ],
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
    {
      predictor: { nl: 'Uitkeringsdagen en trajectdagen', en: 'Benefit days and trajectory days' },
      finding: {
        nl: 'Univariaat significant, maar met OR 1,00 per dag: geen bruikbare effectgrootte.',
        en: 'Univariately significant, but with OR 1.00 per day: no usable effect size.',
      },
      why: { nl: 'Daarom niet gebruikt.', en: 'Therefore not used.' },
    },
  ],
  limits: [
    {
      nl: 'Het gewicht voor angst is alleen significant op het 10%-niveau (p ≤ 0,10): het verband is zwak onderbouwd.',
      en: 'The anxiety weight is significant at the 10% level only (p ≤ 0.10): the link rests on weak evidence.',
    },
    {
      nl: 'Zonder etniciteit en de andere niet-significante variabelen is dit niet het volledige gepubliceerde model; het effect van angst kan daardoor iets anders uitvallen.',
      en: 'Without ethnicity and the other non-significant variables this is not the full published model; the effect of anxiety may differ somewhat.',
    },
    {
      nl: 'Het verband tussen angst en uitval is binnen de integrale aanpak gevonden; het zegt niet dat een integrale aanpak angstige cliënten helpt (de uitstroom van beide aanpakken verschilde niet: 8,7% tegen 7,6%).',
      en: 'The link between anxiety and dropout was found within the integrated approach; it does not say that an integrated approach helps anxious clients (the outflow of the two approaches did not differ: 8.7% against 7.6%).',
    },
    {
      nl: 'Angst werd gemeten met de korte DASS (4–16); een DASS-21-score wordt alleen bij benadering omgerekend.',
      en: 'Anxiety was measured with the short DASS (4–16); a DASS-21 score is only mapped approximately.',
    },
    { nl: 'Eén organisatie, 103 cliënten in de multivariate analyse.', en: 'One organisation, 103 clients in the multivariate analysis.' },
    LADDER_UNIT_LIMIT,
  ],
  citation: T12,
};
