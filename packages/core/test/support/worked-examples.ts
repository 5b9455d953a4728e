// Worked examples (examples/worked/<instrument>.json): answers with the scores worked out by hand from the
// rules in docs/evidence.md. Read here for the test and rendered as docs/worked-examples.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const WORKED_DIR = join(import.meta.dirname, '..', '..', 'examples', 'worked');
export const WORKED_DOC = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'worked-examples.md');

/** What a scale (or the ladder) must come to; a field that is left out is not checked. */
export interface Expected {
  status: string;
  score?: number | null;
  raw?: number;
  prorated?: boolean;
  band?: string;
  /** To two decimals, as worked out by hand. */
  z?: number;
  reading?: string;
  rung?: number;
  growthPotential?: boolean;
  position?: number;
}

export interface WorkedExample {
  name: string;
  answers: Record<string, unknown>;
  working: string;
  expected: Record<string, Expected>;
}

export interface WorkedFile {
  instrument: string;
  rule: string;
  examples: WorkedExample[];
}

export function workedFiles(): WorkedFile[] {
  return readdirSync(WORKED_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(WORKED_DIR, file), 'utf8')) as WorkedFile);
}

const cell = (value: unknown): string => (value === undefined ? '' : value === null ? '—' : String(value));

/** The examples as a Markdown page: per instrument its rule, then per example the answers, the working and the expected figures. */
export function renderWorkedExamples(files: readonly WorkedFile[]): string {
  const out = [
    '# Worked examples',
    '',
    '<!-- Generated from packages/core/examples/worked/*.json by packages/core/test/worked-examples.test.ts;',
    '     edit the JSON and run `npm run docs` in packages/core. -->',
    '',
    'For each instrument: its scoring rule as `docs/evidence.md` gives it, and answers with the scores worked out by',
    'hand from that rule — not taken from the scorer. The test suite scores every example and requires these',
    'figures (scores to four decimals, z to two). The after-placement checklist has no scores (it gives flags; see',
    '[evidence.md](evidence.md) §7).',
    '',
  ];
  for (const file of files) {
    out.push(`## \`${file.instrument}\``, '', file.rule, '');
    for (const example of file.examples) {
      out.push(`### ${example.name}`, '', '```json', JSON.stringify(example.answers), '```', '', example.working, '');
      out.push('| scale | status | raw | score | band | z | reading | rung | position |', '|---|---|---|---|---|---|---|---|---|');
      for (const [scale, e] of Object.entries(example.expected)) {
        out.push(`| \`${scale}\` | ${[e.status, e.raw, e.score, e.band, e.z, e.reading, e.rung, e.position].map(cell).join(' | ')} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
