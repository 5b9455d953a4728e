import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('@trede/core packaging', () => {
  it('uses no Node built-ins outside src/cli, so it runs unchanged in the browser', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !relative(src, file).startsWith('cli'))
      .filter((file) => /from ['"](node:|fs['"]|path['"]|os['"]|child_process['"])|\bprocess\.|\bBuffer\b|\brequire\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('imports only zod and simple-statistics at run time', () => {
    const packages = new Set<string>();
    for (const file of sourceFiles(src)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from ['"]([^'".][^'"]*)['"]/gm)) {
        // A package's subpath (zod/mini) counts as the package itself.
        if (!spec!.startsWith('node:')) packages.add(spec!.split('/').slice(0, spec!.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    expect([...packages].sort()).toEqual(['simple-statistics', 'zod']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['simple-statistics', 'zod']);
  });

  it('is ESM with types, an exports map for import and require, and the trede bin', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
    for (const [entry, dir] of [['.', ''], ['./stats', 'stats/'], ['./fhir', 'fhir/']] as const) {
      expect(pkg.exports[entry], entry).toEqual({
        import: { types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` },
        require: { types: `./dist/cjs/${dir}index.d.ts`, default: `./dist/cjs/${dir}index.js` },
      });
    }
    expect(pkg.bin.trede).toBe('./dist/cli/index.js');
    expect(pkg.engines.node).toBe('>=20');
  });

  it('serves require() on Node 20 without require(esm), with the same scores as import', async () => {
    const script = `const core = require('@trede/core'); const stats = require('@trede/core/stats'); const fhir = require('@trede/core/fhir');
      const result = core.scoreIntake(require('./examples/intake.json'));
      process.stdout.write(JSON.stringify({ scales: result.scales, alpha: typeof stats.cronbachAlpha, fhir: typeof fhir.toFhirQuestionnaire }));`;
    // --no-experimental-require-module: Node 20 as shipped, where require() of an ES module fails.
    const out = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', script], { cwd: root, encoding: 'utf8' });
    const viaRequire = JSON.parse(out);
    const esm = await import('../dist/index.js');
    const expected = esm.scoreIntake(JSON.parse(readFileSync(join(root, 'examples', 'intake.json'), 'utf8')));
    expect(viaRequire).toEqual({ scales: JSON.parse(JSON.stringify(expected.scales)), alpha: 'function', fhir: 'function' });
  });

  it('links only documents that exist in the repository from the README, CONTRIBUTING and CHANGELOG', () => {
    for (const doc of ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md']) {
      const text = readFileSync(join(root, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        expect(target, `${doc} links ${target}`).not.toMatch(/^[a-z]+:/);
        expect(existsSync(join(root, target!)), `${doc} links ${target}`).toBe(true);
      }
    }
  });

  it('packs README, LICENSE, CHANGELOG, the builds, their sources and the examples, and no tests or docs', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8' }));
    const files: string[] = packed.files.map((file: { path: string }) => file.path);
    for (const needed of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/cjs/index.js', 'dist/cjs/package.json', 'src/index.ts', 'examples/intake.json']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((file) => !/^(dist|src|examples)\/|^(README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.test\.|tsbuildinfo/.test(file))).toEqual([]);
    // Every source map names sources that are in the package.
    const maps = files.filter((file) => file.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(50);
    for (const map of maps) {
      for (const source of JSON.parse(readFileSync(join(root, map), 'utf8')).sources as string[]) {
        // A map of a moved module left in dist/ fails here too: prepack empties dist/ (node scripts/clean.mjs, then build).
        expect(files, `${map} -> ${source}`).toContain(join(dirname(map), source));
      }
    }
  });

  it('lets the instrument catalogue and allowedValues load without the scoring engine and risk models', () => {
    // The extension's panel imports these up front and the scorer only when an intake is completed.
    const runtimeImports = (file: string): string[] =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from ['"](\.[^'"]+)['"]/gm)].map(([, spec]) =>
        join(dirname(file), spec!.replace(/\.js$/, '.ts')),
      );
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      runtimeImports(file).forEach(visit);
    };
    visit(join(src, 'scoring', 'default-catalogue.ts'));
    visit(join(src, 'scoring', 'allowed-values.ts'));
    const files = [...reached].map((file) => relative(src, file));
    expect(files).toContain(join('instruments', 'index.ts'));
    expect(files.filter((file) => /^(risk|stats|intake)\/|^scoring\/(validate|scale)\.ts$/.test(file))).toEqual([]);
  });

  it('scores without risks through a module graph that reaches no risk model and no report text', () => {
    // createScaleScorer (src/intake/scales.ts) is what a page that shows no risks imports; a bundler keeps
    // exactly what it reaches, so nothing under risk/ and no report words but number formatting.
    const runtimeImports = (file: string): string[] =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from ['"](\.[^'"]+)['"]/gm)].map(([, spec]) =>
        join(dirname(file), spec!.replace(/\.js$/, '.ts')),
      );
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      runtimeImports(file).forEach(visit);
    };
    visit(join(src, 'intake', 'scales.ts'));
    const files = [...reached].map((file) => relative(src, file));
    expect(files).toContain(join('scoring', 'scale.ts'));
    expect(files.filter((file) => /^(risk|stats|fhir|cli)\/|^report\/(?!format\.ts$)|^outcomes/.test(file))).toEqual([]);
  });

  it('builds an entry point that loads without the CLI', async () => {
    const core = await import('../dist/index.js');
    expect(typeof core.scoreIntake).toBe('function');
    expect(readFileSync(join(root, 'dist', 'index.js'), 'utf8')).not.toContain('cli/');
  });
});
