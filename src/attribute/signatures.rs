//! Speakers named outside the prose: a transcript label inside the marks
//! ("PENCE: …") and a signature after them ("“…” — Ana Ruiz").

use super::phrases::{Np, NpKind};
use crate::quotes::QuoteSpan;
use crate::segment::Doc;

/// A speaker label opening a quote's content: one to three capitalised
/// words, the first in capitals, then a colon ("PENCE:", "MR. SMITH:").
pub(super) fn transcript_label(doc: &Doc, q: &QuoteSpan) -> Option<(usize, usize)> {
    let content = &doc.text()[q.start..q.end];
    // A lower-case letter before the colon rules a label out: asked of
    // every quote, the search stops there (mostly a quote's second
    // letter) instead of running through the quote for a colon.
    let colon = content.find(|c: char| c == ':' || c.is_lowercase())?;
    let label = &content[..colon];
    if !content[colon..].starts_with(':') || label.len() < 2 {
        return None;
    }
    let mut words = 0;
    for w in label.split_whitespace() {
        words += 1;
        if words > 3 || !w.chars().any(char::is_alphabetic) {
            return None;
        }
    }
    (words > 0).then(|| (q.start, q.start + label.trim_end().len()))
}

/// `“…” — Name` or `“…”― Name` closing a paragraph: the name signs the quote.
pub(super) fn dash_signature(doc: &Doc, q: &QuoteSpan) -> Option<Np> {
    // (Most quotes have no dash after them: said before their paragraph
    // is searched for.)
    doc.text().get(q.outer_end..)?.trim_start().strip_prefix(['—', '―', '–', '-'])?;
    let para = &doc.paragraphs[doc.paragraph_at(q.outer_start)];
    let rest = doc.text().get(q.outer_end..para.end)?.trim_start();
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

/// A headline that opens with a quote and names its speaker after a
/// colon: "‘The clay decides’: potter Lena Hale on forty years at the
/// wheel", "“We will win”: coach Dana Perez before the final". The quote
/// opens its paragraph; the speaker is the name the colon introduces,
/// with any description before it.
/// `colon` is the first token after the quote.
pub(super) fn colon_headline(doc: &Doc, q: &QuoteSpan, colon: usize) -> Option<Np> {
    if colon >= doc.tokens().len() || doc.tok(colon) != ":" {
        return None;
    }
    let para = &doc.paragraphs[doc.paragraph_at(q.outer_start)];
    if !super::blank(doc.text().get(para.start..q.outer_start)?) {
        return None;
    }
    let end = doc.token_at_or_after(para.end);
    if colon + 1 >= end {
        return None;
    }
    // The name ends the noun phrase: the last run of capitalised words
    // before the first lower-case word that is not part of a description
    // ("Elm Falls potter Lena Hale on …" gives Lena Hale).
    let mut run: Option<(usize, usize)> = None;
    let mut k = colon + 1;
    while k < end.min(colon + 10) {
        if doc.is_cap(k) && !crate::lexicon::is_not_name(doc.tok(k)) {
            let start = k;
            while k < end && (doc.is_cap(k) || crate::mentions::is_name_dot(doc, k)) {
                k += 1;
            }
            run = Some((start, k));
            continue;
        }
        let w = doc.lower(k);
        let describes = doc.is_word(k) && (crate::lexicon::is_role_noun(&w) || crate::lexicon::person_nouns().contains(&w));
        if !describes {
            break;
        }
        k += 1;
    }
    let (first, last) = run?;
    (last > first + 1 || crate::lexicon::gazetteer::first_name(doc.tok(first)).is_some()).then_some(Np { first, last, kind: NpKind::Name })
}
