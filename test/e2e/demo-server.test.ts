// The demo server: static files, the single-page fallback, nothing outside its folder. (No browser needed.)
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from './browser.js';

/** A raw GET that keeps the path exactly as written (fetch would normalise ".."). */
function get(base: string, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('demo server', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the pages and the data with their types', async () => {
    expect(await get(server.url, '/')).toMatchObject({ status: 200, type: expect.stringContaining('text/html') });
    expect(await get(server.url, '/klant.html?klantnummer=710204418')).toMatchObject({ status: 200 });
    expect(await get(server.url, '/lib.js')).toMatchObject({ status: 200, type: expect.stringContaining('javascript') });
    const data = await get(server.url, '/clients.json');
    expect(data.type).toContain('application/json');
    expect(JSON.parse(data.body).clients.length).toBeGreaterThanOrEqual(8);
  });

  it('answers single-page routes with the app shell, but not missing assets', async () => {
    const shell = await get(server.url, '/spa/');
    for (const path of ['/spa', '/spa/klant/710204418', '/spa/klant/710204418/']) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toBe(shell.body);
    }
    expect((await get(server.url, '/spa/ontbreekt.js')).status).toBe(404);
    expect((await get(server.url, '/bestaat-niet')).status).toBe(404);
  });

  it('serves nothing outside its folder, no dotfiles and not its own source', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/spa/..%2f..%2fpackage.json', '/server.mjs', '/.hidden', '/%00']) {
      expect((await get(server.url, path)).status, path).toBe(404);
    }
  });

  it('only answers GET and HEAD', async () => {
    expect((await get(server.url, '/', 'POST')).status).toBe(405);
    expect(await get(server.url, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('closes', async () => {
    const other = await startDemoServer({ port: 0 });
    await other.close();
    await expect(get(other.url, '/')).rejects.toThrow();
  });
});
