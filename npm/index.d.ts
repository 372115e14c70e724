// Types of `quotelight` (both the Node and the browser entry).
import type { Annotations, Options } from '../www/pkg/quotelight.js';

export type {
  Annotations, Options, OffsetUnit, Span, Quote, QuoteKind, Person, PersonKind, Notice,
} from '../www/pkg/quotelight.js';

/**
 * Where to load the engine from. Omit it to use the .wasm shipped in this
 * package (read from disk in Node, fetched next to the module in browsers).
 * A URL or string is fetched (in Node, a file path or file: URL is read);
 * bytes and compiled modules are used as they are (e.g. under a strict CSP,
 * or when a bundler gives you the file's URL or bytes).
 */
export type WasmSource =
  | URL | string | Request | Response | Promise<Response>
  | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** Loads the engine, once; later calls return the first call's promise. */
export function init(source?: WasmSource): Promise<void>;
export default init;

/**
 * Annotates one article: quotes, their speakers and the speakers' positions.
 * Offsets are UTF-16 by default (`text.slice(q.start, q.end) === q.text`).
 * Throws before `init()` has resolved, and for an unknown or ill-typed option.
 */
export function annotate(text: string, options?: Options | null): Annotations;

/**
 * `annotate`'s result as JSON text (`JSON.parse` gives the same
 * `Annotations`), built without JavaScript objects: the cheaper call when
 * the result is stored or sent on, as from a worker.
 */
export function annotateJson(text: string, options?: Options | null): string;

// compare's types come from the engine's own declarations, so they need no
// copy here; they are `never` for an engine built without compare.
type Glue = typeof import('../www/pkg/quotelight.js');
type GlueCompare = Glue extends { compare: infer F } ? F : never;
export type Comparison = GlueCompare extends (...args: any[]) => infer R ? R : never;
export type CompareArticle = GlueCompare extends (articles: (infer A)[], ...rest: any[]) => any ? A : never;

/**
 * Compares 2–12 versions of one story: each annotated, plus the quotes they
 * share, grouped, with word diffs. Throws before `init()`, for too few or too
 * many articles, and for a bad article or option.
 */
export const compare: GlueCompare;

/** The engine's version, e.g. "0.1.0". */
export function version(): string;
