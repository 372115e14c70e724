// The Compare view: several versions of one story in paste boxes, compared
// in a worker by the engine's `compare`, shown as one row per shared quote
// and one column per article. Everything the user typed is put into the page
// with textContent, never as HTML.
import { downloadJson } from './export.js';
import { SAMPLE } from './compare-sample.js';

const MIN = 2;
const MAX = 12;

const $ = (id) => document.getElementById(id);
const boxes = $('boxes');
const status = $('status');

/** The last comparison, with the articles it was made from. */
let current = null;

// ---- the engine, in a worker ------------------------------------------------

const worker = new Worker(new URL('./compare-worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 1;

worker.addEventListener('message', ({ data }) => {
  const done = pending.get(data.id);
  pending.delete(data.id);
  if (!done) return;
  if (data.error) done.reject(new Error(data.error));
  else done.resolve(data.json === null ? null : JSON.parse(data.json));
});
worker.addEventListener('error', (e) => {
  for (const { reject } of pending.values()) reject(new Error(e.message || 'the worker failed'));
  pending.clear();
});

/** Sends `articles` (or nothing, to load the engine) to the worker. */
function ask(articles) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage(articles === undefined ? { id } : { id, articles });
  });
}

// ---- paste boxes ------------------------------------------------------------

function addBox(name = '', text = '') {
  const n = boxes.children.length + 1;
  const box = document.createElement('div');
  box.className = 'box';
  const head = document.createElement('div');
  head.className = 'box-head';
  const label = document.createElement('input');
  label.className = 'box-name';
  label.value = name || `Article ${n}`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.textContent = 'Remove';
  remove.addEventListener('click', () => {
    box.remove();
    renumber();
  });
  const area = document.createElement('textarea');
  area.spellcheck = false;
  area.placeholder = 'Paste one outlet’s version of the story here.';
  area.value = text;
  head.append(label, remove);
  box.append(head, area);
  boxes.append(box);
  renumber();
  return box;
}

/** Accessible names follow the order; add and remove respect the limits. */
function renumber() {
  [...boxes.children].forEach((box, i) => {
    box.querySelector('.box-name').setAttribute('aria-label', `Name of article ${i + 1}`);
    box.querySelector('textarea').setAttribute('aria-label', `Text of article ${i + 1}`);
    box.querySelector('.remove').setAttribute('aria-label', `Remove article ${i + 1}`);
    box.querySelector('.remove').disabled = boxes.children.length <= MIN;
  });
  $('add-box').disabled = boxes.children.length >= MAX;
}

/** The boxes that have text, as `{name, text}`. */
function articles() {
  return [...boxes.children]
    .map((box) => ({ name: box.querySelector('.box-name').value.trim(), text: box.querySelector('textarea').value }))
    .filter((a) => a.text.trim() !== '')
    .map((a, i) => ({ name: a.name || `Article ${i + 1}`, text: a.text }));
}

/** Fills empty boxes first, then adds boxes, up to the limit. */
async function openFiles(files) {
  const empty = [...boxes.children].filter((b) => b.querySelector('textarea').value.trim() === '');
  let skipped = 0;
  for (const file of files) {
    const text = await file.text();
    const name = file.name.replace(/\.txt$/i, '');
    const box = empty.shift() ?? (boxes.children.length < MAX ? addBox() : null);
    if (!box) {
      skipped += 1;
      continue;
    }
    box.querySelector('.box-name').value = name;
    box.querySelector('textarea').value = text;
  }
  if (skipped) setStatus(`At most ${MAX} articles: ${skipped} file(s) not opened.`, true);
}

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

// ---- comparing --------------------------------------------------------------

async function run() {
  const list = articles();
  if (list.length < MIN) {
    setStatus(`Paste at least ${MIN} articles to compare.`, true);
    return;
  }
  setStatus('Comparing…');
  $('run').disabled = true;
  try {
    const result = await ask(list);
    current = { result, articles: list };
    show(result, list);
    const shared = result.groups.length;
    const only = result.documents.reduce((n, d) => n + d.exclusive.length, 0);
    setStatus(`Compared ${list.length} articles: ${shared} shared quote${shared === 1 ? '' : 's'}, ${only} in one article only.`);
  } catch (err) {
    setStatus(`Could not compare: ${err.message}`, true);
  } finally {
    $('run').disabled = false;
  }
}

// ---- showing the result -----------------------------------------------------

const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** The most common value of `key` over `members` (ties: the first seen). */
function majority(members, key) {
  const counts = new Map();
  for (const m of members) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  let best = null;
  let bestCount = 0;
  for (const [k, n] of counts) if (n > bestCount) [best, bestCount] = [k, n];
  return best;
}

const speakerName = (result, m) => (m.speaker === null ? 'nobody' : result.people[m.speaker].name);
const positionKey = (m) => (m.position ?? '').toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[’]/g, "'").trim();

/**
 * A button for one quote: who (and their position), then the words, with the
 * diff against the fullest version when `m.diff` is given.
 */
function memberButton(result, m, { who, position, speakerDiffers = false, positionDiffers = false }) {
  const q = result.documents[m.doc].annotations.quotes[m.quote];
  const b = el('button', 'member');
  b.type = 'button';
  b.dataset.doc = m.doc;
  b.dataset.quote = m.quote;
  b.title = `${q.kind} quote — select to find it in “${result.documents[m.doc].name}”`;
  const line = el('span', 'who', who);
  if (position) line.append(el('span', 'position', `, ${position}`));
  if (speakerDiffers) line.append(' ', el('span', 'flag', 'Speaker differs'));
  if (positionDiffers) line.append(' ', el('span', 'flag', 'Title differs'));
  b.append(line);
  const words = el('span', 'words');
  if (m.diff) {
    if (!diffInText(words, q.text, m.diff)) diffAsWords(words, m.diff);
  } else {
    words.append(el('span', 'kind', `${q.kind}: `), q.text);
  }
  b.append(words);
  b.addEventListener('click', () => reveal(m.doc, m.quote));
  return b;
}

/** A word as the engine counts one: letters and digits, inner apostrophes kept. */
const WORD = /[\p{Alphabetic}\p{N}]+(?:['’‘ʼ][\p{Alphabetic}\p{N}]+)*/gu;

/**
 * The quote as written (punctuation and all), its extra words marked and
 * the fullest version's missing words struck through in place. False when
 * the quote's words do not line up with the diff (text the engine read
 * repaired), so the caller can fall back to the diff's own words.
 */
function diffInText(into, text, diff) {
  const words = [...text.matchAll(WORD)];
  const count = (piece) => piece.text.split(' ').length;
  if (diff.filter((p) => p.op !== 'missing').reduce((n, p) => n + count(p), 0) !== words.length) return false;
  let w = 0;
  let at = 0;
  for (const piece of diff) {
    if (piece.op === 'missing') {
      into.append(' ', el('del', 'w-missing', piece.text), ' ');
      continue;
    }
    const first = words[w];
    const last = words[w + count(piece) - 1];
    const end = last.index + last[0].length;
    into.append(text.slice(at, first.index));
    const chunk = text.slice(first.index, end);
    into.append(piece.op === 'extra' ? el('ins', 'w-extra', chunk) : chunk);
    at = end;
    w += count(piece);
  }
  into.append(text.slice(at));
  return true;
}

/** The diff's own words, space-separated. */
function diffAsWords(into, diff) {
  diff.forEach((piece, i) => {
    if (i > 0) into.append(' ');
    if (piece.op === 'same') into.append(piece.text);
    else into.append(el(piece.op === 'extra' ? 'ins' : 'del', piece.op === 'extra' ? 'w-extra' : 'w-missing', piece.text));
  });
}

function show(result, list) {
  $('results').hidden = false;
  const thead = $('groups').tHead;
  const tbody = $('groups').tBodies[0];
  thead.replaceChildren();
  tbody.replaceChildren();
  const head = el('tr');
  head.append(el('th', 'group', 'Quote'));
  for (const d of result.documents) {
    const th = el('th', null, d.name);
    th.scope = 'col';
    head.append(th);
  }
  thead.append(head);

  result.groups.forEach((g, gi) => {
    const tr = el('tr');
    const th = el('th', 'group', `${gi + 1}`);
    th.scope = 'row';
    if (!g.speakers_agree) th.append(el('br'), el('span', 'flag', 'Speaker differs'));
    if (!g.positions_agree) th.append(el('br'), el('span', 'flag', 'Title differs'));
    tr.append(th);
    const topSpeaker = majority(g.members, (m) => m.speaker);
    const topPosition = majority(g.members, positionKey);
    result.documents.forEach((_, d) => {
      const mine = g.members.filter((m) => m.doc === d);
      const td = el('td');
      if (mine.length === 0) {
        td.className = 'empty';
        td.append(el('span', null, '—'));
        td.setAttribute('aria-label', 'not in this article');
      }
      for (const m of mine) {
        td.append(memberButton(result, m, {
          who: speakerName(result, m),
          position: m.position,
          speakerDiffers: !g.speakers_agree && m.speaker !== topSpeaker,
          positionDiffers: !g.positions_agree && positionKey(m) !== topPosition,
        }));
      }
      tr.append(td);
    });
    tbody.append(tr);
  });
  if (result.groups.length === 0) {
    const tr = el('tr');
    const td = el('td', 'empty', 'These articles share no quotes.');
    td.colSpan = result.documents.length + 1;
    tr.append(td);
    tbody.append(tr);
  }

  const exclusive = $('exclusive');
  exclusive.replaceChildren();
  result.documents.forEach((d, di) => {
    const box = el('div');
    box.append(el('h3', null, `${d.name} (${d.exclusive.length})`));
    const ol = el('ol');
    for (const q of d.exclusive) {
      const quote = d.annotations.quotes[q];
      const li = el('li');
      const person = quote.speaker === null ? null : d.annotations.people[quote.speaker];
      li.append(memberButton(result, { doc: di, quote: q, diff: null }, {
        who: person?.name ?? 'nobody',
        position: person?.positions[0]?.text,
      }));
      ol.append(li);
    }
    box.append(ol);
    exclusive.append(box);
  });

  renderTexts(result, list);
}

/** Each article's text, with its quotes marked so a cell can scroll to one. */
function renderTexts(result, list) {
  const texts = $('texts');
  texts.replaceChildren();
  marks.clear();
  result.documents.forEach((d, di) => {
    const text = list[di].text;
    const wrap = el('div');
    wrap.append(el('h3', null, d.name));
    const body = el('div', 'article-text');
    body.tabIndex = 0;
    body.setAttribute('aria-label', `Text of ${d.name}`);
    // Outer quotes first: a quote inside another (a partial inside its
    // reported clause) scrolls to the outer one's mark.
    const order = d.annotations.quotes.map((q, i) => i).sort((a, b) => {
      const [qa, qb] = [d.annotations.quotes[a], d.annotations.quotes[b]];
      return qa.start - qb.start || qb.end - qa.end;
    });
    let at = 0;
    let open = null;
    for (const i of order) {
      const q = d.annotations.quotes[i];
      if (open && q.start < open.end) {
        marks.set(`${di}:${i}`, open.mark);
        continue;
      }
      if (q.start < at) continue;
      body.append(text.slice(at, q.start));
      const mark = el('mark', null, text.slice(q.start, q.end));
      mark.id = `q-${di}-${i}`;
      mark.tabIndex = -1;
      body.append(mark);
      marks.set(`${di}:${i}`, mark);
      open = { end: q.end, mark };
      at = q.end;
    }
    body.append(text.slice(at));
    wrap.append(body);
    texts.append(wrap);
  });
}

const marks = new Map();

/** Scrolls to a quote in its article and flashes it. */
function reveal(doc, quote) {
  const mark = marks.get(`${doc}:${quote}`);
  if (!mark) return;
  document.querySelectorAll('mark.flash').forEach((m) => m.classList.remove('flash'));
  mark.classList.add('flash');
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  mark.focus({ preventScroll: true });
}

// ---- exports ----------------------------------------------------------------

const csvField = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One line per quote: group members first, then the exclusive quotes. */
export function toCsv(result) {
  const rows = [['group', 'document', 'quote', 'kind', 'speaker', 'position', 'speakers_agree', 'positions_agree', 'text']];
  const line = (group, doc, q, speaker, position, g) => {
    const quote = result.documents[doc].annotations.quotes[q];
    rows.push([group, result.documents[doc].name, q, quote.kind, speaker, position, g?.speakers_agree ?? '', g?.positions_agree ?? '', quote.text]);
  };
  result.groups.forEach((g, gi) => {
    for (const m of g.members) line(gi + 1, m.doc, m.quote, speakerName(result, m), m.position ?? '', g);
  });
  result.documents.forEach((d, di) => {
    for (const q of d.exclusive) {
      const s = d.annotations.quotes[q].speaker;
      const person = s === null ? null : d.annotations.people[s];
      line('', di, q, person?.name ?? 'nobody', person?.positions[0]?.text ?? '', null);
    }
  });
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function downloadCsv(result) {
  const url = URL.createObjectURL(new Blob([toCsv(result)], { type: 'text/csv' }));
  const a = el('a');
  a.href = url;
  a.download = 'quotelight-compare.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// ---- wiring -----------------------------------------------------------------

addBox();
addBox();
$('add-box').addEventListener('click', () => addBox().querySelector('textarea').focus());
$('files').addEventListener('change', async (e) => {
  await openFiles([...e.target.files]);
  e.target.value = '';
  if (articles().length >= MIN) run();
});
$('run').addEventListener('click', run);
$('load-example').addEventListener('click', () => {
  boxes.replaceChildren();
  for (const [name, text] of SAMPLE) addBox(name, text);
  run();
});
$('download-json').addEventListener('click', () => current && downloadJson(current.result, 'quotelight-compare.json'));
$('download-csv').addEventListener('click', () => current && downloadCsv(current.result));

ask()
  .then(() => setStatus('Ready.'))
  .catch((err) => setStatus(`Could not load the analysis engine: ${err.message}`, true));
