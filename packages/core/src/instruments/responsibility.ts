import { AGREE_5 } from './response-scales.js';
import type { Citation, InstrumentDefinition } from './types.js';

const TNO_APPENDIX_2: Citation = { source: 'tno2013', where: 'appendix 2, Meetinstrumenten' };
const TNO_FOOTNOTE_43: Citation = { source: 'tno2013', where: 'appendix 2, footnote 43' };
const TNO_TABLE_4: Citation = { source: 'tno2013', where: 'appendix 3, table 4' };

/**
 * Gevoel van verantwoordelijkheid: how far the client feels it is up to them to look for and find work
 * (TNO 2013, appendix 2; two items). The study's item wordings are proprietary; these statements are Trede's own.
 */
export const responsibility: InstrumentDefinition = {
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
      missing: {
        minAnswered: 2,
        prorate: false,
        why: {
          nl: 'Trede-regel: gemiddelde over de beantwoorde items, met beide items beantwoord (bij twee items is één antwoord te weinig voor een schaalscore).',
          en: 'Trede rule: mean over the answered items, with both items answered (with two items, one answer is too little for a scale score).',
        },
      },
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: {
        citation: TNO_TABLE_4,
        population: { nl: 'Bijstandscliënten bij twee re-integratiebedrijven', en: 'Welfare clients at two re-integration providers' },
        groups: {
          total: { mean: 3.37, sd: 0.93, n: 334 },
          control: { mean: 2.98, sd: 0.99, n: 137 },
          intervention: { mean: 3.64, sd: 0.78, n: 197 },
        },
      },
      reliability: { alpha: 0.84, citation: TNO_FOOTNOTE_43 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_43, TNO_TABLE_4],
};
