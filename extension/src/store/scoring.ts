/**
 * Core's scoring engine and risk models, which the repository imports with import() when the first intake
 * is completed rather than with the panel: they are the larger part of core's code, and nothing before the
 * end of an intake needs them (the intake form, the store schemas and the results screens use only the
 * instrument catalogue, the result types and small helpers).
 *
 * The same module serves migration 4, which scores intakes of an earlier engine again
 * (src/store/legacy-intake.ts): one lazy chunk holds the scorer, whichever of the two needs it first.
 */
import { createScorer, DEFAULT_CATALOGUE, type Approach } from '@trede/core';
import { rescoreIntake, type IntakeUpgrader, type Rescorer } from './legacy-intake';

export { createScorer };

/** Core's scorer over the default catalogue for one approach (the repository keeps one per approach). */
export function scorerFor(approach: Approach): ReturnType<typeof createScorer> {
  return createScorer(DEFAULT_CATALOGUE, { approach });
}
/** Core's consistency rules, for the intake screen's warnings: they belong to the scorer, so they load with it. */
export { checkConsistency } from '@trede/core';

/** A scorer per approach, made on first use; a response that no longer validates gives null. */
export function createRescorer(): Rescorer {
  const scorers = new Map<Approach, ReturnType<typeof createScorer>>();
  return (response, approach) => {
    let scorer = scorers.get(approach);
    if (!scorer) {
      scorer = createScorer(DEFAULT_CATALOGUE, { approach, risks: true });
      scorers.set(approach, scorer);
    }
    const outcome = scorer.safeScore(response);
    return outcome.ok ? outcome.result : null;
  };
}

/** Migration 4's upgrader: each stored intake of an earlier engine scored again, overrides translated. */
export function createIntakeUpgrader(): IntakeUpgrader {
  const rescore = createRescorer();
  return (stored) => rescoreIntake(stored, rescore);
}
