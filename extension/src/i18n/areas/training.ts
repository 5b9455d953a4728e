/**
 * Strings of training mode's screen and walkthrough (Dutch and English). Loaded with that screen
 * (src/i18n/training-texts.ts), never to open the side panel.
 */
export const trainingMessages = {
  // The training screen
  'training.title': { nl: 'Oefenen', en: 'Training' },
  'training.about': {
    nl: 'In de oefenmodus werkt Trede in een eigen database met verzonnen cliënten van Werkplein Demo. De echte gegevens blijven onaangeroerd en komen terug zodra u de oefenmodus uitzet.',
    en: 'In training mode Trede works in a database of its own with the fictional clients of Werkplein Demo. The real data is left untouched and comes back as soon as you switch training mode off.',
  },
  'training.switchOn': { nl: 'Oefenmodus aanzetten', en: 'Switch training mode on' },
  'training.switchOff': { nl: 'Oefenmodus uitzetten (terug naar het echte werk)', en: 'Switch training mode off (back to real work)' },
  'training.switchFailed': { nl: 'De oefenmodus kon niet worden omgezet: {detail}', en: 'Training mode could not be switched: {detail}' },
  'training.back': { nl: 'Terug naar cliënt', en: 'Back to client' },

  // Persona picker
  'training.personas': { nl: 'Cliënten van Werkplein Demo', en: 'Clients of Werkplein Demo' },
  'training.personasHint': {
    nl: 'Kies een cliënt: Trede opent die zoals bij het openen van de cliëntpagina in Werkplein Demo. Begin met een lege intake (de cursist vult in) of vul de antwoorden van deze cliënt stap voor stap in.',
    en: "Pick a client: Trede opens them as when the client's page in Werkplein Demo is opened. Start with an empty intake (the trainee answers) or fill in this client's own answers step by step.",
  },
  'training.clientNumber': { nl: 'klantnummer {number}', en: 'client number {number}' },
  'training.openEmpty': { nl: 'Openen, lege intake', en: 'Open, empty intake' },
  'training.openFilled': { nl: 'Openen met de eigen antwoorden', en: 'Open with own answers' },
  'training.noAnswers': { nl: 'Geen vaste antwoorden: alleen een lege intake.', en: 'No set answers: an empty intake only.' },
  'training.openFailed': { nl: 'Deze cliënt kon niet worden geopend: {detail}', en: 'This client could not be opened: {detail}' },

  // Filling step by step
  'training.fill.title': { nl: 'Antwoorden van {name}, stap voor stap', en: "{name}'s answers, step by step" },
  'training.fill.progress': { nl: 'Ingevuld: {done} van {total} onderdelen.', en: 'Filled in: {done} of {total} parts.' },
  'training.fill.next': { nl: 'Volgende onderdeel invullen: {part}', en: 'Fill in the next part: {part}' },
  'training.fill.done': { nl: 'Alle onderdelen zijn ingevuld. Rond de intake af om de uitslag te zien.', en: 'Every part is filled in. Finish the intake to see the results.' },
  'training.fill.toIntake': { nl: 'Naar de intake', en: 'Go to the intake' },
  'training.fill.scores': { nl: 'Schaalscores met de antwoorden tot nu toe', en: 'Scale scores with the answers so far' },
  'training.fill.scale': { nl: 'Schaal', en: 'Scale' },
  'training.fill.score': { nl: 'Score', en: 'Score' },
  'training.fill.changed': { nl: 'nieuw', en: 'new' },
  'training.fill.failed': { nl: 'Het onderdeel kon niet worden ingevuld: {detail}', en: 'The part could not be filled in: {detail}' },

  // Reset
  'training.reset': { nl: 'Oefengegevens wissen', en: 'Reset training data' },
  'training.resetConfirm': {
    nl: 'Alle cliënten, intakes, concepten, uitkomsten en het logboek van de oefenmodus wissen? Koppelingen en instellingen blijven staan. De echte gegevens worden niet aangeraakt.',
    en: 'Remove every client, intake, draft, outcome and the audit trail of training mode? Adapters and settings stay. The real data is not touched.',
  },
  'training.resetYes': { nl: 'Ja, oefengegevens wissen', en: 'Yes, reset training data' },
  'training.resetNo': { nl: 'Annuleren', en: 'Cancel' },
  'training.resetDone': { nl: 'Oefengegevens gewist: {removed}. De beginstand is terug.', en: 'Training data reset: {removed}. The starting state is back.' },
  'training.resetNothing': { nl: 'Er waren geen oefengegevens om te wissen.', en: 'There was no training data to remove.' },
  'training.resetFailed': { nl: 'De oefengegevens konden niet worden gewist: {detail}. Er is niets gewist.', en: 'The training data could not be reset: {detail}. Nothing was removed.' },
  'training.count.clients': { nl: '{count} cliënt(en)', en: '{count} client(s)' },
  'training.count.intakes': { nl: '{count} intake(s)', en: '{count} intake(s)' },
  'training.count.drafts': { nl: '{count} concept(en)', en: '{count} draft(s)' },
  'training.count.sessions': { nl: '{count} afgesloten sessie(s)', en: '{count} ended session(s)' },
  'training.count.outcomes': { nl: '{count} uitkomst(en)', en: '{count} outcome(s)' },
  'training.count.audit': { nl: '{count} regel(s) in het logboek', en: '{count} audit trail line(s)' },
  'training.count.quarantine': { nl: '{count} apart gezet(te) record(s)', en: '{count} set-aside record(s)' },

  // The walkthrough's frame
  'walk.title': { nl: 'Rondleiding', en: 'Walkthrough' },
  'walk.start': { nl: 'Rondleiding met {name}', en: 'Walkthrough with {name}' },
  'walk.resume': { nl: 'Rondleiding hervatten (stap {step})', en: 'Resume the walkthrough (step {step})' },
  'walk.restart': { nl: 'Opnieuw beginnen', en: 'Start again' },
  'walk.stepOf': { nl: 'Stap {step} van {total}', en: 'Step {step} of {total}' },
  'walk.previous': { nl: 'Vorige stap', en: 'Previous step' },
  'walk.next': { nl: 'Volgende stap', en: 'Next step' },
  'walk.leave': { nl: 'Rondleiding verlaten (later hervatten)', en: 'Leave the walkthrough (resume later)' },
  'walk.finished': { nl: 'Klaar', en: 'Done' },
  'walk.steps': { nl: 'Stappen van de rondleiding', en: 'Steps of the walkthrough' },
  'walk.source': { nl: 'Bron: {citation}', en: 'Source: {citation}' },

  // Step: the setting
  'walk.setting.title': { nl: 'Wat u hier ziet', en: 'What you see here' },
  'walk.setting.p1': {
    nl: '{name} is een verzonnen cliënt van Werkplein Demo, een nagemaakt cliëntsysteem. Het verhaal: {story}',
    en: '{name} is a fictional client of Werkplein Demo, a made-up case-management system. Their story: {story}',
  },
  'walk.setting.p2': {
    nl: 'Links staat het cliëntsysteem van de gemeente, rechts het zijpaneel van Trede. Trede helpt de klantmanager bij de intake: het zet de antwoorden om in scores, een plek op de participatieladder en kansen op uitval en op werk, elk vergeleken met een studiegroep.',
    en: "On the left is the municipality's case-management system, on the right Trede's side panel. Trede helps the caseworker at the intake: it turns the answers into scores, a place on the participation ladder and chances of dropout and of work, each compared with a study group.",
  },
  'walk.setting.p3': {
    nl: 'Alles in deze oefenmodus staat in een aparte database. Het gele lint bovenaan zegt dat op elk scherm; het label naast het klantnummer zegt het ook.',
    en: 'Everything in this training mode sits in a separate database. The yellow strip at the top says so on every screen; the badge next to the client number says so too.',
  },

  // Step: the overlay
  'walk.overlay.title': { nl: 'Trede op de pagina van het cliëntsysteem', en: "Trede on the case-management system's page" },
  'walk.overlay.ready': {
    nl: 'Trede leest een pagina pas als er een koppeling voor dat systeem is en u de browser toestemming gaf. De koppeling voor Werkplein Demo staat al klaar in de oefendatabase (`pnpm demo` zet die klaar): u hoeft niets in te stellen.',
    en: 'Trede reads a page only once there is an adapter for that system and you gave the browser permission. The adapter for Werkplein Demo is already set up in the training database (`pnpm demo` sets it up): there is nothing to set up.',
  },
  'walk.overlay.p1': {
    nl: 'Trede leest een pagina pas als er een koppeling voor dat systeem is en u de browser toestemming gaf. `pnpm demo` zet de koppeling voor Werkplein Demo al klaar in de oefendatabase. Zonder dat: "Koppelingen beheren" → begin met het voorbeeld "Werkplein Demo" → vul het adres van de demo in → Opslaan → sta de vraag van de browser toe.',
    en: 'Trede reads a page only once there is an adapter for that system and you gave the browser permission. `pnpm demo` sets up the adapter for Werkplein Demo in the training database. Without it: "Manage adapters" → start from the preset "Werkplein Demo" → fill in the demo\'s address → Save → allow the browser\'s question.',
  },
  'walk.overlay.p2': {
    nl: 'Open daarna in Werkplein Demo de pagina van {name} (klantnummer {number}). Naast het klantnummer verschijnt het label van Trede: de plek op de ladder en de hoogste kans op uitval, of "nog geen screening". Een klik op het label opent het zijpaneel.',
    en: "Then open {name}'s page in Werkplein Demo (client number {number}). Trede's badge appears next to the client number: the place on the ladder and the highest chance of dropout, or \"no screening yet\". Clicking the badge opens the side panel.",
  },
  'walk.overlay.p3': {
    nl: 'Het zijpaneel volgt de pagina: kies een andere cliënt in Werkplein Demo en het paneel opent die cliënt. Gegevens die op de pagina staan (geboortedatum, kinderen, laatste baan, uitkering sinds) vult Trede voor in de intake; de klantmanager controleert ze. Het klantnummer zelf bewaart Trede nooit, alleen een sleutel die ervan is afgeleid.',
    en: 'The side panel follows the page: pick another client in Werkplein Demo and the panel opens that client. Facts shown on the page (date of birth, children, last job, benefit since) are prefilled in the intake; the caseworker checks them. Trede never keeps the client number itself, only a key derived from it.',
  },

  // Step: the instruments
  'walk.instruments.title': { nl: 'Wat elke vragenlijst meet, en waarom', en: 'What each questionnaire measures, and why' },
  'walk.instruments.p1': {
    nl: 'De intake bestaat uit korte vragenlijsten. Bij {name} zijn deze afgenomen:',
    en: 'The intake is made of short questionnaires. For {name} these were administered:',
  },
  'walk.instruments.what': { nl: 'Wat het meet', en: 'What it measures' },
  'walk.instruments.why': { nl: 'Waarom het gevraagd wordt', en: 'Why it is asked' },
  'walk.instruments.name': { nl: 'Vragenlijst', en: 'Questionnaire' },
  'walk.why.background': {
    nl: 'Kinderen zonder opvang, jaren zonder werk en de eigen verwachting hangen in de studie samen met uitval en met de kans op werk.',
    en: 'Children without childcare, years without work and the own expectation went together with dropout and with the chance of work in the study.',
  },
  'walk.why.basic-competences': {
    nl: 'Laat zien welke vaardigheden er al zijn en waar een traject op kan bouwen.',
    en: 'Shows which skills are already there and what a trajectory can build on.',
  },
  'walk.why.dass-short': {
    nl: 'Somberheid en angst kunnen een traject in de weg zitten; de klantmanager kan dan eerst passende hulp bespreken.',
    en: 'Low mood and anxiety can stand in the way of a trajectory; the caseworker can then first discuss suitable help.',
  },
  'walk.why.dass21': {
    nl: 'De uitgebreide lijst, als de korte versie niet genoeg zegt: depressie, angst en stress apart.',
    en: 'The longer list, when the short version does not say enough: depression, anxiety and stress apart.',
  },
  'walk.why.responsibility': {
    nl: 'Wie werk zoeken als eigen taak ziet, begint vaker aan een traject; dat weegt mee in de kans op uitval vóór de start.',
    en: 'Whoever sees looking for work as their own task more often starts a trajectory; it counts in the chance of dropout before the start.',
  },
  'walk.why.control': {
    nl: 'Het gevoel invloed te hebben op het vinden van werk hoort bij volhouden.',
    en: 'Feeling able to influence finding work goes with keeping going.',
  },
  'walk.why.work-attitude': { nl: 'Hoe belangrijk werk voor de cliënt is: een aanknopingspunt voor het gesprek.', en: 'How much work matters to the client: a starting point for the conversation.' },
  'walk.why.self-efficacy': {
    nl: 'Vertrouwen in eigen kunnen bij werk; weinig vertrouwen is iets om aan te werken, niet een oordeel.',
    en: 'Confidence in working well; little confidence is something to work on, not a verdict.',
  },
  'walk.why.self-direction': { nl: 'Hoeveel de cliënt zelf stuurt in het traject.', en: 'How far the client steers their own trajectory.' },
  'walk.why.placement': {
    nl: 'Na een plaatsing: wat in de bronnen samengaat met werk dat blijft.',
    en: 'After a placement: what the sources link with work that lasts.',
  },
  'walk.why.ladder': {
    nl: 'Waar de cliënt nu staat tussen geïsoleerd en betaald werk, zodat een volgende trede haalbaar gekozen kan worden.',
    en: 'Where the client stands now between isolated and paid work, so that a next rung can be chosen within reach.',
  },

  // Step: a scale score
  'walk.scale.title': { nl: 'Hoe een schaalscore ontstaat: {scale}', en: 'How a scale score comes about: {scale}' },
  'walk.scale.sum': {
    nl: '{name} beantwoordde {answered} van de {total} vragen. De score is de som van de itemscores: {raw}.',
    en: '{name} answered {answered} of the {total} questions. The score is the sum of the item scores: {raw}.',
  },
  'walk.scale.mean': {
    nl: '{name} beantwoordde {answered} van de {total} vragen. De score is het gemiddelde van de itemscores: {raw}.',
    en: '{name} answered {answered} of the {total} questions. The score is the mean of the item scores: {raw}.',
  },
  'walk.scale.multiplied': { nl: 'Die som keer {multiplier} geeft de score {score}.', en: 'That sum times {multiplier} gives the score {score}.' },
  'walk.scale.reverse': {
    nl: 'Een vraag die tegen de schaal in is geformuleerd telt omgekeerd mee (het laagste antwoord telt als het hoogste), zodat hoger steeds meer van hetzelfde betekent.',
    en: 'A question worded against the scale counts reversed (the lowest answer counts as the highest), so that higher always means more of the same.',
  },
  'walk.scale.reference': {
    nl: 'Vergeleken met de studiegroep ({group}: gemiddelde {mean}, standaardafwijking {sd}, n = {n}): z = ({score} − {mean}) / {sd} = {z}. In woorden: {words}.',
    en: 'Compared with the study group ({group}: mean {mean}, standard deviation {sd}, n = {n}): z = ({score} − {mean}) / {sd} = {z}. In words: {words}.',
  },
  'walk.scale.item': { nl: 'Vraag', en: 'Question' },
  'walk.scale.answer': { nl: 'Antwoord', en: 'Answer' },
  'walk.scale.itemScore': { nl: 'Telt als', en: 'Counts as' },
  'walk.scale.caption': { nl: 'De antwoorden van {name} op {scale}', en: "{name}'s answers on {scale}" },
  'walk.scale.others': {
    nl: 'Zo ontstaan alle schaalscores op het uitslagscherm; bij elke schaal staat de tabel waar de vergelijking vandaan komt.',
    en: 'Every scale score on the results screen comes about this way; each scale names the table its comparison comes from.',
  },
  'walk.group.total': { nl: 'totale groep', en: 'total group' },
  'walk.group.control': { nl: 'controlegroep', en: 'control group' },
  'walk.group.intervention': { nl: 'interventiegroep', en: 'intervention group' },

  // Step: the ladder
  'walk.ladder.title': { nl: 'De plek op de participatieladder', en: 'The place on the participation ladder' },
  'walk.ladder.p1': {
    nl: 'De ladder heeft zes treden, van geïsoleerd tot betaald werk; met of zonder groeipotentieel geeft dat twaalf posities. {name}: {position} — {label}.',
    en: 'The ladder has six rungs, from isolated to paid work; with or without growth potential that makes twelve positions. {name}: {position} — {label}.',
  },
  'walk.ladder.p2': { nl: 'Hoe Trede daar kwam: {reason}', en: 'How Trede got there: {reason}' },
  'walk.ladder.none': { nl: 'Zonder de ladderantwoorden heeft {name} nog geen plek op de ladder: {reason}', en: 'Without the ladder answers {name} has no place on the ladder yet: {reason}' },

  // Step: the bands
  'walk.bands.title': { nl: 'Hoe een band ontstaat', en: 'How a band comes about' },
  'walk.bands.p1': {
    nl: 'Voor elk moment berekent een model uit de studie de kans voor deze cliënt en zet die naast de kans in de studiegroep. Trede toont de kans als "ongeveer zoveel van de tien of honderd", nooit als vonnis.',
    en: 'For each moment a model from the study computes the chance for this client and sets it beside the chance in the study group. Trede shows the chance as "about so many in ten or a hundred", never as a verdict.',
  },
  'walk.bands.moment': { nl: 'Moment', en: 'Moment' },
  'walk.bands.client': { nl: '{name}', en: '{name}' },
  'walk.bands.group': { nl: 'Studiegroep', en: 'Study group' },
  'walk.bands.bandWithRatio': { nl: '{band} (odds-verhouding {ratio})', en: '{band} (odds ratio {ratio})' },
  'walk.bands.band': { nl: 'Band', en: 'Band' },
  'walk.bands.caption': { nl: 'Kansen van {name} naast die van de studiegroep', en: "{name}'s chances beside the study group's" },
  'walk.bands.factor': {
    nl: 'Wat het meest meeweegt bij "{moment}": {factor} (waarde {value}, odds-verhouding per eenheid {ratio}; {citation}).',
    en: 'What weighs most in "{moment}": {factor} (value {value}, odds ratio per unit {ratio}; {citation}).',
  },
  'walk.bands.notEstimated': { nl: '{moment}: {reason}', en: '{moment}: {reason}' },

  // Step: what the caseworker does next
  'walk.next.title': { nl: 'Wat de klantmanager daarna doet', en: 'What the caseworker does next' },
  'walk.next.actions': {
    nl: 'Acties: bij een factor die zorgen geeft staat wat volgens de bron kan helpen. Voor {name} bijvoorbeeld: {action}',
    en: 'Actions: a factor of concern comes with what may help according to the source. For {name}, for example: {action}',
  },
  'walk.next.noAction': { nl: 'Acties: bij een factor die zorgen geeft staat wat volgens de bron kan helpen; bij {name} geeft geen factor zorgen.', en: 'Actions: a factor of concern comes with what may help according to the source; for {name} no factor is of concern.' },
  'walk.next.override': {
    nl: 'Afwijken: kent de klantmanager de cliënt beter dan het model, dan kiest zij of hij een andere band met een reden. Beide banden blijven zichtbaar en het logboek houdt de afwijking bij.',
    en: "Override: when the caseworker knows the client better than the model, they choose another band with a reason. Both bands stay visible and the audit trail keeps the override.",
  },
  'walk.next.outcome': {
    nl: 'Uitkomst vastleggen: gestart, uitgevallen, aan het werk. Zo kan de gemeente later zien of de kansen bij haar eigen cliënten kloppen.',
    en: "Record the outcome: started, dropped out, in work. That way the municipality can later see whether the chances hold for its own clients.",
  },
  'walk.next.summary': {
    nl: 'Samenvatting: kopieer die, of zet die met "Invoegen" in het notitieveld van het cliëntsysteem. De klantmanager slaat de notitie zelf op in dat systeem.',
    en: "Summary: copy it, or put it into the case system's notes field with \"Insert\". The caseworker saves the note in that system themselves.",
  },
  'walk.next.history': {
    nl: 'Een tweede intake later laat in de geschiedenis zien hoe scores en de plek op de ladder veranderd zijn.',
    en: 'A second intake later shows in the history how the scores and the place on the ladder changed.',
  },

  // Step: what Trede does not do
  'walk.limits.title': { nl: 'Wat Trede niet doet', en: 'What Trede does not do' },
  'walk.limits.decide': {
    nl: 'Trede beslist niets. Een band zegt iets over een groep mensen met vergelijkbare antwoorden, niet over wat deze cliënt zal doen; de klantmanager besluit, samen met de cliënt.',
    en: 'Trede decides nothing. A band says something about a group of people with similar answers, not about what this client will do; the caseworker decides, together with the client.',
  },
  'walk.limits.send': {
    nl: 'Trede verstuurt niets. Alle gegevens blijven op deze computer; alleen wat de klantmanager zelf kopieert of invoegt, komt in een ander systeem.',
    en: 'Trede sends nothing. All data stays on this computer; only what the caseworker copies or inserts reaches another system.',
  },
  'walk.limits.cause': {
    nl: 'Een factor die samengaat met uitval is geen oorzaak. De bronnen zeggen hoe sterk het verband was in hun studie, niet dat het bij iedereen zo werkt.',
    en: 'A factor that goes with dropout is not a cause. The sources say how strong the link was in their study, not that it works that way for everyone.',
  },
  'walk.limits.end': {
    nl: 'Einde van de rondleiding. Kies een andere cliënt om te zien hoe andere antwoorden andere uitkomsten geven.',
    en: 'End of the walkthrough. Pick another client to see how other answers give other results.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
