//! Lines into paragraphs.
//!
//! A line is a paragraph, except in two cases:
//! - Furniture ([`super::furniture`]): a header label, byline, bare date…
//!   is a paragraph of its own, flagged to be skipped; a label before text
//!   (`Headline: …`, a dateline) is cut off the paragraph.
//! - Hard wraps: text copied from PDFs, e-mails and some exports breaks its
//!   lines every 60–90 characters. When a text's lines are mostly *full*
//!   (the next line's first word would not have fitted on them), the break
//!   after a full line is read as a space. The paragraph then spans several
//!   lines of the pasted text; nothing is copied, so offsets stay its own.

use super::furniture::{self, Action};

/// A paragraph: a byte range of the text, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// Site furniture, to be skipped.
    pub furniture: bool,
}

/// One non-blank line, trimmed.
struct Line {
    start: usize,
    end: usize,
    /// Characters, for the wrap test.
    chars: usize,
    /// Characters of the first word.
    first_word: usize,
    /// Furniture's action and where the text starts after it.
    furniture: Option<(Action, usize)>,
}

/// Lines wider than this are never hard-wrapped lines.
const MAX_WRAP: usize = 120;
/// Narrower than this, a column is a list, not wrapped prose.
const MIN_WRAP: usize = 40;

/// Splits `text` into paragraphs, in order.
pub fn paragraphs(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let width = wrap_width(&lines);
    let mut out: Vec<Block> = Vec::with_capacity(lines.len());
    // Whether the previous line's break was a wrap, so this line continues
    // its paragraph.
    let mut continues = false;
    for (i, line) in lines.iter().enumerate() {
        let (start, furniture) = match line.furniture {
            Some((Action::Skip, _)) => (line.start, true),
            Some((Action::StripPrefix, cut)) => (line.start + cut, false),
            _ => (line.start, false),
        };
        match out.last_mut() {
            Some(last) if continues => last.end = line.end,
            _ if start < line.end => out.push(Block { start, end: line.end, furniture }),
            _ => {}
        }
        continues = width.is_some_and(|w| lines.get(i + 1).is_some_and(|next| wraps(text, line, next, w)));
    }
    out
}

/// Whether the break between `line` and `next` (the next non-blank line)
/// is a hard wrap at `width`.
fn wraps(text: &str, line: &Line, next: &Line, width: usize) -> bool {
    let adjacent = text.get(line.end..next.start).is_none_or(|gap| gap.matches('\n').count() <= 1);
    adjacent
        && line.furniture.is_none_or(|(a, _)| a == Action::StripPrefix)
        && next.furniture.is_none()
        && line.chars + 1 + next.first_word > width
}

/// The text's wrap width, when its lines look hard-wrapped: most lines
/// followed by another are full at one width between [`MIN_WRAP`] and
/// [`MAX_WRAP`], and few lines are wider.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let wide = lines.iter().filter(|l| l.chars > MAX_WRAP).count();
    let width = lines.iter().map(|l| l.chars).filter(|&c| c <= MAX_WRAP).max()?;
    if width < MIN_WRAP || wide * 10 > lines.len() {
        return None;
    }
    // Consecutive prose lines, and how many of them are full.
    let (mut pairs, mut full) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let [a, b] = pair else { continue };
        if a.furniture.is_some() || b.furniture.is_some() || a.chars > MAX_WRAP {
            continue;
        }
        pairs += 1;
        full += usize::from(a.chars + 1 + b.first_word > width && a.chars * 4 >= width * 3);
    }
    (full >= 3 && full * 5 >= pairs * 3).then_some(width)
}

/// The text's non-blank lines, trimmed, with their furniture.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at + (raw.len() - raw.trim_start().len());
        let end = at + raw.trim_end().len();
        at += raw.len();
        if start >= end {
            continue;
        }
        let s = &text[start..end];
        let chars = s.chars().count();
        let first_word = s.split_whitespace().next().map_or(0, |w| w.chars().count());
        let furniture = furniture::classify(s).map(|(_, action, cut)| {
            // The text after a cut prefix starts at its first non-space.
            let rest = s.get(cut..).unwrap_or("");
            (action, cut + (rest.len() - rest.trim_start().len()))
        });
        out.push(Line { start, end, chars, first_word, furniture });
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
