//! The JavaScript boundary, tested from JavaScript's side in a real browser.
//!
//! Run: `scripts/test.sh` (or `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --test wasm`).
//!
//! The tests call `annotate` through wasm-bindgen's generated JS glue, as a
//! page does, so JS strings (lone surrogates included) go through the same
//! conversion they do in production. The glue is the module the test runner
//! serves as `./wasm-bindgen-test`; importing it again gives the same, already
//! initialised instance.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect, JSON};
use quotelight::{Annotations, OffsetUnit, Span};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(raw_module = "./wasm-bindgen-test")]
extern "C" {
    #[wasm_bindgen(catch, js_name = annotate)]
    fn js_annotate(text: &JsString, options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = annotate)]
    fn js_annotate_value(text: &JsValue, options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = annotateJson)]
    fn js_annotate_json(text: &JsString, options: &JsValue) -> Result<String, JsValue>;
    #[wasm_bindgen(js_name = version)]
    fn js_version() -> String;
}

/// Annotates a JS string and also returns the result as Rust types.
fn run(text: &JsString, options: &JsValue) -> (JsValue, Annotations) {
    let raw = js_annotate(text, options).expect("annotate threw");
    let parsed = serde_wasm_bindgen::from_value(raw.clone()).expect("result matches the Rust types");
    (raw, parsed)
}

/// Every span the result reports, with a label for failure messages.
fn all_spans(a: &Annotations) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        out.push((format!("quote {i}"), Span { start: q.start, end: q.end, text: q.text.clone() }));
        out.extend(q.source.iter().map(|s| (format!("quote {i} source"), s.clone())));
        out.extend(q.cue.iter().map(|s| (format!("quote {i} cue"), s.clone())));
    }
    for p in &a.people {
        out.extend(p.mentions.iter().map(|s| (format!("{} mention", p.name), s.clone())));
        out.extend(p.positions.iter().map(|s| (format!("{} position", p.name), s.clone())));
    }
    out
}

/// The JS string sliced by UTF-16 offsets, as the page slices it.
fn js_slice(text: &JsString, span: &Span) -> String {
    String::from(text.slice(span.start as u32, span.end as u32))
}

const EMOJI_ARTICLE: &str = "🎉🎉 Cafe\u{301} owners on Quay Street cheered the new plaza.\n\n\
“The plaza 👍 is lovely and the benches are wide,” said Marta Velasquez, who runs the bakery.\n\n\
“Nobody expected it this soon,” Marta Velasquez said on Friday. “We waited years,” she added.";

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_js_string_around_emoji_and_combining_marks() {
    let text = JsString::from(EMOJI_ARTICLE);
    let (_, a) = run(&text, &JsValue::UNDEFINED);
    assert_eq!(a.offsets, OffsetUnit::Utf16);
    assert!(!a.quotes.is_empty(), "no quotes found in {EMOJI_ARTICLE:?}");
    let spans = all_spans(&a);
    for (label, span) in &spans {
        assert_eq!(js_slice(&text, span), span.text, "{label} at {}..{}", span.start, span.end);
    }
    assert!(a.quotes.iter().any(|q| q.text.contains("The plaza 👍 is lovely")), "the emoji quote is missing: {:?}", a.quotes);
    let marta = a.people.iter().position(|p| p.name.contains("Velasquez")).expect("Marta Velasquez found");
    assert!(
        a.quotes.iter().any(|q| q.text.contains("Nobody expected") && q.speaker == Some(marta)),
        "“Nobody expected …” is not credited to Marta Velasquez: {:?}",
        a.quotes
    );
}

#[wasm_bindgen_test]
fn other_offset_units_count_what_they_say() {
    let rust_text = "🎉 Cafe\u{301} “The ferry will run all winter,” Captain Ivo Marsh said.";
    let text = JsString::from(rust_text);
    let first_quote = |unit: &str| {
        let options = JSON::parse(&format!(r#"{{"offsets":"{unit}"}}"#)).unwrap();
        let (_, a) = run(&text, &options);
        assert_eq!(serde_json::to_value(a.offsets).unwrap(), unit);
        let q = a.quotes.first().unwrap_or_else(|| panic!("no quote with offsets {unit}"));
        (q.start, q.end)
    };
    let (utf8, utf16, chars) = (first_quote("utf8"), first_quote("utf16"), first_quote("chars"));
    let before = &rust_text[..utf8.0];
    let inside = &rust_text[utf8.0..utf8.1];
    assert!(inside.contains("The ferry will run all winter"), "{inside:?}");
    assert_eq!(utf16, (before.encode_utf16().count(), before.encode_utf16().count() + inside.encode_utf16().count()));
    assert_eq!(chars, (before.chars().count(), before.chars().count() + inside.chars().count()));
    assert!(utf8.0 > utf16.0 && utf16.0 > chars.0, "the emoji and marks must count differently: {utf8:?} {utf16:?} {chars:?}");
}

#[wasm_bindgen_test]
fn lone_surrogate_from_js_keeps_offsets_right() {
    // A lone high surrogate before the quote and a lone low one inside it.
    let mut units: Vec<u16> = "Note \u{0}: ".encode_utf16().collect();
    units[5] = 0xD83D;
    units.extend("“The pier reopens in May ".encode_utf16());
    let low_at = units.len();
    units.push(0xDC4D);
    units.extend(",” Harbour Master Lena Ortiz said.".encode_utf16());
    let text = JsString::from_char_code(&units);
    assert_eq!(text.length() as usize, units.len());

    let (raw, a) = run(&text, &JsValue::NULL);
    let quote = a.quotes.first().expect("the quote after a lone surrogate");
    assert!(quote.start < low_at && low_at < quote.end, "quote {}..{} misses the low surrogate", quote.start, quote.end);
    // Same length in UTF-16, so the offsets index the JS string, and
    // `text` is that string sliced, lone surrogate and all. A shifted
    // offset fails here.
    let quotes: js_sys::Array = Reflect::get(&raw, &"quotes".into()).unwrap().unchecked_into();
    let js_text: JsString = Reflect::get(&quotes.get(0), &"text".into()).unwrap().unchecked_into();
    let js_units: Vec<u16> = (0..js_text.length()).map(|i| js_text.char_code_at(i) as u16).collect();
    assert_eq!(js_units, units[quote.start..quote.end]);
    // Read into Rust, the lone surrogate becomes U+FFFD, one unit as well.
    let expected: Vec<u16> = units[quote.start..quote.end].iter().map(|&u| if u == 0xDC4D { 0xFFFD } else { u }).collect();
    assert_eq!(quote.text.encode_utf16().collect::<Vec<_>>(), expected);
    assert!(quote.text.contains("The pier reopens in May"), "{:?}", quote.text);
    for (label, span) in all_spans(&a) {
        let sliced: Vec<u16> = units[span.start..span.end].to_vec();
        let text_units: Vec<u16> = span.text.encode_utf16().collect();
        assert_eq!(sliced.len(), text_units.len(), "{label} length");
    }
    assert!(a.people.iter().any(|p| p.name.contains("Lena Ortiz")), "speaker missing: {:?}", a.people);
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_plain_result() {
    let (raw, a) = run(&JsString::from(""), &JsValue::UNDEFINED);
    assert!(a.quotes.is_empty() && a.people.is_empty() && a.notices.is_empty());
    assert_eq!(a.version, quotelight::output::FORMAT_VERSION);
    // Plain JSON objects: `null`, not `undefined` or a Map.
    assert!(Reflect::get(&raw, &"repaired".into()).unwrap().is_null());
    assert_eq!(raw.unchecked_ref::<js_sys::Object>().constructor().name(), "Object");
    let round_trip = JSON::parse(&String::from(JSON::stringify(&raw).unwrap())).unwrap();
    assert_eq!(JSON::stringify(&round_trip).unwrap(), JSON::stringify(&raw).unwrap());
}

#[wasm_bindgen_test]
fn null_undefined_and_empty_options_mean_defaults() {
    let text = JsString::from("“Tickets go on sale at noon,” organiser Priya Shah said.");
    let json = |o: &JsValue| String::from(JSON::stringify(&run(&text, o).0).unwrap());
    let defaults = json(&JsValue::UNDEFINED);
    assert_eq!(json(&JsValue::NULL), defaults);
    assert_eq!(json(&js_sys::Object::new().into()), defaults);
    assert!(defaults.contains("Tickets go on sale"), "{defaults}");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_say_what_is_wrong() {
    let text = JsString::from("“Hello,” Ada said.");
    let cases = [
        (r#"{"ofsets":"utf8"}"#, "unknown field `ofsets`"),
        (r#"{"offsets":"utf-16"}"#, "unknown variant `utf-16`"),
        (r#"{"indirect":"yes"}"#, "expected a boolean"),
        (r#""utf8""#, "expected an object"),
        ("[1]", "expected an object"),
        (r#"{"repair":1.5}"#, "invalid type: 1.5, expected a boolean"),
        (r#"{"indirect":null}"#, "invalid type: null, expected a boolean"),
        (r#"{"offsets":16}"#, "invalid type: 16, expected one of"),
    ];
    for (json, want) in cases {
        let err = js_annotate(&text, &JSON::parse(json).unwrap()).expect_err(json);
        let err: js_sys::Error = err.dyn_into().unwrap_or_else(|e| panic!("{json}: threw a non-Error {e:?}"));
        let message = String::from(err.message());
        assert!(message.contains(want), "{json}: message {message:?} lacks {want:?}");
        assert!(message.starts_with("quotelight: bad options"), "{message}");
    }
}

/// The options are read field by field: every field serde names must be one
/// the reader knows, and an `undefined` field is an absent one.
#[wasm_bindgen_test]
fn every_option_serde_names_is_read() {
    let text = JsString::from("“Hello,” Ada said.");
    let defaults = serde_wasm_bindgen::to_value(&quotelight::Options::default()).unwrap();
    let keys = js_sys::Object::keys(defaults.unchecked_ref::<js_sys::Object>());
    assert_eq!(keys.length(), 3, "a new option needs a test here");
    for key in keys.iter() {
        let one = js_sys::Object::new();
        Reflect::set(&one, &key, &Reflect::get(&defaults, &key).unwrap()).unwrap();
        assert!(js_annotate(&text, &one).is_ok(), "{key:?} was refused");
        Reflect::set(&one, &key, &JsValue::UNDEFINED).unwrap();
        assert!(js_annotate(&text, &one).is_ok(), "{key:?}: undefined was refused");
    }
    let off = JSON::parse(r#"{"indirect":false,"repair":false}"#).unwrap();
    let said = JsString::from("The mayor said the bridge would reopen in May.");
    let count = |o: &JsValue| run(&said, o).1.quotes.len();
    assert_eq!((count(&JsValue::UNDEFINED), count(&off)), (1, 0), "indirect: false drops reported speech");
}

#[wasm_bindgen_test]
fn annotate_json_is_annotate_as_text_and_the_engine_s_own_result() {
    let text = JsString::from(EMOJI_ARTICLE);
    let json = js_annotate_json(&text, &JsValue::UNDEFINED).expect("annotateJson threw");
    let (raw, a) = run(&text, &JsValue::UNDEFINED);
    assert_eq!(JSON::stringify(&JSON::parse(&json).unwrap()).unwrap(), JSON::stringify(&raw).unwrap());
    let engine = quotelight::annotate(EMOJI_ARTICLE, &quotelight::Options::default());
    assert_eq!(a, engine);
    // Byte for byte what serde_json writes, confidences included (the wasm
    // writes fractions with its own formatter).
    assert_eq!(json, serde_json::to_string(&engine).unwrap());
    assert!(engine.quotes.iter().any(|q| q.confidence > 0.0 && q.confidence < 1.0), "{json}");
    assert!(a.quotes.iter().any(|q| q.speaker.is_some()), "{json}");
    assert!(js_annotate_json(&text, &JSON::parse(r#"{"ofsets":"utf8"}"#).unwrap()).is_err());
}

/// Texts that between them give every shape of a result: a group and its
/// members, a nested quote, sources and cues present and absent, a quote
/// credited to nobody, an emoji, chrome, repaired marks and markup.
const SHAPES: [&str; 2] = [
    "Share this article\n\nDenmark and Sweden said they would share the cost of the new bridge.\n\n\
     “The bridge 🌉 will open in May,” said Ana Ortiz, the transport minister. “Critics who say \
     ‘it will never be finished’ are wrong,” she added.\n\n“Nobody asked us.”\n\n\
     A banner over the old gate read “Welcome back”.\n\nAdvertisement\n",
    "â€œWe will rebuild the pier before summer,â€\u{9d} said Mayor Lena Hale.\n\n\
     <p>Officials said the <b>pier</b> would reopen.</p>\n",
];

#[wasm_bindgen_test]
fn annotate_builds_what_json_parse_makes_of_annotate_json() {
    // `annotate` builds its objects from numbers (src/packed.rs), the
    // other from JSON text: the two must agree key for key, in order.
    let mut seen = Vec::new();
    for shape in SHAPES {
        let text = JsString::from(shape);
        for options in [JsValue::UNDEFINED, JSON::parse(r#"{"offsets":"utf8"}"#).unwrap()] {
            let raw = js_annotate(&text, &options).expect("annotate threw");
            let json = js_annotate_json(&text, &options).expect("annotateJson threw");
            assert_eq!(JSON::stringify(&raw).unwrap(), JSON::stringify(&JSON::parse(&json).unwrap()).unwrap(), "{shape}");
        }
        let a = run(&text, &JsValue::UNDEFINED).1;
        seen.extend(a.people.iter().filter(|p| !p.members.is_empty()).map(|_| "members"));
        seen.extend(a.quotes.iter().filter(|q| q.nested).map(|_| "nested"));
        seen.extend(a.quotes.iter().filter(|q| q.speaker.is_none()).map(|_| "no speaker"));
        seen.extend(a.quotes.iter().filter(|q| q.source.is_none() && q.cue.is_none()).map(|_| "no source or cue"));
        seen.extend(a.quotes.iter().filter(|q| q.confidence > 0.0 && q.confidence < 1.0).map(|_| "a fraction"));
        seen.extend(a.notices.iter().map(|n| if n.span.is_some() { "a notice with a span" } else { "a notice" }));
        seen.extend(a.repaired.iter().map(|_| "repaired"));
    }
    for shape in ["members", "nested", "no speaker", "no source or cue", "a fraction", "a notice with a span", "a notice", "repaired"] {
        assert!(seen.contains(&shape), "no result had {shape}: {seen:?}");
    }
}

#[wasm_bindgen_test]
fn annotate_refuses_a_text_that_is_not_a_string() {
    let err = js_annotate_value(&JsValue::from(42), &JsValue::UNDEFINED).expect_err("a number was annotated");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap_or_default();
    assert!(message.contains("must be a string"), "{message}");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(js_version(), env!("CARGO_PKG_VERSION"));
}
