//! Stage 6: positions — what the text says each person is.
//!
//! Shapes, around a name mention:
//! - before the name: "Kremlin spokesman Dmitry Peskov", "Russia's deputy
//!   foreign minister Sergei Ryabkov", "U.S. Secretary of State Marco Rubio"
//! - appositive before: "Poland's Foreign Minister, Radek Sikorski,"
//! - appositive after: "Mark Rutte, NATO's secretary general, said",
//!   "Dmitriev — head of Russia's sovereign wealth fund —"
//!
//! A candidate counts only when it holds a title head from the lexicon
//! (minister, spokesman, envoy, chief, …). Articles are dropped.

use crate::lexicon;
use crate::mentions::{Entities, NameRef};
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};
use crate::PersonKind;

fn is_head(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && lexicon::is_title_head(doc.tok(i))
}

fn is_modifier(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokKind::Word && lexicon::title_modifiers().contains(doc.tok(i))
}

/// A capitalised word that can belong to a name or a title ("Kremlin"),
/// not a capitalised common word ("The").
fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.is_cap(i) && !lexicon::is_not_name(doc.tok(i))
}

/// Whether tokens `i-1, i` are a possessive `’ s`.
fn possessive_s(doc: &Doc, i: usize) -> bool {
    i > 0 && i < doc.tokens.len() && doc.tok(i) == "s" && matches!(doc.tok(i - 1), "'" | "’")
}

const PREPS: &[&str] = &["of", "to", "for", "at"];

/// Walks left from token `k` (exclusive) over a title phrase; returns its
/// first token, or `k` when there is none.
/// `complements` allows "envoy to Washington" (only in an appositive
/// before a comma: right before a name, "envoy for President Putin" is the
/// envoy's title, not Putin's).
fn title_before(doc: &Doc, lo: usize, k: usize, complements: bool) -> usize {
    let mut first = k;
    let mut j = k;
    while j > lo {
        let p = j - 1;
        if possessive_s(doc, p) && p >= lo + 2 && doc.tokens[p - 2].kind == TokKind::Word {
            j = p - 2;
            first = j;
            if !is_name_word(doc, j) {
                break;
            }
            continue;
        }
        let w = doc.lower(p);
        let prep_ok = if complements { PREPS.contains(&w.as_str()) } else { w == "of" };
        // In an appositive, plain adjectives may stand before the head:
        // "The state's coastal engineer, Priya Natarajan".
        let adjective = complements
            && j < k
            && doc.tokens[p].kind == TokKind::Word
            && doc.tok(p).chars().all(|c| c.is_lowercase() || c == '-')
            && !lexicon::not_names().contains(doc.tok(p))
            && !lexicon::cue_verbs().contains(doc.tok(p));
        let ok = is_head(doc, p)
            || is_modifier(doc, p)
            || is_name_word(doc, p)
            || adjective
            || (prep_ok
                && p > lo
                && (is_name_word(doc, p - 1) || is_head(doc, p - 1))
                && j < k
                && (is_name_word(doc, j) || doc.lower(j) == "the"))
            || (w == "the" && j < k && p > lo && PREPS.contains(&doc.lower(p - 1).as_str()));
        if !ok {
            break;
        }
        j = p;
        first = j;
    }
    // Trim leading prepositions and articles.
    while first < k && (PREPS.contains(&doc.lower(first).as_str()) || doc.lower(first) == "the") {
        first += 1;
    }
    first
}

/// A title phrase starting at token `i` (after an appositive comma or
/// dash): optional article, modifiers and possessives, a head, and an
/// optional "of …" complement. Returns its token range without the article.
fn title_after(doc: &Doc, i: usize, hi: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if j < hi && matches!(doc.lower(j).as_str(), "the" | "a" | "an") {
        j += 1;
    }
    let first = j;
    let mut head_at = None;
    while j < hi {
        if j + 2 < hi && possessive_s(doc, j + 2) {
            j += 3;
            continue;
        }
        if is_head(doc, j) {
            head_at = Some(j);
            j += 1;
            continue;
        }
        if is_modifier(doc, j) || is_name_word(doc, j) {
            j += 1;
            continue;
        }
        break;
    }
    let mut end = head_at? + 1;
    if end != j {
        return None;
    }
    // "head of Russia's sovereign wealth fund".
    if end < hi && PREPS.contains(&doc.lower(end).as_str()) {
        let mut k = end + 1;
        while k < hi && doc.tokens[k].kind != TokKind::Punct && doc.lower(k) != "and" && k < end + 8 {
            // A mark ends the complement unless it opens a possessive inside
            // the sentence ("Russia's"); a mark closing the text ends it too.
            if doc.tokens[k].kind == TokKind::Mark && !(k + 1 < hi && possessive_s(doc, k + 1)) {
                break;
            }
            k += 1;
        }
        if k > end + 1 {
            end = k;
        }
    }
    Some((first, end))
}

/// Attaches positions to the people named in the text.
pub fn attach_positions(doc: &Doc, _quotes: &[QuoteSpan], ents: &mut Entities) {
    let names: Vec<NameRef> = ents.names.clone();
    for n in names {
        if ents.list[n.entity].kind != PersonKind::Person {
            continue;
        }
        let t = doc.token_at_or_after(n.start);
        let end_t = doc.token_at_or_after(n.end);
        let sent = &doc.sentences[doc.tokens[t.min(doc.tokens.len() - 1)].sentence];
        let (lo, hi) = (sent.tokens.start, sent.tokens.end);
        let mut found: Vec<(usize, usize)> = Vec::new();
        // Before the name, directly.
        let first = title_before(doc, lo, t, false);
        if first < t && (first..t).any(|k| is_head(doc, k)) {
            found.push((first, t));
        }
        // Appositive before: "Poland's Foreign Minister, Radek Sikorski".
        if first == t && t > lo + 1 && doc.tok(t - 1) == "," {
            let f = title_before(doc, lo, t - 1, true);
            let head_last = t - 1 > f && (is_head(doc, t - 2) || (f..t - 1).any(|k| is_head(doc, k)));
            let starts_clean = f == lo
                || matches!(doc.lower(f - 1).as_str(), "by" | "with" | "," | "and" | "the" | "a" | "an" | "his" | "her" | "its" | "their");
            if head_last && starts_clean && f < t - 1 {
                found.push((f, t - 1));
            } else if let Some(w) = (lo.max(t.saturating_sub(12))..t - 1).rev().find(|&k| matches!(doc.lower(k).as_str(), "who" | "whose"))
            {
                // With a relative clause between: "The Oslo envoy who
                // visited Rome, Lars Holm, told reporters".
                let f = title_before(doc, lo, w, true);
                let clean = f == lo || matches!(doc.lower(f - 1).as_str(), "the" | "a" | "an" | "," | "and");
                let clause_is_plain = (w + 1..t - 1).all(|k| doc.tok(k) != "," && doc.tok(k) != ".");
                if f < w && is_head(doc, w - 1) && clean && clause_is_plain {
                    found.push((f, w));
                }
            }
        }
        // Appositive after: "Mark Rutte, NATO's secretary general, said".
        if end_t < hi && matches!(doc.tok(end_t), "," | "—" | "–" | "(") {
            if let Some((a, b)) = title_after(doc, end_t + 1, hi) {
                let closes = b >= hi || matches!(doc.tok(b), "," | "—" | "–" | ")" | "." | "and");
                if closes && a < b {
                    found.push((a, b));
                }
            }
        }
        let e = &mut ents.list[n.entity];
        for (a, b) in found {
            let span = (doc.tokens[a].start, doc.tokens[b - 1].end);
            let text = doc.text[span.0..span.1].to_lowercase();
            if !e.positions.iter().any(|&(s, t)| doc.text[s..t].to_lowercase() == text) {
                e.positions.push(span);
            }
            e.person_like = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{annotate, OffsetUnit, Options};

    fn positions(text: &str) -> Vec<(String, Vec<String>)> {
        let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Default::default() });
        a.people.iter().map(|p| (p.name.clone(), p.positions.iter().map(|s| s.text.clone()).collect())).collect()
    }

    #[test]
    fn title_before_name() {
        let got = positions("Acme spokeswoman Lena Ortiz said the plant would close. Ortiz declined to say more.");
        assert_eq!(got, vec![("Lena Ortiz".into(), vec!["Acme spokeswoman".into()])]);
        let got = positions("The state's coastal engineer, Priya Natarajan, warned that storms would grow.");
        assert_eq!(got, vec![("Priya Natarajan".into(), vec!["state's coastal engineer".into()])]);
    }

    #[test]
    fn possessive_title_and_appositives() {
        let got = positions(
            "Norway's deputy health minister Ola Berg met Kari Dahl, the union's chief negotiator, on Monday. \
             The ministry's spokesman, Per Lund, confirmed it.",
        );
        assert!(got.contains(&("Ola Berg".into(), vec!["Norway's deputy health minister".into()])), "{got:?}");
        assert!(got.contains(&("Kari Dahl".into(), vec!["union's chief negotiator".into()])), "{got:?}");
        assert!(got.contains(&("Per Lund".into(), vec!["ministry's spokesman".into()])), "{got:?}");
    }

    #[test]
    fn appositive_title_with_a_relative_clause_before_the_name() {
        let got = positions("The Oslo envoy who visited Rome, Lars Holm, told reporters the talks went well.");
        assert_eq!(got, vec![("Lars Holm".into(), vec!["Oslo envoy".into()])]);
    }
}
