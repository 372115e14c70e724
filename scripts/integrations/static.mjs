// A tiny loopback-only static server with several mounts, for the CMS
// integrations: Decap's admin page, its bundle (with the lazily loaded
// chunks and .wasm files it fetches next to itself) and the quotelight
// embed all come from one origin, so nothing is loaded from a CDN.
//
//   const site = await startStatic({ '/admin/': dir, '/quotelight/': wwwDir });
//   site.url; await site.close();
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves each `mounts[prefix]` directory under URL `prefix` (longest prefix
 * wins; prefixes end with '/'). Port 0 picks a free port. Resolves to
 * `{ url, port, close() }` once listening on 127.0.0.1.
 */
export function startStatic(mounts, { port = 0 } = {}) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    serve(table, req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${err.message}`);
      else res.destroy(err);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      done({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        close: () => new Promise((closed) => {
          server.closeAllConnections();
          server.close(() => closed());
        }),
      });
    });
  });
}

async function serve(table, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, `Not found: ${path}`);
  res.statusCode = 200;
  res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', info.size);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', (err) => res.destroy(err)).pipe(res);
}

function send(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${text}\n`);
}
