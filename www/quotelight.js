// quotelight embed: marks who said what in an element of any page, with the
// CSS Custom Highlight API (or an overlay where it is missing), without
// changing the element's markup. Text is analysed locally, in WebAssembly.
//
//   <script type="module" src="/quotelight/quotelight.js"></script>
//   <quote-light for="article"></quote-light>
//
// or, from a module: `const h = await annotateElement(el, options)`.
// See docs/embed.md.
import { QuoteLightElement } from './embed/element.js';

export { annotateElement, Annotator } from './embed/annotator.js';
export { loadWasm, WORKER_THRESHOLD } from './embed/engine.js';
export { KINDS, highlightName } from './embed/paint.js';
export { QuoteLightElement };

// Loading this file twice (two URLs, two bundles) must not throw.
if (typeof customElements !== 'undefined' && !customElements.get('quote-light')) {
  customElements.define('quote-light', QuoteLightElement);
}
