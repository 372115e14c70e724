//! Word lists, compiled in from `src/lexicon/*.txt`.
//!
//! Lexicons are data: one entry per line, `#` starts a comment, case is
//! folded on load. Adding a reporting verb or a title is an edit to a text
//! file, not to code.

use std::collections::HashSet;
use std::sync::OnceLock;

/// A set of lower-cased entries loaded from one lexicon file.
pub struct Lexicon {
    entries: HashSet<String>,
    /// Longest entry in words, for multi-word lookups.
    pub max_words: usize,
}

impl Lexicon {
    fn parse(src: &str) -> Self {
        let mut entries = HashSet::new();
        let mut max_words = 1;
        for line in src.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            // A line may list several forms separated by commas.
            for form in line.split(',') {
                let form = form.trim().to_lowercase();
                if form.is_empty() {
                    continue;
                }
                max_words = max_words.max(form.split_whitespace().count());
                entries.insert(form);
            }
        }
        Lexicon { entries, max_words }
    }

    /// Every entry, lower-cased, for substring matching ("cookie" in a
    /// banner).
    pub fn entries(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(String::as_str)
    }

    /// Whether `word` (any case) is in the list. Curly apostrophes match
    /// straight ones.
    pub fn contains(&self, word: &str) -> bool {
        if word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            return self.entries.contains(word);
        }
        self.entries.contains(&word.to_lowercase().replace('’', "'"))
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
    /// Words that end an organisation name ("Ministry", "Corp").
    org_words, "org_words.txt");
lexicon!(
    /// Single words that name an organisation on their own ("Kremlin").
    org_names, "org_names.txt");
lexicon!(
    /// Bare subjects that name nobody in particular ("people say").
    generic_speakers, "generic_speakers.txt");
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
