import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intakeAnswers } from './support/arbitraries.js';
import { scratchFolder, trede } from './support/cli.js';

const { file } = scratchFolder('trede-stdin-');

describe('trede batch - (stdin)', () => {
  it('writes for NDJSON on stdin what it writes for the same file, at --jobs 1 and 2, bad lines included', () => {
    const lines = fc.sample(intakeAnswers(), { seed: 5, numRuns: 120 }).map((answers, i) => JSON.stringify({ id: `s${i}`, answers }));
    lines.splice(40, 0, '{"answers":{"bc.stress":7}}', '', 'not json');
    const text = `${lines.join('\n')}\n`;
    const fromFile = trede(['batch', file('in.ndjson', text), '--lang', 'en']);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(122);
    for (const jobs of ['1', '2']) {
      const fromStdin = trede(['batch', '-', '--lang', 'en', '--jobs', jobs], text);
      expect(fromStdin.code).toBe(1);
      expect(fromStdin.stdout).toBe(fromFile.stdout);
      expect(fromStdin.stderr).toBe(fromFile.stderr);
    }
  });

  it('reads CSV from stdin with --input-format csv, and names stdin in a message about the input', () => {
    const csv = 'id;resp.1;bg.children\na;5;ja\nb;9;nee\n';
    const fromFile = trede(['batch', file('in.csv', csv), '--quiet']);
    const fromStdin = trede(['batch', '-', '--quiet', '--input-format', 'csv'], csv);
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout).toContain('"id":"a"');

    const badHeader = trede(['batch', '-', '--input-format', 'csv', '--lang', 'en'], 'id;nope\nx;1\n');
    expect(badHeader.code).toBe(1);
    expect(badHeader.stderr).toContain('trede: stdin: the header line is wrong');
    const utf16 = trede(['batch', '-', '--lang', 'en'], Buffer.from('\ufeff{"answers":{}}\n', 'utf16le'));
    expect(utf16.code).toBe(1);
    expect(utf16.stderr).toContain('stdin is encoded as UTF-16LE');
  });

  it('scores empty stdin as no rows', () => {
    const r = trede(['batch', '-', '--lang', 'en'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('trede: 0 rows, 0 invalid\n');
  });
});
