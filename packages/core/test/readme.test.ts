// The package README's code imports only what the package exports: every `import … from '@trede/core…'` in its
// code blocks is type-checked against the entry points' sources, so a renamed or dropped export cannot linger there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const ENTRY: Record<string, string> = {
  '@trede/core': './src/index.js',
  '@trede/core/stats': './src/stats/index.js',
  '@trede/core/fhir': './src/fhir/index.js',
};

function readmeImports(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map(([, code]) => code!);
  return blocks.flatMap((code) => [...code.matchAll(/^import [^;]*? from '(@trede\/core[^']*)';$/gm)].map(([line]) => line));
}

describe('packages/core/README.md', () => {
  it('imports only names its entry points export', () => {
    const imports = readmeImports();
    expect(imports.length).toBeGreaterThanOrEqual(4);
    const probe = join(root, '__readme-imports.ts');
    const source = imports.map((line) => line.replace(/'(@trede\/core[^']*)'/, (_, spec: string) => `'${ENTRY[spec] ?? spec}'`)).join('\n');
    const host = ts.createCompilerHost({});
    const readFile = host.readFile.bind(host);
    host.readFile = (file) => (file === probe ? source : readFile(file));
    const exists = host.fileExists.bind(host);
    host.fileExists = (file) => file === probe || exists(file);
    const program = ts.createProgram([probe], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, strict: true, skipLibCheck: true, types: [] }, host);
    const problems = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
