// quotelight/element: the embed (`<quote-light>`, annotateElement) for pages.
// Browser only. `init` is the engine's: after `await init(urlOrBytes)` the embed
// uses that instance instead of fetching the .wasm from its default place,
// which a bundle would have moved.
export * from '../www/quotelight.js';
export { init } from './browser.js';
