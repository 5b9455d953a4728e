import type { IntakeResult, Moment, MomentRisk, Override, RiskBand } from '../schema.js';
import { BAND_ORDER } from './bands.js';

/** The band to act on: the caseworker's override when there is one, else the model's. */
export function effectiveBand(risk: MomentRisk): RiskBand | null {
  return risk.override?.band ?? risk.band;
}

/** Overrides as a store keeps them: per moment, oldest first; the last one counts. */
export type OverrideHistory = Partial<Record<Moment, readonly Override[]>>;

/** The result with each moment's latest override in place, so effectiveBand sees it. The model's band stays. */
export function applyOverrides(result: IntakeResult, overrides: OverrideHistory): IntakeResult {
  if (!result.risks) return result;
  return {
    ...result,
    risks: {
      ...result.risks,
      moments: result.risks.moments.map((risk) => {
        const latest = overrides[risk.moment]?.at(-1);
        return latest ? { ...risk, override: latest } : risk;
      }),
    },
  };
}

/**
 * The dropout moment to look at first: the highest band to act on (override first) over the dropout moments
 * only — the chance of work is never part of it. Equal bands: the higher chance.
 */
export function highestDropout(moments: readonly MomentRisk[]): { risk: MomentRisk; band: RiskBand } | null {
  let best: { risk: MomentRisk; band: RiskBand } | null = null;
  for (const risk of moments) {
    if (risk.kind !== 'dropout') continue;
    const band = effectiveBand(risk);
    if (band === null) continue;
    const rank = BAND_ORDER.indexOf(band);
    const bestRank = best ? BAND_ORDER.indexOf(best.band) : -1;
    if (rank > bestRank || (rank === bestRank && (risk.probability ?? 0) > (best!.risk.probability ?? 0))) best = { risk, band };
  }
  return best;
}

/** The chance of work or study, when the report has one. */
export function workChance(moments: readonly MomentRisk[]): MomentRisk | null {
  return moments.find((m) => m.kind === 'work') ?? null;
}
