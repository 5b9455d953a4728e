// Per-instrument worked examples as data: answers → scores computed by hand from docs/evidence.md, scored here
// by the engine, and shown in docs/worked-examples.md (rendered from the same data; see support/worked-examples.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_INSTRUMENTS } from '../src/instruments/index.js';
import { scoreIntake } from '../src/intake/score.js';
import type { LadderResult, ScaleResult } from '../src/schema.js';
import { WORKED_DOC, renderWorkedExamples, workedFiles, type Expected } from './support/worked-examples.js';

const files = workedFiles();

/** The figures the example names, taken from a scale or the ladder, with the precision the hand working has. */
function actual(result: ScaleResult | LadderResult, expected: Expected): Record<string, unknown> {
  const got: Record<string, unknown> = { status: result.status };
  const round = (value: number | null | undefined, digits: number) => (value === null || value === undefined ? value : Number(value.toFixed(digits)));
  if ('score' in result) {
    if ('score' in expected) got.score = round(result.score, 4);
    if ('raw' in expected) got.raw = round(result.raw, 4);
    if ('prorated' in expected) got.prorated = result.prorated;
    if ('band' in expected) got.band = result.band?.id;
  } else {
    if ('rung' in expected) got.rung = result.rung;
    if ('growthPotential' in expected) got.growthPotential = result.growthPotential;
    if ('position' in expected) got.position = result.position;
  }
  if ('z' in expected) got.z = round(result.reference?.z, 2);
  if ('reading' in expected) got.reading = result.reference?.reading;
  return got;
}

describe('worked examples', () => {
  it('covers every instrument that gives a score', () => {
    const scored = ALL_INSTRUMENTS.filter((i) => i.scales.length > 0 || i.id === 'ladder').map((i) => i.id);
    expect(files.map((f) => f.instrument).sort()).toEqual([...scored].sort());
    for (const file of files) expect(file.examples.length, file.instrument).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    for (const example of file.examples) {
      it(`${file.instrument}: ${example.name}`, () => {
        const result = scoreIntake({ instruments: [file.instrument], answers: example.answers });
        for (const [scale, expected] of Object.entries(example.expected)) {
          const got = scale === 'ladder' ? result.ladder : result.scales[scale];
          expect(got, scale).toBeDefined();
          expect(actual(got!, expected), scale).toEqual(expected);
        }
      });
    }
  }

  it('are shown in docs/worked-examples.md as the data has them', () => {
    const page = renderWorkedExamples(files);
    // TREDE_WRITE_DOCS=1 (npm run docs) writes the page instead of checking it.
    if (process.env.TREDE_WRITE_DOCS === '1') writeFileSync(WORKED_DOC, page);
    expect(readFileSync(WORKED_DOC, 'utf8'), 'run `npm run docs` in packages/core').toBe(page);
  });
});
