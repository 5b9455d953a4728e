/**
 * Every user-facing string of the extension, in Dutch (the default) and English, in this one file.
 * Placeholders are written {name} and filled in by t() (src/i18n/t.ts).
 * Keys starting with `manifest.` become the browser's _locales/<lang>/messages.json at build time
 * (see src/manifest.ts), so the store listing and toolbar follow the same file.
 */
import type { adapterMessages } from './areas/adapters';
import type { freeTextMessages } from './areas/free-text';
import { intakeMessages } from './areas/intake';
import type { intakeScreenMessages } from './areas/intake-screen';
import type { lockMessages } from './areas/lock';
import { overlayMessages } from './areas/overlay';
import type { prefillMessages } from './areas/prefill';
import type { resultsMessages } from './areas/results';
import type { rightsMessages } from './areas/rights';
import type { storageSettingsMessages } from './areas/storage-settings';
import { storeMessages } from './areas/store';
import { trainingMarkerMessages } from './areas/training-marker';
import type { trainingMessages } from './areas/training';
import type { trainingBadgeMessages } from './areas/training-badge';

export const messages = {
  // Screens: each area keeps its strings in its own file under ./areas.
  ...intakeMessages,
  ...overlayMessages,
  ...storeMessages,
  ...trainingMarkerMessages,

  // Manifest and toolbar (_locales). Chrome limits the description to 132 characters.
  'manifest.name': { nl: 'Trede', en: 'Trede' },
  'manifest.description': {
    nl: 'Screening bij de intake voor re-integratie: scores, participatieladder, kans op uitval en op werk. Gegevens blijven lokaal.',
    en: 'Intake screening for re-integration: scores, participation ladder, chance of dropout and of work. Data stays on this computer.',
  },
  'manifest.actionTitle': { nl: 'Trede openen in het zijpaneel', en: 'Open Trede in the side panel' },

  // App shell
  'app.title': { nl: 'Trede', en: 'Trede' },
  'app.tagline': { nl: 'Screening bij de intake', en: 'Intake screening' },
  'app.loading': { nl: 'Bezig met laden…', en: 'Loading…' },
  'app.storeError': {
    nl: 'De gegevens op deze computer konden niet worden geopend ({detail}). Er is niets verloren; probeer het zijpaneel opnieuw te openen.',
    en: 'The data on this computer could not be opened ({detail}). Nothing is lost; try opening the side panel again.',
  },
  'app.screenLoadError': {
    nl: 'Dit scherm kon niet worden geladen. Sluit het zijpaneel en open het opnieuw.',
    en: 'This screen could not be loaded. Close the side panel and open it again.',
  },
  'app.placeholder': {
    nl: 'Open een cliënt in uw eigen systeem om te beginnen. De schermen voor de intake volgen.',
    en: 'Open a client in your own system to begin. The intake screens are coming.',
  },
  'app.localOnly': { nl: 'Alle gegevens blijven op deze computer.', en: 'All data stays on this computer.' },
  'app.settingsUnreadable': {
    nl: 'De instellingen konden niet worden gelezen; Trede werkt met de standaardinstellingen (Nederlands). Het onleesbare record blijft bewaard tot u een instelling wijzigt; dan wordt het apart gezet.',
    en: 'The settings could not be read; Trede works with the default settings (Dutch). The unreadable record is kept until you change a setting; then it is set aside.',
  },

  // Encryption at rest: the lock button in every page's header, and the badge on the caseworker's own system
  // while Trede is locked. The lock screens' strings load with those screens (src/i18n/areas/lock.ts).
  'lock.button': { nl: 'Vergrendelen', en: 'Lock' },
  'badge.locked': { nl: 'Trede vergrendeld', en: 'Trede locked' },
  'badge.lockedTitle': {
    nl: 'Trede is vergrendeld. Open het zijpaneel en ontgrendel het met uw wachtzin om de screening te zien.',
    en: 'Trede is locked. Open the side panel and unlock it with your passphrase to see the screening.',
  },

  // Language switch
  'language.label': { nl: 'Taal', en: 'Language' },
  'language.nl': { nl: 'Nederlands', en: 'Dutch' },
  'language.en': { nl: 'Engels', en: 'English' },

  // Store errors. {store}, {key}, {field} and {detail} name what is wrong; the record itself is kept.
  'error.vault.wrong-passphrase': {
    nl: 'Deze wachtzin klopt niet. Er is niets veranderd; probeer het opnieuw (let op hoofdletters en spaties).',
    en: 'This passphrase is not right. Nothing was changed; try again (mind capitals and spaces).',
  },
  'error.vault.weak-passphrase': {
    nl: 'Deze wachtzin is te kort: gebruik minstens 12 tekens, bijvoorbeeld een paar losse woorden.',
    en: 'This passphrase is too short: use at least 12 characters, for instance a few unrelated words.',
  },
  'error.vault.bad-header': {
    nl: 'De sleutelgegevens van Trede in deze browser zijn onleesbaar; de gegevens kunnen niet worden geopend. Er is niets gewist.',
    en: "Trede's key data in this browser cannot be read; the data cannot be opened. Nothing was deleted.",
  },
  'error.vault.unreadable': {
    nl: 'Een versleuteld gegeven kon niet worden geopend (beschadigd of verplaatst). Het is bewaard zoals het was.',
    en: 'An encrypted record could not be opened (damaged or moved). It was kept as it was.',
  },
  'error.store.locked': {
    nl: 'Trede is vergrendeld: ontgrendel het met uw wachtzin.',
    en: 'Trede is locked: unlock it with your passphrase.',
  },
  'error.store.read': {
    nl: 'Onleesbaar record in "{store}" (sleutel {key}), veld "{field}": {detail}. Het record is bewaard en niet verwijderd.',
    en: 'Unreadable record in "{store}" (key {key}), field "{field}": {detail}. The record has been kept, not deleted.',
  },
  'error.store.write': {
    nl: 'Ongeldig record voor "{store}" (sleutel {key}), veld "{field}": {detail}. Er is niets opgeslagen.',
    en: 'Invalid record for "{store}" (key {key}), field "{field}": {detail}. Nothing was saved.',
  },
  'error.store.notFound': {
    nl: 'Geen record in "{store}" met sleutel {key}.',
    en: 'No record in "{store}" with key {key}.',
  },
  'error.store.noRisk': {
    nl: 'Deze intake heeft geen risicoberekening voor het moment "{moment}".',
    en: 'This intake has no risk estimate for the moment "{moment}".',
  },
  'error.store.upgradeWithoutScorer': {
    nl: 'De gegevens moesten worden bijgewerkt, maar de rekenmodule was niet geladen. Er is niets veranderd; open het zijpaneel opnieuw.',
    en: 'The data needed updating, but the scoring module was not loaded. Nothing has changed; open the side panel again.',
  },
  'error.store.unsupported': {
    nl: 'Deze browser biedt geen IndexedDB of Web Crypto; Trede kan hier niets opslaan.',
    en: 'This browser offers no IndexedDB or Web Crypto; Trede cannot store anything here.',
  },
  'error.client.emptyReference': {
    nl: 'Een cliëntnummer is nodig om de cliënt te herkennen.',
    en: 'A client reference is needed to recognise the client.',
  },
  'error.client.referenceTooLong': {
    nl: 'Een cliëntnummer of BSN heeft hoogstens {max} tekens; dit zijn er {length}. Er is niets opgeslagen. Controleer wat er in het veld is geplakt.',
    en: 'A client number or BSN has at most {max} characters; this has {length}. Nothing was saved. Check what was pasted into the field.',
  },
  'error.client.badKey': {
    nl: 'Ongeldige cliëntsleutel: verwacht 64 hexadecimale tekens.',
    en: 'Invalid client key: expected 64 hexadecimal characters.',
  },

  // Checks of Trede's own in the store schemas (the key is the zod issue's message; see src/store/errors.ts).
  // Generic schema issues are worded by @trede/core's describeSchemaIssue.
  'issue.adapterId': { nl: 'het id van het record en van de koppeling verschillen', en: 'the record’s id and the adapter’s id differ' },
  'issue.clientKey': { nl: 'verwacht 64 hexadecimale tekens (kleine letters)', en: 'expected 64 lowercase hexadecimal characters' },
  'issue.secret': { nl: 'verwacht een niet-exporteerbare HMAC-sleutel', en: 'expected a non-extractable HMAC key' },
  'issue.engineVersion': { nl: 'wijkt af van result.engineVersion', en: 'differs from result.engineVersion' },
  'issue.dropoutReason': {
    nl: 'bij uitval hoort minstens één reden (kies "Onbekend" als die niet bekend is)',
    en: 'a dropout needs at least one reason (choose "Unknown" when it is not known)',
  },
  'issue.duplicateReason': { nl: 'een reden staat er twee keer in', en: 'a reason is listed twice' },
  'issue.initials': { nl: 'verwacht 2 tot 5 letters (uw initialen)', en: 'expected 2 to 5 letters (your initials)' },
  'issue.retention': { nl: 'verwacht een aantal maanden van 1 tot 120, of geen termijn', en: 'expected a number of months from 1 to 120, or no period' },
  'issue.unsealable': { nl: 'versleuteld en niet te openen met de sleutel van deze installatie', en: "encrypted and cannot be opened with this install's key" },
  'issue.lockAfter': { nl: 'verwacht een aantal minuten van 1 tot 480', en: 'expected a number of minutes from 1 to 480' },
  'issue.auditDetailKey': {
    nl: 'dit gegeven hoort niet in het logboek (alleen ids, versies, codes en aantallen)',
    en: 'this does not belong in the audit trail (only ids, versions, codes and counts)',
  },
  'issue.auditDetailText': {
    nl: 'het logboek bewaart alleen codes, geen vrije tekst',
    en: 'the audit trail keeps codes only, no free text',
  },

  // Outcome kinds, phases and reasons are worded by @trede/core (OUTCOME_KINDS, OUTCOME_PHASES, OUTCOME_REASONS),
  // with the sources each reason comes from, so the panel and any export use the same words.

  // Audit actions are named on the audit trail's screen only: src/i18n/areas/rights.ts.
} as const satisfies Record<string, { nl: string; en: string }>;

/**
 * Every key, the options page's and the later screens' included. Those strings are not in `messages`: the
 * options page's (src/i18n/areas/adapters.ts) only that page needs, and the results, history and outcomes
 * screens' (src/i18n/areas/results.ts) are loaded with those screens, after an intake — so the side panel
 * does not load them to open. The modules that show them add them (src/i18n/adapter-texts.ts, results-texts.ts,
 * prefill-texts.ts).
 */
export type MessageKey = keyof typeof messages | keyof typeof adapterMessages | keyof typeof resultsMessages | keyof typeof freeTextMessages | keyof typeof rightsMessages | keyof typeof storageSettingsMessages | keyof typeof intakeScreenMessages | keyof typeof prefillMessages | keyof typeof lockMessages | keyof typeof trainingMessages | keyof typeof trainingBadgeMessages;
