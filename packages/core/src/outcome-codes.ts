/**
 * The codes of trajectory outcomes, without their words or sources (src/outcomes.ts has those): what a store
 * needs to validate a record, small enough to load before anything else.
 */
export const OUTCOME_KIND_CODES = ['started', 'dropped-out', 'work-or-study'] as const;
export type OutcomeKind = (typeof OUTCOME_KIND_CODES)[number];

export const OUTCOME_PHASE_CODES = ['before-start', 'assessment', 'trial-placement', 'placement', 'trajectory', 'after-placement'] as const;
export type OutcomePhase = (typeof OUTCOME_PHASE_CODES)[number];

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
export type OutcomeReason = (typeof OUTCOME_REASON_CODES)[number];
