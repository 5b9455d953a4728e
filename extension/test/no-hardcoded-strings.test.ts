import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, PAGE_SOURCE_ROOTS, tsxFiles } from './support/source-files';

/** Every user-facing string comes from the message files (Dutch and English); this finds any that slipped into markup. */
const SRC = EXTENSION_DIR;
const ROOTS = PAGE_SOURCE_ROOTS;
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

function hardCoded(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    // Letters in JSX text are words a user reads; punctuation, arrows and numbers alone are fine.
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}{2,}/u.test(node.initializer.text)) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing strings', () => {
  it('are never written into the markup: they come from the nl/en message files', () => {
    const files = ROOTS.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('the check itself catches a hard-coded label', () => {
    const probe = join(import.meta.dirname, 'support', 'hardcoded-probe.tsx');
    expect(hardCoded(probe)).toEqual([expect.stringContaining('text "Opslaan"'), expect.stringContaining('aria-label="Sluiten"')]);
  });
});
