//! Stage 3: quotations (stub, being written).
use crate::segment::Doc;
use crate::QuoteKind;

/// One quotation found in the text. Byte offsets into the repaired text.
#[derive(Debug, Clone)]
pub struct QuoteSpan {
    /// Content, without the marks.
    pub start: usize,
    pub end: usize,
    /// Outer bounds including the marks (equal to content when unmarked).
    pub outer_start: usize,
    pub outer_end: usize,
    pub kind: QuoteKind,
    /// Index of the enclosing quote, for nested quotes.
    pub parent: Option<usize>,
    /// The quote continues a quote from the previous paragraph.
    pub continues: bool,
    /// For unmarked speech: the speaker label ("Rubio" in "Rubio: …").
    pub label: Option<(usize, usize)>,
}

pub fn find_quotes(_doc: &Doc) -> Vec<QuoteSpan> {
    Vec::new()
}
