// Child process of scripts/bench/bundle.mjs: builds the extension's Chrome target with WXT's own config
// (extension/wxt.config.ts, loaded as usual) plus hidden source maps, into <outDir>/chrome-mv3.
// `hidden` writes .map files without a sourceMappingURL comment, so the JavaScript is the same bytes as
// the normal build's. Nothing is written to extension/.output.
//   node scripts/bench/sourcemap-build.mjs <extensionDir> <outDir>
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [extensionDir, outDir] = process.argv.slice(2);
if (!extensionDir || !outDir) {
  console.error('usage: sourcemap-build.mjs <extensionDir> <outDir>');
  process.exit(2);
}
const requireFromExtension = createRequire(join(extensionDir, 'package.json'));
const wxt = await import(pathToFileURL(requireFromExtension.resolve('wxt')).href);
await wxt.build({
  root: extensionDir,
  browser: 'chrome',
  outDir,
  vite: () => ({ build: { sourcemap: 'hidden' } }),
});
