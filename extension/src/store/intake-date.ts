/**
 * The date an intake is about. The panel's screens and the badge on the caseworker's own system (drawn by
 * the background) both name it, so it lives with the store, not with the UI: the background imports no UI.
 */
import type { IntakeRecord } from './schema';

/** The result's date, else the response's, else the day the intake was completed (YYYY-MM-DD). */
export function intakeDate(intake: Pick<IntakeRecord, 'completedAt' | 'response' | 'result'>): string {
  return intake.result.date ?? intake.response.date ?? intake.completedAt.slice(0, 10);
}
