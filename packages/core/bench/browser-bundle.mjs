// The smallest browser bundle for a task, as a web page that imports @trede/core would ship it: esbuild
// bundles a few lines of use (minified, ES module, browser platform, the package's own exports and
// sideEffects), gzip -9. Figures for `pnpm bench`; no test asserts them.
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url);

/** What each bundle does, written as a page's code would be. */
export const TASKS = [
  {
    id: 'score-without-risks',
    what: 'score one intake without the risk report (createScaleScorer)',
    code: "import { createScaleScorer } from '@trede/core'; export const result = createScaleScorer().score(globalThis.intake);",
  },
  {
    id: 'score-risks-off-option',
    what: 'createScorer with { risks: false }: the risk models stay in, as the option is read at run time',
    code: "import { createScorer } from '@trede/core'; export const result = createScorer(undefined, { risks: false }).score(globalThis.intake);",
  },
  {
    id: 'score-with-risks',
    what: 'score one intake with the risk report (scoreIntake)',
    code: "import { scoreIntake } from '@trede/core'; export const result = scoreIntake(globalThis.intake);",
  },
  {
    id: 'score-and-text-report',
    what: 'score with risks and print the text report',
    code: "import { scoreIntake, formatTextReport } from '@trede/core'; export const text = formatTextReport(scoreIntake(globalThis.intake), 'nl');",
  },
];

export async function bundleSize(code) {
  const out = await build({
    stdin: { contents: code, resolveDir: new URL('..', here).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    // The package resolves itself by name through its exports map, as an installed copy would.
    alias: { '@trede/core': new URL('..', here).pathname },
  });
  const bytes = out.outputFiles[0].contents;
  return { rawBytes: bytes.length, gzBytes: gzipSync(bytes, { level: 9 }).length };
}

export async function run() {
  const figures = [];
  for (const task of TASKS) {
    const { rawBytes, gzBytes } = await bundleSize(task.code);
    figures.push({ benchmark: 'browser-bundle', task: task.id, what: task.what, rawKB: +(rawBytes / 1024).toFixed(1), gzKB: +(gzBytes / 1024).toFixed(1) });
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await run()) console.log(JSON.stringify(figure));
}
