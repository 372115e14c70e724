//! The JavaScript boundary, and nothing else: JS values in, [`crate::annotate`]
//! in the middle, plain JSON-shaped objects out.
//!
//! Strings: wasm-bindgen hands us a `&str` made by `TextEncoder`, which turns
//! a lone (unpaired) UTF-16 surrogate into U+FFFD. Both are one UTF-16 code
//! unit, so UTF-16 offsets — the default — still index the caller's own JS
//! string exactly; only a `text` field that covers the lone surrogate shows
//! U+FFFD in its place.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

/// Above this many UTF-8 bytes we warn: annotating blocks the calling thread.
const LARGE_TEXT_BYTES: usize = 2 * 1024 * 1024;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Unit of every `start`/`end` in a result. */
export type OffsetUnit = "utf16" | "utf8" | "chars";

/** Options for `annotate`; every field is optional. Unknown fields are an error. */
export interface Options {
  /** Offset unit of the result (default "utf16": index JS strings directly). */
  offsets?: OffsetUnit;
  /** Report indirect ("X said that …") speech too (default true). */
  indirect?: boolean;
  /** Repair mis-decoded quotation marks before reading (default true). */
  repair?: boolean;
}

/** A range of the input; `text` equals the input sliced at `start..end`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuoteKind = "direct" | "partial" | "unmarked" | "indirect";

export interface Quote extends Span {
  kind: QuoteKind;
  /** Index into `Annotations.people`, or null when nobody is credited. */
  speaker: number | null;
  /** The mention that attributes the quote ("he", "the mayor"). */
  source: Span | null;
  /** The reporting verb or phrase ("said", "told reporters"). */
  cue: Span | null;
  /** Inside another quote's marks. */
  nested: boolean;
  /** How sure the engine is of the speaker, 0–1. */
  confidence: number;
}

export type PersonKind = "person" | "org" | "group" | "unnamed";

export interface Person {
  name: string;
  kind: PersonKind;
  mentions: Span[];
  /** Titles and roles ("Mayor", "a spokeswoman for the council"). */
  positions: Span[];
  /** How many quotes name this person as speaker. */
  quotes: number;
}

export interface Notice {
  /** "repaired" (mis-decoded marks fixed) or "chrome" (site furniture skipped). */
  kind: "repaired" | "chrome";
  message: string;
  span: Span | null;
}

export interface Annotations {
  /** Format version of this result. */
  version: number;
  offsets: OffsetUnit;
  quotes: Quote[];
  people: Person[];
  /** The repaired reading the analysis ran on, when it differs from the input. */
  repaired: string | null;
  notices: Notice[];
}
"#;

/// Runs once when the module is instantiated: panics then reach the console
/// with a message instead of an opaque `unreachable` trap.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Finds every quote in `text`, its speaker, and the speaker's positions.
///
/// `options` may be omitted, `undefined` or `null` for the defaults. An
/// unknown or ill-typed option throws an `Error` saying which.
#[wasm_bindgen(unchecked_return_type = "Annotations")]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    if text.len() > LARGE_TEXT_BYTES {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "quotelight: annotating {:.1} MB of text blocks this thread; consider running it in a Worker.",
            text.len() as f64 / 1e6
        )));
    }
    let result = crate::annotate(text, &options);
    result
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("quotelight: could not build the result: {e}")))
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// `undefined`/`null` → defaults; otherwise a plain object of known fields.
fn parse_options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let bad = |detail: String| JsError::new(&format!("quotelight: bad options: {detail}"));
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(bad("expected an object such as { offsets: \"utf16\" }".into()));
    }
    // serde-wasm-bindgen reads only the fields it knows, so `deny_unknown_fields`
    // never fires for JS objects: check the keys here against serde's own names.
    let known = known_option_fields();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.iter().any(|k| *k == key) {
            let expected: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            return Err(bad(format!("unknown field `{key}`, expected one of {}", expected.join(", "))));
        }
    }
    // The error wraps a JS `Error`, whose text starts "Error: ".
    serde_wasm_bindgen::from_value(value).map_err(|e| bad(e.to_string().trim_start_matches("Error: ").to_owned()))
}

/// The option names exactly as serde spells them (camelCase), so a new option
/// needs no change here.
fn known_option_fields() -> Vec<String> {
    match serde_json::to_value(Options::default()) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}
