//! When a predicted person is a gold person, and when two position strings
//! are the same: written forms compared after normalising case, apostrophes,
//! spacing, surrounding punctuation and a leading article.

use std::collections::HashSet;

use crate::OutPerson;

/// The comparable form of a name, alias, mention or position.
pub fn normalise(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "the" | "a" | "an") {
        words.remove(0);
    }
    let joined = words.join(" ");
    joined.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

/// Every normalised written form of one person; two people match when
/// their sets share a form.
#[derive(Debug, Clone, Default)]
pub struct Forms(HashSet<String>);

impl Forms {
    pub fn new<'a>(strings: impl IntoIterator<Item = &'a str>) -> Self {
        Forms(strings.into_iter().map(normalise).filter(|s| !s.is_empty()).collect())
    }

    /// A predicted person: its name and the text of each mention.
    pub fn of_prediction(p: &OutPerson) -> Self {
        Forms::new(std::iter::once(p.name.as_str()).chain(p.mentions.iter().map(|m| m.text.as_str())))
    }

    pub fn meets(&self, other: &Forms) -> bool {
        let (small, large) = if self.0.len() <= other.0.len() { (self, other) } else { (other, self) };
        small.0.iter().any(|f| large.0.contains(f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_articles_apostrophes_and_punctuation() {
        assert_eq!(normalise("  The  Kremlin "), "kremlin");
        assert_eq!(normalise("a senior official,"), "senior official");
        assert_eq!(normalise("Poland’s Foreign Minister."), "poland's foreign minister");
        assert_eq!(normalise("@Mylovanov"), "mylovanov");
        // A lone article is a word, not an article to drop.
        assert_eq!(normalise("A"), "a");
        // Only a leading article goes.
        assert_eq!(normalise("head of the fund"), "head of the fund");
    }

    #[test]
    fn forms_meet_on_any_shared_form() {
        let gold = Forms::new(["Marco Rubio", "Rubio"]);
        assert!(Forms::new(["rubio", "he"]).meets(&gold));
        assert!(!Forms::new(["Marco", "Rubios"]).meets(&gold));
        assert!(Forms::new(["the Rubio"]).meets(&gold));
    }
}
