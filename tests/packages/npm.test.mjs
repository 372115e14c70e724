// The npm tarball as a user gets it: installed into an empty project, imported
// from Node, and bundled with esbuild for a page in Chromium under a strict CSP.
// Run by scripts/test.sh after scripts/pack-npm.sh; alone: `npm run pack:npm` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch, startServer, DEFAULT_CSP } from '../browser/support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const MAX_BYTES = 450 * 1024;

// Invented for these tests: one reported and two direct quotes, two speakers with positions.
const ARTICLE = [
  'City treasurer Luis Pé said the repairs had cost more than planned.',
  '“We will rebuild the pier before summer,” said Mayor Ana Ortiz. “The boats cannot wait,” she added.',
].join('\n');

const tarball = (existsSync(DIST) ? readdirSync(DIST, { withFileTypes: true }) : []).find((f) => /^quotelight-.*\.tgz$/.test(f.name));
const TARBALL = tarball && join(DIST, tarball.name);
let project;

before(() => {
  assert.ok(TARBALL, 'no dist/quotelight-*.tgz: run `npm run pack:npm` first');
  project = mkdtempSync(join(tmpdir(), 'quotelight-npm-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', TARBALL], { cwd: project, stdio: 'pipe' });
});

after(() => project && rmSync(project, { recursive: true, force: true }));

/** Runs an ES module snippet with Node in the user's project; returns its stdout. */
function nodeIn(dir, code) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8', env: { ...process.env, ARTICLE } });
}

test('the tarball is small and holds only what the package needs', () => {
  assert.ok(statSync(TARBALL).size <= MAX_BYTES, `${statSync(TARBALL).size} bytes > ${MAX_BYTES}`);
  const files = execFileSync('tar', ['tzf', TARBALL], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
  for (const f of ['package.json', 'README.md', 'npm/node.js', 'npm/browser.js', 'npm/element.js', 'npm/index.d.ts',
    'npm/element.d.ts', 'www/pkg/quotelight_bg.wasm', 'www/pkg/quotelight.js', 'www/pkg/quotelight.d.ts',
    'www/quotelight.js', 'www/worker.js', 'www/embed/engine.js']) {
    assert.ok(files.includes(f), `${f} missing from the tarball`);
  }
  const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE.*|npm\/|www\/(pkg\/|embed\/|quotelight\.js|worker\.js)|docs\/(format|embed)\.md)/.test(f));
  assert.deepEqual(stray, []);
});

test('every file that exports names exists in the installed package', () => {
  const pkg = join(project, 'node_modules/quotelight');
  const { exports, types } = JSON.parse(nodeIn(project, "import p from 'quotelight/package.json' with { type: 'json' }; console.log(JSON.stringify(p))"));
  const targets = [types, ...Object.values(exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  for (const target of targets) assert.ok(existsSync(join(pkg, target)), `${target} is exported but not shipped`);
});

test('Node: init() finds the packaged wasm; annotate finds quotes, speakers and positions', () => {
  const out = nodeIn(project, `
    import { init, annotate, annotateJson, version } from 'quotelight';
    await init();
    const asText = JSON.parse(annotateJson(process.env.ARTICLE));
    console.log(JSON.stringify({ result: annotate(process.env.ARTICLE), asText, version: version() }));`);
  const { result, asText, version } = JSON.parse(out);
  assert.deepEqual(asText, result, 'annotateJson is the same result as text');
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(result.quotes.map((q) => [q.kind, q.text, result.people[q.speaker]?.name]), [
    ['indirect', 'the repairs had cost more than planned', 'Luis Pé'],
    ['direct', 'We will rebuild the pier before summer,', 'Ana Ortiz'],
    ['direct', 'The boats cannot wait,', 'Ana Ortiz'],
  ]);
  assert.deepEqual(result.people.map((p) => [p.name, p.positions.map((s) => s.text)]), [
    ['Luis Pé', ['City treasurer']],
    ['Ana Ortiz', ['Mayor']],
  ]);
  for (const q of result.quotes) assert.equal(ARTICLE.slice(q.start, q.end), q.text);
});

test("Node: the issue's one-liner prints the quote count", () => {
  const out = execFileSync(process.execPath, ['-e',
    'import("quotelight").then(async m => { await m.init(); console.log(m.annotate(process.env.ARTICLE).quotes.length) })'],
  { cwd: project, encoding: 'utf8', env: { ...process.env, ARTICLE } });
  assert.equal(out.trim(), '3');
});

test('Node: explicit sources, errors before init and for bad options', () => {
  const out = nodeIn(project, `
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    import init, { annotate } from 'quotelight';
    const errors = [];
    try { annotate('x'); } catch (e) { errors.push(e.message); }
    const wasm = createRequire(import.meta.url).resolve('quotelight/quotelight_bg.wasm');
    await init(readFileSync(wasm));
    await init();  // a second call is harmless
    try { annotate('x', { offset: 'utf8' }); } catch (e) { errors.push(e.message); }
    console.log(JSON.stringify({ errors, n: annotate(process.env.ARTICLE, { indirect: false }).quotes.length }));`);
  const { errors, n } = JSON.parse(out);
  assert.match(errors[0], /await init\(\)/);
  assert.match(errors[1], /offset/);
  assert.equal(n, 2);
});

test('Node: compare (the package ships the engine built with it)', () => {
  const glue = readFileSync(join(project, 'node_modules/quotelight/www/pkg/quotelight.js'), 'utf8');
  assert.match(glue, /export function compare\b/, 'the packaged engine exports compare');
  const out = nodeIn(project, `
    import { init, compare } from 'quotelight';
    await init();
    const other = process.env.ARTICLE.replace('said Mayor Ana Ortiz', 'Mayor Ana Ortiz said');
    const c = compare([{ name: 'a', text: process.env.ARTICLE }, { name: 'b', text: other }]);
    console.log(JSON.stringify({ documents: c.documents.map((d) => d.name), groups: c.groups.length }));`);
  const seen = JSON.parse(out);
  assert.deepEqual(seen.documents, ['a', 'b']);
  assert.ok(seen.groups >= 2, `${seen.groups} shared quotes`);
});

test('browser: the embed and the engine bundled by esbuild, in Chromium under a strict CSP', async () => {
  const site = join(project, 'site');
  writeFileSync(join(project, 'page.js'), `
    import { init, annotateElement } from 'quotelight/element';
    import { annotate } from 'quotelight';
    import wasmUrl from 'quotelight/quotelight_bg.wasm';
    await init(wasmUrl);  // the bundle moved the .wasm: say where it went
    const handle = await annotateElement(document.getElementById('story'));
    window.results = {
      element: handle.result,
      engine: annotate(document.getElementById('story').innerText),
      highlighted: CSS.highlights.get('quotelight-quote')?.size ?? 0,
    };
    document.body.append(Object.assign(document.createElement('quote-light'), { id: 'panel' }));
    document.getElementById('panel').setAttribute('for', 'story');
  `);
  await build({
    absWorkingDir: project, entryPoints: ['page.js'], bundle: true, format: 'esm', platform: 'browser',
    outdir: site, loader: { '.wasm': 'file' }, logLevel: 'silent',
  });
  const paragraphs = ARTICLE.split('\n').map((p) => `<p>${p}</p>`).join('');
  writeFileSync(join(site, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>t</title><article id="story">${paragraphs}</article><script type="module" src="page.js"></script>`);

  const server = await startServer({ root: site, port: 0, csp: DEFAULT_CSP });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    // Every file the bundle needs must be where it looks (the browser's own /favicon.ico aside).
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.results && document.querySelector('quote-light')?.result, null, { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      element: window.results.element.quotes.map((q) => [q.kind, window.results.element.people[q.speaker]?.name]),
      engine: window.results.engine.quotes.length,
      highlighted: window.results.highlighted,
      panel: [...document.querySelector('quote-light').shadowRoot.querySelectorAll('[part~="name"]')].map((n) => n.textContent),
    }));
    assert.deepEqual(seen.element, [['indirect', 'Luis Pé'], ['direct', 'Ana Ortiz'], ['direct', 'Ana Ortiz']]);
    assert.equal(seen.engine, 3);
    assert.equal(seen.highlighted, 2);
    assert.deepEqual(seen.panel.sort(), ['Ana Ortiz', 'Luis Pé']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('browser: unbundled, init() and <quote-light> find the packaged .wasm themselves', async () => {
  const site = join(project, 'plain');
  const pkg = join(project, 'node_modules/quotelight');
  // An import map (inline: no CSP on this page) stands in for a bundler's resolution;
  // the package's files are served as installed.
  const map = { imports: { quotelight: '/quotelight/npm/browser.js', 'quotelight/element': '/quotelight/npm/element.js' } };
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'page.js'), `
    import { init, annotate } from 'quotelight';
    import 'quotelight/element';
    await init();
    window.count = annotate(document.getElementById('story').innerText).quotes.length;
  `);
  const paragraphs = ARTICLE.split('\n').map((p) => `<p>${p}</p>`).join('');
  writeFileSync(join(site, 'index.html'), `<!doctype html><meta charset="utf-8"><title>t</title>
    <script type="importmap">${JSON.stringify(map)}</script>
    <article id="story">${paragraphs}</article><quote-light for="story"></quote-light>
    <script type="module" src="page.js"></script>`);
  const server = await startServer({ mounts: { '/': site, '/quotelight/': pkg }, port: 0 });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.count !== undefined && document.querySelector('quote-light')?.result, null, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.count), 3);
    assert.equal(await page.evaluate(() => document.querySelector('quote-light').result.quotes.length), 3);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
