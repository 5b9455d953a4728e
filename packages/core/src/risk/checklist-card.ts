import type { Text } from '../i18n/text.js';
import type { Citation } from '../instruments/types.js';

/**
 * A checklist card: the after-placement moment's data, as a model card is for the other moments. The
 * sources behind it are qualitative, so a checklist card has no weights and no probability: each finding is
 * a rule that turns one checklist answer into a flag with its reason, action and source
 * (evaluate-placement.ts applies it).
 */
export interface ChecklistCard {
  id: string;
  title: Text;
  outcome: Text;
  /** The reason given when the checklist was not administered. */
  notAdministered: Text;
  /** Why an item that was not assessed gets a flag of its own. */
  notAssessedReason: Text;
  rules: readonly PlacementRule[];
  /** One entry per checklist item, in the instrument's order. */
  notAssessed: readonly PlacementNotAssessed[];
}

/** One finding from a source, tied to the answer(s) of one checklist item that bring it into play. */
export interface PlacementRule {
  id: string;
  /** Item id in the placement instrument. */
  item: string;
  /** The answers that trigger the rule. */
  when: readonly (string | boolean)[];
  kind: 'risk' | 'protective';
  label: Text;
  /** What the source found, in our own words. */
  reason: Text;
  action: Text | null;
  citation: Citation;
  /** A second source with the same finding, when two sources flag the same answer. */
  alsoCitation?: Citation;
  /** Where the sources point the other way or qualify the finding: shown with the flag, never hidden. */
  contrary?: { text: Text; citation: Citation };
}

/** What to show and do when an item was not assessed (unanswered, or answered "don't know"). */
export interface PlacementNotAssessed {
  item: string;
  /** The topic, as in "Not assessed: <topic>". */
  topic: Text;
  action: Text;
}

/** The answer code meaning "don't know" on choice items; it counts as not assessed. */
export const UNKNOWN_ANSWER = 'unknown';
