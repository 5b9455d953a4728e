import type { Lang, Text } from '../i18n/text.js';
import type { IntakeWarning } from '../schema.js';

/**
 * The warnings block of the text report and the case-file summary, worded once for both. The messages
 * themselves come with the result (src/scoring/warnings.ts). Apart from that module so that a report does
 * not load the wording of every check.
 */

export const WARNINGS_HEADING: Text = { nl: 'Let op', en: 'Check' };

/** The heading, then one line per warning; nothing when there are none. */
export function warningLines(warnings: readonly IntakeWarning[], lang: Lang, bullet: string): string[] {
  if (warnings.length === 0) return [];
  return [`${WARNINGS_HEADING[lang]}:`, ...warnings.map((warning) => `${bullet}${warning.message[lang]}`)];
}
