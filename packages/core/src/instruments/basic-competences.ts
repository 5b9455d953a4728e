import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoNorms, meanOfAnswered } from './tno.js';


/**
 * Basiscompetenties: one self-report statement per competence (TNO 2013, appendix 2).
 * The study's item wordings are proprietary; these statements are Trede's own.
 */
export const basicCompetences = defineInstrument({
  id: 'basic-competences',
  version: '1.0.0',
  title: { nl: 'Basiscompetenties', en: 'Basic work competences' },
  description: {
    nl: 'Tien basisvaardigheden voor werk, elk met één stelling die de cliënt over zichzelf beoordeelt.',
    en: 'Ten basic work skills, each rated by the client with one statement about themselves.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de competenties volgen TNO 2013, bijlage 2.',
    en: "Trede's own wording; the competences follow TNO 2013, appendix 2.",
  },
  responseScale: AGREE_5,
  items: [
    { id: 'bc.stress', type: 'scale', text: { nl: 'Als er veel tegelijk gebeurt of plannen veranderen, blijf ik rustig en pas ik me aan.', en: 'When a lot happens at once or plans change, I stay calm and adapt.' } },
    { id: 'bc.teamwork', type: 'scale', text: { nl: 'Ik werk prettig samen met anderen en help collega’s als dat nodig is.', en: 'I work well with others and help colleagues when needed.' } },
    { id: 'bc.independence', type: 'scale', text: { nl: 'Ik kan een taak oppakken zonder dat iemand steeds meekijkt.', en: 'I can take on a task without someone checking on me all the time.' } },
    { id: 'bc.commitments', type: 'scale', text: { nl: 'Als ik iets heb afgesproken, dan doe ik het ook, en op tijd.', en: 'When I have agreed to something, I do it, and on time.' } },
    { id: 'bc.learning', type: 'scale', text: { nl: 'Nieuwe dingen leer ik snel als ik ze een paar keer heb gedaan.', en: 'I pick up new things quickly once I have done them a few times.' } },
    { id: 'bc.workRelations', type: 'scale', text: { nl: 'Ik weet hoe ik me op een werkplek opstel tegenover een leidinggevende en collega’s.', en: 'I know how to conduct myself towards a manager and colleagues at work.' } },
    { id: 'bc.productivity', type: 'scale', text: { nl: 'Ik kan een flinke hoeveelheid werk in een redelijk tempo afmaken.', en: 'I can finish a good amount of work at a reasonable pace.' } },
    { id: 'bc.accuracy', type: 'scale', text: { nl: 'Ik werk zorgvuldig en controleer mijn werk op fouten.', en: 'I work carefully and check my work for mistakes.' } },
    { id: 'bc.communication', type: 'scale', text: { nl: 'Ik kan duidelijk uitleggen wat ik bedoel en vraag door als ik iets niet begrijp.', en: 'I can explain clearly what I mean and ask when I do not understand something.' } },
    { id: 'bc.perseverance', type: 'scale', text: { nl: 'Als iets tegenzit, ga ik toch door tot het af is.', en: 'When things get difficult, I keep going until the job is done.' } },
  ],
  scales: [
    {
      id: 'basicCompetences',
      title: { nl: 'Basiscompetenties', en: 'Basic competences' },
      items: ['bc.stress', 'bc.teamwork', 'bc.independence', 'bc.commitments', 'bc.learning', 'bc.workRelations', 'bc.productivity', 'bc.accuracy', 'bc.communication', 'bc.perseverance'],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(8, 10),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.78, sd: 0.72, n: 337 }, { mean: 3.83, sd: 0.83, n: 137 }, { mean: 3.74, sd: 0.63, n: 200 }),
      reliability: { alpha: 0.92, citation: TNO_APPENDIX_2 },
    },
  ],
  citations: [TNO_APPENDIX_2],
});
