import { defineInstrument } from './define.js';
import { AGREE_5 } from './response-scales.js';
import { TNO_APPENDIX_2, TNO_TABLE_4, tnoFootnote, tnoNorms, meanOfAnswered } from './tno.js';

const TNO_FOOTNOTE_47 = tnoFootnote(47);

/**
 * Zelfsturing: how far the client steers their own trajectory: influence, goals, planning, keeping track,
 * asking for help and making choices (TNO 2013, appendix 2; 23 items).
 * The study's item wordings are proprietary; these statements are Trede's own. Four are worded the other way
 * round and reverse-keyed. Optional: 23 items is long for every intake, and the norms rest on fewer clients.
 */
export const selfDirection = defineInstrument({
  id: 'self-direction',
  version: '1.0.0',
  title: { nl: 'Zelfsturing', en: 'Self-direction' },
  description: {
    nl: 'Drieëntwintig stellingen over hoeveel de cliënt zelf richting geeft aan het traject: invloed, doelen, planning, voortgang bijhouden, hulp vragen en keuzes maken.',
    en: 'Twenty-three statements on how far the client steers their own trajectory: influence, goals, planning, keeping track of progress, asking for help and making choices.',
  },
  wording: {
    nl: 'Eigen formulering van Trede; de schaal volgt TNO 2013, bijlage 2. Vier stellingen zijn omgekeerd geformuleerd en worden omgekeerd gescoord.',
    en: "Trede's own wording; the scale follows TNO 2013, appendix 2. Four statements are worded the other way round and scored in reverse.",
  },
  optional: true,
  responseScale: AGREE_5,
  items: [
    // Influence over the trajectory
    { id: 'zs.01', type: 'scale', text: { nl: 'Ik praat mee over de stappen die in mijn traject worden gezet.', en: 'I have a say in the steps taken in my trajectory.' } },
    { id: 'zs.02', type: 'scale', text: { nl: 'Afspraken over mijn traject maken mijn begeleider en ik samen.', en: 'My coach and I make agreements about my trajectory together.' } },
    { id: 'zs.03', type: 'scale', reverse: true, text: { nl: 'Wat er in mijn traject gebeurt, wordt vooral door anderen bepaald.', en: 'What happens in my trajectory is mostly decided by others.' } },
    // Setting goals
    { id: 'zs.04', type: 'scale', text: { nl: 'Ik weet wat ik met dit traject wil bereiken.', en: 'I know what I want to achieve with this trajectory.' } },
    { id: 'zs.05', type: 'scale', text: { nl: 'Ik stel mezelf doelen voor de komende maanden.', en: 'I set myself goals for the coming months.' } },
    { id: 'zs.06', type: 'scale', text: { nl: 'Een groot doel deel ik op in kleine stappen, zodat ik weet wat ik eerst moet doen.', en: 'I split a big goal into small steps, so I know what to do first.' } },
    { id: 'zs.07', type: 'scale', text: { nl: 'Mijn doelen passen bij wat ik kan en wat ik wil.', en: 'My goals fit what I can do and what I want.' } },
    // Planning
    { id: 'zs.08', type: 'scale', text: { nl: 'Ik plan mijn week zo dat ik mijn afspraken nakom.', en: 'I plan my week so that I keep my appointments.' } },
    { id: 'zs.09', type: 'scale', text: { nl: 'Ik houd bij wat ik moet doen en wanneer, bijvoorbeeld in een agenda of op mijn telefoon.', en: 'I keep track of what I need to do and when, for example in a diary or on my phone.' } },
    { id: 'zs.10', type: 'scale', text: { nl: 'Als ik iets wil bereiken, bedenk ik vooraf hoe ik het ga aanpakken.', en: 'When I want to achieve something, I think beforehand about how to go about it.' } },
    { id: 'zs.11', type: 'scale', reverse: true, text: { nl: 'Dingen die ik moet doen, schuif ik vaak voor me uit.', en: 'I often put off things I need to do.' } },
    // Monitoring progress
    { id: 'zs.12', type: 'scale', text: { nl: 'Ik houd in de gaten hoe ver ik ben met mijn doelen.', en: 'I keep an eye on how far I have got with my goals.' } },
    { id: 'zs.13', type: 'scale', text: { nl: 'Als een aanpak niet werkt, probeer ik een andere.', en: 'When an approach does not work, I try another one.' } },
    { id: 'zs.14', type: 'scale', text: { nl: 'Ik kijk regelmatig terug op wat ik al bereikt heb.', en: 'I regularly look back on what I have already achieved.' } },
    { id: 'zs.15', type: 'scale', text: { nl: 'Ik merk het zelf als ik achterloop op mijn planning.', en: 'I notice myself when I fall behind my plan.' } },
    // Asking for help
    { id: 'zs.16', type: 'scale', text: { nl: 'Als ik vastloop, vraag ik op tijd om hulp.', en: 'When I get stuck, I ask for help in time.' } },
    { id: 'zs.17', type: 'scale', text: { nl: 'Ik weet bij wie ik terechtkan met vragen over werk of mijn traject.', en: 'I know whom to turn to with questions about work or my trajectory.' } },
    { id: 'zs.18', type: 'scale', reverse: true, text: { nl: 'Ik vind het moeilijk om anderen om hulp te vragen.', en: 'I find it hard to ask others for help.' } },
    { id: 'zs.19', type: 'scale', text: { nl: 'Ik zeg het tegen mijn begeleider als ik het ergens niet mee eens ben.', en: 'I tell my coach when I disagree with something.' } },
    // Making choices
    { id: 'zs.20', type: 'scale', text: { nl: 'Ik kies zelf welk soort werk ik wil doen.', en: 'I choose for myself what kind of work I want to do.' } },
    { id: 'zs.21', type: 'scale', text: { nl: 'Voordat ik iets kies, zet ik de voor- en nadelen op een rij.', en: 'Before I choose something, I weigh up the pros and cons.' } },
    { id: 'zs.22', type: 'scale', reverse: true, text: { nl: 'Belangrijke keuzes laat ik liever aan anderen over.', en: 'I would rather leave important choices to others.' } },
    { id: 'zs.23', type: 'scale', text: { nl: 'Ik sta achter de keuzes die ik maak, ook als ze anders uitpakken.', en: 'I stand by the choices I make, even when they turn out differently.' } },
  ],
  scales: [
    {
      id: 'selfDirection',
      title: { nl: 'Zelfsturing', en: 'Self-direction' },
      items: [
        'zs.01', 'zs.02', 'zs.03', 'zs.04', 'zs.05', 'zs.06', 'zs.07', 'zs.08', 'zs.09', 'zs.10', 'zs.11', 'zs.12',
        'zs.13', 'zs.14', 'zs.15', 'zs.16', 'zs.17', 'zs.18', 'zs.19', 'zs.20', 'zs.21', 'zs.22', 'zs.23',
      ],
      scoring: { kind: 'mean' },
      missing: meanOfAnswered(18, 23),
      range: { min: 1, max: 5 },
      higherIs: 'better',
      norms: tnoNorms(TNO_TABLE_4, { mean: 3.63, sd: 0.44, n: 189 }, { mean: 3.68, sd: 0.43, n: 113 }, { mean: 3.55, sd: 0.46, n: 76 }),
      reliability: { alpha: 0.92, citation: TNO_FOOTNOTE_47 },
    },
  ],
  citations: [TNO_APPENDIX_2, TNO_FOOTNOTE_47, TNO_TABLE_4],
});
