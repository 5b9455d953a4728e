import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordProcessor } from '../src/cli/batch-record.js';
import { compactLine } from '../src/cli/compact-line.js';
import { compactResult } from '../src/cli/compact.js';
import { escapeJsonControls } from '../src/cli/terminal-safe.js';
import { createScorer } from '../src/intake/score.js';
import type { Approach, IntakeResult } from '../src/schema.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { intakeAnswers } from './support/arbitraries.js';

// `trede batch` scores compact lines without the texts and writes them without JSON.stringify; both are
// held here to the compact projection of the full result, so the fast path cannot drift from it.

/** The compact line as the full result gives it: what batch wrote before the fast path. */
function projected(lineNumber: number, result: IntakeResult): string {
  return escapeJsonControls(JSON.stringify({ line: lineNumber, ok: true, ...compactResult(result) }));
}

const ids = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('k\u202e1', 'a\u0085b', 'tab\there', '"quoted"', 'é\u2028')), { nil: undefined });
const instrumentIds = DEFAULT_CATALOGUE.instruments.map((i) => i.id);
const intakes = fc.record(
  {
    id: ids,
    referenceGroup: fc.constantFrom('total', 'control', 'intervention'),
    instruments: fc.subarray(instrumentIds, { minLength: 1 }),
    answers: intakeAnswers(),
  },
  { requiredKeys: ['answers'] },
);
const settings = fc.record({
  scalesOnly: fc.boolean(),
  approach: fc.constantFrom<Approach | undefined>(undefined, 'direct', 'integrated'),
});

describe('batch compact fast path', () => {
  it('writes, for generated intakes, exactly the compact projection of the full result', () => {
    fc.assert(
      fc.property(fc.array(intakes, { minLength: 1, maxLength: 5 }), settings, (batch, { scalesOnly, approach }) => {
        const process = createRecordProcessor({ explain: false, scalesOnly, approach, maxIssues: 20, header: null });
        const full = createScorer(DEFAULT_CATALOGUE, { approach, risks: !scalesOnly });
        batch.forEach((intake, i) => {
          const outcome = full.safeScore(intake);
          if (!outcome.ok) throw new Error(`generated intake is invalid: ${outcome.issues[0]!.message.en}`);
          expect(process({ kind: 'json', lineNumber: i + 1, text: JSON.stringify(intake) })).toEqual({ out: `${projected(i + 1, outcome.result)}\n`, bad: null });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('writes the same line as JSON.stringify for a full result, and leaves a result with an index-like id to it', () => {
    const result = createScorer().score({ id: 'k\u202e7', answers: { 'bg.age': 30, 'bg.children': false, 'bg.youngestChildAge': 3 } });
    expect(result.warnings).not.toEqual([]);
    expect(compactLine(12, result)).toBe(projected(12, result));
    // JSON.stringify would move a key like "7" to the front, so the hand-written line must not be used.
    const { age, ...rest } = result.scales;
    expect(compactLine(12, { ...result, scales: { ...rest, 7: age! } })).toBeNull();
  });
});
