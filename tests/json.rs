//! The wasm's hand-written JSON (`quotelight::json`) against serde_json's
//! on every result shape: if a field is added, renamed or reordered in one
//! and not the other, these fail. Texts are invented.

use std::path::Path;

use quotelight::json::{to_string, ToJson};
use quotelight::{annotate, compare, Annotations, Article, OffsetUnit, Options, PersonKind, QuoteKind};

/// Invented articles that reach every field: groups with named members,
/// unnamed and organisation speakers, reported speech, every notice kind,
/// controls and characters outside the BMP in span texts.
const TEXTS: &[&str] = &[
    "Ferry fares to rise\n\n“We cannot ask commuters to pay more,” said Mayor Ana Ortiz. \
     Treasurer Tom Okafor said the authority had lost money.\n\n\
     Mayor Ortiz and her deputy Lena Berg said in a joint statement: “The vote is postponed.”\n\n\
     “It is a mistake,” a senior council official said. The Harbour Authority said it would appeal.",
    "<p>&ldquo;We will rebuild the pier,&rdquo; said Dr. Sam Lee, the port&rsquo;s engineer.</p>",
    "â€œWe will rebuild the pier before summer,â€\u{9d} said Mayor Ana Ortiz.",
    "Home | News | Sport\n\n“A tab\there and a bell\u{7} there,” said the “quoted” Kim Park 😀, a \\ clerk.\n\nShare this article",
    "Q: Why now?\nA: Because the boats are late, said the captain, Marta Silva.",
];

fn check(value: &(impl ToJson + serde::Serialize)) {
    assert_eq!(to_string(value, 0), serde_json::to_string(value).unwrap());
}

#[test]
fn annotations_match_serde_json_in_every_unit_and_option() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval");
    let mut texts: Vec<String> = TEXTS.iter().map(|t| t.to_string()).collect();
    texts.push(std::fs::read_to_string(fixtures.join("harbour.txt")).unwrap());
    let (mut members, mut notices, mut kinds, mut people) = (0, 0, Vec::new(), Vec::new());
    for text in &texts {
        for offsets in [OffsetUnit::Utf16, OffsetUnit::Utf8, OffsetUnit::Chars] {
            for indirect in [true, false] {
                let result = annotate(text, &Options { offsets, indirect, ..Options::default() });
                check(&result);
                members += result.people.iter().filter(|p| !p.members.is_empty()).count();
                notices += result.notices.len();
                kinds.extend(result.quotes.iter().map(|q| q.kind));
                people.extend(result.people.iter().map(|p| p.kind));
            }
        }
    }
    // The texts reach what they are meant to: fields serde may skip, and notices.
    assert!(members > 0, "no group with members");
    assert!(notices > 0, "no notices");
    assert!(kinds.contains(&QuoteKind::Indirect), "{kinds:?}");
    assert!(people.contains(&PersonKind::Unnamed) && people.contains(&PersonKind::Org), "{people:?}");
}

#[test]
fn every_enum_value_matches_serde_json() {
    for kind in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Unmarked, QuoteKind::Indirect] {
        check(&kind);
    }
    for kind in [PersonKind::Person, PersonKind::Org, PersonKind::Group, PersonKind::Unnamed] {
        check(&kind);
    }
    for unit in [OffsetUnit::Utf16, OffsetUnit::Utf8, OffsetUnit::Chars] {
        check(&unit);
    }
    use quotelight::compare::words::Op;
    for op in [Op::Same, Op::Missing, Op::Extra] {
        check(&op);
    }
}

#[test]
fn a_hand_built_result_with_every_optional_field_matches() {
    let mut result: Annotations = annotate(TEXTS[0], &Options::default());
    result.repaired = Some("a \"repaired\"\nreading".into());
    for q in &mut result.quotes {
        q.source = None;
        q.speaker = None;
    }
    check(&result);
}

#[test]
fn comparison_matches_serde_json() {
    let articles: Vec<Article> = [
        "“We cannot ask commuters to pay more for a service that runs late,” said Mayor Ana Ortiz.\n\n\
         Treasurer Tom Okafor said the authority had lost money for three years.",
        "“We cannot ask commuters to pay more for a ferry that runs late,” Ortiz said.\n\n\
         “The numbers do not lie,” said Tom Okafor, the treasurer.",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| Article { name: format!("outlet {i}"), text: (*t).into() })
    .collect();
    let c = compare(&articles, &Options::default()).unwrap();
    assert!(!c.groups.is_empty() && !c.groups[0].members[0].diff.is_empty(), "no group with a diff");
    check(&c);
}

#[test]
fn the_option_names_are_serdes() {
    // The wasm's error messages list these names without serde.
    let value = serde_json::to_value(Options::default()).unwrap();
    let names: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = quotelight::OPTION_FIELDS.to_vec();
    want.sort_unstable();
    let mut names = names;
    names.sort_unstable();
    assert_eq!(names, want);
}
