//! The speaker of a cue that has no subject phrase of its own: the
//! sentence's opening pronoun, or a plain noun led by a determiner.

use super::phrases::{self, Np, NpKind};
use crate::lexicon;
use crate::quotes::QuoteSpan;
use crate::segment::Doc;

/// The subject pronoun opening sentence `s` before token `before` ("On
/// Monday they published …"), outside quotes and prepositional phrases.
pub(super) fn subject_pronoun(doc: &Doc, s: usize, before: usize, quotes: &[QuoteSpan]) -> Option<Np> {
    let sent = &doc.sentences[s];
    // The subject opens the sentence: look at its first words only, which
    // also keeps a huge unpunctuated text linear.
    (sent.tokens.start..before.min(sent.tokens.end).min(sent.tokens.start + 12))
        .find(|&i| {
            let after_preposition =
                || i > sent.tokens.start && matches!(doc.lower(i - 1).as_str(), "to" | "with" | "by" | "for" | "of" | "that");
            personal_pronoun(doc, i, quotes) && !after_preposition()
        })
        .map(|i| Np { first: i, last: i + 1, kind: NpKind::Pronoun })
}

/// The "he", "she" or "they" that opens sentence `s` as its subject, past
/// one opening adverb ("She was blunt:", "Afterwards he shook his
/// head."): stricter than [`subject_pronoun`], for a sentence with no cue
/// that hands on a quote, where a pronoun further in may be anyone's.
pub(super) fn opening_pronoun(doc: &Doc, s: usize, quotes: &[QuoteSpan]) -> Option<Np> {
    let toks = doc.sentences[s].tokens.clone();
    let mut i = toks.start;
    if i + 2 < toks.end && doc.is_word(i) && !doc.is_cap(i + 1) && phrases::pronoun_at(doc, i).is_none() {
        let w = doc.lower(i);
        if !(w.ends_with("ly") || matches!(w.as_str(), "afterwards" | "afterward" | "later" | "then" | "again" | "still")) {
            return None;
        }
        i += 1 + usize::from(doc.tok(i + 1) == ",");
    }
    (i + 1 < toks.end && personal_pronoun(doc, i, quotes)).then_some(Np { first: i, last: i + 1, kind: NpKind::Pronoun })
}

/// Whether token `i` is "he", "she" or "they" (a contraction dropped)
/// outside every quote: a pronoun a speaker is resolved from.
fn personal_pronoun(doc: &Doc, i: usize, quotes: &[QuoteSpan]) -> bool {
    matches!(phrases::pronoun_at(doc, i), Some("he" | "she" | "they")) && !crate::mentions::in_quote(quotes, doc.tokens()[i].start)
}

/// `DET (MODIFIER)* NOUN (AUX)*` ending right before token `cue`: "one
/// questioner", "a reader would now", "the announcer".
pub(super) fn bare_description(doc: &Doc, lo: usize, cue: usize) -> Option<Np> {
    let mut k = cue;
    while k > lo && doc.is_word(k - 1) && phrases::is_aux(&doc.lower(k - 1)) {
        k -= 1;
    }
    let head = k.checked_sub(1).filter(|&h| h >= lo && doc.is_word(h) && !doc.is_cap(h))?;
    let h = doc.lower(head);
    let function_word = doc.in_list(head, lexicon::not_names()) || phrases::is_aux(&h);
    if function_word
        || phrases::pronoun_at(doc, head).is_some()
        || doc.in_list(head, lexicon::cue_verbs())
        || h.ends_with("ly")
        || h.ends_with("ing")
    {
        return None;
    }
    let det = (lo.max(head.saturating_sub(3))..head)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .find(|&j| matches!(doc.lower(j).as_str(), "a" | "an" | "the" | "one" | "another"))?;
    // "through the streets chanted": the object of a preposition is not
    // the subject.
    let after_preposition = det > lo && lexicon::not_names().contains(&doc.lower(det - 1));
    if after_preposition {
        return None;
    }
    Some(Np { first: det, last: head + 1, kind: NpKind::Description })
}
