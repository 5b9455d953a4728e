/** Strings of the client and intake screens (Dutch and English). */
export const intakeMessages = {
  'nav.client': { nl: 'Cliënt', en: 'Client' },

  // Client screen: opening a client by reference
  'client.heading': { nl: 'Cliënt openen', en: 'Open a client' },
  'client.refLabel': { nl: 'Cliëntnummer of BSN', en: 'Client number or BSN' },
  'client.refHint': {
    nl: 'Trede bewaart dit nummer niet; het maakt er op deze computer een pseudonieme sleutel van.',
    en: 'Trede does not store this number; it turns it into a pseudonymous key on this computer.',
  },
  'client.open': { nl: 'Cliënt openen', en: 'Open client' },
  'client.opening': { nl: 'Bezig met openen…', en: 'Opening…' },
  'client.bsnNote': {
    nl: 'Dit is een BSN. Het nummer wordt nergens opgeslagen: Trede gebruikt alleen een pseudonieme sleutel en toont de laatste cijfers.',
    en: 'This is a BSN. The number is never stored: Trede only uses a pseudonymous key and shows the last digits.',
  },
  'client.current': { nl: 'Cliënt {reference}', en: 'Client {reference}' },
  'client.nickname': { nl: 'Bijnaam: {label}', en: 'Nickname: {label}' },
  'nickname.add': { nl: 'Bijnaam toevoegen', en: 'Add a nickname' },
  'nickname.change': { nl: 'Bijnaam wijzigen', en: 'Change the nickname' },
  'nickname.label': { nl: 'Bijnaam (alleen voor u, op deze computer)', en: 'Nickname (only for you, on this computer)' },
  'nickname.hint': {
    nl: 'Bijvoorbeeld “J., dinsdag”, hoogstens 60 tekens. Noteer geen naam, adres of BSN: Trede weigert een BSN, klantnummer, telefoonnummer, e-mailadres, IBAN of postcode, maar herkent een naam of adres niet altijd. Leeg laten en opslaan haalt de bijnaam weg.',
    en: 'For example “J., Tuesday”, at most 60 characters. Do not write a name, address or BSN: Trede refuses a BSN, client number, phone number, e-mail address, IBAN or postcode, but cannot always recognise a name or an address. Saving it empty removes the nickname.',
  },
  'nickname.save': { nl: 'Bijnaam opslaan', en: 'Save nickname' },
  'nickname.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'client.loading': { nl: 'Gegevens van de cliënt laden…', en: 'Loading the client’s data…' },
  'client.noScreening': {
    nl: 'Nog geen screening voor deze cliënt.',
    en: 'No screening yet for this client.',
  },
  'client.noScreeningHelp': {
    nl: 'Start een intake om de vragenlijsten met de cliënt door te lopen. Elk antwoord wordt meteen als concept bewaard.',
    en: 'Start an intake to go through the questionnaires with the client. Every answer is saved as a draft straight away.',
  },
  'client.startIntake': { nl: 'Intake starten', en: 'Start intake' },
  'client.newIntake': { nl: 'Nieuwe intake starten', en: 'Start a new intake' },
  'client.resumeIntake': { nl: 'Intake hervatten', en: 'Resume intake' },
  'client.draftHeading': { nl: 'Onafgeronde intake', en: 'Unfinished intake' },
  'client.draftProgress': {
    nl: '{answered} van {total} vragen beantwoord, laatst opgeslagen {when}.',
    en: '{answered} of {total} questions answered, last saved {when}.',
  },
  'client.latestHeading': { nl: 'Laatste screening', en: 'Latest screening' },
  'client.latestDate': { nl: 'Datum', en: 'Date' },
  'client.latestLadder': { nl: 'Participatieladder', en: 'Participation ladder' },
  'client.ladderPosition': { nl: 'positie {position} van 12', en: 'position {position} of 12' },
  'client.ladderUnknown': { nl: 'niet bepaald', en: 'not determined' },
  'client.latestRisk': { nl: 'Hoogste kans op uitval', en: 'Highest chance of dropping out' },
  'client.riskNone': { nl: 'geen uitvalkans berekend', en: 'no dropout chance computed' },
  'client.latestWork': { nl: 'Kans op werk of studie', en: 'Chance of work or study' },
  'client.workNone': { nl: 'niet berekend', en: 'not computed' },
  'client.intakeCount': {
    nl: 'Aantal intakes: {count}.',
    en: 'Number of intakes: {count}.',
  },
  'client.openResults': { nl: 'Uitslag bekijken', en: 'View results' },
  'client.openHistory': { nl: 'Geschiedenis', en: 'History' },
  'client.openOutcomes': { nl: 'Uitkomsten vastleggen', en: 'Record outcomes' },
  'client.openRights': { nl: 'Gegevens inzien, exporteren of verwijderen', en: 'View, export or delete data' },
  'client.readError': {
    nl: 'De gegevens van deze cliënt konden niet worden gelezen: {detail}',
    en: 'The client’s data could not be read: {detail}',
  },

  // Shown on the results screen: the warnings core gave with the result.
  'intake.resultWarnings': { nl: 'Let op bij deze intake', en: 'Check this intake' },
  'intake.resultWarningsNote': {
    nl: 'Trede heeft de intake gescoord; deze punten verdienen een tweede blik.',
    en: 'Trede scored the intake; these points deserve a second look.',
  },
  'client.discardDraft': { nl: 'Concept weggooien en opnieuw beginnen', en: 'Throw the draft away and start again' },
  'client.discardConfirm': {
    nl: 'De antwoorden van dit concept gaan verloren. Weet u het zeker?',
    en: 'The answers in this draft will be lost. Are you sure?',
  },
  'client.discardYes': { nl: 'Ja, weggooien', en: 'Yes, throw away' },
  'client.discardNo': { nl: 'Nee, bewaren', en: 'No, keep it' },
} as const satisfies Record<string, { nl: string; en: string }>;
