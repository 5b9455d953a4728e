/**
 * Strings about free text the caseworker types (nicknames, override reasons) that is too long or holds
 * something that identifies the client. Added to t() by src/store/free-text.ts, which the store and the
 * screens load when a text is about to be saved — not when the side panel opens.
 */
export const freeTextMessages = {
  'error.text.tooLong': {
    nl: '{field} is {length} tekens lang; er mogen er hoogstens {max} zijn. Er is niets opgeslagen en uw tekst staat er nog.',
    en: '{field} is {length} characters long; at most {max} are allowed. Nothing was saved and your text is still there.',
  },
  'error.text.tooShort': {
    nl: '{field} moet minstens {min} tekens hebben.',
    en: '{field} needs at least {min} characters.',
  },
  'error.text.identifier': {
    nl: '{field} bevat {found}. Noteer hier niets waarmee iemand de cliënt kan herkennen. Er is niets opgeslagen en uw tekst staat er nog.',
    en: '{field} contains {found}. Write nothing here that lets anyone recognise the client. Nothing was saved and your text is still there.',
  },
  'text.field.nickname': { nl: 'De bijnaam', en: 'The nickname' },
  'text.field.reason': { nl: 'De reden', en: 'The reason' },
  'text.count': { nl: '{length} van {max} tekens', en: '{length} of {max} characters' },
  // What findIdentifiers (src/identifiers.ts) found, as the object of "contains …".
  'identifier.bsn': { nl: 'een BSN', en: 'a BSN (citizen service number)' },
  'identifier.phone': { nl: 'een telefoonnummer', en: 'a phone number' },
  'identifier.email': { nl: 'een e-mailadres', en: 'an e-mail address' },
  'identifier.iban': { nl: 'een IBAN (rekeningnummer)', en: 'an IBAN (bank account number)' },
  'identifier.postcode': { nl: 'een postcode met huisnummer', en: 'a postcode with a house number' },
  'identifier.number': {
    nl: 'een lang nummer (7 cijfers of meer, ook met spaties of punten ertussen) dat een cliëntnummer kan zijn',
    en: 'a long number (7 digits or more, also with spaces or dots between them) that may be a client number',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
