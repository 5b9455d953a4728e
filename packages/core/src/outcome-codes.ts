/**
 * The codes of trajectory outcomes, without their words or sources (src/outcomes.ts has those): what a store
 * needs to validate a record, small enough to load before anything else.
 */
export const OUTCOME_KIND_CODES = ['started', 'dropped-out', 'work-or-study'] as const;
/** What happened to a client: the kind of outcome. */
export type OutcomeKind = (typeof OUTCOME_KIND_CODES)[number];

/** The codes of the phases in which an outcome can happen. */
export const OUTCOME_PHASE_CODES = ['before-start', 'assessment', 'trial-placement', 'placement', 'trajectory', 'after-placement'] as const;
/** The phase in which an outcome happened. */
export type OutcomePhase = (typeof OUTCOME_PHASE_CODES)[number];

/** The codes of the reasons a trajectory ended, in the sources' categories. */
export const OUTCOME_REASON_CODES = [
  'care-advice',
  'motivation',
  'no-interest',
  'not-eligible',
  'left-trajectory',
  'active-internship',
  'referred-back',
  'limitations-too-great',
  'other-trajectory',
  'mediation-time-expired',
  'found-work',
  'contract-ended',
  'other',
  'unknown',
] as const;
/** A reason a trajectory ended. */
export type OutcomeReason = (typeof OUTCOME_REASON_CODES)[number];
