// quotelight for browsers and bundlers (the "default" export condition): the
// .wasm is fetched from next to this package's files, or from what you pass.
import { makeInit } from './engine.js';

export { annotate, annotateJson, compare, version } from './engine.js';

async function toInput(source) {
  // Written out here so bundlers that understand `new URL(…, import.meta.url)`
  // (webpack 5, Vite, Parcel) copy the .wasm and rewrite the URL.
  return source ?? new URL('../www/pkg/quotelight_bg.wasm', import.meta.url);
}

export const init = makeInit(toInput);
export default init;
