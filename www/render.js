// Turns a chunk of the article and its spans into DOM: the text split at every span
// boundary, with one <mark> per highlight, nested outer-first. Spans that
// cross (rather than nest) are split into pieces that share a `data-span` id.
// Text enters the DOM only as text nodes, so pasted markup stays text.

import { KIND_NAMES, SUB_NAMES } from './view.js';

/** The highlight kinds the page can toggle, in legend order. */
export const KINDS = ['quote', 'indirect', 'speaker', 'position', 'cue'];

/**
 * The spans of one chunk as objects `{ id, start, end, kind, quote?,
 * speaker?, person?, sub? }`, offsets relative to `base`: columns `cols`
 * (see view.js) with `starts`/`ends` in the text shown, rows `from..to`.
 */
export function spansIn(cols, starts, ends, from, to, base) {
  const out = [];
  for (let i = from; i < to; i++) {
    const span = { id: i, start: starts[i] - base, end: ends[i] - base, kind: KIND_NAMES[cols.kind[i]] };
    if (cols.quote[i] >= 0) span.quote = cols.quote[i];
    if (cols.speaker[i] >= 0) span.speaker = cols.speaker[i];
    if (cols.person[i] >= 0) span.person = cols.person[i];
    if (cols.sub[i]) span.sub = SUB_NAMES[cols.sub[i]];
    out.push(span);
  }
  return out;
}

/**
 * Replaces `container`'s children with `text` and its highlights. Quote
 * heads (the first piece of each quote) get class `quote-head`.
 */
export function render(container, text, spans) {
  const points = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  const opened = new Set();
  let active = []; // spans covering the current segment, in nesting order
  let open = []; // [{ span, el }] currently open elements, outermost first
  let next = 0; // next span (by start) to activate

  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    active = active.filter((s) => s.end > a);
    while (next < spans.length && spans[next].start <= a) {
      if (spans[next].end > a) insertByOrder(active, spans[next]);
      next++;
    }
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep].span === active[keep]) keep++;
    // A mark closed before its span ends is a piece: it and the next piece draw as one box.
    for (const { span, el } of open.slice(keep)) if (span.end > a) el.classList.add('cont-after');
    open = open.slice(0, keep);
    for (let i = keep; i < active.length; i++) {
      const el = makeMark(active[i], !opened.has(active[i].id));
      opened.add(active[i].id);
      (i ? open[i - 1].el : frag).append(el);
      open.push({ span: active[i], el });
    }
    (open.length ? open[open.length - 1].el : frag).append(document.createTextNode(text.slice(a, b)));
  }
  container.replaceChildren(frag);
}

/** Keeps `list` sorted by span id, which is nesting order. */
function insertByOrder(list, span) {
  let i = list.length;
  while (i > 0 && list[i - 1].id > span.id) i--;
  list.splice(i, 0, span);
}

function makeMark(span, head) {
  const el = document.createElement(span.kind === 'skipped' ? 'span' : 'mark');
  el.className = span.kind === 'skipped' ? 'skipped' : `hl k-${span.kind}`;
  if (!head) el.classList.add('cont-before');
  if (span.sub) el.classList.add(`q-${span.sub}`);
  el.dataset.span = String(span.id);
  if (span.quote !== undefined) el.dataset.quote = String(span.quote);
  if (span.speaker !== undefined) el.dataset.speaker = String(span.speaker);
  if (span.person !== undefined) el.dataset.person = String(span.person);
  if (head && (span.kind === 'quote' || span.kind === 'indirect')) {
    el.classList.add('quote-head');
    el.setAttribute('role', 'button');
    el.tabIndex = -1;
  }
  return el;
}
