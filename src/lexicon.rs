//! Word lists, compiled in from `src/lexicon/*.txt`.
//!
//! Lexicons are data: one entry per line, `#` starts a comment, case is
//! folded on load. Adding a reporting verb or a title is an edit to a text
//! file, not to code.
//!
//! A line may list several forms of one word separated by commas ("say,
//! says, said, saying"); the first is the line's lemma, so a form can be
//! mapped back to its base ([`Lexicon::lemma`], [`lemma`]) and word
//! classes can be listed once, by lemma ("verbs_say.txt").

pub mod gazetteer;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A set of lower-cased entries loaded from one lexicon file.
pub struct Lexicon {
    entries: HashSet<String>,
    /// Each form's lemma: the first entry of the line it is on.
    lemmas: HashMap<String, String>,
    /// Longest entry in words, for multi-word lookups.
    pub max_words: usize,
}

impl Lexicon {
    fn parse(src: &str) -> Self {
        let mut entries = HashSet::new();
        let mut lemmas = HashMap::new();
        let mut max_words = 1;
        for line in src.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            // A line may list several forms separated by commas; the first
            // is their lemma. A form on two lines keeps its first lemma.
            let mut lemma: Option<String> = None;
            for form in line.split(',') {
                let form = form.trim().to_lowercase();
                if form.is_empty() {
                    continue;
                }
                max_words = max_words.max(form.split_whitespace().count());
                let base = lemma.get_or_insert_with(|| form.clone());
                lemmas.entry(form.clone()).or_insert_with(|| base.clone());
                entries.insert(form);
            }
        }
        Lexicon { entries, lemmas, max_words }
    }

    /// Every entry, lower-cased, for substring matching ("cookie" in a
    /// banner).
    pub fn entries(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(String::as_str)
    }

    /// Whether `word` (any case) is in the list. Curly apostrophes match
    /// straight ones.
    pub fn contains(&self, word: &str) -> bool {
        if Self::is_folded(word) {
            return self.entries.contains(word);
        }
        self.entries.contains(&Self::fold(word))
    }

    /// The lemma of `word` (any case): the first entry of its line, or
    /// `None` when the word is not in the list.
    pub fn lemma(&self, word: &str) -> Option<&str> {
        let found = if Self::is_folded(word) { self.lemmas.get(word) } else { self.lemmas.get(&Self::fold(word)) };
        found.map(String::as_str)
    }

    fn is_folded(word: &str) -> bool {
        word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
    }

    fn fold(word: &str) -> String {
        word.to_lowercase().replace('’', "'")
    }
}

macro_rules! lexicon {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static Lexicon {
            static CELL: OnceLock<Lexicon> = OnceLock::new();
            CELL.get_or_init(|| Lexicon::parse(include_str!(concat!("lexicon/", $file))))
        }
    };
}

lexicon!(
    /// Reporting verbs in all their forms ("said", "says", "telling").
    cue_verbs, "cue_verbs.txt");
lexicon!(
    /// Head nouns of titles and roles ("minister", "spokesman").
    titles, "titles.txt");
lexicon!(
    /// Title modifiers that can precede a head ("deputy", "foreign").
    title_modifiers, "title_modifiers.txt");
lexicon!(
    /// Honorifics before a name ("Mr", "Dr", "Sen.").
    honorifics, "honorifics.txt");
lexicon!(
    /// Abbreviations whose period does not end a sentence.
    abbreviations, "abbreviations.txt");
lexicon!(
    /// Phrases that mark a paragraph as site furniture.
    chrome, "chrome.txt");
lexicon!(
    /// Nouns that make a description usable as a source ("official").
    source_nouns, "source_nouns.txt");
lexicon!(
    /// Nouns that name a person, from WordNet ("woman", "shopper"):
    /// heads of descriptions that can speak.
    person_nouns, "person_nouns.txt");
lexicon!(
    /// Words that end an organisation name ("Ministry", "Corp").
    org_words, "org_words.txt");
lexicon!(
    /// Single words that name an organisation on their own ("Kremlin").
    org_names, "org_names.txt");
lexicon!(
    /// Nouns of saying whose possessor is the speaker ("his claim that").
    speech_nouns, "speech_nouns.txt");
lexicon!(
    /// Recordings that show their speaker ("footage of X saying").
    recordings, "recordings.txt");
lexicon!(
    /// Bare subjects that name nobody in particular ("people say").
    generic_speakers, "generic_speakers.txt");
lexicon!(
    /// Words that open a sentence with a capital but are not names there.
    sentence_openers, "sentence_openers.txt");
lexicon!(
    /// Capitalised words that are never part of a person's name.
    not_names, "not_names.txt");

/// Whether a capitalised word is a common word rather than part of a name.
/// Acronyms ("US", "IT") are never common words here.
pub fn is_not_name(word: &str) -> bool {
    let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase);
    !acronym && not_names().contains(word)
}

/// Whether a word is the head of a title: in the titles list, or a
/// "-master" compound (harbourmaster, headmaster, postmaster).
pub fn is_title_head(word: &str) -> bool {
    titles().contains(word) || (word.len() > 8 && word.to_lowercase().ends_with("master"))
}

lexicon!(
    /// Role and occupation nouns generated from WordNet by
    /// `scripts/lexicons/roles.py` ("greengrocer", "coxswain").
    roles, "roles.txt");
lexicon!(
    /// Abbreviated ranks and offices, each line's lemma the full word
    /// ("sgt." → "sergeant").
    role_abbreviations, "role_abbreviations.txt");
lexicon!(
    /// Words allowed before a role noun despite a verb-like ending
    /// ("retired", "acting", "marketing").
    role_modifiers, "role_modifiers.txt");
lexicon!(
    /// Words after a role noun inside a title ("emeritus", "general").
    role_postmodifiers, "role_postmodifiers.txt");
lexicon!(
    /// Closed-class words and common verbs that end a title phrase.
    role_stops, "role_stops.txt");

/// Longest word read as a productive role noun, in bytes.
const MAX_ROLE_WORD: usize = 40;

/// Words that end in a role suffix but are not roles.
const NOT_AGENT_NOUNS: &[&str] =
    &["consist", "persist", "insist", "resist", "assist", "subsist", "exist", "coexist", "amidst", "against", "midst", "median"];

/// Whether a word names a role: a hand-listed title ("minister"), a
/// WordNet role noun ("greengrocer"), or a productive form: a science agent noun ("glaciologist", "statistician"),
/// a prefixed role ("co-founder", "ex-minister", "vice-chair") or a
/// lower-case compound headed by one ("boatbuilder", "shopkeeper").
/// Capitalised compounds are left alone: "Kissinger" is not a singer.
pub fn is_role_noun(word: &str) -> bool {
    if is_title_head(word) || roles().contains(word) {
        return true;
    }
    // Productive forms are read only on plain lower-case words of a
    // sensible length, which also keeps the compound scan cheap.
    let lower = word.len() <= MAX_ROLE_WORD && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if !lower || NOT_AGENT_NOUNS.contains(&word) {
        return false;
    }
    for prefix in ["co-", "ex-", "vice-", "deputy-", "sub-", "under-", "non-executive-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            return is_role_noun(rest);
        }
    }
    if word.len() >= 9 && ["ologist", "ician", "ographer", "onomist"].iter().any(|s| word.ends_with(s)) {
        return true;
    }
    // A compound headed by an agent noun: "boatbuilder", "shopkeeper",
    // "dike-reeve" (after the last hyphen), but not "extraordinary".
    let agent = |tail: &str| ["er", "or", "ist", "man", "woman", "person", "ian", "eer"].iter().any(|s| tail.ends_with(s));
    let role = |tail: &str| agent(tail) && (titles().contains(tail) || roles().contains(tail));
    if let Some((_, tail)) = word.rsplit_once('-') {
        return tail.len() >= 4 && role(tail);
    }
    (3..word.len().saturating_sub(4)).any(|i| word.is_char_boundary(i) && role(&word[i..]))
}

/// The full word of an abbreviated rank or office ("Sgt." → "sergeant").
pub fn role_abbreviation(word: &str) -> Option<&'static str> {
    role_abbreviations().lemma(word)
}

lexicon!(
    /// Full paradigms of reporting verbs whose base form is not a cue
    /// ("state, states, stated, stating"): read only for lemmas.
    verbs_forms, "verbs_forms.txt");
lexicon!(
    /// Verbs that report speech whatever their object ("say", "insist").
    verbs_say, "verbs_say.txt");
lexicon!(
    /// Verbs whose content may be an infinitive ("promise", "urge").
    verbs_to, "verbs_to.txt");
lexicon!(
    /// Verbs that describe their object "as" something ("dismiss").
    verbs_as, "verbs_as.txt");
lexicon!(
    /// Verbs of asking, whose questions are not speech ("ask", "wonder").
    verbs_question, "verbs_question.txt");
lexicon!(
    /// Verbs that put forward a proposal, possibly a gerund ("suggest").
    verbs_proposal, "verbs_proposal.txt");
lexicon!(
    /// Cue forms followed by the person addressed ("told", "briefed").
    indirect_object_cues, "indirect_object_cues.txt");
lexicon!(
    /// Audience nouns after "told" ("reporters", "lawmakers").
    indirect_audiences, "indirect_audiences.txt");
lexicon!(
    /// Verb forms taking a cue as infinitive ("appeared", "declined").
    indirect_raising_verbs, "indirect_raising_verbs.txt");
lexicon!(
    /// Source heads that are documents, not speakers ("agreement").
    indirect_document_heads, "indirect_document_heads.txt");
lexicon!(
    /// Time and manner adverbs between a cue and its content ("yesterday").
    indirect_setting_adverbs, "indirect_setting_adverbs.txt");
lexicon!(
    /// Adverbs between a subject and its cue ("also", "flatly").
    indirect_cue_adverbs, "indirect_cue_adverbs.txt");

/// The lemma of a reporting verb form or phrase: "said" → "say",
/// "pointed out" → "point out", "stated" → "state". A word in neither verb
/// list is its own lemma, returned as given (callers pass lower case).
pub fn lemma(word: &str) -> &str {
    verbs_forms().lemma(word).or_else(|| cue_verbs().lemma(word)).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_maps_to_the_first_entry_of_its_line() {
        let lex = Lexicon::parse("# verbs\nsay, says, said, saying\npoint out, pointed out # phrasal\n");
        assert_eq!(lex.lemma("said"), Some("say"));
        assert_eq!(lex.lemma("Saying"), Some("say"));
        assert_eq!(lex.lemma("pointed out"), Some("point out"));
        assert_eq!(lex.lemma("say"), Some("say"));
        assert_eq!(lex.lemma("tell"), None);
    }

    #[test]
    fn verb_lemmas_cover_irregular_doubled_and_noun_like_forms() {
        for (form, base) in [
            ("said", "say"),
            ("told", "tell"),
            ("denies", "deny"),
            ("urging", "urge"),
            ("admitted", "admit"),
            ("quipped", "quip"),
            ("labelling", "label"),
            ("made it clear", "make it clear"),
            ("went on", "go on"),
            ("stated", "state"),
            ("noted", "note"),
            ("emphasized", "emphasise"),
        ] {
            assert_eq!(lemma(form), base, "{form}");
        }
        assert_eq!(lemma("reiterated"), "reiterate");
        assert_eq!(lemma("zzz"), "zzz");
    }

    #[test]
    fn verb_classes_are_lemmas() {
        assert!(verbs_say().contains(lemma("admitted")));
        assert!(!verbs_say().contains(lemma("reiterated")));
        assert!(verbs_to().contains(lemma("vowed")));
        assert!(verbs_as().contains(lemma("branded")));
        assert!(verbs_question().contains(lemma("asked")));
    }
}
