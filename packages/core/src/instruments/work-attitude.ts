import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoFootnote, tnoNorms, meanOfAnswered } from './tno.js';

const TNO_FOOTNOTE_45 = tnoFootnote(45);

/**
 * Houding ten opzichte van werk: how much the client values work (TNO 2013, appendix 2; three items).
 * The study's item wordings are proprietary; these statements are Trede's own.
 * One statement is worded the other way round and reverse-keyed.
 */
export const workAttitude = defineInstrument({
  id: 'work-attitude',
  version: '1.0.0',
  title: { nl: 'Houding ten opzichte van werk', en: 'Attitude towards work' },
  description: {
    nl: 'Drie stellingen over hoe belangrijk werk is voor de cliënt.',
    en: 'Three statements on how much work matters to the client.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de schaal volgt TNO 2013, bijlage 2. Eén stelling is omgekeerd geformuleerd en wordt omgekeerd gescoord.',
    en: "Trede's own wording; the scale follows TNO 2013, appendix 2. One statement is worded the other way round and scored in reverse.",
  },
  responseScale: AGREE_5,
  items: [
    { id: 'att.1', type: 'scale', text: { nl: 'Werk geeft mijn leven structuur en betekenis.', en: 'Work gives my life structure and meaning.' } },
    { id: 'att.2', type: 'scale', text: { nl: 'Ik vind het belangrijk om mijn eigen geld te verdienen.', en: 'Earning my own money matters to me.' } },
    { id: 'att.3', type: 'scale', reverse: true, text: { nl: 'Als het aan mij lag, zou ik liever helemaal niet werken.', en: 'If it were up to me, I would rather not work at all.' } },
  ],
  scales: [
    {
      id: 'workAttitude',
      title: { nl: 'Houding ten opzichte van werk', en: 'Attitude towards work' },
      items: ['att.1', 'att.2', 'att.3'],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(2, 3),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.92, sd: 0.75, n: 334 }, { mean: 3.92, sd: 0.92, n: 137 }, { mean: 3.91, sd: 0.62, n: 197 }),
      reliability: { alpha: 0.91, citation: TNO_FOOTNOTE_45 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_45, TNO_TABLE_4],
});
