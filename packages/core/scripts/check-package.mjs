// The package as npm would publish it, checked by publint and by Are the Types Wrong (attw) — the types and
// files that `import` and `require()` get on Node ≥ 20. Packs the current dist/ without running prepack, so a
// check never empties dist/ under a build or test that runs beside it (the test command builds first).
// Any error fails the test command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => {
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  } catch {
    // The tool printed what is wrong; no stack trace on top of it.
    console.error(`check:package: ${command.split('/').pop()} found errors in the package`);
    process.exit(1);
  }
};

run(bin('publint'), ['--strict', '--pack', 'npm']);
const out = mkdtempSync(join(tmpdir(), 'trede-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' }));
  // node16 profile: Node 20+ and TypeScript's node16/nodenext/bundler resolution; the subpath entry points
  // cannot exist for TypeScript's legacy node10 resolution, which ignores "exports".
  run(bin('attw'), [join(out, packed.filename), '--profile', 'node16']);
} finally {
  rmSync(out, { recursive: true, force: true });
}
