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
            q.speaker.is_none() && q.kind != QuoteKind::Indirect && on_headline_line(doc, q.start, q.end)
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
fn on_headline_line(doc: &Doc, start: usize, end: usize) -> bool {
    let (text, bytes) = (doc.text(), doc.text().as_bytes());
    // The line's ends are looked for only this far from the quote: a
    // longer line is no headline, and searching a text with no newline
    // to its ends for every quote was quadratic.
    const WINDOW: usize = 2 * HEADLINE_MAX;
    let lo = start.saturating_sub(WINDOW);
    let line_start = match bytes[lo..start].iter().rposition(|&b| b == b'\n') {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let hi = (end + WINDOW).min(text.len());
    let line_end = match bytes[end..hi].iter().position(|&b| b == b'\n') {
        Some(k) => end + k,
        None if hi == text.len() => hi,
        None => return false,
    };
    let line = text[line_start..line_end].trim();
    let bare = line.trim_end_matches(['\'', '"', '’', '”', '»', '“', '‘', ' ']);
    line.len() <= HEADLINE_MAX && !bare.ends_with(['.', '!', '?', ':', ',', ';', '…']) && !line.contains(". ")
}

/// Lower-cased words joined by single spaces, without punctuation.
fn fold(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
