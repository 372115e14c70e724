// The paste page: annotate what is pasted (debounced), show the article with
// its highlights, list the speakers, and keep selection, keyboard focus and
// the live announcement in step. All analysis is local, in WebAssembly: on
// this thread for ordinary articles, in the worker for long ones, so the page
// never freezes; a new edit cancels the analysis of the old text.
import init, { annotate, version } from './pkg/quotelight.js';
import { viewInWorker } from './embed/engine.js';
import { ArticleView } from './article.js';
import { SUB_NAMES, viewOf } from './view.js';
import { copyText, downloadJson } from './export.js';
import { installPalette } from './embed/palette.js';
import { fromClipboard } from './paste.js';
import { showNotices, toggleNotice } from './notices.js';
import { showPeople } from './people.js';
import { SAMPLE } from './sample.js';

/**
 * Texts longer than this (UTF-16 units) are analysed in the worker. The
 * engine takes up to some 18 µs a character on a loaded 2-core machine, so
 * a short article costs the page's own thread tens of milliseconds at most.
 */
const MAIN_THREAD_MAX = 5_000;
/**
 * Texts longer than this are not put in the textarea: a browser lays out all
 * of a textarea's text, on every edit (2 MB: seconds per keystroke), so the
 * box would freeze the page however fast the analysis is.
 */
const BOX_MAX = 100_000;

const $ = (id) => document.getElementById(id);
const ui = {
  paste: $('paste'),
  big: $('big-text'),
  bigSize: $('big-text-size'),
  status: $('status'),
  progress: $('progress'),
  article: $('article'),
  notices: $('notices'),
  textToggle: $('text-toggle'),
  people: $('people'),
  others: $('others'),
  othersHeading: $('others-heading'),
  announce: $('announce'),
  toggleAll: $('toggle-all'),
  download: $('download-json'),
  copy: $('copy-quotes'),
};

const state = {
  text: '',
  /** A pasted text too long for the box (see BOX_MAX), or null: then the box holds the text. */
  big: null,
  /** What the page draws (view.js), the result object (main thread) or its JSON as UTF-8 bytes (worker). */
  view: null,
  result: null,
  json: null,
  /** rank[i]: the place of quote i in text order. */
  rank: null,
  /** Show the repaired text (when there is one) rather than the text as pasted. */
  repairedShown: true,
  person: null,
  quote: null,
  /** The quote that holds the article's one tab stop. */
  tabQuote: null,
  /** Bumped by every edit: an answer for an older number is stale. */
  seq: 0,
  job: null,
};

/** Longer texts wait longer after the last keystroke before re-annotating. */
const debounceMs = (length) => (length > 200_000 ? 600 : 200);
let timer = 0;

const article = new ArticleView(ui.article, { onChunk: (el) => { markSelection(el); markTabStop(el); } });

async function main() {
  installPalette(document);
  try {
    await init();
  } catch (err) {
    ui.status.textContent = `Could not load the analysis engine (${err.message}). Build it with “npm start”.`;
    ui.status.classList.add('error');
    return;
  }
  $('version').textContent = `v${version()}`;
  wire();
  update();
}

function wire() {
  ui.paste.addEventListener('input', () => {
    cancel(); // the text changed: whatever is being analysed is stale
    clearTimeout(timer);
    timer = setTimeout(update, debounceMs(currentText().length));
  });
  ui.paste.addEventListener('paste', onPaste);
  ui.big.addEventListener('paste', onPaste);
  $('big-text-edit').addEventListener('click', () => {
    const text = state.big;
    setBig(null);
    ui.paste.value = text; // slow once for a long text, and then on every edit: the reader asked for it
    ui.paste.focus();
  });
  $('load-example').addEventListener('click', () => { setBig(null); ui.paste.value = SAMPLE; update(); });
  $('clear-text').addEventListener('click', () => { setBig(null); ui.paste.value = ''; update(); ui.paste.focus(); });
  ui.textToggle.addEventListener('click', () => {
    state.repairedShown = !state.repairedShown;
    showArticle();
  });

  for (const button of document.querySelectorAll('.kind-toggle')) {
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      ui.article.classList.toggle(`off-${button.dataset.kind}`, !on);
    });
  }
  ui.toggleAll.addEventListener('click', () => {
    const on = ui.toggleAll.getAttribute('aria-pressed') !== 'true';
    ui.toggleAll.setAttribute('aria-pressed', String(on));
    ui.toggleAll.textContent = on ? 'Highlights on' : 'Highlights off';
    ui.article.classList.toggle('plain', !on);
  });

  ui.download.addEventListener('click', () => {
    if (state.json !== null) downloadJson(state.json);
    else if (state.result) downloadJson(state.result);
  });
  ui.copy.addEventListener('click', async () => {
    if (!state.view) return;
    const ok = await copyText(new TextDecoder().decode(state.view.quotes));
    say(ok ? `Copied ${state.view.counts.quotes} quotes as text.` : 'Copying failed: your browser blocked the clipboard.');
  });

  ui.article.addEventListener('click', (event) => {
    const mark = event.target.closest('mark');
    if (!mark || !ui.article.contains(mark)) return;
    if (mark.dataset.quote !== undefined) selectQuote(Number(mark.dataset.quote));
    else if (mark.dataset.person !== undefined) selectPerson(Number(mark.dataset.person));
  });
  ui.article.addEventListener('keydown', onArticleKey);
  for (const list of [ui.people, ui.others]) {
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-person]');
      if (!button) return;
      const j = Number(button.dataset.person);
      if (state.person === j && state.quote === null) clearSelection();
      else selectPerson(j);
    });
    list.addEventListener('keydown', onPeopleKey);
  }
  ui.notices.addEventListener('click', (event) => {
    const button = event.target.closest('button[aria-expanded]');
    if (button) expandNotice(button);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (state.person !== null || state.quote !== null)) clearSelection();
  });
}

/**
 * A paste into the box (or onto the summary of a long text, which it
 * replaces). Plain text that fits the box is left to the browser.
 */
function onPaste(event) {
  // Markup on the clipboard is read as a reader sees it, so it gives the same text as a plain paste.
  const html = fromClipboard(event.clipboardData);
  const pasted = html ?? event.clipboardData?.getData('text/plain') ?? '';
  const inBox = state.big === null;
  const { value, selectionStart: from, selectionEnd: to } = ui.paste;
  const length = inBox ? value.length - (to - from) + pasted.length : pasted.length;
  if (inBox && html === null && length <= BOX_MAX) return;
  event.preventDefault();
  if (length > BOX_MAX) {
    setBig(inBox ? value.slice(0, from) + pasted + value.slice(to) : pasted);
    update();
    return;
  }
  setBig(null);
  if (inBox) ui.paste.setRangeText(pasted, from, to, 'end');
  else ui.paste.value = pasted;
  ui.paste.focus();
  ui.paste.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Holds a long text outside the box (with a summary in its place), or with null returns to the box. */
function setBig(text) {
  state.big = text;
  ui.paste.hidden = text !== null;
  ui.big.hidden = text === null;
  if (text === null) return;
  ui.paste.value = '';
  ui.bigSize.textContent = `${text.length.toLocaleString('en')} characters pasted`;
  ui.big.focus();
}

/** The text to analyse: the long text held outside the box, or the box's. */
const currentText = () => state.big ?? ui.paste.value;

/** Stops the analysis in flight, if any (the worker is replaced, so the CPU is free at once). */
function cancel() {
  state.seq += 1;
  state.job?.abort();
  state.job = null;
  busy(false);
}

/** Re-annotates the pasted text and redraws everything. */
async function update() {
  clearTimeout(timer);
  cancel();
  const seq = state.seq;
  const text = currentText();
  if (!text) {
    show(text, null, {});
    return;
  }
  const t0 = performance.now();
  if (text.length <= MAIN_THREAD_MAX) {
    let result;
    try {
      result = annotate(text);
    } catch (err) {
      fail(err);
      return;
    }
    show(text, viewOf(result, text), { result, ms: performance.now() - t0 });
    return;
  }
  const job = new AbortController();
  state.job = job;
  busy(true, text.length);
  try {
    const { view, bytes } = await viewInWorker(text, {}, { signal: job.signal });
    if (seq !== state.seq) return;
    show(text, view, { json: bytes, ms: performance.now() - t0 });
  } catch (err) {
    if (err.name !== 'AbortError' && seq === state.seq) fail(err);
  } finally {
    if (seq === state.seq) { state.job = null; busy(false); }
  }
}

/** Shows or hides the progress bar and the "analysing" status for a long text. */
let ticking = 0;
function busy(on, length = 0) {
  clearInterval(ticking);
  ui.progress.hidden = !on;
  ui.paste.setAttribute('aria-busy', String(on));
  if (!on) return;
  const t0 = performance.now();
  const tell = () => {
    const s = Math.round((performance.now() - t0) / 1000);
    ui.status.classList.remove('error');
    ui.status.textContent = `Analysing ${length.toLocaleString('en')} characters in the background…${s ? ` ${s} s` : ''}`;
  };
  tell();
  ticking = setInterval(tell, 1000);
}

function fail(err) {
  state.view = state.result = state.json = null;
  ui.status.textContent = `Could not annotate this text: ${err.message}`;
  ui.status.classList.add('error');
}

/** Draws a new analysis: article, notices, speakers, status. */
function show(text, view, { result = null, json = null, ms = 0 }) {
  Object.assign(state, { text, view, result, json, person: null, quote: null });
  state.rank = view ? rankOf(view.order) : null;
  state.tabQuote = view?.order.length ? view.order[0] : null;
  ui.article.classList.remove('has-selection');
  showArticle();
  renderNotices(view?.notices ?? []);
  renderPeople(view?.people ?? []);
  ui.download.disabled = ui.copy.disabled = !text;
  ui.status.classList.remove('error');
  if (!view) {
    ui.status.textContent = 'Ready.';
    return;
  }
  const { quotes, speakers, others } = view.counts;
  const named = others ? `; ${others} more named with a position` : '';
  ui.status.textContent = `${plural(quotes, 'quote')} from ${plural(speakers, 'speaker')}${named} · ${ms.toFixed(0)} ms`;
}

/** The article as pasted or repaired, with the toggle between them when they differ. */
function showArticle() {
  const view = state.view;
  const repaired = view?.repaired ?? null;
  ui.textToggle.hidden = !repaired;
  if (!view) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'Paste an article above, or load the example, to see its quotes highlighted.';
    article.clear(empty);
    return;
  }
  const useRepaired = repaired && state.repairedShown;
  ui.textToggle.textContent = useRepaired ? 'Show the text as pasted' : 'Show the repaired text';
  ui.article.dataset.text = useRepaired ? 'repaired' : 'pasted';
  if (useRepaired) article.show(repaired.text, view.spans, repaired.start, repaired.end, repaired.chunks);
  else article.show(state.text, view.spans, view.spans.start, view.spans.end, view.chunks);
}

function rankOf(order) {
  const rank = new Int32Array(order.length);
  order.forEach((q, k) => { rank[q] = k; });
  return rank;
}

function renderNotices(groups) {
  showNotices(ui.notices, groups);
}

function expandNotice(button) {
  toggleNotice(button, state.view.notices);
}

function renderPeople(people) {
  showPeople(ui, people, state.view?.repaired?.positions ?? null, Boolean(state.text));
}

// ---- selection -----------------------------------------------------------

function selectPerson(j) {
  applySelection(j, null);
  const p = state.view.people[j];
  say(`${describe(j)} — ${plural(p.quotes, 'quote')}, ${plural(p.mentions, 'mention')}.`);
}

function selectQuote(i) {
  const speaker = state.view.quoteSpeaker[i];
  applySelection(speaker < 0 ? null : speaker, i);
  focusQuote(i, false);
  const n = state.rank[i] + 1;
  const who = speaker < 0 ? 'speaker not found' : describe(speaker);
  const kind = SUB_NAMES[state.view.quoteKind[i]];
  say(`${kind === 'indirect' ? 'Indirect quote' : 'Quote'} ${n} of ${state.view.order.length} — ${who}`);
}

function clearSelection() {
  applySelection(null, null);
  say('Selection cleared.');
}

/** Marks the person's quotes, mentions and positions, and the current quote. */
function applySelection(person, quote) {
  state.person = person;
  state.quote = quote;
  markSelection(ui.article);
  ui.article.classList.toggle('has-selection', person !== null || quote !== null);
  const buttons = personButtons();
  for (const button of buttons) {
    const on = Number(button.dataset.person) === person;
    button.setAttribute('aria-pressed', String(on));
    if (on) {
      rove(buttons, button);
      button.scrollIntoView({ block: 'nearest' });
    }
  }
}

/** Applies the current selection to the marks inside `root` (the article, or a chunk just rendered). */
function markSelection(root) {
  for (const el of root.querySelectorAll('.is-selected, .is-current')) el.classList.remove('is-selected', 'is-current');
  const { person, quote } = state;
  if (person !== null) {
    for (const el of root.querySelectorAll(`[data-speaker="${person}"], [data-person="${person}"]`)) el.classList.add('is-selected');
  }
  if (quote !== null) {
    for (const el of root.querySelectorAll(`.k-quote[data-quote="${quote}"], .k-indirect[data-quote="${quote}"]`)) {
      el.classList.add('is-current');
    }
  }
}

/** "Name, position" for announcements. */
function describe(j) {
  const p = state.view.people[j];
  const position = (state.view.repaired?.positions[j] ?? p.positions)[0];
  return position ? `${p.name}, ${position}` : p.name;
}

// ---- keyboard ------------------------------------------------------------

const personButtons = () => [...document.querySelectorAll('.people-pane button[data-person]')];

/** Moves the single tab stop of a group to `target`. */
function rove(items, target) {
  for (const el of items) el.tabIndex = el === target ? 0 : -1;
}

/** Gives the tab stop to the head of `state.tabQuote` if it is inside `root`. */
function markTabStop(root) {
  const head = root.querySelector(`.quote-head[data-quote="${state.tabQuote}"]`);
  if (head) head.tabIndex = 0;
}

function focusQuote(i, focus = true) {
  const row = state.view.quoteSpan[i];
  if (row >= 0) article.ensure(article.chunkOfSpan(row));
  const head = ui.article.querySelector(`.quote-head[data-quote="${i}"]`);
  if (!head) return;
  state.tabQuote = i;
  for (const el of ui.article.querySelectorAll('.quote-head[tabindex="0"]')) el.tabIndex = -1;
  head.tabIndex = 0;
  if (focus) head.focus();
}

/** Arrow keys move between quotes in text order; Enter or Space selects. */
function onArticleKey(event) {
  const head = event.target.closest('.quote-head');
  if (!head) return;
  const order = state.view.order;
  const at = state.rank[Number(head.dataset.quote)];
  const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: order.length - 1 };
  if (event.key in moves) {
    event.preventDefault();
    const to = Math.max(0, Math.min(order.length - 1, moves[event.key]));
    focusQuote(order[to]);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    selectQuote(Number(head.dataset.quote));
  }
}

/** Arrow keys move between people (speakers, then the others); Enter and Space are the buttons' own. */
function onPeopleKey(event) {
  const buttons = personButtons();
  const at = buttons.indexOf(event.target);
  if (at < 0) return;
  const moves = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const target = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
  rove(buttons, target);
  target.focus();
}

// ---- helpers -------------------------------------------------------------

function say(message) {
  ui.announce.textContent = message;
}

function plural(n, word) {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

main();
