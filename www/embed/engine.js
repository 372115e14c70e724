// Runs the analysis: in this thread for ordinary articles, in a module Worker
// for big ones (or when asked), so a megabyte of text never freezes the page.
// The wasm is fetched and instantiated at most once per module instance and
// per worker; results are the same JSON either way.
import init, { annotate as annotateHere } from '../pkg/quotelight.js';

/** Texts longer than this (UTF-16 units) go to the worker in 'auto' mode. */
export const WORKER_THRESHOLD = 200_000;

const DEFAULT_WASM_URL = new URL('../pkg/quotelight_bg.wasm', import.meta.url).href;
const DEFAULT_WORKER_URL = new URL('../worker.js', import.meta.url).href;

let ready = null;

/** Instantiates the wasm in this thread, once; later calls share the promise. */
export function loadWasm(wasmUrl = DEFAULT_WASM_URL) {
  ready ??= init({ module_or_path: new URL(wasmUrl, document.baseURI) }).catch((err) => {
    ready = null; // Let a later call retry (e.g. after a network blip).
    throw new Error(`quotelight: could not load the engine from ${wasmUrl}: ${err.message}`);
  });
  return ready;
}

/** One worker per (worker URL, wasm URL), shared by every annotated element. */
const workers = new Map();

class WorkerClient {
  constructor(workerUrl, wasmUrl) {
    this.wasmUrl = wasmUrl;
    this.pending = new Map();
    this.next = 1;
    this.worker = new Worker(workerUrl, { type: 'module', name: 'quotelight' });
    this.worker.addEventListener('message', ({ data }) => {
      const job = this.pending.get(data?.id);
      if (!job) return;
      this.pending.delete(data.id);
      if (data.error !== undefined) job.reject(new Error(data.error));
      else job.resolve(JSON.parse(data.json));
    });
    // A worker that fails to load (or crashes) fails every job it holds.
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(new Error(`quotelight: the worker failed (${event.message || 'could not load it'})`));
    });
  }

  run(text, options) {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options, wasmUrl: this.wasmUrl });
    });
  }

  fail(err) {
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
    this.worker.terminate();
    for (const [key, client] of workers) if (client === this) workers.delete(key);
  }
}

/**
 * Annotates `text`. `mode` is 'auto' (worker above WORKER_THRESHOLD), true
 * (always the worker) or false (always this thread). Resolves to
 * `{ result, where: 'main' | 'worker' }`.
 */
export async function analyse(text, engineOptions, { worker = 'auto', threshold = WORKER_THRESHOLD, wasmUrl, workerUrl } = {}) {
  const wasm = new URL(wasmUrl ?? DEFAULT_WASM_URL, document.baseURI).href;
  const useWorker = worker === true || (worker === 'auto' && text.length > threshold && typeof Worker === 'function');
  if (useWorker) {
    const script = new URL(workerUrl ?? DEFAULT_WORKER_URL, document.baseURI).href;
    const key = `${script} ${wasm}`;
    let client = workers.get(key);
    if (!client) workers.set(key, (client = new WorkerClient(script, wasm)));
    try {
      return { result: await client.run(text, engineOptions), where: 'worker' };
    } catch (err) {
      // In 'auto' mode a worker that cannot start (a CSP without worker-src, say) is not fatal:
      // the text is analysed here instead. Engine errors (bad options) would fail here too.
      if (worker === true || !/the worker failed/.test(err.message)) throw err;
      console.warn(`${err.message}; analysing on the main thread instead`);
    }
  }
  await loadWasm(wasm);
  return { result: annotateHere(text, engineOptions), where: 'main' };
}
