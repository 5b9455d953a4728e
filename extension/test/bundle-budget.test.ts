// The size budgets of issue 4 and 5, held by every `pnpm test` (which builds first): gzip sizes are
// deterministic, unlike timings, so they can be a test. `pnpm bench` reports the same figures in detail.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bench/bundle.mjs';
import { OVERLAY_SCRIPT_FILE } from '../src/background/overlay';

const BUILD = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const KB = 1024;

describe.skipIf(!existsSync(join(BUILD, 'manifest.json')))('bundle budgets (built Chrome extension)', () => {
  const sizes = bundleSizes(BUILD, { runtimeScripts: [OVERLAY_SCRIPT_FILE], preactDir: join(import.meta.dirname, '..', 'node_modules', 'preact') });

  it('the side panel loads at most 60 KB of JavaScript (gzip) to open; the rest is fetched on demand', () => {
    expect(sizes.sidePanel.files.length).toBeGreaterThan(0);
    expect(sizes.sidePanel.gzBytes / KB).toBeLessThanOrEqual(60);
    // Screens after an intake and the scorer are split off: something must be lazy, or the split is gone.
    expect(sizes.sidePanel.lazyFiles.length).toBeGreaterThan(0);
  });

  it('the content script is at most 10 KB (gzip) and imports nothing', () => {
    expect(sizes.contentScripts.runtimeMissing).toEqual([]);
    expect(sizes.contentScripts.files.map((f) => f.file)).toEqual([OVERLAY_SCRIPT_FILE]);
    expect(sizes.contentScripts.gzBytes / KB).toBeLessThanOrEqual(10);
  });
});
