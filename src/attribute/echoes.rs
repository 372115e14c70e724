//! A headline quotes the body: "'A long night' for island customers"
//! above "He warned that customers faced “a long night”". A quote on a
//! headline line that nobody is credited with takes the speaker of the
//! body quote that holds the same words.

use super::Attributed;
use crate::segment::Doc;
use crate::QuoteKind;

/// The longest line that still reads as a headline.
const HEADLINE_MAX: usize = 160;

/// At most this many headline quotes are looked up: a real article has a
/// handful, and a text of thousands of short quoted lines stays linear.
const MAX_ECHOES: usize = 32;

/// Gives each unattributed quote on a headline line the speaker of the
/// one other quote, elsewhere, whose words hold it (when every such
/// quote has the same speaker).
pub fn credit_headline_echoes(doc: &Doc, out: &mut [Attributed]) {
    let headlines: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let q = &out[i];
            q.speaker.is_none() && q.kind != QuoteKind::Indirect && on_headline_line(doc.text(), q.start, q.end)
        })
        .take(MAX_ECHOES)
        .collect();
    if headlines.is_empty() {
        return;
    }
    // Each credited quote's words, folded once.
    let bodies: Vec<(usize, usize, String)> = out
        .iter()
        .filter(|o| o.kind != QuoteKind::Indirect)
        .filter_map(|o| o.speaker.map(|s| (o.start, s, fold(&doc.text()[o.start..o.end]))))
        .collect();
    for i in headlines {
        let q = &out[i];
        let words = fold(&doc.text()[q.start..q.end]);
        if words.split(' ').count() < 2 {
            continue;
        }
        let mut speakers = bodies.iter().filter(|(start, _, body)| *start >= q.end && body.contains(&words)).map(|&(_, s, _)| s);
        let Some(first) = speakers.next() else { continue };
        if speakers.all(|s| s == first) {
            out[i].speaker = Some(first);
            out[i].confidence = 0.5;
        }
    }
}

/// Whether `start..end` sits on a short line that ends without a
/// sentence's final punctuation outside the marks: a headline or a
/// live blog's entry title.
fn on_headline_line(text: &str, start: usize, end: usize) -> bool {
    let Some((line_start, line_end)) = line_around(text, start, end) else { return false };
    let line = text[line_start..line_end].trim();
    let bare = line.trim_end_matches(['\'', '"', '’', '”', '»', '“', '‘', ' ']);
    line.len() <= HEADLINE_MAX && !bare.ends_with(['.', '!', '?', ':', ',', ';', '…']) && !line.contains(". ")
}

/// The ends of the line holding `start..end`, when both lie within
/// twice [`HEADLINE_MAX`] of it: a longer line is no headline, and
/// searching a text with no newline to its ends for every quote was
/// quadratic.
fn line_around(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    const WINDOW: usize = 2 * HEADLINE_MAX;
    // (Searched as text, a word at a time, not byte by byte: the window's
    // ends move to character boundaries, past no newline.)
    let mut lo = start.saturating_sub(WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let line_start = match text[lo..start].rfind('\n') {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let mut hi = (end + WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let line_end = match text[end..hi].find('\n') {
        Some(k) => end + k,
        None if hi == text.len() => hi,
        None => return None,
    };
    Some((line_start, line_end))
}

/// Lower-cased words joined by single spaces, without punctuation.
fn fold(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    /// The line's ends are found as the byte search found them, also when
    /// the window's edges fall inside a character.
    #[test]
    fn headline_line_ends_inside_characters() {
        fn bytewise(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
            let window = 2 * super::HEADLINE_MAX;
            let (bytes, lo, hi) = (text.as_bytes(), start.saturating_sub(window), (end + window).min(text.len()));
            let a = bytes[lo..start].iter().rposition(|&b| b == b'\n').map(|k| lo + k + 1).or((lo == 0).then_some(0))?;
            let b = bytes[end..hi].iter().position(|&b| b == b'\n').map(|k| end + k).or((hi == text.len()).then_some(hi))?;
            Some((a, b))
        }
        let mut found = 0;
        for (pad, fill, brk) in (0..4).flat_map(|p| ["é", "ab", "€"].into_iter().flat_map(move |f| [(p, f, "\n"), (p, f, " ")])) {
            let (before, after) = ("x".repeat(pad) + &fill.repeat(200), fill.repeat(200 - pad));
            let text = format!("{before}{brk}'A long night' for us{brk}{after}");
            let start = text.find('\'').unwrap();
            let end = start + "'A long night'".len();
            let want = bytewise(&text, start, end);
            assert_eq!(super::line_around(&text, start, end), want, "{pad} {fill:?} {brk:?}");
            found += usize::from(want.is_some());
        }
        // (Both outcomes met: a line found, and none within the window.)
        assert!(found > 0 && found < 24, "{found}");
        assert!(super::on_headline_line("Intro.\n'A long night' for us\nMore.", 7, 21));
    }
}
