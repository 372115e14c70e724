// The Compare view (www/compare.html) in real Chromium, under the strict CSP.
// Expectations about groups come from the page's own wasm `compare` on the
// same texts, so this checks the view; the engine is tested in
// tests/compare.rs. With ../shared/gold present, the five dev articles are
// opened as files (read at run time, never stored here) for a screenshot.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CSP, launch, startServer } from './support.mjs';
import { SAMPLE } from '../../www/compare-sample.js';

// The page's own invented example (a wire story and two rewrites: a
// truncated quote, a re-worded one, a quote credited to someone else).
const STORY = SAMPLE;
const [[, WIRE], [, REWRITE_A]] = STORY;

const SHOTS = new URL('../../test-results/', import.meta.url);
const GOLD = fileURLToPath(new URL('../../../shared/gold/', import.meta.url));

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, csp: DEFAULT_CSP });
  browser = await launch({ viewport: { width: 1500, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the Compare view, recording what should never happen. */
async function openPage() {
  const page = await browser.context.newPage();
  const log = { requests: [], errors: [], workers: 0 };
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') log.errors.push(`console: ${msg.text()}`); });
  page.on('worker', () => { log.workers += 1; });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto(`${server.url}compare.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Ready.');
  return { page, log };
}

async function closeChecked({ page, log }) {
  const violations = await page.evaluate(() => window.__violations);
  await page.close();
  const origin = new URL(server.url).origin;
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin), []);
  assert.deepEqual(log.errors, [], 'errors on the page');
  assert.deepEqual(violations, [], 'CSP violations');
}

/** Fills the boxes (adding as needed) and runs the comparison. */
async function compareStory(page, story = STORY) {
  for (let i = 0; i < story.length; i += 1) {
    if ((await page.locator('.box').count()) <= i) await page.click('#add-box');
    const box = page.locator('.box').nth(i);
    await box.locator('.box-name').fill(story[i][0]);
    await box.locator('textarea').fill(story[i][1]);
  }
  await page.click('#run');
  await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`Compared ${n} articles`), story.length);
}

/** What the page's own wasm module returns (on the main thread, for reference). */
function wasmCompare(page, story = STORY) {
  return page.evaluate(async (s) => {
    const m = await import('./pkg-compare/quotelight.js');
    await m.default();
    return m.compare(s.map(([name, text]) => ({ name, text })));
  }, story);
}

describe('Compare view', () => {
  test('one row per shared quote, one column per article, diffs and flags in the cells', async () => {
    const ctx = await openPage();
    const { page, log } = ctx;
    await compareStory(page);
    const expected = await wasmCompare(page);
    assert.ok(log.workers >= 1, 'the comparison runs in a worker');

    const headers = await page.locator('#groups thead th').allTextContents();
    assert.deepEqual(headers, ['Quote', 'Wire', 'Daily', 'Gazette']);
    const rows = page.locator('#groups tbody tr');
    assert.equal(await rows.count(), expected.groups.length);
    assert.ok(expected.groups.length >= 3);

    // The mayor's quote: cut in the Daily, credited to the treasurer in the Gazette.
    const gi = expected.groups.findIndex((g) => g.members.some((m) => expected.documents[m.doc].annotations.quotes[m.quote].text.includes('stranded')));
    const row = rows.nth(gi);
    assert.match(await row.locator('th').textContent(), /Speaker differs/);
    assert.match(await row.locator('th').textContent(), /Title differs/);
    const cells = row.locator('td');
    assert.equal(await cells.nth(1).locator('del.w-missing').textContent(), 'and we will say so to the operator');
    assert.match(await cells.nth(2).locator('.who').textContent(), /^Tom Okafor.*Speaker differs/);
    assert.match(await cells.nth(0).locator('.who').textContent(), /^Ana Ortiz, Mayor/);

    // The re-worded quote: "state" for "insist" in the Daily.
    const ri = expected.groups.findIndex((g) => g.members.some((m) => expected.documents[m.doc].annotations.quotes[m.quote].text.includes('continue to insist')));
    const daily = rows.nth(ri).locator('td').nth(1);
    assert.equal(await daily.locator('ins.w-extra').textContent(), 'state');
    assert.equal(await daily.locator('del.w-missing').textContent(), 'insist');
    assert.equal(await rows.nth(ri).locator('td').nth(2).textContent(), '—');

    // Exclusive quotes, per article.
    const exclusive = page.locator('#exclusive > div');
    assert.equal(await exclusive.count(), 3);
    for (let d = 0; d < 3; d += 1) {
      assert.equal(await exclusive.nth(d).locator('li').count(), expected.documents[d].exclusive.length);
    }
    assert.match(await exclusive.nth(2).textContent(), /numbers tell a different story/);
    await page.screenshot({ path: fileURLToPath(new URL('compare-invented.png', SHOTS)), fullPage: true });
    await closeChecked(ctx);
  });

  test('selecting a cell scrolls to the quote in its article and focuses it', async () => {
    const ctx = await openPage();
    const { page } = ctx;
    await compareStory(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const cell = page.locator('#groups tbody tr').first().locator('td').nth(2).locator('.member').first();
    const [doc, quote] = [await cell.getAttribute('data-doc'), await cell.getAttribute('data-quote')];
    await cell.click();
    const state = await page.evaluate(([d, q]) => {
      const mark = document.getElementById(`q-${d}-${q}`);
      const r = mark.getBoundingClientRect();
      return { focused: document.activeElement === mark, flash: mark.classList.contains('flash'), visible: r.top >= 0 && r.bottom <= innerHeight };
    }, [doc, quote]);
    assert.deepEqual(state, { focused: true, flash: true, visible: true });
    // An exclusive quote scrolls too.
    await page.locator('#exclusive .member').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
    await closeChecked(ctx);
  });

  test('exports: JSON exactly as the engine returned it, CSV one line per quote', async () => {
    const ctx = await openPage();
    const { page } = ctx;
    await compareStory(page);
    const expected = await wasmCompare(page);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(json.suggestedFilename(), 'quotelight-compare.json');
    assert.deepEqual(JSON.parse(readFileSync(await json.path(), 'utf8')), expected);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    assert.equal(csv.suggestedFilename(), 'quotelight-compare.csv');
    const lines = readFileSync(await csv.path(), 'utf8').trimEnd().split('\r\n');
    assert.equal(lines[0], 'group,document,quote,kind,speaker,position,speakers_agree,positions_agree,text');
    const members = expected.groups.reduce((n, g) => n + g.members.length, 0);
    const only = expected.documents.reduce((n, d) => n + d.exclusive.length, 0);
    assert.equal(lines.length, 1 + members + only);
    assert.ok(lines.some((l) => l.startsWith('1,Wire,') && l.includes('Ana Ortiz,Mayor,false,false')), lines.join('\n'));
    await closeChecked(ctx);
  });

  test('wasm compare: strings or {name, text}; clear errors for too few articles and bad input', async () => {
    const ctx = await openPage();
    const { page } = ctx;
    const out = await page.evaluate(async ([a, b]) => {
      const m = await import('./pkg-compare/quotelight.js');
      await m.default();
      const attempt = (f) => { try { f(); return null; } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
      const plain = m.compare([a, { text: b }], { offsets: 'utf8' });
      return {
        names: plain.documents.map((d) => d.name),
        offsets: plain.documents[0].annotations.offsets,
        same: JSON.stringify(plain.documents[1].annotations) === JSON.stringify(m.annotate(b, { offsets: 'utf8' })),
        one: attempt(() => m.compare([a])),
        many: attempt(() => m.compare(Array(13).fill(a))),
        notArray: attempt(() => m.compare(a)),
        badItem: attempt(() => m.compare([a, 42])),
        badName: attempt(() => m.compare([a, { name: 7, text: b }])),
        badOption: attempt(() => m.compare([a, b], { offset: 'utf8' })),
      };
    }, [WIRE, REWRITE_A]);
    assert.deepEqual(out.names, ['Article 1', 'Article 2']);
    assert.equal(out.offsets, 'utf8');
    assert.ok(out.same, 'annotations are exactly annotate()');
    assert.equal(out.one, 'Error: quotelight: compare needs at least 2 articles, got 1');
    assert.equal(out.many, 'Error: quotelight: compare takes at most 12 articles, got 13');
    assert.match(out.notArray, /expects an array of texts/);
    assert.match(out.badItem, /article 2 is neither a string nor \{name, text\}/);
    assert.match(out.badName, /article 2 needs a string `text`/);
    assert.match(out.badOption, /unknown field `offset`/);
    await closeChecked(ctx);
  });

  test('boxes: add up to 12, keep at least 2; too few texts is said plainly', async () => {
    const ctx = await openPage();
    const { page } = ctx;
    assert.equal(await page.locator('.box').count(), 2);
    assert.ok(await page.locator('.box .remove').first().isDisabled());
    for (let i = 2; i < 12; i += 1) await page.click('#add-box');
    assert.equal(await page.locator('.box').count(), 12);
    assert.ok(await page.isDisabled('#add-box'));
    await page.click('[aria-label="Remove article 5"]');
    assert.equal(await page.locator('.box').count(), 11);
    assert.ok(!(await page.isDisabled('#add-box')));
    await page.locator('.box textarea').first().fill(WIRE);
    await page.click('#run');
    assert.equal(await page.textContent('#status'), 'Paste at least 2 articles to compare.');
    assert.ok(await page.locator('#results').isHidden());
    // The example replaces the boxes with three versions and compares them.
    await page.click('#load-example');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Compared 3 articles'));
    assert.equal(await page.locator('.box').count(), 3);
    assert.ok((await page.locator('#groups tbody tr').count()) >= 3);
    await closeChecked(ctx);
  });

  test('the five dev articles, opened as files (screenshot)', { skip: !existsSync(GOLD) && 'no ../shared/gold' }, async () => {
    const ctx = await openPage();
    const { page } = ctx;
    const files = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).sort().map((f) => `${GOLD}${f}`);
    await page.setInputFiles('#files', files);
    await page.waitForFunction((n) => document.getElementById('status').textContent.startsWith(`Compared ${n} articles`), files.length);
    const rows = await page.locator('#groups tbody tr').count();
    assert.ok(rows >= 10, `${rows} shared quotes`);
    assert.ok((await page.locator('#groups .flag').count()) > 0, 'some disagreement is flagged');
    mkdirSync(SHOTS, { recursive: true });
    const shot = fileURLToPath(new URL('compare-dev.png', SHOTS));
    await page.setViewportSize({ width: 1500, height: 1500 });
    await page.evaluate(() => document.getElementById('groups-heading').scrollIntoView());
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, fileURLToPath(new URL('../../docs/compare-screenshot.png', import.meta.url)));
    await closeChecked(ctx);
  });
});
