import type { Text } from '../i18n/text.js';
import type { ScoredIntake } from '../schema.js';
import type { FactorSource } from './model-card.js';

export interface FactorValue {
  value: number;
  approximation: Text | null;
}

function fromSource(source: FactorSource, result: ScoredIntake): FactorValue | null {
  switch (source.kind) {
    case 'scale': {
      const scale = result.scales[source.scale];
      const base = scale?.status === 'scored' ? (source.use === 'raw' ? scale.raw : scale.score) : null;
      if (base === null || base === undefined) return null;
      return { value: base * (source.multiply ?? 1) + (source.add ?? 0), approximation: source.approximation ?? null };
    }
    case 'answer': {
      const answer = result.background[source.item];
      if (typeof answer === 'boolean') return { value: answer ? 1 : 0, approximation: null };
      if (typeof answer === 'number') return { value: answer, approximation: null };
      return null;
    }
    case 'ladder-position':
      return result.ladder.position === null ? null : { value: result.ladder.position, approximation: null };
  }
}

/** A factor's value from the first of its sources that has one; null when none does (not assessed). */
export function factorValue(sources: readonly FactorSource[], result: ScoredIntake): FactorValue | null {
  for (const source of sources) {
    const found = fromSource(source, result);
    if (found) return found;
  }
  return null;
}
