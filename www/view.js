// What the paste page draws, computed from an `annotate` result: highlight
// spans as typed-array columns, the article cut into chunks that no span
// crosses, the panel's people, collapsed notices and the copyable quote list.
// Pure (no DOM), so it runs in the worker for big texts: the page then gets a
// few typed arrays and small objects instead of a result of 100k objects,
// which would take longer than a frame to parse or clone.
import { quoteList } from './export.js';
import { alignRepaired } from './align.js';

/** Highlight kinds by code, in the order the page's legend lists them. */
export const KIND_NAMES = ['skipped', 'quote', 'indirect', 'speaker', 'position', 'cue'];
/** Quote sub-kinds by code (`q-partial` etc. on the mark). */
export const SUB_NAMES = ['', 'direct', 'partial', 'unmarked', 'indirect'];

/** Which of two spans with the same range goes outside. */
const RANK = { skipped: 0, quote: 1, indirect: 1, position: 2, speaker: 3, cue: 4 };

/** Chunks are cut at the first line break after this many characters. */
export const CHUNK_CHARS = 4_000;

/** At most this many notices of one kind are listed when a collapsed group is shown. */
const NOTICE_LIST_MAX = 500;

/**
 * Builds the page's view of `result` for `text` (UTF-16 offsets). Returns
 * `{ length, spans, chunks, order, quoteSpan, quoteSpeaker, quoteKind, people,
 * notices, counts, quotes (the copy-quotes text, UTF-8), repaired }`; `repaired`
 * is null or `{ text, start, end, chunks, positions }`: the same spans
 * mapped into the repaired text, for showing that instead.
 */
export function viewOf(result, text) {
  const length = text.length;
  const spans = spanColumns(result, length);
  const view = {
    length,
    spans,
    chunks: chunkBounds(text, spans.start, spans.end),
    order: quoteOrder(result.quotes),
    quoteSpan: quoteRows(spans, result.quotes.length),
    quoteSpeaker: Int32Array.from(result.quotes, (q) => q.speaker ?? -1),
    quoteKind: Uint8Array.from(result.quotes, (q) => SUB_NAMES.indexOf(q.kind)),
    people: result.people.map((p) => ({
      name: p.name,
      kind: p.kind,
      positions: unique(p.positions.map((s) => s.text)),
      quotes: p.quotes,
      mentions: p.mentions.length,
    })),
    notices: collapseNotices(result.notices),
    counts: countOf(result),
    // UTF-8 bytes: a transferred buffer costs the page nothing to receive, a megabyte string does.
    quotes: new TextEncoder().encode(quoteList(result)),
    repaired: null,
  };
  if (typeof result.repaired === 'string' && result.repaired !== text) {
    view.repaired = repairedLayer(result, text, spans);
  }
  return view;
}

/** The typed arrays in a view, for postMessage's transfer list. */
export function buffersOf(view) {
  const arrays = [...Object.values(view.spans), view.quotes, view.chunks.at, view.chunks.span, view.order, view.quoteSpan, view.quoteSpeaker, view.quoteKind];
  if (view.repaired) arrays.push(view.repaired.start, view.repaired.end, view.repaired.chunks.at, view.repaired.chunks.span);
  return arrays.map((a) => a.buffer);
}

/** Quotes with and without a speaker, people who speak and people only named with a title. */
function countOf(result) {
  const speakers = result.people.filter((p) => p.quotes > 0).length;
  return { quotes: result.quotes.length, speakers, others: result.people.length - speakers };
}

/**
 * Every highlight as columns `start end kind quote speaker person sub` (-1:
 * none), sorted in nesting order: by start, longer first, then by RANK.
 * Spans outside `0..length` are dropped (a defensive check), and so are
 * exact duplicates (a source that is also a mention).
 */
function spanColumns(result, length) {
  const list = [];
  const seen = new Set();
  const add = (range, kind, quote = -1, speaker = -1, person = -1, sub = 0) => {
    if (!range || !(range.start >= 0 && range.end > range.start && range.end <= length)) return;
    const key = `${range.start}:${range.end}:${kind}:${quote}:${person}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ start: range.start, end: range.end, kind, quote, speaker, person, sub });
  };
  result.quotes.forEach((q, i) => {
    const kind = q.kind === 'indirect' ? 'indirect' : 'quote';
    add(q, kind, i, q.speaker ?? -1, -1, SUB_NAMES.indexOf(q.kind));
    add(q.cue, 'cue', i);
    add(q.source, 'speaker', -1, -1, q.speaker ?? -1);
  });
  result.people.forEach((p, j) => {
    for (const m of p.mentions) add(m, 'speaker', -1, -1, j);
    for (const pos of p.positions) add(pos, 'position', -1, -1, j);
  });
  for (const n of result.notices) if (n.kind === 'chrome') add(n.span, 'skipped');
  list.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const column = (Type, pick) => Type.from(list, pick);
  return {
    start: column(Int32Array, (s) => s.start),
    end: column(Int32Array, (s) => s.end),
    kind: column(Uint8Array, (s) => KIND_NAMES.indexOf(s.kind)),
    quote: column(Int32Array, (s) => s.quote),
    speaker: column(Int32Array, (s) => s.speaker),
    person: column(Int32Array, (s) => s.person),
    sub: column(Uint8Array, (s) => s.sub),
  };
}

/**
 * Cuts `text` into chunks of about CHUNK_CHARS, each ending just after a line
 * break that no span crosses, so each chunk renders on its own. Returns
 * `{ at, span }`: chunk k is `text[at[k], at[k+1])` and holds spans
 * `span[k] .. span[k+1]`. A line too long to cut (no break within four
 * chunks) is cut after a space instead.
 */
export function chunkBounds(text, starts, ends) {
  const at = [0];
  const first = [0];
  let k = 0;
  let reach = 0; // the furthest end of the spans that start before the candidate cut
  let from = 0;
  while (text.length - from > CHUNK_CHARS) {
    let cut = breakAfter(text, from + CHUNK_CHARS, '\n');
    if (cut < 0 || cut - from > 4 * CHUNK_CHARS) cut = breakAfter(text, from + CHUNK_CHARS, ' ');
    while (cut > 0) {
      while (k < starts.length && starts[k] < cut) reach = Math.max(reach, ends[k++]);
      if (reach <= cut) break;
      cut = breakAfter(text, reach, '\n'); // a span crosses: try the first break after it ends
    }
    if (cut <= 0 || cut >= text.length) break;
    at.push(cut);
    first.push(k);
    from = cut;
  }
  at.push(text.length);
  first.push(starts.length);
  return { at: Int32Array.from(at), span: Int32Array.from(first) };
}

/** The position just after the first `mark` at or after `from`, or -1. */
function breakAfter(text, from, mark) {
  const i = text.indexOf(mark, Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}

/** Quote indices in text order: the order arrow keys and "Quote n of m" use. */
function quoteOrder(quotes) {
  return Int32Array.from(quotes.keys()).sort((a, b) => quotes[a].start - quotes[b].start || a - b);
}

/** For each quote, the row of its highlight in the span columns (-1: none, e.g. empty). */
function quoteRows(spans, count) {
  const rows = new Int32Array(count).fill(-1);
  for (let i = 0; i < spans.kind.length; i++) {
    const kind = KIND_NAMES[spans.kind[i]];
    if ((kind === 'quote' || kind === 'indirect') && spans.quote[i] >= 0) rows[spans.quote[i]] = i;
  }
  return rows;
}

const unique = (texts) => [...new Set(texts)];

/**
 * Notices grouped by kind and message, in first-seen order: `{ kind,
 * message, count, spans }`, where `spans` lists at most NOTICE_LIST_MAX
 * snippets, so a page of 2,000 skipped paragraphs shows one line, not 2,000.
 */
export function collapseNotices(notices) {
  const groups = new Map();
  for (const n of notices) {
    const key = `${n.kind}\n${n.message}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: n.kind, message: n.message, count: 0, spans: [] }));
    group.count += 1;
    if (n.span && group.spans.length < NOTICE_LIST_MAX) {
      const { start, end, text } = n.span;
      group.spans.push({ start, end, text: text.length > 80 ? `${text.slice(0, 80)}…` : text });
    }
  }
  return [...groups.values()];
}

/** The spans and positions moved into the repaired text, where it differs from the text as pasted. */
function repairedLayer(result, text, spans) {
  const repaired = result.repaired;
  const toRepaired = alignRepaired(text, repaired);
  const start = spans.start.map((s) => toRepaired[s]);
  const end = spans.end.map((e) => toRepaired[e]);
  // Mapping keeps order, but a span that covered only deleted markup is now empty: keep it, harmlessly.
  return {
    text: repaired,
    start,
    end,
    chunks: chunkBounds(repaired, start, end),
    positions: result.people.map((p) => unique(p.positions.map((s) => repaired.slice(toRepaired[s.start], toRepaired[s.end])))),
  };
}
