// Reads an element's rendered text the way a reader sees it, and keeps a map
// from every offset of that text (UTF-16, like the engine's results) back to
// a (Text node, offset) pair, so results can become DOM Ranges without the
// host's markup ever being touched.

/** Subtrees whose text is not article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SVG', 'MATH', 'TEXTAREA', 'SELECT', 'INPUT', 'BUTTON', 'QUOTE-LIGHT',
]);

/** Attribute a CMS can set on any element to keep it out of the analysis. */
export const IGNORE_ATTR = 'data-quotelight-ignore';

/** Reads `root` in one go. See reader() for the result. */
export function readText(root) {
  const steps = reader(root);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Reads `root` in slices of about `budgetMs`, awaiting `pause()` between
 * them, so a very long article does not hold up the page while it is read.
 */
export async function readTextSliced(root, pause, budgetMs = 8) {
  const steps = reader(root);
  let deadline = performance.now() + budgetMs;
  let step = steps.next();
  while (!step.done) {
    if (performance.now() > deadline) {
      await pause();
      deadline = performance.now() + budgetMs;
    }
    step = steps.next();
  }
  return step.value;
}

/** Elements read between two chances to pause. */
const SLICE = 64;

/**
 * Walks `root` and returns `{ text, pieces }` (a generator that yields now
 * and then, so callers can pause). Each piece says that
 * `text[at, at + length)` is `node.data[offset, offset + length)`; characters
 * between pieces (line breaks for blocks and `<br>`) belong to no node.
 * Pieces are in text order, so offsets can be found by binary search.
 */
function* reader(root) {
  const view = root.ownerDocument.defaultView;
  const parts = [];
  const pieces = [];
  let length = 0;
  // What the text ends with: 'start' (nothing yet), 'break', 'space' or 'char'.
  let tail = 'start';

  const lineBreak = () => {
    if (tail === 'start' || tail === 'break') return;
    if (tail === 'space') {
      // A collapsible space before a break is not rendered: drop it.
      const last = pieces[pieces.length - 1];
      if (last.length === 1) pieces.pop(); else last.length -= 1;
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      length -= 1;
    }
    parts.push('\n');
    length += 1;
    tail = 'break';
  };

  const emit = (node, offset, chars) => {
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.offset + last.length === offset && last.at + last.length === length) {
      last.length += chars.length;
    } else {
      pieces.push({ at: length, node, offset, length: chars.length });
    }
    parts.push(chars);
    length += chars.length;
  };

  // One text node, white space handled as its parent's `white-space` renders it.
  const text = (node, style) => {
    const data = node.data;
    const mode = style?.whiteSpace ?? 'normal';
    if (mode === 'pre' || mode === 'pre-wrap' || mode === 'break-spaces') {
      // Everything kept; each newline is a line break.
      let from = 0;
      for (let nl = data.indexOf('\n'); ; nl = data.indexOf('\n', from)) {
        const to = nl < 0 ? data.length : nl;
        if (to > from) { emit(node, from, data.slice(from, to)); tail = 'char'; }
        if (nl < 0) break;
        lineBreak();
        from = nl + 1;
      }
      return;
    }
    // Runs of collapsible white space render as one space (or a line break
    // under pre-line), and as nothing at the start of a line or after a space.
    const keepBreaks = mode === 'pre-line';
    const space = /[ \t\n\r\f]+/g;
    let from = 0;
    for (let m = space.exec(data); ; m = space.exec(data)) {
      const to = m ? m.index : data.length;
      if (to > from) { emit(node, from, data.slice(from, to)); tail = 'char'; }
      if (!m) break;
      if (keepBreaks && m[0].includes('\n')) lineBreak();
      else if (tail === 'char') { emit(node, m.index, ' '); tail = 'space'; }
      from = space.lastIndex;
    }
  };

  let count = 0;
  function* walk(element, style) {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(child, style);
      } else if (child.nodeType === 1) {
        const name = child.tagName.toUpperCase();
        if (SKIP.has(name) || child.hasAttribute(IGNORE_ATTR) || child.getAttribute('aria-hidden') === 'true') continue;
        if (name === 'BR') { lineBreak(); continue; }
        if (++count % SLICE === 0) yield;
        const s = view.getComputedStyle(child);
        if (s.display === 'none' || child.hidden) continue;
        const block = s.display !== '' && !s.display.startsWith('inline') && s.display !== 'contents';
        if (block) lineBreak();
        if (s.visibility === 'visible' || s.visibility === '') yield* walk(child, s);
        else if (s.visibility) yield* walkVisibleOnly(child);
        if (block) lineBreak();
      }
    }
  }

  // Under `visibility: hidden` only descendants made visible again count.
  function* walkVisibleOnly(element) {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIP.has(child.tagName.toUpperCase()) || child.hasAttribute(IGNORE_ATTR)) continue;
      const s = view.getComputedStyle(child);
      if (s.display === 'none' || child.getAttribute('aria-hidden') === 'true') continue;
      if (s.visibility === 'visible') yield* walk(child, s); else yield* walkVisibleOnly(child);
    }
  }

  yield* walk(root, root.isConnected ? view.getComputedStyle(root) : null);
  // Trailing white space is not rendered either.
  let joined = parts.join('');
  while (joined.length && (joined.endsWith('\n') || joined.endsWith(' '))) {
    joined = joined.slice(0, -1);
    const last = pieces[pieces.length - 1];
    if (last && last.at + last.length > joined.length) {
      last.length -= 1;
      if (last.length === 0) pieces.pop();
    }
  }
  return { text: joined, pieces };
}

/**
 * The DOM boundary for text offset `at`. A start boundary that falls between
 * pieces moves forward to the next node; an end boundary moves back to the
 * previous one, so a range never starts or ends on a synthetic line break.
 * Returns null when there is no node on that side.
 */
export function boundary(pieces, at, side) {
  let lo = 0;
  let hi = pieces.length - 1;
  if (side === 'start') {
    // First piece whose end is past `at`.
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].at + pieces[mid].length > at) { found = mid; hi = mid - 1; } else lo = mid + 1;
    }
    if (found < 0) return null;
    const p = pieces[found];
    return { node: p.node, offset: p.offset + Math.max(0, at - p.at) };
  }
  // Last piece that starts before `at`.
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].at < at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  const p = pieces[found];
  return { node: p.node, offset: p.offset + Math.min(p.length, at - p.at) };
}

/** A live Range over text `[start, end)`, or null if it covers no node text. */
export function rangeFor(doc, pieces, start, end) {
  if (!(end > start)) return null;
  const a = boundary(pieces, start, 'start');
  const b = boundary(pieces, end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, Math.min(a.offset, a.node.length));
    range.setEnd(b.node, Math.min(b.offset, b.node.length));
  } catch {
    return null; // A node changed under us; the next update repaints.
  }
  return range.collapsed ? null : range;
}
