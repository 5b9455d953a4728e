#!/usr/bin/env node
// Static server for Werkplein Demo, the fictional case-management system (Node built-ins only).
//
//   import { startDemoServer } from './extension/demo/server.mjs';
//   const { url, close } = await startDemoServer({ port: 0 }); // 0 = a free port
//
//   node extension/demo/server.mjs [--port 5178]
//
// Listens on 127.0.0.1 only. GET and HEAD. Paths under /spa/ that are not files get spa/index.html,
// so the single-page variant's History API URLs (/spa/klant/<nr>) survive a reload.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEMO_ROOT = dirname(fileURLToPath(import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Never served, even though they live in the folder.
const HIDDEN = new Set(['/server.mjs', '/README.md']);

async function fileAt(path) {
  try {
    const s = await stat(path);
    if (s.isFile()) return { path, size: s.size };
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    /* not there */
  }
  return null;
}

/**
 * Resolves a request path to a file under root, or null. Rejects anything that would leave root.
 * @param {string} root absolute folder
 * @param {string} pathname URL pathname, still percent-encoded
 */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || HIDDEN.has(decoded) || decoded.split('/').some((part) => part.startsWith('.') && part !== '')) return null;
  const target = resolve(root, '.' + decoded);
  if (target !== root && !target.startsWith(root + sep)) return null;
  const found = await fileAt(target);
  if (found) return found;
  // Single-page variant: client-side routes fall back to its shell (but not missing assets).
  if ((decoded === '/spa' || decoded.startsWith('/spa/')) && extname(decoded) === '') return fileAt(join(root, 'spa', 'index.html'));
  return null;
}

/**
 * Starts the demo server.
 * @param {{ port?: number, host?: string, root?: string, log?: (line: string) => void }} [options]
 *   port 0 (default) picks a free port; host defaults to 127.0.0.1; root to this folder.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} url ends with "/"
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', root = DEMO_ROOT, log } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    const send = (status, text) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return send(405, 'Alleen GET en HEAD.\n');
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await resolveFile(base, pathname);
      log?.(`${req.method} ${pathname} → ${file ? 200 : 404}`);
      if (!file) return send(404, 'Niet gevonden (Werkplein Demo, fictief).\n');
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': file.size,
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file.path)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) send(500, 'Interne fout.\n');
      else res.destroy();
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  let closing;
  return {
    url,
    port: actualPort,
    close() {
      closing ??= new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}

// Run directly: node extension/demo/server.mjs [--port N] [--quiet]
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('node extension/demo/server.mjs [--port N] [--quiet]\n  Serves Werkplein Demo (fictional) on 127.0.0.1. --port 0 (default 5178) picks a free port.');
    process.exit(0);
  }
  const i = args.indexOf('--port');
  const port = i >= 0 ? Number(args[i + 1]) : Number(process.env.PORT ?? 5178);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${args[i + 1] ?? process.env.PORT}`);
    process.exit(2);
  }
  const quiet = args.includes('--quiet');
  const { url, close } = await startDemoServer({ port, log: quiet ? undefined : (line) => console.log(line) });
  console.log(`Werkplein Demo (fictief): ${url}  (variant zonder herladen: ${url}spa/)  — Ctrl-C stopt.`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
