import { defineInstrument } from './define.js';
import { cite } from './sources.js';
import type { Citation } from './types.js';

const PILOT_CH4: Citation = cite('loondispensatie2012', 'hoofdstuk 4 (succes- en faalfactoren van 19 geanalyseerde trajecten)', 'chapter 4 (success and failure factors of 19 analysed trajectories)');
const WERKZAAM_CH4_5: Citation = cite('werkzaam', 'hoofdstukken 4 en 5 (bevindingen uit de interviews en aanbevelingen)', 'chapters 4 and 5 (interview findings and recommendations)');

/**
 * Na plaatsing: a checklist for the caseworker or jobcoach at or shortly after a placement, on what the
 * sources link to dropout after placement (docs/evidence.md, §7 'After placement': pilot loondispensatie 2012, chapter 4, and the
 * WerkPro/WerkZaam thesis). It has no scales: its checklist card (src/risk/cards/after-placement.ts) turns the answers into flags.
 * Choice items offer 'unknown' where "we do not know yet" is a real answer; the checklist treats it as not assessed.
 */
export const placement = defineInstrument({
  id: 'placement',
  version: '1.0.0',
  title: { nl: 'Na plaatsing: checklist duurzaamheid', en: 'After placement: sustainability checklist' },
  description: {
    nl: 'Vragen aan de klantmanager of jobcoach bij of kort na een plaatsing: de kandidaat, de werkgever, de afspraken en de nazorg.',
    en: 'Questions for the caseworker or jobcoach at or shortly after a placement: the candidate, the employer, the agreements and the aftercare.',
  },
  wording: {
    nl: 'Eigen formulering van Trede, gebaseerd op de succes- en faalfactoren in de evaluatie van de pilot loondispensatie (2012, hoofdstuk 4) en de interviews en aanbevelingen in het onderzoek naar nazorg bij WerkPro (WerkZaam).',
    en: "Trede's own wording, based on the success and failure factors in the evaluation of the pilot loondispensatie (2012, chapter 4) and the interviews and recommendations in the study of aftercare at WerkPro (WerkZaam).",
  },
  optional: true,
  items: [
    // The candidate
    {
      id: 'place.knownAtEmployer',
      type: 'boolean',
      text: {
        nl: 'Was de kandidaat al actief bij deze werkgever vóór de plaatsing, bijvoorbeeld op een participatieplaats of als vrijwilliger?',
        en: 'Was the candidate already active at this employer before the placement, for example in a participation placement or as a volunteer?',
      },
    },
    {
      id: 'place.motivationConcern',
      type: 'boolean',
      text: {
        nl: 'Zijn er signalen dat de kandidaat deze baan eigenlijk niet wil, bijvoorbeeld omdat hij of zij het werk niet leuk vindt, veel eisen stelt of persoonlijke problemen voorrang geeft?',
        en: 'Are there signs that the candidate does not really want this job, for example because they do not like the work, set many demands or give personal problems priority?',
      },
    },
    {
      id: 'place.combinedLimitations',
      type: 'boolean',
      text: {
        nl: 'Heeft de kandidaat zowel lichamelijke als psychische of verstandelijke beperkingen?',
        en: 'Does the candidate have both physical and psychological or intellectual limitations?',
      },
    },
    {
      id: 'place.limitationClear',
      type: 'boolean',
      text: {
        nl: 'Is duidelijk wat de beperkingen van de kandidaat zijn en wat ze betekenen voor dit werk?',
        en: 'Is it clear what the candidate’s limitations are and what they mean for this work?',
      },
      hint: {
        nl: 'Nee als niemand (ook de kandidaat niet) goed kan zeggen waardoor het werktempo of de begeleidingsbehoefte lager of hoger is.',
        en: 'No when nobody (the candidate included) can say clearly what lowers the pace of work or raises the need for guidance.',
      },
    },
    // The employer
    {
      id: 'place.employerMotive',
      type: 'choice',
      text: { nl: 'Wat is de belangrijkste reden van de werkgever om deze kandidaat aan te nemen?', en: 'What is the employer’s main reason for taking on this candidate?' },
      options: [
        { value: 'staff-need', label: { nl: 'Heeft het werk nodig (behoefte aan personeel)', en: 'Needs the work done (staff shortage)' } },
        { value: 'social', label: { nl: 'Sociale of maatschappelijke redenen', en: 'Social reasons' } },
        { value: 'lower-wage-costs', label: { nl: 'Vooral de lagere loonkosten', en: 'Mainly the lower wage costs' } },
        { value: 'unknown', label: { nl: 'Weet ik niet', en: "Don't know" } },
      ],
    },
    {
      id: 'place.employerFirstTime',
      type: 'boolean',
      text: {
        nl: 'Neemt deze werkgever voor het eerst iemand uit deze doelgroep aan?',
        en: 'Is this the employer’s first time taking on someone from this target group?',
      },
    },
    // The job and the agreements
    {
      id: 'place.inventedTasks',
      type: 'boolean',
      text: {
        nl: 'Bestaat het werk vooral uit klussen die er speciaal bij zijn bedacht en die niet echt nodig zijn?',
        en: 'Does the job consist mainly of tasks made up especially for the candidate that are not really needed?',
      },
      hint: {
        nl: 'Bedoeld is extra werk dat ook door anderen gedaan kan worden en eigenlijk niet hoeft. Een bestaande functie die is aangepast aan de kandidaat telt hier niet.',
        en: 'This means extra work that others could do as well and that does not really need doing. An existing job adapted to the candidate does not count here.',
      },
    },
    {
      id: 'place.taskAdaptations',
      type: 'boolean',
      text: {
        nl: 'Zijn er met de werkgever afspraken gemaakt over het aanpassen van de taken aan wat de kandidaat kan?',
        en: 'Have agreements been made with the employer on adapting the tasks to what the candidate can do?',
      },
      hint: {
        nl: 'Bijvoorbeeld taken die wegvallen, taken die speciaal passend worden gemaakt of rustig inwerken.',
        en: 'For example tasks that are left out, tasks made to fit, or a slow induction.',
      },
    },
    {
      id: 'place.productionDemandsFit',
      type: 'boolean',
      text: {
        nl: 'Passen de productie-eisen (tempo, hoeveelheid) bij wat de kandidaat aankan, en is dat met de werkgever besproken?',
        en: 'Do the production demands (pace, volume) fit what the candidate can handle, and has this been discussed with the employer?',
      },
    },
    {
      id: 'place.trialOrAssessment',
      type: 'boolean',
      text: {
        nl: 'Is er een proefplaatsing of een werkplekonderzoek gedaan?',
        en: 'Has there been a trial placement or a workplace assessment (werkplekonderzoek)?',
      },
    },
    {
      id: 'place.incomeVsBenefit',
      type: 'choice',
      text: {
        nl: 'Hoe verhoudt het inkomen in deze baan (loon, eventueel met loonkostensubsidie of aanvulling) zich tot de uitkering die de kandidaat had?',
        en: 'How does the income from this job (wage, with wage-cost subsidy or top-up where applicable) compare with the benefit the candidate had?',
      },
      options: [
        { value: 'higher', label: { nl: 'Hoger', en: 'Higher' } },
        { value: 'about-equal', label: { nl: 'Ongeveer gelijk', en: 'About the same' } },
        { value: 'lower', label: { nl: 'Lager', en: 'Lower' } },
        { value: 'unknown', label: { nl: 'Weet ik niet', en: "Don't know" } },
      ],
    },
    {
      id: 'place.sickReportingAgreed',
      type: 'boolean',
      text: {
        nl: 'Weet de kandidaat hoe ziekmelden en weer beter melden bij deze werkgever gaat, en zijn daar afspraken over?',
        en: 'Does the candidate know how reporting sick and returning to work go at this employer, and are there agreements on it?',
      },
    },
    {
      id: 'place.handoverMeeting',
      type: 'boolean',
      text: {
        nl: 'Is er een overdrachtsgesprek geweest met kandidaat, werkgever en begeleider samen, waarin afspraken en verwachtingen zijn vastgelegd?',
        en: 'Has there been a handover meeting with candidate, employer and coach together, in which agreements and expectations were recorded?',
      },
      hint: {
        nl: 'Bijvoorbeeld over geld en reiskosten, proefperiode, begeleiding op de werkvloer, uren, productie-eisen, taken, contact, evaluaties, verlof en ziekmelden.',
        en: 'For example on money and travel costs, trial period, guidance on the shop floor, hours, production demands, tasks, contact, evaluations, leave and reporting sick.',
      },
    },
    // Support and aftercare
    {
      id: 'place.naturalSupport',
      type: 'boolean',
      text: {
        nl: 'Is er op de werkvloer genoeg begeleiding door de werkgever of collega’s (bijvoorbeeld een vaste werkbegeleider bij het inwerken)?',
        en: 'Is there enough guidance on the shop floor from the employer or colleagues (for example a fixed supervisor during induction)?',
      },
    },
    {
      id: 'place.colleaguesPrepared',
      type: 'boolean',
      text: {
        nl: 'Weten de leidinggevende en de collega’s wat ze van de kandidaat kunnen verwachten en vragen?',
        en: 'Do the supervisor and colleagues know what they can expect and ask of the candidate?',
      },
      hint: {
        nl: 'Wat er met collega’s gedeeld wordt, bepaalt de kandidaat mee.',
        en: 'The candidate has a say in what is shared with colleagues.',
      },
    },
    {
      id: 'place.fixedContact',
      type: 'boolean',
      text: {
        nl: 'Hebben kandidaat en werkgever één vaste contactpersoon, zonder wisselingen tussen coaches, jobhunters of andere uitvoerders?',
        en: 'Do candidate and employer have one fixed contact person, with no handovers between coaches, jobhunters or other staff?',
      },
    },
    {
      id: 'place.contactCadence',
      type: 'choice',
      text: {
        nl: 'Hoe vaak is afgesproken dat de begeleider contact heeft met de kandidaat en de werkgever na de plaatsing?',
        en: 'How often has it been agreed that the coach is in touch with the candidate and the employer after the placement?',
      },
      options: [
        { value: 'weekly', label: { nl: 'Wekelijks', en: 'Weekly' } },
        { value: 'fortnightly', label: { nl: 'Eens per twee weken', en: 'Every two weeks' } },
        { value: 'monthly', label: { nl: 'Maandelijks', en: 'Monthly' } },
        { value: 'less', label: { nl: 'Minder dan maandelijks', en: 'Less than monthly' } },
        { value: 'none', label: { nl: 'Niets afgesproken', en: 'Nothing agreed' } },
      ],
    },
    {
      id: 'place.backup',
      type: 'boolean',
      text: {
        nl: 'Hebben kandidaat en werkgever na de plaatsing iemand om op terug te vallen bij vragen of problemen (een back-up)?',
        en: 'After the placement, do candidate and employer have someone to fall back on with questions or problems (a back-up)?',
      },
    },
    {
      id: 'place.lifeDomainsMonitored',
      type: 'boolean',
      text: {
        nl: 'Is afgesproken wie na de plaatsing een oogje houdt op de andere leefgebieden van de kandidaat (geld, wonen, gezondheid, zorg)?',
        en: 'Has it been agreed who keeps an eye on the candidate’s other life domains (money, housing, health, care) after the placement?',
      },
    },
  ],
  scales: [],
  citations: [PILOT_CH4, WERKZAAM_CH4_5],
});
