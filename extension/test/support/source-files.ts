/** Trede's own page sources, for tests that read the markup itself (no hard-coded texts, form controls' attributes). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..');
export const PAGE_SOURCE_ROOTS = ['src', 'entrypoints'].map((d) => join(EXTENSION_DIR, d));

export function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}
