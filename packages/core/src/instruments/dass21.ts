import { defineInstrument } from './define.js';
import { APPLIED_0_3 } from './response-scales.js';
import { cite } from './sources.js';
import type { Citation, MissingRule } from './types.js';

const DASS_MANUAL: Citation = cite('lovibond1995', 'subschalen en scoring van de DASS-21', 'DASS-21 subscales and scoring');
const DASS_BANDS: Citation = cite('lovibond1995', 'ernstniveaus op de DASS-42-equivalente score (som × 2)', 'severity ratings on the DASS-42-equivalent score (sum × 2)');

const MISSING: MissingRule = {
  minAnswered: 6,
  prorate: true,
  why: {
    nl: 'Trede-regel: somscore met minstens 6 van de 7 items beantwoord; bij 6 items wordt de som opgehoogd naar 7 items, daarna × 2.',
    en: 'Trede rule: sum score with at least 6 of 7 items answered; with 6 items the sum is prorated to 7 items, then × 2.',
  },
};

/**
 * Full DASS-21 (Lovibond & Lovibond 1995): 21 items scored 0–3 about the past week, three subscales of 7 items.
 * Subscale sum × 2 gives the DASS-42-equivalent score on which the severity bands are defined (docs/evidence.md, §2 'Instruments and reliability').
 * Item order and subscale membership follow the DASS-21; every statement is Trede's own paraphrase of the
 * symptom the item asks about, not the published English or Dutch wording.
 */
export const dass21 = defineInstrument({
  id: 'dass21',
  version: '1.0.0',
  title: { nl: 'Depressie, angst en stress (DASS-21)', en: 'Depression, anxiety and stress (DASS-21)' },
  description: {
    nl: 'Eenentwintig stellingen over de afgelopen week, verdeeld over depressie, angst en stress. De cliënt geeft aan in hoeverre iets op hem of haar van toepassing was.',
    en: 'Twenty-one statements about the past week, covering depression, anxiety and stress. The client says how much each applied to them.',
  },
  wording: {
    nl: 'Eigen formulering van Trede per item; volgorde, subschalen, scoring en ernstniveaus volgen de DASS-21 (Lovibond & Lovibond 1995). Niet de gepubliceerde DASS-tekst.',
    en: "Trede's own wording per item; order, subscales, scoring and severity levels follow the DASS-21 (Lovibond & Lovibond 1995). Not the published DASS text.",
  },
  responseScale: APPLIED_0_3,
  items: [
    { id: 'dass21.q01', type: 'scale', text: { nl: 'Als iets me had beziggehouden, bleef ik er nog lang gespannen van.', en: 'When something had kept me busy, I stayed wound up for a long time afterwards.' } },
    { id: 'dass21.q02', type: 'scale', text: { nl: 'Ik had een droge mond van de spanning.', en: 'My mouth went dry from tension.' } },
    { id: 'dass21.q03', type: 'scale', text: { nl: 'Ik voelde me vlak; niets gaf me een goed gevoel.', en: 'I felt flat; nothing gave me a good feeling.' } },
    { id: 'dass21.q04', type: 'scale', text: { nl: 'Ik kreeg moeilijk lucht of ademde heel snel, terwijl ik niets zwaars deed.', en: 'I was short of breath or breathing very fast while doing nothing strenuous.' } },
    { id: 'dass21.q05', type: 'scale', text: { nl: 'Ik kwam moeilijk in actie, ook voor dingen die ik eigenlijk wilde doen.', en: 'I struggled to get going, even for things I actually wanted to do.' } },
    { id: 'dass21.q06', type: 'scale', text: { nl: 'Ik reageerde feller op dingen dan nodig was.', en: 'I reacted to things more strongly than was called for.' } },
    { id: 'dass21.q07', type: 'scale', text: { nl: 'Mijn handen of mijn lichaam trilden.', en: 'My hands or my body were shaking.' } },
    { id: 'dass21.q08', type: 'scale', text: { nl: 'Ik stond de hele tijd ‘aan’ en dat kostte me veel energie.', en: 'I was "switched on" all the time, and it drained my energy.' } },
    { id: 'dass21.q09', type: 'scale', text: { nl: 'Ik ging situaties uit de weg omdat ik bang was de controle over mezelf te verliezen.', en: 'I avoided situations because I was afraid of losing control of myself.' } },
    { id: 'dass21.q10', type: 'scale', text: { nl: 'De komende tijd leek me weinig goeds te brengen.', en: 'The time ahead seemed to hold little good for me.' } },
    { id: 'dass21.q11', type: 'scale', text: { nl: 'Ik werd snel onrustig en opgejaagd.', en: 'I quickly became restless and on edge.' } },
    { id: 'dass21.q12', type: 'scale', text: { nl: 'Ontspannen lukte me nauwelijks, ook als ik er de tijd voor had.', en: 'I could hardly unwind, even when I had the time.' } },
    { id: 'dass21.q13', type: 'scale', text: { nl: 'Ik voelde me neerslachtig en somber.', en: 'I felt down and gloomy.' } },
    { id: 'dass21.q14', type: 'scale', text: { nl: 'Ik ergerde me als iets of iemand me ophield bij wat ik aan het doen was.', en: 'I got annoyed when something or someone held me up in what I was doing.' } },
    { id: 'dass21.q15', type: 'scale', text: { nl: 'Er waren momenten waarop de angst me bijna overspoelde.', en: 'There were moments when fear almost overwhelmed me.' } },
    { id: 'dass21.q16', type: 'scale', text: { nl: 'Dingen die ik vroeger leuk vond, deden me nu weinig.', en: 'Things I used to enjoy did little for me now.' } },
    { id: 'dass21.q17', type: 'scale', text: { nl: 'Ik keek negatief naar mezelf als persoon.', en: 'I saw myself as a person in a negative light.' } },
    { id: 'dass21.q18', type: 'scale', text: { nl: 'Kleine opmerkingen van anderen schoten me snel in het verkeerde keelgat.', en: 'Small remarks from others quickly rubbed me the wrong way.' } },
    { id: 'dass21.q19', type: 'scale', text: { nl: 'Mijn hart ging tekeer, ook als ik rustig zat.', en: 'My heart was racing, even when I was sitting still.' } },
    { id: 'dass21.q20', type: 'scale', text: { nl: 'Ik voelde me angstig zonder dat ik wist waarom.', en: 'I felt anxious without knowing why.' } },
    { id: 'dass21.q21', type: 'scale', text: { nl: 'Ik vroeg me af waar ik het allemaal nog voor deed.', en: 'I wondered what the point of it all still was.' } },
  ],
  scales: [
    {
      id: 'dass21Depression',
      title: { nl: 'Depressie (DASS-21)', en: 'Depression (DASS-21)' },
      items: ['dass21.q03', 'dass21.q05', 'dass21.q10', 'dass21.q13', 'dass21.q16', 'dass21.q17', 'dass21.q21'],
      scoring: { kind: 'sum', multiplier: 2 },
      missing: MISSING,
      range: { min: 0, max: 42 },
      higherIs: 'worse',
      bands: {
        citation: DASS_BANDS,
        bands: [
          { id: 'normal', label: { nl: 'Normaal', en: 'Normal' }, min: 0 },
          { id: 'mild', label: { nl: 'Licht', en: 'Mild' }, min: 10 },
          { id: 'moderate', label: { nl: 'Matig', en: 'Moderate' }, min: 14 },
          { id: 'severe', label: { nl: 'Ernstig', en: 'Severe' }, min: 21 },
          { id: 'extremely-severe', label: { nl: 'Zeer ernstig', en: 'Extremely severe' }, min: 28 },
        ],
      },
    },
    {
      id: 'dass21Anxiety',
      title: { nl: 'Angst (DASS-21)', en: 'Anxiety (DASS-21)' },
      items: ['dass21.q02', 'dass21.q04', 'dass21.q07', 'dass21.q09', 'dass21.q15', 'dass21.q19', 'dass21.q20'],
      scoring: { kind: 'sum', multiplier: 2 },
      missing: MISSING,
      range: { min: 0, max: 42 },
      higherIs: 'worse',
      bands: {
        citation: DASS_BANDS,
        bands: [
          { id: 'normal', label: { nl: 'Normaal', en: 'Normal' }, min: 0 },
          { id: 'mild', label: { nl: 'Licht', en: 'Mild' }, min: 8 },
          { id: 'moderate', label: { nl: 'Matig', en: 'Moderate' }, min: 10 },
          { id: 'severe', label: { nl: 'Ernstig', en: 'Severe' }, min: 15 },
          { id: 'extremely-severe', label: { nl: 'Zeer ernstig', en: 'Extremely severe' }, min: 20 },
        ],
      },
    },
    {
      id: 'dass21Stress',
      title: { nl: 'Stress (DASS-21)', en: 'Stress (DASS-21)' },
      items: ['dass21.q01', 'dass21.q06', 'dass21.q08', 'dass21.q11', 'dass21.q12', 'dass21.q14', 'dass21.q18'],
      scoring: { kind: 'sum', multiplier: 2 },
      missing: MISSING,
      range: { min: 0, max: 42 },
      higherIs: 'worse',
      bands: {
        citation: DASS_BANDS,
        bands: [
          { id: 'normal', label: { nl: 'Normaal', en: 'Normal' }, min: 0 },
          { id: 'mild', label: { nl: 'Licht', en: 'Mild' }, min: 15 },
          { id: 'moderate', label: { nl: 'Matig', en: 'Moderate' }, min: 19 },
          { id: 'severe', label: { nl: 'Ernstig', en: 'Severe' }, min: 26 },
          { id: 'extremely-severe', label: { nl: 'Zeer ernstig', en: 'Extremely severe' }, min: 34 },
        ],
      },
    },
  ],
  citations: [DASS_MANUAL, DASS_BANDS],
});
