//! Stage 6: positions — what the text says each person is.
//!
//! A position is a title phrase ([`phrase`]: modifiers, a role noun from
//! the lexicon, complements) standing in one of a few places around a name
//! mention ([`shapes`]): before it, in an appositive before or after it,
//! or linked by a clause ("who is", "is the", "as a"). Bylines
//! ([`byline`]) add their writer's title, and titles apart from any name
//! ([`linked`]: "A federal judge ruled …") join the person they describe.
//! Positions attach to the entity, so every mention's title reaches the one
//! person. Spans drop articles and keep possessors ("company’s chief
//! executive"), and never reach into words in quotation marks.

mod byline;
mod linked;
mod phrase;
mod shapes;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::lexicon::FxBuildHasher;
use crate::mentions::Entities;
use crate::quotes::QuoteSpan;
use crate::segment::{scan, Doc};
use crate::{PersonKind, QuoteKind};

/// Attaches positions to the people named in the text.
pub fn attach_positions(doc: &Doc, quotes: &[QuoteSpan], ents: &mut Entities) {
    if doc.tokens().is_empty() {
        return;
    }
    let quoted = quoted_spans(doc, quotes);
    let mut seen = Seen(None);
    // The names of people (not places), each with its first token and
    // the token after it: a walk from its run's first token over the few
    // title words before it (the mention keeps both ends). The others'
    // are not walked, nor read below. (`add` changes neither an entity's
    // kind nor its place: the names are filtered as they are read.)
    // (Room for a name's few titles: not regrown.)
    let mut found: Vec<(usize, usize)> = Vec::with_capacity(8);
    // (The names are read by index, each copied: `add` changes the
    // entities beside them.)
    for i in 0..ents.names.len() {
        let n = ents.names[i];
        if ents.list.get(n.entity).is_none_or(|e| e.kind != PersonKind::Person || e.place) {
            continue;
        }
        let name = n.run + doc.tokens()[n.run..].iter().take_while(|t| t.start < n.start).count();
        let end = n.after;
        // A one-word name seen after "in"/"to" is more likely a place
        // ("Back in Tromsø, the head of research said"), and so is one right
        // after "of"/"from" ("Ana Ruiz, 45, of Dallas, a teacher").
        // (Kind and place were tested above: `add` changes neither, but it
        // may make an entity person-like.)
        let one_word = || !doc.text().as_bytes()[n.start..n.end].contains(&b' ');
        if ents.list[n.entity].place_like && !ents.list[n.entity].person_like && one_word() {
            continue;
        }
        // (`one_word` is read only where it decides: after "of", in a
        // headline.)
        let name = name.min(doc.tokens().len() - 1);
        let after_of = name > 0 && matches!(doc.tok(name - 1), "of" | "from");
        if words::is_party_tag(doc, name) || (after_of && one_word()) || words::is_first_person(doc.tok(name)) {
            continue;
        }
        let sent = &doc.sentences[doc.tokens()[name].sentence()];
        // In a headline a lone capitalised word is as likely a verb
        // ("Treasurer Sentenced To Six Years").
        if sent.headline && one_word() {
            continue;
        }
        let run = n.run;
        let site = shapes::Site {
            doc,
            lo: sent.tokens.start,
            hi: sent.tokens.end,
            run,
            name,
            end,
            after: shapes::skip_asides(doc, end, sent.tokens.end),
            headline: sent.headline,
            ents,
        };
        found.clear();
        for shape in shapes::SHAPES {
            shape(&site, &mut found);
        }
        // "His partner, Jo Hill,": a kinship noun after a possessive
        // pronoun is a relation, no position (a partner of a firm is one).
        let relation = |a: usize, b: usize| {
            b == a + 1
                && a > 0
                && doc.lists(a) & crate::lexicon::KIN_NOUNS != 0
                && matches!(doc.lower(a - 1).as_str(), "his" | "her" | "their" | "my" | "our" | "your")
        };
        for &(a, b) in &found {
            if a < b && b <= doc.tokens().len() && !relation(a, b) {
                add(doc, &quoted, &mut seen, ents, n.entity, (doc.tokens()[a].start, doc.tokens()[b - 1].end));
            }
        }
    }
    for (entity, span) in byline::byline_titles(doc, ents) {
        add(doc, &quoted, &mut seen, ents, entity, span);
    }
    // (The count of titles sizes the maps of `linked_titles`.)
    let titles = ents.list.iter().map(|e| e.positions.len()).sum();
    for (entity, span) in linked::linked_titles(doc, ents, titles) {
        add(doc, &quoted, &mut seen, ents, entity, span);
    }
}

/// The words in quotation marks as sorted, disjoint byte ranges (nested
/// quotes lie inside their parents), for a binary search per position.
/// Unmarked speech is left out: an interview's answer ("A: My boss, the
/// harbourmaster, Colin Pike, …") is the article's own text, and the
/// titles it gives are the text's. A headline after a label ("BUSTED:
/// Emails Reveal Aide And CNN Reporter Caught …") is no answer: every
/// word is capitalised, names or not.
fn quoted_spans(doc: &Doc, quotes: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let headline = |q: &QuoteSpan| {
        let k = doc.token_at_or_after(q.start);
        doc.tokens().get(k).is_some_and(|t| doc.sentences.get(t.sentence()).is_some_and(|s| s.headline))
    };
    let marked = |q: &&QuoteSpan| q.kind != QuoteKind::Unmarked || headline(q);
    // (Sized for every quote: a filtered collect would grow by doubling.)
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(quotes.len());
    spans.extend(quotes.iter().filter(marked).map(|q| (q.start, q.end)));
    crate::compact_sort::sort_unstable(&mut spans);
    // (Merged in place: a span overlapping the last kept one widens it.)
    spans.dedup_by(|next, last| {
        let inside = next.0 < last.1;
        if inside {
            last.1 = last.1.max(next.1);
        }
        inside
    });
    spans
}

/// The titles already given, for finding a repeat. A person has a few,
/// compared one by one ([`same_title`]) with no set built or hashed; once
/// one has [`Seen::FEW`], every entity's titles go into a set by their
/// lowered forms, so a paste that gives one name thousands of titles
/// stays linear. (The set is of (entity, title number) pairs, the titles
/// numbered by a second map: both of types other modules use, so the
/// wasm carries no more copies of the table code.)
#[allow(clippy::type_complexity)]
struct Seen<'d>(Option<(HashMap<Cow<'d, str>, usize, FxBuildHasher>, HashMap<(usize, usize), usize, FxBuildHasher>)>);

impl<'d> Seen<'d> {
    const FEW: usize = 16;

    /// Whether `span` repeats a title of `entity`; if not, it is counted
    /// as given (the caller adds it).
    fn repeats(&mut self, doc: &'d Doc, ents: &Entities, entity: usize, span: (usize, usize)) -> bool {
        let given = &ents.list[entity].positions;
        if self.0.is_none() && given.len() < Self::FEW {
            return given.iter().any(|&p| same_title(doc, p, span));
        }
        let first = self.0.is_none();
        let (numbers, pairs) = self.0.get_or_insert_with(Default::default);
        let mut seen = |entity: usize, title: Cow<'d, str>| {
            let n = numbers.len();
            let n = *numbers.entry(title).or_insert(n);
            pairs.insert((entity, n), 0).is_some()
        };
        if first {
            for (i, e) in ents.list.iter().enumerate() {
                for &p in &e.positions {
                    seen(i, doc.lowered_span(p.0, p.1));
                }
            }
        }
        seen(entity, doc.lowered_span(span.0, span.1))
    }
}

/// Whether the spans `a` and `b` read alike lower-cased: a repeat of a
/// title.
fn same_title(doc: &Doc, a: (usize, usize), b: (usize, usize)) -> bool {
    let (x, y) = (&doc.text()[a.0..a.1], &doc.text()[b.0..b.1]);
    // ASCII lowers byte for byte (`Doc::lowered_span`).
    if x.is_ascii() && y.is_ascii() {
        return x.eq_ignore_ascii_case(y);
    }
    doc.lowered_span(a.0, a.1) == doc.lowered_span(b.0, b.1)
}

/// Adds a position span to an entity unless it overlaps quoted words,
/// holds the entity's surname or part of one of its names, or repeats a
/// title it already has. Logarithmic in the text's quotes and names.
fn add<'d>(doc: &'d Doc, quoted: &[(usize, usize)], seen: &mut Seen<'d>, ents: &mut Entities, entity: usize, (s, e): (usize, usize)) {
    let i = quoted.partition_point(|q| q.1 <= s);
    if quoted.get(i).is_some_and(|q| q.0 < e) {
        return;
    }
    let first_name = ents.names.partition_point(|n| n.end <= s);
    let own_name = ents.names[first_name..].iter().take_while(|n| n.start < e).any(|n| n.entity == entity);
    let Some(person) = ents.list.get(entity) else { return };
    let surname = !person.key.is_empty() && scan::has_word(&doc.text()[s..e], &person.key);
    if own_name || surname {
        return;
    }
    // A title written before a later repeat already given (a description
    // merged in: "the president" for "President Barack Obama") takes its
    // place: the first as written. (Among a few titles only: see `Seen`.)
    let given = &mut ents.list[entity].positions;
    if given.len() < Seen::FEW {
        if let Some(j) = given.iter().position(|&p| p.0 > s && same_title(doc, p, (s, e))) {
            given[j] = (s, e);
            return;
        }
    }
    if !seen.repeats(doc, ents, entity, (s, e)) {
        let person = &mut ents.list[entity];
        person.positions.push((s, e));
        person.person_like = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::{annotate, OffsetUnit, Options};

    fn positions(text: &str) -> Vec<(String, Vec<String>)> {
        let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Default::default() });
        a.people.iter().map(|p| (p.name.to_string(), p.positions.iter().map(|s| s.text.to_string()).collect())).collect()
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

    /// A title is kept once however many a person has: repeats are found
    /// one by one among a few titles and through a set past them.
    #[test]
    fn repeated_titles_kept_once_past_a_few() {
        let firms: Vec<String> = (0..40u8).map(|i| format!("{}{}ora", char::from(b'B' + i / 20), char::from(b'a' + i % 20))).collect();
        let mut text = String::new();
        for _ in 0..2 {
            for f in &firms {
                text.push_str(&format!("\"We will win,\" said Lena Ortiz, chief executive of {f} Holdings.\n\n"));
            }
        }
        let got = positions(&text);
        let want: Vec<String> = firms.iter().map(|f| format!("chief executive of {f} Holdings")).collect();
        assert_eq!(got, vec![("Lena Ortiz".into(), want)]);
    }
}
