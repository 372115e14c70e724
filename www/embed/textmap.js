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

const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Walks `root` and returns `{ text, pieces }`. Each piece says that
 * `text[at, at + length)` is `node.data[offset, offset + length)`; characters
 * between pieces (line breaks for blocks and `<br>`) belong to no node.
 * Pieces are in text order, so offsets can be found by binary search.
 */
export function readText(root) {
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

  const text = (node, style) => {
    const data = node.data;
    const mode = style?.whiteSpace ?? 'normal';
    const keepSpaces = mode === 'pre' || mode === 'pre-wrap' || mode === 'break-spaces';
    const keepBreaks = keepSpaces || mode === 'pre-line';
    let i = 0;
    while (i < data.length) {
      const c = data[i];
      if (!COLLAPSIBLE.test(c) || keepSpaces) {
        if (c === '\n' && keepBreaks) { lineBreak(); i += 1; tail = 'break'; continue; }
        // Longest run of kept characters in one go.
        let j = i + 1;
        while (j < data.length && (keepSpaces ? data[j] !== '\n' : !COLLAPSIBLE.test(data[j]))) j += 1;
        emit(node, i, data.slice(i, j));
        tail = COLLAPSIBLE.test(data[j - 1]) && !keepSpaces ? 'space' : 'char';
        i = j;
        continue;
      }
      // A run of collapsible white space renders as one space, or nothing.
      let j = i + 1;
      while (j < data.length && COLLAPSIBLE.test(data[j]) && !(keepBreaks && data[j] === '\n')) j += 1;
      if (keepBreaks && data[j] === '\n') { i = j; continue; }
      if (tail === 'char') { emit(node, i, ' '); tail = 'space'; }
      i = j;
    }
  };

  const walk = (element, style) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text(child, style);
      } else if (child.nodeType === 1) {
        const name = child.tagName.toUpperCase();
        if (SKIP.has(name) || child.hasAttribute(IGNORE_ATTR) || child.getAttribute('aria-hidden') === 'true') continue;
        if (name === 'BR') { lineBreak(); continue; }
        const s = view.getComputedStyle(child);
        if (s.display === 'none' || child.hidden) continue;
        const block = s.display !== '' && !s.display.startsWith('inline') && s.display !== 'contents';
        if (block) lineBreak();
        if (s.visibility === 'visible' || s.visibility === '') walk(child, s);
        else if (s.visibility) walkVisibleOnly(child);
        if (block) lineBreak();
      }
    }
  };

  // Under `visibility: hidden` only descendants made visible again count.
  const walkVisibleOnly = (element) => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIP.has(child.tagName.toUpperCase()) || child.hasAttribute(IGNORE_ATTR)) continue;
      const s = view.getComputedStyle(child);
      if (s.display === 'none' || child.getAttribute('aria-hidden') === 'true') continue;
      if (s.visibility === 'visible') walk(child, s); else walkVisibleOnly(child);
    }
  };

  walk(root, root.isConnected ? view.getComputedStyle(root) : null);
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
