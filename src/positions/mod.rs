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
//! executive"), and never reach into quoted words.

mod byline;
mod linked;
mod phrase;
mod shapes;
mod words;

use std::borrow::Cow;
use std::collections::HashSet;

use crate::lexicon::FxBuildHasher;

use crate::mentions::Entities;
use crate::quotes::QuoteSpan;
use crate::segment::Doc;
use crate::PersonKind;

/// Attaches positions to the people named in the text.
pub fn attach_positions(doc: &Doc, quotes: &[QuoteSpan], ents: &mut Entities) {
    if doc.tokens().is_empty() {
        return;
    }
    let quoted = quoted_spans(quotes);
    let mut seen = Seen::new(doc, ents);
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
        if words::is_party_tag(doc, name) || (after_of && one_word()) {
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
        for (_, shape) in shapes::SHAPES {
            shape(&site, &mut found);
        }
        for &(a, b) in &found {
            if a < b && b <= doc.tokens().len() {
                add(doc, &quoted, &mut seen, ents, n.entity, (doc.tokens()[a].start, doc.tokens()[b - 1].end));
            }
        }
    }
    for (entity, span) in byline::byline_titles(doc, ents) {
        add(doc, &quoted, &mut seen, ents, entity, span);
    }
    // (Every title is in `seen`, once by its lowered form: their count
    // sizes the maps of `linked_titles`.)
    for (entity, span) in linked::linked_titles(doc, ents, seen.0.len()) {
        add(doc, &quoted, &mut seen, ents, entity, span);
    }
}

/// The quotations' words as sorted, disjoint byte ranges (nested quotes
/// lie inside their parents), for a binary search per position.
fn quoted_spans(quotes: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    spans.sort_unstable();
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

/// The titles each entity has, lower-cased, so a repeat is found in one
/// lookup.
struct Seen<'d>(HashSet<(usize, Cow<'d, str>), FxBuildHasher>);

impl<'d> Seen<'d> {
    fn new(doc: &'d Doc, ents: &Entities) -> Self {
        let all = ents.list.iter().enumerate().flat_map(|(i, e)| e.positions.iter().map(move |&p| (i, doc.lowered_span(p.0, p.1))));
        // Room for a typical article's titles, so the set is not regrown
        // as they are added.
        let mut seen = HashSet::with_capacity_and_hasher(16, FxBuildHasher::default());
        seen.extend(all);
        Seen(seen)
    }
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
    let Some(person) = ents.list.get_mut(entity) else { return };
    let surname = !person.key.is_empty() && has_word(&doc.text()[s..e], &person.key);
    if !own_name && !surname && seen.0.insert((entity, doc.lowered_span(s, e))) {
        person.positions.push((s, e));
        person.person_like = true;
    }
}

/// Whether `text`, cut at every character that is not alphanumeric, has
/// `word` as a piece, ASCII case aside. An ASCII text, as most titles
/// are, is cut byte by byte.
fn has_word(text: &str, word: &str) -> bool {
    if text.is_ascii() {
        return text.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
    }
    text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::has_word;

    use crate::{annotate, OffsetUnit, Options};

    fn positions(text: &str) -> Vec<(String, Vec<String>)> {
        let a = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Default::default() });
        a.people.iter().map(|p| (p.name.to_string(), p.positions.iter().map(|s| s.text.to_string()).collect())).collect()
    }

    #[test]
    fn words_of_a_title() {
        assert!(has_word("the Rubio-era aide", "rubio"));
        assert!(!has_word("the Rubios' aide", "rubio"));
        assert!(has_word("José’s aide", "josé"));
        assert!(!has_word("Joséa’s aide", "josé"));
        assert!(!has_word("Müllera aide", "müller"));
        assert!(has_word("Müller aide", "müller"));
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
