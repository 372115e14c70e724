// Types of `quotelight/element`: the embed (docs/embed.md).
import type { Annotations } from '../www/pkg/quotelight.js';

export { init } from './index.js';
export type { WasmSource } from './index.js';
export type { Annotations } from '../www/pkg/quotelight.js';

export interface AnnotateElementOptions {
  /** Passed to the engine (default true). */
  indirect?: boolean;
  repair?: boolean;
  /** The embed always works in UTF-16 offsets. */
  offsets?: 'utf16';
  /** true: always in a Worker; false: never; 'auto' (default): above `workerThreshold`. */
  worker?: boolean | 'auto';
  /** UTF-16 units (default 200000). */
  workerThreshold?: number;
  /** Where the .wasm and worker.js are (default: next to the embed's own files). */
  wasmUrl?: string | URL;
  workerUrl?: string | URL;
  /** Milliseconds of quiet after an edit before re-annotating (default 250). */
  debounce?: number;
  /** Re-annotate when the element's text changes (default true). */
  observe?: boolean;
  paint?: 'auto' | 'highlight' | 'overlay';
}

export interface UpdateDetail { result: Annotations; text: string; where: 'main' | 'worker' }
export interface SelectDetail { speaker: (Annotations['people'][number] & { index: number }) | null; quotes: Annotations['quotes'] }
export interface ErrorDetail { error: Error }
export interface AnnotatorEvents { update: UpdateDetail; select: SelectDetail; error: ErrorDetail }

/** Keeps one element annotated; see docs/embed.md. */
export class Annotator extends EventTarget {
  constructor(element: Element, options?: AnnotateElementOptions);
  readonly result: Annotations | null;
  /** The text that was analysed: offsets in `result` index it. */
  readonly text: string;
  /** Where the last analysis ran and how it is painted (null before the first). */
  readonly where: 'main' | 'worker' | null;
  readonly mode: 'highlight' | 'overlay' | null;
  on<K extends keyof AnnotatorEvents>(type: K, fn: (detail: AnnotatorEvents[K], event: CustomEvent<AnnotatorEvents[K]>) => void): () => void;
  /** Re-reads and re-annotates now; resolves to the result. */
  update(): Promise<Annotations | null>;
  /** Marks people[index]'s quotes (-1: unattributed quotes, null: none). */
  select(index: number | null): SelectDetail;
  /** Removes every highlight and stops watching. */
  clear(): void;
  /** The live Range of result.quotes[i]. */
  rangeOfQuote(i: number): Range | null;
}

/** Annotates `element` and keeps it annotated; resolves after the first paint. */
export function annotateElement(element: Element, options?: AnnotateElementOptions): Promise<Annotator>;

/** `<quote-light for="id">`: annotates the element with that id and shows a speaker panel. */
export class QuoteLightElement extends HTMLElement {
  readonly result: Annotations | null;
  readonly handle: Annotator | null;
  select(index: number | null): SelectDetail | null;
}

/** Loads the engine on this thread from `wasmUrl`, once. */
export function loadWasm(wasmUrl?: string | URL): Promise<unknown>;
/** Texts longer than this (UTF-16 units) go to the worker in 'auto' mode. */
export const WORKER_THRESHOLD: number;
/** The highlight kinds, and their names in `CSS.highlights`. */
export const KINDS: readonly string[];
export function highlightName(kind: string): string;

declare global {
  interface HTMLElementTagNameMap { 'quote-light': QuoteLightElement }
}
