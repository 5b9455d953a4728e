import type { FactorSpec } from '../../src/risk/model-card.js';
import type { ScaleResult, ScoredIntake } from '../../src/schema.js';

function scaleWith(id: string, value: number): ScaleResult {
  return {
    id,
    instrumentId: 'test',
    instrumentVersion: '0',
    title: { nl: id, en: id },
    status: 'scored',
    raw: value,
    score: value,
    range: { min: -1e9, max: 1e9 },
    higherIs: 'neutral',
    itemsAnswered: 1,
    itemsTotal: 1,
    prorated: false,
    band: null,
    reference: null,
    reason: null,
  };
}

/** A scored intake holding exactly the given factor values, each put where the factor's first source reads it. */
export function scoredWith(specs: readonly FactorSpec[], values: Record<string, number>): ScoredIntake {
  const scored: ScoredIntake = {
    scales: {},
    background: {},
    referenceGroup: 'total',
    ladder: {
      instrumentVersion: '0',
      status: 'not-administered',
      rung: null,
      rungLabel: null,
      growthPotential: null,
      position: null,
      positionLabel: null,
      reason: { nl: '', en: '' },
      reference: null,
    },
  };
  for (const spec of specs) {
    const value = values[spec.id];
    if (value === undefined) continue;
    const source = spec.sources[0]!;
    if (source.kind === 'scale') scored.scales[source.scale] = scaleWith(source.scale, value);
    else if (source.kind === 'answer') scored.background[source.item] = value === 1 ? true : value === 0 ? false : value;
    else scored.ladder = { ...scored.ladder, status: 'placed', position: value };
  }
  return scored;
}
