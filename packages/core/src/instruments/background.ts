import { defineInstrument } from './define.js';
import { TNO_APPENDIX_2, TNO_TABLE_3, TNO_TABLE_4, tnoNorms } from './tno.js';
import type { Text } from '../i18n/text.js';
import type { EnableWhen, MissingRule } from './types.js';



const SINGLE_ITEM: MissingRule = {
  minAnswered: 1,
  prorate: false,
  why: {
    nl: 'Trede-regel: één vraag; zonder antwoord is er geen score.',
    en: 'Trede rule: a single question; no answer means no score.',
  },
};

const YEARS: Text = { nl: 'jaar', en: 'years' };

/** The questions about the youngest child and childcare only mean something for a client with children. */
const HAS_CHILDREN: EnableWhen = { question: 'bg.children', operator: '=', answer: true };

/**
 * Achtergrond: facts about the client's situation (TNO 2013, appendix 2 and appendix 3, tables 3 and 4).
 * Single-question scales carry the study's reference values; the other answers are reported as given.
 * Ethnicity, country of birth and gender are deliberately not asked.
 */
export const background = defineInstrument({
  id: 'background',
  // 1.1.0: the youngest child's age and childcare are asked (and count) only when the client has children.
  version: '1.1.0',
  title: { nl: 'Achtergrond', en: 'Background' },
  description: {
    nl: 'Vragen over leeftijd, gezin, opleiding, werkverleden, uitkering, hulp, gezondheid en verwachtingen over werk.',
    en: 'Questions on age, family, education, work history, benefits, support, health and expectations about work.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de codering van verwachting, gezondheid en soorten begeleiding volgt TNO 2013, bijlage 2.',
    en: "Trede's own wording; the coding of expectation, health and types of support follows TNO 2013, appendix 2.",
  },
  items: [
    { id: 'bg.age', type: 'number', min: 16, max: 70, integer: true, unit: YEARS, text: { nl: 'Hoe oud bent u?', en: 'How old are you?' } },
    { id: 'bg.children', type: 'boolean', text: { nl: 'Hebt u kinderen?', en: 'Do you have children?' } },
    {
      id: 'bg.youngestChildAge',
      type: 'number',
      min: 0,
      max: 30,
      integer: true,
      unit: YEARS,
      text: { nl: 'Hoe oud is uw jongste kind?', en: 'How old is your youngest child?' },
      hint: { nl: 'Alleen invullen als de cliënt kinderen heeft.', en: 'Only fill in when the client has children.' },
      enableWhen: [HAS_CHILDREN],
    },
    {
      id: 'bg.childcareArranged',
      type: 'boolean',
      text: { nl: 'Is er opvang voor uw kinderen geregeld voor de uren dat u werkt?', en: 'Is care for your children arranged for the hours you work?' },
      hint: { nl: 'Alleen vragen als er kinderen zijn die opvang of toezicht nodig hebben.', en: 'Only ask when there are children who need care or supervision.' },
      enableWhen: [HAS_CHILDREN],
    },
    { id: 'bg.partner', type: 'boolean', text: { nl: 'Hebt u een vaste partner?', en: 'Do you have a steady partner?' } },
    {
      id: 'bg.startkwalificatie',
      type: 'boolean',
      text: { nl: 'Hebt u een startkwalificatie?', en: 'Do you have a basic qualification (startkwalificatie)?' },
      hint: {
        nl: 'Een startkwalificatie is een diploma havo of vwo, of een mbo-diploma op niveau 2 of hoger.',
        en: 'A startkwalificatie is a havo or vwo diploma, or a vocational (mbo) diploma at level 2 or higher.',
      },
    },
    {
      id: 'bg.education',
      type: 'choice',
      text: { nl: 'Wat is de hoogste opleiding waarvoor u een diploma hebt?', en: 'What is the highest level of education for which you have a diploma?' },
      hint: { nl: 'Diploma uit het buitenland: kies het Nederlandse niveau dat er het dichtst bij komt.', en: 'Diploma from abroad: choose the nearest Dutch level.' },
      options: [
        { value: 'none', label: { nl: 'Geen diploma', en: 'No diploma' } },
        { value: 'primary', label: { nl: 'Basisschool', en: 'Primary school' } },
        { value: 'vmbo', label: { nl: 'Vmbo, mavo of lbo', en: 'Pre-vocational secondary (vmbo, mavo, lbo)' } },
        { value: 'mbo1', label: { nl: 'Mbo niveau 1 (entreeopleiding)', en: 'Vocational level 1 (entry course)' } },
        { value: 'mbo2-4', label: { nl: 'Mbo niveau 2, 3 of 4', en: 'Vocational level 2, 3 or 4' } },
        { value: 'havo-vwo', label: { nl: 'Havo of vwo', en: 'Senior general secondary or pre-university (havo, vwo)' } },
        { value: 'hbo-wo', label: { nl: 'Hbo of universiteit', en: 'Higher professional education or university (hbo, wo)' } },
      ],
    },
    {
      id: 'bg.yearsSinceLastJob',
      type: 'number',
      min: 0,
      max: 50,
      integer: false,
      unit: YEARS,
      text: { nl: 'Hoeveel jaar is het geleden dat u voor het laatst betaald werk had?', en: 'How many years ago did you last have paid work?' },
      hint: {
        nl: '0 = heeft nu betaald werk. Halve jaren mogen, bijvoorbeeld 1,5. Nooit betaald gewerkt: laat de vraag leeg; er komt dan geen score.',
        en: '0 = in paid work now. Half years are fine, e.g. 1.5. Never had paid work: leave the question empty; there is then no score.',
      },
    },
    {
      id: 'bg.benefitMonths',
      type: 'number',
      min: 0,
      max: 600,
      integer: true,
      unit: { nl: 'maanden', en: 'months' },
      text: { nl: 'Hoeveel maanden hebt u nu een uitkering?', en: 'For how many months have you been receiving benefits?' },
      hint: { nl: 'Tel de maanden van de huidige uitkeringsperiode tot nu.', en: 'Count the months of the current benefit period up to now.' },
    },
    {
      id: 'bg.support',
      type: 'multi',
      text: { nl: 'Van wie krijgt u op dit moment hulp of begeleiding?', en: 'From whom do you currently get help or support?' },
      hint: {
        nl: 'Meerdere antwoorden mogelijk. Krijgt de cliënt geen hulp, kies dan ‘Geen’; een lege lijst telt als niet beantwoord.',
        en: 'More than one answer allowed. If the client gets no help, choose "None"; an empty list counts as unanswered.',
      },
      options: [
        { value: 'sw-company', label: { nl: 'Sociale werkvoorziening (SW-bedrijf)', en: 'Sheltered employment company (SW)' } },
        { value: 'reintegration', label: { nl: 'Re-integratiebedrijf', en: 'Re-integration provider' } },
        { value: 'mental-health', label: { nl: 'GGZ of psychologische hulp', en: 'Mental health care or psychological help' } },
        { value: 'debt-counselling', label: { nl: 'Schuldhulpverlening', en: 'Debt counselling' } },
        { value: 'social-work', label: { nl: 'Maatschappelijk werk', en: 'Social work' } },
        { value: 'addiction-care', label: { nl: 'Verslavingszorg', en: 'Addiction care' } },
        { value: 'occupational-physician', label: { nl: 'Bedrijfsarts', en: 'Occupational physician' } },
        { value: 'gp', label: { nl: 'Huisarts', en: 'General practitioner' } },
        { value: 'other', label: { nl: 'Andere hulp', en: 'Other help' } },
        { value: 'none', label: { nl: 'Geen', en: 'None' } },
      ],
    },
    {
      id: 'bg.workExpectation',
      type: 'choice',
      text: { nl: 'Hoe lang duurt het volgens u nog voordat u weer betaald werk kunt doen?', en: 'In your view, how long will it be before you can do paid work again?' },
      hint: { nl: 'Codes 1–7 zoals in TNO 2013, bijlage 2; ‘Weet ik niet’ is code 7.', en: 'Codes 1–7 as in TNO 2013, appendix 2; "Don\'t know" is code 7.' },
      options: [
        { value: 1, label: { nl: 'Binnen een half jaar', en: 'Within six months' } },
        { value: 2, label: { nl: 'Binnen een jaar', en: 'Within a year' } },
        { value: 3, label: { nl: 'Binnen twee jaar', en: 'Within two years' } },
        { value: 4, label: { nl: 'Over meer dan twee jaar, maar binnen vijf jaar', en: 'In more than two years, but within five' } },
        { value: 5, label: { nl: 'Over meer dan vijf jaar', en: 'In more than five years' } },
        { value: 6, label: { nl: 'Nooit', en: 'Never' } },
        { value: 7, label: { nl: 'Weet ik niet', en: "Don't know" } },
      ],
    },
    {
      id: 'bg.health',
      type: 'choice',
      text: { nl: 'Vindt u dat u op dit moment een goede gezondheid hebt?', en: 'Would you say your health is good at the moment?' },
      options: [
        { value: 0, label: { nl: 'Nee', en: 'No' } },
        { value: 1, label: { nl: 'Redelijk', en: 'Fairly' } },
        { value: 2, label: { nl: 'Ja', en: 'Yes' } },
      ],
    },
    { id: 'bg.relevantExperience', type: 'boolean', text: { nl: 'Hebt u werkervaring in het soort werk dat u zoekt?', en: 'Do you have work experience in the kind of work you are looking for?' } },
    {
      id: 'bg.activeAtEmployer',
      type: 'boolean',
      text: { nl: 'Bent u nu actief bij een werkgever, bijvoorbeeld op een participatieplaats of als vrijwilliger?', en: 'Are you currently active at an employer, for example in a participation placement or as a volunteer?' },
    },
    {
      id: 'bg.languageSupport',
      type: 'boolean',
      text: { nl: 'Hebt u hulp nodig met de Nederlandse taal (spreken, lezen of schrijven)?', en: 'Do you need help with the Dutch language (speaking, reading or writing)?' },
    },
  ],
  scales: [
    {
      id: 'age',
      title: { nl: 'Leeftijd', en: 'Age' },
      items: ['bg.age'],
      scoring: { kind: 'value' },
      missing: SINGLE_ITEM,
      range: { min: 16, max: 70 },
      higherIs: 'neutral',
      norms: tnoNorms(TNO_TABLE_3, { mean: 39.5, sd: 9.75, n: 342 }, { mean: 40.1, sd: 9.12, n: 137 }, { mean: 39.1, sd: 10.2, n: 205 }),
    },
    {
      id: 'ageYoungestChild',
      title: { nl: 'Leeftijd jongste kind', en: 'Age of youngest child' },
      items: ['bg.youngestChildAge'],
      scoring: { kind: 'value' },
      missing: SINGLE_ITEM,
      range: { min: 0, max: 30 },
      higherIs: 'neutral',
      norms: tnoNorms(TNO_TABLE_3, { mean: 10.4, sd: 7.93, n: 143 }, { mean: 8.92, sd: 7.78, n: 59 }, { mean: 11.5, sd: 7.92, n: 84 }, { nl: 'Bijstandscliënten met kinderen bij twee re-integratiebedrijven', en: 'Welfare clients with children at two re-integration providers' }),
    },
    {
      id: 'health',
      title: { nl: 'Ervaren gezondheid', en: 'Perceived health' },
      items: ['bg.health'],
      scoring: { kind: 'value' },
      missing: SINGLE_ITEM,
      range: { min: 0, max: 2 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_3, { mean: 1.18, sd: 0.75, n: 342 }, { mean: 1.26, sd: 0.75, n: 137 }, { mean: 1.12, sd: 0.75, n: 205 }),
    },
    {
      id: 'workExpectation',
      title: { nl: 'Verwachting over weer aan het werk gaan', en: 'Expected return to paid work' },
      items: ['bg.workExpectation'],
      scoring: { kind: 'value' },
      missing: SINGLE_ITEM,
      range: { min: 1, max: 7 },
      higherIs: 'worse',
      norms: tnoNorms(TNO_TABLE_4, { mean: 1.34, sd: 0.77, n: 195 }, { mean: 1.39, sd: 0.8, n: 82 }, { mean: 1.3, sd: 0.75, n: 113 }),
    },
    {
      id: 'yearsSinceLastJob',
      title: { nl: 'Jaren sinds laatste betaalde baan', en: 'Years since last paid job' },
      items: ['bg.yearsSinceLastJob'],
      scoring: { kind: 'value' },
      missing: SINGLE_ITEM,
      range: { min: 0, max: 50 },
      higherIs: 'worse',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.96, sd: 5.81, n: 293 }, { mean: 3.97, sd: 4.85, n: 114 }, { mean: 3.96, sd: 6.36, n: 179 }),
    },
    {
      id: 'supportTypes',
      title: { nl: 'Aantal soorten hulp of begeleiding', en: 'Number of types of support' },
      items: ['bg.support'],
      scoring: { kind: 'count', exclude: ['none'] },
      missing: SINGLE_ITEM,
      range: { min: 0, max: 9 },
      higherIs: 'neutral',
      norms: tnoNorms(TNO_TABLE_4, { mean: 1.81, sd: 1.1, n: 194 }, { mean: 1.65, sd: 1.04, n: 118 }, { mean: 2.05, sd: 1.14, n: 76 }),
    },
    {
      id: 'benefitDays',
      title: { nl: 'Uitkeringsdagen', en: 'Benefit days' },
      items: ['bg.benefitMonths'],
      // Days per average calendar month (365.25 / 12).
      scoring: { kind: 'value', multiplier: 30.4375 },
      missing: SINGLE_ITEM,
      range: { min: 0, max: 18262.5 },
      higherIs: 'worse',
      norms: {
        citation: TNO_TABLE_4,
        population: {
          nl: 'Bijstandscliënten bij twee re-integratiebedrijven; dagen in de uitkeringsperiode waarin het traject begon, tot het einde van de onderzoeksperiode',
          en: 'Welfare clients at two re-integration providers; days in the benefit period in which the trajectory started, up to the end of the study period',
        },
        groups: {
          total: { mean: 606.6, sd: 623.0, n: 269 },
          control: { mean: 570.0, sd: 370.3, n: 119 },
          intervention: { mean: 635.7, sd: 766.5, n: 150 },
        },
      },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_TABLE_3, TNO_TABLE_4],
});
