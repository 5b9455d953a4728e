import type { ScoredIntake } from '../schema.js';
import type { FactorSource } from './model-card.js';

/** The value one source gives, or null when the intake does not have it. */
export function valueFrom(source: FactorSource, result: ScoredIntake): number | null {
  switch (source.kind) {
    case 'scale': {
      const scale = result.scales[source.scale];
      if (scale === undefined || scale.status !== 'scored') return null;
      const base = source.use === 'raw' ? scale.raw : scale.score;
      return base === null ? null : base * (source.multiply ?? 1) + (source.add ?? 0);
    }
    case 'answer': {
      const answer = result.background[source.item];
      if (typeof answer === 'boolean') return answer ? 1 : 0;
      return typeof answer === 'number' ? answer : null;
    }
    case 'ladder-position':
      return result.ladder.position;
  }
}
