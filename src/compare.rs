//! Compare outlets: several articles about one event, and which of their
//! quotes are the same utterance.
//!
//! Each article is annotated as usual; then quotes are matched across
//! articles by their words. Outlets truncate, re-punctuate and re-word a
//! quotation, so two quotes are the same when runs of at least three words,
//! in order, cover most of the shorter one ([`words`]). Candidates come from
//! an index of three-word shingles, so only quotes that share a phrase are
//! ever aligned: the work grows with the text, not with the square of it.
//! The same speaker (across articles, by [`people`]) lowers the bar; a
//! different one raises it. Matches are joined transitively into groups.

pub mod people;
pub mod words;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::eval::names::normalise;
use crate::{annotate, Annotations, Options, QuoteKind};
use people::UnionFind;
pub use people::{Person, PersonRef};
use words::{Interner, Piece, Words};

/// Format version of the comparison (its `annotations` carry their own).
pub const COMPARE_FORMAT_VERSION: u32 = 1;
/// Fewest articles to compare.
pub const MIN_ARTICLES: usize = 2;
/// Most articles to compare: a page of columns stays readable.
pub const MAX_ARTICLES: usize = 12;

/// Quotes shorter than this many words are never grouped: "serious" in two
/// articles is a shared word, not evidence of one utterance.
const MIN_WORDS: usize = 3;
/// Runs of at least this many words count towards the overlap.
const MIN_RUN: usize = 3;
/// Share of the shorter quote the runs must cover: by default, when both
/// speakers are the same person, and when they are different people.
const COVER: f64 = 0.6;
const COVER_SAME_SPEAKER: f64 = 0.5;
const COVER_OTHER_SPEAKER: f64 = 0.85;
/// Two reported-speech clauses are the outlets' own words: ask for more.
const COVER_BOTH_INDIRECT: f64 = 0.7;
/// Words two quotes must share when the speaker is not known to be the
/// same (unless the whole shorter quote is shared and the speakers do not
/// differ).
const MIN_EVIDENCE: usize = 5;
/// A shingle found in more quotes than this is a stock phrase ("one of
/// the"); it proposes no candidates, which keeps the candidate count linear.
const MAX_POSTINGS: usize = 64;

/// One article to compare.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    /// A label for the article, e.g. its file name or outlet.
    pub name: String,
    pub text: String,
}

/// Why a comparison could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    TooFew(usize),
    TooMany(usize),
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::TooFew(n) => write!(f, "compare needs at least {MIN_ARTICLES} articles, got {n}"),
            CompareError::TooMany(n) => write!(f, "compare takes at most {MAX_ARTICLES} articles, got {n}"),
        }
    }
}

impl std::error::Error for CompareError {}

/// The result: every article's annotations, the quote groups and the people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub version: u32,
    pub documents: Vec<Document>,
    /// Quotes that appear in two or more articles, in order of first appearance.
    pub groups: Vec<Group>,
    /// People across articles; `Member::speaker` indexes this.
    pub people: Vec<Person>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    /// Exactly what `annotate` returns for this text.
    pub annotations: Annotations,
    /// Indices into `annotations.quotes` of the quotes no other article carries.
    pub exclusive: Vec<usize>,
}

/// One utterance as several articles carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// In document order, then text order.
    pub members: Vec<Member>,
    /// Index into `members` of the fullest version: the most words, quoted
    /// speech before reported speech.
    pub fullest: usize,
    /// Every member credits the same person (a member crediting nobody disagrees).
    pub speakers_agree: bool,
    /// Every member gives its speaker the same position (or none at all).
    pub positions_agree: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Index into `documents`.
    pub doc: usize,
    /// Index into that document's `annotations.quotes`.
    pub quote: usize,
    /// Index into the comparison's `people`, or null when nobody is credited.
    pub speaker: Option<usize>,
    /// The speaker's position as this article gives it, nearest the quote.
    pub position: Option<String>,
    /// This member's words against the fullest version's.
    pub diff: Vec<Piece>,
}

// Compact JSON for the wasm boundary, as serde writes these (src/json.rs).
crate::to_json_struct!(Comparison { version, documents, groups, people });
crate::to_json_struct!(Document { name, annotations, exclusive });
crate::to_json_struct!(Group { members, fullest, speakers_agree, positions_agree });
crate::to_json_struct!(Member { doc, quote, speaker, position, diff });

/// A quote of one article, ready to match.
struct Item {
    doc: usize,
    quote: usize,
    kind: QuoteKind,
    speaker: Option<usize>,
    words: Words,
}

/// Compares 2–[`MAX_ARTICLES`] articles. Never panics; each article is
/// annotated with `options`, so offsets are in the unit asked for.
pub fn compare(articles: &[Article], options: &Options) -> Result<Comparison, CompareError> {
    match articles.len() {
        n if n < MIN_ARTICLES => return Err(CompareError::TooFew(n)),
        n if n > MAX_ARTICLES => return Err(CompareError::TooMany(n)),
        _ => {}
    }
    let annotations: Vec<Annotations> = articles.iter().map(|a| annotate(&a.text, options)).collect();
    let (people, person_of) = people::match_people(&annotations);

    let mut interner = Interner::default();
    let mut items = Vec::new();
    for (d, ann) in annotations.iter().enumerate() {
        for (q, quote) in ann.quotes.iter().enumerate() {
            // Compare what the engine read: a mis-decoded "Itâ€™s" is "It’s".
            let read = if ann.repaired.is_some() {
                crate::normalise::normalise(&quote.text, true).repaired.into_owned()
            } else {
                quote.text.to_string()
            };
            let speaker = quote.speaker.and_then(|s| person_of[d].get(s).copied());
            items.push(Item { doc: d, quote: q, kind: quote.kind, speaker, words: interner.words(&read) });
        }
    }

    let mut sets = UnionFind::new(items.len());
    for (a, b) in candidates(&items) {
        if same_utterance(&items[a], &items[b]) {
            sets.union(a, b);
        }
    }
    let groups = build_groups(&items, &mut sets, &annotations);

    let mut grouped: Vec<Vec<bool>> = annotations.iter().map(|a| vec![false; a.quotes.len()]).collect();
    for m in groups.iter().flat_map(|g| &g.members) {
        grouped[m.doc][m.quote] = true;
    }
    let documents = articles
        .iter()
        .zip(annotations)
        .zip(grouped)
        .map(|((article, annotations), grouped)| Document {
            name: article.name.clone(),
            annotations,
            exclusive: (0..grouped.len()).filter(|&q| !grouped[q]).collect(),
        })
        .collect();
    Ok(Comparison { version: COMPARE_FORMAT_VERSION, documents, groups, people })
}

/// Pairs of items in different articles that share a three-word shingle
/// (other than a stock phrase), each pair once.
fn candidates(items: &[Item]) -> Vec<(usize, usize)> {
    // Every (shingle, item), sorted: the items of a shingle are then one
    // run, in order. (A sort, not a map of shingles: no hash table's code
    // in the wasm for it.)
    let mut shingles: Vec<([u32; 3], usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if item.words.ids.len() >= MIN_WORDS {
            shingles.extend(item.words.ids.windows(3).map(|w| ([w[0], w[1], w[2]], i)));
        }
    }
    crate::compact_sort::sort_unstable(&mut shingles);
    shingles.dedup();
    let mut pairs = Vec::new();
    for run in shingles.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() <= MAX_POSTINGS) {
        for (n, &(_, a)) in run.iter().enumerate() {
            pairs.extend(run[n + 1..].iter().filter(|&&(_, b)| items[b].doc != items[a].doc).map(|&(_, b)| (a, b)));
        }
    }
    crate::compact_sort::sort_unstable(&mut pairs);
    pairs.dedup();
    pairs
}

/// Runs of three or more words in order cover enough of the shorter quote,
/// the bar depending on who is credited and on the kinds.
fn same_utterance(a: &Item, b: &Item) -> bool {
    let shorter = a.words.ids.len().min(b.words.ids.len());
    if shorter < MIN_WORDS {
        return false;
    }
    let mut bar = match (a.speaker, b.speaker) {
        (Some(x), Some(y)) if x == y => COVER_SAME_SPEAKER,
        (Some(_), Some(_)) => COVER_OTHER_SPEAKER,
        _ => COVER,
    };
    if a.kind == QuoteKind::Indirect && b.kind == QuoteKind::Indirect {
        bar = bar.max(COVER_BOTH_INDIRECT);
    }
    let covered = words::covered_by_runs(&words::align(&a.words.ids, &b.words.ids), MIN_RUN);
    // A few everyday words in common ("read it to me", "it had not") are not
    // enough, unless the speaker is known to be the same, or they are the
    // whole quote and the speaker is not known to differ.
    let (same, other) = match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => (x == y, x != y),
        _ => (false, false),
    };
    let enough = same || covered >= MIN_EVIDENCE || (covered == shorter && !other);
    enough && covered as f64 >= bar * shorter as f64
}

/// The sets with members in at least two articles, as groups.
fn build_groups(items: &[Item], sets: &mut UnionFind, annotations: &[Annotations]) -> Vec<Group> {
    // (By root: the roots are indices into `items`.)
    let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for i in 0..items.len() {
        by_root[sets.find(i)].push(i);
    }
    // A set's root is its first member, so roots in order are groups in
    // order of first appearance.
    let mut groups = Vec::new();
    for members in by_root.iter().filter(|m| !m.is_empty()) {
        if members.iter().all(|&m| items[m].doc == items[members[0]].doc) {
            continue;
        }
        // The speaker's words rather than a reporter's paraphrase, when there are any.
        let fullest = (0..members.len())
            .max_by_key(|&k| {
                let it = &items[members[k]];
                (it.kind != QuoteKind::Indirect, it.words.ids.len(), std::cmp::Reverse(k))
            })
            .unwrap_or(0);
        let full = &items[members[fullest]].words;
        let members: Vec<Member> = members
            .iter()
            .map(|&m| {
                let it = &items[m];
                Member {
                    doc: it.doc,
                    quote: it.quote,
                    speaker: it.speaker,
                    position: position_near(&annotations[it.doc], it.quote),
                    diff: words::diff(&it.words, full),
                }
            })
            .collect();
        let speakers_agree = members.iter().all(|m| m.speaker.is_some() && m.speaker == members[0].speaker);
        let norm = |m: &Member| m.position.as_deref().map(normalise);
        let positions_agree = members.iter().all(|m| norm(m) == norm(&members[0]));
        groups.push(Group { members, fullest, speakers_agree, positions_agree });
    }
    groups
}

/// The speaker's position closest to the quote's attributing mention (or
/// to the quote itself): what this article calls them here.
fn position_near(ann: &Annotations, quote: usize) -> Option<String> {
    let q = ann.quotes.get(quote)?;
    let person = ann.people.get(q.speaker?)?;
    let anchor = q.source.as_ref().map_or(q.start, |s| s.start);
    person.positions.iter().min_by_key(|p| p.start.abs_diff(anchor)).map(|p| p.text.to_string())
}

impl Comparison {
    /// Pretty JSON, as the CLI prints it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> Article {
        Article { name: name.into(), text: text.into() }
    }

    #[test]
    fn counts_articles() {
        let one = [article("a", "“Yes,” she said.")];
        assert_eq!(compare(&one, &Options::default()), Err(CompareError::TooFew(1)));
        assert_eq!(compare(&[], &Options::default()), Err(CompareError::TooFew(0)));
        let many = vec![article("a", "x"); MAX_ARTICLES + 1];
        let err = compare(&many, &Options::default()).unwrap_err();
        assert_eq!(err.to_string(), "compare takes at most 12 articles, got 13");
        assert!(compare(&many[..MAX_ARTICLES], &Options::default()).is_ok());
    }

    #[test]
    fn empty_and_odd_texts_do_not_panic() {
        let texts = ["", "“", "\u{0}\u{FFFD}’’", "a b c", "“a b c” “a b c”"];
        let articles: Vec<Article> = texts.iter().map(|t| article("x", t)).collect();
        let c = compare(&articles, &Options::default()).unwrap();
        assert_eq!(c.documents.len(), texts.len());
    }
}
