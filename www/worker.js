// quotelight's module worker, shared by the embed and the paste page:
// annotates texts off the page's main thread. Messages in: { id, text,
// options, wasmUrl, view }; out: { id, json } (the result as JSON) or
// { id, error }. With `view: true` (the paste page) it sends instead
// { id, view, bytes }: what the page draws, computed here (see view.js), and
// the JSON as UTF-8 bytes for the download — all transferred, not copied, so
// the page's thread spends no time receiving them. The wasm is instantiated
// once, on the first message.
import init, { annotateJson } from './pkg/quotelight.js';

let ready = null;

self.addEventListener('message', async ({ data }) => {
  const { id, text, options, wasmUrl, view } = data ?? {};
  try {
    if (typeof text !== 'string') throw new TypeError('quotelight worker: `text` must be a string');
    ready ??= init({ module_or_path: wasmUrl ? new URL(wasmUrl, self.location.href) : undefined }).catch((err) => {
      ready = null;
      throw new Error(`could not load the engine: ${err.message}`);
    });
    await ready;
    // As JSON, straight from the engine: parsing a string on the page is
    // several times cheaper than structured-cloning the same object graph (a
    // 1 MB article's result has ~100k objects), and the worker builds no
    // objects it would only stringify.
    const json = annotateJson(text, options);
    if (!view) return self.postMessage({ id, json });
    const { viewOf, buffersOf } = await import('./view.js');
    const drawn = viewOf(JSON.parse(json), text);
    const bytes = new TextEncoder().encode(json);
    self.postMessage({ id, view: drawn, bytes }, [...buffersOf(drawn), bytes.buffer]);
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
  }
});
