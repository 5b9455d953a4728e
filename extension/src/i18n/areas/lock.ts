/**
 * Strings of the lock screens (set up, unlock) and of the lock settings on the options page
 * (src/ui/lock/*). Loaded with those screens only: the side panel does not load them to open.
 * The lock button in the header and the badge's locked text are first-load strings (src/i18n/messages.ts).
 */
export const lockMessages = {
  // Set up, on first run (and for installs from before encryption existed)
  'lock.setup.heading': { nl: 'Uw gegevens beveiligen met een wachtzin', en: 'Protect your data with a passphrase' },
  'lock.setup.intro': {
    nl: 'Trede bewaart gezondheidsgegevens van cliënten op deze computer. Met versleuteling zijn ze alleen met uw wachtzin te lezen: wie een kopie van dit browserprofiel in handen krijgt, kan er niets mee en kan ook niet nagaan welke cliëntnummers erin staan.',
    en: 'Trede keeps clients’ health data on this computer. With encryption it can only be read with your passphrase: someone who gets hold of a copy of this browser profile can do nothing with it, and cannot tell which client numbers are in it either.',
  },
  'lock.setup.existing': {
    nl: 'Er staan al gegevens in Trede van voordat versleuteling bestond. Die worden hier op deze computer versleuteld; er gaat niets verloren. Wordt dat onderbroken, dan gaat het verder bij de volgende keer ontgrendelen.',
    en: 'Trede already holds data from before encryption existed. It is encrypted in place, on this computer; nothing is lost. If that is interrupted, it carries on at the next unlock.',
  },
  'lock.setup.warningHeading': { nl: 'Een vergeten wachtzin is niet te herstellen', en: 'A forgotten passphrase cannot be recovered' },
  'lock.setup.warning': {
    nl: 'Niemand kan uw wachtzin terughalen of opnieuw instellen: Trede niet, uw beheerder niet. Raakt u hem kwijt, dan zijn de gegevens in Trede niet meer te openen en gaan ze verloren. Bewaar hem zoals uw organisatie dat voorschrijft, bijvoorbeeld in een wachtwoordkluis.',
    en: 'Nobody can retrieve or reset your passphrase: not Trede, not your administrator. If you lose it, the data in Trede can no longer be opened and is lost. Keep it the way your organisation prescribes, for instance in a password manager.',
  },
  'lock.setup.acknowledge': {
    nl: 'Ik begrijp dat de gegevens verloren zijn als ik mijn wachtzin kwijtraak.',
    en: 'I understand that the data is lost if I lose my passphrase.',
  },
  'lock.setup.encrypt': { nl: 'Versleutelen', en: 'Encrypt' },
  'lock.setup.busy': { nl: 'Bezig met versleutelen…', en: 'Encrypting…' },
  'lock.setup.progress': { nl: 'Bestaande gegevens versleuteld: {done} van {total}', en: 'Existing records encrypted: {done} of {total}' },
  'lock.setup.plainHeading': { nl: 'Liever zonder versleuteling?', en: 'Rather without encryption?' },
  'lock.setup.plainExplain': {
    nl: 'Dan staan de gegevens leesbaar op deze computer: een kopie van dit browserprofiel geeft alles prijs, ook de cliëntnummers. U kunt versleuteling later alsnog aanzetten in de instellingen.',
    en: 'Then the data lies readable on this computer: a copy of this browser profile gives everything away, the client numbers included. You can switch encryption on later in the settings.',
  },
  'lock.setup.plain': { nl: 'Zonder versleuteling werken', en: 'Work without encryption' },
  'lock.setup.failed': { nl: 'Versleutelen is niet gelukt: {detail} Er is niets verloren.', en: 'Encrypting did not succeed: {detail} Nothing is lost.' },
  'lock.setup.plainFailed': { nl: 'Deze keuze kon niet worden bewaard: {detail}', en: 'This choice could not be saved: {detail}' },

  // Passphrase fields and their checks (nothing is set or changed when one fails)
  'lock.field.passphrase': { nl: 'Wachtzin', en: 'Passphrase' },
  'lock.field.repeat': { nl: 'Wachtzin nogmaals', en: 'Passphrase again' },
  'lock.rule': {
    nl: 'Minstens {min} tekens. Een paar losse woorden die niets met elkaar te maken hebben, werkt goed en is makkelijk te onthouden.',
    en: 'At least {min} characters. A few unrelated words work well and are easy to remember.',
  },
  'lock.error.short': {
    nl: 'De wachtzin is te kort: {length} tekens, er zijn er minstens {min} nodig. Er is niets ingesteld.',
    en: 'The passphrase is too short: {length} characters, at least {min} are needed. Nothing was set.',
  },
  'lock.error.mismatch': {
    nl: 'De twee wachtzinnen zijn niet gelijk. Er is niets ingesteld; typ dezelfde wachtzin twee keer.',
    en: 'The two passphrases are not the same. Nothing was set; type the same passphrase twice.',
  },
  'lock.error.acknowledge': {
    nl: 'Vink eerst aan dat u begrijpt dat een vergeten wachtzin niet te herstellen is. Er is niets ingesteld.',
    en: 'First tick that you understand a forgotten passphrase cannot be recovered. Nothing was set.',
  },
  'lock.error.empty': { nl: 'Vul uw wachtzin in.', en: 'Enter your passphrase.' },
  'lock.capsLock': { nl: 'Caps Lock staat aan.', en: 'Caps Lock is on.' },

  // Unlock
  'lock.unlock.heading': { nl: 'Trede is vergrendeld', en: 'Trede is locked' },
  'lock.unlock.intro': {
    nl: 'Vul uw wachtzin in om de gegevens op deze computer te openen.',
    en: 'Enter your passphrase to open the data on this computer.',
  },
  'lock.unlock.submit': { nl: 'Ontgrendelen', en: 'Unlock' },
  'lock.unlock.busy': { nl: 'Bezig met ontgrendelen…', en: 'Unlocking…' },
  'lock.unlock.wrong': {
    nl: 'Deze wachtzin klopt niet. Er is niets veranderd; probeer het opnieuw. Let op hoofdletters, spaties en Caps Lock.',
    en: 'This passphrase is not right. Nothing was changed; try again. Mind capitals, spaces and Caps Lock.',
  },
  'lock.unlock.failed': { nl: 'Ontgrendelen is niet gelukt: {detail}', en: 'Unlocking did not succeed: {detail}' },
  'lock.unlock.progress': {
    nl: 'Gegevens van voor de versleuteling worden alsnog versleuteld: {done} van {total}',
    en: 'Records from before encryption are being encrypted: {done} of {total}',
  },
  'lock.unlock.lostHeading': { nl: 'Wachtzin kwijt?', en: 'Lost your passphrase?' },
  'lock.erase.start': { nl: 'Alle gegevens wissen en opnieuw beginnen…', en: 'Erase all data and start again…' },
  'lock.erase.warning': {
    nl: 'Dit wist voorgoed alles wat Trede op deze computer bewaart: alle cliënten, intakes, uitkomsten, het logboek, de instellingen en de koppelingen. Het kan niet ongedaan worden gemaakt. Daarna begint Trede opnieuw, met een nieuwe wachtzin. (De oefengegevens blijven staan.)',
    en: 'This erases for good everything Trede keeps on this computer: all clients, intakes, outcomes, the audit trail, the settings and the adapters. It cannot be undone. Trede then starts again, with a new passphrase. (The training data stays.)',
  },
  'lock.erase.confirm': { nl: 'Ja, alles definitief wissen', en: 'Yes, erase everything for good' },
  'lock.erase.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'lock.erase.failed': { nl: 'Wissen is niet gelukt: {detail}', en: 'Erasing failed: {detail}' },
  'lock.unlock.lost': {
    nl: 'Niemand kan hem herstellen, ook uw beheerder niet: zonder de wachtzin zijn de gegevens in Trede niet meer te openen. Wat dan nog kan, is de gegevens wissen en opnieuw beginnen.',
    en: 'Nobody can recover it, not your administrator either: without the passphrase the data in Trede can no longer be opened. What remains possible is erasing the data and starting again.',
  },

  // Options page: lock settings
  'options.nav.lock': { nl: 'Vergrendeling', en: 'Lock' },
  'lock.settings.heading': { nl: 'Vergrendeling en versleuteling', en: 'Lock and encryption' },
  'lock.settings.on': {
    nl: 'Versleuteling staat aan: de gegevens op deze computer zijn alleen met uw wachtzin te lezen.',
    en: 'Encryption is on: the data on this computer can only be read with your passphrase.',
  },
  'lock.settings.off': {
    nl: 'Versleuteling staat uit: de gegevens staan leesbaar op deze computer. Een kopie van dit browserprofiel geeft alles prijs.',
    en: 'Encryption is off: the data lies readable on this computer. A copy of this browser profile gives everything away.',
  },
  'lock.settings.switchOn': { nl: 'Versleuteling aanzetten', en: 'Switch encryption on' },
  'lock.settings.switchOnIntro': {
    nl: 'Wat Trede al bewaart, wordt hier op deze computer versleuteld; er gaat niets verloren. Wordt dat onderbroken, dan gaat het verder bij de volgende keer ontgrendelen.',
    en: 'What Trede already holds is encrypted in place, on this computer; nothing is lost. If that is interrupted, it carries on at the next unlock.',
  },
  'lock.settings.idleLabel': { nl: 'Vergrendelen na zoveel minuten zonder gebruik', en: 'Lock after this many minutes without use' },
  'lock.settings.idleHint': {
    nl: 'Een heel getal van 1 tot 480. Trede vergrendelt ook als de browser wordt afgesloten.',
    en: 'A whole number from 1 to 480. Trede also locks when the browser is closed.',
  },
  'lock.settings.idleSave': { nl: 'Opslaan', en: 'Save' },
  'lock.settings.idleSaved': {
    nl: 'Opgeslagen: Trede vergrendelt na {minutes} minuten zonder gebruik.',
    en: 'Saved: Trede locks after {minutes} minutes without use.',
  },
  'lock.settings.idleInvalid': {
    nl: '"{value}" is geen geldig aantal minuten: verwacht een heel getal van 1 tot 480. Er is niets opgeslagen.',
    en: '"{value}" is not a valid number of minutes: expected a whole number from 1 to 480. Nothing was saved.',
  },
  'lock.settings.failed': { nl: 'Opslaan is niet gelukt: {detail}', en: 'Saving did not succeed: {detail}' },
  'lock.settings.readFailed': { nl: 'De instellingen konden niet worden gelezen: {detail}', en: 'The settings could not be read: {detail}' },

  // Options page: change the passphrase
  'lock.change.heading': { nl: 'Wachtzin wijzigen', en: 'Change the passphrase' },
  'lock.change.current': { nl: 'Huidige wachtzin', en: 'Current passphrase' },
  'lock.change.next': { nl: 'Nieuwe wachtzin', en: 'New passphrase' },
  'lock.change.repeat': { nl: 'Nieuwe wachtzin nogmaals', en: 'New passphrase again' },
  'lock.change.submit': { nl: 'Wachtzin wijzigen', en: 'Change the passphrase' },
  'lock.change.busy': { nl: 'Bezig met wijzigen…', en: 'Changing…' },
  'lock.change.done': { nl: 'De wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe.', en: 'The passphrase has been changed. Use the new one from now on.' },
  'lock.change.wrong': {
    nl: 'De huidige wachtzin klopt niet. Er is niets veranderd; de oude wachtzin geldt nog.',
    en: 'The current passphrase is not right. Nothing was changed; the old passphrase still holds.',
  },
  'lock.change.failed': {
    nl: 'Wijzigen is niet gelukt: {detail} Er is niets veranderd; de oude wachtzin geldt nog.',
    en: 'Changing did not succeed: {detail} Nothing was changed; the old passphrase still holds.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
