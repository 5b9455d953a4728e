import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeFiles, manifestFor } from './src/manifest';

/**
 * The client's rights, retention and the audit trail, shared by side panel screens that load on demand and by
 * the options page: a lazy chunk of their own, so the panel does not load them to open.
 */
const RIGHTS = /extension[\\/]src[\\/](i18n[\\/](areas[\\/]rights|rights-texts)|store[\\/](client-rights|client-export|retention|initials|persistence)\.|ui[\\/](rights[\\/]|audit[\\/]|settings[\\/](SettingsScreen|OptionsNav)\.|adapters[\\/]download\.))/;

/**
 * What only the screens after an intake use: @trede/core's risk models, cards, reports and scoring, and the
 * extension's results, history and outcomes components with their texts.
 * Also the check of free text before it is saved (src/store/free-text.ts, src/identifiers.ts), which the
 * store and the results screen load on demand.
 */
const LATER = /packages[\\/]core[\\/](dist|src)[\\/](outcomes\.|risk[\\/](cards[\\/]|factors|evaluate-model|evaluate\.|actions|model-card\.|evaluate-placement|factor-value|local-calibration|frequency)|report[\\/](model-card-text|text\.|summary|labels\.|warnings-block\.)|intake[\\/]|scoring[\\/](scale|reference|reading|reliability|warnings)\.)|extension[\\/]src[\\/](i18n[\\/](areas[\\/](results|free-text)|results-texts)|ui[\\/](results|history|outcomes)[\\/]|store[\\/]free-text|identifiers\.)/;

/**
 * Turning what an adapter read off the host page into intake answers (dates in every Dutch and English form)
 * and the reasons a value was not taken over: needed when an intake starts and on the options page's test,
 * never to open the panel.
 */
const PREFILL = /extension[\\/]src[\\/](adapters[\\/](prefill|page-dates)|i18n[\\/](areas[\\/]prefill|prefill-texts))\./;

/**
 * The lock screens (set up, unlock) and the lock settings with their texts: shared by the side panel, which
 * loads them only when Trede is not set up or locked, and the options page.
 */
const LOCK = /extension[\\/]src[\\/](ui[\\/]lock[\\/]|i18n[\\/](areas[\\/]lock|lock-texts)\.|store[\\/](lock-actions|vault|vault-codec|seal-existing)\.)/;

/**
 * Core's instrument definitions and the catalogue made of them, and the intake model that reads them: needed by
 * the intake, the scorer, the results and the settings, not to open the panel (the store's schema has the ids
 * and versions as data). Without a group of their own the shared rule would put them in the first load.
 */
const CATALOGUE = /packages[\\/]core[\\/](dist|src)[\\/](instruments[\\/]|ladder[\\/]definition|scoring[\\/](default-catalogue|catalogue)\.)|extension[\\/]src[\\/]ui[\\/]intake[\\/]model\./;

/** The monorepo root: Firefox's review needs the sources of @trede/core too, to rebuild the extension. */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // MV3 for both browsers (WXT would default Firefox to MV2).
  manifestVersion: 3,
  // Explicit imports everywhere: no auto-imported globals.
  imports: false,
  manifest: ({ browser, command }) => manifestFor({ browser, command }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, reactAliasesEnabled: false })],
    build: {
      rolldownOptions: {
        output: {
          // What the side panel and the options page share goes into one chunk, not into one per sharing pattern:
          // fewer files for the panel to fetch when it opens, and gzip works across more of the code.
          // What is needed only after an intake (by the lazily loaded scorer and screens) gets a lazy chunk of
          // its own; otherwise the shared rule would pull it into the first load.
          advancedChunks: {
            // A group takes only the modules it names, not what they import (bands and sources are first-load).
            includeDependenciesRecursively: false,
            groups: [
              { name: 'later', test: LATER, minShareCount: 2, priority: 2 },
              { name: 'rights', test: RIGHTS, minShareCount: 2, priority: 2 },
              { name: 'prefill', test: PREFILL, minShareCount: 2, priority: 2 },
              { name: 'lock', test: LOCK, minShareCount: 2, priority: 2 },
              // The instruments' definitions (questions, scales, texts): with the intake, the scorer and the settings.
              { name: 'catalogue', test: CATALOGUE, minShareCount: 2, priority: 2 },
              // The checks of the content script's messages: fetched with its first message, not on opening.
              { name: 'messages', test: /extension[\\/]src[\\/]overlay[\\/](message-schemas|senders)\./, priority: 3 },
              { name: 'shared', minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  }),
  hooks: {
    // _locales/{nl,en}/messages.json from src/i18n/messages.ts, so manifest strings live in the same file.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
  },
  zip: {
    name: 'trede',
    // Firefox's sources zip: exactly what rebuilding the extension needs (the workspace root, @trede/core's
    // sources and this package), nothing else that lives in the repository.
    sourcesRoot: repoRoot,
    excludeSources: ['**'],
    includeSources: [
      'README.md',
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'tsconfig.base.json',
      'packages/core/package.json',
      'packages/core/tsconfig.json',
      'packages/core/tsconfig.build.json',
      'packages/core/src/**',
      // Training mode's personas: the demo's client pages and core's persona answers (src/training/personas.ts).
      'packages/core/examples/personas.json',
      'extension/demo/clients.json',
      'extension/README.md',
      'extension/package.json',
      'extension/tsconfig.json',
      'extension/wxt.config.ts',
      'extension/entrypoints/**',
      'extension/src/**',
      'extension/public/**',
    ],
  },
});
