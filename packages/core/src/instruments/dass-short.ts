import { defineInstrument } from './define.js';
import { FREQUENCY_1_4 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_3, tnoFootnote, tnoNorms } from './tno.js';

const TNO_FOOTNOTE_41 = tnoFootnote(41);
const TNO_FOOTNOTE_42 = tnoFootnote(42);


/**
 * Korte DASS: the 4-item depression and 4-item anxiety subscales TNO 2013 used (Dutch DASS, de Beurs et al. 2001),
 * answered 1–4 about the past week and scored as a sum (footnote 41).
 * The source does not list which DASS items it used, and the DASS wording is not ours to reproduce:
 * these statements are Trede's own paraphrases of depression and anxiety symptoms.
 * No severity bands: the DASS-21 bands do not apply to this form (docs/evidence.md, §2 'Instruments and reliability'); compare with the norms instead.
 */
export const dassShort = defineInstrument({
  id: 'dass-short',
  version: '1.0.0',
  title: { nl: 'Depressie en angst (korte DASS)', en: 'Depression and anxiety (short DASS)' },
  description: {
    nl: 'Acht stellingen over de afgelopen week: vier over sombere gevoelens en vier over angst en spanning. De cliënt geeft aan hoe vaak iets voorkwam.',
    en: 'Eight statements about the past week: four on low mood and four on anxiety and tension. The client says how often each occurred.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; opzet, antwoordschaal en scoring volgen de korte DASS uit TNO 2013, bijlage 2 (Nederlandse DASS, de Beurs e.a. 2001). Niet de gepubliceerde DASS-tekst.',
    en: "Trede's own wording; design, response scale and scoring follow the short DASS in TNO 2013, appendix 2 (Dutch DASS, de Beurs et al. 2001). Not the published DASS text.",
  },
  responseScale: FREQUENCY_1_4,
  items: [
    { id: 'dass4.dep1', type: 'scale', text: { nl: 'Ik voelde me neerslachtig en somber.', en: 'I felt down and gloomy.' } },
    { id: 'dass4.dep2', type: 'scale', text: { nl: 'Ik kwam moeilijk in actie, ook voor dingen die ik eigenlijk wilde doen.', en: 'I struggled to get going, even for things I actually wanted to do.' } },
    { id: 'dass4.dep3', type: 'scale', text: { nl: 'De komende tijd leek me weinig goeds te brengen.', en: 'The time ahead seemed to hold little good for me.' } },
    { id: 'dass4.dep4', type: 'scale', text: { nl: 'Ik keek negatief naar mezelf als persoon.', en: 'I saw myself as a person in a negative light.' } },
    { id: 'dass4.anx1', type: 'scale', text: { nl: 'Ik voelde me angstig zonder dat ik wist waarom.', en: 'I felt anxious without knowing why.' } },
    { id: 'dass4.anx2', type: 'scale', text: { nl: 'Mijn hart ging tekeer, ook als ik rustig zat.', en: 'My heart was racing, even when I was sitting still.' } },
    { id: 'dass4.anx3', type: 'scale', text: { nl: 'Mijn handen of mijn lichaam trilden van de spanning.', en: 'My hands or my body shook with tension.' } },
    { id: 'dass4.anx4', type: 'scale', text: { nl: 'Ik ging plekken of situaties uit de weg omdat ik bang was de controle over mezelf te verliezen.', en: 'I avoided places or situations because I was afraid of losing control of myself.' } },
  ],
  scales: [
    {
      id: 'dassDepression',
      title: { nl: 'Depressieve klachten', en: 'Depressive symptoms' },
      items: ['dass4.dep1', 'dass4.dep2', 'dass4.dep3', 'dass4.dep4'],
      scoring: { kind: 'sum' },
      missing: {
        minAnswered: 3,
        prorate: true,
        why: {
          nl: 'Trede-regel: somscore met minstens 3 van de 4 items beantwoord; bij 3 items wordt de som opgehoogd naar 4 items.',
          en: 'Trede rule: sum score with at least 3 of 4 items answered; with 3 items the sum is prorated to 4 items.',
        },
      },
      range: { min: 4, max: 16 },
      higherIs: 'worse',
      norms: tnoNorms(TNO_TABLE_3, { mean: 7.1, sd: 2.74, n: 338 }, { mean: 6.92, sd: 2.7, n: 137 }, { mean: 7.23, sd: 2.77, n: 201 }),
      reliability: { alpha: 0.84, citation: TNO_FOOTNOTE_42 },
    },
    {
      id: 'dassAnxiety',
      title: { nl: 'Angstklachten', en: 'Anxiety symptoms' },
      items: ['dass4.anx1', 'dass4.anx2', 'dass4.anx3', 'dass4.anx4'],
      scoring: { kind: 'sum' },
      missing: {
        minAnswered: 3,
        prorate: true,
        why: {
          nl: 'Trede-regel: somscore met minstens 3 van de 4 items beantwoord; bij 3 items wordt de som opgehoogd naar 4 items.',
          en: 'Trede rule: sum score with at least 3 of 4 items answered; with 3 items the sum is prorated to 4 items.',
        },
      },
      range: { min: 4, max: 16 },
      higherIs: 'worse',
      norms: tnoNorms(TNO_TABLE_3, { mean: 6.36, sd: 2.61, n: 338 }, { mean: 6.23, sd: 2.71, n: 137 }, { mean: 6.45, sd: 2.54, n: 201 }),
      reliability: { alpha: 0.85, citation: TNO_FOOTNOTE_42 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_41, TNO_FOOTNOTE_42, TNO_TABLE_3],
});
