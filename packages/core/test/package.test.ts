import { readFileSync, readdirSync } from 'node:fs';
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

  it('is ESM with types, an exports map and the trede bin', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.bin.trede).toBe('./dist/cli/index.js');
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
    expect(files.filter((file) => /^(risk|stats)\/|^scoring\/(intake|validate|scale)\.ts$/.test(file))).toEqual([]);
  });

  it('builds an entry point that loads without the CLI', async () => {
    const core = await import('../dist/index.js');
    expect(typeof core.scoreIntake).toBe('function');
    expect(readFileSync(join(root, 'dist', 'index.js'), 'utf8')).not.toContain('cli/');
  });
});
