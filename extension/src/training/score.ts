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

export function personaResponse(id: string, intake: PersonaIntake): IntakeResponse {
  return { schema: 'trede.intake/1', id, date: intake.date, referenceGroup: intake.referenceGroup, answers: intake.answers };
}
