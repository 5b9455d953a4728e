import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntakeResult } from '../src/schema.js';
import { applicability } from '../src/scoring/applicability.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { scoreIntake } from '../src/intake/score.js';
import type { ItemDefinition } from '../src/instruments/types.js';
import { intakeAnswers } from './support/arbitraries.js';

describe('scoring properties', () => {
  it('keeps every score inside its range, never NaN, with a percentile between 0 and 100', () => {
    fc.assert(
      fc.property(intakeAnswers(), (answers) => {
        const result = scoreIntake({ answers });
        for (const scale of Object.values(result.scales)) {
          if (scale.status !== 'scored') {
            expect(scale.score).toBeNull();
            continue;
          }
          expect(Number.isFinite(scale.score)).toBe(true);
          expect(scale.score!).toBeGreaterThanOrEqual(scale.range.min);
          expect(scale.score!).toBeLessThanOrEqual(scale.range.max);
          if (scale.reference) {
            expect(Number.isFinite(scale.reference.z)).toBe(true);
            expect(scale.reference.percentile).toBeGreaterThanOrEqual(0);
            expect(scale.reference.percentile).toBeLessThanOrEqual(100);
          }
        }
        if (result.ladder.position !== null) {
          expect(result.ladder.position).toBeGreaterThanOrEqual(1);
          expect(result.ladder.position).toBeLessThanOrEqual(12);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Items whose answer is an ordered number, with the largest value they accept. */
  const ordered = [...DEFAULT_CATALOGUE.items.values()].flatMap(({ item, instrument }) => {
    const max = maxOf(item, instrument.responseScale?.max);
    return max === null ? [] : [{ item, max, scales: instrument.scales.filter((s) => s.items.includes(item.id)) }];
  });
  function maxOf(item: ItemDefinition, scaleMax: number | undefined): number | null {
    if (item.type === 'scale') return scaleMax!;
    if (item.type === 'number') return item.max;
    if (item.type === 'choice' && typeof item.options[0]?.value === 'number') return Math.max(...item.options.map((o) => o.value as number));
    return null;
  }

  it('never lowers a scale score when a non-reversed answer goes up (and never raises it for a reversed one)', () => {
    const scaled = ordered.filter((o) => o.scales.length > 0);
    expect(scaled.length).toBeGreaterThan(80);
    fc.assert(
      fc.property(intakeAnswers(), fc.constantFrom(...scaled), fc.integer({ min: 1, max: 3 }), (answers, { item, max, scales }, step) => {
        const before = answers[item.id];
        if (typeof before !== 'number') return;
        let raised: number = before + step;
        // A choice item may skip numbers; take the next option that exists.
        if (item.type === 'choice') {
          const next = item.options.map((o) => o.value as number).filter((v) => v > before).sort((a, b) => a - b)[0];
          if (next === undefined) return;
          raised = next;
        }
        if (item.type === 'number' && item.integer === false) raised = before + step / 10;
        if (raised > max) return;
        const a = scoreIntake({ answers });
        const b = scoreIntake({ answers: { ...answers, [item.id]: raised } });
        for (const scale of scales) {
          const x = a.scales[scale.id]!.score;
          const y = b.scales[scale.id]!.score;
          if (x === null || y === null) continue;
          if (item.type === 'scale' && item.reverse) expect(y).toBeLessThanOrEqual(x);
          else expect(y).toBeGreaterThanOrEqual(x);
        }
      }),
      { numRuns: 1000 },
    );
  });

  /** Everything a result says about the client except the warnings, which are meant to name such answers. */
  const scored = ({ warnings: _warnings, ...rest }: IntakeResult) => rest;

  it('never lets an answer to a question that does not apply change a score, the ladder, the background or a risk', () => {
    let exercised = 0;
    fc.assert(
      fc.property(intakeAnswers(), intakeAnswers(), (answers, other) => {
        const off = applicability(DEFAULT_CATALOGUE.itemDefinitions.values(), new Map(Object.entries(answers))).switchedOff;
        // The same intake with every switched-off question answered differently, or not at all.
        const changed = { ...answers };
        for (const id of off.keys()) {
          if (other[id] === undefined) delete changed[id];
          else changed[id] = other[id];
        }
        if ([...off.keys()].some((id) => id in answers || id in changed)) exercised++;
        // Named, so that an answer alone does not decide whether an instrument was administered.
        const a = scoreIntake({ instruments: ALL_INSTRUMENTS, answers });
        const b = scoreIntake({ instruments: ALL_INSTRUMENTS, answers: changed });
        expect(scored(b)).toEqual(scored(a));
        expect(b.warnings.filter((w) => w.code === 'not-applicable').map((w) => w.items[0])).toEqual(
          Object.keys(changed).filter((id) => off.has(id)).sort((x, y) => order(x) - order(y)),
        );
      }),
      { numRuns: 300 },
    );
    expect(exercised).toBeGreaterThan(100);
  });
});

const ALL_INSTRUMENTS = DEFAULT_CATALOGUE.instruments.map((i) => i.id);

/** An item's place in the catalogue, the order in which warnings list items. */
const ITEM_ORDER = new Map([...DEFAULT_CATALOGUE.items.keys()].map((id, i) => [id, i]));
const order = (id: string) => ITEM_ORDER.get(id)!;
