// Browser-side helpers shared by the CMS integration tests
// (tests/browser/integration-*.test.mjs): keeping the browser on loopback,
// reading the highlights a document holds, and saving screenshots.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

/** Whether a request URL stays on this machine (data:, blob: and about: never leave it). */
export function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
}

/**
 * Aborts every request of `context` (pages, frames, workers) that would leave
 * 127.0.0.1 and records it, so a test can assert that none was even tried.
 * Returns the list it fills.
 */
export async function keepOnLoopback(context) {
  const outside = [];
  await context.route((url) => !isLocal(url.href), (route) => {
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return outside;
}

/**
 * In the page or frame: for each `quotelight-*` highlight of its document,
 * the texts of its ranges (white space collapsed, straight and curly quote
 * marks and apostrophes unified, so editor and front-end text compare equal).
 */
export function highlightTexts(frame) {
  return frame.evaluate(() => {
    const out = {};
    if (!window.CSS?.highlights) return out;
    const norm = (s) => s.replace(/\s+/g, ' ').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").trim();
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('quotelight-')) out[name.slice('quotelight-'.length)] = [...highlight].map((r) => norm(r.toString()));
    }
    return out;
  });
}

/**
 * Waits until the highlights in `frame` include, for each kind in `expected`,
 * a range containing each of the given texts (and, for `absent`, none
 * containing those). Resolves to the highlight texts; on timeout, fails
 * showing what was there.
 */
export async function waitForHighlights(frame, expected, { absent = {}, timeout = 30_000 } = {}) {
  const end = Date.now() + timeout;
  let last = {};
  for (;;) {
    last = await highlightTexts(frame).catch(() => ({}));
    const missing = Object.entries(expected).flatMap(([kind, texts]) =>
      texts.filter((t) => !(last[kind] ?? []).some((r) => r.includes(t))).map((t) => `${kind}: ${t}`));
    const extra = Object.entries(absent).flatMap(([kind, texts]) =>
      texts.filter((t) => (last[kind] ?? []).some((r) => r.includes(t))).map((t) => `${kind}: ${t}`));
    if (!missing.length && !extra.length) return last;
    if (Date.now() > end) {
      assert.fail(`highlights never matched; missing [${missing.join(' | ')}], unexpected [${extra.join(' | ')}]; `
        + `painted: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Saves a screenshot as test-results/NAME; with QUOTELIGHT_UPDATE_SCREENSHOT=1
 * also as docs/DOCSNAME (the one the integration's README shows).
 */
export async function screenshot(page, name, docsName, options = {}) {
  mkdirSync(RESULTS, { recursive: true });
  const path = RESULTS + name;
  await page.screenshot({ path, ...options });
  if (docsName && process.env.QUOTELIGHT_UPDATE_SCREENSHOT === '1') copyFileSync(path, DOCS + docsName);
  return path;
}
