// Turns an `annotate` result into DOM: the pasted text split at every span
// boundary, with one <mark> per highlight, nested outer-first. Spans that
// cross (rather than nest) are split into pieces that share a `data-span` id.
// Text enters the DOM only as text nodes, so pasted markup stays text.

/** The highlight kinds the page can toggle, in legend order. */
export const KINDS = ['quote', 'indirect', 'speaker', 'position', 'cue'];

/** Which of two spans with the same range goes outside. */
const RANK = { skipped: 0, quote: 1, indirect: 1, position: 2, speaker: 3, cue: 4 };

/**
 * Flattens a result into highlight spans `{ id, start, end, kind, quote?,
 * speaker?, person?, sub? }`, in nesting order (outer first), dropping any
 * span outside `0..length` (a defensive check: offsets are UTF-16 by default).
 */
export function spansOf(result, length) {
  const spans = [];
  const seen = new Set();
  const add = (range, kind, data = {}) => {
    if (!range || !(range.start >= 0 && range.end > range.start && range.end <= length)) return;
    const key = `${range.start}:${range.end}:${kind}:${data.quote ?? ''}:${data.person ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ start: range.start, end: range.end, kind, ...data });
  };
  result.quotes.forEach((q, i) => {
    const kind = q.kind === 'indirect' ? 'indirect' : 'quote';
    add(q, kind, { quote: i, speaker: q.speaker ?? undefined, sub: q.kind });
    add(q.cue, 'cue', { quote: i });
    add(q.source, 'speaker', { person: q.speaker ?? undefined });
  });
  result.people.forEach((p, j) => {
    for (const m of p.mentions) add(m, 'speaker', { person: j });
    for (const pos of p.positions) add(pos, 'position', { person: j });
  });
  for (const n of result.notices) if (n.kind === 'chrome') add(n.span, 'skipped');
  spans.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  spans.forEach((s, i) => { s.id = i; });
  return spans;
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
