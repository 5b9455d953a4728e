// The demo's two test pages for the content script, read as files and over HTTP (no browser needed):
// vijandig.html (hostile) must carry its markup and script only as text, druk.html (busy) must start
// without a client number, opmaak.html (layout) holds the number in a bare table cell, a flex row and a grid. demo-testpages.e2e.test.ts runs them in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startDemoServer } from './browser.js';

const DEMO = join(REPO_ROOT, 'extension/demo');
const read = (name: string) => readFileSync(join(DEMO, name), 'utf8');

/** Source without its comments, so a comment that names an API is not mistaken for a use of it. */
function code(js: string): string {
  return js.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

// Ways script can turn a string into markup or code.
const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|setHTMLUnsafe|createContextualFragment|DOMParser|\.srcdoc\s*=|\beval\s*\(|new Function|setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/;

/** Every start tag in an HTML file (comments and <style> bodies left out), as [name, attributes]. */
function startTags(html: string): [string, string][] {
  const plain = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<style[^>]*>)[\s\S]*?<\/style>/g, '$1');
  return [...plain.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]);
}

describe('Werkplein Demo test pages (files)', () => {
  const pages = ['vijandig.html', 'druk.html', 'opmaak.html'];
  const scripts = ['vijandig.js', 'druk.js', 'opmaak.js', 'lib.js'];

  it('use no API that parses strings as HTML or code', () => {
    for (const name of scripts) expect(code(read(name)), name).not.toMatch(SINKS);
  });

  it('have no markup that runs: no inline script or handlers, no img/svg/iframe, only local module scripts', () => {
    for (const name of pages) {
      for (const [tag, attrs] of startTags(read(name))) {
        expect(['img', 'svg', 'iframe', 'object', 'embed', 'base'], `${name}: <${tag}>`).not.toContain(tag);
        expect(attrs, `${name}: <${tag}${attrs}>`).not.toMatch(/\son[a-z]+\s*=/i);
        if (tag === 'script') expect(attrs, name).toMatch(/^\s*type="module" src="(vijandig|druk|opmaak)\.js"\s*$/);
      }
    }
  });

  it('load nothing from elsewhere', () => {
    for (const name of [...pages, ...scripts]) expect(read(name), name).not.toMatch(/https?:\/\/|url\(\s*['"]?\/\/|@import/i);
  });

  it('say they are fictional, in the yellow bar', () => {
    for (const name of pages) expect(read(name), name).toMatch(/<p class="fictief[^"]*" role="note">Fictief demosysteem/);
  });

  it('hostile page: carries markup, script and right-to-left overrides as strings for textContent', () => {
    const js = read('vijandig.js');
    for (const s of ['<img src=x onerror=', '<script>window.__pwned=1</script>', '"><svg onload=', '\\u202E', '\\u200F']) expect(js, s).toContain(s);
    expect(js).toMatch(/[\u0600-\u06FF]/); // Arabic
    expect(js).toMatch(/[\u0590-\u05FF]/); // Hebrew
  });

  it('hostile page: its CSS distorts injected elements but never hides a badge outright', () => {
    const css = /<style id="vijandige-css">([\s\S]*?)<\/style>/.exec(read('vijandig.html'))?.[1] ?? '';
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(rules).toMatch(/trede-badge\s*\{/);
    expect(rules).toMatch(/button:not\(\.eigen\)[^{]*\{\s*all: unset/);
    expect(rules).toMatch(/:host\s*\{/);
    expect(rules).not.toMatch(/display\s*:|visibility\s*:|opacity\s*:|clip(-path)?\s*:|content-visibility|z-index/);
  });

  it('busy page: no client number until asked for one', () => {
    for (const name of ['druk.html', 'druk.js']) expect(read(name), name).not.toMatch(/(^|\D)\d{9}(\D|$)/);
    expect(read('druk.html')).not.toContain('id="klantnummer"');
  });

  it('are linked from the client list, the hostile and layout pages with a client that exists', () => {
    const index = read('index.html');
    expect(index).toContain('href="druk.html"');
    const clients = (JSON.parse(read('clients.json')) as { clients: { clientNumber: string }[] }).clients;
    for (const page of ['vijandig', 'opmaak']) {
      const nr = new RegExp(`href="${page}\\.html\\?klantnummer=(\\d+)`).exec(index)?.[1];
      expect(clients.map((c) => c.clientNumber), page).toContain(nr);
    }
  });

  it('layout page: the number in a bare <td> (label in a <th>) of an overflow:hidden card, a flex row and a grid', () => {
    const html = read('opmaak.html');
    expect(html).toMatch(/<th scope="row">Klantnummer<\/th><td class="nummer mono"><\/td>/);
    expect(html).toMatch(/<div class="flexrij">[^\n]*class="nummer mono"/);
    expect(html).toMatch(/<dl class="raster">/);
    expect(read('style.css')).toMatch(/\.card\.krap \{[^}]*overflow: hidden/);
    expect(read('style.css')).toMatch(/\.flexrij \{ display: flex/);
    expect(read('style.css')).toMatch(/\.raster \{ display: grid/);
  });
});

describe('Werkplein Demo test pages (served)', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('serves both pages and their scripts with their types', async () => {
    for (const [path, type] of [
      ['vijandig.html?klantnummer=710204418', 'text/html'],
      ['vijandig.js', 'text/javascript'],
      ['druk.html', 'text/html'],
      ['druk.js', 'text/javascript'],
      ['opmaak.html?klantnummer=710204418&plek=flex', 'text/html'],
      ['opmaak.js', 'text/javascript'],
    ] as const) {
      const res = await fetch(new URL(path, server.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
      expect(await res.text(), path).toBe(read(path.split('?')[0]!));
    }
  });
});
