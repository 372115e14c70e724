//! quotelight: who said what, and in what capacity.
//!
//! [`annotate`] reads a news article and returns its quotes (direct, partial,
//! unmarked and reported speech), who said each one, and the titles and roles
//! the text gives the speakers, as [`Annotations`] in the format of
//! `docs/format.md` (serialisable with serde).
//!
//! ```
//! use quotelight::{annotate, OffsetUnit, Options, QuoteKind};
//!
//! let text = "“We will rebuild the pier before summer,” said Mayor Ana Ortiz.";
//! let options = Options { offsets: OffsetUnit::Utf8, ..Options::default() };
//! let result = annotate(text, &options);
//!
//! let quote = &result.quotes[0];
//! assert_eq!(quote.kind, QuoteKind::Direct);
//! assert_eq!(&text[quote.start..quote.end], quote.text); // UTF-8 offsets slice a &str
//! let speaker = quote.speaker.map(|i| &result.people[i]);
//! assert_eq!(speaker.map(|p| p.name.as_str()), Some("Ana Ortiz"));
//! assert_eq!(speaker.map(|p| p.positions[0].text.as_str()), Some("Mayor"));
//! println!("{}", result.to_json());
//! ```
//!
//! The same engine is the wasm module (`src/wasm.rs`, the npm package), the
//! command line (`src/bin/quotelight.rs`) and the Python package (`python/`).
//! [`eval`] scores results against annotated articles.
//!
//! ## Inside
//!
//! The engine is a pipeline of small stages, each a module with one entry
//! point taking the previous stage's output:
//!
//! ```text
//! normalise → segment → quotes → mentions → attribute → positions → output
//! ```
//!
//! Everything inside works on byte offsets into the *repaired* text; only
//! [`output`] maps them back to the text as pasted and converts them to the
//! unit the caller asked for (UTF-16 for JavaScript).

// Module docs link their private helpers on purpose: the links resolve in
// `cargo doc --document-private-items`, the view for working on the engine.
#![allow(rustdoc::private_intra_doc_links)]

pub mod attribute;
pub mod compact_sort;
pub mod compare;
pub mod eval;
pub mod indirect;
pub mod json;
pub mod lexicon;
pub mod mentions;
pub mod normalise;
pub mod offsets;
pub mod output;
pub mod packed;
pub mod positions;
pub mod quotes;
pub mod segment;
pub mod short_str;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use compare::{compare, Article, CompareError, Comparison};
pub use output::{Annotations, Notice, OutPerson, OutQuote, Span};
pub use short_str::ShortStr;

use serde::{Deserialize, Serialize};

/// The unit of every `start`/`end` in the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript strings index by.
    #[default]
    Utf16,
    /// Bytes of the UTF-8 text: what Rust `&str` slices by.
    Utf8,
    /// Unicode scalar values: what Python `str` indexes by.
    Chars,
}

/// Everything a caller can tune. Unknown fields are rejected at the JS
/// boundary so a typo is an error, not a silent default.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// The unit of the result's offsets (default UTF-16).
    pub offsets: OffsetUnit,
    /// Report reported (indirect) speech as well as quoted speech.
    pub indirect: bool,
    /// Repair mis-decoded quotation marks before analysis.
    pub repair: bool,
}

/// [`Options`]' field names as serde spells them (camelCase), for the JS
/// boundary's error messages; a test checks them against serde's.
pub const OPTION_FIELDS: [&str; 3] = ["offsets", "indirect", "repair"];

impl Default for Options {
    fn default() -> Self {
        Options { offsets: OffsetUnit::Utf16, indirect: true, repair: true }
    }
}

/// Quote kinds, as in `docs/format.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Quoted speech of a clause or more.
    Direct,
    /// A short quoted fragment inside the reporter's sentence.
    Partial,
    /// The speaker's own words without marks (`Name: …`, interview turns).
    Unmarked,
    /// Reported speech without marks (`said [the plan was dead]`).
    Indirect,
}

/// What sort of speaker an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonKind {
    /// A named person.
    Person,
    /// An organisation (`the Kremlin`).
    Org,
    /// Joint speakers (`Russia and Ukraine`).
    Group,
    /// An unnamed source (`a senior official`).
    Unnamed,
}

to_json_enum!(OffsetUnit { Utf16 = "utf16", Utf8 = "utf8", Chars = "chars" });
to_json_enum!(QuoteKind { Direct = "direct", Partial = "partial", Unmarked = "unmarked", Indirect = "indirect" });
to_json_enum!(PersonKind { Person = "person", Org = "org", Group = "group", Unnamed = "unnamed" });

/// Annotate one article. Never panics on any `&str`; linear in its length.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    let text = normalise::normalise(text, options.repair);
    let mut doc = segment::segment_with(&text.repaired, &text.newlines, &text.bys);
    let quotes = quotes::find_quotes(&doc);
    let mut entities = mentions::find_mentions(&doc, &quotes);
    let mut attributed = attribute::attribute(&doc, &quotes, &mut entities, options.indirect);
    positions::attach_positions(&doc, &quotes, &mut entities);
    attribute::join_role_holders(&doc, &mut attributed, &mut entities);
    mentions::settle_places(&mut entities);
    mentions::settle_names(doc.text(), &mut entities);
    doc.drop_memos();
    output::build(&text, &doc, &attributed, entities.list, options)
}
