//! The JavaScript boundary, and nothing else: JS values in, [`crate::annotate`]
//! in the middle, plain JSON-shaped objects out.
//!
//! Strings: wasm-bindgen hands us a `&str` made by `TextEncoder`, which turns
//! a lone (unpaired) UTF-16 surrogate into U+FFFD. Both are one UTF-16 code
//! unit, so UTF-16 offsets — the default — still index the caller's own JS
//! string exactly. `annotate` slices its `text` fields from that string, so
//! they keep a lone surrogate; names, `repaired`, and the JSON of
//! `annotateJson` and of the other offset units show U+FFFD in its place.

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
  /** For a group: indices into `people` of the members the text names. */
  members?: number[];
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
///
/// The result crosses the boundary as numbers (`crate::packed`) that
/// `src/wasm_result.js` turns into objects, slicing every span's text from
/// `text` itself. In Chromium that took a 5 KB article from 0.34 to 0.24 ms
/// (`npm run bench`): writing, decoding and parsing JSON was near a third
/// of the call. (With UTF-8 or char offsets, which do not index a JS
/// string, the JSON is parsed instead: it was a fifth cheaper than
/// building the objects a property at a time from Rust with
/// serde-wasm-bindgen.)
#[wasm_bindgen(unchecked_return_type = "Annotations")]
pub fn annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let Some(rust_text) = text.as_string() else {
        return Err(JsError::new("quotelight: the text to annotate must be a string"));
    };
    let options = parse_options(options)?;
    if options.offsets != crate::OffsetUnit::Utf16 {
        let json = to_json(&rust_text, &options);
        return js_sys::JSON::parse(&json).map_err(|_| JsError::new("quotelight: could not build the result"));
    }
    warn_if_large(&rust_text);
    let result = crate::annotate(&rust_text, &options);
    let packed = crate::packed::pack(&result);
    let notices = crate::json::to_string(&result.notices, 2);
    Ok(build_result(&text, &packed.numbers, &packed.confidences, &packed.names, crate::output::FORMAT_VERSION, result.repaired, &notices))
}

#[wasm_bindgen(module = "/src/wasm_result.js")]
extern "C" {
    /// Builds `annotate`'s objects from [`crate::packed::Packed`].
    #[wasm_bindgen(js_name = buildResult)]
    fn build_result(
        text: &JsValue,
        numbers: &[u32],
        confidences: &[f64],
        names: &str,
        version: u32,
        repaired: Option<String>,
        notices: &str,
    ) -> JsValue;
}

/// [`annotate`]'s result as JSON text, for callers that send or store it
/// (the page's worker posts it to the page): no objects are built.
#[wasm_bindgen(js_name = annotateJson)]
pub fn annotate_json(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<String, JsError> {
    let options = parse_options(options)?;
    Ok(to_json(text, &options))
}

/// The result of `text` as JSON text.
fn to_json(text: &str, options: &Options) -> String {
    warn_if_large(text);
    // A result's JSON is about twice its text (spans repeat their text):
    // reserved at once, it is not copied as it grows.
    crate::json::to_string(&crate::annotate(text, options), 2 * text.len() + 1024)
}

/// Warns on the console that a large text blocks the calling thread.
fn warn_if_large(text: &str) {
    if text.len() > LARGE_TEXT_BYTES {
        // Tenths of a MB by integer arithmetic: `{:.1}` of a float would
        // bring float formatting into the wasm for this one message.
        let tenths = (text.len() + 50_000) / 100_000;
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "quotelight: annotating {}.{} MB of text blocks this thread; consider running it in a Worker.",
            tenths / 10,
            tenths % 10
        )));
    }
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// `undefined`/`null` → defaults; otherwise a plain object of known fields.
///
/// Read field by field with js-sys, as `compare`'s articles are: serde-wasm-bindgen's
/// deserializer, for three fields, was 11.8 KB of the wasm's gzip (its generic
/// machinery and, through serde's error messages, the float formatter).
fn parse_options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let bad = |detail: String| JsError::new(&format!("quotelight: bad options: {detail}"));
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(bad("expected an object such as { offsets: \"utf16\" }".into()));
    }
    let mut options = Options::default();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let field = js_sys::Reflect::get(&value, &key).unwrap_or(JsValue::UNDEFINED);
        // An `undefined` field is an absent one, as for serde.
        if field.is_undefined() {
            continue;
        }
        match key.as_string().unwrap_or_default().as_str() {
            "offsets" => options.offsets = offset_unit(&field).map_err(bad)?,
            "indirect" => options.indirect = boolean(&field).map_err(bad)?,
            "repair" => options.repair = boolean(&field).map_err(bad)?,
            other => {
                let expected: Vec<String> = known_option_fields().iter().map(|k| format!("`{k}`")).collect();
                return Err(bad(format!("unknown field `{other}`, expected one of {}", expected.join(", "))));
            }
        }
    }
    Ok(options)
}

/// The option names exactly as serde spells them (camelCase): the names in
/// errors. A native test checks them against serde's, and a wasm test that
/// `parse_options` reads each of them. (A list, not serde-wasm-bindgen's
/// serializer run on the defaults: that was its only use in the wasm, and
/// about 1 KB of gzip.)
fn known_option_fields() -> Vec<String> {
    crate::OPTION_FIELDS.iter().map(|k| (*k).to_owned()).collect()
}

/// An offset unit by its serde name.
fn offset_unit(value: &JsValue) -> Result<crate::OffsetUnit, String> {
    use crate::OffsetUnit::{Chars, Utf16, Utf8};
    let Some(name) = value.as_string() else { return Err(invalid_type(value, "one of \"utf16\", \"utf8\", \"chars\"")) };
    match name.as_str() {
        "utf16" => Ok(Utf16),
        "utf8" => Ok(Utf8),
        "chars" => Ok(Chars),
        _ => Err(format!("unknown variant `{name}`, expected one of `utf16`, `utf8`, `chars`")),
    }
}

fn boolean(value: &JsValue) -> Result<bool, String> {
    value.as_bool().ok_or_else(|| invalid_type(value, "a boolean"))
}

/// serde's wording, with the value as JS writes it (so no float formatting
/// in the wasm).
fn invalid_type(value: &JsValue, expected: &str) -> String {
    let shown =
        js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()).or_else(|| value.js_typeof().as_string()).unwrap_or_default();
    format!("invalid type: {shown}, expected {expected}")
}

#[cfg(feature = "compare")]
#[wasm_bindgen(typescript_custom_section)]
const TS_COMPARE_TYPES: &'static str = r#"
/** One article for `compare`: a string, or a text with a label. */
export type CompareArticle = string | { name?: string; text: string };

/** A stretch of a word-level diff against the group's fullest version. */
export interface DiffPiece {
  /** "same": in both; "missing": only in the fullest version; "extra": only in this member. */
  op: "same" | "missing" | "extra";
  /** The words, space-separated. */
  text: string;
}

export interface CompareMember {
  /** Index into `Comparison.documents`. */
  doc: number;
  /** Index into that document's `annotations.quotes`. */
  quote: number;
  /** Index into `Comparison.people`, or null when nobody is credited. */
  speaker: number | null;
  /** The speaker's position as this article gives it near the quote. */
  position: string | null;
  diff: DiffPiece[];
}

/** One utterance carried by two or more articles. */
export interface CompareGroup {
  members: CompareMember[];
  /** Index into `members` of the fullest version. */
  fullest: number;
  speakers_agree: boolean;
  positions_agree: boolean;
}

export interface CompareDocument {
  name: string;
  /** Exactly `annotate(text, options)`. */
  annotations: Annotations;
  /** Indices into `annotations.quotes` of quotes no other article carries. */
  exclusive: number[];
}

/** One person across the articles. */
export interface ComparePerson {
  name: string;
  kind: PersonKind;
  members: { doc: number; person: number }[];
  positions: string[];
}

export interface Comparison {
  /** Format version of the comparison. */
  version: number;
  documents: CompareDocument[];
  groups: CompareGroup[];
  people: ComparePerson[];
}
"#;

/// Compares 2–12 versions of one story: `annotate` on each, then the quotes
/// they share, grouped, with word diffs (`docs/format.md`, section 4). Throws
/// for fewer than 2 or more than 12 articles, or a bad article or option.
/// (Only in the build with feature "compare": the Compare page's and the
/// npm package's. The page that annotates loads a build without it.)
#[cfg(feature = "compare")]
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "CompareArticle[]")] articles: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let articles = parse_articles(&articles)?;
    let result = crate::compare(&articles, &options).map_err(|e| JsError::new(&format!("quotelight: {e}")))?;
    // As annotate's result: one JSON string, parsed in JS.
    let json = crate::json::to_string(&result, 2 * articles.iter().map(|a| a.text.len()).sum::<usize>() + 1024);
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("quotelight: could not build the result"))
}

/// An array of strings or `{name, text}` objects; a missing name is "Article N".
#[cfg(feature = "compare")]
fn parse_articles(value: &JsValue) -> Result<Vec<crate::Article>, JsError> {
    if !js_sys::Array::is_array(value) {
        return Err(JsError::new("quotelight: compare expects an array of texts"));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        let default_name = format!("Article {}", i + 1);
        let field = |key: &str| js_sys::Reflect::get(&item, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null());
        let article = match item.as_string() {
            Some(text) => crate::Article { name: default_name, text },
            None if item.is_object() => {
                let text = field("text").and_then(|t| t.as_string());
                let name = field("name").map(|n| n.as_string().ok_or(()));
                match (text, name) {
                    (Some(text), None) => crate::Article { name: default_name, text },
                    (Some(text), Some(Ok(name))) => crate::Article { name, text },
                    _ => return Err(JsError::new(&format!("quotelight: article {} needs a string `text` (and `name`, if any)", i + 1))),
                }
            }
            None => return Err(JsError::new(&format!("quotelight: article {} is neither a string nor {{name, text}}", i + 1))),
        };
        out.push(article);
    }
    Ok(out)
}
