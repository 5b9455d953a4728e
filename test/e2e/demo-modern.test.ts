// The modern demo variant (extension/demo/modern/) as files and served, no browser needed: it renders with
// textContent only, loads nothing from elsewhere, says it is fictional, its frame is a page of its own
// origin, and its facts table and dossier addresses are built the way the adapter format 2 tests need.
// overlay-modern.e2e.test.ts runs it in Chromium with Trede.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startDemoServer } from './browser.js';

const DIR = join(REPO_ROOT, 'extension/demo/modern');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const code = (js: string) => js.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|setHTMLUnsafe|createContextualFragment|DOMParser|\.srcdoc\s*=|\beval\s*\(|new Function|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/;

describe('Werkplein Demo, modern variant (files)', () => {
  it('its scripts use no API that parses strings as HTML or code', () => {
    for (const name of ['app.js', 'rapport.js']) expect(code(read(name)), name).not.toMatch(SINKS);
  });

  it('its pages load nothing from elsewhere, run no inline script, and frame only its own report page', () => {
    for (const name of ['index.html', 'rapport.html', 'app.js', 'rapport.js', 'modern.css']) expect(read(name), name).not.toMatch(/https?:\/\/|url\(\s*['"]?\/\/|@import/i);
    for (const name of ['index.html', 'rapport.html']) {
      const html = read(name).replace(/<!--[\s\S]*?-->/g, '');
      expect(html, name).not.toMatch(/\son[a-z]+\s*=/i);
      for (const m of html.matchAll(/<script([^>]*)>/g)) expect(m[1], name).toMatch(/^\s*type="module" src="\/modern\/(app|rapport)\.js"\s*$/);
      for (const m of html.matchAll(/<iframe([^>]*)>/g)) expect(m[1], name).toMatch(/\ssrc="\/modern\/rapport\.html"/);
    }
  });

  it('says it is fictional, in the yellow bar', () => {
    expect(read('index.html')).toMatch(/<p class="fictief[^"]*" role="note">Fictief demosysteem/);
  });

  it('shows the client number only through the web component and its dossier addresses carry an id of their own', () => {
    const js = read('app.js');
    expect(js).toMatch(/attachShadow\(\{ mode: 'open' \}\)/);
    expect(js).toMatch(/'data-veld': 'klantnummer'/);
    expect(js).toMatch(/#\/dossier\/\$\{dossierIdOf\(/);
    // Optional rows: the facts table's rows come and go with the client.
    expect(js.match(/when: \(c\) =>/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Werkplein Demo, modern variant (served)', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, log: () => {} });
  });
  afterAll(async () => server?.close());

  it('serves the app, its report frame, script and style', async () => {
    for (const [path, type] of [['modern/', 'text/html'], ['modern/rapport.html', 'text/html'], ['modern/app.js', 'text/javascript'], ['modern/modern.css', 'text/css']]) {
      const res = await fetch(new URL(path!, server.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
  });
});
