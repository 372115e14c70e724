// The download budget: each page's wasm and every script it loads, gzipped,
// stay within 350 KB (lexicons and the regex engine included). The scripts
// are found by following the page's imports, workers and wasm URL from the
// module script its HTML names (the minified copies in www/min/ that the
// build writes), so a new module counts without editing this file. The paste
// page loads the engine without `compare` (pkg), the Compare page the one
// with it (pkg-compare).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WWW = resolve(dirname(fileURLToPath(import.meta.url)), '../../www');
const BUDGET = 350 * 1024;
// (A URL literal without a scheme: "./worker.js", "quotelight_bg.wasm".)
// Either quote: the minifier writes double quotes.
const REFERENCE = /(?:from\s*|import\()\s*(["'])(\.{1,2}\/[^"']+)\1|new URL\((["'])([^"':]+)\3/g;
const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
/** Every file reachable from `entry` through relative imports and URLs. */
function reachable(entry) {
  const seen = new Set();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(REFERENCE)) {
      todo.push(resolve(dirname(file), m[2] ?? m[4]));
    }
  }
  return [...seen];
}

for (const [page, html, pkg] of [
  ['the paste page', 'index.html', 'pkg'],
  ['the Compare page', 'compare.html', 'pkg-compare'],
]) {
  test(`${page} downloads at most 350 KB gzipped (wasm + scripts)`, (t) => {
    if (!existsSync(join(WWW, 'min', pkg, 'quotelight_bg.wasm'))) {
      t.skip(`www/min/${pkg} is not built (npm run build)`);
      return;
    }
    const entries = [...readFileSync(join(WWW, html), 'utf8').matchAll(SCRIPT)].map((m) => join(WWW, m[1]));
    assert.equal(entries.length, 1, `${html} names one module script`);
    assert.ok(entries[0].startsWith(join(WWW, 'min') + sep), `${html} loads the minified copy from www/min/`);
    const files = reachable(entries[0]);
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    assert.deepEqual(wasm.map((f) => f.slice(WWW.length + 1)), [`min/${pkg}/quotelight_bg.wasm`], 'the page loads its one engine');
    assert.ok(files.some((f) => /worker\.js$/.test(f)), 'the worker is among what the page loads');
    const sizes = files.map((f) => [f.slice(WWW.length + 1), gzipSync(readFileSync(f), { level: 9 }).length]);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    t.diagnostic(`gzip total ${total} bytes over ${sizes.length} files; wasm ${sizes.find(([f]) => f.endsWith('.wasm'))[1]}`);
    assert.ok(total <= BUDGET, `gzip total ${total} > ${BUDGET}: ${JSON.stringify(sizes)}`);
  });
}
