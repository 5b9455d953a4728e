/**
 * Core's scorer for training mode, fetched with import() from the same lazy module the store scores with
 * (src/store/scoring.ts): importing core's scoring statically here would share its modules between two
 * lazy chunks and pull them into the side panel's first load.
 */
import { DEFAULT_CATALOGUE, type Approach, type IntakeResponse } from '@trede/core';
import type { PersonaIntake } from './personas';

export type Scorer = Awaited<ReturnType<typeof loadScorer>>;

/** A scorer with the approach the panel scores with (the settings'), so the numbers are the panel's. */
export async function loadScorer(approach?: Approach) {
  const { createScorer } = await import('../store/scoring');
  return createScorer(DEFAULT_CATALOGUE, approach ? { approach } : {});
}

/** The panel's settings that change the numbers: the approach (risk models) and the reference group. */
export interface ScoringSettings {
  approach: Approach;
  referenceGroup: NonNullable<IntakeResponse['referenceGroup']>;
}

/**
 * The persona's answers as the panel would score them: with the settings' reference group when given (the
 * panel compares with that group, not with the one the persona's example file names).
 */
export function personaResponse(id: string, intake: PersonaIntake, settings?: ScoringSettings): IntakeResponse {
  return { schema: 'trede.intake/1', id, date: intake.date, referenceGroup: settings?.referenceGroup ?? intake.referenceGroup, answers: intake.answers };
}
