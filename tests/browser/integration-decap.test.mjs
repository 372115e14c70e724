// The Decap CMS preview integration (integrations/decap/) in Chromium:
// Decap 3 with its in-browser test-repo backend, served with the embed from
// one loopback server. An editor opens an existing entry and writes a new
// one; the highlights inside the preview iframe must cover the quotes,
// speakers and titles, follow further typing, and nothing may leave
// 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from './support.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { keepOnLoopback, screenshot, waitForHighlights } from '../../scripts/integrations/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DECAP = `${ROOT}integrations/decap/`;

// Invented stories. Expected highlights are facts of these texts any working engine gets right.
const SEEDED = `---
title: Harbour board keeps the timetable
---
The harbour board met on Monday. "The timetable stays as it is," chair Hana Osei said.
`;
const TITLE = 'Night market returns to the old tram depot';
const PARAGRAPHS = [
  '"People have waited two years for this," Councillor Priya Nandi said at the opening.',
  'The depot\'s manager, Jonas Ekberg, said stalls had sold out in a week. "We could have filled it twice," Ekberg told reporters.',
];
const LATER = '"It will be back every Friday," said festival director Marta Quiles.';
const FIRST = {
  quote: ['People have waited two years for this', 'We could have filled it twice'],
  speaker: ['Priya Nandi', 'Jonas Ekberg'],
  position: ['Councillor'],
};
const SECOND = {
  quote: [...FIRST.quote, 'It will be back every Friday'],
  speaker: [...FIRST.speaker, 'Marta Quiles'],
  position: ['Councillor', 'director'],
};

// Keys 10 ms apart, a fast typist. With no gap at all, Decap's markdown widget now and then throws
// React error #185 (maximum update depth) from its Slate onChange under the burst of input events.
const TYPING = { delay: 10 };

let site;
let browser;
let page;
let outside = [];
const errors = [];

before(async () => {
  // Installs decap-cms into integrations/decap/node_modules unless it is there (a minute or two on a fresh machine).
  execFileSync('bash', [`${ROOT}scripts/integrations/decap-setup.sh`], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 });
  // The layout of a static site: /admin/ (Decap's page, its bundle under decap/), /quotelight/ (the embed).
  site = await startServer({
    port: 0,
    mounts: {
      '/admin/': `${DECAP}admin`,
      '/admin/decap/': `${DECAP}node_modules/decap-cms/dist`,
      '/quotelight/': `${ROOT}www`,
    },
  });
  browser = await launch();
  outside = await keepOnLoopback(browser.context);
  page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}\n${err.stack?.split('\n').slice(1, 8).join('\n')}`));
  // test-repo reads its entries from window.repoFiles.
  await page.addInitScript((content) => { window.repoFiles = { _posts: { 'harbour-board.md': { content } } }; }, SEEDED);
}, { timeout: 12 * 60_000 });

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close();
});

/** The preview pane's frame, once its document holds the quotelight article. */
async function previewFrame() {
  const handle = await page.waitForSelector('iframe#preview-pane');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('#quotelight-article');
  return frame;
}

/** Speaker names in the preview's panel (playwright's CSS locators pierce its open shadow root). */
function panelNames(frame) {
  return frame.locator('quote-light [part~="name"]').allTextContents();
}

describe('Decap CMS 3 with the quotelight preview', { timeout: 8 * 60_000 }, () => {
  test('an existing entry opens with its quotes highlighted in the preview', async () => {
    await page.goto(`${site.url}admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Harbour board keeps the timetable').click();
    const frame = await previewFrame();
    await waitForHighlights(frame, { quote: ['The timetable stays as it is'], speaker: ['Hana Osei'], position: ['chair'] });
    await frame.locator('quote-light [part~="name"]', { hasText: 'Hana Osei' }).waitFor();
    // The embed was loaded into the preview's document, once; the admin page itself has no highlights.
    assert.equal(await frame.locator('script[data-quotelight-embed]').count(), 1);
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].length), 0);
  });

  test('a new entry is highlighted live as the editor types', async () => {
    await page.goto(`${site.url}admin/#/collections/posts/new`);
    await page.getByLabel('Title').fill(TITLE);
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    for (const [i, text] of PARAGRAPHS.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.type(text, TYPING);
    }
    const frame = await previewFrame();
    await frame.locator('#quotelight-article h1', { hasText: TITLE }).waitFor();
    await waitForHighlights(frame, FIRST, { absent: { quote: ['It will be back'] } });
    await frame.locator('quote-light [part~="name"]', { hasText: 'Jonas Ekberg' }).waitFor();
    // The headline is read too, but holds no quote.
    const text = await frame.evaluate(() => document.querySelector('quote-light').handle.text);
    assert.ok(text.startsWith(`${TITLE}\n`), text.slice(0, 60));

    // Typing on (the caret is still at the end): React rebuilds the preview's text nodes; the highlights follow.
    await page.keyboard.press('Enter');
    await page.keyboard.type(LATER, TYPING);
    await waitForHighlights(frame, SECOND);
    await frame.locator('quote-light [part~="name"]', { hasText: 'Marta Quiles' }).waitFor();
    assert.deepEqual((await panelNames(frame)).sort(), ['Jonas Ekberg', 'Marta Quiles', 'Priya Nandi']);
    // Every painted range lies inside the preview's article (none left on detached nodes).
    const stray = await frame.evaluate(() => {
      const article = document.getElementById('quotelight-article');
      return [...CSS.highlights.values()].flatMap((h) => [...h])
        .filter((r) => !article.contains(r.commonAncestorContainer)).length;
    });
    assert.equal(stray, 0);

    // Deleting the new paragraph's text takes its highlights away; typing it again brings them back.
    for (let i = 0; i < LATER.length; i++) await page.keyboard.press('Backspace');
    await waitForHighlights(frame, FIRST, { absent: { quote: ['It will be back'], speaker: ['Marta Quiles'] } });
    await frame.locator('quote-light [part~="name"]', { hasText: 'Marta Quiles' }).waitFor({ state: 'detached' });
    await page.keyboard.type(LATER, TYPING);
    await waitForHighlights(frame, SECOND);

    // Clicking a speaker in the panel marks their quotes.
    await frame.locator('quote-light [part~="speaker-button"]', { hasText: 'Jonas Ekberg' }).click();
    await waitForHighlights(frame, { selected: ['We could have filled it twice'] }, { absent: { selected: ['People have waited'] } });
    await screenshot(page, 'decap-editor.png', 'decap-screenshot.png');
  });

  test('nothing left 127.0.0.1 and no page errors', () => {
    assert.deepEqual(outside, [], 'requests outside 127.0.0.1');
    assert.deepEqual(errors, []);
  });
});
