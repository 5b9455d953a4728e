import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: WXT's config, aliases and the fake `browser` (@webext-core/fake-browser).
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, reactAliasesEnabled: false })],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // A fresh in-memory IndexedDB per test file; tests that need more isolation use their own database name.
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
