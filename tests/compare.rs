//! `compare`: invented versions of one story (a wire story and two rewrites
//! with truncations, a re-worded quote and a quote credited differently),
//! the CLI, and — when `../shared/gold` is there — the cross-article pair
//! score on the dev articles (see `docs/format.md`, "Comparing outlets").

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use quotelight::compare::words::{align, covered_by_runs, Interner, Op};
use quotelight::eval::gold::GoldDoc;
use quotelight::eval::score::match_spans;
use quotelight::{compare, Article, Comparison, OffsetUnit, Options};

const WIRE: &str = "Harbour council delays ferry vote\n\n\
    PORTVALE (Wire) — The harbour council postponed a vote on the ferry contract on Tuesday.\n\n\
    “We will not sign a contract that leaves commuters stranded every winter, and we will say so to the operator,” \
    said Mayor Ana Ortiz.\n\n\
    Treasurer Tom Okafor said the harbour authority had lost money for three years.\n\n\
    “The operator will continue to insist that the timetable is fine, but the numbers tell a different story,” \
    a senior council official said.\n\n\
    “We remain skeptical that the new boats will arrive before the spring,” the official added.\n";

const REWRITE_A: &str = "Ferry vote put off again\n\n\
    The vote on the ferry contract has been put off, Portvale's council said on Tuesday.\n\n\
    “We will not sign a contract that leaves commuters stranded every winter,” Ortiz said.\n\n\
    “The operator will continue to state that the timetable is fine, but the numbers tell a different story,” \
    a council official said. “We continue to doubt that the new boats will arrive before the spring.”\n\n\
    Local shop owner Priya Nair said she was tired of waiting for the boats.\n";

const REWRITE_B: &str = "Commuters wait on ferry decision\n\n\
    “We will not sign a contract that leaves commuters stranded every winter, and we will say so to the operator,” \
    said Tom Okafor, the council treasurer.\n\n\
    Ana Ortiz, the mayor, said the council would meet again in March.\n\n\
    “The numbers tell a different story,” he said.\n";

fn articles() -> Vec<Article> {
    [("wire", WIRE), ("a", REWRITE_A), ("b", REWRITE_B)].iter().map(|(n, t)| Article { name: (*n).into(), text: (*t).into() }).collect()
}

fn utf8() -> Options {
    Options { offsets: OffsetUnit::Utf8, ..Options::default() }
}

/// The group holding the quote of document `doc` that contains `words`.
fn group_with<'c>(c: &'c Comparison, doc: usize, words: &str) -> Option<&'c quotelight::compare::Group> {
    c.groups.iter().find(|g| g.members.iter().any(|m| m.doc == doc && c.documents[doc].annotations.quotes[m.quote].text.contains(words)))
}

fn quote_text(c: &Comparison, m: &quotelight::compare::Member) -> String {
    c.documents[m.doc].annotations.quotes[m.quote].text.to_string()
}

#[test]
fn annotations_are_exactly_annotate() {
    let c = compare(&articles(), &utf8()).unwrap();
    for (doc, a) in c.documents.iter().zip(articles()) {
        assert_eq!(doc.name, a.name);
        assert_eq!(doc.annotations, quotelight::annotate(&a.text, &utf8()));
    }
}

#[test]
fn groups_a_truncated_quote_and_diffs_it_against_the_fullest() {
    let c = compare(&articles(), &utf8()).unwrap();
    let g = group_with(&c, 0, "leaves commuters stranded").expect("the mayor's quote is grouped");
    let docs: Vec<usize> = g.members.iter().map(|m| m.doc).collect();
    assert_eq!(docs, [0, 1, 2]);
    // The wire and rewrite B carry it whole; A cuts it after "winter".
    assert!(quote_text(&c, &g.members[g.fullest]).ends_with("to the operator,"));
    let cut = &g.members[1];
    assert_eq!(cut.diff.last().map(|p| (p.op, p.text.as_str())), Some((Op::Missing, "and we will say so to the operator")));
    assert!(g.members[0].diff.iter().all(|p| p.op == Op::Same));
    // Rewrite B credits the treasurer: the speakers disagree.
    assert!(!g.speakers_agree);
    let mayor = g.members[0].speaker.unwrap();
    assert_eq!(c.people[mayor].name, "Ana Ortiz");
    assert_eq!(g.members[1].speaker, Some(mayor), "“Ortiz” in A is the wire's Ana Ortiz");
    let treasurer = g.members[2].speaker.unwrap();
    assert_eq!(c.people[treasurer].name, "Tom Okafor");
    assert_eq!(g.members[0].position.as_deref(), Some("Mayor"));
    assert_eq!(g.members[1].position, None, "A drops the title");
    assert!(!g.positions_agree);
}

#[test]
fn groups_reworded_quotes_and_shows_the_rewording() {
    let c = compare(&articles(), &utf8()).unwrap();
    let g = group_with(&c, 0, "continue to insist").expect("re-worded quote grouped");
    assert_eq!(g.members.iter().map(|m| m.doc).collect::<Vec<_>>(), [0, 1]);
    assert!(g.speakers_agree, "“a senior council official” and “a council official” are one source");
    let a = g.members.iter().find(|m| m.doc == 1).unwrap();
    let ops: Vec<(Op, &str)> = a.diff.iter().map(|p| (p.op, p.text.as_str())).collect();
    assert!(ops.contains(&(Op::Missing, "insist")) && ops.contains(&(Op::Extra, "state")), "{ops:?}");

    // "We continue to doubt" has one word more: A's version is the fullest.
    let g = group_with(&c, 0, "We remain skeptical").expect("second re-worded quote grouped");
    assert_eq!(g.members[g.fullest].doc, 1);
    let ops: Vec<(Op, &str)> = g.members[0].diff.iter().map(|p| (p.op, p.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            (Op::Same, "We"),
            (Op::Missing, "continue to doubt"),
            (Op::Extra, "remain skeptical"),
            (Op::Same, "that the new boats will arrive before the spring")
        ]
    );
}

#[test]
fn a_short_shared_phrase_does_not_group_and_exclusives_are_listed() {
    let c = compare(&articles(), &utf8()).unwrap();
    // "The numbers tell a different story" in B is a fragment of the
    // official's longer quote, but B credits "he" (Okafor): with a different
    // speaker the bar is higher, and five words of twenty do not reach it.
    assert!(group_with(&c, 2, "numbers tell a different story").is_none());
    let b = &c.documents[2];
    let exclusive: Vec<&str> = b.exclusive.iter().map(|&q| b.annotations.quotes[q].text.as_str()).collect();
    assert!(exclusive.iter().any(|t| t.contains("numbers tell a different story")), "{exclusive:?}");
    assert!(exclusive.iter().any(|t| t.contains("would meet again in March")), "{exclusive:?}");
    // Every quote is in exactly one of: a group, its article's exclusives.
    for (d, doc) in c.documents.iter().enumerate() {
        for q in 0..doc.annotations.quotes.len() {
            let grouped = c.groups.iter().flat_map(|g| &g.members).filter(|m| m.doc == d && m.quote == q).count();
            assert_eq!(grouped + doc.exclusive.contains(&q) as usize, 1);
        }
    }
}

#[test]
fn everyday_words_in_common_do_not_make_one_utterance() {
    let texts = [
        "Taxi strike enters second week\n\nThe radio crackled.\n\n“Read it to me again, Samir.”\n",
        "Drivers hold out\n\n“He read it to me off his phone at a red light,” said driver Lena Park.\n\n         “It had not been consulted at all,” a union official said.\n",
        "City hall responds\n\n“It had not,” said Mayor Ana Ortiz.\n",
    ];
    let articles: Vec<Article> = texts.iter().map(|t| Article { name: "x".into(), text: (*t).into() }).collect();
    let c = compare(&articles, &utf8()).unwrap();
    assert!(c.groups.is_empty(), "{:?}", c.groups);
}

#[test]
fn people_are_matched_across_articles() {
    let c = compare(&articles(), &utf8()).unwrap();
    let ortiz = c.people.iter().find(|p| p.name == "Ana Ortiz").expect("Ana Ortiz");
    let docs: HashSet<usize> = ortiz.members.iter().map(|m| m.doc).collect();
    assert_eq!(docs, HashSet::from([0, 1, 2]));
    assert!(ortiz.positions.iter().any(|p| p == "Mayor"));
    // "Mayor" and B's "the mayor" are one position.
    assert_eq!(ortiz.positions, ["Mayor"]);
    let okafor = c.people.iter().find(|p| p.name == "Tom Okafor").expect("Tom Okafor");
    assert_eq!(okafor.members.iter().map(|m| m.doc).collect::<Vec<_>>(), [0, 2]);
    let official = c.people.iter().find(|p| p.name == "senior council official").expect("the official");
    assert_eq!(official.members.len(), 2, "“a council official” in A is the same source");
}

#[test]
fn json_has_the_documented_shape() {
    let c = compare(&articles(), &Options::default()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["documents"][0]["annotations"]["offsets"], "utf16");
    let m = &v["groups"][0]["members"][0];
    for field in ["doc", "quote", "speaker", "position", "diff"] {
        assert!(m.get(field).is_some(), "member lacks {field}");
    }
    assert!(v["groups"][0]["speakers_agree"].is_boolean());
    assert!(v["people"][0]["members"][0]["person"].is_number());
    let back: Comparison = serde_json::from_value(v).unwrap();
    assert_eq!(back, c);
}

#[test]
fn cli_compare_prints_the_json_and_refuses_one_file() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compare-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::new();
    for a in articles() {
        let p = dir.join(format!("{}.txt", a.name));
        std::fs::write(&p, &a.text).unwrap();
        paths.push(p.to_string_lossy().into_owned());
    }
    let bin = env!("CARGO_BIN_EXE_quotelight");
    let out = Command::new(bin).arg("compare").args(&paths).args(["--offsets", "utf8"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c: Comparison = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        c,
        compare(&articles().into_iter().zip(&paths).map(|(a, p)| Article { name: p.clone(), ..a }).collect::<Vec<_>>(), &utf8()).unwrap()
    );

    let out = Command::new(bin).args(["compare", &paths[0]]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 2 articles, got 1"));
    let out = Command::new(bin).args(["compare", &paths[0], &paths[1], "--offsets", "bytes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Cross-article pairs on the dev articles, against the pairs the gold
/// quotes imply. A gold pair: two gold quotes in different articles whose
/// shorter has at least 4 words, of which runs of at least 3 words in order
/// cover 60% or more. A predicted quote stands for the gold quote it matches
/// (the `eval` rule: half of each span). Pairs in which a side is under 4
/// words are left out on both sides; a predicted pair with an unmatched
/// quote is wrong. Skipped when `../shared/gold` is not there.
#[test]
fn dev_articles_cross_pairs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is not there", dir.display());
        return;
    };
    let mut jsons: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    jsons.sort();
    let gold: Vec<GoldDoc> = jsons.iter().map(|p| GoldDoc::read(p).unwrap()).collect();
    let articles: Vec<Article> = gold.iter().map(|g| Article { name: g.name.clone(), text: g.text.clone() }).collect();
    let (p, r, report) = cross_pairs(&gold, &compare(&articles, &utf8()).unwrap());
    eprintln!("{report}");
    assert!(p >= 0.90 && r >= 0.90, "precision {p:.3}, recall {r:.3}");
}

/// Precision, recall and a report of the cross-article pairs.
fn cross_pairs(gold: &[GoldDoc], c: &Comparison) -> (f64, f64, String) {
    const MIN: usize = 4;
    let mut interner = Interner::default();
    let repaired = |t: &str| quotelight::normalise::normalise(t, true).repaired.into_owned();
    let words: Vec<Vec<Vec<u32>>> =
        gold.iter().map(|g| g.quotes.iter().map(|q| interner.words(&repaired(&g.text[q.range.0..q.range.1])).ids).collect()).collect();
    let mut gold_pairs = HashSet::new();
    let flat: Vec<(usize, usize)> = (0..gold.len()).flat_map(|d| (0..gold[d].quotes.len()).map(move |q| (d, q))).collect();
    for (n, &(d1, q1)) in flat.iter().enumerate() {
        for &(d2, q2) in &flat[n + 1..] {
            let (a, b) = (&words[d1][q1], &words[d2][q2]);
            let shorter = a.len().min(b.len());
            if d1 != d2 && shorter >= MIN && covered_by_runs(&align(a, b), 3) * 10 >= shorter * 6 {
                gold_pairs.insert(((d1, q1), (d2, q2)));
            }
        }
    }
    // Predicted quote → gold quote, per document.
    let to_gold: Vec<Vec<Option<usize>>> = gold
        .iter()
        .zip(&c.documents)
        .map(|(g, d)| {
            let gr: Vec<_> = g.quotes.iter().map(|q| q.range).collect();
            let pr: Vec<_> = d.annotations.quotes.iter().map(|q| (q.start, q.end)).collect();
            let mut m = vec![None; pr.len()];
            for (gi, pi) in match_spans(&gr, &pr) {
                m[pi] = Some(gi);
            }
            m
        })
        .collect();
    let (mut predicted, mut correct, mut lines) = (0, 0, String::new());
    let mut found = HashSet::new();
    let pred_words = |d: usize, q: usize| quotelight::compare::words::split(&c.documents[d].annotations.quotes[q].text).len();
    for g in &c.groups {
        for (n, a) in g.members.iter().enumerate() {
            for b in &g.members[n + 1..] {
                if a.doc == b.doc {
                    continue;
                }
                let side = |m: &quotelight::compare::Member| match to_gold[m.doc][m.quote] {
                    Some(gq) => (words[m.doc][gq].len() >= MIN).then_some(Some((m.doc, gq))),
                    None => (pred_words(m.doc, m.quote) >= MIN).then_some(None),
                };
                let (Some(x), Some(y)) = (side(a), side(b)) else { continue };
                predicted += 1;
                let hit = match (x, y) {
                    (Some(x), Some(y)) => gold_pairs.contains(&(x.min(y), x.max(y))),
                    _ => false,
                };
                if hit {
                    correct += 1;
                    found.insert((x.unwrap().min(y.unwrap()), x.unwrap().max(y.unwrap())));
                } else {
                    lines += &format!("  wrong: {:?} ~ {:?}\n", quote_text(c, a), quote_text(c, b));
                }
            }
        }
    }
    for &((d1, q1), (d2, q2)) in gold_pairs.difference(&found) {
        let t = |d: usize, q: usize| gold[d].text[gold[d].quotes[q].range.0..gold[d].quotes[q].range.1].to_owned();
        lines += &format!("  missed: {:?} ~ {:?}\n", t(d1, q1), t(d2, q2));
    }
    let p = if predicted == 0 { 0.0 } else { correct as f64 / predicted as f64 };
    let r = if gold_pairs.is_empty() { 0.0 } else { found.len() as f64 / gold_pairs.len() as f64 };
    let head = format!(
        "cross-article pairs: predicted {predicted}, correct {correct}, gold {}, found {}: precision {p:.3}, recall {r:.3}\n",
        gold_pairs.len(),
        found.len()
    );
    (p, r, head + &lines)
}

/// `compare` against annotating the same texts one by one: twelve articles
/// of about 5 KB, the five dev versions of one story cycled (so most quotes
/// have many partners: the hard case for grouping). Prints the ratio; run
/// with `cargo test --release --test compare timing -- --ignored --nocapture`.
#[test]
#[ignore = "timing; needs ../shared/gold"]
fn timing_twelve_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold");
    let mut texts: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(e) => e
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect(),
        Err(_) => return,
    };
    texts.sort();
    // About 5 KB of each: its paragraphs from a rotating start (so no two
    // articles are identical), wrapping round when it is shorter.
    let articles: Vec<Article> = (0..12)
        .map(|i| {
            let paras: Vec<&str> = texts[i % texts.len()].lines().filter(|l| !l.trim().is_empty()).collect();
            let mut text = String::new();
            let mut k = i / texts.len();
            while text.len() < 5000 && k < 10 * paras.len() {
                text.push_str(paras[k % paras.len()]);
                text.push_str("\n\n");
                k += 1;
            }
            Article { name: format!("{i}"), text }
        })
        .collect();
    let kb: usize = articles.iter().map(|a| a.text.len()).sum::<usize>() / 1024;
    let time = |f: &dyn Fn()| {
        let start = std::time::Instant::now();
        for _ in 0..5 {
            f();
        }
        start.elapsed().as_secs_f64() / 5.0
    };
    let annotate = time(&|| {
        for a in &articles {
            std::hint::black_box(quotelight::annotate(&a.text, &Options::default()));
        }
    });
    let compared = time(&|| {
        std::hint::black_box(compare(&articles, &Options::default()).unwrap());
    });
    eprintln!(
        "12 articles, {kb} KB: annotate {:.1} ms, compare {:.1} ms, ratio {:.2}",
        annotate * 1e3,
        compared * 1e3,
        compared / annotate
    );
    assert!(compared <= 3.0 * annotate);
}

/// Articles stitched from a small pool of pieces, so that quotes recur
/// across them in all sorts of partial forms.
fn stitched() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "’",
        " said Ana Ortiz",
        ", the mayor,",
        " he said.",
        "\n\n",
        " we will not sign",
        " the contract",
        " the ferry",
        " will run",
        " continue to insist",
        " the official added.",
        " Tom Okafor",
        "â€œ",
        "â€",
        ": ",
        " that",
        " é😀",
        ".",
    ];
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(common::fixed_seed(64))]

    /// Any 2–5 articles: no panic, and every quote of every article is
    /// either in exactly one group (which spans two articles or more) or
    /// listed as exclusive; every diff spells out the fullest version's words.
    #[test]
    fn any_articles_give_a_consistent_comparison(texts in proptest::collection::vec(stitched(), 2..=5)) {
        let articles: Vec<Article> = texts.iter().enumerate().map(|(i, t)| Article { name: i.to_string(), text: t.clone() }).collect();
        let c = compare(&articles, &Options::default()).unwrap();
        let mut seen = HashSet::new();
        for g in &c.groups {
            let docs: HashSet<usize> = g.members.iter().map(|m| m.doc).collect();
            proptest::prop_assert!(docs.len() >= 2);
            let fullest = &g.members[g.fullest].diff;
            proptest::prop_assert!(fullest.iter().all(|p| p.op == Op::Same));
            let full: usize = fullest.iter().map(|p| p.text.split(' ').count()).sum();
            for m in &g.members {
                proptest::prop_assert!(seen.insert((m.doc, m.quote)));
                proptest::prop_assert!(m.speaker.is_none_or(|s| s < c.people.len()));
                let count = |op: Op| m.diff.iter().filter(|p| p.op == op).map(|p| p.text.split(' ').count()).sum::<usize>();
                proptest::prop_assert_eq!(count(Op::Same) + count(Op::Missing), full);
            }
        }
        for (d, doc) in c.documents.iter().enumerate() {
            for &q in &doc.exclusive {
                proptest::prop_assert!(seen.insert((d, q)));
            }
            proptest::prop_assert_eq!(seen.iter().filter(|(x, _)| *x == d).count(), doc.annotations.quotes.len());
        }
    }
}
