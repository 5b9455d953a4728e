/** Strings of the adapter settings (options page) and of adapter validation. */
export const adapterMessages = {
  // Validation of an adapter (src/adapters/schema.ts); the field is named by the error's path
  'adapter.issue.regex': {
    nl: 'Dit is geen geldige reguliere expressie.',
    en: 'This is not a valid regular expression.',
  },
  'adapter.issue.attribute': {
    nl: 'Dit is geen geldige attribuutnaam (bijvoorbeeld datetime of data-id).',
    en: 'This is not a valid attribute name (for example datetime or data-id).',
  },
  'adapter.issue.referenceEmpty': {
    nl: 'Geef aan waar het cliëntnummer staat: een patroon voor het adres, een element op de pagina, of beide.',
    en: 'Say where the client number is: a pattern for the address, an element on the page, or both.',
  },
  'adapter.issue.conversion': {
    nl: 'Deze omzetting past niet bij deze vraag.',
    en: 'This conversion does not fit this question.',
  },
  'adapter.issue.id': {
    nl: 'Een id bestaat uit kleine letters, cijfers en streepjes (hoogstens 60), bijvoorbeeld werkplein-demo.',
    en: 'An id consists of lower-case letters, digits and hyphens (at most 60), for example werkplein-demo.',
  },
  'adapter.issue.origin': {
    nl: 'Geef het adres van het systeem als https://host (eventueel met :poort), zonder pad. Gewoon http mag alleen voor localhost en 127.0.0.1.',
    en: 'Give the system’s address as https://host (optionally with :port), without a path. Plain http is only allowed for localhost and 127.0.0.1.',
  },
  'adapter.issue.prefillTwice': {
    nl: 'Elke vraag mag maar één keer worden vooringevuld.',
    en: 'Each question can be prefilled only once.',
  },
} as const;
