/**
 * Strings about keeping the caseworker's work: storage that fails (full, closed, aborted), a database upgrade
 * that waits for another window, intake sessions shared by two windows, and records set aside because they
 * could not be read. Every failure says what happened, that nothing was lost, and what to do.
 * {reason} is the browser's own name for the failure (e.g. QuotaExceededError), kept for whoever helps.
 */
export const storeMessages = {
  // {action} is error.storage.write or error.storage.read: a failed save is never called a failed read.
  'error.storage.write': { nl: 'Opslaan', en: 'Saving' },
  'error.storage.read': { nl: 'Lezen', en: 'Reading' },
  'error.storage.full': {
    nl: '{action} lukt niet: de opslag op deze computer is vol ({reason}). Er is niets gewijzigd. Maak ruimte vrij op de schijf (of vraag uw beheerder) en probeer het opnieuw.',
    en: '{action} failed: the storage on this computer is full ({reason}). Nothing was changed. Free up disk space (or ask your administrator) and try again.',
  },
  'error.storage.closed': {
    nl: '{action} lukt niet: de verbinding met de gegevens is gesloten, meestal omdat Trede in een ander venster is bijgewerkt ({reason}). Er is niets gewijzigd. Sluit dit venster of zijpaneel en open Trede opnieuw.',
    en: '{action} failed: the connection to the data was closed, usually because Trede was updated in another window ({reason}). Nothing was changed. Close this window or side panel and open Trede again.',
  },
  'error.storage.aborted': {
    nl: '{action} is door de browser afgebroken ({reason}). Er is niets gewijzigd. Probeer het opnieuw; lukt het steeds niet, sluit dan het zijpaneel en open het opnieuw.',
    en: '{action} failed: the browser stopped it ({reason}). Nothing was changed. Try again; if it keeps failing, close the side panel and open it again.',
  },
  'error.storage.other': {
    nl: '{action} is mislukt ({reason}). Er is niets gewijzigd. Probeer het opnieuw; lukt het steeds niet, sluit dan het zijpaneel en open het opnieuw.',
    en: '{action} failed ({reason}). Nothing was changed. Try again; if it keeps failing, close the side panel and open it again.',
  },
  'error.store.upgradeBlocked': {
    nl: 'Trede moet zijn gegevens bijwerken, maar een ander Trede-venster of -zijpaneel houdt ze nog open. Sluit alle andere vensters met Trede en open dit opnieuw. Er gaat niets verloren.',
    en: 'Trede needs to update its data, but another Trede window or side panel still holds it open. Close every other window with Trede and open this one again. Nothing is lost.',
  },
  'error.unexpected': {
    nl: 'Er ging iets onverwachts mis ({reason}).',
    en: 'Something unexpected went wrong ({reason}).',
  },

  // Intake sessions: one intake open in two windows.
  'error.draft.sessionCompleted': {
    nl: 'Deze intake is al afgerond (in dit of een ander venster). Wat hier daarna is ingevuld, is niet opgeslagen; de uitslag staat bij de cliënt.',
    en: 'This intake has already been finished (in this or another window). What was entered here after that was not saved; the results are with the client.',
  },
  'error.draft.sessionDiscarded': {
    nl: 'Dit concept is weggegooid (in dit of een ander venster). Wat hier daarna is ingevuld, is niet opgeslagen. Start zo nodig een nieuwe intake.',
    en: 'This draft was thrown away (in this or another window). What was entered here after that was not saved. Start a new intake if needed.',
  },
  'error.draft.changedElsewhere': {
    nl: 'In een ander venster zijn intussen antwoorden opgeslagen. Ze staan nu ook hier; kijk ze na en rond opnieuw af.',
    en: 'Answers were saved in another window in the meantime. They are shown here now; check them and finish again.',
  },

  // Records that could not be read: the client screen shows what it could read, and names the rest.
  'client.problemsHeading': {
    nl: 'Niet alles van deze cliënt kon worden gelezen. De rest werkt gewoon; het onleesbare is bewaard:',
    en: 'Not everything about this client could be read. The rest works as usual; what could not be read has been kept:',
  },
  'client.startError': {
    nl: 'De intake kon niet worden gestart: {detail}',
    en: 'The intake could not be started: {detail}',
  },
  'client.discardError': {
    nl: 'Het concept is niet weggegooid: {detail}',
    en: 'The draft was not thrown away: {detail}',
  },
  'client.draftUnreadable': {
    nl: 'Er is een onafgerond concept dat niet kan worden gelezen. Het blijft bewaard; een nieuwe intake zet het apart in de quarantaine.',
    en: 'There is an unfinished draft that cannot be read. It is kept; a new intake sets it aside in the quarantine.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
