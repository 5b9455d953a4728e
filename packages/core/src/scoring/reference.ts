import { citationTexts } from '../instruments/sources.js';
import type { NormGroup, Norms } from '../instruments/types.js';
import type { ScaleResult } from '../schema.js';
import { cachedShareOutsideRange, percentileOfZ, readingOf, type ScaleRange } from './reading.js';

export { percentileOfZ };

/**
 * Places a score on `range` against the requested study group, falling back to the total population.
 * `z` and `percentile` are always filled in for developers; a renderer shows the percentile only when
 * `reading` is 'percentile' (src/scoring/reading.ts).
 */
export function compareWithNorms(score: number, norms: Norms, group: NormGroup, range: ScaleRange): NonNullable<ScaleResult['reference']> {
  const used: NormGroup = norms.groups[group] ? group : 'total';
  const stats = norms.groups[used] ?? norms.groups.total;
  const z = (score - stats.mean) / stats.sd;
  const outsideRange = cachedShareOutsideRange(stats, range);
  return {
    group: used,
    mean: stats.mean,
    sd: stats.sd,
    n: stats.n ?? null,
    z,
    percentile: percentileOfZ(z),
    reading: readingOf(score, range, outsideRange),
    outsideRange,
    citation: citationTexts(norms.citation),
  };
}
