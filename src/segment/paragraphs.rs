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

/// Splits `text` into paragraphs, handing each to `out` in order (no list
/// of them is built: one allocation per text less). `newlines` are the
/// offsets of its `\n`s, ascending; `bys` those of its `By`s and `BY`s
/// ([`by_positions`]).
pub fn paragraphs(text: &str, newlines: &[usize], bys: &[usize], mut out: impl FnMut(Block)) {
    let mut at = 0;
    let mut bys = bys.iter().copied().peekable();
    let mut newlines = newlines.iter();
    // Each line with its `\n`, as `split_inclusive('\n')` gives them.
    while at < text.len() {
        let next = newlines.next().copied();
        let (start, end) = (at, next.map_or(text.len(), |i| i + 1));
        at = end;
        let Some(line) = text.get(start..end) else { continue };
        while bys.next_if(|&by| by < start).is_some() {}
        let by = bys.peek().copied().unwrap_or(text.len());
        // Only a line with a `By` can hold a byline run into it.
        match if by < end { furniture::split(line) } else { None } {
            // A byline run into the line: what is before it, the byline,
            // its skipped time stamp, then what is after.
            Some((before, byline, stamp)) => {
                push_line(text, start, start + before, &mut out);
                // Without a title, the writer is no person of the article.
                let titled = text.get(start + byline.start..start + byline.end).is_some_and(furniture::is_titled_byline);
                out(Block { start: start + byline.start, end: start + byline.end, furniture: !titled });
                out(Block { start: start + stamp.start, end: start + stamp.end, furniture: true });
                push_line(text, start + stamp.end, end, &mut out);
            }
            None => push_line(text, start, end, &mut out),
        }
    }
}

/// Where each `By` or `BY` of `text` starts, ascending: a line needs one
/// for [`furniture::split`], and the byline search reads the tokens
/// `By` (`Doc::by_tokens`). Found by one search through the text, not one
/// per line or per use: most lines have none. (Normalising finds them as it
/// surveys the text, `normalise::Text::bys`; this is for a text it edited.)
pub fn by_positions(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    text.match_indices('B').map(|(i, _)| i).filter(|&i| matches!(bytes.get(i + 1), Some(b'y' | b'Y'))).collect()
}

/// Pushes `text[start..end]`, trimmed, as a paragraph, unless blank;
/// furniture flagged or its prefix cut.
fn push_line(text: &str, start: usize, end: usize, out: &mut impl FnMut(Block)) {
    let Some(raw) = text.get(start..end) else { return };
    let (cut, line) = furniture::trimmed(raw);
    if line.is_empty() {
        return;
    }
    let (start, end) = (start + cut, start + cut + line.len());
    let block = match furniture::classify(line) {
        Some((_, Action::Skip, _)) => Block { start, end, furniture: true },
        Some((_, Action::StripPrefix, cut)) => Block { start: after_prefixes(text, start + cut, end), end, furniture: false },
        _ => Block { start, end, furniture: false },
    };
    if block.start < block.end {
        out(block);
    }
}

/// Where the text starts after a cut prefix, skipping spaces and any
/// further prefixes (`Date: 2026-03-03 PORT ELLEN — …`: a date label, then
/// a dateline). At most a few: each is short.
fn after_prefixes(text: &str, mut start: usize, end: usize) -> usize {
    for _ in 0..3 {
        let Some(rest) = text.get(start..end) else { break };
        start = end - rest.trim_start().len();
        match text.get(start..end).and_then(furniture::classify) {
            Some((_, Action::StripPrefix, cut)) if cut > 0 => start += cut,
            _ => break,
        }
    }
    let rest = text.get(start..end).unwrap_or("");
    end - rest.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        paragraphs(text, &super::super::newlines(text), &by_positions(text), |b| out.push((&text[b.start..b.end], b.furniture)));
        out
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
    fn a_byline_run_into_a_line_is_cut_out() {
        let t = "Pier to reopen By Dana Wirth, Harbour Reporter Published March 3, 2026 at 9:05 a.m. The pier will reopen.";
        assert_eq!(
            texts(t),
            vec![
                ("Pier to reopen", false),
                ("Dana Wirth, Harbour Reporter", false),
                ("Published March 3, 2026 at 9:05 a.m.", true),
                ("The pier will reopen.", false)
            ]
        );
        let t = "By Dana Wirth, Harbour Daily Published March 3, 2026";
        assert_eq!(texts(t), vec![("Dana Wirth, Harbour Daily", true), ("Published March 3, 2026", true)]);
    }

    #[test]
    fn bylines_are_looked_for_from_each_line() {
        let t = "Bay.\nBBy x\nBY\nB";
        assert_eq!(by_positions(t), [6, 11]);
        let t = "Pier news\nPier to reopen By Dana Wirth, Harbour Reporter Published March 3, 2026 at 9:05 a.m. The pier will reopen.";
        assert_eq!(texts(t)[1], ("Pier to reopen", false));
    }

    #[test]
    fn prefixes_are_cut_one_after_another() {
        let t = "Date: 2026-03-03 PORT ELLEN (AP) — The pier will reopen.";
        assert_eq!(texts(t), vec![("The pier will reopen.", false)]);
        assert_eq!(texts("Date: 2026-03-03"), vec![("Date: 2026-03-03", true)]);
    }

    #[test]
    fn an_empty_label_leaves_no_paragraph() {
        assert_eq!(texts("Body:\nThe pier will reopen."), vec![("The pier will reopen.", false)]);
    }
}
