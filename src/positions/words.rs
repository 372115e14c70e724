//! Word classes a title phrase is built from: role nouns (heads), the
//! modifiers that may stand before them, possessive markers, and the
//! closed-class words and verbs that end a title.

use crate::lexicon;
use crate::segment::{Doc, Memo, TokKind};

// A token's title classes, bits of one `Memo::Title` slot: a title asks
// all three of the same words, and each reads the same lists.
const HEAD: u16 = 1;
const STOP: u16 = 2;
const MODIFIER: u16 = 4;

/// Token `i`'s title classes, classified once per document.
fn classes(doc: &Doc, i: usize) -> u16 {
    doc.memo(Memo::Title, i, || classify(doc, i))
}

/// A role noun: "minister", "greengrocer", "co-founder". Not a plural
/// ("ministers" is no one person's title) and not an honorific ("Prof",
/// "Rev": GUIDELINES.md), unless it is also a title ("Judge").
pub fn is_head(doc: &Doc, i: usize) -> bool {
    classes(doc, i) & HEAD != 0
}

/// A word that ends a title: closed-class words, reporting and common
/// verbs, "-ly" adverbs, and "-ed"/"-ing" forms that are not known
/// modifiers ("retired", "acting", "marketing" are).
pub fn is_stop(doc: &Doc, i: usize) -> bool {
    classes(doc, i) & STOP != 0
}

/// A word that may stand inside a title before its head: a capitalised
/// word of a name or organisation ("Kremlin", "NATO"), a number after
/// one ("Local 218"), or a lower-case content word ("science",
/// "retired", "eighth-grade", "Glasgow-born").
pub fn is_modifier(doc: &Doc, i: usize) -> bool {
    classes(doc, i) & MODIFIER != 0
}

/// "the panel's top Republican", "the committee's ranking Democrat": a
/// party's member ranked in a body is a title's head.
fn party_rank(doc: &Doc, i: usize, w: &str) -> bool {
    matches!(w, "Republican" | "Democrat") && i > 0 && matches!(doc.lower(i - 1).as_str(), "top" | "ranking" | "senior" | "leading")
}

/// [`HEAD`], [`STOP`] and [`MODIFIER`] of token `i`.
fn classify(doc: &Doc, i: usize) -> u16 {
    if !doc.is_word(i) {
        return STOP;
    }
    let (w, lists) = (doc.tok(i), doc.lists(i));
    // The plural test last: it looks the stem up in the lists anew.
    // (A capitalised role the lists leave to the rule: read in lower case.)
    let role_noun = lexicon::is_role_noun_with(w, lists) || doc.is_cap(i) && crate::mentions::derived_role_at(doc, i, lists);
    let head = role_noun && (lists & lexicon::HONORIFICS == 0 || lists & lexicon::TITLES != 0) && !plural_role(w)
        || undotted_rank(doc, i, w)
        || party_rank(doc, i, w);
    let stop = stop(doc, i, w, lists, role_noun);
    let mut class = if head { HEAD } else { 0 };
    if stop {
        class |= STOP;
    } else if modifier(doc, i, w, lists) {
        class |= MODIFIER;
    }
    class
}

/// A plural of a role noun: "ministers", not "boss".
fn plural_role(w: &str) -> bool {
    !w.ends_with("ss") && lexicon::is_role_plural(w)
}

/// A rank abbreviated without a period, as British papers write them,
/// right before a capitalised word: "Cllr Aoife Byrne", "Sgt Omar Lyle".
fn undotted_rank(doc: &Doc, i: usize, w: &str) -> bool {
    const UNDOTTED: &[&str] = &["Cllr", "Sgt", "Insp", "Supt", "Det", "Cpl", "Lt", "Capt", "Col", "Maj", "Brig", "Cmdr", "Gen", "Coun"];
    // Each is capitalised: most words are ruled out before the list is read.
    (2..=4).contains(&w.len()) && w.as_bytes()[0].is_ascii_uppercase() && doc.is_cap(i + 1) && UNDOTTED.contains(&w)
}

/// An abbreviated rank with its period ("Sgt.", "Coun."): returns the
/// token after the period.
#[inline]
pub fn abbreviated_rank(doc: &Doc, i: usize) -> Option<usize> {
    let dot = i + 1;
    let word_end = doc.tokens().get(i)?.end;
    let attached = doc.tokens().get(dot).is_some_and(|d| d.start == word_end && doc.tok(dot) == ".");
    // (Not an initialism: "… the CEO. Ruiz said" ends a sentence.)
    let initialism = || lexicon::role_initialism(doc.tok(i)).is_some();
    (attached && doc.is_cap(i) && doc.in_list(i, lexicon::role_abbreviations()) && !initialism()).then_some(dot + 1)
}

/// Whether a word starts with a lower-case letter.
pub fn is_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// [`is_stop`] of word `i`, given whether it is a role noun.
/// (Asked only by [`classify`]: inline there, natively, its arguments are
/// not passed; the wasm keeps the call, smaller.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn stop(doc: &Doc, i: usize, w: &str, lists: u64, role_noun: bool) -> bool {
    if lists & (lexicon::ROLE_MODIFIERS | lexicon::TITLE_MODIFIERS) != 0 {
        return false;
    }
    // A capitalised word ends a title only when it is a common word
    // ("The", "In"): "US" is not the pronoun "us".
    if !is_lower(w) {
        // "Like President Obama": a sentence's first word is capitalised
        // whatever it is ("US" is still an acronym).
        let opens = || {
            doc.sentences.get(doc.tokens()[i].sentence()).is_some_and(|s| s.tokens.start == i) && w.chars().skip(1).any(char::is_lowercase)
        };
        // ("Met Office meteorologist …": not before an organisation's last
        // word, which makes the two a name.)
        let names_org = || doc.is_cap(i + 1) && doc.in_list(i + 1, lexicon::org_words());
        return (lexicon::is_not_name_with(w, lists) && !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
            || (lists & lexicon::ROLE_STOPS != 0 && opens() && !names_org());
    }
    if lists & (lexicon::ROLE_STOPS | lexicon::CUE_VERBS | lexicon::VERBS_ONLY) != 0 || third_person_verb(w) {
        return true;
    }
    // A clause's past verb: "Ana Roe beat defending champion Ida Berg".
    if lists & lexicon::IRREGULAR_PAST != 0 && !role_noun {
        return true;
    }
    // After a modal, a verb: "will pit former Defence Minister Ota".
    if i > 0
        && !role_noun
        && matches!(doc.lower(i - 1).as_str(), "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should")
    {
        return true;
    }
    (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing")) && !role_noun
}

/// Whether lower-case `w` is the third person singular of a word that
/// is only a verb ("succeeds", "replaces", "carries"; the list holds base
/// forms).
fn third_person_verb(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else { return false };
    let verb = |v: &str| lexicon::lists_of(v) & lexicon::VERBS_ONLY != 0;
    verb(stem)
        || stem.strip_suffix('e').is_some_and(|v| v.ends_with(['s', 'x', 'z', 'h', 'o']) && verb(v))
        || stem.strip_suffix("ie").is_some_and(|v| {
            // ("carries": "carr" and "y", spelled on the stack.)
            let mut buf = [0u8; 32];
            v.len() < buf.len() && {
                buf[..v.len()].copy_from_slice(v.as_bytes());
                buf[v.len()] = b'y';
                std::str::from_utf8(&buf[..=v.len()]).is_ok_and(verb)
            }
        })
}

/// An age or count, never part of a title: "61", "41-year-old".
pub fn is_age(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && {
        let w = doc.tok(i);
        w.bytes().all(|b| b.is_ascii_digit()) || w.ends_with("-year-old")
    }
}

/// [`is_modifier`] of word `i` that is not a stop.
fn modifier(doc: &Doc, i: usize, w: &str, lists: u64) -> bool {
    if w.ends_with("-year-old") {
        return false;
    }
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return w.bytes().all(|b| b.is_ascii_digit()) && i > 0 && doc.is_cap(i - 1);
    }
    !doc.is_cap(i) || !lexicon::is_not_name_with(w, lists)
}

/// A possessive marker starting at token `i`: "’ s" after a word
/// ("company’s") or a lone "’" closing a plural ("drivers’ lead
/// attorney"). Returns the token after the marker.
pub fn possessive_at(doc: &Doc, i: usize) -> Option<usize> {
    let mark = doc.tokens().get(i).filter(|t| t.kind == TokKind::Mark && matches!(doc.tok(i), "'" | "’"))?;
    let prev = doc.tokens().get(i.checked_sub(1)?).filter(|p| p.kind == TokKind::Word && p.end == mark.start)?;
    let next = doc.tokens().get(i + 1);
    if next.is_some_and(|n| n.start == mark.end && doc.tok(i + 1) == "s") {
        return Some(i + 2);
    }
    // A plural possessive: the mark ends an "-s" word and a space follows.
    let plural = doc.text()[prev.start..prev.end].ends_with('s') && next.is_none_or(|n| n.start > mark.end && n.kind == TokKind::Word);
    plural.then_some(i + 1)
}

/// A possessive marker ending just before token `k`: returns the index of
/// the possessor word ("company" in "company’s").
pub fn possessive_before(doc: &Doc, k: usize) -> Option<usize> {
    // Every marker ends in its mark or in "s": most tokens end neither.
    let last = doc.tokens().get(k.checked_sub(1)?)?;
    if last.kind != TokKind::Mark && doc.tok(k - 1) != "s" {
        return None;
    }
    // "’ s" ends at k: the mark is at k-2. A plural "’" ends at k: at k-1.
    for mark in [k.checked_sub(2), k.checked_sub(1)].into_iter().flatten() {
        if mark >= 1 && possessive_at(doc, mark) == Some(k) {
            return Some(mark - 1);
        }
    }
    None
}

/// A word opening a title's complement ("of", "at", …): no role noun
/// of the title stands after it.
pub fn is_complement_word(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "to" | "with" | "in" | "on")
}

/// A word after which no role noun of a title stands: an
/// [`is_complement_word`], or a frequent word that ends a title's run of
/// modifiers and heads (each a stop, no modifier, no role noun: see the
/// tests). One match for both (one switch on the length, not two).
/// (By the bytes, in slice patterns: a switch on the length, then on each
/// byte, where the words as strings were compared one after another; and
/// inline, at the few places that ask it of every short word.)
#[rustfmt::skip]
#[inline(always)]
pub fn ends_reach(w: &str) -> bool {
    matches!(w.as_bytes(),
        [b'a']
        | [b'o', b'f'] | [b'a', b't'] | [b't', b'o'] | [b'i', b'n'] | [b'o', b'n'] | [b'a', b'n'] | [b'i', b's'] | [b'b', b'y']
        | [b'a', b's']
        | [b'f', b'o', b'r'] | [b't', b'h', b'e'] | [b'h', b'i', b's'] | [b'h', b'e', b'r'] | [b'i', b't', b's'] | [b'w', b'a', b's']
        | [b'a', b'r', b'e'] | [b'w', b'h', b'o']
        | [b'w', b'i', b't', b'h'] | [b't', b'h', b'a', b't'] | [b'w', b'e', b'r', b'e'] | [b'f', b'r', b'o', b'm'] | [b's', b'a', b'i', b'd']
        | [b't', b'h', b'e', b'i', b'r'])
}

/// A determiner before a title, dropped from its span ("the", "a",
/// "its", "our").
pub fn is_determiner(doc: &Doc, i: usize) -> bool {
    // None is longer than five bytes: most words are ruled out by length.
    doc.tokens().get(i).is_some_and(|t| t.kind == TokKind::Word && t.end - t.start <= 5)
        && matches!(doc.tok(i), "the" | "The" | "a" | "A" | "an" | "An" | "its" | "his" | "her" | "their" | "our" | "my" | "your")
}

/// Whether a word starting with byte `b` may be an [`is_determiner`]
/// word: a cheap first test, as most words fail it.
pub fn may_be_determiner(b: u8) -> bool {
    matches!(b, b't' | b'T' | b'a' | b'A' | b'i' | b'h' | b'o' | b'm' | b'y')
}

/// The pronoun "I", alone or contracted ("I’ve", "I'm"): never a name,
/// though a capitalised word ("every apprentice I’ve had").
pub fn is_first_person(w: &str) -> bool {
    w.strip_prefix('I').is_some_and(|rest| rest.is_empty() || rest.starts_with(['’', '\'']))
}

/// A party and state tag after a legislator's name: "R-Iowa", "D-N.Y",
/// "I-Vt".
pub fn is_party_tag(doc: &Doc, i: usize) -> bool {
    doc.is_word(i) && crate::lexicon::is_party_tag(doc.tok(i))
}

#[cfg(test)]
pub(super) mod tests {
    use super::{ends_reach, is_complement_word, is_determiner, is_head, is_modifier, may_be_determiner};
    use crate::positions::phrase::{title_before, Before};
    use crate::segment::segment;

    /// The complement words, then the frequent words that end a title's
    /// run: together the words of [`ends_reach`].
    const COMPLEMENTS: [&str; 7] = ["of", "for", "at", "to", "with", "in", "on"];
    pub(in crate::positions) const TITLE_ENDS: [&str; 17] =
        ["the", "a", "an", "that", "his", "her", "its", "their", "is", "was", "are", "were", "by", "from", "as", "who", "said"];

    /// `title_before` skips reading a title after each word these name,
    /// unclassified: each must be neither a role noun nor a modifier, as
    /// the reading would find.
    #[test]
    fn words_that_end_a_title_are_no_part_of_one() {
        for w in COMPLEMENTS.iter().chain(&TITLE_ENDS) {
            assert!(ends_reach(w), "{w}");
            let text = format!("He met the chief {w} Ana Ruiz today.");
            let doc = segment(&text);
            let k = (0..doc.tokens().len()).find(|&k| doc.tok(k) == "Ana").unwrap();
            assert!(!is_head(&doc, k - 1) && !is_modifier(&doc, k - 1), "{w}");
            for mode in [Before::Direct, Before::Appositive] {
                assert_eq!(title_before(&doc, 0, k, mode), None, "{w}");
            }
        }
        assert!(!ends_reach("chief"));
    }

    /// `ends_reach` is both lists, and `is_complement_word` the first,
    /// word for word.
    #[test]
    fn ends_reach_is_both_lists() {
        let more = ["chief", "and", "The", "A", "Of", "off", "whom", ""];
        for w in COMPLEMENTS.iter().chain(&TITLE_ENDS).chain(&more) {
            assert_eq!(ends_reach(w), COMPLEMENTS.contains(w) || TITLE_ENDS.contains(w), "{w}");
            assert_eq!(is_complement_word(w), COMPLEMENTS.contains(w), "{w}");
        }
    }

    /// No title ends at punctuation before a name, but one ends at an
    /// abbreviated rank's period.
    #[test]
    fn no_title_ends_at_punctuation() {
        for p in [",", ";", "(", "—", "’", "\"", ":"] {
            let text = format!("He met the chief engineer{p} Ana Ruiz today.");
            let doc = segment(&text);
            let k = (0..doc.tokens().len()).find(|&k| doc.tok(k) == "Ana").unwrap();
            for mode in [Before::Direct, Before::Appositive] {
                assert_eq!(title_before(&doc, 0, k, mode), None, "{p}");
            }
        }
        let doc = segment("He met the chief engineer Sgt. Ana Ruiz today.");
        let k = (0..doc.tokens().len()).find(|&k| doc.tok(k) == "Ana").unwrap();
        assert_eq!(title_before(&doc, 0, k, Before::Direct).map(|j| doc.tok(j)), Some("chief"));
    }

    #[test]
    fn determiners_by_length_and_word() {
        let doc = segment("The aide and their counsellor met An envoy, his theory said.");
        let dets: Vec<&str> = (0..doc.tokens().len()).filter(|&i| is_determiner(&doc, i)).map(|i| doc.tok(i)).collect();
        assert_eq!(dets, ["The", "their", "An", "his"]);
        assert!(!is_determiner(&doc, doc.tokens().len()));
        let doc = segment("the The a A an An its his her their our my your");
        assert!((0..doc.tokens().len()).all(|i| is_determiner(&doc, i) && may_be_determiner(doc.tok(i).as_bytes()[0])));
        assert!(!may_be_determiner(b'H') && !may_be_determiner(b'S'));
    }

    #[test]
    fn undotted_rank_only_before_a_capital() {
        let doc = segment("Cllr Aoife Byrne and the sgt Omar Lyle met Sgt later.");
        let heads: Vec<&str> = (0..doc.tokens().len()).filter(|&i| is_head(&doc, i)).map(|i| doc.tok(i)).collect();
        assert!(heads.contains(&"Cllr"), "{heads:?}");
        assert!(!heads.contains(&"sgt") && !heads.contains(&"Sgt"), "{heads:?}");
    }
}
