// <quote-light for="article-id">: annotates the element with that id and
// shows a small panel of speakers and their quotes. Clicking a speaker marks
// their quotes in the article and fires `quotelight:select`.
import { Annotator } from './annotator.js';
import { LEGEND, SWATCH_CSS, adopt } from './paint.js';
import { installPalette } from './palette.js';

const PANEL_CSS = `
:host { display: block; font: var(--quotelight-font, 14px/1.4 system-ui, sans-serif);
  color: var(--quotelight-panel-fg, CanvasText); }
:host([hidden]) { display: none; }
[part~="panel"] { background: var(--quotelight-panel-bg, Canvas);
  border: 1px solid var(--quotelight-panel-border, color-mix(in srgb, CanvasText 20%, transparent));
  border-radius: var(--quotelight-panel-radius, 8px); padding: 0.75em 1em; }
[part~="title"] { font-size: 1em; margin: 0 0 0.25em; }
[part~="status"] { margin: 0 0 0.5em; font-size: 0.9em; opacity: 0.75; }
[part~="speakers"], [part~="quotes"] { list-style: none; margin: 0; padding: 0; }
[part~="speaker"] { margin: 0.25em 0; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0.3em 0.4em; margin: 0;
  text-align: start; width: 100%; border-radius: 4px; cursor: pointer; }
button:hover { background: color-mix(in srgb, var(--quotelight-accent, #d9480f) 10%, transparent); }
button:focus-visible { outline: 2px solid var(--quotelight-accent, #d9480f); outline-offset: 1px; }
[part~="speaker-button"][aria-pressed="true"] {
  background: color-mix(in srgb, var(--quotelight-accent, #d9480f) 18%, transparent); }
[part~="name"] { font-weight: 600; }
[part~="count"] { float: inline-end; font-size: 0.85em; opacity: 0.75; }
[part~="positions"] { display: block; font-size: 0.85em; opacity: 0.8; }
[part~="quotes"] { margin-inline-start: 0.75em; border-inline-start: 2px solid
  color-mix(in srgb, var(--quotelight-accent, #d9480f) 35%, transparent); }
[part~="quote-button"] { font-size: 0.9em; }
[part~="kind"] { font-size: 0.8em; opacity: 0.7; margin-inline-start: 0.3em; }
[part~="legend"] { list-style: none; margin: 0 0 0.6em; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 0.6em;
  font-size: 0.85em; }
[part~="legend"][hidden] { display: none; }
[part~="swatch"] { padding: 0 0.2em; border-radius: 2px; text-underline-offset: 0.2em; }
${SWATCH_CSS}
`;

const MAX_QUOTE_CHARS = 140;

const clip = (s) => (s.length > MAX_QUOTE_CHARS ? `${s.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : s);

/** Builds an element with `part` and text (never HTML: all text here comes from the host page). */
function el(doc, tag, part, text) {
  const node = doc.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class QuoteLightElement extends HTMLElement {
  static observedAttributes = ['for', 'wasm-url', 'worker-url', 'worker', 'indirect', 'legend'];

  constructor() {
    super();
    this.handle = null;
    this.target = null;
    this.connecting = 0;
    this.queued = false;
    const root = this.attachShadow({ mode: 'open' });
    adopt(root, PANEL_CSS);
    const doc = this.ownerDocument;
    installPalette(doc); // the legend's swatches use the palette's custom properties
    this.ui = {
      panel: el(doc, 'section', 'panel'),
      title: el(doc, 'h2', 'title', 'Who said what'),
      status: el(doc, 'p', 'status', 'Loading…'),
      legend: el(doc, 'ul', 'legend'),
      list: el(doc, 'ul', 'speakers'),
    };
    // The same swatches as the highlights (one palette: palette.js), shown with the `legend` attribute.
    this.ui.legend.setAttribute('aria-label', 'Highlight colours');
    this.ui.legend.hidden = true;
    for (const [kind, label] of LEGEND) {
      const swatch = el(doc, 'span', 'swatch', label);
      swatch.dataset.kind = kind;
      const item = el(doc, 'li', 'legend-item');
      item.append(swatch);
      this.ui.legend.append(item);
    }
    this.ui.status.setAttribute('role', 'status');
    this.ui.panel.setAttribute('aria-label', 'Speakers and their quotes');
    this.ui.panel.append(this.ui.title, this.ui.legend, this.ui.status, this.ui.list);
    root.append(this.ui.panel);
    this.ui.list.addEventListener('click', (event) => this.onClick(event));
  }

  /** The last annotations, or null. */
  get result() { return this.handle?.result ?? null; }

  connectedCallback() { this.reconnect(); }

  disconnectedCallback() {
    this.connecting += 1;
    this.handle?.clear();
    this.handle = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'legend') { this.ui.legend.hidden = newValue === null || newValue === 'false'; return; }
    if (oldValue !== newValue && this.isConnected) this.reconnect();
  }

  /** Coalesces the attribute and connection callbacks of one task (e.g. an upgrade) into one connect(). */
  reconnect() {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected) this.connect();
    });
  }

  /** Marks one speaker's quotes (index into result.people, -1 unattributed, null none). */
  select(index) {
    if (!this.handle?.result) return null;
    const detail = this.handle.select(index);
    this.syncPressed();
    this.dispatchEvent(new CustomEvent('quotelight:select', { detail, bubbles: true, composed: true }));
    return detail;
  }

  async connect() {
    const attempt = ++this.connecting;
    this.handle?.clear();
    this.handle = null;
    const id = this.getAttribute('for');
    if (!id) return this.status('Set the for attribute to the id of the article element.');
    if (this.ownerDocument.readyState === 'loading') {
      await new Promise((resolve) => this.ownerDocument.addEventListener('DOMContentLoaded', resolve, { once: true }));
      if (attempt !== this.connecting) return;
    }
    const root = this.getRootNode();
    const target = root.getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    if (!target) return this.status(`No element with id “${id}” to annotate.`);
    const options = {};
    const wasmUrl = this.getAttribute('wasm-url');
    if (wasmUrl) options.wasmUrl = new URL(wasmUrl, this.baseURI).href;
    const workerUrl = this.getAttribute('worker-url');
    if (workerUrl) options.workerUrl = new URL(workerUrl, this.baseURI).href;
    const worker = this.getAttribute('worker');
    if (worker === 'on' || worker === 'true') options.worker = true;
    else if (worker === 'off' || worker === 'false') options.worker = false;
    if (this.getAttribute('indirect') === 'false') options.indirect = false;

    const handle = new Annotator(target, options);
    this.handle = handle;
    this.target = target;
    handle.on('update', (detail) => {
      this.render(detail.result);
      this.dispatchEvent(new CustomEvent('quotelight:update', { detail, bubbles: true, composed: true }));
    });
    handle.on('error', ({ error }) => {
      this.status(error.message);
      this.dispatchEvent(new CustomEvent('quotelight:error', { detail: { error }, bubbles: true, composed: true }));
    });
    this.status('Reading the article…');
    try {
      await handle.update();
    } catch {
      /* reported by the 'error' listener */
    }
  }

  status(text) {
    this.ui.status.textContent = text;
  }

  /** Lists speakers (most quoted first), then the quotes nobody is credited with. */
  render(result) {
    const doc = this.ownerDocument;
    const groups = result.people
      .map((person, index) => ({ person, index, quotes: [] }))
      .concat([{ person: null, index: -1, quotes: [] }]);
    result.quotes.forEach((q, i) => groups.at(q.speaker ?? -1).quotes.push({ q, i }));
    const shown = groups.filter((g) => g.quotes.length > 0).sort((a, b) =>
      (a.index === -1) - (b.index === -1) || b.quotes.length - a.quotes.length || a.index - b.index);

    const n = result.quotes.length;
    const speakers = shown.filter((g) => g.index !== -1).length;
    this.status(n === 0 ? 'No quotes found.'
      : `${n} quote${n === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'}.`);

    const items = shown.map(({ person, index, quotes }) => {
      const li = el(doc, 'li', 'speaker');
      const button = el(doc, 'button', 'speaker-button');
      button.type = 'button';
      button.dataset.speaker = String(index);
      button.append(
        el(doc, 'span', 'name', person ? person.name : 'No speaker found'),
        el(doc, 'span', 'count', `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`),
      );
      const positions = person ? [...new Map(person.positions.map((p) => [p.text.toLowerCase(), p.text])).values()] : [];
      if (positions.length) button.append(el(doc, 'span', 'positions', positions.join(' · ')));
      const list = el(doc, 'ol', 'quotes');
      for (const { q, i } of quotes) {
        const item = el(doc, 'li', 'quote');
        const qb = el(doc, 'button', 'quote-button', q.kind === 'indirect' ? clip(q.text) : `“${clip(q.text)}”`);
        qb.type = 'button';
        qb.dataset.quote = String(i);
        qb.dataset.speaker = String(index);
        if (q.kind !== 'direct') qb.append(el(doc, 'span', 'kind', `(${q.kind})`));
        item.append(qb);
        list.append(item);
      }
      li.append(button, list);
      return li;
    });
    this.ui.list.replaceChildren(...items);
    this.syncPressed();
  }

  syncPressed() {
    const sel = this.handle?.selectedName;
    const people = this.handle?.result?.people ?? [];
    for (const b of this.ui.list.querySelectorAll('[part~="speaker-button"]')) {
      const i = Number(b.dataset.speaker);
      const on = sel !== undefined && (i === -1 ? sel === null : people[i]?.name === sel);
      b.setAttribute('aria-pressed', String(on));
    }
  }

  onClick(event) {
    const button = event.target.closest('button');
    if (!button) return;
    const index = Number(button.dataset.speaker);
    if (button.dataset.quote !== undefined) {
      // A quote: select its speaker and bring the quote into view.
      const speaker = button.closest('[part~="speaker"]')?.querySelector('[part~="speaker-button"]');
      if (speaker?.getAttribute('aria-pressed') !== 'true') this.select(index);
      const range = this.handle?.rangeOfQuote(Number(button.dataset.quote));
      const node = range?.startContainer;
      (node?.nodeType === 1 ? node : node?.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    const pressed = button.getAttribute('aria-pressed') === 'true';
    this.select(pressed ? null : index);
  }
}
