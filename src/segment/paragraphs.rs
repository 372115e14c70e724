//! Lines into paragraphs: each non-blank line is one (hard wraps were
//! already read as spaces by [`crate::normalise`]), except that furniture
//! ([`super::furniture`]) — a header label, bare date, timestamp… — is
//! flagged to be skipped, and a label before text (`Headline: …`, `By`, a
//! dateline) is cut off the paragraph.

use super::furniture::{self, Action};

/// A paragraph: a byte range of the text, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// Site furniture, to be skipped.
    pub furniture: bool,
}

/// Splits `text` into paragraphs, in order.
pub fn paragraphs(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at + (raw.len() - raw.trim_start().len());
        let end = at + raw.trim_end().len();
        at += raw.len();
        let Some(line) = text.get(start..end).filter(|l| !l.is_empty()) else { continue };
        let block = match furniture::classify(line) {
            Some((_, Action::Skip, _)) => Block { start, end, furniture: true },
            Some((_, Action::StripPrefix, cut)) => {
                // The text after the prefix starts at its first non-space.
                let rest = line.get(cut..).unwrap_or("");
                Block { start: end - rest.trim_start().len(), end, furniture: false }
            }
            _ => Block { start, end, furniture: false },
        };
        if block.start < block.end {
            out.push(block);
        }
    }
    out
}
#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, bool)> {
        paragraphs(text).iter().map(|b| (&text[b.start..b.end], b.furniture)).collect()
    }

    #[test]
    fn plain_lines_are_paragraphs() {
        assert_eq!(texts("One line.\n\n  Two line.  \nThree."), vec![("One line.", false), ("Two line.", false), ("Three.", false)]);
    }

    #[test]
    fn furniture_lines_are_flagged_and_labels_cut() {
        let t = "Headline: Pier to reopen in May\nPublisher: The Harbour Daily\nBy Dana Wirth, Harbour Reporter\n\nThe pier will reopen.";
        assert_eq!(
            texts(t),
            vec![
                ("Pier to reopen in May", false),
                ("Publisher: The Harbour Daily", true),
                ("Dana Wirth, Harbour Reporter", false),
                ("The pier will reopen.", false)
            ]
        );
    }

    #[test]
    fn an_empty_label_leaves_no_paragraph() {
        assert_eq!(texts("Body:\nThe pier will reopen."), vec![("The pier will reopen.", false)]);
    }
}
