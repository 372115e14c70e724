// Pastes that carry markup. Most copies from a web page carry both HTML and
// the browser's plain-text rendering of it, and the textarea takes the plain
// text. A copy that carries only HTML would paste nothing (or its source,
// elsewhere): read it here as a reader sees it, so it gives the same text —
// and the same attribution — as a plain paste of the same article.

/** Elements that end a line, as the default style sheet displays them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
/** Elements whose content is not article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'IFRAME', 'OBJECT']);

/** The text to insert for a paste, or null to let the browser paste its plain text. */
export function fromClipboard(data) {
  if (!data || data.types.includes('text/plain')) return null;
  const html = data.getData('text/html');
  return html ? htmlToText(html) : null;
}

/**
 * The text of an HTML fragment: blocks and <br> end lines, paragraphs are
 * separated by a blank line (as a plain copy from a browser is), white space
 * collapses. Parsed inertly: nothing in it loads or runs.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines = [];
  let line = '';
  const end = (blank) => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) lines.push(text);
    if (blank && lines.length && lines[lines.length - 1] !== '') lines.push('');
    line = '';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.data;
      if (child.nodeType !== 1 || SKIP.has(child.tagName) || child.hidden) continue;
      if (child.tagName === 'BR') { end(false); continue; }
      const block = BLOCK.has(child.tagName);
      if (block) end(true);
      walk(child);
      if (block) end(true);
    }
  };
  walk(doc.body);
  end(false);
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
