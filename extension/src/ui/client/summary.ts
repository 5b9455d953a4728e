import { effectiveBand, type MomentRisk, type RiskBand } from '@trede/core';
import { withOverrides } from '../../store/repo';
import type { IntakeRecord } from '../../store/schema';

const RANK: Record<RiskBand, number> = { low: 0, elevated: 1, high: 2 };

/** The moment with the highest band to act on (the caseworker's override where there is one), or null. */
export function highestRisk(intake: IntakeRecord): { risk: MomentRisk; band: RiskBand; overridden: boolean } | null {
  let best: { risk: MomentRisk; band: RiskBand; overridden: boolean } | null = null;
  for (const risk of withOverrides(intake).risks?.moments ?? []) {
    const band = effectiveBand(risk);
    if (band && (!best || RANK[band] > RANK[best.band])) best = { risk, band, overridden: risk.override !== null && risk.override !== undefined };
  }
  return best;
}
