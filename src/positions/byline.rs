//! Bylines with a title: "By Dana Wirth, Senior Health Reporter" or a
//! paragraph of its own, "Helen Marsh, sports news correspondent" (or
//! "Ana Ruiz | Staff Writer"). The
//! paragraph is often site furniture, so the person may not be known yet:
//! the byline then adds them. A byline's person who ends up with no title
//! (the title held their own name) has no quotes either and is not listed.

use super::phrase::title_at;
use super::words::{is_head, is_stop};
use crate::lexicon;
use crate::mentions::{Entities, Entity, Mention, MentionKind};
use crate::segment::Doc;
use crate::PersonKind;

/// Words that may follow a byline's title on the same line.
const AFTER_BYLINE: &[&str] = &["Published", "Updated", "Posted", "Last", "|"];

/// Longest name a byline can hold, in words.
const MAX_NAME: usize = 4;

/// A byline's name: two to four capitalised words from token `i`, none a
/// title or a common word. Returns its end.
fn byline_name(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    let mut j = i;
    while j < hi && j < i + MAX_NAME && doc.is_cap(j) && !lexicon::is_not_name_with(doc.tok(j), doc.lists(j)) && !is_head(doc, j) {
        j += 1;
    }
    (j >= i + 2).then_some(j)
}

/// A byline's name ends at a separator, two to [`MAX_NAME`] words from
/// `n`, before the paragraph's last token: whether one stands there, read
/// before the name's words are.
fn separator_within_reach(doc: &Doc, n: usize, p_hi: usize) -> bool {
    (n + 2..p_hi.saturating_sub(1).min(n + MAX_NAME + 1)).any(|j| is_separator(doc.tok(j)))
}

/// What separates a byline's name from its title.
fn is_separator(w: &str) -> bool {
    matches!(w, "," | "|" | "—" | "–")
}

/// `(name, title)` token ranges of the bylines in the text.
fn bylines(doc: &Doc) -> Vec<((usize, usize), (usize, usize))> {
    let mut out = Vec::new();
    let bys = doc.by_tokens();
    // The first "By" not before the paragraph: the "By"s ascend as the
    // paragraphs do, so the search goes on from the last paragraph's.
    let mut first_by = 0;
    for para in doc.paragraphs.iter().filter(|p| !p.sentences.is_empty()) {
        let Some(first) = doc.sentences.get(para.sentences.start) else { continue };
        let p_lo = first.tokens.start;
        // "By NAME," anywhere (one-line pages run the byline into the
        // story), or NAME at the start of the paragraph.
        while bys.get(first_by).is_some_and(|&i| i < p_lo) {
            first_by += 1;
        }
        // A name opens with two capitalised words (see `byline_name`):
        // most paragraphs are ruled out by that, with no "By" left, before
        // their end is looked up.
        let named = |n: usize| doc.is_cap(n) && doc.is_cap(n + 1);
        if first_by == bys.len() && !named(p_lo) {
            continue;
        }
        let p_hi = doc.sentences.get(para.sentences.end.saturating_sub(1)).map_or(first.tokens.end, |s| s.tokens.end);
        let after_by = bys[first_by..].iter().take_while(|&&i| i < p_hi).map(|&i| i + 1);
        let starts = after_by.chain(std::iter::once(p_lo));
        for n in starts.filter(|&n| named(n) && separator_within_reach(doc, n, p_hi)) {
            let Some(name_end) = byline_name(doc, n, p_hi) else { continue };
            if name_end + 1 >= p_hi || !is_separator(doc.tok(name_end)) {
                continue;
            }
            let Some((a, b)) = title_at(doc, name_end + 1, p_hi) else { continue };
            let ends = b >= p_hi || AFTER_BYLINE.contains(&doc.tok(b)) || (n == p_lo && is_stop(doc, b) && doc.tok(b) == ".");
            let by = n > p_lo && bys.binary_search(&(n - 1)).is_ok();
            if a == name_end + 1 && ends && (by || b >= p_hi) {
                out.push(((n, name_end), (a, b)));
                break;
            }
        }
    }
    out
}

/// Each byline's person and title span, creating the person when the
/// text names them nowhere else.
pub fn byline_titles(doc: &Doc, ents: &mut Entities) -> Vec<(usize, (usize, usize))> {
    let mut out = Vec::new();
    for ((n0, n1), (a, b)) in bylines(doc) {
        let (start, end) = (doc.tokens()[n0].start, doc.tokens()[n1 - 1].end);
        let name = &doc.text()[start..end];
        let found = ents.list.iter().position(|e| e.kind == PersonKind::Person && e.name == name);
        let e = found.unwrap_or_else(|| {
            let mut e = Entity::new(name, PersonKind::Person);
            e.mentions.push(Mention { start, end, kind: MentionKind::Name });
            ents.list.push(e);
            ents.list.len() - 1
        });
        out.push((e, (doc.tokens()[a].start, doc.tokens()[b - 1].end)));
    }
    out
}
