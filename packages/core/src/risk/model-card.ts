import type { Text } from '../i18n/text.js';
import type { Citation } from '../instruments/types.js';
import type { Moment, RiskKind } from '../schema.js';

/**
 * A model card is data: which published model, which outcome, which study group, the base rate with its
 * counts, the odds ratios with their tables and significance, the group means, and the known limits.
 * The evaluator (evaluate-model.ts) applies any card; adding a model means adding a card.
 */

/** Where a factor's value comes from in a scored intake; the first source that has a value wins. */
export type FactorSource =
  | {
      kind: 'scale';
      scale: string;
      /** 'score' by default; 'raw' for the sum before a multiplier (DASS-21). */
      use?: 'score' | 'raw';
      /** value × multiply + add, to bring another instrument onto the factor's unit. */
      multiply?: number;
      add?: number;
      /** Set when the mapping is an approximation; shown with the result. */
      approximation?: Text;
    }
  /** A background answer: yes/no counts as 1/0, numbers as they are. */
  | { kind: 'answer'; item: string }
  | { kind: 'ladder-position' };

/** Significance as the source prints it: '*' p ≤ 0.10, '**' p ≤ 0.05, '***' p ≤ 0.01. */
export type Significance = '*' | '**' | '***';

/** Where an action comes from: a place in a source that supports it, or Trede's own suggestion (no citation). */
export type ActionSpec = { text: Text; basis: 'source'; citation: Citation } | { text: Text; basis: 'suggestion' };

/** One factor of a model card: the source's odds ratio, significance and table, and what to do about it. */
export interface FactorSpec {
  id: string;
  label: Text;
  unit: Text;
  /** A yes/no factor (counted 1/0): shown as yes or no, not as a number. */
  yesNo: boolean;
  sources: FactorSource[];
  /** The odds ratio as printed in the source table. */
  publishedOddsRatio: number;
  /** True when the source modelled the opposite outcome (e.g. "starts" for a dropout card): OR = 1 / published. */
  inverted: boolean;
  significance: Significance;
  citation: Citation;
  /** Mean of the study group the model was fitted on; replaces a value that was not assessed. */
  mean: { value: number; citation: Citation };
  /** Can the caseworker and client change it (anxiety, responsibility, ladder, childcare) or not (age, history)? */
  modifiable: boolean;
  /** What to do when this factor lies on the side of concern. */
  action: ActionSpec | null;
  /** No action needed when this answer says it is already taken care of (e.g. childcare arranged). */
  actionDoneWhen?: { item: string; equals: boolean };
  /** For attention points from one phase only, e.g. the trial placement. */
  phase?: Text;
}

/**
 * Band cut-offs on the client's odds against the study group's odds (risk/bands.ts). Symmetric: a client is
 * "higher" from `around` times the group's odds and "lower" from 1/`around`; the side of concern splits again
 * at `far` (and 1/`far`). Trede policy: the sources define no bands.
 */
export interface OddsBands {
  around: number;
  far: number;
  why: Text;
}

/** A risk model as data: outcome, study group, N, base rate, factors, band cut-offs, limits and sources. */
export interface ModelCard {
  id: string;
  version: string;
  moment: Exclude<Moment, 'after-placement'>;
  /** Dropout (a higher chance is the concern) or work or study (a lower chance is the concern). */
  kind: RiskKind;
  title: Text;
  /** What the probability is the probability of. */
  outcome: Text;
  /** What counted as the outcome in the study, in plain words: a "dropout" is not always a bad ending. */
  outcomeIncludes: Text;
  studyGroup: 'control' | 'intervention';
  population: Text;
  /** Clients in the analysis the weights come from, and how many organisations they came from. */
  analysed: { n: number; organisations: number; citation: Citation };
  baseRate: { events: number; total: number; citation: Citation; note?: Text };
  /** Multivariate and significant in the source: these move the probability. */
  weights: FactorSpec[];
  /** Without these no probability is given, only the reason. */
  mainFactors: string[];
  /** Significant only univariately: shown as attention points, never as weights. */
  attentionPoints: FactorSpec[];
  bands: OddsBands;
  /** Where the source disagrees with itself, and which number Trede uses. */
  disagreements: Text[];
  /** Predictors the source reported that Trede refuses to use, and why. */
  excluded: { predictor: Text; finding: Text; why: Text }[];
  limits: Text[];
  citation: Citation;
}

/**
 * Shared policy, the same in every card so that the same odds ratio gives the same band: around the group
 * from 1/1.5 up to 1.5 times its odds, further out from 3 times (or a third) on the side of concern.
 */
export const ODDS_BANDS: OddsBands = {
  around: 1.5,
  far: 3,
  why: {
    nl: 'Trede-regel, geen bron: de kans van de cliënt wordt vergeleken met die van de studiegroep op de odds-schaal. Rond het gemiddelde: odds tussen 1/1,5 en 1,5 keer die van de groep; hoger of lager daarbuiten; veel hoger (bij uitval) of veel lager (bij werk) vanaf 3 keer of een derde. Zo betekent een band hetzelfde bij een basiskans van 9% als van 56%.',
    en: "Trede rule, not from a source: the client's chance is compared with the study group's on the odds scale. Around average: odds between 1/1.5 and 1.5 times the group's; higher or lower beyond that; much higher (dropout) or much lower (work) from 3 times or a third. So a band means the same at a base rate of 9% as at 56%.",
  },
};

/** Ethnicity, country of birth and gender are never factors; every card says so. */
export const PROTECTED_WHY: Text = {
  nl: 'Trede gebruikt etniciteit, geboorteland en geslacht nooit als risicofactor: het zijn beschermde kenmerken, de cliënt kan ze niet veranderen en een score die erop rust zou tot ongelijke behandeling leiden.',
  en: 'Trede never uses ethnicity, country of birth or gender as a risk factor: they are protected characteristics, the client cannot change them, and a score resting on them would lead to unequal treatment.',
};
