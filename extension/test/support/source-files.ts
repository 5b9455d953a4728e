/** Trede's own page sources, for tests that read the markup itself (no hard-coded texts, form controls' attributes). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..');
export const PAGE_SOURCE_ROOTS = ['src', 'entrypoints'].map((d) => join(EXTENSION_DIR, d));

export function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every node of a TSX file passed to `finding`, with where it stands ("src/…/File.tsx:12"); what it returns
 * (a description of something wrong there) is collected.
 */
export function scanMarkup(file: string, finding: (node: ts.Node, where: string) => string | null): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const where = `${relative(EXTENSION_DIR, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const problem = finding(node, where);
    if (problem !== null) found.push(problem);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
