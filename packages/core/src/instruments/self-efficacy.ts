import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoFootnote, tnoNorms, meanOfAnswered } from './tno.js';

const TNO_FOOTNOTE_46 = tnoFootnote(46);

/**
 * Self-efficacy m.b.t. werken: belief in one's own ability to do well as an employee and to find work
 * (TNO 2013, appendix 2, after Ellis & Taylor 1983 and Van Ryn & Vinokur 1992; five items).
 * The study's item wordings are proprietary; these statements are Trede's own.
 */
export const selfEfficacy = defineInstrument({
  id: 'self-efficacy',
  version: '1.0.0',
  title: { nl: 'Vertrouwen in eigen kunnen bij werk', en: 'Work-related self-efficacy' },
  description: {
    nl: 'Vijf stellingen over het vertrouwen van de cliënt dat hij of zij goed kan werken en werk kan vinden.',
    en: 'Five statements on how confident the client is of working well and of finding work.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de schaal volgt TNO 2013, bijlage 2.',
    en: "Trede's own wording; the scale follows TNO 2013, appendix 2.",
  },
  responseScale: AGREE_5,
  items: [
    { id: 'se.1', type: 'scale', text: { nl: 'Ik kan de taken die een werkgever mij geeft goed uitvoeren.', en: 'I can carry out the tasks an employer gives me well.' } },
    { id: 'se.2', type: 'scale', text: { nl: 'Op een nieuwe werkplek vind ik snel mijn draai.', en: 'I quickly find my feet at a new workplace.' } },
    { id: 'se.3', type: 'scale', text: { nl: 'In een sollicitatiegesprek kan ik laten zien wat ik te bieden heb.', en: 'In a job interview, I can show what I have to offer.' } },
    { id: 'se.4', type: 'scale', text: { nl: 'Ik weet hoe ik vacatures vind die bij mij passen.', en: 'I know how to find vacancies that suit me.' } },
    { id: 'se.5', type: 'scale', text: { nl: 'Ook na een afwijzing houd ik vertrouwen dat ik werk kan vinden.', en: 'Even after a rejection, I stay confident that I can find work.' } },
  ],
  scales: [
    {
      id: 'selfEfficacy',
      title: { nl: 'Vertrouwen in eigen kunnen bij werk', en: 'Work-related self-efficacy' },
      items: ['se.1', 'se.2', 'se.3', 'se.4', 'se.5'],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(3, 5),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.76, sd: 0.72, n: 191 }, { mean: 3.87, sd: 0.69, n: 115 }, { mean: 3.59, sd: 0.73, n: 76 }),
      reliability: { alpha: 0.92, citation: TNO_FOOTNOTE_46 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_46, TNO_TABLE_4],
});
