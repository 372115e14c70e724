// The paste page in real Chromium, served with the strict CSP
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`.
//
// Every expectation about highlights is derived from what the wasm itself
// returns for the same text (called in the page), so these tests check the
// page, not the engine — apart from a few obvious facts about the article
// below that any working engine must get right.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { DEFAULT_CSP, launch, startServer } from './support.mjs';

// Invented people and events.
const ARTICLE = `Bridge repairs to start in March

“We will rebuild the bridge by spring,” Mayor Ana Lopez said on Monday. “The ferry is not enough,” she added.

The city engineer, Victor Hale, said that the old supports were “rotten to the core” and that work would start in March.

Council member Rosa Kim said the budget was tight. “We will find the money,” Kim told reporters.
`;

const SHOTS = new URL('../../test-results/', import.meta.url);

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, csp: DEFAULT_CSP });
  browser = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the page and records everything that should not happen: requests to
 * other origins, page errors, console errors (CSP violations land there),
 * dialogs.
 */
async function openPage({ colorScheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  const log = { requests: [], errors: [], dialogs: [], violations: [] };
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') log.errors.push(`console: ${msg.text()}`); });
  page.on('dialog', async (dialog) => { log.dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Ready.');
  return { page, log, response };
}

/** Asserts nothing went wrong on the page, then closes it. */
async function closeChecked({ page, log }) {
  log.violations = await page.evaluate(() => window.__violations);
  await page.close();
  const origin = new URL(server.url).origin;
  const foreign = log.requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'requests left the page’s own origin');
  assert.deepEqual(log.errors, [], 'errors on the page');
  assert.deepEqual(log.violations, [], 'CSP violations');
  assert.deepEqual(log.dialogs, [], 'dialogs opened');
}

/** Types `text` into the paste box and waits until the article shows it. */
async function paste(page, text) {
  await page.fill('#paste', text);
  await page.waitForFunction(
    (t) => document.getElementById('article').textContent === t && !document.querySelector('#article .empty'),
    text,
    { timeout: 10_000 },
  );
}

/** What the page's own wasm module returns for `text`. */
function wasmResult(page, text) {
  return page.evaluate(async (t) => (await import('./pkg/quotelight.js')).annotate(t), text);
}

/** Every highlight in the article as `kind start end` (offsets into its text), pieces merged. */
function renderedRanges(page) {
  return page.evaluate(() => {
    const spans = new Map();
    let offset = 0;
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          offset += child.data.length;
          continue;
        }
        const start = offset;
        walk(child);
        const id = child.dataset?.span;
        if (id === undefined) continue;
        const kind = child.classList.contains('skipped')
          ? 'skipped'
          : [...child.classList].find((c) => c.startsWith('k-')).slice(2);
        const seen = spans.get(id);
        spans.set(id, seen ? { ...seen, end: offset } : { kind, start, end: offset });
      }
    };
    walk(document.getElementById('article'));
    return [...new Set([...spans.values()].map((s) => `${s.kind} ${s.start} ${s.end}`))].sort();
  });
}

/** The same, computed from a wasm result. */
function expectedRanges(result) {
  const out = new Set();
  const add = (kind, s) => s && out.add(`${kind} ${s.start} ${s.end}`);
  for (const q of result.quotes) {
    add(q.kind === 'indirect' ? 'indirect' : 'quote', q);
    add('cue', q.cue);
    add('speaker', q.source);
  }
  for (const p of result.people) {
    p.mentions.forEach((m) => add('speaker', m));
    p.positions.forEach((m) => add('position', m));
  }
  for (const n of result.notices) if (n.kind === 'chrome') add('skipped', n.span);
  return [...out].sort();
}

const textOf = (ranges, text, kind) =>
  ranges.filter((r) => r.startsWith(`${kind} `)).map((r) => text.slice(...r.split(' ').slice(1).map(Number)));

describe('paste page', () => {
  test('renders the pasted text exactly, with every highlight where the wasm puts it', async () => {
    const opened = await openPage();
    const { page, response } = opened;
    assert.equal(response.headers()['content-security-policy'], DEFAULT_CSP);
    await paste(page, ARTICLE);
    const result = await wasmResult(page, ARTICLE);

    // The obvious facts any working engine gets right.
    const direct = result.quotes.find((q) => q.text.includes('We will rebuild the bridge by spring'));
    assert.ok(direct && direct.kind === 'direct', 'the opening direct quote');
    const ana = result.people.findIndex((p) => p.name === 'Ana Lopez');
    assert.ok(ana >= 0, 'Ana Lopez is a speaker');
    assert.equal(direct.speaker, ana, 'the opening quote is Ana Lopez’s');

    const rendered = await renderedRanges(page);
    assert.deepEqual(rendered, expectedRanges(result));
    for (const kind of ['quote', 'indirect', 'speaker', 'position', 'cue']) {
      assert.ok(textOf(rendered, ARTICLE, kind).length > 0, `no ${kind} highlighted in the test article`);
    }
    assert.ok(textOf(rendered, ARTICLE, 'quote').some((t) => t.includes('We will rebuild the bridge by spring')));
    assert.ok(textOf(rendered, ARTICLE, 'speaker').includes('Ana Lopez'));
    assert.equal(await page.textContent('#article'), ARTICLE);

    // Overlaps nest: a partial quote inside an indirect one sits inside its mark.
    const partialInIndirect = result.quotes.some((p) => p.kind === 'partial'
      && result.quotes.some((q) => q.kind === 'indirect' && q.start <= p.start && p.end <= q.end));
    if (partialInIndirect) {
      assert.ok(await page.$('#article .k-indirect .k-quote.q-partial'), 'partial mark nested in the indirect mark');
    }

    // The speaker panel lists every person with positions and quote counts.
    const panel = await page.$$eval('#people .person', (els) => els.map((el) => el.textContent));
    assert.equal(panel.length, result.people.length);
    result.people.forEach((p, j) => {
      assert.ok(panel[j].includes(p.name), `${p.name} in the panel`);
      for (const pos of p.positions) assert.ok(panel[j].includes(pos.text), `${p.name}: ${pos.text}`);
      assert.ok(panel[j].includes(`${p.quotes} quote`), `${p.name}: ${p.quotes} quotes`);
    });
    await closeChecked(opened);
  });

  test('legend toggles hide and show each kind; reading mode hides all', async () => {
    const opened = await openPage();
    const { page } = opened;
    await paste(page, ARTICLE);
    const styleOf = (kind) => page.$$eval(`#article .k-${kind}`, (els) => els.map((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor}|${s.textDecorationLine}|${s.boxShadow}|${s.outlineStyle}`;
    }));
    const bare = 'rgba(0, 0, 0, 0)|none|none|none';
    for (const kind of ['quote', 'indirect', 'speaker', 'position', 'cue']) {
      const toggle = `.kind-toggle[data-kind="${kind}"]`;
      const shown = await styleOf(kind);
      assert.ok(shown.length && shown.every((s) => s !== bare), `${kind} is highlighted`);
      await page.click(toggle);
      assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'false');
      assert.ok((await styleOf(kind)).every((s) => s === bare), `${kind} hidden`);
      const others = await page.$$eval(`#article .hl:not(.k-${kind})`, (els) => els.filter(
        (el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)').length);
      assert.ok(others > 0, `hiding ${kind} leaves the other kinds`);
      await page.click(toggle);
      assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'true');
      assert.deepEqual(await styleOf(kind), shown, `${kind} shown again`);
    }
    await page.click('#toggle-all');
    assert.equal(await page.getAttribute('#toggle-all', 'aria-pressed'), 'false');
    const visible = await page.$$eval('#article .hl', (els) => els.filter(
      (el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)').length);
    assert.equal(visible, 0, 'reading mode hides every highlight');
    await page.click('#toggle-all');
    assert.equal(await page.getAttribute('#toggle-all', 'aria-pressed'), 'true');
    await closeChecked(opened);
  });

  test('clicking a person selects their quotes; clicking a quote selects its speaker', async () => {
    const opened = await openPage();
    const { page } = opened;
    await paste(page, ARTICLE);
    const result = await wasmResult(page, ARTICLE);
    const selectedQuotes = () => page.$$eval('#article .quote-head.is-selected', (els) => els.map((e) => Number(e.dataset.quote)).sort());
    const pressed = () => page.$$eval('#people .person[aria-pressed="true"]', (els) => els.map((e) => Number(e.dataset.person)));

    for (const [j, person] of result.people.entries()) {
      await page.click(`#people .person[data-person="${j}"]`);
      const theirs = result.quotes.flatMap((q, i) => (q.speaker === j ? [i] : [])).sort();
      assert.deepEqual(await selectedQuotes(), theirs, `${person.name}'s quotes selected`);
      assert.deepEqual(await pressed(), [j]);
      const mentions = await page.$$eval(`#article .k-speaker[data-person="${j}"]`, (els) => els.map((e) => e.classList.contains('is-selected')));
      assert.ok(mentions.length > 0 && mentions.every(Boolean), `${person.name}'s mentions selected`);
      assert.match(await page.textContent('#announce'), new RegExp(person.name));
    }

    // Click the last quote in the text: its speaker is selected and announced.
    const order = result.quotes.map((q, i) => i).sort((a, b) => result.quotes[a].start - result.quotes[b].start);
    const last = order[order.length - 1];
    const q = result.quotes[last];
    await page.click(`#article .quote-head[data-quote="${last}"]`);
    assert.deepEqual(await pressed(), q.speaker === null ? [] : [q.speaker]);
    const speaker = result.people[q.speaker];
    const who = speaker.positions[0] ? `${speaker.name}, ${speaker.positions[0].text}` : speaker.name;
    const label = q.kind === 'indirect' ? 'Indirect quote' : 'Quote';
    assert.equal(await page.textContent('#announce'), `${label} ${order.length} of ${order.length} — ${who}`);
    assert.ok(await page.$(`#article .quote-head[data-quote="${last}"].is-current`));
    await closeChecked(opened);
  });

  test('keyboard: Tab reaches quotes and people, arrows move, Enter selects, Esc clears', async () => {
    const opened = await openPage();
    const { page } = opened;
    await paste(page, ARTICLE);
    const result = await wasmResult(page, ARTICLE);
    const order = result.quotes.map((q, i) => i).sort((a, b) => result.quotes[a].start - result.quotes[b].start);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { quote: el.dataset.quote, person: el.dataset.person, id: el.id };
    });

    await page.focus('#copy-quotes');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { quote: String(order[0]), person: undefined, id: '' }, 'Tab from the toolbar reaches the first quote');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused()).quote, String(order[1]), 'ArrowRight moves to the next quote');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).quote, String(order[1]));
    await page.keyboard.press('Enter');
    const q = result.quotes[order[1]];
    const speaker = result.people[q.speaker];
    assert.match(await page.textContent('#announce'), new RegExp(`^Quote 2 of ${order.length} — ${speaker.name}`));
    assert.equal(await page.getAttribute(`#people .person[data-person="${q.speaker}"]`, 'aria-pressed'), 'true');

    // Tab leaves the article (one tab stop) for the people list, at the selected person.
    await page.keyboard.press('Tab');
    assert.equal((await focused()).person, String(q.speaker), 'Tab reaches the selected person');
    const next = (q.speaker + 1) % result.people.length;
    await page.keyboard.press(next === 0 ? 'Home' : 'ArrowDown');
    assert.equal((await focused()).person, String(next));
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(`#people .person[data-person="${next}"]`, 'aria-pressed'), 'true');
    assert.match(await page.textContent('#announce'), new RegExp(result.people[next].name));

    await page.keyboard.press('Escape');
    assert.equal(await page.$$eval('#people .person[aria-pressed="true"]', (els) => els.length), 0);
    assert.equal(await page.$$eval('#article .is-selected, #article .is-current', (els) => els.length), 0);
    assert.equal(await page.textContent('#announce'), 'Selection cleared.');
    await closeChecked(opened);
  });

  test('exports: the JSON download is exactly the wasm result; the text list reads Speaker (position): “quote”', async () => {
    const opened = await openPage();
    const { page } = opened;
    await paste(page, ARTICLE);
    const result = await wasmResult(page, ARTICLE);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(download.suggestedFilename(), 'quotelight.json');
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), result);

    await page.click('#copy-quotes');
    await page.waitForFunction(() => document.getElementById('announce').textContent.startsWith('Copied'));
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    assert.equal(lines.length, result.quotes.length);
    const ana = result.people.find((p) => p.name === 'Ana Lopez');
    const anaLabel = ana.positions[0] ? `Ana Lopez (${ana.positions[0].text})` : 'Ana Lopez';
    assert.ok(lines.includes(`${anaLabel}: “We will rebuild the bridge by spring”`), lines.join('\n'));
    await closeChecked(opened);
  });

  test('pasted markup is shown as text and never runs', async () => {
    const opened = await openPage();
    const { page, log } = opened;
    const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">\n<script>window.__pwned=2</script>\n'
      + '“<b>Bold</b> claims,” said <i onmouseover="alert(3)">Ana Lopez</i>. <svg onload=alert(4)>';
    await paste(page, hostile);
    assert.equal(await page.textContent('#article'), hostile);
    assert.equal(await page.$$eval('#article *', (els) => els.filter((e) => !['MARK', 'SPAN'].includes(e.tagName)).length), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.hover('#article');
    assert.ok(!log.requests.some((u) => new URL(u).pathname === '/x'), 'the <img> was never loaded');
    await closeChecked(opened);
  });

  test('notices: repaired text and skipped site furniture are listed', async () => {
    const opened = await openPage();
    const { page } = opened;
    // UTF-8 quotation marks mis-decoded as Windows-1252, then an ad slot.
    const text = 'â€œWe will open the school in April,â€\u009d Principal Jan Ode said.\n\nAdvertisement\n';
    await paste(page, text);
    const result = await wasmResult(page, text);
    assert.ok(result.notices.length > 0, 'the engine reports the repair');
    const shown = await page.$$eval('#notices li', (els) => els.map((e) => e.textContent));
    assert.equal(shown.length, result.notices.length);
    result.notices.forEach((n, i) => assert.ok(shown[i].startsWith(n.message), shown[i]));
    await closeChecked(opened);
  });

  test('an empty paste box shows the empty state and disables export', async () => {
    const opened = await openPage();
    const { page } = opened;
    await paste(page, ARTICLE);
    await page.click('#clear-text');
    await page.waitForSelector('#article .empty');
    assert.equal(await page.$$eval('#people .person', (els) => els.length), 0);
    assert.ok(await page.isDisabled('#download-json'));
    assert.ok(await page.isDisabled('#copy-quotes'));
    await closeChecked(opened);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`${colorScheme} mode: highlight text contrast is at least 4.5:1; screenshot`, async () => {
      const opened = await openPage({ colorScheme });
      const { page } = opened;
      await page.click('#load-example');
      await page.waitForSelector('#article .k-quote');
      const worst = await page.$$eval('#article .hl, .legend .hl', (els) => {
        const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = (c) => {
          const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        return els.map((el) => {
          const s = getComputedStyle(el);
          const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
          return { kind: el.className, ratio: (a + 0.05) / (b + 0.05), alpha: s.backgroundColor.startsWith('rgba') };
        }).sort((x, y) => x.ratio - y.ratio)[0];
      });
      assert.ok(!worst.alpha, `${worst.kind} has a see-through background`);
      assert.ok(worst.ratio >= 4.5, `${worst.kind}: contrast ${worst.ratio.toFixed(2)}:1`);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: new URL(`page-${colorScheme}.png`, SHOTS).pathname, fullPage: true });
      await closeChecked(opened);
    });
  }
});
