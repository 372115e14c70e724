//! Speakers named outside the prose: a transcript label inside the marks
//! ("PENCE: …") and a signature after them ("“…” — Ana Ruiz").

use super::phrases::{Np, NpKind};
use crate::quotes::QuoteSpan;
use crate::segment::Doc;

/// A speaker label opening a quote's content: one to three capitalised
/// words, the first in capitals, then a colon ("PENCE:", "MR. SMITH:").
pub(super) fn transcript_label(doc: &Doc, q: &QuoteSpan) -> Option<(usize, usize)> {
    let content = &doc.text[q.start..q.end];
    let colon = content.find(':')?;
    let label = &content[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let caps = |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    if words.is_empty() || words.len() > 3 || !words.iter().all(caps) || label.len() < 2 {
        return None;
    }
    Some((q.start, q.start + label.trim_end().len()))
}

/// `“…” — Name` or `“…”― Name` closing a paragraph: the name signs the quote.
pub(super) fn dash_signature(doc: &Doc, q: &QuoteSpan) -> Option<Np> {
    let para = &doc.paragraphs[doc.paragraph_at(q.outer_start)];
    let rest = doc.text.get(q.outer_end..para.end)?.trim_start();
    let after_dash = rest.strip_prefix(['—', '―', '–', '-'])?.trim_start();
    let words: Vec<&str> = after_dash.split_whitespace().collect();
    let is_name = (1..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || crate::mentions::PARTICLES.contains(w));
    if !is_name {
        return None;
    }
    let first = doc.token_at_or_after(para.end - after_dash.len());
    let last = doc.token_at_or_after(para.end);
    (first < last).then_some(Np { first, last, kind: NpKind::Name })
}
