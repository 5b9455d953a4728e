import type { Text } from '../i18n/text.js';

/**
 * How much of a result the scorer builds. 'full' is every result the library returns. 'numbers' is only
 * for `trede batch`'s compact lines, which print ids and numbers: the texts (warning messages, reasons,
 * actions) are left out as OMITTED_TEXT or empty lists, and norm comparisons as null, since building
 * them was most of the time to score an intake. A 'numbers' result is never shown or returned; a test
 * holds its compact projection to the full result's.
 */
export type Detail = 'full' | 'numbers';

/** The text of a 'numbers' result where a full one has a message: one frozen object, never shown. */
export const OMITTED_TEXT: Text = Object.freeze({ nl: '', en: '' });
