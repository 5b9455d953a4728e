import { errorFunction } from 'simple-statistics';
import type { Text } from '../i18n/text.js';
import type { NormStats } from '../instruments/types.js';
import type { ScaleResult } from '../schema.js';

/** Share (0–100) of a normal distribution at or below z. The sources give means and SDs only, so normality is assumed. */
export function percentileOfZ(z: number): number {
  const p = 50 * (1 + errorFunction(z / Math.SQRT2));
  return Math.min(100, Math.max(0, p));
}

/**
 * How a score may be read against its reference group. The sources publish only means and SDs, so a
 * percentile rests on a normal curve; where that curve does not fit the scale, or the score sits on
 * the scale's edge, a percentile would mislead and renderers show words instead.
 * - percentile: the percentile may be shown;
 * - floor / ceiling: the score is the scale's minimum / maximum (takes precedence over the rest);
 * - not-normal: the normal curve puts too much of the reference group outside the scale's range.
 */
export type ReferenceReading = NonNullable<ScaleResult['reference']>['reading'];

/**
 * Trede rule, not from a source: with more than this share (0–1) of the reference group outside the
 * scale's range under the normal assumption, no percentile is given: the real scores pile up inside the
 * range instead, so a percentile near that edge could be off by about as many points.
 */
export const MAX_SHARE_OUTSIDE_RANGE = 0.1;

/** The same rule as data, in words, for documentation and anyone reading a result. */
export const REFERENCE_READING_RULE: { maxShareOutsideRange: number; why: Text } = {
  maxShareOutsideRange: MAX_SHARE_OUTSIDE_RANGE,
  why: {
    nl: `Trede-regel, geen bron: percentielen gaan uit van een normale verdeling (de bronnen geven alleen gemiddelde en sd). Legt die verdeling meer dan ${MAX_SHARE_OUTSIDE_RANGE * 100}% van de referentiegroep buiten het bereik van de schaal, dan geeft Trede geen percentiel; ook niet voor een score op de onder- of bovengrens van de schaal.`,
    en: `Trede rule, not from a source: percentiles assume a normal distribution (the sources give only mean and SD). Where that distribution puts more than ${MAX_SHARE_OUTSIDE_RANGE * 100}% of the reference group outside the scale's range, Trede gives no percentile; nor for a score at the scale's minimum or maximum.`,
  },
};

export interface ScaleRange {
  min: number;
  max: number;
}

/** Share (0–1) of N(mean, sd) below the scale's minimum or above its maximum. */
export function shareOutsideRange(stats: NormStats, range: ScaleRange): number {
  const below = percentileOfZ((range.min - stats.mean) / stats.sd);
  const above = 100 - percentileOfZ((range.max - stats.mean) / stats.sd);
  return Math.min(1, Math.max(0, (below + above) / 100));
}

// Norms and ranges are definition data: the share is worked out once per group's norms (and the range of
// the one scale they belong to), not per client.
const cache = new WeakMap<NormStats, { min: number; max: number; share: number }>();

export function cachedShareOutsideRange(stats: NormStats, range: ScaleRange): number {
  const hit = cache.get(stats);
  if (hit && hit.min === range.min && hit.max === range.max) return hit.share;
  const share = shareOutsideRange(stats, range);
  cache.set(stats, { min: range.min, max: range.max, share });
  return share;
}

/** Floor and ceiling first (a score exactly at the edge), then the share rule. */
export function readingOf(score: number, range: ScaleRange, outsideRange: number): ReferenceReading {
  if (score === range.min) return 'floor';
  if (score === range.max) return 'ceiling';
  return outsideRange > MAX_SHARE_OUTSIDE_RANGE ? 'not-normal' : 'percentile';
}
