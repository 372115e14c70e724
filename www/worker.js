// quotelight's module worker: annotates texts off the page's main thread.
// Messages in: { id, text, options, wasmUrl }; out: { id, json } (the result) or
// { id, error }. The wasm is instantiated once, on the first message.
import init, { annotate } from './pkg/quotelight.js';

let ready = null;

self.addEventListener('message', async ({ data }) => {
  const { id, text, options, wasmUrl } = data ?? {};
  try {
    if (typeof text !== 'string') throw new TypeError('quotelight worker: `text` must be a string');
    ready ??= init({ module_or_path: wasmUrl ? new URL(wasmUrl, self.location.href) : undefined }).catch((err) => {
      ready = null;
      throw new Error(`could not load the engine: ${err.message}`);
    });
    await ready;
    // As JSON: parsing a string on the page is several times cheaper than
    // structured-cloning the same object graph (a 1 MB article's result has
    // ~100k objects), and it happens on the page's thread.
    self.postMessage({ id, json: JSON.stringify(annotate(text, options)) });
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
  }
});
