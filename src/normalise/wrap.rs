//! Hard-wrapped lines: text copied from PDFs, e-mails and some exports
//! breaks its lines every 60–90 characters, mid-sentence. Each later stage
//! takes a line break for a paragraph break, so such breaks are found here
//! and read as spaces.
//!
//! A text is hard-wrapped when most of its prose lines that run straight
//! into another line are *full*: the next line's first word would not have
//! fitted on them at the text's width (its widest line up to
//! [`MAX_WRAP`]). In such a text, the break after a full line is a wrap;
//! a break after a line with room left, a blank line, or furniture (a
//! byline, a timestamp…) still ends a paragraph.
//!
//! In any text, a break inside a sentence is read as a space too: the line
//! stops without a sentence's end and the next starts in lower case.
//!
//! Widths are counted in characters of the text as pasted, since that is
//! what was wrapped (a mis-decoded `â€œ` takes three). A wrap break becomes
//! a space of the same byte length, so offsets need no mapping.

use crate::segment::{furniture, scan};

/// Lines wider than this are never hard-wrapped lines.
const MAX_WRAP: usize = 120;
/// Narrower than this, a column is a list, not wrapped prose.
const MIN_WRAP: usize = 40;

/// One non-blank line of the text, trimmed.
struct Line {
    start: usize,
    end: usize,
    /// Where its line break is (absent on the last line).
    newline: Option<usize>,
    /// Its width in characters, capped: see [`width`].
    chars: usize,
    /// The characters of its first word. (This and the next two are set
    /// once the text may be wrapped.)
    first_word: usize,
    /// Furniture that keeps a line of its own: nothing joins after it.
    own_line: bool,
    /// Furniture that starts a paragraph (a byline, a label, a dateline):
    /// nothing joins before it. Shapes that the last line of a wrapped
    /// sentence can take (`TRAINING`, `March 3, 2026.`) are not counted.
    starts_paragraph: bool,
}

/// Byte offsets of the `\n`s in `text` that are hard wraps, ascending.
#[cfg(test)]
pub fn wrap_breaks(text: &str) -> Vec<usize> {
    breaks(text, &super::survey(text).newlines)
}

/// The hard wraps of [`wrap_breaks`], ascending, given every `\n` in
/// `text` (ascending): normalising found them already.
///
/// Most texts are not wrapped at one width (their paragraphs are wider
/// than [`MAX_WRAP`]): one pass over the lines, keeping only the one
/// before, finds their widths and their [`continues`] breaks, and only a
/// text that may be wrapped has its lines collected and read again.
pub fn breaks(text: &str, newlines: &[usize]) -> Vec<usize> {
    let (mut count, mut wide, mut widest) = (0usize, 0usize, None);
    let mut out = Vec::new();
    let mut before: Option<Line> = None;
    each_line(text, newlines, |l| {
        count += 1;
        if l.chars > MAX_WRAP {
            wide += 1;
        } else {
            widest = widest.max(Some(l.chars));
        }
        if let Some(a) = &before {
            if continues(text, a, &l) {
                out.extend(a.newline);
            }
        }
        before = Some(l);
    });
    // The widest line up to `MAX_WRAP`, unless the text's lines are too
    // narrow or too many are wider: then it is not hard-wrapped.
    match widest.filter(|&w| w >= MIN_WRAP && wide * 10 <= count) {
        Some(width) => wraps_of(text, lines(text, newlines), width).unwrap_or(out),
        None => out,
    }
}

/// The hard wraps of a text whose widest line up to [`MAX_WRAP`] is
/// `width`, if its lines look wrapped at that width.
fn wraps_of(text: &str, mut lines: Vec<Line>, width: usize) -> Option<Vec<usize>> {
    // Furniture is looked for only now: most texts stop before.
    for l in &mut lines {
        let s = text.get(l.start..l.end).unwrap_or("");
        l.first_word = s.split_whitespace().next().map_or(0, |w| w.chars().count());
        (l.own_line, l.starts_paragraph) = furniture_of(text, l);
        l.starts_paragraph |= starts_turn_or_item(s);
    }
    let width = is_wrapped(text, &lines, width)?;
    Some(lines.windows(2).filter(|p| p.len() == 2 && wraps(text, &p[0], &p[1], width)).filter_map(|p| p[0].newline).collect())
}

/// In a text not wrapped at one width, whether the break after line `a`
/// is inside a sentence: `a` stops without a sentence's end and the next
/// line `b` starts in lower case (breaks left by pasted markup:
/// `… a serial liar,` / `racist and …`).
fn continues(text: &str, a: &Line, b: &Line) -> bool {
    // Most lines start with a capital: `a`'s end is read only after one
    // in lower case.
    let lower = text.get(b.start..b.end).is_some_and(|sb| sb.chars().next().is_some_and(char::is_lowercase));
    let Some(sa) = text.get(a.start..a.end).filter(|_| lower) else { return false };
    let ends = sa.ends_with(['.', '!', '?', ':', '…']) || sa.trim_end_matches(crate::segment::is_quote_mark).ends_with(['.', '!', '?']);
    !ends && adjacent(text, a, b) && !furniture_of(text, a).0 && !furniture_of(text, b).1
}

/// Line `l`'s furniture: whether it keeps a line of its own, and whether
/// it starts a paragraph (see [`Line`]).
fn furniture_of(text: &str, l: &Line) -> (bool, bool) {
    let s = text.get(l.start..l.end).unwrap_or("");
    match furniture::classify(s) {
        Some((shape, action, _)) => (action != furniture::Action::StripPrefix, !shape.may_end_a_sentence()),
        None => (false, false),
    }
}

/// Whether a line opens an interview turn (`Q: …`, `Ana Ortiz: …`) or a
/// bulleted item: a new paragraph even after a full line.
fn starts_turn_or_item(s: &str) -> bool {
    let mut chars = s.chars();
    if matches!(chars.next(), Some('•' | '*' | '·')) && chars.next().is_some_and(char::is_whitespace) {
        return true;
    }
    let Some(colon) = s.get(..48).unwrap_or(s).find(": ") else { return false };
    let label = &s[..colon];
    let words = label.split_whitespace().count();
    (1..=3).contains(&words) && label.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// Whether the break between `a` and the next non-blank line `b` is a wrap.
fn wraps(text: &str, a: &Line, b: &Line, width: usize) -> bool {
    adjacent(text, a, b) && !a.own_line && !b.starts_paragraph && full(a, b, width)
}

/// Whether `b`'s first word would not have fitted on `a`. A little room is
/// allowed: repaired or wide characters make a wrapped line look shorter.
fn full(a: &Line, b: &Line, width: usize) -> bool {
    a.chars + 1 + b.first_word + width / 12 > width
}

/// `width`, when the text's lines look hard-wrapped at it. Short lines
/// (menus, headings) neither count for nor against.
fn is_wrapped(text: &str, lines: &[Line], width: usize) -> Option<usize> {
    let (mut pairs, mut full_lines) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let [a, b] = pair else { continue };
        if !adjacent(text, a, b) || a.own_line || b.starts_paragraph || a.chars * 2 < width {
            continue;
        }
        pairs += 1;
        full_lines += usize::from(full(a, b, width));
    }
    (full_lines >= 3 && full_lines * 5 >= pairs * 3).then_some(width)
}

/// Whether no blank line separates `a` from the next non-blank line `b`.
fn adjacent(text: &str, a: &Line, b: &Line) -> bool {
    text.get(a.end..b.start).is_none_or(|gap| gap.matches('\n').count() <= 1)
}

/// The text's non-blank lines, trimmed, in order; furniture not yet known.
/// `newlines` are the offsets of the text's `\n`s, ascending.
fn lines(text: &str, newlines: &[usize]) -> Vec<Line> {
    let mut out = Vec::with_capacity(newlines.len() + 1);
    each_line(text, newlines, |l| out.push(l));
    out
}

/// Calls `f` with each of the text's [`lines`], in order.
fn each_line(text: &str, newlines: &[usize], mut f: impl FnMut(Line)) {
    let mut at = 0;
    // Each line with its `\n`, as `split_inclusive('\n')` gives them.
    let last = newlines.last().map_or(0, |&i| i + 1);
    let ends = newlines.iter().map(|&i| (i + 1, Some(i))).chain((last < text.len()).then_some((text.len(), None)));
    for (next, newline) in ends {
        let raw = text.get(at..next).unwrap_or("");
        let (cut, s) = furniture::trimmed(raw);
        let (start, end) = (at + cut, at + cut + s.len());
        at = next;
        if s.is_empty() {
            continue;
        }
        f(Line { start, end, newline, chars: width(s), first_word: 0, own_line: false, starts_paragraph: false });
    }
}

/// The characters of line `s`, up to `MAX_WRAP + 1`: a wider line is
/// only ever told from narrower ones (no test of [`Line::chars`] tells two
/// such widths apart). A line of more than four bytes per character of
/// that is wider whatever it holds: its characters are not counted (most
/// paragraphs of news text). Most lines are ASCII: their width is their
/// length.
fn width(s: &str) -> usize {
    if s.len() > 4 * MAX_WRAP {
        MAX_WRAP + 1
    } else if is_ascii(s.as_bytes()) {
        s.len().min(MAX_WRAP + 1)
    } else {
        s.chars().count().min(MAX_WRAP + 1)
    }
}

/// `<[u8]>::is_ascii` of a line, by words of eight bytes: the last one
/// read where it ends (overlapping the one before), where the standard
/// one tested a line's last bytes one at a time, most of its cost here.
fn is_ascii(b: &[u8]) -> bool {
    let (whole, rest) = scan::words(b);
    let last = match scan::word_at(b, b.len().wrapping_sub(8)) {
        Some(w) => w,
        None => rest.iter().fold(0, |all, &x| all | u64::from(x)),
    };
    whole.fold(last, |all, w| all | w) & scan::HI == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_ascii_finds_a_character_outside_ascii_anywhere() {
        for n in 0..40 {
            let line = "a".repeat(n);
            assert!(is_ascii(line.as_bytes()));
            for k in 0..n {
                let mut b = line.clone().into_bytes();
                b[k] = 0xC3;
                assert!(!is_ascii(&b), "{n} bytes, byte {k}");
            }
        }
    }

    #[test]
    fn widths_are_counts_of_characters_capped() {
        for n in [0, 1, 40, 119, 120, 121, 122, 200, 480, 481, 1000] {
            for unit in ["a", "é", "’", "𝄞"] {
                let s = unit.repeat(n);
                assert_eq!(width(&s), n.min(MAX_WRAP + 1), "{n} × {unit:?}");
            }
        }
    }

    /// The text with its wrap breaks read as spaces.
    fn unwrapped(text: &str) -> String {
        let mut b = text.as_bytes().to_vec();
        for i in wrap_breaks(text) {
            b[i] = b' ';
        }
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn full_lines_are_joined_and_paragraph_ends_kept() {
        let text = "The harbour board met on Tuesday evening and voted to rebuild the\n\
            pier before the summer season, whatever the final cost to the island\n\
            turns out to be.\n\
            By Dana Wirth, Harbour Reporter\n\
            Ana Ortiz, who chairs the board, said the vote had been close and that\n\
            the ferry company would be told on Wednesday.\n";
        assert_eq!(
            unwrapped(text),
            "The harbour board met on Tuesday evening and voted to rebuild the \
            pier before the summer season, whatever the final cost to the island \
            turns out to be.\n\
            By Dana Wirth, Harbour Reporter\n\
            Ana Ortiz, who chairs the board, said the vote had been close and that \
            the ferry company would be told on Wednesday.\n"
        );
    }

    #[test]
    fn a_wrapped_line_that_looks_like_furniture_is_joined() {
        let text = "HARBOUR BOARD VOTES TO REBUILD THE PIER BEFORE SUMMER AND KEEP FERRY\n\
            SAILING\n\n\
            The harbour board met on Tuesday evening and voted to rebuild the\n\
            pier before the summer season, whatever the final cost to the island\n\
            turns out to be, the chair said after the vote at the end of\n\
            March 3, 2026.\n";
        assert_eq!(wrap_breaks(text).len(), 4, "{:?}", wrap_breaks(text));
    }

    #[test]
    fn interview_turns_and_bullets_start_paragraphs() {
        let text = "Q: The harbour board met on Tuesday evening and voted to rebuild the\n\
            pier before the summer season. Was the vote close, and who was against\n\
            A: It was close. Two members voted against it and one of them said the\n\
            island could not afford it this year, whatever the ferry company wants\n\
            • Ferries will sail again on Thursday if the weather holds for two days\n";
        assert_eq!(wrap_breaks(text), vec![text.find("the\npier").unwrap() + 3, text.find("the\nisland").unwrap() + 3]);
        assert!(!starts_turn_or_item("Harbour master Luis Pé said: no."));
        assert!(starts_turn_or_item("Ana Ortiz: We will rebuild."));
    }

    #[test]
    fn a_sentence_broken_across_lines_is_joined() {
        let text = "Editor’s note: the pier closed\nin March, and\nwill reopen in May.\nThe board met.\n“We will go,”\nshe said.\nPier news:\nthe board met.\n";
        assert_eq!(
            unwrapped(text),
            "Editor’s note: the pier closed in March, and will reopen in May.\nThe board met.\n“We will go,” she said.\nPier news:\nthe board met.\n"
        );
    }

    #[test]
    fn unwrapped_text_is_left_alone() {
        for text in [
            "Home\nNews\nIslands\nPier to reopen in May\nThe board voted on Tuesday.\n",
            "One paragraph that runs on for quite a long way, longer than any wrapped line would ever be in a pasted e-mail or PDF.\nA second.\n",
            "",
            "\n\n\n",
        ] {
            assert_eq!(wrap_breaks(text), Vec::<usize>::new(), "{text:?}");
        }
    }
}
