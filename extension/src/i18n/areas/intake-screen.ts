/**
 * Strings of the intake screen and its questions (src/ui/screens/IntakeScreen.tsx, src/ui/intake/Question.tsx).
 * That screen loads on demand, after the client screen (src/app/App.tsx), and adds these with itself
 * (src/i18n/intake-screen-texts.ts): the side panel does not load them to open.
 */
export const intakeScreenMessages = {
  'intake.heading': { nl: 'Intake', en: 'Intake' },
  'intake.forClient': { nl: 'Intake voor cliënt {reference}', en: 'Intake for client {reference}' },
  'intake.backToClient': { nl: 'Terug naar de cliënt', en: 'Back to the client' },
  'intake.loading': { nl: 'Intake laden…', en: 'Loading the intake…' },
  'intake.noInstruments': {
    nl: 'Er staan geen vragenlijsten aan in de instellingen.',
    en: 'No questionnaires are switched on in the settings.',
  },
  'intake.progressLabel': { nl: 'Voortgang van de intake', en: 'Intake progress' },
  'intake.progress': { nl: '{answered} van {total} beantwoord', en: '{answered} of {total} answered' },
  'intake.step': { nl: 'Onderdeel {step} van {steps}', en: 'Part {step} of {steps}' },
  'intake.stepAnswered': { nl: '{answered} van {total} vragen in dit onderdeel beantwoord', en: '{answered} of {total} questions in this part answered' },
  'intake.stepsNav': { nl: 'Onderdelen van de intake', en: 'Parts of the intake' },
  'intake.prev': { nl: 'Vorige', en: 'Previous' },
  'intake.next': { nl: 'Volgende', en: 'Next' },
  'intake.finish': { nl: 'Intake afronden en scoren', en: 'Finish and score the intake' },
  'intake.finishing': { nl: 'Bezig met scoren…', en: 'Scoring…' },
  'intake.unansweredLeft': {
    nl: 'Nog {count} vragen niet beantwoord. U kunt toch afronden; per schaal bepaalt de regel voor ontbrekende antwoorden of er een score komt.',
    en: '{count} questions not answered yet. You can still finish; for each scale the missing-answer rule decides whether there is a score.',
  },
  'intake.issuesHeading': {
    nl: 'De intake kon niet worden gescoord. Niets is opgeslagen behalve het concept:',
    en: 'The intake could not be scored. Nothing was saved except the draft:',
  },
  'intake.goToQuestion': { nl: 'Naar de vraag', en: 'Go to the question' },
  'intake.finishError': { nl: 'Afronden is mislukt: {detail}', en: 'Finishing failed: {detail}' },
  'intake.answered': { nl: 'Beantwoord', en: 'Answered' },
  'intake.notAnswered': { nl: 'Nog niet beantwoord', en: 'Not answered yet' },
  'intake.clear': { nl: 'Wis antwoord', en: 'Clear answer' },
  'intake.clearFor': { nl: 'bij: {question}', en: 'for: {question}' },
  'intake.yes': { nl: 'Ja', en: 'Yes' },
  'intake.followUp': { nl: 'Vervolgvraag bij: {question}', en: 'Follow-up to: {question}' },
  'intake.checksHeading': {
    nl: 'Let op: deze antwoorden kunnen niet allebei kloppen. Kijk ze na; afronden kan ook zonder.',
    en: 'Check: these answers cannot both be right. Please look at them; you can still finish without changing them.',
  },
  'intake.no': { nl: 'Nee', en: 'No' },
  'intake.numberInvalid': {
    nl: 'Niet opgeslagen: vul {allowed} in.',
    en: 'Not saved: enter {allowed}.',
  },
  'intake.numberNotANumber': {
    nl: 'Niet opgeslagen: dit is geen getal. Vul {allowed} in.',
    en: 'Not saved: this is not a number. Enter {allowed}.',
  },
  'intake.draftSaving': { nl: 'Concept opslaan…', en: 'Saving draft…' },
  'intake.draftSaved': { nl: 'Concept opgeslagen om {time}', en: 'Draft saved at {time}' },
  'intake.draftError': {
    nl: 'Het concept kon niet worden opgeslagen: {detail}',
    en: 'The draft could not be saved: {detail}',
  },
  'intake.draftResumed': {
    nl: 'Verder met het concept van {when}: {answered} van {total} vragen waren al beantwoord.',
    en: 'Continuing the draft of {when}: {answered} of {total} questions were already answered.',
  },

  // One intake in two windows, and a draft that could not be read
  'intake.draftUnreadable': {
    nl: 'Het opgeslagen concept kon niet worden gelezen en is niet gebruikt: {detail} Het blijft ongewijzigd bewaard; bij uw eerste antwoord wordt het apart gezet in de quarantaine en begint een nieuw concept.',
    en: 'The saved draft could not be read and was not used: {detail} It stays as it is; your first answer sets it aside in the quarantine and starts a new draft.',
  },
  'intake.sessionCompletedHere': {
    nl: 'Deze intake is intussen afgerond in een ander venster. Antwoorden die u hier nog geeft, worden niet opgeslagen.',
    en: 'This intake has meanwhile been finished in another window. Answers you give here now are not saved.',
  },
  'intake.sessionDiscardedHere': {
    nl: 'Dit concept is intussen weggegooid in een ander venster. Antwoorden die u hier nog geeft, worden niet opgeslagen.',
    en: 'This draft has meanwhile been thrown away in another window. Answers you give here now are not saved.',
  },
  'intake.openStoredResults': { nl: 'Naar de opgeslagen uitslag', en: 'Go to the stored results' },
  'intake.updatedElsewhere': {
    nl: 'Antwoorden uit een ander venster zijn bijgewerkt.',
    en: 'Answers from another window have been brought in.',
  },
  'intake.draftSetAside': {
    nl: 'Het onleesbare record in "{store}" (sleutel {key}) is ongewijzigd apart gezet in de quarantaine (nummer {id}); het nieuwe record vervangt het.',
    en: 'The unreadable record in "{store}" (key {key}) was set aside unchanged in the quarantine (number {id}); the new record takes its place.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
