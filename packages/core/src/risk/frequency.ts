import type { NaturalFrequency } from '../schema.js';

/**
 * Chances as natural frequencies ("about 6 in 10"), the client's and the study group's on one denominator
 * so they can be compared at a glance. Tens while both lie between 15% and 85% (a tenth is as precise as
 * models from 73–134 clients allow); hundreds otherwise, so 4% and 9% stay apart.
 */
export function naturalFrequencies(probability: number, baseRate: number): { client: NaturalFrequency; base: NaturalFrequency } {
  const of = denominatorFor(probability, baseRate);
  return { client: frequencyOf(probability, of), base: frequencyOf(baseRate, of) };
}

/** One denominator for chances shown together: tens while all lie between 15% and 85%, else hundreds. */
export function denominatorFor(...chances: number[]): 10 | 100 {
  return chances.every((p) => p >= 0.15 && p <= 0.85) ? 10 : 100;
}

export function frequencyOf(p: number, of: 10 | 100): NaturalFrequency {
  const count = Math.round(p * of);
  if (count < 1) return { count: 1, of, qualifier: 'fewer-than' };
  if (count > of - 1) return { count: of - 1, of, qualifier: 'more-than' };
  return { count, of, qualifier: 'about' };
}
