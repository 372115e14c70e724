#!/usr/bin/env node
// A small static file server for www/: correct MIME types (application/wasm
// for streaming compilation), loopback only, no directory listings, nothing
// outside the root, and an optional Content-Security-Policy header to prove
// the page needs no inline script.
//
//   node scripts/serve.mjs [--root DIR] [--csp[=POLICY]]     (PORT env, default 8080)
//
// Also imported by the browser tests: `startServer({ port: 0 })`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const DEFAULT_ROOT = fileURLToPath(new URL('../www/', import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `root` on `host:port` (port 0 picks a free one) — or, with
 * `mounts` (`{ '/admin/': dir, '/quotelight/': wwwDir }`), each directory
 * under its URL prefix, longest prefix first, all from one origin (the CMS
 * integrations need that). Resolves to `{ url, port, close() }` once listening.
 */
export function startServer({ root = DEFAULT_ROOT, mounts = null, host = '127.0.0.1', port = 8080, csp = null } = {}) {
  const table = Object.entries(mounts ?? { '/': root })
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    handle(table, csp, req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${err.message}`);
      else res.destroy(err);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

async function handle(table, csp, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed');
  }
  const rawPath = new URL(req.url, 'http://x').pathname;
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'Bad request');
  }
  if (path.includes('\0')) return send(res, 400, 'Bad request');
  const mount = table.find(([prefix]) => path.startsWith(prefix) || `${path}/` === prefix);
  if (!mount) return send(res, 404, `Not found: ${path}`);
  const [prefix, base] = mount;
  if (`${path}/` === prefix) {
    res.setHeader('Location', prefix);
    return send(res, 301, 'Moved');
  }
  let file = resolve(join(base, path.slice(prefix.length)));
  if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'Forbidden');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) {
      res.setHeader('Location', `${rawPath}/`);
      return send(res, 301, 'Moved');
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, `Not found: ${path}`);

  res.statusCode = 200;
  res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', info.size);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (csp) res.setHeader('Content-Security-Policy', csp);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', (err) => res.destroy(err)).pipe(res);
}

function send(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(`${text}\n`);
}

function parseArgs(argv) {
  const opts = { root: DEFAULT_ROOT, csp: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--csp') opts.csp = DEFAULT_CSP;
    else if (arg.startsWith('--csp=')) opts.csp = arg.slice('--csp='.length);
    else if (arg === '--root' && i + 1 < argv.length) opts.root = argv[++i];
    else if (arg.startsWith('--root=')) opts.root = arg.slice('--root='.length);
    else throw new Error(`unknown argument ${arg}; usage: serve.mjs [--root DIR] [--csp[=POLICY]]`);
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad PORT ${process.env.PORT}`);
    const { url } = await startServer({ ...opts, port });
    console.log(`quotelight: serving ${relative(process.cwd(), opts.root) || '.'}/ at ${url}${opts.csp ? ` (CSP: ${opts.csp})` : ''}`);
    console.log('Press Ctrl+C to stop.');
  } catch (err) {
    const hint = err.code === 'EADDRINUSE' ? ' (port in use: try PORT=8081 npm start)' : '';
    console.error(`quotelight: ${err.message}${hint}`);
    process.exit(1);
  }
}
