/** Strings of the options page's storage section (src/ui/settings/StorageSettings.tsx); the side panel never loads them. */
export const storageSettingsMessages = {
  'storage.heading': { nl: 'Opslag op deze computer', en: 'Storage on this computer' },
  'storage.persisted': {
    nl: 'De browser heeft toegezegd de gegevens van Trede te bewaren: ze worden niet opgeruimd als de schijf vol raakt.',
    en: 'The browser has promised to keep Trede’s data: it is not cleared when the disk fills up.',
  },
  'storage.notPersisted': {
    nl: 'De browser heeft niet toegezegd de gegevens van Trede te bewaren. Raakt de schijf vol, dan mag de browser ze opruimen. Vraag het opnieuw, of vraag uw beheerder de browser zo in te stellen dat hij de gegevens van Trede bewaart.',
    en: 'The browser has not promised to keep Trede’s data. When the disk fills up, the browser may clear it. Ask again, or ask your administrator to set the browser up to keep Trede’s data.',
  },
  'storage.unknown': {
    nl: 'Deze browser zegt niet of hij de gegevens van Trede blijvend bewaart.',
    en: 'This browser does not say whether it keeps Trede’s data.',
  },
  'storage.usage': { nl: 'In gebruik: {used} van de {quota} die de browser Trede toestaat.', en: 'In use: {used} of the {quota} the browser allows Trede.' },
  'storage.asked': { nl: 'Trede vroeg erom op {when}.', en: 'Trede asked for it on {when}.' },
  'storage.ask': { nl: 'Opnieuw vragen om de gegevens te bewaren', en: 'Ask again to keep the data' },
  'storage.askFailed': { nl: 'Vragen is mislukt: {detail}', en: 'Asking failed: {detail}' },
} as const satisfies Record<string, { nl: string; en: string }>;
