import type { Text } from '../../i18n/text.js';

/** The ladder's odds ratio: the source's text says "one rung higher" while the variable runs over 12 positions. */
export const LADDER_UNIT_LIMIT: Text = {
  nl: 'De eenheid van de ladder is onduidelijk: de bron spreekt van "een trede hoger", maar de variabele loopt van 1 tot 12 posities. Trede leest de odds ratio per positie; per trede (twee posities) zou het effect sterker zijn.',
  en: 'The unit of the ladder is unclear: the source speaks of "one rung higher", but the variable runs over 12 positions. Trede reads the odds ratio per position; per rung (two positions) the effect would be stronger.',
};
