//! Noun phrases and cues next to a quote or a reported clause: the small
//! token-level grammar the attribution stage reads English with.
//!
//! `np_before` reads a subject leftwards from a verb (skipping auxiliaries,
//! time adverbials, appositives and parentheticals); `np_after` reads one
//! rightwards (inverted "said the official", objects of "told").

use crate::lexicon;
use crate::mentions::{in_quote, sets_off};
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, Memo};

/// A noun phrase found next to a cue: token range and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Np {
    pub first: usize,
    /// Exclusive.
    pub last: usize,
    pub kind: NpKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    Pronoun,
    Name,
    Description,
    Group,
}

/// A cue with its source: token ranges.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
    pub np: Option<Np>,
}

/// The shapes of a short word list: by a word's first and last letters,
/// the lengths of the list's words so shaped. A word of another shape is
/// not in the list, which one table read says for most words asked, where
/// a `match` compared them with every listed word of their length.
struct Shapes([u16; 26 * 26]);

impl Shapes {
    /// The shapes of `words`: lower-case ASCII letters at both ends, and
    /// shorter than 16 bytes (checked as the table is built, at compile
    /// time).
    const fn of(words: &[&str]) -> Shapes {
        let mut t = [0u16; 26 * 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 16);
            let (f, l) = (w[0], w[w.len() - 1]);
            assert!(f.is_ascii_lowercase() && l.is_ascii_lowercase());
            t[(f - b'a') as usize * 26 + (l - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        Shapes(t)
    }

    /// False when no word of the list is `w`; true means maybe. Always
    /// maybe in the wasm, which asks the `match` alone: the tables cost
    /// about 400 bytes of gzip that the page's budget has no room for.
    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        if cfg!(target_arch = "wasm32") {
            return true;
        }
        let (Some(&f), Some(&l)) = (w.first(), w.last()) else { return false };
        let (f, l) = (usize::from(f.wrapping_sub(b'a')), usize::from(l.wrapping_sub(b'a')));
        f < 26 && l < 26 && w.len() < 16 && self.0[f * 26 + l] >> w.len() & 1 != 0
    }
}

/// A test of membership in a fixed list of lower-case words: the list's
/// [`Shapes`] first, then a `match` on the words that pass.
macro_rules! word_test {
    ($(#[$m:meta])* $vis:vis fn $name:ident($w:ident) = $($word:literal)|+ ;) => {
        $(#[$m])*
        $vis fn $name($w: &str) -> bool {
            const SHAPES: Shapes = Shapes::of(&[$($word),+]);
            SHAPES.may_hold($w.as_bytes()) && matches!($w, $($word)|+)
        }
    };
}

word_test! {
    /// Subordinating conjunctions: a clause they open is not the main one
    /// (its subject is no speaker of the main verb, its verb no cue's).
    pub(crate) fn is_subordinator(w) =
        "when" | "whenever" | "while" | "as" | "after" | "before" | "because" | "since" | "until" | "if" | "unless" |
        "though" | "although" | "once";
}

pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// The subject pronoun of token `i`, contraction dropped: "he" for "He",
/// "He’s", "he'd", "she'll".
pub(crate) fn pronoun_at(doc: &Doc, i: usize) -> Option<&'static str> {
    let w = doc.lower(i);
    // ("they're" is the longest: longer words are asked no more, nor
    // words that no pronoun starts like.)
    if w.len() > 7 || !matches!(w.as_bytes().first(), Some(b'h' | b's' | b't' | b'i' | b'w')) {
        return None;
    }
    let (head, tail) = w.split_at(w.bytes().position(|b| b == b'\'').unwrap_or(w.len()));
    let tail = tail.get(1..).unwrap_or("");
    if !matches!(tail, "" | "s" | "d" | "ll" | "re" | "ve" | "m") {
        return None;
    }
    PRONOUNS.iter().copied().find(|&p| p == head)
}

word_test! {
    /// Auxiliaries, negation and adverbs that stand between a subject and its
    /// verb ("has also said", "had earlier told"). Phrases ask it of most
    /// words they walk over: shapes and a `match`, not a slice search.
    pub(crate) fn is_aux(w) =
        "has" | "have" | "had" | "also" | "was" | "were" | "is" | "are" | "will" | "would" | "later" | "then" |
        "again" | "previously" | "reportedly" | "repeatedly" | "further" | "recently" | "earlier" | "once" |
        "did" | "does" | "do" | "not" | "never" | "just" | "already" | "publicly" | "privately" | "separately" |
        "subsequently" | "initially" | "first" | "however" | "too" | "himself" | "herself" | "themselves" |
        "simply" | "flatly" | "firmly" | "openly" | "quickly" | "angrily" | "often" | "sometimes" |
        "frequently" | "always" | "usually" | "quietly" | "loudly" | "still" | "now" | "even" | "only" |
        "since";
}
/// Nouns of a time adverbial between a subject and its verb ("last
/// month", "on Friday").
pub(crate) fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "evening"
            | "weekend"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "time"
    )
}
/// Determiners and numbers that open a description ("the", "two", "their").
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "several"
            | "some"
            | "many"
            | "other"
            | "another"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "both"
            | "most"
            | "few"
            | "multiple"
            | "numerous"
            | "dozens"
            | "those"
            | "these"
    )
}

/// Whether token `i` is a source noun or title head ("official", "sources").
#[inline]
pub(crate) fn is_source_noun(doc: &Doc, i: usize) -> bool {
    // `is_source_word` of the token, its lists read once.
    const SOURCE_WORDS: u64 = lexicon::SOURCE_NOUNS | lexicon::TITLES | lexicon::PERSON_NOUNS | lexicon::KIN_NOUNS | lexicon::ROLES;
    if !doc.is_word(i) {
        return false;
    }
    let lists = doc.lists(i);
    // ("a couple of weeks", "a pair of boots": a quantity, no one.)
    let quantity = || i + 1 < doc.tokens().len() && doc.tok(i + 1) == "of" && matches!(doc.tok(i), "couple" | "pair");
    // ("epidemiologist": a role roles.txt leaves to the rule.)
    lists & SOURCE_WORDS != 0 && !quantity()
        || is_age_noun(doc.tok(i))
        || plural_source_noun(doc, i, lists)
        || crate::mentions::derived_role_at(doc, i, lists)
}

/// A plural by rule ("plumbers", "chairmen") of token `i`, read only on a
/// word in no list that ends like one. (Out of line: most words leave at
/// their last byte.)
#[inline(never)]
fn plural_source_noun(doc: &Doc, i: usize, lists: u64) -> bool {
    let t = doc.tok(i).as_bytes();
    t.len() >= 4 && matches!(t[t.len() - 1], b's' | b'n') && lexicon::is_person_plural_with(&doc.lower(i), lists)
}

/// Whether a word can head the description of a source: a source noun,
/// title, person or kinship noun, or an age ("the 58-year-old").
pub(crate) fn is_source_word(w: &str) -> bool {
    lexicon::source_nouns().contains(w)
        || lexicon::titles().contains(w)
        || lexicon::person_nouns().contains(w)
        || lexicon::kin_nouns().contains(w)
        || is_age_noun(w)
        || lexicon::is_person_plural_with(w, lexicon::lists_of(w))
}

/// An age used as a noun, "the 58-year-old": news style for a person
/// named just before.
pub(crate) fn is_age_noun(w: &str) -> bool {
    w.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// If a cue verb (one or two words) starts at token `i`, its exclusive end.
pub fn cue_at(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    if i >= hi || !doc.is_word(i) {
        return None;
    }
    // Most words neither are a cue nor start one, and their shape says so
    // for less than finding their lists would cost (or reading the memo).
    let w = doc.lower(i);
    if !lexicon::cue_verbs().may_start(&w) || !may_be_cue(w.as_bytes()) {
        return None;
    }
    cue_at_word(doc, i, hi)
}

/// [`cue_at`] of a word `i` below `hi` whose shape a scan has already
/// found may start a cue (asking again would lower and test it twice).
pub(crate) fn cue_at_word(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    // Asked about the same tokens from many places: the facts are kept.
    let facts = doc.memo(Memo::Cue, i, || cue_facts(doc, i));
    // The longest phrase that fits, by its bit: most words start none, and
    // then no lengths are tried.
    let mut phrases = facts & CUE_PHRASES;
    while phrases != 0 {
        let n = (u16::BITS - 1 - phrases.leading_zeros()) as usize;
        if i + n <= hi {
            return Some(i + n);
        }
        phrases &= !(1 << n);
    }
    if facts & CUE_CAPITAL != 0 || (facts & CUE_CONTINUE != 0 && i + 1 < hi) {
        return None;
    }
    (facts & CUE_WORD != 0).then_some(i + 1)
}

/// A word's shape by its third and third-last bytes (their low five bits,
/// which lowering ASCII keeps) and its length: its set index and bit in
/// [`cue_third_shapes`].
#[inline]
fn third_shape(w: &[u8]) -> (usize, u16) {
    let n = w.len();
    let a = w.get(2).copied().unwrap_or(0);
    let b = n.checked_sub(3).map_or(0, |k| w[k]);
    (usize::from(a & 31) << 5 | usize::from(b & 31), 1 << (n & 15))
}

/// Whether a lowered word of a cue's start shape has the [`third_shape`]
/// of one too: if not, [`cue_at_word`] finds no cue there.
#[inline]
fn may_be_cue(w: &[u8]) -> bool {
    has_third_shape(cue_third_shapes(), w)
}

/// Whether `bits`, [`cue_third_shapes`], hold `w`'s [`third_shape`] (for
/// a loop that reads the set once, [`may_be_cue`]).
#[inline]
pub(crate) fn has_third_shape(bits: &[u16; 1024], w: &[u8]) -> bool {
    let (at, bit) = third_shape(w);
    bits[at] & bit != 0
}

/// The [`third_shape`]s of every word whose lists may hold
/// `lexicon::CUE_VERBS` or `lexicon::CUE_PHRASE_START`: the cue verbs'
/// entries and their phrases' first words (the lists' own sources). A
/// lowered word without its shape here has neither bit: [`cue_at_word`]
/// finds no cue there.
pub(crate) fn cue_third_shapes() -> &'static [u16; 1024] {
    static BITS: std::sync::OnceLock<Box<[u16; 1024]>> = std::sync::OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = Box::new([0u16; 1024]);
        for e in lexicon::cue_verbs().entries() {
            let first = e.split(' ').next().unwrap_or(e);
            for w in [e, first] {
                let (at, bit) = third_shape(w.as_bytes());
                bits[at] |= bit;
            }
        }
        bits
    })
}

/// Longest cue phrase `cue_facts` records, in words.
const CUE_MAX_WORDS: usize = 12;
/// The word alone is a cue verb.
const CUE_WORD: u16 = 1;
/// Bits 2 to [`CUE_MAX_WORDS`]: phrases of that many words start here.
const CUE_PHRASES: u16 = (1 << (CUE_MAX_WORDS + 1)) - 4;
/// Capitalised inside a sentence that is no headline: no cue.
const CUE_CAPITAL: u16 = 1 << 13;
/// "continuing to": an aspect verb, no cue.
const CUE_CONTINUE: u16 = 1 << 14;

/// What [`cue_at`] needs about token `i` whatever its bound: bit `n` when an
/// `n`-word cue phrase starts there, and the `CUE_*` flags.
fn cue_facts(doc: &Doc, i: usize) -> u16 {
    let lists = doc.lists(i);
    // Neither a cue nor a phrase's first word (most words of a cue's
    // shape): the other facts would change no answer.
    if lists & (lexicon::CUE_VERBS | lexicon::CUE_PHRASE_START) == 0 {
        return 0;
    }
    // "Most calls concerned …", "Many reports say …": after a plural
    // quantifier an "-s" form is a plural noun, no verb agreeing with it.
    if i > 0
        && doc.tok(i).ends_with('s')
        && !doc.tok(i).ends_with("ss")
        && matches!(doc.lower(i - 1).as_str(), "most" | "many" | "some" | "few" | "several" | "both" | "these" | "those")
    {
        return 0;
    }
    let mut facts = 0;
    let max = lexicon::cue_verbs().max_words;
    if max >= 2 && lists & lexicon::CUE_PHRASE_START != 0 {
        // The phrase grows a word at a time, joined from the lowered forms
        // (asking `contains_words` per length lowered every word again).
        let mut buf = [0u8; 48];
        let (mut len, mut fits) = (0, true);
        for n in 1..=max.min(CUE_MAX_WORDS) {
            let k = i + n - 1;
            if !doc.is_word(k) {
                break;
            }
            let w = doc.lower(k);
            let w = w.as_bytes();
            let at = len + usize::from(n > 1);
            fits &= at + w.len() <= buf.len();
            if fits {
                buf[len] = b' ';
                buf[at..at + w.len()].copy_from_slice(w);
                len = at + w.len();
            }
            let found = || {
                if !fits {
                    return lexicon::cue_verbs().contains_words((i..=k).map(|k| doc.lower(k).as_str()));
                }
                // SAFETY: the buffer holds whole `str`s joined by ASCII
                // spaces, which is UTF-8 (`from_utf8` cost more than the
                // lookup).
                lexicon::cue_verbs().contains(unsafe { std::str::from_utf8_unchecked(&buf[..len]) })
            };
            if n > 1 && found() {
                facts |= 1 << n;
            }
        }
    }
    let sent = &doc.sentences[doc.tokens()[i].sentence()];
    if doc.is_cap(i) && i > sent.tokens.start && !sent.headline {
        facts |= CUE_CAPITAL;
    }
    if doc.lower(i).starts_with("continu") && i + 1 < doc.tokens().len() && doc.lower(i + 1) == "to" {
        facts |= CUE_CONTINUE;
    }
    if lists & lexicon::CUE_VERBS != 0 {
        facts |= CUE_WORD;
    }
    facts
}

/// Extends a cue over its indirect object or a short phrase, as written:
/// "told reporters", "told a press briefing", "told CNN".
pub(crate) fn cue_extent(doc: &Doc, first: usize, end: usize, hi: usize) -> usize {
    let verb = doc.lower(first);
    if matches!(verb.as_str(), "told" | "tell" | "tells" | "telling" | "briefed" | "assured" | "reminded" | "informed") {
        if let Some(obj) = object_after(doc, end, hi) {
            return obj;
        }
        if let Some(np) = np_after(doc, end, hi, false) {
            if np.kind != NpKind::Pronoun || matches!(doc.lower(np.first).as_str(), "him" | "her" | "them" | "us" | "me") {
                return np.last;
            }
        }
        // "told him", "told them".
        if end < hi && matches!(doc.lower(end).as_str(), "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists") {
            return end + 1;
        }
    }
    end
}

/// The end of an indirect object after "told": "reporters", "a press
/// briefing", "his NATO counterparts", "Russian state media".
pub fn object_after(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    let mut j = i;
    while j < hi && j < i + 5 && doc.is_word(j) {
        let w = doc.lower(j);
        if w == "that"
            || (j > i && (is_aux(&w) || doc.in_list(j, lexicon::cue_verbs())))
            || matches!(
                w.as_str(),
                "on" | "in"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "about"
                    | "this"
                    | "last"
                    | "of"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "there"
            )
        {
            break;
        }
        j += 1;
        if !is_determiner(&w)
            && !doc.in_list(j - 1, lexicon::title_modifiers())
            && !(j < hi
                && doc.is_word(j)
                && (doc.is_cap(j)
                    || doc.in_list(j, lexicon::source_nouns())
                    || matches!(
                        doc.lower(j).as_str(),
                        "media"
                            | "briefing"
                            | "conference"
                            | "reporters"
                            | "counterparts"
                            | "agency"
                            | "broadcaster"
                            | "channel"
                            | "network"
                            | "newspaper"
                            | "station"
                            | "show"
                            | "programme"
                            | "program"
                            | "podcast"
                            | "magazine"
                            | "outlet"
                    )))
        {
            break;
        }
    }
    (j > i).then_some(j)
}

/// Whether lower-case `w` looks like a past tense: "-ed" on a word longer
/// than `min` bytes, or a listed irregular past ("went", "shot").
fn past_form(w: &str, min: usize) -> bool {
    w.len() > min && w.ends_with("ed") || lexicon::irregular_past().contains(w)
}

/// The first verb of a predicate that "and" at `and` continues, within a
/// few words and no punctuation: "looked at my first bowl and (said)".
fn coordinated_verb(doc: &Doc, lo: usize, and: usize) -> Option<usize> {
    let floor = lo.max(and.saturating_sub(10));
    // The nearest verb with a subject before it: "the maker cut its
    // forecast and announced", not "Shares fell after the maker …".
    let mut fallback = None;
    for m in (floor..and).rev() {
        if !doc.is_word(m) {
            break;
        }
        let w = doc.lower(m);
        let verb = !doc.is_cap(m) && past_form(&w, 3);
        // A verb of a subordinate clause only when no main verb comes
        // before it: "he stood over me while I fitted a plank and said" —
        // "said" is his; "when the chief sat down and said" — the chief's.
        let subordinate = |np: &Np| np.first > lo && is_subordinator(&doc.lower(np.first - 1));
        if let Some(np) = (verb && m > lo).then(|| np_before(doc, lo, m)).flatten() {
            if !subordinate(&np) {
                return Some(m);
            }
            fallback = fallback.or(Some(m));
        }
    }
    fallback
}

word_test! {
    /// Words that mark a finite clause: a content starting with a subject
    /// pronoun or holding one of these reports a proposition, not a thing; an
    /// appositive holds none of them outside a relative clause. Reported
    /// speech asks this of most words it walks: the list's shapes rule out
    /// most words by one table read, and a `match` answers for the rest.
    pub(crate) fn is_finite(w) =
        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would" | "could" |
        "can" | "should" | "may" | "might" | "must" | "shall" | "does" | "did" | "do" | "isn't" | "aren't" |
        "wasn't" | "weren't" | "hasn't" | "haven't" | "hadn't" | "won't" | "wouldn't" | "couldn't" | "can't" |
        "cannot" | "shouldn't" | "doesn't" | "didn't" | "don't" | "not" | "needs" | "needed";
}

/// Words an appositive or a relative clause opens with, after a name and
/// its comma: "Ana Ruiz, a nurse …", "Ruiz, 61, …", "Ruiz, who …",
/// "Ruiz, whose …", "Ruiz, her sister, …", "Ruiz, former mayor of …".
fn opens_appositive(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    matches!(
        w.as_str(),
        "a" | "an" | "the" | "who" | "whose" | "his" | "her" | "their" | "its" | "former" | "now" | "then" | "also" | "herself" | "himself"
    ) || doc.tok(i).starts_with(|c: char| c.is_ascii_digit())
        || (!doc.is_cap(i) && lexicon::titles().contains(&w))
        || capitalised_title(doc, i)
}

/// A capitalised title opening an appositive: "Ruiz, CEO of Acme, …",
/// "Ruiz, President and CEO of Acme, …", "Ruiz, Acme's CEO, …", "Ruiz, Acme
/// CEO, …". Up to three capitalised words lead to a role noun that a
/// lower-case word or a comma follows; a capitalised word after it makes a
/// name ("Ruiz, President Lee and …" lists people).
fn capitalised_title(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens().len();
    let hi = n.min(i + 8);
    let mut j = i;
    while j < hi && doc.is_cap(j) {
        let role = lexicon::is_role_noun_with(&doc.lower(j), doc.lists(j));
        let next = j + 1;
        if role && next < n && (doc.tok(next) == "," || doc.is_word(next) && !doc.is_cap(next)) {
            return true;
        }
        // (A possessor's "'s" is two tokens.)
        let possessive = next + 1 < n && matches!(doc.tok(next), "'" | "’") && doc.tok(next + 1) == "s";
        j = if possessive { next + 2 } else { next };
    }
    false
}

/// The name that opens a clause and is set off by an appositive running
/// right up to the cue at `k`, however long: "Ana Ruiz, a retired nurse
/// who moved to Dayton from Tucson, Arizona, in 2019, said …" gives Ana
/// Ruiz, never the place at the end of the appositive. The clause opens
/// at `lo` or after a short opening phrase ("On Monday, Ana Ruiz, …").
/// The appositive holds no finite verb except inside a relative clause,
/// so "Ruiz, the plan failed, said X" is left to other readings.
pub(crate) fn appositive_subject(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    if k < lo + 4 || !sets_off(doc.tok(k - 1)) {
        return None;
    }
    let opener_comma = (lo..k.min(lo + 7)).find(|&c| doc.tok(c) == ",");
    let starts = [Some(lo), opener_comma.map(|c| c + 1)];
    for st in starts.into_iter().flatten() {
        // ("Meanwhile, the governor, Ana Ruiz, said", "On Monday, …": an
        // opener is no name; "The Rev. Ana Ruiz, …" is one.)
        // ("Late Monday, a spokesman, Ana Ruiz, said": a time is no name.)
        let opener = || {
            (lexicon::is_not_name_with(doc.tok(st), doc.lists(st)) || doc.lists(st) & lexicon::SENTENCE_OPENERS != 0)
                && !matches!(doc.lower(st).as_str(), "the" | "a" | "an")
                || st + 1 < k && is_time_noun(&doc.lower(st + 1))
        };
        // ("Rep. Ana Ruiz, D-Eastport, the panel's chair, said": a party
        // tag after the opening comma is no name.)
        if st >= k || !doc.is_cap(st) || opener() || lexicon::is_party_tag(doc.tok(st)) {
            continue;
        }
        let Some(np) = np_after(doc, st, k, true).filter(|n| n.kind == NpKind::Name && n.first == st) else { continue };
        // ("Tom Reed of Dayton, Ohio, who …, said": a state after its town
        // and comma is no name with an appositive.)
        if after_its_town(doc, lo, np) {
            continue;
        }
        let mut comma = np.last;
        // ("Ana Ruiz, Ph.D., chair of …, said": past a degree.)
        if comma + 1 < k && doc.tok(comma) == "," {
            comma = crate::mentions::degree_end(doc, comma + 1, k).unwrap_or(comma);
        }
        if comma + 2 >= k || !sets_off(doc.tok(comma)) || !opens_appositive(doc, comma + 1) {
            continue;
        }
        if k - comma > 60 {
            continue;
        }
        let mut relative = false;
        let body_ok = (comma + 1..k - 1).all(|m| {
            let t = doc.tok(m);
            // "a contractor from Alexandria, Va., said": an abbreviation's
            // period, written onto a short capitalised word.
            let toks = doc.tokens();
            if t == "."
                && toks[m].start == toks[m - 1].end
                && doc.is_cap(m - 1)
                && doc.tok(m - 1).len() <= 5
                && (doc.tok(m + 1) == "," || toks[m + 1].start == toks[m].end && doc.is_cap(m + 1))
            {
                return true;
            }
            if matches!(t, ";" | ":" | "." | "!" | "?" | "(" | ")")
                || doc.tokens()[m].kind == crate::segment::TokKind::Mark && !matches!(t, "'" | "’")
            {
                return false;
            }
            let w = doc.lower(m);
            if matches!(w.as_str(), "who" | "whose" | "which" | "that" | "whom" | "where") {
                relative = true;
            }
            // "a retired nurse": after a determiner, "-ed" is an adjective.
            let determined = matches!(doc.lower(m - 1).as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our");
            let verb = is_finite(&w) || (doc.is_word(m) && !doc.is_cap(m) && w.ends_with("ed") && w.len() > 3 && !determined);
            (!verb || relative) && cue_at(doc, m, k).is_none()
        });
        if body_ok {
            return Some(np);
        }
    }
    None
}

/// Whether tokens `i..hi` open with a subject name and its past or finite
/// verb ("Dolan went after Ashby", "Dolan attacked"): a clause, where an
/// appositive or a participle phrase ("Kirill Dmitriev", "writing for the
/// majority", "one of the candidates vanquished by …") has none.
fn opens_clause(doc: &Doc, i: usize, hi: usize) -> bool {
    let Some(np) = (i < hi && doc.is_cap(i)).then(|| np_after(doc, i, hi, true)).flatten() else { return false };
    let v = np.last;
    if np.kind != NpKind::Name || np.first != i || v >= hi || !doc.is_word(v) || doc.is_cap(v) {
        return false;
    }
    let w = doc.lower(v);
    is_finite(&w) || past_form(&w, 3)
}

/// The relative pronoun ("who", "which") that opens the clause of the cue
/// at token `i`: right before it, or before auxiliaries and a short setting
/// ("who had earlier said", "who in 2010 said", "who last week told").
pub(crate) fn relative_pronoun_before(doc: &Doc, lo: usize, i: usize) -> Option<usize> {
    let setting = |m: usize| {
        let w = doc.lower(m);
        doc.is_word(m)
            && (is_aux(&w)
                || is_time_noun(&w)
                || matches!(w.as_str(), "in" | "on" | "at" | "last" | "this")
                || w.chars().all(|c| c.is_ascii_digit()))
    };
    let mut w = i;
    while w > lo && w + 4 > i && setting(w - 1) {
        w -= 1;
    }
    // (Lazily: `then_some(w - 1)` would subtract before the test, at 0.)
    (w > lo && matches!(doc.lower(w - 1).as_str(), "who" | "which")).then(|| w - 1)
}

/// The phrase a relative pronoun at `w` stands for: the noun phrase before
/// it, or the name a description stands in apposition to ("Dunmore, now
/// the House minority leader, who …" is Dunmore).
pub(crate) fn relative_antecedent(doc: &Doc, lo: usize, w: usize) -> Option<Np> {
    let end = if w > lo && doc.tok(w - 1) == "," { w - 1 } else { w };
    let mut np = np_before(doc, lo, end)?;
    // "a farmer from Nevada, Iowa, who said": a state after its town
    // locates what comes before; the clause hangs on that.
    if after_its_town(doc, lo, np) {
        np = np_before(doc, lo, np.first - 1)?;
    }
    // "singers like Ana Lind, Tomas Berg and Pia Vance, who joked": a
    // clause hung on the end of a list is about its last member.
    if np.kind == NpKind::Group && np.first > lo && doc.tok(np.first - 1) == "," {
        let last = (np.first..np.last).rev().find(|&m| matches!(doc.lower(m).as_str(), "and" | "or")).map_or(np.first, |m| m + 1);
        return Some(np_before(doc, last, np.last).filter(|n| n.kind == NpKind::Name && n.first == last).unwrap_or(np));
    }
    // "Dr Ana Roe, director of the Centre for Ethics at Leeds University,
    // who said": a body closing the appositive of a person's name is the
    // complement; the clause hangs on the name.
    let complement = |f: usize| {
        f > lo + 3 && is_preposition(&doc.lower(f - 1)) || f > lo + 4 && doc.lower(f - 1) == "the" && is_preposition(&doc.lower(f - 2))
    };
    if np.kind == NpKind::Name && complement(np.first) {
        let c = (lo.max(np.first.saturating_sub(16))..np.first).rev().find(|&k| !doc.is_word(k) && !matches!(doc.tok(k), "'" | "’"));
        if let Some(c) = c.filter(|&c| doc.tok(c) == "," && c > lo && c + 1 < np.first) {
            let opens = matches!(doc.lower(c + 1).as_str(), "the" | "a" | "an")
                || !doc.is_cap(c + 1) && lexicon::is_role_noun_with(&doc.lower(c + 1), doc.lists(c + 1));
            if let Some(name) =
                opens.then(|| np_before(doc, lo, c)).flatten().filter(|n| n.kind == NpKind::Name && n.last == c && !names_place(doc, *n))
            {
                return Some(name);
            }
        }
    }
    if np.kind != NpKind::Description {
        return Some(np);
    }
    let mut j = np.first;
    while j > lo && matches!(doc.lower(j - 1).as_str(), "now" | "then" | "formerly" | "currently" | "still" | "the" | "a" | "an") {
        j -= 1;
    }
    let name = (j > lo + 1 && doc.tok(j - 1) == ",").then(|| np_before(doc, lo, j - 1)).flatten().filter(|n| n.kind == NpKind::Name);
    Some(name.unwrap_or(np))
}

/// The subject of a finite cue at `cue` whose phrase before it, `np`, ends
/// a restrictive relative clause: "Two officials who attended the meeting
/// said" is the officials', not the meeting's. Only words stand between
/// "who" and the cue; a bare "say" or "saying" there has its own subject
/// ("voters who heard Ruiz say").
pub(crate) fn past_relative(doc: &Doc, lo: usize, np: Option<Np>, cue: usize) -> Option<Np> {
    if let Some(source) = anonymous_because(doc, lo, cue) {
        return Some(source);
    }
    // A pronoun is the cue's own subject ("who … when he yelled").
    if np.is_some_and(|n| n.kind == NpKind::Pronoun) {
        return np;
    }
    let end = np.map_or(cue, |n| n.first);
    let floor = lo.max(end.saturating_sub(10));
    // (The tokens as written: "who" in any case is three ASCII bytes.)
    let Some(who) = (floor..end).rev().take_while(|&m| doc.is_word(m)).find(|&m| doc.tok(m).eq_ignore_ascii_case("who")) else {
        return np;
    };
    let w = doc.lower(cue);
    if w.ends_with("ing") || !(w.ends_with('s') || w.ends_with('d') || w.ends_with('t') || w == "wrote") {
        return np;
    }
    // ("who gained fame in 2009 when the crowd yelled": a clause of its own.)
    if who + 1 >= end || (who + 1..end).any(|m| is_subordinator(&doc.lower(m))) {
        return np;
    }
    np_before(doc, lo, who).filter(|a| a.last == who && matches!(a.kind, NpKind::Description | NpKind::Group | NpKind::Name)).or(np)
}

/// The source of a cue at `cue` after the anonymity formula and its
/// reason: "An official who spoke on condition of anonymity because the
/// talks are private said", "a neighbor who asked not to be named because
/// she feared reprisals said". The "because" clause (its own subject and
/// verb) belongs to the relative clause; the cue to the antecedent.
fn anonymous_because(doc: &Doc, lo: usize, cue: usize) -> Option<Np> {
    // (Words only, back to "because": as written, seven ASCII bytes, so
    // its length is asked first.)
    let toks = doc.tokens();
    let because = (lo.max(cue.saturating_sub(16))..cue)
        .rev()
        .take_while(|&m| doc.is_word(m))
        .find(|&m| toks[m].end - toks[m].start == 7 && doc.tok(m).eq_ignore_ascii_case("because"))?;
    let who = (lo.max(because.saturating_sub(10))..because).rev().find(|&m| !doc.is_word(m) || doc.tok(m).eq_ignore_ascii_case("who"))?;
    let formula =
        (who + 1..because).any(|m| matches!(doc.lower(m).as_str(), "anonymity" | "anonymous" | "anonymously" | "named" | "identified"));
    if !formula || !doc.is_word(who) {
        return None;
    }
    np_before(doc, lo, who).filter(|a| a.last == who && matches!(a.kind, NpKind::Description | NpKind::Group | NpKind::Name))
}

/// The noun phrase ending just before token `k` (exclusive), skipping
/// auxiliaries, an appositive between commas or dashes, and a relative
/// clause ("X, who …, said").
pub fn np_before(doc: &Doc, lo: usize, k: usize) -> Option<Np> {
    let mut k = k;
    loop {
        while k > lo && doc.is_word(k - 1) && is_aux(&doc.lower(k - 1)) {
            k -= 1;
        }
        // (The tests below all read the last two words: lowered once.)
        if k <= lo + 1 {
            break;
        }
        let (last, before) = (doc.lower(k - 1), doc.lower(k - 2));
        // "He’s claiming": the tokenizer splits off "’s" as it would a
        // possessive; after a pronoun it is "is"/"has".
        if k > lo + 2 && last == "s" && matches!(doc.tok(k - 2), "'" | "’") && PRONOUNS.contains(&doc.lower(k - 3).as_str()) {
            k -= 2;
            continue;
        }
        // "he's going to say", "is about to tell".
        if k > lo + 2 && last == "to" && matches!(before.as_str(), "going" | "about") {
            k -= 2;
            continue;
        }
        // "Ann Cole today announced" (not "USA TODAY", a name).
        if matches!(last.as_bytes(), [b't' | b'y', b'o' | b'e', ..])
            && matches!(last.as_str(), "today" | "yesterday" | "tonight")
            && doc.tok(k - 1).bytes().skip(1).all(|b| b.is_ascii_lowercase())
        {
            k -= 1;
            continue;
        }
        // A time adverbial between subject and verb: "Trump last month said".
        // (The shorter list first: most words leave there.)
        if matches!(before.as_str(), "last" | "this" | "on" | "next" | "earlier" | "later") && is_time_noun(&last) {
            k -= 2;
            continue;
        }
        break;
    }
    // "pressed the head of the agency on Tuesday to explain": an
    // infinitive's subject is not the words before its "to".
    if k <= lo || doc.tok(k - 1) == "to" {
        return None;
    }
    // "Rep. Gwen Moore (D-Wis.), said": a comma after the bracket too.
    // (A party tag only: an aside in brackets may be an appositive's.)
    if k > lo + 3 && doc.tok(k - 1) == "," && doc.tok(k - 2) == ")" {
        if let Some(o) = party_tag_open(doc, lo.max(k.saturating_sub(8))..k - 2, "(", k - 2) {
            return np_before(doc, lo, o);
        }
    }
    // "Rep. Ana Ruiz, R-Miss., whose district …, said": the phrase
    // before the aside's comma ends on the tag's period.
    if k > lo + 3 && doc.tok(k - 1) == "." {
        if let Some(o) = party_tag_open(doc, lo.max(k.saturating_sub(6))..k - 1, ",", k) {
            return np_before(doc, lo, o);
        }
    }
    // "Lea Fox of Boulder, Colo., who …, said": a state's abbreviation
    // after a town and its comma locates the phrase before them.
    if let Some(comma) = abbreviated_state_comma(doc, lo, k) {
        return np_before(doc, lo, comma).filter(|np| np.kind == NpKind::Name);
    }
    // "Sen. Ana Ruiz, R-Dayton, who chairs the panel, said": a party tag
    // before an aside is no one; the subject is before it.
    if k > lo + 2 && doc.is_cap(k - 1) {
        if let Some(o) = party_tag_open(doc, lo.max(k.saturating_sub(5))..k - 1, ",", k) {
            return np_before(doc, lo, o);
        }
    }
    // "Rep. Gwen Moore (D-Wis.) said": skip the parenthetical.
    if doc.tok(k - 1) == ")" {
        if let Some(open) = (lo.max(k.saturating_sub(12))..k - 1).rev().find(|&j| doc.tok(j) == "(") {
            return np_before(doc, lo, open);
        }
    }
    // Appositive or parenthetical: ", …," or "— … —" right before the cue.
    let closing = doc.tok(k - 1);
    // (The word before the cue, lowered once for the tests below.)
    let w = doc.lower(k - 1);
    if w == "and" || w == "but" {
        // Coordinated verbs: "I laughed and said", "she paused and added",
        // "declined to comment but said".
        if k > lo + 2 && doc.is_word(k - 2) && !doc.is_cap(k - 2) && doc.lower(k - 2).ends_with("ed") {
            return np_before(doc, lo, k - 2);
        }
        // "Ruth Ames looked at my first bowl and said": the subject of the
        // first verb of a coordinated predicate.
        if let Some(v) = coordinated_verb(doc, lo, k - 1) {
            return np_before(doc, lo, v);
        }
        return None;
    }
    if matches!(w.as_str(), "by" | "after" | "while" | "before" | "when" | "upon" | "with" | "of") {
        return None;
    }
    if sets_off(closing) {
        // "Sen. Ana Ruiz, D-Ore., said": the party tag is no one.
        if closing == "," {
            if let Some(o) = party_tag_open(doc, lo.max(k.saturating_sub(8))..k - 1, ",", k - 1) {
                return np_before(doc, lo, o);
            }
        }
        if let Some(np) = appositive_subject(doc, lo, k) {
            return Some(np);
        }
        let mut j = k - 1;
        let mut steps = 0;
        // The comma before a place passed over ("Tom Reed of Dayton, Ohio,
        // said"): with no comma further back, the subject ends there.
        let mut place_comma = None;
        while j > lo && steps < 24 {
            j -= 1;
            steps += 1;
            if doc.tok(j) == closing {
                // ", Dolan went after Ashby, calling": a clause between the
                // commas, not an appositive; what precedes it is no subject.
                if opens_clause(doc, j + 1, k - 1) {
                    break;
                }
                // "Putin's envoy, Kirill Dmitriev, told": the name is the
                // appositive between the commas. (np_after's phrase opens
                // where asked, so a lower-case word there is not asked.)
                // "Her neighbour, retired teacher Brian Ellis, added": a
                // name's title words in lower case before it.
                // ("The union, the Lakeview Education Association, said".)
                // ("The founder, 84-year-old Augustin Lind, said": an age
                // before the name, as "the" is.)
                // "The first witness, a former analyst named Curtis Abara,
                // testified": the name the appositive gives is the subject.
                if let Some(x) = (j + 3..k - 1).rev().take(4).find(|&x| doc.tok(x) == "named") {
                    if matches!(doc.lower(j + 1).as_str(), "a" | "an") {
                        if let Some(np) =
                            np_after(doc, x + 1, k - 1, true).filter(|n| n.kind == NpKind::Name && n.first == x + 1 && n.last == k - 1)
                        {
                            return Some(np);
                        }
                    }
                }
                let the = (doc.tok(j + 1) == "the" || is_age_noun(&doc.lower(j + 1))) && j + 2 < k && doc.is_cap(j + 2);
                // ("The prosecution's next witness, forensic accountant Lila
                // Marchetti, said": any lower-case words, when a role noun
                // stands right before the name.)
                let mut at = j + 1 + usize::from(the);
                let mut listed = true;
                const FUNCTION_WORDS: &[&str] =
                    &["by", "of", "for", "to", "with", "at", "in", "on", "from", "and", "or", "who", "whom", "whose", "which", "that"];
                let function_word = |x: usize| FUNCTION_WORDS.contains(&doc.lower(x).as_str());
                while at < j + 5 && at + 1 < k && doc.is_word(at) && !doc.is_cap(at) && !cue_word(doc, at) && !function_word(at) {
                    listed = listed && doc.lists(at) & TITLE_WORDS != 0;
                    at += 1;
                }
                const PEOPLE: u64 = lexicon::TITLES | lexicon::ROLES | lexicon::PERSON_NOUNS;
                // ("The sponsor, state Sen. Ana Ruiz, said": lower-case words
                // before a capitalised title or rank.)
                let titled = if listed { (j + 1..at).any(|x| doc.lists(x) & PEOPLE != 0) } else { doc.lists(at - 1) & PEOPLE != 0 }
                    || (at <= j + 3 && lowered_title_at(doc, at));
                if at > j + 1 && !the && !(doc.is_cap(at) && titled) {
                    at = j + 1;
                }
                if doc.is_cap(at) {
                    // ("its owner, Acme Inc., said": the period is the name's.)
                    let end = if k > at + 2 && crate::mentions::is_company_dot(doc, k - 2) { k - 2 } else { k - 1 };
                    if let Some(np) = np_after(doc, at, end, true).filter(|np| np.kind == NpKind::Name && np.last == end) {
                        // "a meeting in Columbus, Ohio, said": a place after
                        // a name and its comma locates it; the subject is
                        // further back.
                        if j > lo && doc.is_cap(j - 1) && names_place(doc, np) {
                            place_comma = Some(j);
                            continue;
                        }
                        return Some(np);
                    }
                }
                if let Some(np) = np_before(doc, lo, j) {
                    // "Tom Reed of Dayton, Ohio, who …, said": a place after
                    // a town and its comma locates the name before them.
                    if after_its_town(doc, lo, np) {
                        if let Some(name) = np_before(doc, lo, np.first - 1).filter(|n| n.kind == NpKind::Name && !names_place(doc, *n)) {
                            return Some(name);
                        }
                    }
                    // "Tom Fitton, the president of Judicial Watch, a group
                    // that …, said": a description set off after a name is
                    // the name's appositive; the name speaks.
                    if np.kind == NpKind::Description && np.first > lo + 1 && doc.tok(np.first - 1) == "," {
                        if let Some(name) = np_before(doc, lo, np.first - 1)
                            .filter(|n| n.kind == NpKind::Name && n.last + 1 == np.first && !names_place(doc, *n))
                        {
                            return Some(name);
                        }
                    }
                    if np.kind != NpKind::Pronoun || steps > 1 {
                        return Some(np);
                    }
                }
                break;
            }
        }
        if let Some(pc) = place_comma.filter(|_| j <= lo || steps >= 24) {
            return np_before(doc, lo, pc).filter(|np| np.kind == NpKind::Name);
        }
        return None;
    }
    // "Peter Holm Jr. said": the suffix's period ends the name.
    // "Acme Inc. said": so does a company's abbreviation.
    if closing == "." && k > lo + 2 && (crate::mentions::is_suffix_dot(doc, k - 1) || crate::mentions::is_company_dot(doc, k - 1)) {
        // ("a lawyer representing Acme Corp. said": a description's.)
        return np_before(doc, lo, k - 1)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Description) && np.last == k - 1)
            .map(|np| Np { last: k, ..np });
    }
    // "Teamsters Local 218 said": the branch number ends the name.
    // (The number first: it rules out most words at their first byte.)
    if k > lo + 1 && doc.tok(k - 1).bytes().all(|c| c.is_ascii_digit()) && crate::mentions::NUMBERED_BRANCHES.contains(&doc.tok(k - 2)) {
        return np_before(doc, lo, k - 1).filter(|np| np.kind == NpKind::Name && np.last == k - 1).map(|np| Np { last: k, ..np });
    }
    let last = k;
    if pronoun_at(doc, k - 1).is_some() {
        return Some(Np { first: k - 1, last, kind: NpKind::Pronoun });
    }
    // (A weekday is no one: "In responding Friday, …".)
    if doc.is_cap(k - 1)
        && !lexicon::is_not_name_with(doc.tok(k - 1), doc.lists(k - 1))
        && !lexicon::is_compound_adjective(doc.tok(k - 1))
        && !is_time_noun(&w)
    {
        let mut first = k - 1;
        while first > lo {
            let p = first - 1;
            // (Tested lazily: most words before a name are capitalised.)
            let particle = || crate::mentions::is_particle(&doc.lower(p));
            let name_word = doc.is_cap(p) && !lexicon::is_not_name_with(doc.tok(p), doc.lists(p));
            if name_word || (first < k && particle()) || crate::mentions::is_name_dot(doc, p) {
                first = p;
            } else {
                break;
            }
        }
        if crate::mentions::is_name_dot(doc, first) {
            first += 1;
        }
        // "the 51-year-old Dane", "the veteran Irishman": a capitalised
        // person noun after a determiner describes someone; so does a
        // capitalised title, after at most one capitalised word ("the
        // CEO", "the Governor", "the Brightloom CEO"; "the New Hampshire
        // Union Leader" is a newspaper's name).
        // (Its lists, kept per token, rule most words out unhashed.)
        let title = first + 2 >= k && singular_title(doc, k - 1);
        if title || first + 1 == k && doc.lists(k - 1) & lexicon::PERSON_NOUNS != 0 && lexicon::is_bare_person_noun(&w) {
            let np = description_before(doc, lo, k - 1, last);
            if np.first < k - 1 && is_determiner(&doc.lower(np.first)) {
                return Some(np);
            }
        }
        // "The Minister of State for Rural Affairs said": a title and its
        // portfolio, a description of someone unnamed.
        if let Some(det) = portfolio_title(doc, lo, first) {
            return Some(Np { first: det, last, kind: NpKind::Description });
        }
        // "the foreign secretary of the United Kingdom", "a consultant at
        // Treliske", "officials in Washington": a description, the name its
        // complement.
        let mut of_at = first;
        if of_at > lo && doc.lower(of_at - 1) == "the" {
            of_at -= 1;
        }
        // "a diplomat based in Vienna", "an official traveling with
        // Secretary Ana Ruiz", "a lawyer representing Acme Corp": a
        // participle's object, the head before the participle.
        // (Past a title's or organisation's capitalised words and their
        // joiners: "Secretary of State", "the Department of Homeland
        // Security".)
        let run = capitalised_run_start(doc, lo, first);
        let object_of = || {
            if matches!(doc.lower(run - 1).as_str(), "in" | "at" | "with" | "by" | "for" | "on" | "from") {
                run - 2
            } else {
                run - 1
            }
        };
        if let Some(head) = (run > lo + 1).then(|| participle_head(doc, lo, object_of())).flatten() {
            return Some(description_or_outer(doc, lo, head, last));
        }
        // "Minister for Health Ana Lopes said": a capitalised title's
        // portfolio after "for" ("a spokesman for Health Minister Ana
        // Lopes" is the spokesman).
        if of_at > lo + 1
            && first == of_at
            && doc.lower(of_at - 1) == "for"
            && doc.is_cap(of_at - 2)
            && lexicon::is_title_head(&doc.lower(of_at - 2))
        {
            if let Some(name) = name_after_portfolio(doc, first, last) {
                return Some(Np { first: name, last, kind: NpKind::Name });
            }
        }
        if of_at > lo + 1
            && matches!(doc.lower(of_at - 1).as_str(), "of" | "at" | "from" | "in")
            && is_source_noun(doc, of_at - 2)
            && (!doc.is_cap(of_at - 2) || of_at - 2 == lo)
        {
            // "Secretary of State Ana Ruiz said", "Speaker of the House
            // Nancy Pelosi said": a title's portfolio before a person's
            // name, which is the speaker.
            if doc.lower(of_at - 1) == "of" && lexicon::is_title_head(&doc.lower(of_at - 2)) {
                if let Some(name) = name_after_portfolio(doc, first, last) {
                    return Some(Np { first: name, last, kind: NpKind::Name });
                }
            }
            // "Ministry of Transport Director Ana Lind said": a title
            // closing the organisation's name, then a person's name.
            // (Not "the government of President Ana Lind": the government.)
            if let Some(name) = name_after_title(doc, first, last).filter(|_| doc.is_cap(of_at - 2)) {
                return Some(Np { first: name, last, kind: NpKind::Name });
            }
            return Some(description_or_outer(doc, lo, of_at - 2, last));
        }
        // "a senior official at the Department of Homeland Security
        // said": the source noun before a name with joiners of its own.
        let o = run;
        if o < of_at
            && o > lo + 1
            && matches!(doc.lower(o - 1).as_str(), "of" | "at" | "from" | "in" | "for" | "with")
            && (!doc.is_cap(o - 2) || o - 2 == lo)
            && is_source_noun(doc, o - 2)
        {
            // (One source: the name's own "and" joins no group. "A
            // spokesman for the mayor of Leeds": the outer source speaks.)
            return Some(Np { kind: NpKind::Description, ..description_or_outer(doc, lo, o - 2, last) });
        }
        // "a worker at the plant in Dover said", "a nurse in the intensive
        // care unit at Central Hospital said": the source noun before a
        // chain of two complements, the name the inner one's.
        if let Some(head) = (o > lo + 3 && is_preposition(&doc.lower(o - 1))).then(|| source_before_complement(doc, lo, o - 1)).flatten() {
            return Some(Np { kind: NpKind::Description, ..description_before(doc, lo, head, last) });
        }
        // "a former aide to state Sen. Ana Ruiz said": a person's role
        // toward someone, past the name's title words.
        let mut to_at = first;
        while to_at > lo + 2
            && to_at + 3 > first
            && doc.is_word(to_at - 1)
            && !doc.is_cap(to_at - 1)
            && crate::mentions::is_title_word(&doc.lower(to_at - 1))
        {
            to_at -= 1;
        }
        // "a lawyer for Ana Ruiz", "aides to Ruiz", "people close to Ruiz":
        // a source speaking for someone, who is only the complement.
        // (A capital opening the sentence is no name's: "Aides to Ruiz".)
        // ("a spokesman for the Acme Group": past the name's "the".)
        if to_at > lo + 2 && to_at == first && doc.lower(to_at - 1) == "the" {
            to_at -= 1;
        }
        if to_at > lo + 1 && matches!(doc.lower(to_at - 1).as_str(), "to" | "for") {
            let head =
                if to_at > lo + 2 && doc.lower(to_at - 1) == "to" && doc.lower(to_at - 2) == "close" { to_at - 3 } else { to_at - 2 };
            let lower = !doc.is_cap(head) || head == lo;
            // (A document or a statement to someone is no one: "wrote in a
            // letter to Ruiz", "said in a statement to Wired".)
            let document = || doc.in_list(head, lexicon::indirect_document_heads()) || doc.in_list(head, lexicon::speech_nouns());
            if lower
                && (is_source_noun(doc, head) || head < to_at - 2 && matches!(doc.lower(head).as_str(), "those" | "some"))
                && !document()
            {
                return Some(description_before(doc, lo, head, last));
            }
        }
        // "Mr. Okafor of the River Trust said": a person's name before
        // "of" and an organisation or place is the speaker.
        // "… of the conservative Christian Democrats": modifiers too.
        let mut of_mod = of_at;
        while of_mod > lo + 1
            && of_mod + 3 > of_at
            && doc.is_word(of_mod - 1)
            && !doc.is_cap(of_mod - 1)
            && !matches!(doc.lower(of_mod - 1).as_str(), "of" | "and" | "said" | "the")
            && !cue_word(doc, of_mod - 1)
        {
            of_mod -= 1;
        }
        // "… of the London think tank Chatham House", "at the
        // Washington-based Brookings Institution": a place or a "-based"
        // word opens the modifiers.
        if of_mod > lo + 2 && of_mod + 4 > of_at && doc.lower(of_mod - 2) == "the" && located(doc, of_mod - 1) {
            of_mod -= 1;
        }
        if of_mod < of_at && of_mod > lo + 1 && doc.lower(of_mod - 1) == "the" {
            of_at = of_mod - 1;
        }
        // The "of" after the name, past an organisation's own "of":
        // "Paula Gomez of the Bureau of Land Management said". (A name of
        // a few words: a run of capitals is not walked.)
        // ("Jane Hobbs from the Sierra Club said": "from" too.)
        // ("Jane Hobbs at Capital Economics said": "at" too.)
        let after_name = |at: usize| at > lo + 1 && matches!(doc.lower(at - 1).as_str(), "of" | "from" | "at") && doc.is_cap(at - 2);
        // ("Sofia Merrin of the Institute for Social Policy", "… of the
        // Council on Foreign Relations": the name's own "for" and "on".)
        let joined = |at: usize| at > lo + 1 && matches!(doc.lower(at - 1).as_str(), "for" | "on") && doc.is_cap(at - 2);
        if (after_name(of_at) || joined(of_at)) && lexicon::org_words().contains(doc.tok(of_at - 2)) {
            let mut o = of_at - 2;
            while o > lo.max(of_at.saturating_sub(8)) && doc.is_cap(o - 1) {
                o -= 1;
            }
            if o > lo && doc.lower(o - 1) == "the" {
                o -= 1;
            }
            if after_name(o) {
                of_at = o;
            }
        }
        if after_name(of_at) {
            let w = doc.tok(of_at - 2);
            if !crate::mentions::is_title_word(w) && !lexicon::org_words().contains(w) {
                match np_before(doc, lo, of_at - 1) {
                    Some(np) if np.kind == NpKind::Name => return Some(np),
                    // "A spokesman for Mayor Ana Ruiz of Dayton said": the
                    // description goes on past the name's place.
                    Some(np) if np.kind == NpKind::Description && np.last == of_at - 1 => return Some(Np { last, ..np }),
                    _ => {}
                }
            }
        }
        // "The Bank of Spain in Madrid said": a place after "in" or "at"
        // locates the organisation named before it, the speaker.
        // "Lena Cho of Stanford University in Heidelberg said": the person
        // of the organisation the place locates (a name after "in" there
        // is a place, listed or not).
        if first > lo + 2 && matches!(doc.lower(first - 1).as_str(), "in" | "at") && doc.is_cap(first - 2) {
            let org = |np: &Np| (capitalised_run_start(doc, lo, np.first)..np.last).any(|x| doc.lists(x) & lexicon::ORG_WORDS != 0);
            let place = || names_place(doc, Np { first, last, kind: NpKind::Name });
            match np_before(doc, lo, first - 1) {
                Some(np) if np.kind == NpKind::Name && np.last == first - 1 && org(&np) && place() => return Some(np),
                Some(np) if np.kind == NpKind::Name && np.last + 1 < first && matches!(doc.lower(np.last).as_str(), "of" | "from") => {
                    return Some(np)
                }
                _ => {}
            }
        }
        let mut np = Np { first, last, kind: NpKind::Name };
        // Groups: "Russia and Ukraine", "Trump and his envoy Steve Witkoff".
        if first >= lo + 2 && doc.lower(first - 1) == "and" {
            if titles_joined(doc, first - 1) {
                // "Chairman and CEO Rita Okoye": one person's two titles.
            } else if body_and(doc, first - 1, last) {
                np.first = capitalised_run_start(doc, lo, first - 2);
            } else if let Some(left) = np_before(doc, lo, first - 1).filter(|l| matches!(l.kind, NpKind::Name | NpKind::Description)) {
                // "Jane Smith of Pell and Rowe said": the phrase before
                // "and" is a person's name and its "of", and one word
                // follows (a firm's name, not "… and Lindsey Graham"); the
                // person speaks.
                if left.kind == NpKind::Name && left.last + 1 < first && doc.lower(left.last) == "of" && last == first + 1 {
                    return Some(left);
                }
                np = Np { first: left.first, last, kind: NpKind::Group };
            }
        } else if first >= lo + 2 {
            // "and his envoy Steve Witkoff": walk back over the title.
            let mut j = first;
            while j > lo && doc.is_word(j - 1) && !doc.is_cap(j - 1) && j + 4 > first && doc.lower(j - 1) != "and" {
                j -= 1;
            }
            // ("president and chief executive Ana Lind": one person.)
            if j > lo + 1 && j < first && doc.lower(j - 1) == "and" && !titles_joined(doc, j - 1) {
                if let Some(left) = np_before(doc, lo, j - 1) {
                    np = Np { first: left.first, last, kind: NpKind::Group };
                }
            }
        }
        return Some(np);
    }
    if is_source_noun(doc, k - 1)
        || matches!(w.as_str(), "backers" | "supporters" | "allies" | "critics" | "opponents" | "members" | "voters")
    {
        let mut np = description_before(doc, lo, k - 1, last);
        // "a move supporters called overdue", "a change city officials
        // say will save money": "a" cannot head a plural, so the noun after
        // it is a relative clause's antecedent and the source follows it.
        // (Not "a wide array of economists": a complement's plural.)
        if np.first + 2 < k
            && w.ends_with('s')
            && matches!(doc.lower(np.first).as_str(), "a" | "an")
            && !quantifier(&doc.lower(np.first + 1))
            && (np.first + 1..k).all(|x| doc.is_word(x) && !matches!(doc.lower(x).as_str(), "of" | "for" | "with" | "from" | "and"))
        {
            np.first += 2;
        }
        // "John Smith of the GMB union said", "Ana Lind from the union":
        // a person's name before "of" or "from" and a body is the speaker.
        // (Not a capitalised source: "Leaders of the organization said".)
        if np.first > lo + 1
            && matches!(doc.lower(np.first - 1).as_str(), "of" | "from")
            && doc.is_cap(np.first - 2)
            && !is_source_noun(doc, np.first - 2)
        {
            let w = doc.tok(np.first - 2);
            if !crate::mentions::is_title_word(w) && !lexicon::org_words().contains(w) {
                if let Some(name) = np_before(doc, lo, np.first - 1).filter(|n| n.kind == NpKind::Name) {
                    return Some(name);
                }
            }
        }
        if let Some(outer) = outer_description(doc, lo, np, last) {
            return Some(outer);
        }
        // "an analyst tracking the company": the object of a participle
        // after the head.
        if let Some(head) = (np.first > lo).then(|| participle_head(doc, lo, np.first - 1)).flatten() {
            return Some(description_or_outer(doc, lo, head, last));
        }
        // "people close to the mayor", "sources familiar with the firm":
        // the head is the noun before the adjective's complement.
        if let Some(head) = (np.first > lo).then(|| familiar_source(doc, lo, np.first - 1)).flatten() {
            let outer = description_before(doc, lo, head, last);
            return Some(Np { kind: NpKind::Description, ..outer });
        }
        return Some(np);
    }
    // "people familiar with the talks", "a spokeswoman for the ministry";
    // not a phrase ending on its relative pronoun ("a staffer at the
    // agency who said": the relative's antecedent is asked for).
    if matches!(w.as_str(), "who" | "whom" | "which" | "that") {
        return None;
    }
    let mut j = k - 1;
    let floor = lo.max(k.saturating_sub(8));
    let mut coordinated = false;
    while j > floor {
        j -= 1;
        // "a lawyer representing the family", "an official involved in
        // the talks": the head before a participle's phrase (no "and"
        // passed: "a woman asked for a photo and Clinton said").
        coordinated = coordinated || doc.is_word(j + 1) && matches!(doc.lower(j + 1).as_str(), "and" | "or" | "but");
        if let Some(head) = participle_head(doc, lo, j).filter(|_| !coordinated) {
            return Some(description_or_outer(doc, lo, head, last));
        }
        let wj = doc.lower(j);
        if wj.ends_with("ed") || wj == "by" || doc.in_list(j, lexicon::cue_verbs()) {
            break;
        }
        // ("critics in both parties", "officials from both states": a
        // person's, not a body's or a document's, and no time or number
        // after: "the Senate in November", "its founder in 2009".)
        let locative = || {
            matches!(wj.as_str(), "in" | "from")
                && person_source(doc, j - 1)
                && !doc.tok(j + 1).starts_with(|c: char| c.is_ascii_digit())
                && !is_time_noun(&doc.lower(j + 1))
        };
        if j > lo && (matches!(wj.as_str(), "with" | "for" | "of" | "to" | "at" | "on") || locative()) && is_source_noun(doc, j - 1) {
            let head = j - 1;
            let np = description_before(doc, lo, head, last);
            return Some(np);
        }
        // "a person familiar with the matter", "sources close to the
        // probe": whatever the complement's noun, the adjective's
        // subject is the source.
        if let Some(head) = familiar_source(doc, lo, j) {
            return Some(description_before(doc, lo, head, last));
        }
        // "maker of washers, dryers and refrigerators": a list of common
        // nouns inside the complement.
        let listed = doc.tok(j) == "," && j > lo && !doc.is_cap(j - 1) && doc.is_word(j - 1) && !doc.is_cap(j + 1) && doc.is_word(j + 1);
        if !doc.is_word(j) && !listed {
            break;
        }
    }
    None
}

/// The comma before "Colo." or "W.Va." ending at token `k` (exclusive):
/// a capitalised word of up to four letters (or letters between periods)
/// written up to its period, after a comma and a capitalised town.
fn abbreviated_state_comma(doc: &Doc, lo: usize, k: usize) -> Option<usize> {
    if k < lo + 5 || !matches!(doc.tok(k - 1).as_bytes(), [b'.']) {
        return None;
    }
    let glued = |j: usize| doc.tokens()[j].end == doc.tokens()[j + 1].start;
    let mut j = k - 1;
    while j > lo + 2 && j + 6 > k && glued(j - 1) && (doc.tok(j - 1) == "." || doc.is_cap(j - 1) && doc.tok(j - 1).len() <= 4) {
        j -= 1;
    }
    (j < k - 1 && doc.is_cap(j) && doc.tok(j - 1) == "," && doc.is_cap(j - 2) && doc.is_word(j - 2)).then_some(j - 1)
}

/// The nearest `mark` ("," or "(") among the tokens of `within` when a
/// party tag opens right after it and ends at token `end`: the aside of
/// "Sen. Ana Ruiz, D-Ore., said", "Rep. Gwen Moore (D-Wis.), said".
fn party_tag_open(doc: &Doc, within: std::ops::Range<usize>, mark: &str, end: usize) -> Option<usize> {
    within.rev().find(|&o| doc.tok(o) == mark).filter(|&o| crate::mentions::party_tag_end(doc, o + 1, end) == Some(end))
}

/// The source noun before "close to" or "familiar with" whose
/// preposition is token `prep`, at or after `lo`: "people" in "people
/// close to the mayor", "person" in "a person familiar with the matter".
fn familiar_source(doc: &Doc, lo: usize, prep: usize) -> Option<usize> {
    (prep >= lo + 2
        && matches!(doc.lower(prep).as_str(), "to" | "with")
        && matches!(doc.lower(prep - 1).as_str(), "close" | "closest" | "familiar")
        && is_source_noun(doc, prep - 2))
    .then(|| prep - 2)
}

/// The person noun right before token `p`, a participle opening the
/// noun's post-modifier: "a lawyer representing the family", "a diplomat
/// based in Vienna", "officials briefed on the talks". The cue after the
/// phrase is the clause's verb. A finite verb in "-ed" reads alike ("the
/// spokesman refused to answer", "the candidate changed her story"): an
/// "-ed" form counts only before a preposition, an "-ing" form only
/// before its object's determiner, a capital or a preposition ("a
/// supporting role" is no phrase).
#[inline]
pub(crate) fn participle_head(doc: &Doc, lo: usize, p: usize) -> Option<usize> {
    // (The last byte first, as written, where the walks ask: most words
    // end in neither form, and the rest is out of line.)
    if p <= lo || p >= doc.tokens().len() || !matches!(doc.tok(p).as_bytes().last(), Some(b'd' | b'g')) {
        return None;
    }
    participle_phrase_head(doc, p)
}

/// [`participle_head`] of a token in "d" or "g".
#[inline(never)]
fn participle_phrase_head(doc: &Doc, p: usize) -> Option<usize> {
    if !doc.is_word(p) || doc.is_cap(p) || !doc.is_word(p + 1) {
        return None;
    }
    let w = doc.lower(p);
    if !participle_form(&w) || is_aux(&w) {
        return None;
    }
    let next = doc.lower(p + 1);
    let preposition =
        || opens_participle_object(&next) || next == "to" && (doc.is_cap(p + 2) || doc.is_word(p + 2) && is_determiner(&doc.lower(p + 2)));
    let phrase =
        if w.ends_with("ed") { preposition() } else { w.ends_with("ing") && (preposition() || doc.is_cap(p + 1) || is_determiner(&next)) };
    let head = p - 1;
    let person = phrase
        && is_source_noun(doc, head)
        && !doc.in_list(head, lexicon::org_nouns())
        && !doc.in_list(head, lexicon::indirect_document_heads());
    person.then_some(head)
}

/// Where the capitalised words before token `first` start, with their
/// joiners ("of", "for", "and", "the" between capitals) and a "the"
/// before them, up to eight words back: "the Department of Homeland
/// Security", "Secretary of State Ana Ruiz".
fn capitalised_run_start(doc: &Doc, lo: usize, first: usize) -> usize {
    let mut o = first;
    while o > lo + 1 && o + 8 > first && (doc.is_cap(o - 1) || matches!(doc.tok(o - 1), "of" | "for" | "and" | "the") && doc.is_cap(o - 2))
    {
        o -= 1;
    }
    if o > lo && doc.lower(o - 1) == "the" {
        o -= 1;
    }
    o
}

/// Whether lower-case `w` is shaped like a participle ("based",
/// "representing"), not a word that only ends like one ("indeed",
/// "according").
pub(crate) fn participle_form(w: &str) -> bool {
    w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing")) && !matches!(w, "indeed" | "according" | "during" | "notwithstanding")
}

/// The prepositions a participle's phrase opens with after its noun
/// ("based in", "briefed on", "traveling with"); "to" only before a
/// determiner or a capital, which the callers ask.
pub(crate) fn opens_participle_object(w: &str) -> bool {
    matches!(w, "in" | "on" | "by" | "at" | "with" | "from" | "near" | "inside" | "outside" | "across" | "around" | "through")
}

/// Whether token `i` names people, not a body or a document: a person
/// noun, title or role, or a plural of people ("lawmakers", "voters").
/// A place or group after "in"/"from" then locates them: "lawmakers in
/// both parties", not "opposition from island fishermen".
fn person_source(doc: &Doc, i: usize) -> bool {
    let lists = doc.lists(i);
    (lists & (lexicon::PERSON_NOUNS | lexicon::TITLES | lexicon::ROLES) != 0 || lexicon::is_people_plural_with(&doc.lower(i), lists))
        && !doc.in_list(i, lexicon::org_nouns())
}

/// The description of the source noun that description `np` is the
/// complement of: "a spokesperson for the company", "relatives of a man
/// killed in the crash", "lawmakers on the defense committee".
fn outer_description(doc: &Doc, lo: usize, np: Np, last: usize) -> Option<Np> {
    let outer = np.first >= lo + 2
        && is_source_noun(doc, np.first - 2)
        && match doc.lower(np.first - 1).as_str() {
            "for" | "of" | "at" => true,
            // (A person's only: "opposition from island fishermen".)
            "on" | "in" | "from" => person_source(doc, np.first - 2),
            _ => false,
        };
    outer.then(|| Np { kind: NpKind::Description, ..description_before(doc, lo, np.first - 2, last) })
}

/// A description whose head is token `head`, or the source noun's it is
/// the complement of ([`outer_description`]).
fn description_or_outer(doc: &Doc, lo: usize, head: usize, last: usize) -> Np {
    let np = description_before(doc, lo, head, last);
    outer_description(doc, lo, np, last).unwrap_or(np)
}

/// Whether token `k` is a capitalised modifier that locates what follows:
/// a place ("London") or a "-based" word ("Geneva-based").
fn located(doc: &Doc, k: usize) -> bool {
    doc.is_cap(k) && (doc.lower(k).ends_with("-based") || crate::lexicon::gazetteer::is_place(doc.tok(k)))
}

/// Whether the phrase `np`, as written, is a listed place ("Iowa", "New
/// York").
fn names_place(doc: &Doc, np: Np) -> bool {
    let span = doc.tokens()[np.first].start..doc.tokens()[np.last - 1].end;
    crate::lexicon::gazetteer::is_place(&doc.text()[span])
}

/// Whether the name `np` is a place right after a capitalised word and its
/// comma, no further left than `lo`: the state of "Dayton, Ohio", which
/// locates the phrase before the town.
fn after_its_town(doc: &Doc, lo: usize, np: Np) -> bool {
    np.kind == NpKind::Name && np.first > lo + 1 && doc.tok(np.first - 1) == "," && doc.is_cap(np.first - 2) && names_place(doc, np)
}

/// Whether token `k` is a title, singular ("CEO", "Governor"; not
/// "Officials"): after a determiner, capitalised, it describes someone.
fn singular_title(doc: &Doc, k: usize) -> bool {
    doc.lists(k) & lexicon::TITLES != 0 && !doc.lower(k).ends_with('s')
}

/// The token of a description's head noun: the last word before any
/// complement ("statement" in "a statement from the ministry", "person"
/// in "a person familiar with the plan").
pub(crate) fn head_token(doc: &Doc, np: Np) -> usize {
    (np.first..np.last)
        .find(|&k| matches!(doc.lower(k).as_str(), "of" | "for" | "from" | "by" | "at" | "in" | "with" | "to" | "familiar" | "close"))
        .unwrap_or(np.last)
        .saturating_sub(1)
        .max(np.first)
}

/// Lists of the lower-case words a title before a name is made of
/// ("retired teacher", "senior vice president").
const TITLE_WORDS: u64 = lexicon::TITLES | lexicon::TITLE_MODIFIERS | lexicon::ROLES | lexicon::ROLE_MODIFIERS | lexicon::PERSON_NOUNS;

/// Words after "a" that count a plural ("a few critics", "a dozen
/// residents", "a number of").
/// (A slice searched, not a `match`: the wasm's code for a `match` on
/// strings is several times its data.)
fn quantifier(w: &str) -> bool {
    const QUANTIFIERS: &[&str] = &[
        "few", "dozen", "couple", "handful", "number", "lot", "hundred", "thousand", "million", "host", "pair", "majority", "minority",
        "great", "good", "total", "group", "series", "slew", "raft", "bunch", "range", "variety", "growing", "small", "large",
    ];
    QUANTIFIERS.contains(&w)
}

/// Where a person's name starts in the capitalised words `first..last`
/// after a title's "of" ("State Ana Ruiz", "House Nancy Pelosi"): at its
/// first name ([`crate::mentions::portfolio_name_start`]), else its last
/// two words when there are three or more ("State Tomasz Wrobel"); `None`
/// when the words are the portfolio alone ("the United Kingdom").
fn name_after_portfolio(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    let words = || (first..last).filter(|&k| doc.is_word(k));
    crate::mentions::portfolio_name_start(doc, words()).or_else(|| {
        let n = words().count();
        (n >= 3).then(|| words().nth(n - 2)).flatten()
    })
}

/// Whether the "and" at token `and` joins two titles or roles of one
/// person ("co-founder and chief product officer", "Singer and
/// songwriter"), not two people.
fn titles_joined(doc: &Doc, and: usize) -> bool {
    // (Not an honorific's: "Mr. King and Mr. Schultz" are two people.)
    let role = |k: usize| {
        let lower = doc.lower(k);
        doc.is_word(k)
            && doc.lists(k) & lexicon::HONORIFICS == 0
            && (crate::mentions::is_title_word(&lower) || lexicon::is_role_noun_with(&lower, doc.lists(k)))
    };
    let after_title = and >= 2 && (crate::mentions::is_name_dot(doc, and - 2) || crate::mentions::is_title_word_at(doc, and - 2));
    and > 0 && and + 1 < doc.tokens().len() && role(and - 1) && role(and + 1) && !(after_title && doc.is_cap(and - 1))
}

/// Whether `w` opens a complement of where or whose a source is.
fn is_preposition(w: &str) -> bool {
    matches!(w, "of" | "at" | "from" | "in" | "for" | "with" | "on")
}

/// The source noun before the lower-case complement that ends before
/// token `prep` ("worker" for "a worker at the plant" before "in Dover"),
/// if a few plain words lead back to a preposition right after one.
fn source_before_complement(doc: &Doc, lo: usize, prep: usize) -> Option<usize> {
    let mut k = prep;
    while k > lo + 1 && k + 6 > prep {
        k -= 1;
        let w = doc.lower(k);
        if !doc.is_word(k) || doc.is_cap(k) || matches!(w.as_str(), "who" | "that" | "which" | "and" | "or") || cue_word(doc, k) {
            return None;
        }
        if is_preposition(&w) {
            let head = k - 1;
            let ok = k + 1 < prep && is_source_noun(doc, head) && (!doc.is_cap(head) || head == lo);
            return ok.then_some(head);
        }
    }
    None
}

/// Whether the "and" at `and` joins one body's name in the title before a
/// person's name ending before `last`: "Health and Human Services
/// Secretary Ana Lind", "Securities and Exchange Commission Chairman Ana
/// Lind". A field or a body's word stands before it (a person's name,
/// "Kim Ode and Energy Secretary Lars Berg", never does) and a body's
/// capitalised words after it ("Congress and President Ana Lind" are two).
fn body_and(doc: &Doc, and: usize, last: usize) -> bool {
    // (The word before the "and" first: most leave there, unsearched.)
    body_word_before(doc, and) && name_after_title(doc, and + 1, last).is_some_and(|n| body_and_before(doc, and, n))
}

/// [`body_and`] where the person's name is known to start at token
/// `name` (the title walk in `positions` has it).
pub(crate) fn body_and_before(doc: &Doc, and: usize, name: usize) -> bool {
    body_word_before(doc, and) && name > and + 2 && (and + 1..name).all(|x| doc.is_cap(x))
}

/// Whether a capitalised field or body word ("Health", "Securities")
/// stands right before the "and" at `and`.
fn body_word_before(doc: &Doc, and: usize) -> bool {
    and > 0 && doc.is_cap(and - 1) && doc.lists(and - 1) & (lexicon::ORG_WORDS | lexicon::TITLE_MODIFIERS) != 0
}

/// Where a person's name starts among the capitalised words
/// `first..last` when a title head comes before it ("Transport Director
/// Ana Lind"): see [`crate::mentions::reads_as_name`].
fn name_after_title(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    let t = (first..last).rev().find(|&k| doc.is_word(k) && lexicon::is_title_head(&doc.lower(k)))?;
    let name: Vec<usize> = (t + 1..last).filter(|&k| doc.is_word(k)).collect();
    crate::mentions::reads_as_name(doc, &name).then(|| name[0])
}

/// The determiner opening "the Minister of State for …" when the name-like
/// words at `first` are the portfolio after a title (see
/// [`crate::mentions::portfolio_run`]).
fn portfolio_title(doc: &Doc, lo: usize, first: usize) -> Option<usize> {
    let mut j = first;
    let mut words = Vec::new();
    let mut name_from = None;
    while j > lo && j + 12 > first {
        let w = doc.tok(j - 1);
        let joiner = matches!(w, "of" | "for");
        if !(doc.is_cap(j - 1) || joiner) || is_determiner(&doc.lower(j - 1)) {
            break;
        }
        if joiner && name_from.is_none() {
            name_from = Some(words.len());
        }
        words.push(w);
        j -= 1;
    }
    let name_from = name_from?;
    words.reverse();
    let name_from = words.len() - name_from;
    let mut run = words;
    // The portfolio words themselves, after the joiner.
    run.extend((first..doc.tokens().len()).take_while(|&k| doc.is_cap(k)).map(|k| doc.tok(k)));
    // The phrase opens at the determiner, or at the possessor of "'s".
    // (portfolio_run holds only with a word before `j`.)
    if !crate::mentions::portfolio_run(doc, j, &run, name_from) || j <= lo {
        return None;
    }
    Some(if doc.tok(j - 1) == "s" { j.saturating_sub(3).max(lo) } else { j - 1 })
}

/// A description whose head noun is token `head`, walking left over
/// modifiers to its determiner: "the senior NATO official".
pub(crate) fn description_before(doc: &Doc, lo: usize, head: usize, last: usize) -> Np {
    let mut first = head;
    while first > lo {
        let p = first - 1;
        let pw = doc.lower(p);
        if is_determiner(&pw) {
            first = p;
            break;
        }
        let modifier = doc.is_word(p)
            && !is_aux(&pw)
            && !doc.in_list(p, lexicon::cue_verbs())
            && !matches!(
                pw.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "said"
                    | "but"
                    | "while"
                    | "as"
                    | "when"
                    | "because"
                    | "if"
                    | "so"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "from"
                    | "after"
                    | "before"
                    | "behind"
                    | "to"
                    | "against"
                    | "than"
                    | "into"
                    | "until"
                    | "since"
                    // "asked whether tenants said": a clause opens there.
                    | "whether"
                    | "where"
                    | "why"
                    | "how"
                    | "what"
                    | "whom"
                    | "whose"
                    | "although"
                    | "though"
                    | "unless"
            );
        let possessive = doc.tok(p) == "s" && p > lo && matches!(doc.tok(p - 1), "'" | "’");
        if possessive {
            first = p - 1;
            continue;
        }
        // "the players’ union".
        if p > lo && plural_possessive(doc, p, last.max(p + 2)) {
            first = p;
            continue;
        }
        if modifier || (pw == "and" && first > lo) {
            first = p;
        } else {
            break;
        }
    }
    // "and" cannot start a description.
    while first < head && matches!(doc.lower(first).as_str(), "and" | "or") {
        first += 1;
    }
    // "at least half of voters": the quantity's "at" too.
    if first > lo && first < head && matches!(doc.lower(first).as_str(), "least" | "most") && doc.lower(first - 1) == "at" {
        first -= 1;
    }
    // ("the maker of washers and dryers" is one source: an "and" after
    // the head joins a group only before a name.)
    let joins = |i: usize| doc.lower(i) == "and" && (i < head || doc.is_cap(i + 1));
    let kind = if (first..last).any(joins) { NpKind::Group } else { NpKind::Description };
    Np { first, last, kind }
}

/// The noun phrase starting at token `i`: a pronoun, a name (with the title
/// words before it), or a description.
/// Whether token `j` is the apostrophe of a plural possessive: right after
/// a word in "-s" and right before another word ("the drivers’ union").
fn plural_possessive(doc: &Doc, j: usize, hi: usize) -> bool {
    j > 0
        && j + 1 < hi
        && matches!(doc.tok(j), "'" | "’")
        && doc.tokens()[j - 1].end == doc.tokens()[j].start
        && doc.is_word(j - 1)
        && doc.lower(j - 1).ends_with('s')
        && doc.is_word(j + 1)
        && doc.tokens()[j].end < doc.tokens()[j + 1].start
}

/// Closed-class words: determiners, possessives, prepositions, conjunctions
/// and question words, which modify no title and possess nothing.
pub(crate) const CLOSED_CLASS: &[&str] = &[
    "a", "an", "the", "that", "this", "his", "her", "their", "its", "my", "our", "your", "in", "on", "at", "for", "with", "by", "from",
    "to", "of", "and", "but", "or", "as", "then", "so", "when", "while", "after", "before", "about", "into", "than", "if", "because",
    "where", "who", "whom", "which", "what", "also", "whether", "not", "out", "up", "off", "back", "down", "again",
];

/// Whether `w` may modify a title: a content word, no function word
/// ("that his son Eric", "in an op-ed Thursday").
fn modifier_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !CLOSED_CLASS.contains(&w)
}

/// Whether a source noun at `k` or the word after it (lowercase) is
/// followed by a capitalised name: "director Ana Ruiz", "booster Ana".
fn titled_name_follows(doc: &Doc, k: usize, hi: usize) -> bool {
    (k..hi.min(k + 2))
        .take_while(|&m| doc.is_word(m) && !doc.is_cap(m) && !cue_word(doc, m))
        .any(|m| is_source_noun(doc, m) && m + 1 < hi && doc.is_cap(m + 1) && doc.is_word(m + 1))
}

pub fn np_after(doc: &Doc, i: usize, hi: usize, subject: bool) -> Option<Np> {
    if i >= hi || !doc.is_word(i) {
        return None;
    }
    let w = doc.lower(i);
    let pronouns: &[&str] = if subject { PRONOUNS } else { &["him", "her", "them", "us", "me"] };
    if pronouns.contains(&w.as_str()) {
        return Some(Np { first: i, last: i + 1, kind: NpKind::Pronoun });
    }
    let mut j = i;
    // A number before the noun: "20-year veteran Mara Voss", "9/11
    // veteran Ana Ruiz".
    while j < hi && j < i + 4 && (doc.tok(j).starts_with(|c: char| c.is_ascii_digit()) || (j > i && matches!(doc.tok(j), "/" | "-"))) {
        j += 1;
    }
    if j > i && !(j < hi && doc.is_word(j)) {
        return None;
    }
    let mut saw_head = false;
    let mut saw_cap = false;
    while j < hi {
        if !doc.is_word(j) {
            // Possessive: "Russia's deputy foreign minister".
            if matches!(doc.tok(j), "'" | "’") && j + 1 < hi && doc.tok(j + 1) == "s" {
                j += 2;
                continue;
            }
            // Plural possessive: "the drivers’ lead attorney".
            if plural_possessive(doc, j, hi) {
                j += 1;
                continue;
            }
            // "Mr. Podesta", "Vann R. Newkirk".
            if crate::mentions::is_name_dot(doc, j) && j + 1 < hi && doc.is_cap(j + 1) {
                j += 1;
                continue;
            }
            // A nickname: `Daniel "Danny" Marsh`.
            if j + 3 < hi && doc.is_cap(j + 3) && !doc.is_word(j + 2) {
                let (a, b) = (doc.tokens()[j], doc.tokens()[j + 2]);
                if crate::mentions::nickname_at(doc.text(), a.start, a.end, b.start, b.end) {
                    j += 3;
                    continue;
                }
            }
            break;
        }
        let wj = doc.lower(j);
        if j > i && (cue_word(doc, j) || wj == "who") {
            break;
        }
        if doc.is_cap(j) || j > i && doc.is_cap(j - 1) && elided_name(doc.tok(j)) {
            saw_cap = true;
        } else if j > i && doc.is_cap(j - 1) && j + 1 < hi && doc.is_cap(j + 1) && wj.bytes().all(|b| b.is_ascii_digit()) {
            // A number inside a name: "Local 218 President Ana Ruiz".
        } else if j > i && j + 1 < hi && doc.is_cap(j - 1) && crate::mentions::in_charge_at(doc, j + 1) {
            // "Special Agent in Charge Ana Ruiz", "Editor in Chief …".
        } else if j + 1 < hi && plural_possessive(doc, j + 1, hi) {
            // The possessor of a plural possessive: "the drivers’".
        } else if j > i
            && j + 3 < hi
            && matches!(doc.tok(j + 1), "'" | "’")
            && doc.tok(j + 2) == "s"
            && (j + 3..hi.min(j + 6)).take_while(|&k| doc.is_word(k) && !doc.is_cap(k) && !cue_word(doc, k)).any(|k| is_source_noun(doc, k))
        {
            // Any possessor before a source noun: "the resort's (safety)
            // director".
        } else if is_source_noun(doc, j) {
            saw_head = true;
        } else if (j > i || modifier_word(&wj))
            && doc.is_word(j)
            && !cue_word(doc, j)
            // (First, only before a title that a name follows: "“…,”
            // athletic director Ana Ruiz said".)
            && if j > i {
                (j + 1..hi.min(j + 3)).take_while(|&k| doc.is_word(k) && !doc.is_cap(k) && !cue_word(doc, k)).any(|k| is_source_noun(doc, k))
            } else {
                titled_name_follows(doc, j + 1, hi)
            }
        {
            // A modifier inside a compound title: "the chief financial officer".
        } else if !(is_determiner(&wj) && j == i)
            // A role noun before a name: "the tenant Rosa Quint said".
            && !(j + 1 < hi
                && doc.is_cap(j + 1)
                && wj.chars().all(char::is_lowercase)
                && !doc.in_list(j, lexicon::not_names())
                && !doc.in_list(j, lexicon::cue_verbs())
                && (j == i || (j == i + 1 && is_determiner(&doc.lower(i)))))
            && !doc.in_list(j, lexicon::title_modifiers())
            && !(j > i && (wj == "and" || wj == "of"))
            // ("“…,” van der Merwe said": a surname's particles, first too.)
            && !(crate::mentions::is_particle(&wj) && (j > i || j + 1 < hi && (doc.is_cap(j + 1) || crate::mentions::is_particle(&doc.lower(j + 1)))))
            && !wj.ends_with("ian")
            && !wj.ends_with("ese")
        {
            break;
        }
        j += 1;
        if j - i > 10 {
            return None;
        }
    }
    // "Mr. Okafor of the River Trust": a joiner not followed by a name
    // ends the phrase before it.
    // "the mayor's chief of staff said": the phrase ran on to "of" and
    // stopped at a noun no list holds; "of staff" is read below as the
    // head's complement. ("master of ceremonies Ana Ruiz": a title
    // before a name is left to the name.)
    let complement = |j: usize| doc.lower(j - 1) == "of" && !(j + 1 < hi && doc.is_cap(j + 1));
    while j > i + 1 && matches!(doc.lower(j - 1).as_str(), "and" | "of") && (doc.is_cap(j - 2) || complement(j)) {
        j -= 1;
    }
    if j == i {
        return None;
    }
    // "a spokeswoman for the ministry", "people familiar with the talks".
    if saw_head && j < hi && is_source_noun(doc, j - 1) {
        let w = doc.lower(j);
        let pp_start = match w.as_str() {
            "for" | "of" | "at" | "from" | "in" => Some(j + 1),
            "familiar" | "close" if j + 1 < hi && matches!(doc.lower(j + 1).as_str(), "with" | "to") => Some(j + 2),
            _ => None,
        };
        if let Some(mut k) = pp_start {
            let stop = hi.min(k + 6);
            // ("a spokesperson for Sen. Ted Cruz": a title's period is
            // inside the name.)
            while k < stop
                && (doc.is_word(k)
                    && !doc.in_list(k, lexicon::cue_verbs())
                    && !is_aux(&doc.lower(k))
                    && !matches!(doc.lower(k).as_str(), "who" | "whom")
                    || crate::mentions::is_name_dot(doc, k))
            {
                k += 1;
            }
            // ("a spokesman for the Department of Health and Human
            // Services": an organisation's name, capitalised words and
            // their joiners, goes on past the six words.)
            let name_word = |x: usize| doc.is_cap(x) || matches!(doc.tok(x), "of" | "and" | "for" | "the") && doc.is_cap(x + 1);
            if k == stop && (pp_start.unwrap_or(k)..k).all(name_word) {
                while k < hi && k < stop + 6 && name_word(k) {
                    k += 1;
                }
            }
            // ("… familiar with the plans who spoke on condition of
            // anonymity": a relative clause after it.)
            let ends = k >= hi
                || cue_at(doc, k, hi).is_some()
                || is_aux(&doc.lower(k))
                || matches!(doc.tok(k), "," | "." | ";")
                || matches!(doc.lower(k).as_str(), "who" | "whom");
            // (Never ending on its determiner: "the authors of the
            // “Growth Plan”" stops at the quotation.)
            if pp_start.is_some_and(|p| k > p) && ends && !is_determiner(&doc.lower(k - 1)) {
                return Some(Np { first: i, last: k, kind: NpKind::Description });
            }
        }
    }
    let last_is_cap = doc.is_cap(j - 1);
    // "the 51-year-old Dane": one capitalised person noun, no name.
    // (Or a capitalised title: "said the CEO".)
    let title = || singular_title(doc, j - 1);
    let described = j > i + 1
        && is_determiner(&doc.lower(i))
        && ((!(i..j - 1).any(|k| doc.is_cap(k)) && lexicon::is_bare_person_noun(&doc.lower(j - 1))) || title());
    let kind = if (i..j).any(|k| doc.lower(k) == "and" && !titles_joined(doc, k) && !body_and(doc, k, j)) && saw_cap {
        NpKind::Group
    } else if described || saw_head && is_determiner(&doc.lower(i)) && of_a_name(doc, i, j) {
        NpKind::Description
    } else if last_is_cap {
        NpKind::Name
    } else if saw_head && is_source_noun(doc, j - 1) {
        NpKind::Description
    } else {
        return None;
    };
    let _ = saw_cap;
    // "Peter Holm Jr.": the suffix's period ends the name.
    let j = if kind == NpKind::Name && j < hi && crate::mentions::is_suffix_dot(doc, j) { j + 1 } else { j };
    Some(Np { first: i, last: j, kind })
}

/// Whether the phrase `i..j` ends on a lower-case source noun's "of" and a
/// name: "the mayor of Lyon", "the wife of Ana Ruiz" describe the speaker;
/// the name is the complement's.
fn of_a_name(doc: &Doc, i: usize, j: usize) -> bool {
    (i + 2..j.saturating_sub(1)).any(|k| {
        doc.lower(k) == "of"
            && !doc.is_cap(k - 1)
            && is_source_noun(doc, k - 1)
            && (k + 1..j).all(|x| {
                doc.is_cap(x) || doc.lower(x) == "the" && x == k + 1 || crate::mentions::is_name_dot(doc, x) || elided_name(doc.tok(x))
            })
    })
}

/// A French or Italian name word after an elided article: "d'Orsane",
/// "l’Aquila" (one token, lower-case first).
fn elided_name(w: &str) -> bool {
    let rest = w.strip_prefix(['d', 'l']).and_then(|r| r.strip_prefix(['\'', '’']));
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether token `k` is a cue verb or an auxiliary: a phrase ends there.
fn cue_word(doc: &Doc, k: usize) -> bool {
    doc.in_list(k, lexicon::cue_verbs()) || is_aux(&doc.lower(k))
}

/// Finds the cue that attributes text at token `at` from *after* it:
/// `, NP CUE` or `, CUE NP`. `hi` bounds the search.
pub(crate) fn cue_after(doc: &Doc, at: usize, hi: usize) -> Option<Cue> {
    let mut i = at;
    while i < hi && matches!(doc.tok(i), "," | "—" | "–" | "-" | ":") {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // Inverted: "said Rubio", "added the official".
    if let Some(end) = cue_at(doc, i, hi) {
        let np = np_after(doc, end, hi, true).filter(|np| np.kind != NpKind::Pronoun || doc.lower(np.first) != "it");
        let np = np.map(|np| named_appositive(doc, np, hi));
        return Some(Cue { first: i, last: cue_extent(doc, i, end, hi), np });
    }
    let (np, j) = subject_before_verb(doc, i, hi)?;
    // "“unhinged” a Paul Varga tweet attacking …": a name after an
    // indefinite article modifies a noun; it is no subject.
    if np.kind == NpKind::Name && matches!(doc.lower(i).as_str(), "a" | "an") {
        return None;
    }
    let end = cue_at(doc, j, hi)?;
    Some(Cue { first: j, last: cue_extent(doc, j, end, hi), np: Some(np) })
}

/// `, according to NP` right after a quote's closing mark: "“…,”
/// according to Ana Ruiz, a spokeswoman". A document is no source
/// ("according to the audit", "… to a court document filed by …").
pub(crate) fn according_after(doc: &Doc, at: usize, hi: usize) -> Option<Cue> {
    let i = (at..hi).find(|&k| !crate::mentions::sets_off(doc.tok(k)))?;
    if i + 2 >= hi || doc.lower(i) != "according" || doc.lower(i + 1) != "to" {
        return None;
    }
    let np = np_after(doc, i + 2, hi, true)?;
    let document = (i + 2..hi).take_while(|&w| doc.is_word(w)).any(|w| doc.in_list(w, lexicon::indirect_document_heads()));
    (!document).then(|| Cue { first: i, last: i + 2, np: Some(named_appositive(doc, np, hi)) })
}

/// The name set off after a description, which it names: "said his
/// neighbour, Tom Reyes", "says her mother, Gloria Valcourt, a retired
/// nurse". Any other phrase is itself.
pub(crate) fn named_appositive(doc: &Doc, np: Np, hi: usize) -> Np {
    // (Not a party tag: "a spokesperson for Sen. Ted Vale, R-Texas".)
    if np.kind != NpKind::Description || np.last + 1 >= hi || doc.tok(np.last) != "," || lexicon::is_party_tag(doc.tok(np.last + 1)) {
        return np;
    }
    // The capitalised words (and initials' periods) of the name, which a
    // comma, bracket or dash closes, or a complement ("Andrew Pincus of
    // the law firm …", "Tom Reyes on Monday"). ("said its sponsor, state
    // Sen. Ana Ruiz": lower-case words before a capitalised title or rank
    // are the name's modifiers.)
    let after = np.last + 1;
    let first = if doc.is_cap(after) {
        after
    } else {
        match (after..hi.min(after + 3)).find(|&x| !doc.is_word(x) || doc.is_cap(x)) {
            Some(x) if lowered_title_at(doc, x) => x,
            _ => return np,
        }
    };
    let mut end = first;
    while end < hi && (doc.is_word(end) && doc.is_cap(end) || doc.tok(end) == ".") {
        end += 1;
    }
    // (A period after the last word ends the sentence.)
    if end > first + 1 && doc.tok(end - 1) == "." {
        end -= 1;
    }
    let closed =
        end >= hi || crate::mentions::closes_appositive(doc.tok(end)) || matches!(doc.lower(end).as_str(), "of" | "on" | "from" | "at");
    if end == first || !closed {
        return np;
    }
    np_after(doc, first, end, true).filter(|n| n.kind == NpKind::Name && n.first == first && n.last == end).unwrap_or(np)
}

/// Whether the capitalised word at `i` is a title or an abbreviated rank
/// that lower-case modifiers before it belong to: "state Sen.", "former
/// Gov.", "county Commissioner".
fn lowered_title_at(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.is_word(i)
        && doc.is_cap(i)
        && doc.is_word(i - 1)
        && !doc.is_cap(i - 1)
        && doc.lists(i) & (lexicon::TITLES | lexicon::ROLE_ABBREVIATIONS) != 0
}

/// The subject phrase opening at token `i` and the token where its verb
/// should stand: past a parenthesis, a complement naming where the
/// speaker is from and an appositive ("Rutte, NATO's chief, said"), and
/// any auxiliaries.
fn subject_before_verb(doc: &Doc, i: usize, hi: usize) -> Option<(Np, usize)> {
    let np = np_after(doc, i, hi, true)?;
    let mut j = np.last;
    if j < hi && doc.tok(j) == "(" {
        if let Some(close) = (j + 1..hi.min(j + 12)).find(|&k| doc.tok(k) == ")") {
            j = close + 1;
        }
    }
    // A complement naming where the speaker is from: "Mr. Morgan of the
    // River Trust said", "Ana Ruiz from Oxfam told".
    if j + 1 < hi && matches!(doc.lower(j).as_str(), "of" | "from" | "at" | "for") {
        let mut k = j + 1;
        if k < hi && doc.lower(k) == "the" {
            k += 1;
        }
        let name_start = k;
        // (The organisation's own joiners and ordinals too: "of the 9th
        // Circuit Court of Appeals said".)
        let ordinal =
            |k: usize| doc.tok(k).starts_with(|c: char| c.is_ascii_digit()) && doc.tok(k).ends_with(|c: char| c.is_ascii_alphabetic());
        while k < hi && doc.is_word(k) {
            if doc.is_cap(k) || k == name_start && ordinal(k) {
                k += 1;
            } else if k > name_start && matches!(doc.lower(k).as_str(), "of" | "for" | "and") {
                let next = if k + 2 < hi && doc.lower(k + 1) == "the" { k + 2 } else { k + 1 };
                if next < hi && doc.is_cap(next) {
                    k = next;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if k > name_start && cue_at(doc, k, hi).is_some() {
            j = k;
        }
    }
    let mut np = np;
    // "a lawyer representing the family said": a participle's phrase
    // after a description's head runs to the cue.
    if np.kind == NpKind::Description && j == np.last && participle_head(doc, i, j) == Some(j - 1) {
        if let Some(k) = (j + 1..hi.min(j + 10)).take_while(|&k| doc.is_word(k)).find(|&k| cue_at(doc, k, hi).is_some()) {
            np.last = k;
            j = k;
        }
    }
    // Appositive after the subject: "Rutte, NATO's chief, said".
    if j < hi && sets_off(doc.tok(j)) {
        let sep = doc.tok(j);
        let close = (j + 1..hi.min(j + 30)).find(|&k| doc.tok(k) == sep);
        if let Some(c) = close {
            // "the drivers' lead attorney, Marcus Feld, said": a description
            // named by its appositive; the name is the source.
            if np.kind == NpKind::Description {
                if let Some(name) = np_after(doc, j + 1, c, true).filter(|n| n.kind == NpKind::Name && n.first == j + 1 && n.last == c) {
                    np = name;
                }
            }
            j = c + 1;
            // A second appositive, to the comma before the cue: "Pruitt,
            // the attorney general of Oklahoma, one of the states suing the
            // agency, said".
            if sep == "," && cue_at(doc, j, hi).is_none() {
                let next = (j..hi.min(j + 20)).take_while(|&k| doc.is_word(k) || doc.tok(k) == ",").find(|&k| doc.tok(k) == ",");
                if let Some(c) = next.filter(|&c| cue_at(doc, c + 1, hi).is_some() && (j..c).all(|k| !cue_word(doc, k))) {
                    j = c + 1;
                }
            }
        }
    }
    while j < hi && doc.is_word(j) && is_aux(&doc.lower(j)) {
        j += 1;
    }
    Some((np, j))
}

/// `“And last year?” Lloyd pressed.`: after a quote that is the object of
/// its sentence, a subject and a past-tense verb that closes the clause
/// say who spoke, whatever the verb ("pressed", "interjected", "shot
/// back") — the shape makes it a manner of speaking.
pub(crate) fn bare_verb_after(doc: &Doc, at: usize, hi: usize, comma: bool) -> Option<Cue> {
    let outside = at < hi && doc.tok(at) == ",";
    let comma = comma || outside;
    let i = at + usize::from(outside);
    // The clause ends with the verb or one particle ("shot back").
    let closes = |k: usize| k >= hi || matches!(doc.tok(k), "." | "," | "!" | ";");
    // Inverted: "“This is fantastic!” beamed Ana Hartley.", a past verb
    // and a name that closes the clause.
    if i < hi && doc.is_word(i) && !doc.is_cap(i) && past_form(&doc.lower(i), 4) {
        let name = np_after(doc, i + 1, hi, true).filter(|np| np.kind == NpKind::Name && np.first == i + 1 && closes(np.last));
        if name.is_some() {
            return Some(Cue { first: i, last: i + 1, np: name });
        }
    }
    let (np, j) = subject_before_verb(doc, i, hi)?;
    if j >= hi || !doc.is_word(j) || doc.is_cap(j) {
        return None;
    }
    let past = past_form(&doc.lower(j), 4);
    // "“…,” Lind fumed on Tuesday.", "Vance shot back with a laugh.":
    // after a comma the sentence goes on, and only where, when or how
    // follows, right after the verb (an object would make it an action).
    let adjuncts = |k: usize| comma && k < hi && opens_adjunct(doc, k) && adjuncts_only(doc, k, hi);
    let end = if closes(j + 1) || adjuncts(j + 1) {
        j + 1
    } else if j + 1 < hi
        && matches!(doc.lower(j + 1).as_str(), "back" | "in" | "up" | "again" | "quietly" | "sharply")
        && (closes(j + 2) || adjuncts(j + 2))
    {
        j + 2
    } else {
        return None;
    };
    past.then_some(Cue { first: j, last: end, np: Some(np) })
}

/// `Vance interjected, “…”`, `Ruiz shot back: “…”`: a subject and any
/// past verb (one particle after it at most) right before the comma or
/// colon that opens the quote at token `k` — the shape makes the verb a
/// manner of speaking, as after a quote (`bare_verb_after`). (Rare: kept
/// out of line.)
#[cold]
#[inline(never)]
pub(crate) fn bare_verb_before(doc: &Doc, lo: usize, k: usize) -> Option<Cue> {
    if k < lo + 3 || !matches!(doc.tok(k - 1), "," | ":") {
        return None;
    }
    let mut v = k - 2;
    if matches!(doc.lower(v).as_str(), "back" | "in" | "up") {
        v -= 1;
    }
    if !doc.is_word(v) || doc.is_cap(v) {
        return None;
    }
    let past = past_form(&doc.lower(v), 4);
    let np = past.then(|| np_before(doc, lo, v)).flatten().filter(|np| np.last == v)?;
    // The subject opens the clause: "Cruz shot back", "…, and Reed cut
    // in", "…, to which Reed interjected", not "… the rally Cruz attended,
    // “…”".
    (np.first == lo || matches!(doc.lower(np.first - 1).as_str(), "," | "." | "—" | "–" | "and" | "but" | "which")).then_some(Cue {
        first: v,
        last: k - 1,
        np: Some(np),
    })
}

/// Whether tokens `from..to` are only adverbial phrases: manner adverbs
/// before a comma or the end; or a preposition within four words (past
/// the rest of an object or a manner adverb: "told a radio station in …",
/// "asked rhetorically during …") and no clause of their own (no "that",
/// opening quote mark, subject pronoun or finite auxiliary) before a
/// comma, the end or a subordinate clause ("when asked …", "as he left").
pub(crate) fn adjuncts_only(doc: &Doc, from: usize, to: usize) -> bool {
    // "Sanders asked rhetorically, shaking his head": manner adverbs alone
    // before a comma or the end.
    let adverbs = (from..to.min(from + 2)).take_while(|&k| doc.is_word(k) && doc.lower(k).ends_with("ly")).count();
    if adverbs > 0 && (from + adverbs == to || matches!(doc.tok(from + adverbs), "," | ".")) {
        return true;
    }
    let opens = (from..to.min(from + 4)).take_while(|&k| doc.is_word(k)).any(|k| opens_adjunct(doc, k));
    if !opens {
        return false;
    }
    for k in from..to {
        let w = doc.lower(k);
        if is_subordinator(&w) {
            return true;
        }
        match w.as_str() {
            "," | "." => return true,
            "that" | "he" | "she" | "they" | "we" | "i" | "you" | "it" | "is" | "are" | "was" | "were" | "will" | "would" | "can"
            | "could" | "should" | "may" | "might" | "must" | "has" | "have" | "had" | "do" | "does" | "did" | ";" | ":" | "“" | "\""
            | "«" | "„" | "‘" | "‹" => return false,
            _ => {}
        }
    }
    true
}

/// Whether token `k` is a preposition that opens a phrase of where, when
/// or how ("on Monday", "during the hearing", "via email").
fn opens_adjunct(doc: &Doc, k: usize) -> bool {
    matches!(
        doc.lower(k).as_str(),
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "while"
            | "when"
            | "as"
            | "from"
            | "with"
            | "by"
            | "over"
            | "aboard"
            | "outside"
            | "following"
            | "via"
    )
}

/// The possessor right before token `i`: "his", "her", "their", or a name
/// with "’s" ("Rubio’s").
fn possessor_before(doc: &Doc, lo: usize, i: usize) -> Option<Np> {
    if i > lo && matches!(doc.lower(i - 1).as_str(), "his" | "her" | "their") {
        return Some(Np { first: i - 1, last: i, kind: NpKind::Pronoun });
    }
    if i >= lo + 3 && doc.lower(i - 1) == "s" && matches!(doc.tok(i - 2), "'" | "’") && doc.is_cap(i - 3) {
        return np_before(doc, lo, i - 2).filter(|np| np.kind == NpKind::Name);
    }
    None
}

/// The nearest cue before token `k` in `lo..k`, with its subject.
pub(crate) fn cue_before(doc: &Doc, lo: usize, k: usize, quotes: &[QuoteSpan]) -> Option<Cue> {
    let may_start = lexicon::cue_verbs().start_filter();
    // The speech nouns by their shapes first: two bit tests rule out most
    // words, where the list's own test checks the word is ASCII first.
    let speech_nouns = lexicon::speech_nouns();
    let may_be_speech = speech_nouns.start_filter();
    let mut i = k;
    while i > lo {
        i -= 1;
        // Only a word that may open a cue is looked for among the quotes
        // (a binary search): a cue's shape, "according" or a speech noun.
        if !doc.is_word(i) {
            continue;
        }
        let w = doc.lower(i);
        // (The speech nouns by their own list: its shapes rule out most
        // words at once, where finding a token's lists looks it up.)
        let may_open = may_start(w.as_bytes()) || w == "according" || may_be_speech(w.as_bytes()) && speech_nouns.contains(&w);
        if !may_open || in_quote(quotes, doc.tokens()[i].start) {
            continue;
        }
        // "according to X".
        if w == "according" && i + 1 < k && doc.lower(i + 1) == "to" {
            let np = np_after(doc, i + 2, k, true);
            return Some(Cue { first: i, last: i + 2, np });
        }
        // A speech noun with its speaker as possessor: "his claim that
        // people would “learn nothing”", "Rubio's warning of “…”".
        // A noun of commitment takes its content as an infinitive: "his
        // calls to end the “rigged economy”", "her pledge to stay
        // “neutral”" ("his comments to the FBI" are addressed, not said).
        let infinitive = || {
            matches!(w.as_str(), "call" | "calls" | "promise" | "pledge" | "vow")
                && i + 2 < k
                && doc.lower(i + 1) == "to"
                && doc.is_word(i + 2)
                && !doc.is_cap(i + 2)
                && !is_determiner(&doc.lower(i + 2))
        };
        if doc.in_list(i, lexicon::speech_nouns())
            && (i + 1 == k || matches!(doc.lower(i + 1).as_str(), "that" | "of" | "for") || infinitive())
        {
            if let Some(np) = possessor_before(doc, lo, i) {
                return Some(Cue { first: i, last: i + 1, np: Some(np) });
            }
        }
        // (`cue_at`, its shape test already answered above.)
        let Some(end) = (may_start(w.as_bytes()) && may_be_cue(w.as_bytes())).then(|| cue_at_word(doc, i, k)).flatten() else { continue };
        if in_prepositional_phrase(doc, lo, i, k) || adjectival_participle(doc, lo, i, end, k) {
            continue;
        }
        // "who told Congress when asked about it: “…”": a reduced clause
        // ("when asked", "if pressed") speaks for no one; a cue before it
        // does.
        if i > lo && (w.ends_with("ed") || w == "told") && is_subordinator(&doc.lower(i - 1)) {
            continue;
        }
        // "When smugglers are revealed as …", "reporters were told": the
        // subject of a cue in the passive did not speak; its agent did
        // ("was asked by the moderator whether …").
        if i > lo && matches!(doc.lower(i - 1).as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being") && !w.ends_with("ing") {
            let agent = (end + 1 < k && doc.lower(end) == "by").then(|| np_after(doc, end + 1, k, true)).flatten();
            match agent.filter(|np| matches!(np.kind, NpKind::Name | NpKind::Description)) {
                Some(np) => return Some(Cue { first: i, last: end, np: Some(np) }),
                None => continue,
            }
        }
        let end = cue_extent(doc, i, end, k);
        // Inversion ("…, said Rubio, that …") never follows a participle:
        // after "accusing" comes the object.
        // The inverted speaker is set off by punctuation ("said the
        // official: “…”"); a phrase running on into more words or into the
        // quote is the subject of what was said ("said the agreement
        // „clearly foresees“ …").
        let inverted = || {
            np_after(doc, end, k, true).filter(|np| {
                np.kind != NpKind::Pronoun
                    && !doc.lower(i).ends_with("ing")
                    && np.last < k
                    && matches!(doc.tok(np.last), "," | ":" | "—" | "–")
            })
        };
        // "… and Pia Vance, who joked, “…”": the relative's antecedent.
        let relative = || relative_pronoun_before(doc, lo, i).and_then(|w| relative_antecedent(doc, lo, w));
        let mut np = past_relative(doc, lo, np_before(doc, lo, i), i).or_else(inverted).or_else(relative);
        // "… a meeting with Rubio saying": a participle's subject is the
        // sentence's, not the object of a preposition before it.
        if doc.lower(i).ends_with("ing") {
            if let Some(n) = np {
                let prev = if n.first > lo { doc.lower(n.first - 1) } else { Default::default() };
                // "footage of Reyes saying …": a recording shows its speaker.
                let recorded = prev == "of" && n.first > lo + 1 && lexicon::recordings().contains(doc.tok(n.first - 2));
                // ", with Senator Hale telling reporters …": an absolute
                // phrase; its noun is the participle's subject.
                let absolute = prev == "with" && n.first > lo + 1 && doc.tok(n.first - 2) == ",";
                if !recorded
                    && !absolute
                    && matches!(prev.as_str(), "with" | "to" | "of" | "for" | "from" | "at" | "by" | "on" | "in" | "about")
                    || (n.first > lo && doc.tok(n.first - 1) == ",") && n.last == i
                {
                    np = None;
                }
            }
        }
        if np.is_none() && doc.lower(i).ends_with("ing") {
            // "X told CNN that …, calling it “…”": the earlier cue's source.
            let mut at = i;
            while let Some(prev) = cue_before(doc, lo, at, quotes) {
                // (Not a cue inside a relative clause: "defending not paying
                // an architect who said …, saying …" is the defender's.)
                let relative = relative_pronoun_before(doc, lo, prev.first).is_some();
                if prev.np.is_some() && !relative {
                    np = prev.np;
                    break;
                }
                at = prev.first;
            }
            // "A spokeswoman for the board emailed reporters the text,
            // arguing, “…”": the subject opening the clause, before its
            // verb, with no cue of its own.
            if np.is_none() && i > lo + 2 && doc.tok(i - 1) == "," {
                np = described_clause_subject(doc, lo, i);
            }
        }
        return Some(Cue { first: i, last: end, np });
    }
    None
}

/// Whether the cue at `i..end` is a participle used as an adjective before
/// its noun: "workers in physically demanding jobs", "with demanding
/// shifts". After "in", "with" or an article (an -ly adverb between), a
/// verb's object would open on a determiner or a clause ("demanding
/// that", "urging voters to"); a gerund follows "for", "on" or "by".
// (The word's bytes asked inline: most cues are no "-ing" word, and leave
// with no call and no token's lowered form read.)
#[inline]
pub(crate) fn adjectival_participle(doc: &Doc, lo: usize, i: usize, end: usize, k: usize) -> bool {
    end == i + 1 && i > lo && end < k && doc.tok(i).as_bytes().ends_with(b"ing") && qualifies_noun(doc, lo, i, end, k)
}

/// [`adjectival_participle`] past its test of the word's shape.
#[inline(never)]
fn qualifies_noun(doc: &Doc, lo: usize, i: usize, end: usize, k: usize) -> bool {
    if !doc.is_word(end) || doc.is_cap(end) {
        return false;
    }
    let opens = |p: usize| matches!(doc.lower(p).as_str(), "in" | "with" | "the" | "a" | "an" | "more" | "most" | "very");
    let prev = doc.lower(i - 1);
    let before = opens(i - 1) || i > lo + 1 && prev.len() > 4 && prev.ends_with("ly") && opens(i - 2);
    let next = doc.lower(end);
    // (What would open the verb's object or clause rules it out.)
    let object = is_determiner(&next)
        || is_preposition(&next)
        || matches!(next.as_str(), "that" | "to" | "and" | "or" | "there" | "he" | "she" | "they" | "it" | "we" | "i" | "you")
        || matches!(next.as_str(), "why" | "how" | "what" | "whether" | "if" | "when" | "where" | "who")
        || end + 1 < k && matches!(doc.lower(end + 1).as_str(), "to" | "that");
    before && !object
}

/// Whether the cue word at `i` is a noun or an adjective in a phrase after
/// a preposition, not a verb: "said in a reply that “…”", "told the paper
/// in a written statement, “…”", "in a brief emailed response". What
/// was said comes after; the cue is the verb before the preposition.
/// (A participle only before a noun of saying: "officials with the agency
/// warned residents" keeps its verb.)
fn in_prepositional_phrase(doc: &Doc, lo: usize, i: usize, k: usize) -> bool {
    // An article right after a preposition at `j`: "in a", "with the".
    let article = |j: usize| {
        j > lo
            && matches!(doc.lower(j).as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
            && matches!(doc.lower(j - 1).as_str(), "in" | "via" | "through" | "with" | "by" | "from")
    };
    // A participle at `p` qualifying the noun of saying after it, with at
    // most one lower-case word between it and its article ("a brief
    // written submission").
    let participle = |p: usize| {
        let w = doc.lower(p);
        let noun = |n: usize| {
            n < k && doc.is_word(n) && !doc.is_cap(n) && {
                let lists = doc.lists(n);
                lists & (lexicon::speech_nouns().bit() | lexicon::recordings().bit() | lexicon::indirect_document_heads().bit()) != 0
                    || doc.lower(n) == "submission"
            }
        };
        p > lo + 1
            && (w.ends_with("ed") || w.ends_with("en"))
            && noun(p + 1)
            && (article(p - 1) || p > lo + 2 && doc.is_word(p - 1) && !doc.is_cap(p - 1) && article(p - 2))
    };
    (i > lo + 1 && article(i - 1)) || participle(i) || (i > lo && participle(i - 1))
}

/// The description that opens the clause of a participle at `i` and is
/// the subject of its first past or finite verb: "A spokeswoman for the
/// board emailed reporters the text, arguing …". An opening phrase is
/// passed over to its comma ("In a column on Monday, two speechwriters
/// urged her …, arguing"). (Rare: out of line.)
#[cold]
#[inline(never)]
fn described_clause_subject(doc: &Doc, lo: usize, i: usize) -> Option<Np> {
    let opens = |m: usize| is_determiner(&doc.lower(m)) || !lexicon::is_not_name_with(doc.tok(m), doc.lists(m));
    let st = if opens(lo) { lo } else { (lo + 1..i.min(lo + 16)).find(|&c| doc.tok(c) == ",")? + 1 };
    if i <= st + 2 || !opens(st) {
        return None;
    }
    let verb = (st + 1..i.min(st + 12)).take_while(|&m| doc.is_word(m)).find(|&m| {
        let w = doc.lower(m);
        !doc.is_cap(m) && (past_form(&w, 3) || is_finite(&w))
    })?;
    np_after(doc, st, verb, true).filter(|n| n.kind == NpKind::Description && n.last == verb)
}

#[cfg(test)]
mod third_shape_tests {
    use super::{cue_facts, may_be_cue};
    use crate::lexicon;
    use crate::segment::segment;

    #[test]
    fn every_cue_word_and_phrase_start_has_its_third_shape() {
        for e in lexicon::cue_verbs().entries() {
            assert!(may_be_cue(e.as_bytes()), "{e}");
            assert!(may_be_cue(e.split(' ').next().unwrap_or(e).as_bytes()), "{e}");
        }
    }

    #[test]
    fn the_filter_changes_no_cue_facts() {
        // (A word ruled out has neither list bit, so its facts are none.)
        let doc = segment("He said, pointed out and then noted it. She told them a tale of words.");
        for i in 0..doc.tokens().len() {
            if !may_be_cue(doc.lower(i).as_bytes()) {
                assert_eq!(doc.lists(i) & (lexicon::CUE_VERBS | lexicon::CUE_PHRASE_START), 0, "{}", doc.tok(i));
                assert_eq!(cue_facts(&doc, i), 0);
            }
        }
    }
}

#[cfg(test)]
mod pronoun_tests {
    use super::pronoun_at;
    use crate::segment::segment;

    #[test]
    fn subject_pronouns_with_and_without_contractions() {
        let doc = segment("They\u{2019}re here, I think, and she'll go; We did. Hello, them, it.");
        let got: Vec<_> = (0..doc.tokens().len()).filter_map(|k| pronoun_at(&doc, k)).collect();
        assert_eq!(got, vec!["they", "i", "she", "we", "it"]);
    }
}

#[cfg(test)]
mod finite_tests {
    use super::is_finite;

    #[test]
    fn finite_words_are_lowered_whole_words() {
        for w in ["is", "been", "shouldn't", "cannot", "needed", "not", "do"] {
            assert!(is_finite(w), "{w:?}");
        }
        for w in ["Is", "i", "iss", "isn", "should'nt", "need", "", "doing", "be "] {
            assert!(!is_finite(w), "{w:?}");
        }
    }
}

#[cfg(test)]
mod shape_tests {
    use super::{is_aux, Shapes};

    /// Every listed word has a listed shape; a word of another first or
    /// last letter or length, or not lowered, has none.
    #[test]
    fn shapes_hold_the_list_and_rule_out_others() {
        const WORDS: [&str; 4] = ["has", "also", "subsequently", "do"];
        const SHAPES: Shapes = Shapes::of(&WORDS);
        for w in WORDS {
            assert!(SHAPES.may_hold(w.as_bytes()), "{w:?}");
        }
        for w in ["his", "hs", "has ", "Has", "", "d", "does", "subsequentlyy", "x'do"] {
            assert_eq!(SHAPES.may_hold(w.as_bytes()), w == "his", "{w:?}");
        }
        assert!(is_aux("subsequently") && is_aux("since") && !is_aux("his") && !is_aux("Has"));
    }
}

#[cfg(test)]
mod cue_phrase_tests {
    use super::cue_at;
    use crate::segment::segment;

    /// Phrases of two to four words are found from the joined lowered
    /// words, the longest that fits the bound first, in any case; a
    /// non-word or an over-long word ends the phrase.
    #[test]
    fn cue_phrases_by_length_and_bound() {
        let long = "x".repeat(60);
        let text = format!("Ruiz MADE It Clear today. Ruiz made it, clear. Ruiz pointed out {long}. Ruiz said {long} so.");
        let doc = segment(&text);
        let at = |w: &str, nth: usize| (0..doc.tokens().len()).filter(|&k| doc.tok(k) == w).nth(nth).unwrap();
        let made = at("MADE", 0);
        assert_eq!(cue_at(&doc, made, doc.tokens().len()), Some(made + 3));
        // ("made" alone is no cue.)
        assert_eq!(cue_at(&doc, made, made + 2), None);
        let made = at("made", 0);
        assert_eq!(cue_at(&doc, made, doc.tokens().len()), None);
        let pointed = at("pointed", 0);
        assert_eq!(cue_at(&doc, pointed, doc.tokens().len()), Some(pointed + 2));
        let said = at("said", 0);
        assert_eq!(cue_at(&doc, said, doc.tokens().len()), Some(said + 1));
    }
}
