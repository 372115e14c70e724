#!/usr/bin/env node
// Writes www/min/: a minified copy of every script under www/ (the built wasm glue in pkg/ and
// pkg-compare/ included) at the same relative path, each with a linked source map back to its
// source, and the two wasm files beside their glue. index.html and compare.html load their entry
// from here, so every relative import, worker URL and wasm URL resolves inside min/ exactly as it
// does in www/. Minifying takes about 10 KB off the paste page's gzip download (its budget is
// tests/browser/size.test.mjs). Renaming stays within each module: exports keep their names.
//
//   node scripts/minify-page.mjs          (also the last step of `npm run build`)
//
// Without esbuild (npm ci failed) the scripts are copied as they are, with a warning, so the page
// still works; under CI=true that is an error.
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = fileURLToPath(new URL('../www/', import.meta.url));
const OUT = join(WWW, 'min');

/** Every file under `dir` (relative paths), min/ itself left out. */
function walk(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== OUT) walk(path, found);
    } else {
      found.push(relative(WWW, path));
    }
  }
  return found;
}

let transform = null;
try {
  ({ transform } = await import('esbuild'));
} catch (err) {
  if (process.env.CI === 'true') throw new Error(`esbuild is not installed (npm ci): ${err.message}`);
  console.warn('warning: no esbuild (npm ci): www/min/ gets the scripts unminified');
}

const files = walk(WWW);
const scripts = files.filter((f) => f.endsWith('.js'));
const wasm = files.filter((f) => f.endsWith('.wasm') && /^pkg(-compare)?\//.test(f.split(sep).join('/')));
if (!wasm.length) console.warn('warning: www/pkg is not built yet: www/min/ has no engine');

rmSync(OUT, { recursive: true, force: true });
let before = 0;
let after = 0;
for (const file of scripts) {
  const source = readFileSync(join(WWW, file), 'utf8');
  const target = join(OUT, file);
  mkdirSync(dirname(target), { recursive: true });
  if (!transform) {
    writeFileSync(target, source);
    continue;
  }
  // The map names the source by its path from the map (one directory deeper than the source).
  const depth = file.split(sep).length;
  const sourcefile = `${'../'.repeat(depth)}${file.split(sep).join('/')}`;
  const { code, map } = await transform(source, {
    format: 'esm',
    minify: true,
    legalComments: 'none',
    sourcemap: 'external',
    sourcesContent: false,
    sourcefile,
  });
  const name = file.split(sep).pop();
  writeFileSync(target, `${code}//# sourceMappingURL=${name}.map\n`);
  writeFileSync(`${target}.map`, map);
  before += source.length;
  after += code.length;
}
// The engine beside its glue (a hard link: no second copy on disk where the file system allows).
for (const file of wasm) {
  const target = join(OUT, file);
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(join(WWW, file), target);
  } catch {
    copyFileSync(join(WWW, file), target);
  }
}
console.error(`==> www/min: ${scripts.length} scripts${transform ? ` minified, ${before} → ${after} bytes` : ' copied'}; ${wasm.length} wasm`);
