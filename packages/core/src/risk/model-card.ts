import type { Text } from '../i18n/text.js';
import type { Citation } from '../instruments/types.js';
import type { Moment } from '../schema.js';

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

export type Significance = '*' | '**' | '***';

export interface FactorSpec {
  id: string;
  label: Text;
  unit: Text;
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
  /** What to do when this factor raises the risk. */
  action: { text: Text; citation: Citation } | null;
  /** No action needed when this answer says it is already taken care of (e.g. childcare arranged). */
  actionDoneWhen?: { item: string; equals: boolean };
  /** For attention points from one phase only, e.g. the trial placement. */
  phase?: Text;
}

export interface ModelCard {
  id: string;
  version: string;
  moment: Exclude<Moment, 'after-placement'>;
  title: Text;
  /** What the probability is the probability of. */
  outcome: Text;
  /** Dropout is adverse; outflow to work is not, so for outflow a lower probability means more risk. */
  adverse: boolean;
  studyGroup: 'control' | 'intervention';
  population: Text;
  baseRate: { events: number; total: number; citation: Citation; note?: Text };
  /** Multivariate and significant in the source: these move the probability. */
  weights: FactorSpec[];
  /** Without these no probability is given, only the reason. */
  mainFactors: string[];
  /** Significant only univariately: shown as attention points, never as weights. */
  attentionPoints: FactorSpec[];
  /**
   * Band thresholds as ratios to the base rate, on the adverse side: risk ratio = p / p0 for an adverse
   * outcome, p0 / p for a favourable one. Trede policy: the sources define no bands.
   */
  bands: { elevated: number; high: number; why: Text };
  /** Predictors the source reported that Trede refuses to use, and why. */
  excluded: { predictor: Text; finding: Text; why: Text }[];
  limits: Text[];
  citation: Citation;
}

/** Shared policy: elevated from 1.25× the base rate, high from 1.5×, on the adverse side. */
export const RELATIVE_BANDS: ModelCard['bands'] = {
  elevated: 1.25,
  high: 1.5,
  why: {
    nl: 'Trede-regel, geen bron: verhoogd vanaf 1,25 keer en hoog vanaf 1,5 keer de basiskans van de studiegroep (aan de ongunstige kant).',
    en: "Trede rule, not from a source: elevated from 1.25 times and high from 1.5 times the study group's base rate (on the adverse side).",
  },
};

/** Ethnicity, country of birth and gender are never factors; every card says so. */
export const PROTECTED_WHY: Text = {
  nl: 'Trede gebruikt etniciteit, geboorteland en geslacht nooit als risicofactor: het zijn beschermde kenmerken, de cliënt kan ze niet veranderen en een score die erop rust zou tot ongelijke behandeling leiden.',
  en: 'Trede never uses ethnicity, country of birth or gender as a risk factor: they are protected characteristics, the client cannot change them, and a score resting on them would lead to unequal treatment.',
};
