// The annotated article, cut into chunks (see view.js) that render their
// highlights only when they come near the viewport. A 2 MB article is then a
// few hundred plain text blocks, which `content-visibility: auto` keeps out of
// layout until seen, plus the highlights of the screenful being read: no
// step ever touches the whole text at once.
import { render, spansIn } from './render.js';

/** How far outside the viewport chunks are rendered ahead of scrolling. */
const AHEAD = '1500px 0px';
/** Rendering work per task before yielding to input and painting. */
const BUDGET_MS = 8;
/** Rough height of one character of article text, for the size of a chunk not yet laid out. */
const LINE_CHARS = 70;
const LINE_PX = 31;
/** Chunks appended at once when an article is shown (a few screens); the rest follow in batches. */
const FIRST_CHUNKS = 4;
const BATCH_CHUNKS = 1000;

export class ArticleView {
  /** `onChunk(element)` runs after a chunk gets its highlights (to apply the selection, say). */
  constructor(container, { onChunk = () => {} } = {}) {
    this.container = container;
    this.onChunk = onChunk;
    this.layer = null;
    this.elements = [];
    this.rendered = new Set();
    this.waiting = new Set();
    this.pumping = false;
    this.generation = 0;
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) this.queue(Number(e.target.dataset.chunk));
    }, { rootMargin: AHEAD });
  }

  /**
   * Shows `text` with the highlights `cols` (view.js columns) at `starts` /
   * `ends`, cut at `chunks`. A text of one chunk is rendered at once.
   */
  show(text, cols, starts, ends, chunks) {
    this.observer.disconnect();
    this.waiting.clear();
    this.rendered.clear();
    this.layer = { text, cols, starts, ends, chunks };
    this.elements = [];
    this.generation += 1;
    const count = chunks.at.length - 1;
    this.container.replaceChildren();
    this.container.classList.toggle('chunked', count > 1);
    if (count === 1) {
      this.build(1);
      this.renderChunk(0);
    } else {
      this.build(FIRST_CHUNKS);
      this.buildRest(this.generation);
    }
  }

  /** Appends chunk elements (plain text) up to chunk `count`. */
  build(count) {
    const { text, chunks } = this.layer;
    const total = chunks.at.length - 1;
    const frag = document.createDocumentFragment();
    for (let k = this.elements.length; k < Math.min(count, total); k++) {
      const el = document.createElement('div');
      el.className = 'chunk';
      el.dataset.chunk = String(k);
      const piece = text.slice(chunks.at[k], chunks.at[k + 1]);
      el.append(piece);
      if (total > 1) {
        el.style.containIntrinsicBlockSize = `auto ${Math.ceil(piece.length / LINE_CHARS) * LINE_PX}px`;
        this.observer.observe(el);
      }
      this.elements.push(el);
      frag.append(el);
    }
    this.container.append(frag);
  }

  /** Appends the remaining chunks a batch per task: a few hundred elements at once would be a long task. */
  async buildRest(generation) {
    const total = this.layer.chunks.at.length - 1;
    while (this.elements.length < total) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation) return;
      this.build(this.elements.length + BATCH_CHUNKS);
    }
  }

  /** Shows something other than an article (the empty state). */
  clear(...nodes) {
    this.generation += 1;
    this.observer.disconnect();
    this.waiting.clear();
    this.layer = null;
    this.elements = [];
    this.container.classList.remove('chunked');
    this.container.replaceChildren(...nodes);
  }

  /** The chunk holding span row `row`. */
  chunkOfSpan(row) {
    const first = this.layer.chunks.span;
    let lo = 0;
    let hi = first.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid] <= row) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Renders chunk `k` now, if it is not yet (for keyboard moves to a quote far away). */
  ensure(k) {
    if (!this.layer || this.rendered.has(k)) return;
    this.build(k + 1);
    this.renderChunk(k);
  }

  queue(k) {
    if (this.rendered.has(k)) return;
    this.waiting.add(k);
    if (!this.pumping) this.pump();
  }

  /** Renders queued chunks a few at a time, yielding between slices so input stays responsive. */
  async pump() {
    this.pumping = true;
    try {
      while (this.waiting.size) {
        const until = performance.now() + BUDGET_MS;
        while (this.waiting.size && performance.now() < until) {
          const [k] = this.waiting;
          this.waiting.delete(k);
          if (!this.rendered.has(k)) this.renderChunk(k);
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      this.pumping = false;
    }
  }

  renderChunk(k) {
    const { text, cols, starts, ends, chunks } = this.layer;
    const el = this.elements[k];
    const base = chunks.at[k];
    render(el, text.slice(base, chunks.at[k + 1]), spansIn(cols, starts, ends, chunks.span[k], chunks.span[k + 1], base));
    this.rendered.add(k);
    this.observer.unobserve(el);
    this.onChunk(el);
  }
}
