// quotelight for Node (the "node" export condition): the .wasm is read from
// this package with fs, because Node's fetch cannot read file: URLs.
import { readFile } from 'node:fs/promises';
import { makeInit } from './engine.js';

export { annotate, annotateJson, compare, version } from './engine.js';

const PACKAGED = new URL('../www/pkg/quotelight_bg.wasm', import.meta.url);

/** File paths and file: URLs are read from disk; anything else goes to wasm-bindgen as is. */
async function toInput(source) {
  if (source === undefined || source === null) return readFile(PACKAGED);
  if (source instanceof URL && source.protocol === 'file:') return readFile(source);
  if (typeof source === 'string') {
    if (source.startsWith('file:')) return readFile(new URL(source));
    if (!/^(https?|data|blob):/i.test(source)) return readFile(source);
  }
  return source;
}

export const init = makeInit(toInput);
export default init;
