import { errorFunction } from 'simple-statistics';
import { citationText } from '../instruments/sources.js';
import type { NormGroup, Norms } from '../instruments/types.js';
import type { ScaleResult } from '../schema.js';

/** Share (0–100) of a normal distribution at or below z. The sources give means and SDs only, so normality is assumed. */
export function percentileOfZ(z: number): number {
  const p = 50 * (1 + errorFunction(z / Math.SQRT2));
  return Math.min(100, Math.max(0, p));
}

/** Places a score against the requested study group, falling back to the total population. */
export function compareWithNorms(score: number, norms: Norms, group: NormGroup): NonNullable<ScaleResult['reference']> {
  const used: NormGroup = norms.groups[group] ? group : 'total';
  const stats = norms.groups[used] ?? norms.groups.total;
  const z = (score - stats.mean) / stats.sd;
  return {
    group: used,
    mean: stats.mean,
    sd: stats.sd,
    n: stats.n ?? null,
    z,
    percentile: percentileOfZ(z),
    citation: citationText(norms.citation),
  };
}
