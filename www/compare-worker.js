// The Compare view's module worker: runs `compare` off the page's main
// thread, so five long articles never freeze typing or scrolling.
// Messages in: { id, articles, options } (or { id } alone, to load the engine);
// out: { id, json } (the comparison as a JSON string) or { id, error }.
// The engine is the build with compare (www/pkg-compare); the paste page's has none.
import init, { compare } from './pkg-compare/quotelight.js';

let ready = null;

self.addEventListener('message', async ({ data }) => {
  const { id, articles, options } = data ?? {};
  try {
    ready ??= init().catch((err) => {
      ready = null;
      throw new Error(`could not load the engine: ${err.message}`);
    });
    await ready;
    // As JSON: parsing one string on the page is cheaper than cloning the graph.
    const json = articles === undefined ? null : JSON.stringify(compare(articles, options));
    self.postMessage({ id, json });
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
  }
});
