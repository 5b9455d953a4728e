import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkRecords, chunkRequest } from '../src/cli/batch-chunk.js';
import type { BatchRecord } from '../src/cli/batch-record.js';
import { intakeAnswers } from './support/arbitraries.js';
import { trede } from './support/cli.js';

describe('batch chunks for workers', () => {
  it('sends NDJSON lines as one string and gets the same records back, line numbers and all', () => {
    const records: BatchRecord[] = [
      { kind: 'json', lineNumber: 3, text: '{"answers":{}}' },
      { kind: 'json', lineNumber: 4, text: '' },
      { kind: 'json', lineNumber: 9, text: '{"id":"a\\nb\r"}' },
    ];
    const { request, transfer } = chunkRequest(7, records);
    expect(request).toMatchObject({ seq: 7, lines: '{"answers":{}}\n\n{"id":"a\\nb\r"}' });
    expect(transfer).toHaveLength(1);
    expect(chunkRecords(request)).toEqual(records);
  });

  it('sends a chunk with other records (CSV rows, bad lines) as the records themselves', () => {
    const records: BatchRecord[] = [
      { kind: 'json', lineNumber: 1, text: '{}' },
      { kind: 'bad', lineNumber: 2, issues: [{ code: 'structure', path: '(line)', message: { nl: 'te lang', en: 'too long' } }] },
    ];
    const { request, transfer } = chunkRequest(0, records);
    expect('records' in request).toBe(true);
    expect(transfer).toEqual([]);
    expect(chunkRecords(request)).toEqual(records);
  });
});

describe('trede batch --jobs', () => {
  it('writes exactly the --jobs 1 output at 2 and 3 jobs: varied intakes, bad, blank, too long and very big lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trede-jobs-'));
    const intakes = fc.sample(intakeAnswers(), { seed: 13, numRuns: 600 }).map((answers, i) => JSON.stringify({ id: `k${i}`, answers }));
    const lines = intakes.flatMap((line, i) => {
      if (i % 97 === 5) return [line, '{"answers":{"bc.stress":9}}', ''];
      if (i % 151 === 7) return [line, `{"answers":{"u":"${'x'.repeat(300)}"}}`]; // over --max-line
      // A record over 16 KB is scored in the main thread, in its place.
      if (i % 211 === 9) return [line, `{"id":"big",${' '.repeat(20_000)}"answers":{"bc.stress":2}}`];
      return [line];
    });
    const input = join(dir, 'intakes.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = (jobs: number) => trede(['batch', input, '--quiet', '--max-line', '25000', '--jobs', String(jobs)]);
    const one = run(1);
    expect(one.code).toBe(1);
    const rows = one.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; id?: string });
    expect(rows.filter((r) => r.ok && r.id === 'big')).toHaveLength(3);
    expect(rows.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(7);
    for (const jobs of [2, 3]) {
      const many = run(jobs);
      expect(many.code).toBe(1);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  });
});
