import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoFootnote, tnoNorms, meanOfAnswered } from './tno.js';

const TNO_FOOTNOTE_43 = tnoFootnote(43);

/**
 * Gevoel van verantwoordelijkheid: how far the client feels it is up to them to look for and find work
 * (TNO 2013, appendix 2; two items). The study's item wordings are proprietary; these statements are Trede's own.
 */
export const responsibility = defineInstrument({
  id: 'responsibility',
  version: '1.0.0',
  title: { nl: 'Gevoel van verantwoordelijkheid', en: 'Sense of responsibility' },
  description: {
    nl: 'Twee stellingen over hoeveel de cliënt het zoeken en vinden van werk als eigen taak ziet.',
    en: 'Two statements on how far the client sees looking for and finding work as their own task.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de schaal volgt TNO 2013, bijlage 2.',
    en: "Trede's own wording; the scale follows TNO 2013, appendix 2.",
  },
  responseScale: AGREE_5,
  items: [
    { id: 'resp.1', type: 'scale', text: { nl: 'Het is aan mij om werk te zoeken, niet alleen aan de gemeente of mijn begeleider.', en: 'It is up to me to look for work, not just to the municipality or my coach.' } },
    { id: 'resp.2', type: 'scale', text: { nl: 'Ik vind dat ik zelf de eerste stap moet zetten om aan het werk te komen.', en: 'I feel that I should take the first step myself to get into work.' } },
  ],
  scales: [
    {
      id: 'responsibility',
      title: { nl: 'Gevoel van verantwoordelijkheid', en: 'Sense of responsibility' },
      items: ['resp.1', 'resp.2'],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(2, 2),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.37, sd: 0.93, n: 334 }, { mean: 2.98, sd: 0.99, n: 137 }, { mean: 3.64, sd: 0.78, n: 197 }),
      reliability: { alpha: 0.84, citation: TNO_FOOTNOTE_43 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_43, TNO_TABLE_4],
});
