// Bundle sizes of the built extension, for `pnpm bench` (bench/extension.mjs).
//
// - Side panel: every JavaScript file sidepanel.html loads — its <script type="module"> and
//   <link rel="modulepreload"> tags, then each chunk's own static imports (`import … from "./x.js"`,
//   `import "./x.js"`) and dynamic imports (`import("./x.js")`, loaded later, counted separately), followed
//   transitively inside the output folder.
// - Background: the manifest's background service worker (and what it imports).
// - Content scripts: every `content_scripts[].js` of the manifest (none today), plus the scripts the
//   background registers at runtime (chrome.scripting.registerContentScripts), which no manifest lists: the
//   caller names them (`runtimeScripts`, output-relative) and their imports are followed as above.
//
// Sizes are gzip level 9 of each file on its own (what a server or a store review would see per file).
//
// Preact vs. app: the build puts everything into one chunk today, so the split cannot be read off file
// names. We rebuild the Chrome target with WXT's own config plus `build.sourcemap: 'hidden'` into a temp
// folder (scripts/bench/sourcemap-build.mjs); a hidden source map does not change the output, and the bench
// checks that the rebuilt chunk is byte-identical to the measured one. Every character of the chunk is then
// attributed to the source file its source-map segment points at (a segment covers the characters up to the
// next segment on its line; characters before the first segment or in unmapped segments are "glue").
// preactGzBytes = gzip of the concatenated characters that come from node_modules/preact (preact, hooks,
// jsx-runtime); appGzBytes = the chunk's gzip size minus that, so the two add up to the measured total.
// Gzip of a part taken out of its context is an approximation (it compresses slightly worse alone);
// raw byte counts per package are exact.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const gz = (data) => gzipSync(data, { level: 9 }).length;

/** Script sources of an HTML page: module scripts and module preloads. */
function htmlScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1]);
    if (src) out.push(src[1]);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    if (/\brel\s*=\s*["']modulepreload["']/i.test(m[1])) {
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[1]);
      if (href) out.push(href[1]);
    }
  }
  return out;
}

function htmlStyles(html) {
  const out = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    if (/\brel\s*=\s*["']stylesheet["']/i.test(m[1])) {
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[1]);
      if (href) out.push(href[1]);
    }
  }
  return out;
}

/** Relative or root-relative specifiers a minified ES module imports, statically and dynamically. */
function moduleImports(code) {
  const staticRe = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
  const dynamicRe = /\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
  const local = (s) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/');
  const statics = [...code.matchAll(staticRe)].map((m) => m[1]).filter(local);
  const dynamics = [...code.matchAll(dynamicRe)].map((m) => m[1]).filter(local);
  return { statics, dynamics };
}

/** The output-relative path a URL in a page or module points at. */
function resolveIn(root, fromFile, spec) {
  const clean = spec.split(/[?#]/)[0];
  const abs = clean.startsWith('/') ? join(root, clean) : resolve(dirname(fromFile), clean);
  return abs;
}

/**
 * Follows `entries` (absolute paths) and their imports inside `root`. Returns the static closure and the
 * files only reachable through dynamic import().
 */
function closure(root, entries) {
  const statics = new Set();
  const dynamics = new Set();
  const walk = (file, dynamic) => {
    const set = dynamic ? dynamics : statics;
    if (statics.has(file) || set.has(file) || !existsSync(file)) return;
    set.add(file);
    const { statics: s, dynamics: d } = moduleImports(readFileSync(file, 'utf8'));
    for (const spec of s) walk(resolveIn(root, file, spec), dynamic);
    for (const spec of d) walk(resolveIn(root, file, spec), true);
  };
  for (const entry of entries) walk(entry, false);
  for (const f of statics) dynamics.delete(f);
  return { statics: [...statics], dynamics: [...dynamics] };
}

function fileEntry(root, file) {
  const data = readFileSync(file);
  return { file: relative(root, file).split(sep).join(posix.sep), bytes: data.length, gzBytes: gz(data) };
}

const sum = (xs, key) => xs.reduce((a, x) => a + x[key], 0);

// --- source maps ---------------------------------------------------------------------------------------

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one mappings line into [genCol, sourceIndex | -1] pairs; `state` carries the cross-line fields. */
function decodeLine(text, state) {
  const segments = [];
  if (!text) return segments;
  let col = 0;
  for (const seg of text.split(',')) {
    if (!seg) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const digit = B64[ch];
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    col += fields[0];
    if (fields.length >= 4) {
      state.source += fields[1];
      state.line += fields[2];
      state.col += fields[3];
      if (fields.length >= 5) state.name += fields[4];
      segments.push([col, state.source]);
    } else segments.push([col, -1]);
  }
  return segments;
}

/** Which package (or part of Trede) a source path belongs to. */
export function sourceGroup(absPath) {
  const p = absPath.split(sep).join('/');
  const nm = p.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const rest = p.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (p.includes('/packages/core/')) return '@trede/core';
  if (p.includes('/extension/')) return 'extension';
  return 'other';
}

/** Characters of `code` per source group, according to `map`. Unmapped characters go to 'glue'. */
export function attribute(code, map, mapDir) {
  const groups = map.sources.map((s) => sourceGroup(resolve(mapDir, map.sourceRoot ?? '', s)));
  const parts = new Map();
  const add = (group, text) => {
    if (!text) return;
    let list = parts.get(group);
    if (!list) parts.set(group, (list = []));
    list.push(text);
  };
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const state = { source: 0, line: 0, col: 0, name: 0 };
  lines.forEach((line, i) => {
    const segs = decodeLine(mapLines[i] ?? '', state);
    add('glue', line.slice(0, segs[0]?.[0] ?? line.length));
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : line.length;
      add(src === -1 ? 'glue' : groups[src], line.slice(col, end));
    });
    if (i < lines.length - 1) add('glue', '\n');
  });
  return new Map([...parts].map(([g, list]) => [g, list.join('')]));
}

/**
 * Rebuilds the Chrome target with hidden source maps into a temp folder. Resolves with its chrome-mv3
 * folder, or throws with the build's output.
 */
export async function buildWithSourceMaps({ extensionDir }) {
  const out = mkdtempSync(join(tmpdir(), 'trede-bench-maps-'));
  const child = spawn(process.execPath, [join(here, 'sourcemap-build.mjs'), extensionDir, out], { cwd: extensionDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const code = await new Promise((ok) => child.on('close', ok));
  if (code !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`source-map build failed (exit ${code}):\n${log.split('\n').slice(-30).join('\n')}`);
  }
  return { dir: join(out, 'chrome-mv3'), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * Splits the side panel's JavaScript into Preact and the rest, with the source maps of `mapsDir` (a build of
 * the same sources). Files whose rebuilt bytes differ from the measured ones are split by the rebuild's
 * proportions, and say so.
 */
function splitPreact(root, files, mapsDir) {
  let preactRaw = 0;
  let preactGz = 0;
  let identical = true;
  const packages = {};
  for (const f of files) {
    const measured = readFileSync(join(root, f.file));
    const rebuiltPath = join(mapsDir, f.file);
    const mapPath = `${rebuiltPath}.map`;
    if (!existsSync(rebuiltPath) || !existsSync(mapPath)) {
      identical = false;
      continue;
    }
    const rebuilt = readFileSync(rebuiltPath);
    const same = rebuilt.equals(measured);
    if (!same) identical = false;
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    const parts = attribute(rebuilt.toString('utf8'), map, dirname(mapPath));
    const scale = same ? 1 : measured.length / rebuilt.length;
    for (const [group, text] of parts) {
      const bytes = Buffer.byteLength(text);
      const entry = (packages[group] ??= { bytes: 0, gzBytesAlone: 0 });
      entry.bytes += Math.round(bytes * scale);
      entry.gzBytesAlone += Math.round(gz(text) * scale);
      if (group === 'preact') {
        preactRaw += Math.round(bytes * scale);
        preactGz += Math.round(gz(text) * scale);
      }
    }
  }
  return { preactRaw, preactGz, identical, packages };
}

/**
 * All bundle figures for an unpacked Chrome MV3 build at `root`. `mapsDir`: a source-map rebuild (see
 * buildWithSourceMaps) for the Preact split, or null (then the split falls back to Preact's own minified
 * dist files, gzipped, as an approximation).
 */
export function bundleSizes(root, { mapsDir = null, panelPage = 'sidepanel.html', preactDir = null, runtimeScripts = [] } = {}) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const htmlPath = join(root, manifest.side_panel?.default_path ?? panelPage);
  const html = readFileSync(htmlPath, 'utf8');
  const entries = htmlScripts(html).map((src) => resolveIn(root, htmlPath, src));
  const { statics, dynamics } = closure(root, entries);
  const panelFiles = statics.map((f) => fileEntry(root, f));
  const lazyFiles = dynamics.map((f) => fileEntry(root, f));
  const css = htmlStyles(html).map((href) => fileEntry(root, resolveIn(root, htmlPath, href)));
  const panelGz = sum(panelFiles, 'gzBytes');

  let split;
  if (mapsDir) {
    const s = splitPreact(root, panelFiles, mapsDir);
    split = {
      method: s.identical ? 'source map of a byte-identical rebuild' : 'source map of a rebuild that differs (proportional, approximate)',
      preactBytes: s.preactRaw,
      preactGzBytes: s.preactGz,
      appGzBytes: panelGz - s.preactGz,
      packages: Object.fromEntries(Object.entries(s.packages).sort((a, b) => b[1].bytes - a[1].bytes)),
    };
  } else {
    // Approximation: Preact's own minified ES builds of what the app imports (preact, hooks, jsx-runtime).
    const dist = ['dist/preact.module.js', 'hooks/dist/hooks.module.js', 'jsx-runtime/dist/jsxRuntime.module.js'].map((f) => join(preactDir, f));
    const text = dist.filter(existsSync).map((f) => readFileSync(f, 'utf8')).join('\n');
    split = { method: "preact's own minified dist files (approximation, no source maps)", preactBytes: Buffer.byteLength(text), preactGzBytes: gz(text), appGzBytes: panelGz - gz(text) };
  }

  const bgEntry = manifest.background?.service_worker ?? manifest.background?.scripts?.[0] ?? null;
  const bgFiles = bgEntry ? closure(root, [join(root, bgEntry)]).statics.map((f) => fileEntry(root, f)) : [];
  const contentFiles = [];
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) contentFiles.push(fileEntry(root, join(root, js)));
  // A named runtime script missing from the build is reported, not silently counted as 0 bytes.
  const runtimeMissing = runtimeScripts.filter((f) => !existsSync(join(root, f)));
  const runtimeFiles = closure(root, runtimeScripts.filter((f) => !runtimeMissing.includes(f)).map((f) => join(root, f))).statics.map((f) => fileEntry(root, f));
  for (const f of runtimeFiles) if (!contentFiles.some((c) => c.file === f.file)) contentFiles.push(f);

  return {
    sidePanel: {
      files: panelFiles,
      bytes: sum(panelFiles, 'bytes'),
      gzBytes: panelGz,
      lazyFiles,
      lazyGzBytes: sum(lazyFiles, 'gzBytes'),
      css,
      cssGzBytes: sum(css, 'gzBytes'),
      ...split,
    },
    background: { files: bgFiles, bytes: sum(bgFiles, 'bytes'), gzBytes: sum(bgFiles, 'gzBytes') },
    contentScripts: {
      files: contentFiles,
      bytes: sum(contentFiles, 'bytes'),
      gzBytes: sum(contentFiles, 'gzBytes'),
      runtimeFiles: runtimeFiles.map((f) => f.file),
      runtimeMissing,
      ...(contentFiles.length ? {} : { none: true }),
    },
  };
}
