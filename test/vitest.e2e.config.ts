// End-to-end tests in real Chromium with the extension loaded: `pnpm test:e2e`.
// Part of `pnpm test`; they need Chromium, which the global setup installs with apt-get when running as root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One Chromium at a time: the machines have 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll's own 1 s is too short on a loaded 2-core machine (CI): a focus move or a re-render
    // can take longer there, which is slow, not wrong.
    expect: { poll: { timeout: 10_000 } },
  },
});
