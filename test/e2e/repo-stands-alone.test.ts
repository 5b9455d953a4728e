// The repository stands on its own: no tracked file points to documents outside it (the design note and the
// evidence digest that once lived in a folder next to the repository, or the source files they were made
// from). The evidence is in docs/evidence.md, the design in docs/architecture.md. (No browser needed.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Build output and installed packages are not the repository's own text. */
const SKIPPED = /(^|\/)(node_modules|dist|\.output|\.wxt)\//;

/** Written so that this file does not match itself. */
const OUTSIDE: { what: string; pattern: RegExp }[] = [
  { what: 'a link to the folder next to the repository', pattern: /\.\.\/shared\b/ },
  { what: 'the old evidence digest', pattern: /\bEVIDENCE\.md\b/ },
  { what: 'the old design note', pattern: /\bDESIGN\.md\b/ },
  { what: 'a source file name instead of a bibliographic reference', pattern: /\b00[0-4]_[0-9a-f]{16}\b/ },
  { what: 'a source file number instead of a bibliographic reference', pattern: /\bseeds?\s+00[0-4]\b/ },
];

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\0').filter((path) => path !== '' && !SKIPPED.test(path));
}

describe('the repository stands on its own', () => {
  it('has no tracked file that points to documents outside it', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const path of files) {
      const full = join(REPO_ROOT, path);
      // A file deleted in the working tree but not yet in the index has nothing to check.
      if (!existsSync(full) || !statSync(full).isFile()) continue;
      const bytes = readFileSync(full);
      if (bytes.subarray(0, 8000).includes(0)) continue; // binary (icons)
      const lines = bytes.toString('utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { what, pattern } of OUTSIDE) {
          const match = pattern.exec(line);
          if (match) offenders.push(`${path}:${i + 1}: "${match[0]}" (${what})`);
        }
      });
    }
    expect(offenders, 'point to docs/evidence.md or docs/architecture.md, and cite sources by author, year, title and table').toEqual([]);
  });

  it('has the documents the README points to', () => {
    for (const doc of ['docs/evidence.md', 'docs/architecture.md', 'docs/risk-communication.md']) {
      expect(existsSync(join(REPO_ROOT, doc)), doc).toBe(true);
    }
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g)) {
      expect(existsSync(join(REPO_ROOT, target!)), `README.md links ${target}`).toBe(true);
    }
  });
});
