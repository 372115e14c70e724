// The WordPress plugin (integrations/wordpress/quotelight/) in Debian's
// WordPress 6.1, driven in Chromium: an editor logs in, sets the article
// selector, writes a post in the block editor and previews it. The
// highlights must follow the text in the editor canvas (in this document on
// Desktop, in the editor-canvas iframe on Tablet) and on the preview, the
// sidebar must list speakers and quotes, and nothing may leave 127.0.0.1.
//
// The set-up (apt packages on a fresh machine, a throwaway site with its
// own MariaDB and Apache) is scripts/integrations/wordpress.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './support.mjs';
import { startWordPress } from '../../scripts/integrations/wordpress.mjs';
import { keepOnLoopback, screenshot, waitForHighlights } from '../../scripts/integrations/browser.mjs';

// An invented story. Expected highlights are facts of this text any working engine gets right.
const TITLE = 'Harbour town approves a new sea wall';
const PARAGRAPHS = [
  '"We cannot wait for the next storm," Mayor Elena Brisk said on Thursday.',
  'The project engineer, Omar Feld, said the wall would rise two metres. "It is the largest job we have ever taken on," Feld told the council.',
];
const LATER = '"The money is already there," said Treasurer Ruth Aldana.';
const FIRST = {
  quote: ['We cannot wait for the next storm', 'It is the largest job we have ever taken on'],
  speaker: ['Elena Brisk', 'Omar Feld'],
  position: ['Mayor'],
};
const SECOND = { ...FIRST, quote: [...FIRST.quote, 'The money is already there'], speaker: [...FIRST.speaker, 'Ruth Aldana'], position: ['Mayor', 'Treasurer'] };
const SELECTOR = '.wp-block-post-content';

let wp;
let browser;
let page;
let outside = [];
const errors = [];
let postId;

before(async () => {
  wp = await startWordPress();
  browser = await launch();
  outside = await keepOnLoopback(browser.context);
  page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
}, { timeout: 20 * 60_000 });

after(async () => {
  await browser?.close().catch(() => {});
  await wp?.close();
});

/** Sidebar speakers as "Name|positions|count" strings. */
function sidebarSpeakers() {
  return page.locator('.quotelight-speaker__button').evaluateAll((buttons) => buttons.map((b) => b.textContent));
}

/** The last lines of one of the site's logs (for a failure's message). */
function logTail(name) {
  const file = join(wp.dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '(none)';
}

/**
 * Logs the editor in through wp-login.php's form. A refusal (WordPress
 * answers with the form again and #login_error) is tried once more from a
 * fresh form; if it persists, the failure says what WordPress said and what
 * the site's logs hold, instead of a bare navigation timeout.
 */
async function logIn() {
  const refusals = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.goto(`${wp.url}wp-login.php`);
    await page.fill('#user_login', wp.user);
    await page.fill('#user_pass', wp.password);
    await page.click('#wp-submit');
    const refusal = page.locator('#login_error');
    // Whichever comes first; the other's wait ends by itself (resolving, never rejecting).
    const landed = page.waitForURL(/\/wp-admin\//).then(() => true, () => false);
    const refused = refusal.waitFor().then(() => true, () => false);
    await Promise.race([landed, refused]);
    if (/\/wp-admin\//.test(page.url())) return;
    const said = (await refusal.count()) ? (await refusal.textContent()).trim() : `no answer, still at ${page.url()}`;
    const cookies = (await browser.context.cookies()).map((c) => c.name).join(', ');
    refusals.push(`${said} (cookies: ${cookies || 'none'})`);
  }
  assert.fail(`WordPress refused the login: ${refusals.join(' / ')}
apache-error.log:
${logTail('apache-error.log')}
wordpress-debug.log:
${logTail('wordpress-debug.log')}`);
}

describe('WordPress 6.1 with the quotelight plugin', { timeout: 10 * 60_000 }, () => {
  test('an editor logs in and sets the article selector', async () => {
    await logIn();

    await page.goto(`${wp.url}wp-admin/options-general.php?page=quotelight`);
    const field = page.locator('#quotelight_selector');
    assert.equal(await field.getAttribute('placeholder'), '.wp-block-post-content, .entry-content, article');
    await field.fill(`  ${SELECTOR}\n`);
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.equal(await page.locator('#quotelight_selector').inputValue(), SELECTOR, 'saved, trimmed');
  });

  test('the block editor highlights the post as it is written, with a sidebar of speakers', async () => {
    await page.goto(`${wp.url}wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
    // The site set-up marked the welcome guide as seen (it would cover the canvas).
    assert.equal(await page.evaluate(() => wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')), false);

    // The sidebar, pinned in the toolbar; opened first so that typing below never loses the caret.
    await page.locator('.interface-pinned-items button[aria-label="Quotelight"]').click();
    await page.locator('.quotelight-sidebar .quotelight-status').waitFor();

    const title = page.locator('.editor-post-title__input');
    await title.click();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter'); // Enter in the title starts the first paragraph.
    for (const [i, text] of PARAGRAPHS.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.type(text);
    }
    assert.equal(await page.locator('.is-root-container p').count(), 2, 'two paragraph blocks');

    // Desktop: the canvas is in this document.
    assert.equal(await page.locator('iframe[name="editor-canvas"]').count(), 0);
    await waitForHighlights(page, FIRST);
    await page.waitForFunction(() => /quotes from 2 speakers/.test(document.querySelector('.quotelight-status')?.textContent));
    const speakers = await sidebarSpeakers();
    assert.ok(speakers.some((s) => s.includes('Omar Feld') && /[2-9] quotes/.test(s)), speakers.join(' / '));
    assert.ok(speakers.some((s) => s.includes('Elena Brisk') && s.includes('Mayor')), speakers.join(' / '));

    // Typing on (the caret is still at the end): the highlights and the sidebar follow.
    await page.keyboard.press('Enter');
    await page.keyboard.type(LATER);
    await waitForHighlights(page, SECOND);
    await page.locator('.quotelight-speaker__name', { hasText: 'Ruth Aldana' }).waitFor();

    // Deleting the new paragraph's text takes its highlights away; typing it again brings them back.
    for (let i = 0; i < LATER.length; i++) await page.keyboard.press('Backspace');
    await waitForHighlights(page, FIRST, { absent: { quote: ['The money is already there'], speaker: ['Ruth Aldana'] } });
    await page.locator('.quotelight-speaker__name', { hasText: 'Ruth Aldana' }).waitFor({ state: 'detached' });
    await page.keyboard.type(LATER);
    await waitForHighlights(page, SECOND);

    // Selecting a speaker in the sidebar marks their quotes.
    await page.locator('.quotelight-speaker__button', { hasText: 'Omar Feld' }).click();
    await waitForHighlights(page, { selected: ['It is the largest job we have ever taken on'] }, { absent: { selected: ['We cannot wait'] } });
    await screenshot(page, 'wordpress-editor.png', 'wordpress-screenshot.png');

    postId = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    await page.locator('.editor-post-save-draft').click();
    await page.waitForFunction(() => wp.data.select('core/editor').didPostSaveRequestSucceed()
      && !wp.data.select('core/editor').isEditedPostDirty());
  });

  test('on Tablet the canvas is an iframe, and the highlights move into it', async () => {
    await page.locator('.block-editor-post-preview__button-toggle').click();
    await page.getByRole('menuitem', { name: 'Tablet' }).click();
    const frame = page.frameLocator('iframe[name="editor-canvas"]');
    await frame.locator('.is-root-container p').first().waitFor();
    const canvas = page.frame({ name: 'editor-canvas' });
    await waitForHighlights(canvas, SECOND);
    // The old document keeps none.
    const left = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('quotelight-') && CSS.highlights.get(k).size));
    assert.deepEqual(left, []);
    await page.waitForFunction(() => /quotes from 3 speakers/.test(document.querySelector('.quotelight-status')?.textContent));
    await screenshot(page, 'wordpress-editor-tablet.png');
    await page.locator('.block-editor-post-preview__button-toggle').click();
    await page.getByRole('menuitem', { name: 'Desktop' }).click();
    await page.locator('iframe[name="editor-canvas"]').waitFor({ state: 'detached' });
    await waitForHighlights(page, SECOND);
  });

  test('the post preview is highlighted, with the speaker panel', async () => {
    assert.ok(postId, 'the post was saved');
    const preview = await browser.context.newPage();
    preview.on('pageerror', (err) => errors.push(`preview pageerror: ${err.message}`));
    await preview.goto(`${wp.url}?p=${postId}&preview=true`);
    await preview.waitForFunction(() => document.querySelector('quote-light')?.result != null, null, { timeout: 60_000 });
    // wptexturize has curled the quotes; the highlights cover the same texts.
    await waitForHighlights(preview, SECOND);
    const target = await preview.evaluate((sel) => {
      const el = document.getElementById(document.querySelector('quote-light').getAttribute('for'));
      return { matches: el.matches(sel), first: el === document.querySelector(sel), curly: el.textContent.includes('“') };
    }, SELECTOR);
    assert.deepEqual(target, { matches: true, first: true, curly: true }, 'the configured selector picks the post content');
    const names = await preview.locator('quote-light [part~="name"]').allTextContents();
    assert.deepEqual([...names].sort(), ['Elena Brisk', 'Omar Feld', 'Ruth Aldana']);
    await screenshot(preview, 'wordpress-preview.png');
    await preview.close();

    // Visitors get nothing: the script is for previews by people who can edit.
    const html = await (await fetch(wp.url)).text();
    assert.match(html, /Quotelight test site/);
    assert.ok(!html.includes('quotelight/assets/'), 'the public front page loads no quotelight file');
  });

  test('nothing left 127.0.0.1 and no page errors', () => {
    assert.deepEqual(outside, [], 'requests outside 127.0.0.1');
    assert.deepEqual(errors, []);
  });
});
