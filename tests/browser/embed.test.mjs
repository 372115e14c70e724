// The embed (www/quotelight.js) in real Chromium, served with the strict CSP
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`.
//
// Expected highlights are derived from the result the embed itself got from
// the wasm, so these tests check the embed — reading the DOM, mapping
// offsets back to nodes, painting, updating — and not the engine, apart
// from a few obvious facts about the demo article that any working engine
// gets right.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { DEFAULT_CSP, launch, startServer } from './support.mjs';

const SHOTS = new URL('../../test-results/', import.meta.url);
const DEMO_HTML = readFileSync(new URL('../../www/embed-demo.html', import.meta.url), 'utf8');

// A bare page for the API tests, served (by interception, on the same origin) with the same CSP.
const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed harness</title>
<link rel="icon" href="favicon.svg"></head><body><main id="host"></main></body></html>`;

// Invented people and events.
const STORY = [
  '“We will rebuild the bridge by spring,” Mayor Ana Lopez said on Monday. “The ferry is not enough,” she added.',
  'The city engineer, Victor Hale, said that the old supports were “rotten to the core” and would be replaced.',
  'Council member Rosa Kim said the budget was tight. “We will find the money,” Kim told reporters.',
];

let server;
let browser;
const offOrigin = [];

before(async () => {
  server = await startServer({ port: 0, csp: DEFAULT_CSP });
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` and records what must not happen: requests to other origins,
 * page errors, console errors, CSP violations. `init` runs before any page script.
 */
async function open(path, { init } = {}) {
  const page = await browser.context.newPage();
  const log = { errors: [] };
  page.on('request', (req) => { if (!req.url().startsWith(server.url)) offOrigin.push(req.url()); });
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') log.errors.push(`console: ${msg.text()}`); });
  // A second copy of the embed under /copy/: a separate module graph, as when two bundles include it.
  await page.route(`${server.url}copy/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice('/copy/'.length);
    const response = await route.fetch({ url: server.url + path });
    await route.fulfill({ response });
  });
  await page.route(`${server.url}__harness.html`, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': DEFAULT_CSP }, body: HARNESS,
  }));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(server.url + path);
  return { page, log };
}

/**
 * Asserts the page stayed clean, then closes it. `expected` lists the CSP
 * violations a test causes on purpose (their console errors are then allowed).
 */
async function done({ page, log }, expected = []) {
  assert.deepEqual(await page.evaluate(() => window.__violations), expected, 'CSP violations');
  const errors = expected.length ? log.errors.filter((e) => !e.includes('Content Security Policy')) : log.errors;
  assert.deepEqual(errors, [], 'page errors');
  await page.close();
}

/** Opens the demo and waits for the <quote-light> element's first result. */
async function openDemo(options) {
  const opened = await open('embed-demo.html', options);
  await opened.page.waitForFunction(() => document.querySelector('quote-light')?.result != null);
  return opened;
}

/** The story's innerHTML as the parser builds it from the served file: "before" any script ran. */
async function parsedStoryHTML(page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').getElementById('story').innerHTML;
  });
}

/**
 * In the page: for each highlight name, the texts of its ranges, and the
 * texts the result says it should hold. White space is removed before
 * comparing: ranges keep the markup's line wrapping and lose the line breaks
 * that block boundaries add to the analysed text.
 */
async function painted(page, handleExpr) {
  return page.evaluate((expr) => {
    // eslint-disable-next-line no-new-func
    const handle = new Function(`return ${expr}`)();
    const squash = (s) => s.replace(/\s+/g, '');
    const doc = handle.element.ownerDocument;
    const got = {};
    for (const kind of ['quote', 'partial', 'indirect', 'speaker', 'position', 'cue', 'selected']) {
      const h = doc.defaultView.CSS.highlights.get(`quotelight-${kind}`);
      got[kind] = h ? [...h].map((r) => squash(r.toString())).sort() : [];
    }
    const r = handle.result;
    const uniq = (spans) => [...new Map(spans.filter(Boolean).map((s) => [`${s.start}:${s.end}`, s])).values()];
    const texts = (spans) => spans.map((s) => squash(s.text)).sort();
    const want = {
      quote: texts(r.quotes.filter((q) => q.kind === 'direct' || q.kind === 'unmarked')),
      partial: texts(r.quotes.filter((q) => q.kind === 'partial')),
      indirect: texts(r.quotes.filter((q) => q.kind === 'indirect')),
      speaker: texts(uniq([...r.quotes.map((q) => q.source), ...r.people.filter((p) => p.quotes > 0).flatMap((p) => p.mentions)])),
      position: texts(uniq(r.people.flatMap((p) => p.positions))),
      cue: texts(uniq(r.quotes.map((q) => q.cue))),
    };
    // Every text the result reports must equal the analysed text at its offsets.
    const sliced = r.quotes.every((q) => handle.text.slice(q.start, q.end) === q.text);
    return { got, want, sliced, raw: r.quotes.map((q) => [q.kind, q.text]) };
  }, handleExpr);
}

function assertPaintedMatchesResult({ got, want, sliced }) {
  assert.ok(sliced, 'quote texts equal the analysed text sliced at their offsets');
  for (const kind of Object.keys(want)) assert.deepEqual(got[kind], want[kind], `highlight quotelight-${kind}`);
}

describe('embed demo page (CMS preview)', () => {
  test('annotates the article without touching its markup, under the strict CSP', async () => {
    const opened = await openDemo();
    const { page } = opened;
    assert.equal(await page.locator('#story').evaluate((el) => el.innerHTML), await parsedStoryHTML(page),
      'the story markup is byte-identical to what the parser built');

    const p = await painted(page, "document.querySelector('quote-light').handle");
    assertPaintedMatchesResult(p);
    // Obvious facts about the demo article.
    assert.ok(p.got.quote.includes('Themoneywillbefound.'), `quotes: ${p.got.quote}`);
    assert.ok(p.got.quote.some((t) => t.startsWith('Thisisarescue')), `quotes: ${p.got.quote}`);
    assert.ok(p.got.partial.includes('thebusiestinadecade'), `partial: ${p.got.partial}`);
    assert.ok(p.got.indirect.some((t) => t.includes('thecompanywasreadytobuy')), `indirect: ${p.got.indirect}`);
    assert.ok(p.got.speaker.includes('InesOkafor'), `speakers: ${p.got.speaker}`);
    assert.ok(p.got.position.includes('Mayor'), `positions: ${p.got.position}`);
    // Kept out: the aria-hidden pull quote, the SVG's label, the figure is fine but has no quote.
    const text = await page.evaluate(() => document.querySelector('quote-light').handle.text);
    assert.equal(text.split('We are not going to strand').length, 2, 'the aria-hidden pull quote is not read');
    assert.ok(!text.includes('A ferry crossing'), 'SVG content is not read');
    assert.ok(text.startsWith('Transport\nPort Calloway keeps its night ferry, for now\nBy Nadia Ferreira,'), text.slice(0, 80));

    // The panel lists the speakers with positions and counts.
    const panel = page.locator('quote-light');
    const okafor = panel.locator('[part~="speaker-button"]', { hasText: 'Ines Okafor' });
    await okafor.waitFor();
    assert.match(await okafor.textContent(), /Mayor/);
    assert.match(await panel.locator('[part~="status"]').textContent(), /\d+ quotes? from \d+ speakers?/);

    await page.screenshot({ path: new URL('embed-demo.png', SHOTS).pathname, fullPage: true });
    await done(opened);
  });

  test('clicking a speaker marks their quotes and fires quotelight:select', async () => {
    const opened = await openDemo();
    const { page } = opened;
    await page.evaluate(() => {
      window.__selects = [];
      document.addEventListener('quotelight:select', (e) => window.__selects.push({
        speaker: e.detail.speaker?.name ?? null, quotes: e.detail.quotes.map((q) => q.text),
        bubbles: e.bubbles, composed: e.composed,
      }));
    });
    const okafor = page.locator('quote-light [part~="speaker-button"]', { hasText: 'Ines Okafor' });
    await okafor.click();
    const [ev] = await page.evaluate(() => window.__selects);
    assert.equal(ev.speaker, 'Ines Okafor');
    assert.ok(ev.bubbles && ev.composed);
    const expected = await page.evaluate(() => {
      const { result } = document.querySelector('quote-light');
      const i = result.people.findIndex((p) => p.name === 'Ines Okafor');
      return result.quotes.filter((q) => q.speaker === i).map((q) => q.text);
    });
    assert.ok(expected.length >= 2);
    assert.deepEqual(ev.quotes, expected);
    const squash = (s) => s.replace(/\s+/g, '');
    const selected = await page.evaluate(() => [...CSS.highlights.get('quotelight-selected')].map((r) => r.toString()));
    assert.deepEqual(selected.map(squash).sort(), expected.map(squash).sort());
    assert.equal(await okafor.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('#selection').textContent(), `Ines Okafor: ${expected.length} quotes marked.`);
    await page.screenshot({ path: new URL('embed-demo-selected.png', SHOTS).pathname });

    await okafor.click(); // Deselect.
    const last = (await page.evaluate(() => window.__selects)).at(-1);
    assert.deepEqual([last.speaker, last.quotes], [null, []]);
    assert.equal(await page.evaluate(() => CSS.highlights.get('quotelight-selected')?.size ?? 0), 0);
    assert.equal(await okafor.getAttribute('aria-pressed'), 'false');
    await done(opened);
  });

  test('the legend attribute shows swatches in the page’s palette; without it there is none', async () => {
    const opened = await openDemo();
    const { page } = opened;
    const legend = () => page.evaluate(() => {
      const root = document.querySelector('quote-light').shadowRoot;
      const list = root.querySelector('[part~="legend"]');
      return {
        shown: getComputedStyle(list).display !== 'none',
        swatches: [...list.querySelectorAll('[part~="swatch"]')].map((el) => {
          const s = getComputedStyle(el);
          return `${el.textContent}|${s.backgroundColor}|${s.textDecorationLine}|${s.textDecorationStyle}`;
        }),
      };
    });
    const out = await legend();
    assert.ok(out.shown, 'the demo asks for the legend');
    // The palette's light colours, the same custom properties the paste page draws with.
    assert.deepEqual(out.swatches, [
      'Quote|rgb(255, 226, 122)|underline|solid',
      'Partial quote|rgb(255, 226, 122)|underline|dashed',
      'Indirect|rgb(255, 243, 196)|underline|dotted',
      'Speaker|rgb(205, 226, 255)|underline|solid',
      'Position|rgb(205, 238, 214)|underline|dashed',
      'Cue|rgb(241, 216, 246)|overline|solid',
    ]);
    // A host's own :root rule wins over the palette's defaults.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':root { --quotelight-quote: rgb(1, 2, 3); }');
      document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
    });
    assert.match((await legend()).swatches[0], /^Quote\|rgb\(1, 2, 3\)/);
    await page.evaluate(() => document.querySelector('quote-light').removeAttribute('legend'));
    assert.equal((await legend()).shown, false);
    await done(opened);
  });

  test('the overlay fallback paints where CSS.highlights is missing, and leaves the host alone', async () => {
    const opened = await openDemo({ init: () => { delete CSS.highlights; } });
    const { page } = opened;
    assert.equal(await page.evaluate(() => typeof CSS.highlights), 'undefined');
    assert.equal(await page.evaluate(() => document.querySelector('quote-light').handle.mode), 'overlay');
    assert.equal(await page.locator('#story').evaluate((el) => el.innerHTML), await parsedStoryHTML(page));

    // Boxes sit on the quotes' client rects, also after scrolling and resizing.
    const aligned = () => page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const handle = document.querySelector('quote-light').handle;
      const layer = document.querySelector('body > quotelight-overlay');
      const boxes = [...layer.shadowRoot.querySelectorAll('.box.k-quote')].map((b) => b.getBoundingClientRect());
      const rects = handle.result.quotes
        .map((q, i) => (q.kind === 'direct' ? handle.rangeOfQuote(i) : null)).filter(Boolean)
        .flatMap((r) => [...r.getClientRects()]).filter((r) => r.width >= 0.5);
      const near = (a, b) => Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.width - b.width) < 1;
      return { boxes: boxes.length, rects: rects.length, matched: rects.every((r) => boxes.some((b) => near(r, b))) };
    });
    let a = await aligned();
    assert.ok(a.rects > 0 && a.boxes === a.rects && a.matched, JSON.stringify(a));
    await page.screenshot({ path: new URL('embed-demo-overlay.png', SHOTS).pathname, fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 400));
    a = await aligned();
    assert.ok(a.matched, `after scrolling: ${JSON.stringify(a)}`);
    await page.setViewportSize({ width: 700, height: 900 });
    a = await aligned();
    assert.ok(a.matched, `after resizing: ${JSON.stringify(a)}`);

    await page.evaluate(() => document.querySelector('quote-light').handle.clear());
    assert.equal(await page.locator('quotelight-overlay').count(), 0, 'clear() removes the overlay');
    assert.equal(await page.locator('#story').evaluate((el) => el.innerHTML), await parsedStoryHTML(page));
    await done(opened);
  });

  test('loading the module twice is harmless', async () => {
    const opened = await openDemo();
    const { page } = opened;
    const before = await painted(page, "document.querySelector('quote-light').handle");
    const out = await page.evaluate(async () => {
      const first = customElements.get('quote-light');
      const sheets = document.adoptedStyleSheets.length;
      const again = await import('./copy/quotelight.js');
      const p = document.createElement('p');
      p.textContent = '“Second copies are fine,” Engineer Omar Diaz said.';
      document.body.append(p);
      const h = await again.annotateElement(p);
      return {
        sameElement: customElements.get('quote-light') === first,
        separateModule: again.QuoteLightElement !== first,
        sheets: document.adoptedStyleSheets.length - sheets,
        quotes: h.result.quotes.length,
      };
    });
    assert.deepEqual(out, { sameElement: true, separateModule: true, sheets: 0, quotes: 1 });
    // The first element's highlights are still all there, plus the new quote.
    const after = await painted(page, "document.querySelector('quote-light').handle");
    for (const t of before.got.quote) assert.ok(after.got.quote.includes(t), t);
    assert.ok(after.got.quote.includes('Secondcopiesarefine,'));
    await done(opened);
  });
});

describe('annotateElement()', () => {
  /** Opens the harness with STORY in #host as paragraphs. */
  async function harness() {
    const opened = await open('__harness.html');
    await opened.page.evaluate(async (story) => {
      const host = document.getElementById('host');
      for (const text of story) host.append(Object.assign(document.createElement('p'), { textContent: text }));
      window.ql = await import('/quotelight.js');
    }, STORY);
    return opened;
  }

  test('innerHTML is byte-identical before, during and after clear(); highlights match the result', async () => {
    const opened = await harness();
    const { page } = opened;
    const html = await page.evaluate(async () => {
      const host = document.getElementById('host');
      host.insertAdjacentHTML('beforeend', '<p>Aide <b>Li&nbsp;Wei</b> said: <em>“Fine,<br>thanks.”</em> <!-- note --></p>');
      const before = host.innerHTML;
      window.h = await ql.annotateElement(host);
      const during = host.innerHTML;
      h.clear();
      return { before, during, after: host.innerHTML, left: [...CSS.highlights.keys()] };
    });
    assert.equal(html.during, html.before);
    assert.equal(html.after, html.before);
    assert.deepEqual(html.left, [], 'clear() leaves no quotelight highlight registered');
    await page.evaluate(() => h.update());
    assertPaintedMatchesResult(await painted(page, 'window.h'));
    const { got } = await painted(page, 'window.h');
    assert.ok(got.quote.includes('Wewillfindthemoney,'), got.quote);
    assert.ok(got.speaker.includes('AnaLopez'), got.speaker);
    await done(opened);
  });

  test('reads text as rendered: blocks and <br> break lines; hidden, script and style are skipped', async () => {
    const opened = await harness();
    const { page } = opened;
    const text = await page.evaluate(async () => {
      const host = document.getElementById('host');
      host.innerHTML = `
        <h2>  Budget   row </h2>
        <p>First <b>line</b><br>second
           line<script>var x = "no";</script><style>p{}</style></p>
        <p hidden>hidden attribute</p><p class="none">display none</p>
        <div aria-hidden="true">aria hidden</div><noscript>noscript</noscript>
        <p>Visible <span class="ghost">ghost <i>shown</i></span> end.</p>
        <pre>a  b
c</pre>
        <p data-quotelight-ignore>ignored advert</p>
        <ul><li>one</li><li>two 😀 three</li></ul>`;
      // Inline style attributes are blocked by the CSP: style through the CSSOM.
      host.querySelector('.none').style.display = 'none';
      host.querySelector('.ghost').style.visibility = 'hidden';
      host.querySelector('.ghost i').style.visibility = 'visible';
      const h = await ql.annotateElement(host, { observe: false });
      return h.text;
    });
    assert.equal(text, 'Budget row\nFirst line\nsecond line\nVisible shown end.\na  b\nc\none\ntwo 😀 three');
    // The fixture's own <style> is refused by the CSP (its text is still there to be skipped).
    await done(opened, ['style-src-elem inline']);
  });

  test('re-annotates after the text changes (debounced), keeping the host markup the page wrote', async () => {
    const opened = await harness();
    const { page } = opened;
    await page.evaluate(async () => { window.h = await ql.annotateElement(document.getElementById('host'), { debounce: 100 }); });
    const quotes = () => page.evaluate(() => [...(CSS.highlights.get('quotelight-quote') ?? [])].map((r) => r.toString()));

    // childList: a new paragraph. Nothing changes synchronously; the debounce then repaints.
    const immediately = await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“Traffic will be diverted,” Inspector Jo Park said.';
      document.getElementById('host').append(p);
      return [...CSS.highlights.get('quotelight-quote')].map((r) => r.toString());
    });
    assert.ok(!immediately.includes('Traffic will be diverted,'));
    await page.waitForFunction(() => [...CSS.highlights.get('quotelight-quote')].some((r) => r.toString() === 'Traffic will be diverted,'));

    // characterData: edit a text node in place.
    await page.evaluate(() => {
      const p = document.querySelector('#host p');
      p.firstChild.data = p.firstChild.data.replace('rebuild the bridge by spring', 'open the new bridge in May');
    });
    await page.waitForFunction(() => [...CSS.highlights.get('quotelight-quote')].some((r) => r.toString() === 'We will open the new bridge in May,'));
    assert.ok(!(await quotes()).includes('We will rebuild the bridge by spring,'));

    // Typing into a contenteditable host.
    await page.evaluate(() => document.getElementById('host').setAttribute('contenteditable', 'true'));
    await page.click('#host p:last-child');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('“Bring a bike,” Jo Park added.');
    await page.waitForFunction(() => [...CSS.highlights.get('quotelight-quote')].some((r) => r.toString() === 'Bring a bike,'));
    assertPaintedMatchesResult(await painted(page, 'window.h'));
    const updates = await page.evaluate(() => h.result.quotes.length);
    assert.ok(updates >= 5);
    await done(opened);
  });

  test('paints in the element’s own document (iframes have their own registry)', async () => {
    const opened = await harness();
    const { page } = opened;
    const out = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p id="inner">“Frames are separate,” Clerk Ada Moss said.</p>';
      await new Promise((r) => { frame.onload = r; document.body.append(frame); });
      const inner = frame.contentDocument.getElementById('inner');
      const h = await ql.annotateElement(inner);
      return {
        inner: [...frame.contentWindow.CSS.highlights.get('quotelight-quote')].map((r) => r.toString()),
        outer: CSS.highlights.has('quotelight-quote'),
        styled: frame.contentDocument.adoptedStyleSheets.length,
        quotes: h.result.quotes.length,
      };
    });
    assert.deepEqual(out, { inner: ['Frames are separate,'], outer: false, styled: 1, quotes: 1 });
    await done(opened);
  });

  test('rejects bad options with a clear error', async () => {
    const opened = await harness();
    const { page } = opened;
    const errors = await page.evaluate(async () => {
      const host = document.getElementById('host');
      const fail = (p) => p.then(() => 'no error', (e) => `${e.name}: ${e.message}`);
      return [
        await fail(ql.annotateElement(host, { colour: 'red' })),
        await fail(ql.annotateElement(host, { offsets: 'utf8' })),
        await fail(ql.annotateElement('not an element')),
      ];
    });
    assert.match(errors[0], /^TypeError: .*unknown option "colour"/);
    assert.match(errors[1], /^TypeError: .*UTF-16/);
    assert.match(errors[2], /^TypeError: .*needs an Element/);
    await done(opened);
  });
});

describe('worker mode', () => {
  test('gives the same result as the main thread', async () => {
    const opened = await open('__harness.html');
    const { page } = opened;
    const out = await page.evaluate(async (story) => {
      const ql = await import('/quotelight.js');
      const make = () => {
        const div = document.createElement('div');
        for (const t of story) div.append(Object.assign(document.createElement('p'), { textContent: t }));
        document.body.append(div);
        return div;
      };
      const main = await ql.annotateElement(make(), { worker: false });
      const worker = await ql.annotateElement(make(), { worker: true });
      return { main: main.result, worker: worker.result, where: [main.where, worker.where] };
    }, STORY);
    assert.deepEqual(out.where, ['main', 'worker']);
    assert.ok(out.main.quotes.length > 0);
    assert.deepEqual(out.worker, out.main);
    await done(opened);
  });

  test('a 1 MB article annotates in the worker while the page keeps rendering frames', async () => {
    const opened = await open('__harness.html');
    const { page } = opened;
    const out = await page.evaluate(async (story) => {
      const ql = await import('/quotelight.js');
      const host = document.getElementById('host');
      const frag = document.createDocumentFragment();
      let size = 0;
      for (let i = 0; size < 1_000_000; i++) {
        const text = story[i % story.length].replace('Monday', `day ${i}`);
        frag.append(Object.assign(document.createElement('p'), { textContent: text }));
        size += text.length + 1;
      }
      host.append(frag);
      // Let the page lay out its own megabyte first: that cost is the page's, not the embed's.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      let frames = 0;
      let counting = true;
      const tick = () => { frames += 1; if (counting) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      // Note the frame count when the text goes to the worker and when the answer comes back.
      const marks = {};
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (...args) {
        marks.posted = frames;
        this.addEventListener('message', () => { marks.answered = frames; }, { once: true });
        return post.apply(this, args);
      };
      const h = await ql.annotateElement(host); // 'auto': over the threshold, so the worker.
      counting = false;
      Worker.prototype.postMessage = post;
      const direct = h.result.quotes.filter((q) => q.kind === 'direct').length;
      return {
        where: h.where, length: h.text.length, direct, framesWhileAnalysing: marks.answered - marks.posted,
        painted: CSS.highlights.get('quotelight-quote').size,
      };
    }, STORY);
    assert.equal(out.where, 'worker');
    assert.ok(out.length >= 1_000_000, `text length ${out.length}`);
    assert.ok(out.direct > 1000, `direct quotes ${out.direct}`);
    assert.equal(out.painted, out.direct, 'every direct quote is painted');
    // The page kept rendering while the engine ran: the analysis did not hold the main thread.
    assert.ok(out.framesWhileAnalysing >= 3, `frames while the worker analysed: ${out.framesWhileAnalysing}`);
    await done(opened);
  });
});

test('no request left the page’s origin', () => {
  assert.deepEqual(offOrigin, []);
});

// Keep the README/docs screenshot in step with the demo when asked to.
if (process.env.QUOTELIGHT_UPDATE_SCREENSHOT) {
  after(() => copyFileSync(new URL('embed-demo.png', SHOTS), new URL('../../docs/embed-screenshot.png', import.meta.url)));
}
