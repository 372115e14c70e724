// What the Node and browser entry points share: `init` around wasm-bindgen's
// loader, and `annotate` with a clear error when called before `init`.
// Only the default place of the .wasm differs, so each entry passes its loader.
import initWasm, * as wasm from '../www/pkg/quotelight.js';

let ready = null;
let loaded = false;

/**
 * Returns `init(source)`: loads the engine once (later calls share the first
 * promise; a failed load may be retried). `toInput(source)` turns the caller's
 * source — or `undefined` for the packaged .wasm — into what wasm-bindgen takes.
 */
export function makeInit(toInput) {
  return function init(source) {
    ready ??= (async () => {
      await initWasm({ module_or_path: await toInput(source) });
      loaded = true;
    })().catch((err) => {
      ready = null;
      throw new Error(`quotelight: could not load the engine: ${err?.message ?? err}`, { cause: err });
    });
    return ready;
  };
}

export function annotate(text, options) {
  if (!loaded) throw new Error('quotelight: call `await init()` before annotate()');
  return wasm.annotate(text, options);
}

/** annotate()'s result as JSON text, built without JS objects (for storing or sending it). */
export function annotateJson(text, options) {
  if (!loaded) throw new Error('quotelight: call `await init()` before annotateJson()');
  return wasm.annotateJson(text, options);
}

export function version() {
  if (!loaded) throw new Error('quotelight: call `await init()` before version()');
  return wasm.version();
}

/**
 * Compares versions of one story (docs/format.md). The wasm exports `compare`
 * from the engine version that has it; before that this says so instead of
 * failing with "not a function".
 */
export function compare(articles, options) {
  if (!loaded) throw new Error('quotelight: call `await init()` before compare()');
  if (typeof wasm.compare !== 'function') throw new Error('quotelight: this build of the engine has no compare()');
  return wasm.compare(articles, options);
}
