// The paste page: annotate what is pasted (debounced), render the highlights,
// list the speakers, and keep selection, keyboard focus and the live
// announcement in step. All analysis is local, in WebAssembly.
import init, { annotate, version } from './pkg/quotelight.js';
import { render, spansOf } from './render.js';
import { copyText, downloadJson, quoteList } from './export.js';
import { SAMPLE } from './sample.js';

const $ = (id) => document.getElementById(id);
const ui = {
  paste: $('paste'),
  status: $('status'),
  article: $('article'),
  notices: $('notices'),
  people: $('people'),
  announce: $('announce'),
  toggleAll: $('toggle-all'),
  download: $('download-json'),
  copy: $('copy-quotes'),
};

const state = {
  text: '',
  result: null,
  /** Quote indices in text order: the order arrow keys and "Quote n of m" use. */
  order: [],
  person: null,
  quote: null,
};

/** Longer texts wait longer after the last keystroke before re-annotating. */
const debounceMs = (length) => (length > 200_000 ? 600 : 200);
let timer = 0;

async function main() {
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
    clearTimeout(timer);
    timer = setTimeout(update, debounceMs(ui.paste.value.length));
  });
  $('load-example').addEventListener('click', () => { ui.paste.value = SAMPLE; update(); });
  $('clear-text').addEventListener('click', () => { ui.paste.value = ''; update(); ui.paste.focus(); });

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

  ui.download.addEventListener('click', () => state.result && downloadJson(state.result));
  ui.copy.addEventListener('click', async () => {
    if (!state.result) return;
    const ok = await copyText(quoteList(state.result));
    say(ok ? `Copied ${state.result.quotes.length} quotes as text.` : 'Copying failed: your browser blocked the clipboard.');
  });

  ui.article.addEventListener('click', (event) => {
    const mark = event.target.closest('mark');
    if (!mark || !ui.article.contains(mark)) return;
    if (mark.dataset.quote !== undefined) selectQuote(Number(mark.dataset.quote));
    else if (mark.dataset.person !== undefined) selectPerson(Number(mark.dataset.person));
  });
  ui.article.addEventListener('keydown', onArticleKey);
  ui.people.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-person]');
    if (!button) return;
    const j = Number(button.dataset.person);
    if (state.person === j && state.quote === null) clearSelection();
    else selectPerson(j);
  });
  ui.people.addEventListener('keydown', onPeopleKey);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (state.person !== null || state.quote !== null)) clearSelection();
  });
}

/** Re-annotates the pasted text and redraws everything. */
function update() {
  clearTimeout(timer);
  const text = ui.paste.value;
  state.text = text;
  state.person = null;
  state.quote = null;
  const t0 = performance.now();
  let result;
  try {
    result = annotate(text);
  } catch (err) {
    state.result = null;
    ui.status.textContent = `Could not annotate this text: ${err.message}`;
    ui.status.classList.add('error');
    return;
  }
  const ms = performance.now() - t0;
  state.result = result;
  state.order = result.quotes.map((q, i) => i).sort((a, b) => result.quotes[a].start - result.quotes[b].start);

  if (text) {
    render(ui.article, text, spansOf(result, text.length));
  } else {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'Paste an article above, or load the example, to see its quotes highlighted.';
    ui.article.replaceChildren(empty);
  }
  const heads = quoteHeads();
  if (heads[0]) heads[0].tabIndex = 0;
  renderNotices(result.notices);
  renderPeople(result.people);
  ui.download.disabled = ui.copy.disabled = !text;
  ui.status.classList.remove('error');
  ui.status.textContent = text
    ? `${plural(result.quotes.length, 'quote')}, ${plural(result.people.length, 'speaker')} · ${ms.toFixed(0)} ms`
    : 'Ready.';
}

function renderNotices(notices) {
  ui.notices.replaceChildren(...notices.map((n) => {
    const li = document.createElement('li');
    li.className = `notice notice-${n.kind}`;
    li.textContent = n.message;
    if (n.span) {
      const snippet = document.createElement('q');
      snippet.textContent = n.span.text.length > 80 ? `${n.span.text.slice(0, 80)}…` : n.span.text;
      li.append(' ', snippet);
    }
    return li;
  }));
}

function renderPeople(people) {
  ui.people.replaceChildren(...people.map((p, j) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'person';
    button.dataset.person = String(j);
    button.setAttribute('aria-pressed', 'false');
    button.tabIndex = j === 0 ? 0 : -1;
    const name = document.createElement('span');
    name.className = 'person-name';
    name.textContent = p.name;
    button.append(name);
    if (p.kind !== 'person') {
      const kind = document.createElement('span');
      kind.className = 'person-kind';
      kind.textContent = p.kind;
      button.append(' ', kind);
    }
    const positions = [...new Set(p.positions.map((s) => s.text))];
    if (positions.length) {
      const pos = document.createElement('span');
      pos.className = 'person-positions';
      pos.textContent = positions.join('; ');
      button.append(pos);
    }
    const count = document.createElement('span');
    count.className = 'person-count';
    count.textContent = plural(p.quotes, 'quote');
    button.append(count);
    const li = document.createElement('li');
    li.append(button);
    return li;
  }));
  if (!people.length && state.text) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No speakers found.';
    ui.people.append(li);
  }
}

// ---- selection -----------------------------------------------------------

function selectPerson(j) {
  applySelection(j, null);
  const p = state.result.people[j];
  say(`${describe(j)} — ${plural(p.quotes, 'quote')}, ${plural(p.mentions.length, 'mention')}.`);
}

function selectQuote(i) {
  const q = state.result.quotes[i];
  applySelection(q.speaker, i);
  focusQuote(i, false);
  const n = state.order.indexOf(i) + 1;
  const who = q.speaker === null ? 'speaker not found' : describe(q.speaker);
  say(`${q.kind === 'indirect' ? 'Indirect quote' : 'Quote'} ${n} of ${state.order.length} — ${who}`);
}

function clearSelection() {
  applySelection(null, null);
  say('Selection cleared.');
}

/** Marks the person's quotes, mentions and positions, and the current quote. */
function applySelection(person, quote) {
  state.person = person;
  state.quote = quote;
  for (const el of ui.article.querySelectorAll('.is-selected, .is-current')) {
    el.classList.remove('is-selected', 'is-current');
  }
  if (person !== null) {
    for (const el of ui.article.querySelectorAll(`[data-speaker="${person}"], [data-person="${person}"]`)) {
      el.classList.add('is-selected');
    }
  }
  if (quote !== null) {
    for (const el of ui.article.querySelectorAll(`.k-quote[data-quote="${quote}"], .k-indirect[data-quote="${quote}"]`)) {
      el.classList.add('is-current');
    }
  }
  ui.article.classList.toggle('has-selection', person !== null || quote !== null);
  for (const button of ui.people.querySelectorAll('button[data-person]')) {
    const on = Number(button.dataset.person) === person;
    button.setAttribute('aria-pressed', String(on));
    if (on) {
      rove(ui.people.querySelectorAll('button[data-person]'), button);
      button.scrollIntoView({ block: 'nearest' });
    }
  }
}

/** "Name, position" for announcements. */
function describe(j) {
  const p = state.result.people[j];
  const position = p.positions[0]?.text;
  return position ? `${p.name}, ${position}` : p.name;
}

// ---- keyboard ------------------------------------------------------------

const quoteHeads = () => [...ui.article.querySelectorAll('.quote-head')];

/** Moves the single tab stop of a group to `target`. */
function rove(items, target) {
  for (const el of items) el.tabIndex = el === target ? 0 : -1;
}

function focusQuote(i, focus = true) {
  const head = ui.article.querySelector(`.quote-head[data-quote="${i}"]`);
  if (!head) return;
  rove(quoteHeads(), head);
  if (focus) head.focus();
}

/** Arrow keys move between quotes in text order; Enter or Space selects. */
function onArticleKey(event) {
  const head = event.target.closest('.quote-head');
  if (!head) return;
  const at = state.order.indexOf(Number(head.dataset.quote));
  const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: state.order.length - 1 };
  if (event.key in moves) {
    event.preventDefault();
    const to = Math.max(0, Math.min(state.order.length - 1, moves[event.key]));
    focusQuote(state.order[to]);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    selectQuote(Number(head.dataset.quote));
  }
}

/** Arrow keys move between people; Enter and Space are the buttons' own. */
function onPeopleKey(event) {
  const buttons = [...ui.people.querySelectorAll('button[data-person]')];
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
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

main();
