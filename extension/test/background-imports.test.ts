import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The background (service worker) draws the badge on the caseworker's own system. It must not pull in the
 * side panel's UI: that would bloat the worker with Preact screens, and make the badge's words depend on
 * display code. Its words come from @trede/core and src/i18n; shared helpers live outside src/ui.
 */
const ROOT = join(import.meta.dirname, '..');
const UI = join(ROOT, 'src', 'ui') + sep;

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // packages (@trede/core, idb, wxt) are not ours to walk
  if (/\.(css|html|json|svg|png)$/.test(specifier)) return null; // assets hold no imports
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
  return found;
}

/** Every local module reachable from `entry` by static imports, re-exports and import(), type-only ones included. */
function reachable(entry: string): Map<string, string> {
  const via = new Map<string, string>([[entry, '(entry)']]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const target = resolveLocal(file, fileName);
      if (target && !via.has(target)) {
        via.set(target, relative(ROOT, file));
        queue.push(target);
      }
    }
  }
  return via;
}

const uiModules = (entry: string) =>
  [...reachable(join(ROOT, entry))].filter(([file]) => file.startsWith(UI)).map(([file, from]) => `${relative(ROOT, file)} (imported by ${from})`);

describe('the background imports no UI module', () => {
  it('nothing reachable from entrypoints/background.ts lies under src/ui', () => {
    const modules = reachable(join(ROOT, 'entrypoints', 'background.ts'));
    // The walk does find the background's own modules and the store, so an empty result below means something.
    expect([...modules.keys()].map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining([join('src', 'background', 'overlay-data.ts'), join('src', 'store', 'repo.ts'), join('src', 'store', 'intake-date.ts')]),
    );
    expect(uiModules(join('entrypoints', 'background.ts'))).toEqual([]);
  });

  it('the check finds UI modules where there are some (the side panel)', () => {
    expect(uiModules(join('entrypoints', 'sidepanel', 'main.tsx')).length).toBeGreaterThan(0);
  });
});
