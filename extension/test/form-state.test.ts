import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, PAGE_SOURCE_ROOTS, scanMarkup, tsxFiles } from './support/source-files';

/**
 * Chromium writes what is typed into a page's fields to the profile's session files (to restore the tab),
 * unless the field says autocomplete="off" — measured: a nickname typed in the panel was found there in
 * clear, beside the sealed database. So every form control in Trede's pages says what the browser may keep:
 * "off", or a password field's own value (password fields are never kept). File pickers keep nothing.
 */
const CONTROLS = new Set(['input', 'textarea', 'select']);

const controlsWithoutAutocomplete = (file: string): string[] =>
  scanMarkup(file, (node, where) => {
    if (!(ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) || !CONTROLS.has(node.tagName.getText())) return null;
    const attributes = new Map(
      node.attributes.properties.filter(ts.isJsxAttribute).map((a) => [a.name.getText(), a.initializer && ts.isStringLiteral(a.initializer) ? a.initializer.text : '{…}']),
    );
    return attributes.get('type') !== 'file' && !attributes.has('autocomplete') ? `${where} <${node.tagName.getText()}>` : null;
  });

describe('form controls tell the browser not to keep what is typed', () => {
  it('every input, textarea and select in Trede’s pages has an autocomplete attribute', () => {
    const files = PAGE_SOURCE_ROOTS.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(controlsWithoutAutocomplete)).toEqual([]);
  });

  it('finds a control that lacks it', () => {
    const probe = `${EXTENSION_DIR}/test/support/form-state-probe.tsx`;
    expect(controlsWithoutAutocomplete(probe)).toEqual(['test/support/form-state-probe.tsx:5 <textarea>']);
  });
});
