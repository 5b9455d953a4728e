import type { Text } from '../i18n/text.js';

/**
 * An instrument is data: items, response scale, keys, scoring rules, bands, norms and sources.
 * One engine (src/scoring) scores any definition; adding an instrument means adding a file.
 */

import type { Citation, SourceId } from './sources.js';
export type { Citation, SourceId };

/** One answer option: its coded value and its label. */
export interface ResponseOption<V extends number | string = number> {
  value: V;
  label: Text;
}

/** An ordered response scale of whole numbers, e.g. 1..5 agree/disagree. */
export interface ResponseScale {
  id: string;
  min: number;
  max: number;
  /** One option per whole number from min to max, in order. */
  options: ResponseOption<number>[];
}

/**
 * Skip logic, as FHIR's Questionnaire.item.enableWhen: a condition on the answer to an earlier item of the
 * same instrument. Answers are taken as a list (none, one, or a checklist's codes): '=' holds when one of
 * them equals `answer`, '!=' when none does. An item that is itself switched off counts as not answered.
 */
export interface EnableWhen {
  question: string;
  operator: '=' | '!=';
  answer: number | string | boolean;
}

interface ItemBase {
  /** Stable id, unique across all instruments; answers are keyed by it. */
  id: string;
  text: Text;
  /** Extra help for the caseworker, e.g. how to ask or what counts. */
  hint?: Text;
  /** Asked only when these conditions hold (src/scoring/applicability.ts); an answer otherwise does not count. */
  enableWhen?: EnableWhen[];
  /** With more than one condition: must all hold, or is any one enough (FHIR enableBehavior). */
  enableBehavior?: 'all' | 'any';
}

/** Answered on the instrument's response scale. */
export interface ScaleItem extends ItemBase {
  type: 'scale';
  /** Our wording runs against the scale: scored as (min + max − answer). */
  reverse?: boolean;
}

/** One coded option out of a list (values are whole numbers or string codes). */
export interface ChoiceItem extends ItemBase {
  type: 'choice';
  options: ResponseOption<number>[] | ResponseOption<string>[];
}

/** Answered with a number within a range, in a unit. */
export interface NumberItem extends ItemBase {
  type: 'number';
  min: number;
  max: number;
  integer: boolean;
  unit: Text;
}

/** Answered yes or no. */
export interface BooleanItem extends ItemBase {
  type: 'boolean';
}

/** Any number of options from a checklist; answered as an array of option codes. */
export interface MultiItem extends ItemBase {
  type: 'multi';
  options: ResponseOption<string>[];
}

/** Any item of an instrument. */
export type ItemDefinition = ScaleItem | ChoiceItem | NumberItem | BooleanItem | MultiItem;

/** A band starts at `min` (inclusive) and runs up to the next band's min. Ordered ascending. */
export interface Band {
  id: string;
  label: Text;
  min: number;
}

/** The study group a score is compared with: all clients, the control group or the intervention group. */
export type NormGroup = 'total' | 'control' | 'intervention';
/** Every NormGroup, the total first. */
export const NORM_GROUPS: readonly NormGroup[] = ['total', 'control', 'intervention'];

/** A study group's mean and standard deviation on a scale. */
export interface NormStats {
  mean: number;
  sd: number;
  /** Sample size where the source gives it for this group. */
  n?: number;
}

/** Reference values of a scale per study group, with their source. */
export interface Norms {
  citation: Citation;
  /** What the reference population was, in a few words. */
  population: Text;
  groups: Partial<Record<NormGroup, NormStats>> & { total: NormStats };
}

/**
 * How a scale handles missing answers.
 * - minAnswered: fewer answered items → no score.
 * - prorate: for sums, scale the sum up to the full item count (sum × items / answered).
 *   Means are always taken over the answered items.
 * These are Trede's policy, not the source's (the sources do not give one); `why` says so.
 */
export interface MissingRule {
  minAnswered: number;
  prorate: boolean;
  why: Text;
}

/** How a scale turns its item scores into a score. */
export type ScoringRule =
  /** Sum of item scores; score = raw × multiplier (DASS-21: ×2). */
  | { kind: 'sum'; multiplier?: number }
  /** Mean of answered item scores. */
  | { kind: 'mean' }
  /** The single item's numeric value (a number or a coded choice); score = raw × multiplier. */
  | { kind: 'value'; multiplier?: number }
  /** A boolean item as 1 (yes) or 0 (no). */
  | { kind: 'flag' }
  /** Number of options ticked on a checklist item, leaving out the listed "none" codes. */
  | { kind: 'count'; exclude?: string[] };

/** A scale of an instrument: its items, scoring and missing-item rules, range, bands, norms and reliability. */
export interface ScaleDefinition {
  /** Unique across all instruments; results are keyed by it. */
  id: string;
  title: Text;
  items: string[];
  scoring: ScoringRule;
  missing: MissingRule;
  /** Possible score range after scoring (and multiplier). */
  range: { min: number; max: number };
  /** Does a higher score mean more of a good thing (competences) or a complaint (anxiety)? */
  higherIs: 'better' | 'worse' | 'neutral';
  bands?: { citation: Citation; bands: Band[] };
  norms?: Norms;
  reliability?: { alpha: number; citation: Citation };
}

/** An instrument as data: items, response scale, scales, version and sources (see `defineInstrument`). */
export interface InstrumentDefinition {
  id: string;
  /** Semantic version of this definition; results keep it. */
  version: string;
  title: Text;
  description: Text;
  /** Whether the wording is ours (the source's items are proprietary or we paraphrase). */
  wording: Text;
  /** Optional modules are offered but not expected at every intake. */
  optional?: boolean;
  responseScale?: ResponseScale;
  items: ItemDefinition[];
  scales: ScaleDefinition[];
  citations: Citation[];
}

/**
 * An instrument whose item ids and id are known to the type checker: `defineInstrument` infers them from the
 * data, so ItemId (src/instruments/index.ts) is a union of literal ids and a typo in an answer key fails to compile.
 */
export type InstrumentOf<Id extends string, ItemIds extends string> = InstrumentDefinition & {
  id: Id;
  items: (ItemDefinition & { id: ItemIds })[];
};

/** The item ids of an instrument made with `defineInstrument`. */
export type ItemIdOf<I> = I extends InstrumentOf<string, infer ItemIds> ? ItemIds : never;
