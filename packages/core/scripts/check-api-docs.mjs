// The API reference in docs/api is generated from the doc comments (typedoc.json). This regenerates it into a
// temporary folder and fails when it differs from the checked-in copy, naming the files: an export that
// changed without its reference (or a reference edited by hand) fails the test command.
// `npm run docs` writes the reference anew.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = join(root, '..', '..', 'docs', 'api');
const fresh = mkdtempSync(join(tmpdir(), 'trede-api-'));

const filesIn = (dir) => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
};

try {
  execFileSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--out', fresh, '--logLevel', 'Warn'], { cwd: root, stdio: 'inherit' });
  const expected = filesIn(fresh);
  const actual = filesIn(checkedIn);
  const differing = [
    ...expected.filter((file) => !actual.includes(file)).map((file) => `${file} (missing)`),
    ...actual.filter((file) => !expected.includes(file)).map((file) => `${file} (no longer generated)`),
    ...expected.filter((file) => actual.includes(file) && readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(checkedIn, file), 'utf8')),
  ];
  if (differing.length > 0) {
    console.error(`docs/api is out of date with the doc comments: ${differing.join(', ')}`);
    console.error('run `npm run docs` in packages/core and commit docs/api');
    process.exitCode = 1;
  } else {
    console.log(`docs/api matches the doc comments (${expected.length} files)`);
  }
} catch {
  console.error('docs:check: TypeDoc failed (see above)');
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
