import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoFootnote, tnoNorms, meanOfAnswered } from './tno.js';

const TNO_FOOTNOTE_44 = tnoFootnote(44);

/**
 * Gevoel van controle: how far the client feels they can influence looking for and finding work
 * (TNO 2013, appendix 2; three items). The study's item wordings are proprietary; these statements are Trede's own.
 * One statement is worded the other way round and reverse-keyed.
 */
export const control = defineInstrument({
  id: 'control',
  version: '1.0.0',
  title: { nl: 'Gevoel van controle', en: 'Sense of control' },
  description: {
    nl: 'Drie stellingen over hoeveel invloed de cliënt zelf heeft op het zoeken en vinden van werk.',
    en: 'Three statements on how much influence the client has over looking for and finding work.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de schaal volgt TNO 2013, bijlage 2. Eén stelling is omgekeerd geformuleerd en wordt omgekeerd gescoord.',
    en: "Trede's own wording; the scale follows TNO 2013, appendix 2. One statement is worded the other way round and scored in reverse.",
  },
  responseScale: AGREE_5,
  items: [
    { id: 'ctrl.1', type: 'scale', text: { nl: 'Als ik me ervoor inzet, kan ik zelf iets doen om werk te vinden.', en: 'If I put in the effort, I can do something myself to find work.' } },
    { id: 'ctrl.2', type: 'scale', text: { nl: 'Ik kan meebepalen wat voor werk ik ga doen.', en: 'I have a say in what kind of work I will do.' } },
    { id: 'ctrl.3', type: 'scale', reverse: true, text: { nl: 'Of ik werk vind, hangt vooral af van geluk of van anderen, niet van mij.', en: 'Whether I find work depends mostly on luck or on other people, not on me.' } },
  ],
  scales: [
    {
      id: 'control',
      title: { nl: 'Gevoel van controle', en: 'Sense of control' },
      items: ['ctrl.1', 'ctrl.2', 'ctrl.3'],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(2, 3),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.06, sd: 0.86, n: 334 }, { mean: 3.04, sd: 0.92, n: 137 }, { mean: 3.07, sd: 0.81, n: 197 }),
      reliability: { alpha: 0.79, citation: TNO_FOOTNOTE_44 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_44, TNO_TABLE_4],
});
