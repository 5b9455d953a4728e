import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PAGE_SOURCE_ROOTS, scanMarkup, tsxFiles } from './support/source-files';

/** Every user-facing string comes from the message files (Dutch and English); this finds any that slipped into markup. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

const hardCoded = (file: string): string[] =>
  scanMarkup(file, (node, where) => {
    // Letters in JSX text are words a user reads; punctuation, arrows and numbers alone are fine.
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) return `${where} text "${node.text.trim()}"`;
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}{2,}/u.test(node.initializer.text)) {
      return `${where} ${node.name.getText()}="${node.initializer.text}"`;
    }
    return null;
  });

describe('user-facing strings', () => {
  it('are never written into the markup: they come from the nl/en message files', () => {
    const files = PAGE_SOURCE_ROOTS.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('the check itself catches a hard-coded label', () => {
    const probe = join(import.meta.dirname, 'support', 'hardcoded-probe.tsx');
    expect(hardCoded(probe)).toEqual([expect.stringContaining('text "Opslaan"'), expect.stringContaining('aria-label="Sluiten"')]);
  });
});
