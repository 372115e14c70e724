// Paints ranges without touching the host's markup: with the CSS Custom
// Highlight API where the browser has it, else with an overlay of boxes in a
// shadow root appended to <body>. Both painters share one interface:
// `set(kind, ranges)`, `clear()`.
import { adopt } from './sheet.js';
import { claimPalette, installPalette } from './palette.js';

export { adopt };

/** Every highlight name, in painting order (later ones paint on top). */
export const KINDS = ['indirect', 'quote', 'partial', 'cue', 'position', 'speaker', 'selected'];
export const highlightName = (kind) => `quotelight-${kind}`;

/**
 * Look of each kind: a background and a line, from the shared palette
 * (palette.js), the same as the paste page's legend. Highlights cannot draw
 * boxes, so the page's boxed kinds (speaker, position) are underlined here.
 */
const LOOK = {
  quote: { bg: 'quote', line: 'underline solid quote' },
  partial: { bg: 'quote', line: 'underline dashed quote' },
  indirect: { bg: 'indirect', line: 'underline dotted indirect' },
  speaker: { bg: 'speaker', line: 'underline solid speaker' },
  position: { bg: 'position', line: 'underline dashed position' },
  cue: { bg: 'cue', line: 'overline solid cue' },
  selected: { bg: 'selected', line: 'underline solid selected' },
};

/** CSS declarations for `kind`: as text-decoration (highlights) or as a bottom border (overlay boxes). */
function declarations(kind, lineAs) {
  const { bg, line } = LOOK[kind];
  const [where, style, colour] = line.split(' ');
  const lineCss = lineAs === 'decoration'
    ? `text-decoration: ${where} ${style} 2px var(--quotelight-${colour}-line)`
    : `border-${where === 'overline' ? 'top' : 'bottom'}: 2px ${style} var(--quotelight-${colour}-line)`;
  return `background-color: var(--quotelight-${bg}); color: var(--quotelight-fg); ${lineCss}`;
}

/** The kinds a legend explains, with their names, in reading order. */
export const LEGEND = [
  ['quote', 'Quote'], ['partial', 'Partial quote'], ['indirect', 'Indirect'],
  ['speaker', 'Speaker'], ['position', 'Position'], ['cue', 'Cue'],
];

/** Swatches that look like the highlights: `<span part="swatch" data-kind="quote">` etc. */
export const SWATCH_CSS = LEGEND.map(([k]) => `[part~="swatch"][data-kind="${k}"] { ${declarations(k, 'decoration')}; }`).join('\n');

const HIGHLIGHT_CSS = KINDS.map((k) => `::highlight(${highlightName(k)}) { ${declarations(k, 'decoration')}; }`).join('\n');

// One sheet per document, even when this module is loaded twice.
const SHEET = Symbol.for('quotelight.highlight-sheet');

/** Adds the palette and the default ::highlight() styles to `doc`, once. CSP-safe where adoptedStyleSheets exists. */
export function installStyles(doc) {
  if (doc[SHEET]) return;
  doc[SHEET] = adopt(doc, claimPalette(doc) + HIGHLIGHT_CSS) ?? true;
}

/** Whether `doc` can paint with the Custom Highlight API. */
export function canHighlight(doc) {
  const view = doc.defaultView;
  return Boolean(view?.CSS?.highlights && typeof view.Highlight === 'function');
}

/**
 * Highlight painter. Registries are per document, and several annotated
 * elements may share one: each painter adds and removes only its own ranges
 * in the shared `quotelight-*` Highlight objects.
 */
export class HighlightPainter {
  constructor(doc) {
    this.doc = doc;
    this.mine = new Map();
    installStyles(doc);
  }

  highlight(kind) {
    const registry = this.doc.defaultView.CSS.highlights;
    const name = highlightName(kind);
    let h = registry.get(name);
    if (!h) {
      h = new this.doc.defaultView.Highlight();
      h.priority = KINDS.indexOf(kind);
      registry.set(name, h);
    }
    return h;
  }

  set(kind, ranges) {
    const old = this.mine.get(kind) ?? [];
    const registry = this.doc.defaultView.CSS.highlights;
    if (!ranges.length && !old.length) return;
    const h = this.highlight(kind);
    for (const r of old) h.delete(r);
    for (const r of ranges) h.add(r);
    this.mine.set(kind, ranges);
    if (h.size === 0) registry.delete(highlightName(kind));
  }

  clear() {
    for (const kind of [...this.mine.keys()]) this.set(kind, []);
    this.mine.clear();
  }
}

const OVERLAY_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible;
  pointer-events: none; z-index: 2147483000; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; }
${KINDS.map((k) => `.k-${k} { ${declarations(k, 'border')}; mix-blend-mode: multiply; opacity: 0.7; }`).join('\n')}
`;

/**
 * Overlay painter for browsers without CSS.highlights: absolutely positioned
 * boxes from Range.getClientRects(), in an open shadow root of one element
 * appended to <body> (never inside the host). Re-laid out, once per frame at
 * most, on scroll, resize and whenever the host changes size.
 */
export class OverlayPainter {
  constructor(doc, host) {
    this.doc = doc;
    this.host = host;
    this.byKind = new Map();
    installPalette(doc);
    this.layer = doc.createElement('quotelight-overlay');
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.setAttribute('data-quotelight-ignore', '');
    this.root = this.layer.attachShadow({ mode: 'open' });
    adopt(this.root, OVERLAY_CSS);
    this.boxes = doc.createElement('div');
    this.root.append(this.boxes);
    doc.body.append(this.layer);
    this.frame = 0;
    this.cleared = false;
    this.schedule = () => {
      if (this.frame || this.cleared) return;
      this.frame = doc.defaultView.requestAnimationFrame(() => { this.frame = 0; this.layout(); });
    };
    doc.defaultView.addEventListener('resize', this.schedule);
    doc.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    this.resizeObserver = new doc.defaultView.ResizeObserver(this.schedule);
    this.resizeObserver.observe(host);
    doc.fonts?.ready.then(this.schedule);
  }

  set(kind, ranges) {
    this.byKind.set(kind, ranges);
    this.schedule();
  }

  /** Rebuilds every box from the live ranges' current client rects. */
  layout() {
    if (this.cleared) return;
    if (!this.layer.isConnected) this.doc.body.append(this.layer); // The page replaced <body>'s content.
    const origin = this.layer.getBoundingClientRect();
    const frag = this.doc.createDocumentFragment();
    for (const kind of KINDS) {
      for (const range of this.byKind.get(kind) ?? []) {
        for (const rect of range.getClientRects()) {
          if (rect.width < 0.5 || rect.height < 0.5) continue;
          const box = this.doc.createElement('div');
          box.className = `box k-${kind}`;
          box.style.left = `${rect.left - origin.left}px`;
          box.style.top = `${rect.top - origin.top}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          frag.append(box);
        }
      }
    }
    this.boxes.replaceChildren(frag);
  }

  clear() {
    this.cleared = true;
    const view = this.doc.defaultView;
    if (this.frame) view.cancelAnimationFrame(this.frame);
    view.removeEventListener('resize', this.schedule);
    this.doc.removeEventListener('scroll', this.schedule, { capture: true });
    this.resizeObserver.disconnect();
    this.byKind.clear();
    this.layer.remove();
  }
}
