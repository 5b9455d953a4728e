import type { Text } from '../../i18n/text.js';
import { cite } from '../../instruments/sources.js';
import type { Citation } from '../../instruments/types.js';
import type { ChecklistCard, PlacementNotAssessed, PlacementRule } from '../checklist-card.js';

/**
 * The after-placement moment: a checklist, not a model. The sources behind it (docs/evidence.md, §7 'After placement') are
 * qualitative — 19 analysed trajectories in the pilot loondispensatie and 15 interviews in the WerkZaam
 * study — so each finding becomes a flag with its reason and source, never a weight or a probability.
 * Counts in the reasons ("all 6", "all 5") are the sources' own; they describe small groups and do not generalise.
 */

const pilot = (nl: string, en: string): Citation => cite('loondispensatie2012', nl, en);
const werkzaam = (nl: string, en: string): Citation => cite('werkzaam', nl, en);

/** Shared by the findings whose lesson in the pilot was the same: careful matching and managing the employer's expectations. */
const MANAGE_EXPECTATIONS: Text = {
  nl: 'Besteed extra zorg aan de match en bespreek met de werkgever uitdrukkelijk wat hij kan verwachten: welk werk, welke productiviteit en hoeveel begeleiding.',
  en: 'Take extra care with the match and tell the employer explicitly what to expect: which work, what output and how much guidance.',
};

/** The findings, each tied to the answers of one checklist item. */
export const PLACEMENT_RULES: readonly PlacementRule[] = [
  {
    id: 'known-at-employer',
    item: 'place.knownAtEmployer',
    when: [true],
    kind: 'protective',
    label: { nl: 'Kandidaat was al bekend bij de werkgever', en: 'Candidate already known at the employer' },
    reason: {
      nl: 'In de pilot waren alle 6 onderzochte plaatsingen die voortkwamen uit een plek die de kandidaat al bij de werkgever had (zoals een participatieplaats) nog succesvol; werkgever en werknemer kenden elkaar al. De onderzoekers noemen dit een belangrijke succesfactor.',
      en: 'In the pilot, all 6 analysed placements that grew out of a place the candidate already had at the employer (such as a participation placement) were still successful; employer and employee already knew each other. The evaluators call this an important success factor.',
    },
    action: null,
    citation: pilot('hoofdstuk 4, §4.4.1 (p. 60) en §4.5 (p. 69)', 'chapter 4, §4.4.1 (p. 60) and §4.5 (p. 69)'),
  },
  {
    id: 'motivation-concern',
    item: 'place.motivationConcern',
    when: [true],
    kind: 'risk',
    label: { nl: 'Twijfel over de motivatie voor deze baan', en: 'Doubts about motivation for this job' },
    reason: {
      nl: 'In de trajectanalyse van de pilot hoorden alle kandidaten die hogere eisen aan het werk stelden, het werk niet leuk vonden of persoonlijke problemen voorrang gaven bij de misgelopen trajecten. Volgens de onderzoekers lost zo’n motivatieprobleem zich op de werkplek niet vanzelf op.',
      en: 'In the pilot’s case analysis, every candidate who set higher demands on the work, did not like it or gave personal problems priority was among the failed trajectories. The evaluators note that such a motivation problem does not resolve itself at the workplace.',
    },
    action: {
      nl: 'Bespreek nu met de kandidaat de motivatie en eventuele persoonlijke problemen, en spreek af wat er nodig is om door te gaan.',
      en: 'Discuss motivation and any personal problems with the candidate now, and agree what is needed to carry on.',
    },
    citation: pilot('hoofdstuk 4, §4.2 (p. 56) en §4.5 (p. 69)', 'chapter 4, §4.2 (p. 56) and §4.5 (p. 69)'),
  },
  {
    id: 'combined-limitations',
    item: 'place.combinedLimitations',
    when: [true],
    kind: 'risk',
    label: { nl: 'Combinatie van lichamelijke en psychische of verstandelijke beperkingen', en: 'Combination of physical and psychological or intellectual limitations' },
    reason: {
      nl: 'In de trajectanalyse van de pilot liepen de trajecten van alle kandidaten met een combinatie van lichamelijke en psychische of verstandelijke problemen mis, doordat de werkgever ontevreden was over hun functioneren.',
      en: 'In the pilot’s case analysis, the trajectories of all candidates with a combination of physical and psychological or intellectual problems failed, because the employer was dissatisfied with how they functioned.',
    },
    contrary: {
      text: {
        nl: 'De geregistreerde gegevens van dezelfde pilot (Amsterdam) laten dat niet zien: met een combinatie van problemen slaagden 6 van de 19 trajecten (32%), het hoogste aandeel van de drie groepen (χ² 0,208, p = 0,901); de onderzoekers vinden geen statistisch effect van de aard van de beperking.',
        en: 'The registered data of the same pilot (Amsterdam) do not show it: with a combination of problems, 6 of 19 trajectories succeeded (32%), the highest share of the three groups (χ² 0.208, p = 0.901); the evaluators find no statistical effect of the nature of the limitation.',
      },
      citation: pilot('§3.4.4 en bijlage 1 (beperkingen × resultaat)', '§3.4.4 and appendix 1 (limitations × outcome)'),
    },
    action: MANAGE_EXPECTATIONS,
    citation: pilot('hoofdstuk 4, §4.2 (p. 56) en §4.5 (p. 69)', 'chapter 4, §4.2 (p. 56) and §4.5 (p. 69)'),
  },
  {
    id: 'limitation-unclear',
    item: 'place.limitationClear',
    when: [false],
    kind: 'risk',
    label: { nl: 'Aard en gevolgen van de beperkingen onduidelijk', en: 'Nature and impact of the limitations unclear' },
    reason: {
      nl: 'De onderzoekers van de pilot noemen plaatsen zonder helder beeld van de aard en de gevolgen van de beperkingen een situatie die de kans op mislukken vergroot, en vinden het riskant om de werkgever dat te laten uitzoeken.',
      en: 'The pilot’s evaluators name placing someone without a clear picture of the nature and impact of their limitations as a situation that makes failure more likely, and call it risky to leave the employer to find out.',
    },
    contrary: {
      text: {
        nl: 'In hun eigen trajectanalyse slaagden kandidaten met onduidelijke beperkingen juist meestal.',
        en: 'In their own case analysis, candidates with unclear limitations mostly did succeed.',
      },
      citation: pilot('hoofdstuk 4, §4.2 (p. 56)', 'chapter 4, §4.2 (p. 56)'),
    },
    action: {
      nl: 'Breng samen met de kandidaat in kaart wat de beperkingen zijn en wat ze voor dit werk betekenen, in plaats van dat aan de werkgever over te laten.',
      en: 'Work out with the candidate what the limitations are and what they mean for this work, rather than leaving it to the employer.',
    },
    citation: pilot('hoofdstuk 4, §4.5 (p. 69)', 'chapter 4, §4.5 (p. 69)'),
  },
  {
    id: 'employer-wage-cost-motive',
    item: 'place.employerMotive',
    when: ['lower-wage-costs'],
    kind: 'risk',
    label: { nl: 'Werkgever vooral gericht op lagere loonkosten', en: 'Employer mainly after lower wage costs' },
    reason: {
      nl: 'In de pilot liepen bijna alle onderzochte trajecten bij werkgevers die vooral door de lagere loonkosten werden gedreven mis; deze werkgevers waren ongeduldiger over de productiviteit en boden soms minder begeleiding.',
      en: 'In the pilot, almost all analysed trajectories at employers driven mainly by the lower wage costs failed; these employers were more impatient about productivity and sometimes offered less guidance.',
    },
    action: MANAGE_EXPECTATIONS,
    citation: pilot('hoofdstuk 4, §4.3 (p. 58)', 'chapter 4, §4.3 (p. 58)'),
  },
  {
    id: 'employer-first-time',
    item: 'place.employerFirstTime',
    when: [true],
    kind: 'risk',
    label: { nl: 'Werkgever heeft voor het eerst iemand uit de doelgroep', en: 'Employer’s first experience with the target group' },
    reason: {
      nl: 'In de pilot liepen de trajecten bij alle 5 werkgevers die voor het eerst met de doelgroep te maken kregen mis. Plaatsen bij een nieuwe werkgever kan wel, maar vraagt volgens de onderzoekers extra zorg bij de match en de verwachtingen.',
      en: 'In the pilot, the trajectories at all 5 employers who met the target group for the first time failed. Placing with a new employer is possible, but according to the evaluators it calls for extra care with the match and the expectations.',
    },
    action: MANAGE_EXPECTATIONS,
    citation: pilot('hoofdstuk 4, §4.3 (p. 58)', 'chapter 4, §4.3 (p. 58)'),
  },
  {
    id: 'invented-tasks',
    item: 'place.inventedTasks',
    when: [true],
    kind: 'risk',
    label: { nl: 'Speciaal bedachte, niet echt nodige klussen', en: 'Tasks made up that are not really needed' },
    reason: {
      nl: 'In de pilot liepen beide onderzochte trajecten mis waarin de werkgever extra klussen bedacht die ook anderen konden doen en die niet strikt nodig waren.',
      en: 'In the pilot, both analysed trajectories in which the employer made up extra tasks that others could also do and that were not strictly needed failed.',
    },
    action: {
      nl: 'Zoek met de werkgever naar werk dat echt gedaan moet worden en bij de kandidaat past.',
      en: 'Look with the employer for work that really needs doing and suits the candidate.',
    },
    citation: pilot('hoofdstuk 4, §4.3 (p. 58–59)', 'chapter 4, §4.3 (pp. 58–59)'),
  },
  {
    // One answer, two sources saying the same thing: one flag, both findings, both citations.
    id: 'no-task-adaptation',
    item: 'place.taskAdaptations',
    when: [false],
    kind: 'risk',
    label: { nl: 'Geen afspraken over het aanpassen van de taken', en: 'No agreements on adapting the tasks' },
    reason: {
      nl: 'In de pilot liepen op één na alle trajecten zonder specifieke afspraken over het aanpassen van het werk mis, vooral omdat de werkgever ontevreden was over productiviteit of kwaliteit. In de WerkZaam-interviews zeiden vier deelnemers hetzelfde: als een werkgever een functie niet kan of wil aanpassen, moet de deelnemer zich helemaal aan de functie aanpassen, en dat lukt vaak niet.',
      en: 'In the pilot, all but one of the trajectories without specific agreements on adapting the work failed, mostly because the employer was dissatisfied with output or quality. In the WerkZaam interviews, four participants said the same: when an employer cannot or will not adapt a job, the participant has to fit the job entirely, which often does not work.',
    },
    action: {
      nl: 'Kijk met de werkgever wat de kandidaat goed kan, en spreek af welke taken worden aangepast of wegvallen en hoe rustig het inwerken gaat.',
      en: 'Look with the employer at what the candidate is good at, and agree which tasks are adapted or left out and how gradual the induction is.',
    },
    citation: pilot('hoofdstuk 4, §4.4.1 (p. 64)', 'chapter 4, §4.4.1 (p. 64)'),
    alsoCitation: werkzaam('§4.1 (onderzoeksvraag 1), “Onvoldoende mogelijkheid tot aanpassing”', '§4.1 (research question 1), “Onvoldoende mogelijkheid tot aanpassing”'),
  },
  {
    id: 'production-pressure',
    item: 'place.productionDemandsFit',
    when: [false],
    kind: 'risk',
    label: { nl: 'Productie-eisen passen niet bij de kandidaat', en: 'Production demands do not fit the candidate' },
    reason: {
      nl: 'In de WerkZaam-interviews zeiden vier werkgevers dat een werkomgeving met hoge productie-eisen tot uitval kan leiden; drie deelnemers en drie trajectbegeleiders zeiden hetzelfde over werkgevers die te productiegericht zijn.',
      en: 'In the WerkZaam interviews, four employers said that a work environment with high production demands can lead to dropout; three participants and three coaches said the same of employers who focus too much on output.',
    },
    action: {
      nl: 'Spreek met de werkgever productie-eisen af die passen bij wat de kandidaat aankan.',
      en: 'Agree production demands with the employer that fit what the candidate can handle.',
    },
    citation: werkzaam('§4.3 (onderzoeksvraag 3), “Geen beschermde werkomgeving”', '§4.3 (research question 3), “Geen beschermde werkomgeving”'),
  },
  {
    id: 'no-trial-or-assessment',
    item: 'place.trialOrAssessment',
    when: [false],
    kind: 'risk',
    label: { nl: 'Geen proefplaatsing of werkplekonderzoek', en: 'No trial placement or workplace assessment' },
    reason: {
      nl: 'In de WerkZaam-interviews noemden werkgevers de proefplaatsing het belangrijkste middel voor een goede match; zonder proefplaatsing kunnen er problemen ontstaan. Trajectbegeleiders, deelnemers en werkgevers zeiden hetzelfde over een werkplekonderzoek.',
      en: 'In the WerkZaam interviews, employers called the trial placement the main way to a good match; without one, problems can arise. Coaches, participants and employers said the same of a workplace assessment.',
    },
    contrary: {
      text: {
        nl: 'In de pilot loondispensatie waren proefplaatsingen niet onderscheidend: ze kwamen ook voor in trajecten die misliepen. Werkgevers zagen ze daar wel als succesfactor, omdat ze de kandidaat leerden kennen.',
        en: 'In the wage-dispensation pilot, trial placements did not distinguish success from failure: they also occurred in trajectories that failed. Employers there did see them as a success factor, because they got to know the candidate.',
      },
      citation: pilot('hoofdstuk 4, §4.4.1', 'chapter 4, §4.4.1'),
    },
    action: {
      nl: 'Regel alsnog een proefplaatsing (met behoud van uitkering) of een werkplekonderzoek.',
      en: 'Arrange a trial placement (keeping the benefit) or a workplace assessment.',
    },
    citation: werkzaam('§4.3 (onderzoeksvraag 3), “Geen goede match”, en §5.3, aanbeveling 8', '§4.3 (research question 3), “Geen goede match”, and §5.3, recommendation 8'),
  },
  {
    id: 'income-below-benefit',
    item: 'place.incomeVsBenefit',
    when: ['lower'],
    kind: 'risk',
    label: { nl: 'Inkomen lager dan de uitkering', en: 'Income lower than the benefit' },
    reason: {
      nl: 'In de WerkZaam-interviews zeiden drie deelnemers dat minder verdienen met loonkostensubsidie dan met een uitkering zo demotiverend is dat het tot uitval kan leiden.',
      en: 'In the WerkZaam interviews, three participants said that earning less with wage-cost subsidy than on benefits is so demotivating that it can lead to dropout.',
    },
    action: {
      nl: 'Zet het inkomen samen met de kandidaat op een rij (loon, aanvullingen, reiskosten) en zoek een oplossing of uitleg voor het verschil.',
      en: 'Go through the income with the candidate (wage, supplements, travel costs) and look for a solution or an explanation for the difference.',
    },
    citation: werkzaam('§4.1 (onderzoeksvraag 1), “Onrechtvaardige randvoorwaarden”', '§4.1 (research question 1), “Onrechtvaardige randvoorwaarden”'),
  },
  {
    id: 'sick-reporting-unclear',
    item: 'place.sickReportingAgreed',
    when: [false],
    kind: 'risk',
    label: { nl: 'Onduidelijk hoe ziekmelden en terugkeren gaan', en: 'Unclear how reporting sick and returning work' },
    reason: {
      nl: 'In de WerkZaam-interviews noemden deelnemers onzekerheid, onder meer over ziek- en betermelden, als reden van uitval: na ziekte kan de stap terug zo groot voelen dat iemand niet terugkomt. Werkgevers merkten dat deelnemers moeite hebben om over verlof of ziekte te communiceren.',
      en: 'In the WerkZaam interviews, participants named uncertainty, among other things about reporting sick and returning, as a reason for dropout: after illness the step back can feel so big that someone does not return. Employers noticed that participants find it hard to communicate about leave or illness.',
    },
    action: {
      nl: 'Spreek met kandidaat en werkgever af hoe ziekmelden en weer beginnen gaan, en bij wie de kandidaat terechtkan.',
      en: 'Agree with candidate and employer how reporting sick and returning work, and whom the candidate can turn to.',
    },
    citation: werkzaam('§4.1, “Onzekerheid”, en §4.3, “Geen goede communicatie”', '§4.1, “Onzekerheid”, and §4.3, “Geen goede communicatie”'),
  },
  {
    id: 'no-handover-meeting',
    item: 'place.handoverMeeting',
    when: [false],
    kind: 'risk',
    label: { nl: 'Geen overdrachtsgesprek met vastgelegde afspraken', en: 'No handover meeting with recorded agreements' },
    reason: {
      nl: 'Het WerkZaam-onderzoek noemt verkeerde verwachtingen en onduidelijke afspraken veelvoorkomende oorzaken van uitval en raadt een formeel overdrachtsmoment aan met deelnemer, werkgever en begeleider, waarbij afspraken en verwachtingen in een checklist worden vastgelegd.',
      en: 'The WerkZaam study names wrong expectations and unclear agreements as common causes of dropout and recommends a formal handover with participant, employer and coach, recording agreements and expectations in a checklist.',
    },
    action: {
      nl: 'Houd een overdrachtsgesprek met kandidaat, werkgever en begeleider en leg afspraken vast over geld en reiskosten, proefperiode, begeleiding, uren, productie-eisen, taken, contact, evaluaties, verlof en ziekmelden.',
      en: 'Hold a handover meeting with candidate, employer and coach and record agreements on money and travel costs, trial period, guidance, hours, production demands, tasks, contact, evaluations, leave and reporting sick.',
    },
    citation: werkzaam('§5.3, aanbeveling 2 (formeel overdrachtsmoment en checklist)', '§5.3, recommendation 2 (formal handover and checklist)'),
  },
  {
    id: 'handover-held',
    item: 'place.handoverMeeting',
    when: [true],
    kind: 'protective',
    label: { nl: 'Overdrachtsgesprek gehouden, afspraken vastgelegd', en: 'Handover meeting held, agreements recorded' },
    reason: {
      nl: 'In de WerkZaam-interviews zeiden vier werkgevers en vier trajectbegeleiders dat een vast overdrachtsmoment met duidelijke afspraken helderheid geeft over wie na de plaatsing wat doet.',
      en: 'In the WerkZaam interviews, four employers and four coaches said that a fixed handover moment with clear agreements makes it clear who does what after the placement.',
    },
    action: null,
    citation: werkzaam('§4.4 en §4.6, “Vast overdrachtsmoment”', '§4.4 and §4.6, “Vast overdrachtsmoment”'),
  },
  {
    id: 'no-natural-support',
    item: 'place.naturalSupport',
    when: [false],
    kind: 'risk',
    label: { nl: 'Te weinig begeleiding op de werkvloer', en: 'Too little guidance on the shop floor' },
    reason: {
      nl: 'In de pilot liepen (vrijwel) alle trajecten mis waarin de begeleiding op de werkvloer achteraf als onvoldoende werd beoordeeld; de werknemers werden min of meer aan hun lot overgelaten. Genoeg begeleiding was nodig, maar niet genoeg voor succes.',
      en: 'In the pilot, (almost) all trajectories in which guidance on the shop floor was judged insufficient afterwards failed; the employees were more or less left to fend for themselves. Enough guidance was necessary, but not sufficient for success.',
    },
    action: {
      nl: 'Spreek af wie de kandidaat op de werkvloer begeleidt bij het inwerken, en hoe.',
      en: 'Agree who guides the candidate on the shop floor during the induction, and how.',
    },
    citation: pilot('hoofdstuk 4, §4.3 (p. 59) en §4.4.2 (p. 65)', 'chapter 4, §4.3 (p. 59) and §4.4.2 (p. 65)'),
  },
  {
    id: 'colleagues-not-prepared',
    item: 'place.colleaguesPrepared',
    when: [false],
    kind: 'risk',
    label: { nl: 'Leidinggevende en collega’s niet voorbereid', en: 'Supervisor and colleagues not prepared' },
    reason: {
      nl: 'In de WerkZaam-interviews noemden deelnemers, werkgevers en trajectbegeleiders slechte begeleiding op de werkvloer en een slechte omgang met collega’s als belangrijkste redenen van uitval, met als oorzaken te weinig kennis van de doelgroep en etikettering.',
      en: 'In the WerkZaam interviews, participants, employers and coaches named poor guidance on the shop floor and poor relations with colleagues as the main reasons for dropout, caused by too little knowledge of the target group and by labelling.',
    },
    action: {
      nl: 'Vertel de leidinggevende en collega’s, met instemming van de kandidaat, wat ze van de kandidaat kunnen verwachten en vragen.',
      en: 'With the candidate’s consent, tell the supervisor and colleagues what they can expect and ask of the candidate.',
    },
    citation: werkzaam('§4.1, §4.3 en §4.5, “Onvoldoende begeleiding” en “Onbekendheid doelgroep”', '§4.1, §4.3 and §4.5, “Onvoldoende begeleiding” and “Onbekendheid doelgroep”'),
  },
  {
    id: 'coach-handovers',
    item: 'place.fixedContact',
    when: [false],
    kind: 'risk',
    label: { nl: 'Geen vaste contactpersoon, wisselingen tussen begeleiders', en: 'No fixed contact person, handovers between coaches' },
    reason: {
      nl: 'In de pilot maakten overdrachten tussen coaches, jobhunters en medewerkers van het WSP de nodige zorgvuldigheid lastiger, en misten werkgevers daardoor het vaste aanspreekpunt dat ze wilden. In de twee gevallen waarin de begeleiding tijdens een overdracht stillag, waren werkgevers ontevreden over de bereikbaarheid van de coach.',
      en: 'In the pilot, handovers between coaches, jobhunters and WSP staff made the necessary care harder, and left employers without the fixed contact point they wanted. In the two cases where guidance lapsed during a handover, employers were dissatisfied with how reachable the coach was.',
    },
    action: {
      nl: 'Wijs één contactpersoon aan voor kandidaat en werkgever en houd die ook na de plaatsing aan.',
      en: 'Name one contact person for candidate and employer and keep that person on after the placement.',
    },
    citation: pilot('hoofdstuk 4, §4.4.2 (p. 67) en §4.5 (p. 69)', 'chapter 4, §4.4.2 (p. 67) and §4.5 (p. 69)'),
  },
  {
    id: 'fixed-contact',
    item: 'place.fixedContact',
    when: [true],
    kind: 'protective',
    label: { nl: 'Eén vaste contactpersoon', en: 'One fixed contact person' },
    reason: {
      nl: 'In de WerkZaam-interviews vonden vier deelnemers en vier werkgevers het prettig dat dezelfde begeleider ook na de plaatsing betrokken blijft: dat geeft duidelijkheid en vertrouwen, en deelnemers nemen sneller contact op bij problemen.',
      en: 'In the WerkZaam interviews, four participants and four employers valued the same coach staying involved after the placement: it gives clarity and trust, and participants get in touch sooner when problems arise.',
    },
    action: null,
    citation: werkzaam('§4.2 en §4.4, “Zelfde contactpersoon”', '§4.2 and §4.4, “Zelfde contactpersoon”'),
  },
  {
    id: 'no-contact-agreed',
    item: 'place.contactCadence',
    when: ['none'],
    kind: 'risk',
    label: { nl: 'Geen afspraken over contact na plaatsing', en: 'No agreed contact after placement' },
    reason: {
      nl: 'Het WerkZaam-onderzoek raadt aan de vorm en de frequentie van het contact na plaatsing af te spreken en vast te leggen; een deelnemer merkte op dat hoe langer er geen contact is geweest, hoe groter de stap om in nood contact op te nemen.',
      en: 'The WerkZaam study recommends agreeing and recording the form and frequency of contact after placement; one participant noted that the longer there has been no contact, the bigger the step to get in touch when in need.',
    },
    action: {
      nl: 'Spreek af hoe en hoe vaak de begeleider contact houdt met kandidaat en werkgever.',
      en: 'Agree how and how often the coach keeps in touch with candidate and employer.',
    },
    citation: werkzaam('§4.3 en §5.3, aanbevelingen 3 en 4 (monitoring)', '§4.3 and §5.3, recommendations 3 and 4 (monitoring)'),
  },
  {
    id: 'backup',
    item: 'place.backup',
    when: [true],
    kind: 'protective',
    label: { nl: 'Back-up om op terug te vallen', en: 'A back-up to fall back on' },
    reason: {
      nl: 'In de WerkZaam-interviews zeiden vijf deelnemers dat een back-up om op terug te vallen bij vragen of moeilijkheden hun meer zekerheid geeft; trajectbegeleiders en werkgevers bevestigden dat.',
      en: 'In the WerkZaam interviews, five participants said that a back-up to fall back on with questions or difficulties gives them more certainty; coaches and employers confirmed this.',
    },
    action: null,
    citation: werkzaam('§4.2 en §4.6, “Rol van WerkZaam”', '§4.2 and §4.6, “Rol van WerkZaam”'),
  },
  {
    id: 'no-backup',
    item: 'place.backup',
    when: [false],
    kind: 'risk',
    label: { nl: 'Geen back-up na plaatsing', en: 'No back-up after placement' },
    reason: {
      nl: 'In de WerkZaam-interviews gaven werkgevers aan dat ze soms niet de middelen of kennis hebben om de deelnemer zelf goed te begeleiden; zonder hulp van een begeleider kan dat tot uitval leiden. Een trajectbegeleider merkte op dat begeleiders soms te snel uit beeld zijn na de uitstroom.',
      en: 'In the WerkZaam interviews, employers said they sometimes lack the means or knowledge to guide the participant well themselves; without help from a coach this can lead to dropout. A coach noted that coaches sometimes drop out of the picture too soon after placement.',
    },
    action: {
      nl: 'Regel een back-up na de plaatsing, bij voorkeur de begeleider die de kandidaat al kent, bij wie kandidaat en werkgever terechtkunnen.',
      en: 'Arrange a back-up after the placement, preferably the coach who already knows the candidate, whom candidate and employer can turn to.',
    },
    citation: werkzaam('§4.3 (onderzoeksvraag 3), “Onvoldoende begeleiding”', '§4.3 (research question 3), “Onvoldoende begeleiding”'),
  },
  {
    id: 'life-domains-not-monitored',
    item: 'place.lifeDomainsMonitored',
    when: [false],
    kind: 'risk',
    label: { nl: 'Niemand houdt de andere leefgebieden in het oog', en: 'Nobody keeps an eye on the other life domains' },
    reason: {
      nl: 'Het WerkZaam-onderzoek noemt terugval in het oude patroon, vaak beginnend in een ander leefgebied, de belangrijkste reden van uitval en raadt aan de andere leefgebieden na plaatsing te blijven volgen.',
      en: 'The WerkZaam study names relapse into old patterns, often starting in another life domain, as the most important reason for dropout and recommends keeping track of the other life domains after placement.',
    },
    action: {
      nl: 'Spreek af wie na de plaatsing de andere leefgebieden van de kandidaat volgt, en hoe.',
      en: 'Agree who keeps track of the candidate’s other life domains after the placement, and how.',
    },
    citation: werkzaam('§4.5, “Terugval oude patroon”, en §5.3, aanbeveling 4', '§4.5, “Terugval oude patroon”, and §5.3, recommendation 4'),
  },
];

/** One entry per checklist item, in the instrument's order: what to flag when it was not assessed. */
export const PLACEMENT_NOT_ASSESSED: readonly PlacementNotAssessed[] = [
  {
    item: 'place.knownAtEmployer',
    topic: { nl: 'eerdere plek bij deze werkgever', en: 'earlier place at this employer' },
    action: { nl: 'Vraag na of de kandidaat al eerder bij deze werkgever actief was.', en: 'Ask whether the candidate was active at this employer before.' },
  },
  {
    item: 'place.motivationConcern',
    topic: { nl: 'motivatie voor deze baan', en: 'motivation for this job' },
    action: { nl: 'Bespreek met de kandidaat of hij of zij deze baan echt wil.', en: 'Discuss with the candidate whether they really want this job.' },
  },
  {
    item: 'place.combinedLimitations',
    topic: { nl: 'soort beperkingen', en: 'type of limitations' },
    action: {
      nl: 'Ga na of de kandidaat zowel lichamelijke als psychische of verstandelijke beperkingen heeft.',
      en: 'Check whether the candidate has both physical and psychological or intellectual limitations.',
    },
  },
  {
    item: 'place.limitationClear',
    topic: { nl: 'aard en gevolgen van de beperkingen', en: 'nature and impact of the limitations' },
    action: {
      nl: 'Ga na of duidelijk is wat de beperkingen zijn en wat ze voor dit werk betekenen.',
      en: 'Check whether it is clear what the limitations are and what they mean for this work.',
    },
  },
  {
    item: 'place.employerMotive',
    topic: { nl: 'reden van de werkgever', en: 'the employer’s reason' },
    action: {
      nl: 'Vraag de werkgever wat de belangrijkste reden is om deze kandidaat aan te nemen.',
      en: 'Ask the employer what their main reason is for taking on this candidate.',
    },
  },
  {
    item: 'place.employerFirstTime',
    topic: { nl: 'ervaring van de werkgever met de doelgroep', en: 'the employer’s experience with the target group' },
    action: {
      nl: 'Vraag of de werkgever al eerder iemand uit deze doelgroep in dienst had.',
      en: 'Ask whether the employer has employed someone from this target group before.',
    },
  },
  {
    item: 'place.inventedTasks',
    topic: { nl: 'of het werk echt nodig is', en: 'whether the work is really needed' },
    action: {
      nl: 'Ga na of het werk bestaat uit taken die de werkgever echt nodig heeft.',
      en: 'Check whether the work consists of tasks the employer really needs done.',
    },
  },
  {
    item: 'place.taskAdaptations',
    topic: { nl: 'afspraken over aangepaste taken', en: 'agreements on adapted tasks' },
    action: {
      nl: 'Ga na of er afspraken zijn over het aanpassen van de taken, en maak ze zo nodig.',
      en: 'Check whether there are agreements on adapting the tasks, and make them if needed.',
    },
  },
  {
    item: 'place.productionDemandsFit',
    topic: { nl: 'productie-eisen', en: 'production demands' },
    action: {
      nl: 'Ga na of de productie-eisen passen bij de kandidaat en bespreek ze met de werkgever.',
      en: 'Check whether the production demands fit the candidate and discuss them with the employer.',
    },
  },
  {
    item: 'place.trialOrAssessment',
    topic: { nl: 'proefplaatsing of werkplekonderzoek', en: 'trial placement or workplace assessment' },
    action: {
      nl: 'Ga na of er een proefplaatsing of werkplekonderzoek is geweest, en regel er zo nodig een.',
      en: 'Check whether there was a trial placement or workplace assessment, and arrange one if needed.',
    },
  },
  {
    item: 'place.incomeVsBenefit',
    topic: { nl: 'inkomen ten opzichte van de uitkering', en: 'income compared with the benefit' },
    action: {
      nl: 'Reken samen met de kandidaat uit wat deze baan oplevert ten opzichte van de uitkering.',
      en: 'Work out with the candidate what this job brings in compared with the benefit.',
    },
  },
  {
    item: 'place.sickReportingAgreed',
    topic: { nl: 'afspraken over ziekmelden en terugkeren', en: 'agreements on reporting sick and returning' },
    action: {
      nl: 'Ga na of de kandidaat weet hoe ziekmelden en weer beginnen gaan, en spreek het zo nodig af.',
      en: 'Check whether the candidate knows how reporting sick and returning work, and agree it if needed.',
    },
  },
  {
    item: 'place.handoverMeeting',
    topic: { nl: 'overdrachtsgesprek', en: 'handover meeting' },
    action: {
      nl: 'Ga na of er een overdrachtsgesprek met alle drie de partijen is geweest, en plan er zo nodig een.',
      en: 'Check whether there was a handover meeting with all three parties, and plan one if needed.',
    },
  },
  {
    item: 'place.naturalSupport',
    topic: { nl: 'begeleiding op de werkvloer', en: 'guidance on the shop floor' },
    action: { nl: 'Ga na wie de kandidaat op de werkvloer begeleidt.', en: 'Check who guides the candidate on the shop floor.' },
  },
  {
    item: 'place.colleaguesPrepared',
    topic: { nl: 'voorbereiding van leidinggevende en collega’s', en: 'preparation of supervisor and colleagues' },
    action: {
      nl: 'Ga na of leidinggevende en collega’s weten wat ze van de kandidaat kunnen verwachten en vragen.',
      en: 'Check whether the supervisor and colleagues know what they can expect and ask of the candidate.',
    },
  },
  {
    item: 'place.fixedContact',
    topic: { nl: 'vaste contactpersoon', en: 'fixed contact person' },
    action: {
      nl: 'Ga na of kandidaat en werkgever één vaste contactpersoon hebben.',
      en: 'Check whether candidate and employer have one fixed contact person.',
    },
  },
  {
    item: 'place.contactCadence',
    topic: { nl: 'afspraken over contact na plaatsing', en: 'agreed contact after placement' },
    action: {
      nl: 'Ga na welk contact na de plaatsing is afgesproken.',
      en: 'Check what contact has been agreed for after the placement.',
    },
  },
  {
    item: 'place.backup',
    topic: { nl: 'back-up na plaatsing', en: 'back-up after placement' },
    action: {
      nl: 'Ga na of kandidaat en werkgever na de plaatsing iemand hebben om op terug te vallen.',
      en: 'Check whether candidate and employer have someone to fall back on after the placement.',
    },
  },
  {
    item: 'place.lifeDomainsMonitored',
    topic: { nl: 'zicht op de andere leefgebieden', en: 'watch on the other life domains' },
    action: {
      nl: 'Ga na wie na de plaatsing de andere leefgebieden van de kandidaat volgt.',
      en: 'Check who keeps track of the candidate’s other life domains after the placement.',
    },
  },
];

const NOT_ASSESSED_REASON: Text = {
  nl: 'Nog niet nagegaan: de vraag is niet beantwoord (of met ‘weet ik niet’), dus de checklist kan niet zeggen of hier een risico ligt.',
  en: 'Not assessed yet: the question was not answered (or answered "don\'t know"), so the checklist cannot say whether there is a risk here.',
};

const TITLE: Text = { nl: 'Na plaatsing: duurzaamheid', en: 'After placement: sustainability' };
const OUTCOME: Text = {
  nl: 'Uitval na plaatsing — signalen uit de bronnen, geen kans',
  en: 'Dropout after placement — signals from the sources, no probability',
};
const NOT_ADMINISTERED: Text = {
  nl: 'De checklist na plaatsing is niet afgenomen.',
  en: 'The after-placement checklist was not administered.',
};

/** The after-placement checklist card: the rules that turn checklist answers into flags. */
export const afterPlacementCard: ChecklistCard = {
  id: 'after-placement-checklist',
  title: TITLE,
  outcome: OUTCOME,
  notAdministered: NOT_ADMINISTERED,
  notAssessedReason: NOT_ASSESSED_REASON,
  rules: PLACEMENT_RULES,
  notAssessed: PLACEMENT_NOT_ASSESSED,
};
