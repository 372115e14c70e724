// annotateElement(): reads an element's text, annotates it, and paints the
// result as highlights over the element's own text nodes — the element's DOM
// is never modified. Keeps itself current as the text changes.
import { readTextSliced, rangeFor, IGNORE_ATTR } from './textmap.js';
import { analyse, WORKER_THRESHOLD } from './engine.js';
import { HighlightPainter, OverlayPainter, canHighlight, KINDS } from './paint.js';

const OPTION_NAMES = new Set([
  'indirect', 'repair', 'offsets', 'worker', 'workerThreshold', 'wasmUrl', 'workerUrl',
  'debounce', 'observe', 'paint',
]);

const STALE = Symbol('stale');

/** Quote kinds to highlight names. */
const QUOTE_KIND = { direct: 'quote', unmarked: 'quote', partial: 'partial', indirect: 'indirect' };

function checkOptions(options) {
  if (options == null) return {};
  if (typeof options !== 'object') throw new TypeError('quotelight: options must be an object');
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.has(key)) {
      throw new TypeError(`quotelight: unknown option "${key}" (known: ${[...OPTION_NAMES].join(', ')})`);
    }
  }
  if (options.offsets !== undefined && options.offsets !== 'utf16') {
    throw new TypeError('quotelight: the embed works in UTF-16 offsets only (options.offsets must be "utf16")');
  }
  if (![undefined, 'auto', true, false].includes(options.worker)) {
    throw new TypeError('quotelight: options.worker must be "auto", true or false');
  }
  if (![undefined, 'auto', 'highlight', 'overlay'].includes(options.paint)) {
    throw new TypeError('quotelight: options.paint must be "auto", "highlight" or "overlay"');
  }
  return options;
}

/** Lets the browser render and handle input between slices of long work. */
function yieldToBrowser() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The handle annotateElement() returns. An EventTarget: 'update' (detail:
 * { result, text, where }), 'error' (detail: { error }), 'select' (detail:
 * { speaker, quotes }). `on(type, fn)` calls `fn(detail, event)` and returns
 * a function that unsubscribes.
 */
export class Annotator extends EventTarget {
  constructor(element, options = {}) {
    super();
    if (!element || element.nodeType !== 1) throw new TypeError('quotelight: annotateElement needs an Element');
    this.element = element;
    this.doc = element.ownerDocument;
    this.options = checkOptions(options);
    /** The last annotations (UTF-16 offsets into `text`), or null before the first. */
    this.result = null;
    /** The text the last result was computed from. */
    this.text = '';
    /** Where the last analysis ran: 'main' or 'worker'. */
    this.where = null;
    this.mode = null;
    this.painter = null;
    this.observer = null;
    this.timer = 0;
    this.generation = 0;
    this.latest = null;
    this.selectedName = undefined;
    this.quoteRanges = [];
    this.mutations = 0;
  }

  on(type, fn) {
    const listener = (event) => fn(event.detail, event);
    this.addEventListener(type, listener);
    return () => this.removeEventListener(type, listener);
  }

  /** Re-reads and re-annotates now (cancelling a pending debounced update). Resolves to the result. */
  update() {
    clearTimeout(this.timer);
    this.timer = 0;
    this.start();
    const generation = ++this.generation;
    const run = this.run(generation).then(
      // Superseded by a newer update (or a clear): answer with the newest.
      (result) => (result !== STALE ? result : this.latest && this.latest !== run ? this.latest : this.result),
      (error) => {
        if (generation === this.generation) this.emit('error', { error });
        throw error;
      },
    );
    this.latest = run;
    return run;
  }

  /** Removes every highlight and stops watching the element. `update()` starts again. */
  clear() {
    clearTimeout(this.timer);
    this.timer = 0;
    this.generation += 1; // Drops any analysis still in flight.
    this.latest = null;
    this.observer?.disconnect();
    this.observer = null;
    this.painter?.clear();
    this.painter = null;
    this.quoteRanges = [];
  }

  /**
   * Marks the quotes of one speaker (`quotelight-selected`): a person index
   * into `result.people`, -1 for the quotes nobody is credited with, or null
   * to deselect. Returns `{ speaker, quotes }` and fires 'select'.
   */
  select(index) {
    const people = this.result?.people ?? [];
    const valid = index === -1 || (Number.isInteger(index) && index >= 0 && index < people.length);
    const pick = valid ? index : null;
    this.selectedName = pick === null ? undefined : pick === -1 ? null : people[pick].name;
    const detail = this.paintSelection();
    this.emit('select', detail);
    return detail;
  }

  start() {
    if (!this.painter) {
      const want = this.options.paint ?? 'auto';
      this.mode = want === 'overlay' || (want === 'auto' && !canHighlight(this.doc)) ? 'overlay' : 'highlight';
      this.painter = this.mode === 'overlay' ? new OverlayPainter(this.doc, this.element) : new HighlightPainter(this.doc);
    }
    if (!this.observer && this.options.observe !== false) {
      this.observer = new this.doc.defaultView.MutationObserver((records) => {
        if (records.some((r) => !isOurs(r.target))) { this.mutations += 1; this.schedule(); }
      });
      this.observer.observe(this.element, {
        characterData: true, childList: true, subtree: true,
        attributes: true, attributeFilter: ['hidden', 'aria-hidden', IGNORE_ATTR],
      });
    }
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = 0; this.update().catch(() => {}); }, this.options.debounce ?? 250);
  }

  async run(generation) {
    // A long article is read in slices; if it changes meanwhile, read it again (a few times at most).
    let text;
    let pieces;
    for (let attempt = 0; attempt < 3; attempt++) {
      const seen = this.mutations;
      ({ text, pieces } = await readTextSliced(this.element, yieldToBrowser));
      if (generation !== this.generation) return STALE;
      if (this.mutations === seen) break;
    }
    const engineOptions = { offsets: 'utf16' };
    if (this.options.indirect !== undefined) engineOptions.indirect = this.options.indirect;
    if (this.options.repair !== undefined) engineOptions.repair = this.options.repair;
    const { result, where } = await analyse(text, engineOptions, {
      worker: this.options.worker ?? 'auto',
      threshold: this.options.workerThreshold ?? WORKER_THRESHOLD,
      wasmUrl: this.options.wasmUrl,
      workerUrl: this.options.workerUrl,
    });
    if (generation !== this.generation) return STALE;
    const groups = await this.ranges(result, pieces, () => generation !== this.generation);
    if (!groups || generation !== this.generation) return STALE;
    for (const kind of KINDS) if (kind !== 'selected') this.painter.set(kind, groups.get(kind));
    this.result = result;
    this.text = text;
    this.where = where;
    this.quoteRanges = groups.quotes;
    this.paintSelection();
    this.emit('update', { result, text, where });
    return result;
  }

  /** Builds the live Ranges for every kind, in time slices so big results don't freeze the page. */
  async ranges(result, pieces, stale) {
    const groups = new Map(KINDS.map((k) => [k, []]));
    const quotes = new Array(result.quotes.length).fill(null);
    const seen = { speaker: new Set(), cue: new Set(), position: new Set() };
    let budget = performance.now() + 8;
    const add = (kind, span) => {
      if (!span) return null;
      if (seen[kind]) {
        const key = `${span.start}:${span.end}`;
        if (seen[kind].has(key)) return null;
        seen[kind].add(key);
      }
      const range = rangeFor(this.doc, pieces, span.start, span.end);
      if (range) groups.get(kind).push(range);
      return range;
    };
    const tick = async (i) => {
      if ((i & 255) !== 0 || performance.now() < budget) return false;
      await yieldToBrowser();
      budget = performance.now() + 8;
      return stale();
    };
    for (let i = 0; i < result.quotes.length; i++) {
      if (await tick(i)) return null;
      const q = result.quotes[i];
      quotes[i] = add(QUOTE_KIND[q.kind] ?? 'quote', q);
      add('speaker', q.source);
      add('cue', q.cue);
    }
    for (let i = 0; i < result.people.length; i++) {
      if (await tick(i)) return null;
      const person = result.people[i];
      if (person.quotes > 0) for (const m of person.mentions) add('speaker', m);
      for (const p of person.positions) add('position', p);
    }
    groups.quotes = quotes;
    return groups;
  }

  /** Repaints `quotelight-selected` for the selected speaker (kept across updates by name). */
  paintSelection() {
    const result = this.result;
    let speaker = null;
    let index = null;
    if (result && this.selectedName !== undefined) {
      index = this.selectedName === null ? -1 : result.people.findIndex((p) => p.name === this.selectedName);
      if (index >= 0) speaker = { index, ...result.people[index] };
      if (index < 0 && this.selectedName !== null) { index = null; this.selectedName = undefined; }
    }
    const quotes = [];
    const ranges = [];
    if (index !== null && result) {
      result.quotes.forEach((q, i) => {
        if ((q.speaker ?? -1) !== index) return;
        quotes.push(q);
        if (this.quoteRanges[i]) ranges.push(this.quoteRanges[i]);
      });
    }
    this.painter?.set('selected', ranges);
    return { speaker, quotes };
  }

  /** The live Range painted for `result.quotes[i]` (null if it covers no text). */
  rangeOfQuote(i) {
    return this.quoteRanges[i] ?? null;
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** Mutations inside our own overlay layer (when the host is <body>) are not content changes. */
function isOurs(node) {
  const el = node.nodeType === 1 ? node : node.parentElement;
  return Boolean(el?.closest('quotelight-overlay'));
}

/**
 * Annotates `element` and keeps it annotated. Resolves, after the first
 * paint, to an Annotator handle (`update()`, `clear()`, `result`, `on()`).
 */
export async function annotateElement(element, options = {}) {
  const handle = new Annotator(element, options);
  await handle.update();
  return handle;
}
