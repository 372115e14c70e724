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
    this.workerUrl = workerUrl;
    this.wasmUrl = wasmUrl;
    this.pending = new Map();
    this.next = 1;
    this.spawn();
  }

  spawn() {
    this.worker = new Worker(this.workerUrl, { type: 'module', name: 'quotelight' });
    this.worker.addEventListener('message', ({ data }) => {
      const job = this.pending.get(data?.id);
      if (!job) return;
      this.pending.delete(data.id);
      if (data.error !== undefined) job.reject(new Error(data.error));
      else job.resolve(data.view ? { view: data.view, bytes: data.bytes } : JSON.parse(data.json));
    });
    // A worker that fails to load (or crashes) fails every job it holds.
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(new Error(`quotelight: the worker failed (${event.message || 'could not load it'})`));
    });
  }

  /** Posts a job; `signal` aborting it rejects with an AbortError and stops the work. */
  run(text, options, { signal, view = false } = {}) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(abortError()); return; }
      const id = this.next++;
      const message = { id, text, options, wasmUrl: this.wasmUrl, view };
      this.pending.set(id, { resolve, reject, message });
      this.worker.postMessage(message);
      signal?.addEventListener('abort', () => this.cancel(id), { once: true });
    });
  }

  /**
   * Drops job `id`. A worker cannot be interrupted mid-analysis, and a stale
   * megabyte would hold up every job behind it, so the worker is replaced and
   * the jobs it still held go to the new one.
   */
  cancel(id) {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    job.reject(abortError());
    this.worker.terminate();
    this.spawn();
    for (const other of this.pending.values()) this.worker.postMessage(other.message);
  }

  fail(err) {
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
    this.worker.terminate();
    for (const [key, client] of workers) if (client === this) workers.delete(key);
  }
}

const abortError = () => new DOMException('quotelight: the analysis was cancelled', 'AbortError');

/** The shared worker client for these URLs (made on first use). */
function clientFor(workerUrl, wasmUrl) {
  const wasm = new URL(wasmUrl ?? DEFAULT_WASM_URL, document.baseURI).href;
  const script = new URL(workerUrl ?? DEFAULT_WORKER_URL, document.baseURI).href;
  const key = `${script} ${wasm}`;
  let client = workers.get(key);
  if (!client) workers.set(key, (client = new WorkerClient(script, wasm)));
  return client;
}

/**
 * For the paste page: annotates `text` in the worker and resolves to
 * `{ view, bytes }`: what the page draws (www/view.js), computed there, and
 * the result as JSON in UTF-8 bytes. Rejects with an AbortError when `signal`
 * aborts; the worker's work stops at once.
 */
export function viewInWorker(text, engineOptions, { wasmUrl, workerUrl, signal } = {}) {
  return clientFor(workerUrl, wasmUrl).run(text, engineOptions, { signal, view: true });
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
    try {
      return { result: await clientFor(workerUrl, wasm).run(text, engineOptions), where: 'worker' };
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
