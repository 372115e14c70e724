//! Stage 5: attribution — which cue introduces each quote, which mention is
//! its source, and which entity that mention refers to.
//!
//! Shapes handled, for a quote Q in its sentence:
//! - after Q: `“Q,” Rubio said` · `“Q,” said the official` · `“Q,” he added`
//!   · `“Q,” Mark Rutte, NATO's chief, said`
//! - before Q: `Rubio said: “Q”` · `X said on Friday, “Q”` · `X said that …
//!   “Q”` (a partial inside reported speech) · `what he called “Q”`
//! - no cue: a quote paragraph continuing the previous speaker's words, or
//!   the second sentence after `“A,” X said.`
//!
//! Sources are resolved in document order, keeping a running notion of who
//! the text is about (sentence subjects and the last speaker), so a pronoun
//! resolves without searching the whole article.
//!
//! Submodules: `phrases` finds cues and the noun phrases around them,
//! `subjects` the speaker of a cue without its own subject, `resolve` turns
//! a phrase into an entity, `nested` handles quotes inside quotes, and
//! `signatures` labels and signatures outside the prose, `dialogue` the
//! alternating turns of a conversation, `echoes` a headline's quote of the
//! body; `holders`, run after positions,
//! joins a description to the one person holding its role.

mod dialogue;
mod echoes;
mod holders;
mod nested;
mod orgs;
mod phrases;
mod resolve;
mod signatures;
mod subjects;

pub use holders::join_role_holders;
pub(crate) use phrases::{
    adjectival_participle, body_and_before, cue_at_word, cue_third_shapes, has_third_shape, head_token, is_age_noun, is_finite,
    is_source_word, is_time_noun, named_appositive, participle_head, past_relative, relative_antecedent, relative_pronoun_before,
};
pub use phrases::{cue_at, np_after, np_before, object_after, Cue, Np, NpKind};

use nested::attribute_nested;
use phrases::{adjuncts_only, cue_after, cue_before, cue_extent};
pub(crate) use resolve::{fronted_clause_end, past_word};
use resolve::{resolve, Resolver};
use signatures::{colon_headline, dash_signature, transcript_label};
use subjects::{bare_description, opening_pronoun, subject_pronoun};

use crate::lexicon;
use crate::mentions::{Entities, Mention, MentionKind, NameRef};
use crate::quotes::QuoteSpan;
use crate::segment::Doc;
use crate::{indirect, PersonKind, QuoteKind};

/// A quote (or reported clause) with its attribution. Byte offsets.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub nested: bool,
    pub speaker: Option<usize>,
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub confidence: f64,
}

fn span(doc: &Doc, first: usize, last: usize) -> (usize, usize) {
    (doc.tokens()[first].start, doc.tokens()[last - 1].end)
}

/// Attributes every quote, and finds reported speech when `with_indirect`.
pub fn attribute(doc: &Doc, quotes: &[QuoteSpan], ents: &mut Entities, with_indirect: bool) -> Vec<Attributed> {
    orgs::type_by_context(doc, ents);
    let mut r = Resolver {
        doc,
        last_speaker: None,
        subjects: vec![None; doc.sentences.len()],
        relative_pronouns: Default::default(),
        name_hint: Default::default(),
    };
    // Sized once for the quotes and the reported speech pushed after them
    // (at most a span or two in a sentence of every few), not grown.
    let mut out: Vec<Attributed> = Vec::with_capacity(quotes.len() + if with_indirect { doc.sentences.len() / 2 } else { 0 });
    // What each quote's neighbours ask of it, by quote index (one list).
    let mut told: Vec<Told> = quotes.iter().map(|q| Told { nickname: is_nickname(doc, q), speaker: None }).collect();
    let mut next_quote = 0;
    let mut unquoted = indirect::Unquoted::new(quotes);
    // The names before the sentence read (a cursor, not a search per
    // sentence).
    let mut names_seen = 0;
    for (p_idx, para) in doc.paragraphs.iter().enumerate() {
        if para.chrome {
            continue;
        }
        for s in para.sentences.clone() {
            let sent = &doc.sentences[s];
            let first = out.len();
            if s > para.sentences.start {
                learn_gender(&mut r, s, ents, quotes);
            }
            learn_possessive_gender(&r, s, ents, quotes, &mut names_seen);
            // Quotes that start in this sentence (nested ones included).
            while next_quote < quotes.len() && quotes[next_quote].outer_start < sent.end {
                let qi = next_quote;
                next_quote += 1;
                let q = &quotes[qi];
                let a = attribute_quote(&mut r, q, qi, quotes, &told, s, p_idx, ents);
                told[qi].speaker = a.speaker;
                if let Some(e) = a.speaker {
                    if q.parent.is_none() {
                        r.last_speaker = Some((e, p_idx));
                        // (A relative clause's speaker is not what the
                        // sentence is about: "Almquist cited Harrow, who
                        // said …".)
                        if let Some((src, _)) = a.source.filter(|&(a, b)| !matches!(&doc.text()[a..b], "who" | "which")) {
                            r.set_subject(sentence_near(doc, s, src), e);
                        }
                    }
                }
                out.push(a);
            }
            if with_indirect {
                for &found in indirect::find_in_sentence(doc, s, quotes, &mut unquoted) {
                    let resolved = found
                        .np
                        .and_then(|np| resolve(&mut r, np, s, p_idx, ents, quotes))
                        .map(|(e, src)| (e, relative_source(&mut r, ents, e, found.np, found.cue.0).unwrap_or(src)));
                    let speaker = resolved.map(|(e, _)| e);
                    if let Some(e) = speaker {
                        r.last_speaker = Some((e, p_idx));
                        // The sentence is about its grammatical subject, not
                        // a speaker inside a relative clause ("Moss cited
                        // Harrow, who said …. She wrote …" is Moss).
                        // (Only a sentence with no subject yet takes one: the
                        // search is not made for the others.)
                        let unset = r.subjects.get(s).is_none_or(Option::is_none);
                        if unset && r.subject_name_before(s, usize::MAX, ents, quotes).is_none_or(|n| n.entity == e) {
                            r.set_subject(s, e);
                        }
                    }
                    for (start, end) in found.spans {
                        out.push(Attributed {
                            start,
                            end,
                            kind: QuoteKind::Indirect,
                            nested: false,
                            speaker,
                            source: resolved.map(|(_, src)| src),
                            cue: Some(span(doc, found.cue.0, found.cue.1)),
                            confidence: if speaker.is_some() { 0.7 } else { 0.3 },
                        });
                    }
                }
            }
            // A sentence's reports may start before its quotes: its few
            // entries are put in order here (by insertion, no allocation),
            // leaving the whole list in order but for a rare quote that
            // starts past its sentence's entries.
            if out.len() > first + 1 {
                crate::compact_sort::sort_by_key(&mut out[first..], order);
            }
        }
    }
    if !out.is_sorted_by_key(order) {
        crate::compact_sort::sort_by_key(&mut out, order);
    }
    inherit_from_reports(doc, &mut out);
    dialogue::assign_turns(doc, quotes, &mut out, ents);
    dialogue::assign_interview(doc, quotes, &mut out, ents);
    first_person_in_speech(doc, &mut out);
    echoes::credit_headline_echoes(doc, &mut out);
    link_titles_to_names(doc, &mut out, ents);
    orgs::merge_short_names(doc, &mut out, ents);
    out
}

/// "Priya Shah watched from a window. She had lost power.": a sentence
/// opening on "he" or "she" after one that names a single person, as its
/// subject, tells that person's sex when nothing else did (a first name
/// the list lacks), so a later "he" is not given to her.
fn learn_gender(r: &mut Resolver, s: usize, ents: &mut Entities, quotes: &[QuoteSpan]) {
    let doc = r.doc;
    let sent = &doc.sentences[s];
    // (The reporter's word, not a quote's: "“She's not one of us,” Reed
    // said.")
    let k = sent.tokens.start;
    if k >= sent.tokens.end || !doc.is_word(k) {
        return;
    }
    let Some(g) = resolve::subject_gender(&doc.lower(k)) else { return };
    let prev = &doc.sentences[s - 1];
    let Some(n) = r.subject_name_before(s - 1, usize::MAX, ents, quotes) else { return };
    let e = &ents.list[n.entity];
    if e.gender.is_some() || e.kind != PersonKind::Person || !e.person_like {
        return;
    }
    // (One person named in the sentence: "Reed met Lind. She …" is
    // either.)
    let i = ents.names.partition_point(|m| m.start < prev.start);
    let others = ents.names[i..].iter().take_while(|m| m.start < prev.end).any(|m| {
        let o = &ents.list[m.entity];
        m.entity != n.entity && o.kind == PersonKind::Person && !o.place_like
    });
    if !others {
        ents.list[n.entity].gender = Some(g);
    }
}

/// "Adaeze Reyes won her first title": a possessive or reflexive in the
/// clause of a person named as its subject, with no one else named or
/// described before it, tells that person's sex when nothing else did (a
/// first name the list lacks), so a later "he" is not given to her.
/// (`seen`: how many names start before this sentence, or fewer.)
fn learn_possessive_gender(r: &Resolver, s: usize, ents: &mut Entities, quotes: &[QuoteSpan], seen: &mut usize) {
    let doc = r.doc;
    let sent = &doc.sentences[s];
    // (Most sentences name no one of unknown sex: asked first, of the
    // names, before the words are read.)
    while *seen < ents.names.len() && ents.names[*seen].start < sent.start {
        *seen += 1;
    }
    let i = *seen;
    let unsexed = |m: &&NameRef| {
        let e = &ents.list[m.entity];
        e.gender.is_none() && e.kind == PersonKind::Person && !e.place_like
    };
    let Some(first) = ents.names[i..].iter().take_while(|m| m.start < sent.end).find(unsexed) else { return };
    // (The words are looked for by each token's length and first byte
    // before it is lowered.)
    let bytes = doc.text().as_bytes();
    let owner_word = |k: usize| match doc.lower(k).as_str() {
        "his" | "himself" => Some(crate::mentions::Gender::Male),
        "herself" => Some(crate::mentions::Gender::Female),
        // Possessive before a noun, not an object: "her first title",
        // not "told her the truth" or "coaches her."
        "her" => (k + 1 < sent.tokens.end
            && doc.is_word(k + 1)
            && !doc.is_cap(k + 1)
            && !phrases::CLOSED_CLASS.contains(&doc.lower(k + 1).as_str()))
        .then_some(crate::mentions::Gender::Female),
        _ => None,
    };
    let owner = |k: usize| {
        let t = doc.tokens()[k];
        if !matches!(t.end - t.start, 3 | 7) || bytes[t.start] | 0x20 != b'h' {
            return None;
        }
        owner_word(k)
    };
    let Some((k, g)) = (first.after..sent.tokens.end).find_map(|k| owner(k).map(|g| (k, g))) else { return };
    let at = doc.tokens()[k].start;
    // That one person named before it (asked before the dearer subject
    // test): no one else a possessive could be about.
    if ents.names[i..].iter().take_while(|m| m.start < at).any(|m| m.entity != first.entity) {
        return;
    }
    let Some(n) = r.subject_name_before(s, at, ents, quotes).filter(|n| n.entity == first.entity) else { return };
    if crate::mentions::in_quote(quotes, at) {
        return;
    }
    // No pronoun or person noun between the name and the possessive that
    // it could be about, and no punctuation but a comma.
    let between = (n.after..k).any(|j| {
        let w = doc.lower(j);
        !doc.is_word(j) && !matches!(doc.tok(j), "," | "'" | "’")
            || matches!(w.as_str(), "he" | "she" | "they" | "him" | "them" | "who" | "whose")
            || doc.lists(j) & (lexicon::PERSON_NOUNS | lexicon::ROLES | lexicon::TITLES | lexicon::SOURCE_NOUNS | lexicon::KIN_NOUNS) != 0
    });
    if !between {
        ents.list[n.entity].gender = Some(g);
    }
}

/// What is known of a quote that later quotes ask about.
struct Told {
    /// A nickname (asked again of the next quote).
    nickname: bool,
    /// Its speaker, once attributed (for continuations).
    speaker: Option<usize>,
}

/// The order of the attributed spans: by start, enclosing spans first.
fn order(a: &Attributed) -> (usize, std::cmp::Reverse<usize>) {
    (a.start, std::cmp::Reverse(a.end))
}

/// `Doc::sentence_at(pos)` walked to from sentence `s`: a quote's source
/// is in its sentence or one next to it, a step or two, not a search.
fn sentence_near(doc: &Doc, s: usize, pos: usize) -> usize {
    let mut t = s.min(doc.sentences.len().saturating_sub(1));
    while t + 1 < doc.sentences.len() && doc.sentences[t + 1].start <= pos {
        t += 1;
    }
    while t > 0 && doc.sentences[t].start > pos {
        t -= 1;
    }
    t
}

/// "Dunmore, now the minority leader, who in 2012 said …": the relative
/// pronoun opening the cue's clause is its source mention, a mention of the
/// antecedent `e` that `np` named.
fn relative_source(r: &mut Resolver, ents: &mut Entities, e: usize, np: Option<Np>, cue: usize) -> Option<(usize, usize)> {
    let (doc, np) = (r.doc, np?);
    // (A token knows its sentence: no search of the document's.) Only a
    // pronoun after the phrase counts, so the search stops at its end:
    // for a phrase right before its cue, the usual case, at once.
    let lo = doc.sentences[doc.tokens()[cue].sentence()].tokens.start.max(np.last);
    let w = relative_pronoun_before(doc, lo, cue)?;
    let (start, end) = (doc.tokens()[w].start, doc.tokens()[w].end);
    // Only this function adds a relative pronoun as a mention.
    if r.relative_pronouns.insert((e, start), 0).is_none() {
        ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
    }
    Some((start, end))
}

/// "Solberg: Of course. I told the council that …": a report whose
/// reporter is "I" inside someone's quoted or labelled words is that
/// speaker's. Runs after dialogue turns and interview answers have their
/// speakers. `out` is sorted by start, enclosing spans first.
fn first_person_in_speech(doc: &Doc, out: &mut [Attributed]) {
    for i in 0..out.len() {
        let first_person =
            out[i].kind == QuoteKind::Indirect && out[i].source.is_some_and(|(a, b)| doc.text()[a..b].eq_ignore_ascii_case("i"));
        if !first_person {
            continue;
        }
        let (start, end) = (out[i].start, out[i].end);
        let outer = out[..i]
            .iter()
            .rev()
            .take(16)
            .find(|o| o.kind != QuoteKind::Indirect && o.start <= start && end <= o.end && o.speaker.is_some());
        if let Some(o) = outer {
            let speaker = o.speaker;
            out[i].speaker = speaker;
        }
    }
}

/// Mixed speech: a quote inside a reported clause with a speaker ("who
/// said drivers were “quietly dropped”") is that speaker's, unless the
/// quote found a source of its own and the report has words of its own
/// before the quote. `out` is sorted by start, enclosing spans first.
fn inherit_from_reports(doc: &Doc, out: &mut [Attributed]) {
    let mut report: Option<usize> = None;
    for i in 0..out.len() {
        if out[i].kind == QuoteKind::Indirect {
            if report.is_none_or(|r| out[r].end <= out[i].start || out[i].end > out[r].end) {
                report = Some(i);
            }
            continue;
        }
        let Some(r) = report.filter(|&r| out[r].start <= out[i].start && out[i].end <= out[r].end) else { continue };
        // (The report's words before the quote are read last, of a quote
        // that would change.)
        if out[i].source.is_none()
            && !out[i].nested
            && out[r].speaker.is_some()
            && out[i].speaker != out[r].speaker
            && doc.text()[out[r].start..out[i].start].chars().any(char::is_alphanumeric)
        {
            out[i].speaker = out[r].speaker;
            out[i].source = out[r].source;
            out[i].cue = out[r].cue;
            out[i].confidence = out[r].confidence;
        }
    }
}

/// Heads of descriptions that stay anonymous by design ("a senior
/// official"), never merged into a later name.
pub(crate) const ANONYMOUS_HEADS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "person",
    "people",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "insider",
    "insiders",
    "observer",
    "analyst",
    "expert",
];

/// "The foreign secretary … accused Russia. “…,” David Lammy told
/// reporters.": a speaking description with a title, followed within a few
/// sentences by a newly named speaker, is that person; the description
/// becomes one of their positions.
fn link_titles_to_names(doc: &Doc, out: &mut [Attributed], ents: &mut Entities) {
    let mut merges = Merges::new();
    // By index: mentions move between entities inside the loop.
    #[allow(clippy::needless_range_loop)]
    for u in 0..ents.list.len() {
        let e = &ents.list[u];
        // (Not the narrator "I", introduced by its pronoun: no head noun,
        // and its name would be lowered for nothing.)
        if e.kind != PersonKind::Unnamed || e.mentions.first().is_none_or(|m| m.kind == MentionKind::Pronoun) {
            continue;
        }
        // The head noun comes before any complement: "minister of Portugal".
        // (A description's key is its head, set when `resolve` made it: read,
        // not found again from the name.)
        let head: &str = &e.key;
        debug_assert_eq!(head, resolve::description_head(&e.name));
        if !lexicon::is_role_noun(head) || ANONYMOUS_HEADS.contains(&head) || head.ends_with('s') {
            continue;
        }
        // A title links to the next speaker named; any other role only to
        // a person introduced with it.
        let title = lexicon::titles().contains(head);
        let m = e.mentions[0];
        // Only the last bytes matter: lowering the whole text before every
        // description made this quadratic (and so would a search for the
        // line's start in a one-line paste). "a"/"an" lower-case only from
        // ASCII, so an ASCII case-insensitive test is the same.
        let before = doc.text()[..m.start].trim_end();
        let ends = |w: &str| before.len() >= w.len() && before.get(before.len() - w.len()..).is_some_and(|t| t.eq_ignore_ascii_case(w));
        // ("Another worker said …", "One worker said …": someone else,
        // the description itself says so.)
        let own = doc.text()[m.start..m.end].split(' ').next().unwrap_or("");
        let indefinite = ends(" a")
            || ends(" an")
            || before.eq_ignore_ascii_case("a")
            || before.eq_ignore_ascii_case("an")
            || own.eq_ignore_ascii_case("another")
            || own.eq_ignore_ascii_case("one");
        if indefinite {
            continue;
        }
        // "An officer involved in the search, who spoke on condition of
        // anonymity, said": a source kept unnamed on purpose.
        let s = doc.sentence_at(m.start);
        if doc.text().get(m.end..doc.sentences[s].end.max(m.end)).is_some_and(|t| t.contains("anonymity") || t.contains("anonymously")) {
            continue;
        }
        // "A spokesman says …" opening a paragraph may be named next ("Ed
        // Brookover said"), but not as someone given another role.
        let opens_indefinite = ends("\na") || ends("\nan");
        // Only as a lede, though: after a headline, a dateline or a time
        // stamp (a short paragraph), not in the body, where "A spokesman
        // said …" and then "Fiona Rennie said …" are two people.
        if opens_indefinite && !after_short_paragraph(doc, s) {
            continue;
        }
        let horizon = doc.sentences.get(s + 3).map_or(doc.text().len(), |x| x.start);
        // The first speaker after the description whose first mention is
        // after it: a newly introduced person.
        let from = out.partition_point(|a| a.start <= m.end);
        let candidate = (from..out.len()).take_while(|&k| title && out[k].start < horizon).find_map(|k| {
            let p = out[k].speaker?;
            let pe = &ents.list[p];
            (p != u
                && pe.kind == PersonKind::Person
                && pe.mentions.first().is_some_and(|f| {
                    f.start > m.end && !other_title(doc, ents, f, head) && !(opens_indefinite && lower_title(doc, ents, f, head))
                }))
            .then_some((k, p))
        });
        // "“…,” the officer said. “…,” said Tom Reyes.": a bare "the" and
        // role quoted with its own cue, and the name quoted next with
        // another: two speakers in turn. (A lede's fuller description,
        // "Connecticut's tax commissioner said …", is named next.)
        let bare = (ends(" the") || ends("\nthe") || before.eq_ignore_ascii_case("the"))
            && !doc.text()[m.start..m.end].contains(char::is_whitespace);
        let turn = |k: usize| {
            let cued = |a: &Attributed| a.kind == QuoteKind::Direct && a.cue.is_some() && a.source.is_some();
            cued(&out[k])
                && out[..k]
                    .iter()
                    .rev()
                    .find(|b| !b.nested)
                    .is_some_and(|b| b.speaker == Some(u) && b.source == Some((m.start, m.end)) && cued(b))
        };
        let candidate = candidate.filter(|&(k, _)| !(bare && turn(k))).map(|(_, p)| p);
        // Further on, a person introduced with that very title: "The
        // judge said …" and, paragraphs later, "District Judge Maureen
        // Keller"; "the senior author, Dr. Felix Brandauer".
        let candidate = candidate.or_else(|| {
            (0..ents.list.len())
                .filter(|&p| p != u && ents.list[p].kind == PersonKind::Person)
                .filter_map(|p| {
                    ents.list[p].mentions.first().filter(|f| f.start > m.end && introduced_as(doc, ents, f, head)).map(|f| (f.start, p))
                })
                .min()
                .map(|(_, p)| p)
        });
        // (Never one whose own name the description holds: "Ana chief" is
        // no title of Ana's.)
        let Some(p) = candidate.filter(|&p| !names_holder(&ents.list[u].name, &ents.list[p].key)) else { continue };
        merges.merge(ents, u, p, true);
    }
    merges.repoint(out);
}

/// Whether sentence `s` opens a paragraph that follows a short one (under
/// a dozen words: a headline, a dateline, a time stamp).
fn after_short_paragraph(doc: &Doc, s: usize) -> bool {
    let p = doc.sentences[s].paragraph;
    let Some(prev) = p.checked_sub(1).map(|q| &doc.paragraphs[q]) else { return true };
    let (Some(a), Some(b)) = (doc.sentences.get(prev.sentences.start), doc.sentences.get(prev.sentences.end.wrapping_sub(1))) else {
        return true;
    };
    (a.tokens.start..b.tokens.end).filter(|&k| doc.is_word(k)).nth(11).is_none()
}

/// Whether the description `name` has a holder's key (its surname,
/// lowered) as a word: the test `positions` makes of a title.
fn names_holder(name: &str, key: &str) -> bool {
    !key.is_empty() && crate::segment::scan::has_word(name, key)
}

/// Descriptions merged into the person (or organisation) they refer to,
/// by entity: their mentions move over and their quotes follow. The map
/// is allocated at the first merge: most articles have none.
struct Merges(Vec<Option<usize>>);

impl Merges {
    fn new() -> Self {
        Merges(Vec::new())
    }

    /// Moves every mention of `from` to `into`; with `as_position`, its
    /// first mention (the description) becomes one of `into`'s positions.
    fn merge(&mut self, ents: &mut Entities, from: usize, into: usize, as_position: bool) {
        if self.0.is_empty() {
            self.0 = vec![None; ents.list.len()];
        }
        self.0[from] = Some(into);
        let moved = ents.list[from].mentions.take_all();
        let target = &mut ents.list[into];
        if let (true, Some(m)) = (as_position, moved.first()) {
            target.positions.push((m.start, m.end));
        }
        target.mentions.extend(moved);
    }

    /// Gives each quote of a merged entity to the entity it joined.
    fn repoint(&self, out: &mut [Attributed]) {
        if self.0.is_empty() {
            return;
        }
        for a in out.iter_mut() {
            if let Some(p) = a.speaker.and_then(|u| self.0[u]) {
                a.speaker = Some(p);
            }
        }
    }
}

/// Whether the name mention `f` is introduced with the title `head`: in
/// its capitalised run ("District Judge Maureen Keller") or as the
/// description it stands in apposition to ("the senior author, Dr. Felix
/// Brandauer").
fn introduced_as(doc: &Doc, ents: &Entities, f: &Mention, head: &str) -> bool {
    ents.name_at(f.start, f.end).is_some_and(|n| run_title_has(doc, n, head) || appositive_role(doc, n).is_some_and(|w| w == head))
}

/// Whether the name mention `f` is introduced with a title of its own that
/// is not `head` ("Secretary of Fisheries Tomas Berg" is not "the
/// minister" spoken of before).
fn other_title(doc: &Doc, ents: &Entities, f: &Mention, head: &str) -> bool {
    ents.name_at(f.start, f.end).is_some_and(|n| {
        // Or in apposition: "the clerk's lawyer, Ben Osler", "Tom Dunn's
        // wife, Carol", "a neighbour, Rosa Quint".
        let appositive = appositive_noun(doc, n)
            .is_some_and(|(w, lists)| w != head && (lexicon::is_role_noun(w) || lists & (lexicon::KIN_NOUNS | lexicon::PERSON_NOUNS) != 0));
        appositive
            || role_after(doc, n).is_some_and(|w| w != head && !lexicon::same_role(w, head))
            || !blank(&doc.text()[n.run_start(doc)..n.start]) && !run_title_has(doc, n, head)
    })
}

/// The role noun set off after a name: "Howard Brandt, the port's chief
/// executive, said" gives "executive"; the head is the last word before a
/// complement or the comma that closes it.
fn role_after<'d>(doc: &'d Doc, n: &NameRef) -> Option<&'d str> {
    let mut k = n.after;
    if k >= doc.tokens().len() || doc.tok(k) != "," {
        return None;
    }
    k += 1;
    let stop = (k + 6).min(doc.tokens().len());
    let mut head = None;
    while k < stop && doc.is_word(k) && !matches!(doc.lower(k).as_str(), "of" | "for" | "at" | "in" | "with" | "who" | "said" | "says") {
        head = Some(k);
        k += 1;
    }
    head.map(|h| doc.lower(h).as_str()).filter(|w| lexicon::is_role_noun(w))
}

/// Whether the name mention `f` comes right after a lower-case role noun
/// that is not `head` or its synonym: "Weather service meteorologist Aidan
/// Clarke" is not "a government spokesperson" spoken of before.
fn lower_title(doc: &Doc, ents: &Entities, f: &Mention, head: &str) -> bool {
    let Some(t) = ents.name_at(f.start, f.end).and_then(|n| n.run.checked_sub(1)) else { return false };
    if !doc.is_word(t) || doc.is_cap(t) {
        return false;
    }
    let w = doc.lower(t);
    w.as_str() != head && lexicon::is_role_noun(w.as_str()) && !lexicon::same_role(w.as_str(), head)
}

/// Whether the title words in a name's capitalised run ("District Judge"
/// before "Maureen Keller") include `head`.
fn run_title_has(doc: &Doc, n: &NameRef, head: &str) -> bool {
    doc.lowered_span(n.run_start(doc), n.start).split(|c: char| !c.is_alphanumeric()).any(|w| w == head)
}

/// The role noun a name stands in apposition to, right before its run and
/// a comma ("the senior author, Dr. Felix Brandauer" gives "author").
fn appositive_role<'d>(doc: &'d Doc, n: &NameRef) -> Option<&'d str> {
    appositive_noun(doc, n).map(|(w, _)| w).filter(|w| lexicon::is_role_noun(w))
}

/// The word a name stands in apposition to, right before its run and a
/// comma, lowered, with its word lists ("Tom Dunn's wife, Carol" gives
/// "wife").
fn appositive_noun<'d>(doc: &'d Doc, n: &NameRef) -> Option<(&'d str, u64)> {
    let run = n.run;
    (run >= 2 && doc.tok(run - 1) == ",").then(|| (doc.lower(run - 2).as_str(), doc.lists(run - 2)))
}

/// The sentence where quote `q` ends, the first token after it and its
/// first token (`Doc::sentence_at` and `Doc::token_at_or_after`). Found
/// from sentence `s` on, where the quote starts, unless it started before
/// (in a paragraph left out): a walk over the sentence or two it spans
/// and a search of their tokens, not of the document's.
fn quote_bounds(doc: &Doc, s: usize, q: &QuoteSpan) -> (usize, usize, usize) {
    let pos = q.outer_end.saturating_sub(1).max(q.outer_start);
    let from_s = doc.sentences[s].start <= q.outer_start;
    let end_sent = if from_s { s + doc.sentences[s + 1..].iter().take_while(|n| n.start <= pos).count() } else { doc.sentence_at(pos) };
    let (lo, hi) = if from_s { (doc.sentences[s].tokens.start, doc.sentences[end_sent].tokens.end) } else { (0, doc.tokens().len()) };
    (end_sent, doc.token_near(lo, hi, q.outer_end), doc.token_near(lo, hi, q.outer_start))
}

/// Unmarked speech whose label names its speaker (`(ls, le)`, bytes): a
/// headline shape "Rubio tells Moscow: …" gives the subject and the cue.
/// (Rare: kept out of `attribute_quote`'s hot code.)
#[cold]
#[inline(never)]
fn attribute_label(
    r: &mut Resolver,
    (ls, le): (usize, usize),
    quotes: &[QuoteSpan],
    s: usize,
    p_idx: usize,
    ents: &mut Entities,
    mut a: Attributed,
) -> Attributed {
    let doc = r.doc;
    let first = doc.token_at_or_after(ls);
    let last = doc.token_at_or_after(le);
    if first < last {
        let cue = (first..last).find_map(|i| cue_at(doc, i, last).map(|e| (i, e)));
        let np_end = cue.map_or(last, |(c, _)| c);
        let np = np_before(doc, first, np_end).or(Some(Np { first, last: np_end, kind: NpKind::Name }));
        if let Some((c, e)) = cue {
            a.cue = Some(span(doc, c, cue_extent(doc, c, e, last)));
        }
        if let Some(np) = np.filter(|np| np.first < np.last) {
            let qa = matches!(doc.tok(np.first), "Q" | "A");
            if !qa {
                if let Some((e, src)) = resolve(r, np, s, p_idx, ents, quotes) {
                    a.speaker = Some(e);
                    a.source = Some(src);
                    a.confidence = 0.8;
                }
            }
        }
    }
    a
}

/// Where a bare attribution opening sentence `next` ends (the cue and its
/// speaker, then a comma or the end), or `None`. (Rare: kept out of
/// `attribute_quote`'s hot code.)
#[cold]
#[inline(never)]
fn bare_attribution(doc: &Doc, next: &crate::segment::Sentence) -> Option<usize> {
    let lim = next.tokens.end.min(next.tokens.start + 8);
    let bare = cue_after(doc, next.tokens.start, lim).filter(|c| c.np.is_some()).is_some_and(|c| {
        let end = c.np.map_or(c.last, |np| np.last.max(c.last));
        // "She adds, “…”" introduces its own quote.
        let own_quote = end + 1 < next.tokens.end && doc.tok(end + 1).chars().next().is_some_and(crate::segment::is_quote_mark);
        end >= next.tokens.end || (matches!(doc.tok(end), "," | ".") && !own_quote)
    });
    if bare {
        return Some(lim);
    }
    // "“… who knows?” Reyes told a radio station in an interview on
    // Monday.": the cue and its speaker, then only phrases of where, when
    // or how. Nothing in the sentence can be what was said but the quote.
    let c = cue_after(doc, next.tokens.start, next.tokens.end).filter(|c| c.np.is_some())?;
    let end = c.np.map_or(c.last, |np| np.last.max(c.last));
    adjuncts_only(doc, end, next.tokens.end).then_some(end)
}

#[allow(clippy::too_many_arguments)]
fn attribute_quote(
    r: &mut Resolver,
    q: &QuoteSpan,
    qi: usize,
    quotes: &[QuoteSpan],
    told: &[Told],
    s: usize,
    p_idx: usize,
    ents: &mut Entities,
) -> Attributed {
    let doc = r.doc;
    let mut a = Attributed {
        start: q.start,
        end: q.end,
        kind: q.kind,
        nested: q.parent.is_some(),
        speaker: None,
        source: None,
        cue: None,
        confidence: 0.0,
    };
    // `Daniel "Danny" Marsh`: a nickname is part of a name, nobody's words.
    if told[qi].nickname {
        return a;
    }
    if let Some(parent) = q.parent {
        return attribute_nested(r, q, &quotes[parent], told[parent].speaker, s, p_idx, ents, a);
    }
    // Unmarked speech names its speaker in a label.
    if let Some(label) = q.label {
        return attribute_label(r, label, quotes, s, p_idx, ents, a);
    }
    // A transcript turn inside the marks: "“PENCE: Well, look, …”".
    if let Some((ls, le)) = transcript_label(doc, q) {
        let first = doc.token_at_or_after(ls);
        let last = doc.token_at_or_after(le);
        if let Some((e, src)) = resolve(r, Np { first, last, kind: NpKind::Name }, s, p_idx, ents, quotes) {
            a.speaker = Some(e);
            a.source = Some(src);
            a.confidence = 0.8;
            return a;
        }
    }
    let sent = &doc.sentences[s];
    // Bounds: the sentence(s) the quote sits in, cut at neighbouring quotes.
    let (end_sent, after_lo, before_hi) = quote_bounds(doc, s, q);
    let mut after_hi = doc.sentences[end_sent].tokens.end;
    // If the quote ends its sentence, a short "X said." sentence right after
    // still attributes it.
    // (Not a quote a cue and its colon or comma bring in: in "Rennie said:
    // “We are ready.” Smith disagreed." the next sentence is Smith's own.)
    let introduced = || {
        before_hi > sent.tokens.start + 1
            && matches!(doc.tok(before_hi - 1), ":" | ",")
            && (before_hi.saturating_sub(6).max(sent.tokens.start)..before_hi - 1).any(|k| doc.in_list(k, lexicon::cue_verbs()))
    };
    if after_lo >= after_hi
        && end_sent + 1 < doc.sentences.len()
        && doc.sentences[end_sent + 1].paragraph == doc.sentences[end_sent].paragraph
        && !introduced()
    {
        let next = &doc.sentences[end_sent + 1];
        // (Not one that reports something of its own: "He added that he
        // would appeal.", "She said she would appeal.")
        let own_report =
            || next.tokens.clone().skip(2).any(|k| matches!(doc.lower(k).as_str(), "that" | "he" | "she" | "they" | "we" | "i" | "it"));
        if next.tokens.len() <= 8 && !doc.text()[next.start..next.end].contains(['“', '"', '«']) && !own_report() {
            after_hi = next.tokens.end;
        } else {
            // "“… who would have believed it?” Reyes said, looking out on the crowd.":
            // a longer sentence that opens with a bare attribution — the
            // cue and its speaker, then a comma or the end.
            if let Some(lim) = bare_attribution(doc, next) {
                after_hi = lim;
            }
        }
    }
    let next = (qi + 1..quotes.len()).find(|&n| quotes[n].parent.is_none() && quotes[n].outer_start >= q.outer_end && !told[n].nickname);
    // (The next quote's first token is at or after `after_lo`, the previous
    // one's end token at or before `before_hi`: only the tokens between
    // are searched, not the document's.)
    if let Some(nq) = next.map(|n| &quotes[n]).filter(|_| after_lo < after_hi) {
        after_hi = doc.token_near(after_lo, after_hi, nq.outer_start);
    }
    let mut before_lo = sent.tokens.start;
    if let Some(pq) = quotes[..qi].iter().rev().find(|p| p.parent.is_none() && p.outer_end <= q.outer_start) {
        before_lo = doc.token_near(before_lo, before_hi, pq.outer_end);
    }

    // A signature after the closing mark: "“…” — Ana Ruiz" (testimonials,
    // epigraphs, pull quotes).
    if let Some(np) = dash_signature(doc, q).or_else(|| colon_headline(doc, q, after_lo)) {
        if let Some((e, src)) = resolve(r, np, s, p_idx, ents, quotes) {
            a.speaker = Some(e);
            a.source = Some(src);
            a.confidence = 0.8;
            return a;
        }
    }
    let mut found = cue_after(doc, after_lo, after_hi);
    if found.is_none() && q.kind != QuoteKind::Partial {
        found = phrases::according_after(doc, after_lo, after_hi);
    }
    // "“…” for criminal behavior, she said": the cue after a short phrase.
    if found.is_none() {
        found = (after_lo..after_hi.min(after_lo + 12))
            .filter(|&k| doc.tok(k) == ",")
            .find_map(|k| cue_after(doc, k, after_hi).filter(|c| c.np.is_some()));
    }
    // "“And last year?” Lloyd pressed.": a quote that ends on a comma or
    // a question is the object of the verb that follows its subject.
    let last_mark = doc.text()[q.start..q.end].trim_end().chars().last();
    if found.is_none() && matches!(last_mark, Some(',' | '?' | '!')) {
        found = phrases::bare_verb_after(doc, after_lo, after_hi, last_mark == Some(','));
    }
    let mut confidence = 0.9;
    if found.is_none() {
        // "…, to which Reed interjected: “…”": a subject and verb right
        // before the quote's colon are nearer than a cue further back.
        let bare = phrases::bare_verb_before(doc, before_lo, before_hi);
        found = match (cue_before(doc, before_lo, before_hi, quotes), bare) {
            (Some(c), Some(b)) if b.first > c.last => Some(b),
            (c, b) => c.or(b),
        };
        confidence = 0.8;
    }
    // A quote in mid-sentence whose cue is further along: "“Q,” Rutte
    // said, adding …" is handled above; "X … “Q” …, Y said" is rarer.
    if let Some(c) = found {
        a.cue = Some(span(doc, c.first, c.last));
        // "one questioner claimed", "a reader would ask": any noun led by
        // a determiner right before the cue names the speaker of a quote,
        // even when the noun is not in the lexicon of source nouns.
        let np = c.np.or_else(|| bare_description(doc, before_lo.min(c.first), c.first)).or_else(|| {
            // "After saying her knee was “too sore …,” she was …": an
            // opening participle clause takes the main clause's subject.
            let opener =
                c.first > before_lo && matches!(doc.lower(c.first - 1).as_str(), "after" | "before" | "while" | "since" | "upon" | "when");
            let end = doc.sentences[end_sent].tokens.end;
            // The clause ends at a comma, perhaps the one inside the marks.
            let from = if doc.text()[q.start..q.end].trim_end().ends_with(',') {
                after_lo
            } else {
                (after_lo..end.min(after_lo + 40)).find(|&k| doc.tok(k) == ",")? + 1
            };
            opener.then(|| np_after(doc, from, end, true)).flatten()
        });
        // "Lind spoke about a flood in Dover, Kent, arguing …": a
        // participle after a comma belongs to the clause's subject, not to
        // the phrase just before it.
        let participle = doc.lower(c.first).ends_with("ing") && c.first > 0 && doc.tok(c.first - 1) == ",";
        let subject = participle
            .then(|| r.subject_name_before(doc.tokens()[c.first].sentence(), doc.tokens()[c.first].start, ents, quotes))
            .flatten()
            .filter(|n| {
                // Only when the phrase before the participle is another name
                // further on ("… in Dover, Kent, arguing").
                // Or the phrase is the subject's appositive ("Tom Pike, a
                // former chairman, mocked the plan, tweeting …").
                let appositive = |np: Np| {
                    let Some(gap) = doc.text().get(n.end..doc.tokens()[np.first].start).map(str::trim) else { return false };
                    let Some(article) = gap.strip_prefix(',').map(str::trim) else { return false };
                    // (Two nouns joined after "a" are one person's roles:
                    // "a former chairman and candidate".)
                    let one = |w: &str| matches!(w, "a" | "an");
                    np.kind == NpKind::Description && matches!(article, "a" | "an" | "the" | "")
                        || np.kind == NpKind::Group && (one(article) || article.is_empty() && one(doc.lower(np.first).as_str()))
                };
                speaks(&ents.list[n.entity])
                    && np.is_some_and(|np| np.kind == NpKind::Name && doc.tokens()[np.first].start > n.end || appositive(np))
            });
        if let Some(n) = subject {
            a.source = Some((n.start, n.end));
            a.speaker = Some(n.entity);
            a.confidence = 0.6;
        } else if let Some((e, src)) = np.and_then(|np| resolve(r, np, s, p_idx, ents, quotes)) {
            a.source = Some(relative_source(r, ents, e, np, c.first).unwrap_or(src));
            a.speaker = Some(e);
            a.confidence = confidence;
        } else if let Some((e, src)) = subject_pronoun(doc, s, c.first, quotes).and_then(|np| resolve(r, np, s, p_idx, ents, quotes)) {
            // "They published the results by announcing that …": the
            // cue has no subject of its own; the sentence's pronoun is.
            a.source = Some(src);
            a.speaker = Some(e);
            a.confidence = 0.5;
        } else {
            a.speaker = r.subject_of(s, ents, quotes).or(r.last_speaker.map(|(e, _)| e));
            a.confidence = 0.5;
        }
        if a.speaker.is_some() {
            return a;
        }
    }
    // "Reid has gone after Trump as a “human leech”", "Vale is promising
    // “jobs, jobs, jobs”": a partial quote without a cue is the phrase of
    // its clause's subject, not of the paragraph's last speaker.
    let embedded = q.kind == QuoteKind::Partial || before_hi > sent.tokens.start && doc.is_word(before_hi - 1);
    if embedded && before_lo == sent.tokens.start {
        // The subject opens the clause ("In June, Vale said …") and heads
        // its phrase ("Ashby Town chairman" is the chairman).
        let opens = |n: &crate::mentions::NameRef| {
            let (t, after) = (n.run, n.after);
            (t == sent.tokens.start || doc.tok(t - 1) == ",")
                && !doc.text()[n.end..q.outer_start].contains([':', ';'])
                // Shouted capitals are no clause ("… FLOODS, SAYS “WE ARE READY”").
                && doc.text()[sent.start..q.outer_start].contains(char::is_lowercase)
                && !(after < sent.tokens.end
                    && (lexicon::is_role_noun(&doc.lower(after)) || lexicon::person_nouns().contains(&doc.lower(after))))
        };
        if let Some(n) = r.subject_name_before(s, q.outer_start, ents, quotes).filter(|n| opens(n) && speaks(&ents.list[n.entity])) {
            a.speaker = Some(n.entity);
            a.source = Some((n.start, n.end));
            a.confidence = 0.4;
            return a;
        }
        // "He made the criticism while backing Ruiz's “public option”."
        let pronoun = subject_pronoun(doc, s, before_hi, quotes).filter(|np| {
            (np.first == sent.tokens.start || doc.tok(np.first - 1) == ",")
                && !doc.text()[doc.tokens()[np.first].end..q.outer_start].contains([':', ';'])
        });
        if let Some((e, src)) = pronoun.and_then(|np| resolve(r, np, s, p_idx, ents, quotes)) {
            a.speaker = Some(e);
            a.source = Some(src);
            a.confidence = 0.4;
            return a;
        }
    }
    // No cue: continue the previous speaker when this quote opens its
    // paragraph or follows an attributed quote in the same paragraph.
    let prev = quotes[..qi].iter().rposition(|p| p.parent.is_none());
    if let Some(pi) = prev {
        let pp = doc.paragraph_at(quotes[pi].outer_start);
        let opens_para = blank(&doc.text()[doc.paragraphs[p_idx].start..q.outer_start]);
        if (pp == p_idx || (opens_para && pp + 1 >= p_idx)) && told[pi].speaker.is_some() {
            a.speaker = told[pi].speaker;
            a.confidence = 0.6;
            return a;
        }
    }
    // Someone already spoke (reported speech included) in this paragraph.
    if let Some((e, p)) = r.last_speaker {
        if p == p_idx {
            a.speaker = Some(e);
            a.confidence = 0.5;
            return a;
        }
    }
    // A previous sentence ending in a colon introduces the quote.
    if s > 0 {
        let prev = &doc.sentences[s - 1];
        if doc.text()[prev.start..prev.end].trim_end().ends_with(':') {
            // "He said:" then the quote: the cue's own source first.
            let cue = cue_before(doc, prev.tokens.start, prev.tokens.end, quotes);
            let resolved = cue.and_then(|c| c.np).and_then(|np| resolve(r, np, s - 1, p_idx, ents, quotes));
            if let Some((e, src)) = resolved {
                a.speaker = Some(e);
                a.source = Some(src);
                a.cue = cue.map(|c| span(doc, c.first, c.last));
            } else {
                a.speaker = r.subject_of(s - 1, ents, quotes).or_else(|| pronoun_subject(r, s - 1, p_idx, ents, quotes));
            }
            a.confidence = 0.5;
            return a;
        }
    }
    // "Vale is trying a new message: “This vote is about me.”": a colon in
    // the quote's own sentence hands the words to the sentence's subject.
    let lead = doc.text()[sent.start..q.outer_start].trim_end();
    if lead.ends_with(':') {
        let subject = r.subject_before(s, q.outer_start, ents, quotes).or_else(|| pronoun_subject(r, s, p_idx, ents, quotes));
        if let Some(e) = subject.filter(|&e| speaks(&ents.list[e])) {
            a.speaker = Some(e);
            a.confidence = 0.4;
            return a;
        }
    }
    // A quote standing as its own sentence right after a sentence about a
    // person ("Reyes listed three reasons. “The funding was late …”")
    // is that person's, by news convention.
    let alone = lead.is_empty() && blank(&doc.text()[q.outer_end..doc.sentences[end_sent].end]);
    if alone && s > 0 && doc.sentences[s - 1].paragraph == sent.paragraph {
        let subject = r.subject_of(s - 1, ents, quotes).or_else(|| pronoun_subject(r, s - 1, p_idx, ents, quotes));
        if let Some(e) = subject.filter(|&e| speaks(&ents.list[e]) && ents.list[e].person_like) {
            a.speaker = Some(e);
            a.confidence = 0.4;
        }
    }
    a
}

/// Whom the pronoun opening sentence `s` as its subject stands for
/// ([`opening_pronoun`]): a sentence's subject when no name is.
fn pronoun_subject(r: &mut Resolver, s: usize, p_idx: usize, ents: &mut Entities, quotes: &[QuoteSpan]) -> Option<usize> {
    let np = opening_pronoun(r.doc, s, quotes)?;
    resolve(r, np, s, p_idx, ents, quotes).map(|(e, _)| e)
}

/// Whether `s` is empty or all whitespace: decided by its first byte
/// when that is ASCII (nearly always), without a call per test. (The wasm
/// keeps the plain test: smaller.)
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn blank(s: &str) -> bool {
    match s.as_bytes().first() {
        None => true,
        Some(&b) if b < 0x80 => matches!(b, b'\t'..=b'\r' | b' ') && s.trim_start().is_empty(),
        Some(_) => s.trim_start().is_empty(),
    }
}

#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// A nickname inside a name: `Ines "Nessa" Lund`, `Daniel "Danny" Marsh`
/// — one or two capitalised words in marks, between capitalised words.
fn is_nickname(doc: &Doc, q: &QuoteSpan) -> bool {
    crate::mentions::nickname_at(doc.text(), q.outer_start, q.start, q.end, q.outer_end)
}

/// Whether an entity can be a speaker at all: people, organisations and
/// described sources, not places.
fn speaks(e: &crate::mentions::Entity) -> bool {
    // "to Lind" marks a cluster place-like; a title or a full name says
    // it is a person all the same.
    (e.person_like || !e.place_like) && e.kind != PersonKind::Group
}

#[cfg(test)]
mod tests {
    use super::quote_bounds;
    use crate::quotes::find_quotes;
    use crate::segment::segment;

    /// A report that starts before a quote of its sentence is put before
    /// it (each sentence pushes its quotes first), and the whole list is
    /// in order: by start, enclosing spans first.
    #[test]
    fn attributed_spans_come_in_order() {
        let text = "Ames said the talks failed and called the plan “a mess from the start.” \
                    “It is over,” Roe said. Lind said that it was not over and “far from it.”";
        let doc = segment(text);
        let quotes = find_quotes(&doc);
        let mut ents = crate::mentions::find_mentions(&doc, &quotes);
        let out = super::attribute(&doc, &quotes, &mut ents, true);
        let keys: Vec<_> = out.iter().map(super::order).collect();
        assert!(keys.is_sorted(), "{keys:?}");
        let first_quote = out.iter().position(|a| a.kind != crate::QuoteKind::Indirect);
        let first_report = out.iter().position(|a| a.kind == crate::QuoteKind::Indirect);
        assert!(first_report.is_some() && first_report < first_quote, "{out:?}");
    }

    /// From every sentence at or before a quote's, its bounds are the
    /// document-wide searches' answers: quotes that span sentences, end a
    /// paragraph, and follow a paragraph of their own.
    #[test]
    fn quote_bounds_answer_as_searches() {
        let doc = segment(
            "Menu | Home\n\n“It is late. We go,” she said. Then “no” and “yes.”\n\n“Whole paragraph.”\n\nHe said: “A. B. C.” Done.",
        );
        let quotes = find_quotes(&doc);
        assert!(quotes.len() >= 5);
        for q in &quotes {
            let pos = q.outer_end.saturating_sub(1).max(q.outer_start);
            let want = (doc.sentence_at(pos), doc.token_at_or_after(q.outer_end), doc.token_at_or_after(q.outer_start));
            for s in 0..=doc.sentence_at(q.outer_start) {
                assert_eq!(quote_bounds(&doc, s, q), want, "{s} {q:?}");
            }
        }
    }

    /// From any sentence, the walk ends where `Doc::sentence_at` does.
    #[test]
    fn sentence_near_is_sentence_at() {
        let doc = segment("Menu | Home\n\n  \n\nShe said it. He, who said “so,” left! Why?\n\n“Whole.” Done. Yes");
        for pos in 0..=doc.text().len() {
            for s in 0..doc.sentences.len() {
                assert_eq!(super::sentence_near(&doc, s, pos), doc.sentence_at(pos), "{s} {pos}");
            }
        }
    }

    /// A token's `sentence` is the sentence its start is in, as
    /// `relative_source` reads it in place of `Doc::sentence_at`: also in
    /// a paragraph's later sentences and after an empty paragraph.
    #[test]
    fn token_sentence_is_sentence_at_its_start() {
        let doc = segment("Menu | Home\n\n  \n\nShe said it. He, who said “so,” left! Why?\n\n“Whole.” Done. Yes");
        assert!(doc.sentences.len() >= 6);
        for (i, t) in doc.tokens().iter().enumerate() {
            assert_eq!(t.sentence(), doc.sentence_at(t.start), "token {i} {:?}", doc.tok(i));
        }
    }
}
