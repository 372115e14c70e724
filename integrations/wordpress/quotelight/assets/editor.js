// Quotelight in the block editor: highlights quotes, speakers and titles in
// the post being written, and lists them in a sidebar ("Quotelight" in the
// editor's toolbar). WordPress 6.1 renders the canvas in this document on
// Desktop and in iframe[name="editor-canvas"] on Tablet/Mobile (and in the
// site editor); highlight registries are per document, so the canvas is
// found again whenever it moves and the highlights follow it.
import { Annotator } from './quotelight/quotelight.js';

const { registerPlugin } = wp.plugins;
const { PluginSidebar, PluginSidebarMoreMenuItem } = wp.editPost;
const { createElement: h, Fragment, useEffect, useState } = wp.element;
const { PanelBody, Button } = wp.components;
const { __, _n, sprintf } = wp.i18n;

const NAME = 'quotelight';
const SIDEBAR = 'quotelight-sidebar';
const MAX_QUOTE_CHARS = 160;

/** The element holding the post's blocks, wherever the editor renders the canvas now. */
export function findCanvasRoot(doc = document) {
  const frame = doc.querySelector('iframe[name="editor-canvas"]');
  const canvas = frame ? frame.contentDocument : doc;
  if (!canvas) return null;
  return canvas.querySelector('.editor-styles-wrapper .is-root-container') ?? canvas.querySelector('.is-root-container');
}

/**
 * Keeps one Annotator on the current canvas root. Fires 'change' (detail:
 * the state below) after every analysis, error, or move of the canvas.
 */
class CanvasTracker extends EventTarget {
  constructor() {
    super();
    this.root = null;
    this.handle = null;
    this.state = { status: 'waiting', result: null, selected: null, error: null };
    this.checkSoon = this.checkSoon.bind(this);
    this.frame = 0;
  }

  start() {
    // The canvas moves on device-preview switches, template editing and
    // mode changes, all of which go through the data stores; the interval
    // catches an iframe whose document filled in later.
    wp.data.subscribe(this.checkSoon);
    setInterval(() => this.check(), 700);
    this.check();
  }

  checkSoon() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.check(); });
  }

  check() {
    const root = findCanvasRoot();
    if (root === this.root && (!root || root.isConnected)) return;
    this.attach(root);
  }

  attach(root) {
    try {
      this.handle?.clear();
    } catch {
      // The old canvas's document is gone with its iframe: nothing left to unpaint.
    }
    this.root = root;
    this.handle = null;
    if (!root) return this.set({ status: 'waiting', result: null, selected: null, error: null });
    const handle = new Annotator(root);
    this.handle = handle;
    handle.on('update', ({ result }) => {
      if (handle === this.handle) this.set({ status: 'ready', result, error: null });
    });
    handle.on('select', ({ speaker }) => {
      if (handle === this.handle) this.set({ selected: speaker ? speaker.index : handle.selectedName === null ? -1 : null });
    });
    handle.on('error', ({ error }) => {
      if (handle === this.handle) this.set({ status: 'error', error: error.message });
    });
    this.set({ status: 'reading', selected: null });
    handle.update().catch(() => { /* reported through 'error' */ });
  }

  select(index) {
    this.handle?.select(this.state.selected === index ? null : index);
  }

  /** Scrolls the canvas to quote `i` of the current result. */
  reveal(i) {
    const node = this.handle?.rangeOfQuote(i)?.startContainer;
    (node?.nodeType === 1 ? node : node?.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  set(patch) {
    this.state = { ...this.state, ...patch };
    this.dispatchEvent(new CustomEvent('change', { detail: this.state }));
  }
}

const tracker = new CanvasTracker();

const clip = (s) => (s.length > MAX_QUOTE_CHARS ? `${s.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : s);

/** Speakers with quotes (most quoted first), then the quotes nobody is credited with. */
function groups(result) {
  const all = result.people.map((person, index) => ({ person, index, quotes: [] }));
  const nobody = { person: null, index: -1, quotes: [] };
  result.quotes.forEach((quote, i) => (all[quote.speaker ?? -1] ?? nobody).quotes.push({ quote, i }));
  return all.filter((g) => g.quotes.length).sort((a, b) => b.quotes.length - a.quotes.length || a.index - b.index)
    .concat(nobody.quotes.length ? [nobody] : []);
}

function statusText({ status, result, error }) {
  if (status === 'error') return sprintf(__('Could not analyse the post: %s', 'quotelight'), error);
  if (status === 'waiting') return __('Waiting for the editor…', 'quotelight');
  if (!result) return __('Reading the post…', 'quotelight');
  const n = result.quotes.length;
  if (!n) return __('No quotes found yet.', 'quotelight');
  const speakers = result.people.filter((p) => p.quotes > 0).length;
  return sprintf(
    /* translators: 1: number of quotes, 2: number of speakers */
    __('%1$s from %2$s.', 'quotelight'),
    sprintf(_n('%d quote', '%d quotes', n, 'quotelight'), n),
    sprintf(_n('%d speaker', '%d speakers', speakers, 'quotelight'), speakers),
  );
}

function SpeakerGroup({ group, selected }) {
  const { person, index, quotes } = group;
  const positions = person ? [...new Map(person.positions.map((p) => [p.text.toLowerCase(), p.text])).values()] : [];
  return h('li', { className: 'quotelight-speaker' },
    h(Button, {
      className: 'quotelight-speaker__button',
      isPressed: selected === index,
      'aria-pressed': selected === index,
      onClick: () => tracker.select(index),
    },
    h('span', { className: 'quotelight-speaker__name' }, person ? person.name : __('No speaker found', 'quotelight')),
    h('span', { className: 'quotelight-speaker__count' }, sprintf(_n('%d quote', '%d quotes', quotes.length, 'quotelight'), quotes.length)),
    positions.length ? h('span', { className: 'quotelight-speaker__positions' }, positions.join(' · ')) : null),
    h('ol', { className: 'quotelight-quotes' }, quotes.map(({ quote, i }) => h('li', { key: i },
      h(Button, { className: `quotelight-quote quotelight-quote--${quote.kind}`, variant: 'link', onClick: () => tracker.reveal(i) },
        quote.kind === 'indirect' ? clip(quote.text) : `“${clip(quote.text)}”`)))));
}

function SidebarContent() {
  const [state, setState] = useState(tracker.state);
  useEffect(() => {
    const listener = (event) => setState(event.detail);
    tracker.addEventListener('change', listener);
    setState(tracker.state);
    return () => tracker.removeEventListener('change', listener);
  }, []);
  const list = state.result ? groups(state.result) : [];
  return h(PanelBody, { className: 'quotelight-sidebar' },
    h('p', { className: 'quotelight-status', role: 'status' }, statusText(state)),
    list.length ? h('ul', { className: 'quotelight-speakers' },
      list.map((g) => h(SpeakerGroup, { key: g.index, group: g, selected: state.selected }))) : null,
    h('p', { className: 'quotelight-legend' },
      h('span', { className: 'quotelight-swatch quotelight-swatch--quote' }), __('quote', 'quotelight'), ' ',
      h('span', { className: 'quotelight-swatch quotelight-swatch--speaker' }), __('speaker', 'quotelight'), ' ',
      h('span', { className: 'quotelight-swatch quotelight-swatch--position' }), __('title', 'quotelight'), ' ',
      h('span', { className: 'quotelight-swatch quotelight-swatch--indirect' }), __('reported speech', 'quotelight')));
}

const icon = h('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': true },
  h('path', { d: 'M6 7h5v5H8c0 2 1 3 3 3v2c-3 0-5-2-5-5V7zm8 0h5v5h-3c0 2 1 3 3 3v2c-3 0-5-2-5-5V7z' }));

registerPlugin(NAME, {
  icon,
  render: () => h(Fragment, null,
    h(PluginSidebarMoreMenuItem, { target: SIDEBAR, icon }, __('Quotelight', 'quotelight')),
    h(PluginSidebar, { name: SIDEBAR, title: __('Quotelight', 'quotelight'), icon }, h(SidebarContent))),
});

tracker.start();
