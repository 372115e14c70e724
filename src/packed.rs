//! A result with UTF-16 offsets as numbers, for the JS boundary: the
//! wasm's `annotate` hands these to `src/wasm_result.js`, which builds the
//! same objects `JSON.parse` would, each span's `text` sliced from the
//! caller's own string.
//!
//! Why: in the wasm, writing the JSON, decoding it into a JS string and
//! parsing it were near a third of `annotate` on a 5 KB article in Chromium;
//! reading a few hundred integers and slicing a string (which V8 shares,
//! not copies) costs a few per cent of that. Only UTF-16 offsets index a
//! JS string, so the other units keep the JSON path.
//!
//! The numbers, in order (a value that may be null is stored plus one, and
//! null as 0):
//! - the count of quotes, then per quote: start, end, kind (its index in
//!   [`QuoteKind`]'s order), speaker + 1, source start + 1 and end, cue
//!   start + 1 and end, nested (0 or 1);
//! - the count of people, then per person: kind (index in [`PersonKind`]'s
//!   order), quotes, the name's length in UTF-16 units (the names are one
//!   string, one after another), the count of mentions and each one's start
//!   and end, the same for positions, the count of members and each one.
//!
//! Confidences go in their own list of floats, rounded as the JSON writes
//! them, so both paths give the same numbers.

use crate::output::Annotations;
use crate::{PersonKind, QuoteKind};

/// [`Annotations`] as the numbers and strings above.
#[derive(Debug, Default, PartialEq)]
pub struct Packed {
    pub numbers: Vec<u32>,
    pub confidences: Vec<f64>,
    /// Every person's name, one after another.
    pub names: String,
}

/// Packs `a` (whose offsets must be UTF-16 for the JS side to slice by
/// them). Offsets and counts fit a `u32` in the wasm, where `usize` is one.
pub fn pack(a: &Annotations) -> Packed {
    let mut p = Packed { numbers: Vec::with_capacity(2 + 9 * a.quotes.len() + 8 * a.people.len()), ..Packed::default() };
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    let numbers = &mut p.numbers;
    numbers.push(n(a.quotes.len()));
    for q in &a.quotes {
        let kind = match q.kind {
            QuoteKind::Direct => 0,
            QuoteKind::Partial => 1,
            QuoteKind::Unmarked => 2,
            QuoteKind::Indirect => 3,
        };
        numbers.extend([n(q.start), n(q.end), kind, q.speaker.map_or(0, |s| n(s + 1))]);
        for span in [&q.source, &q.cue] {
            numbers.extend(span.as_ref().map_or([0, 0], |s| [n(s.start + 1), n(s.end)]));
        }
        numbers.push(u32::from(q.nested));
        p.confidences.push(as_written(q.confidence));
    }
    numbers.push(n(a.people.len()));
    for person in &a.people {
        let kind = match person.kind {
            PersonKind::Person => 0,
            PersonKind::Org => 1,
            PersonKind::Group => 2,
            PersonKind::Unnamed => 3,
        };
        numbers.extend([kind, n(person.quotes), n(person.name.encode_utf16().count())]);
        p.names.push_str(&person.name);
        for spans in [&person.mentions, &person.positions] {
            numbers.push(n(spans.len()));
            numbers.extend(spans.iter().flat_map(|s| [n(s.start), n(s.end)]));
        }
        numbers.push(n(person.members.len()));
        numbers.extend(person.members.iter().map(|&m| n(m)));
    }
    p
}

/// `value` as the JSON text writes it and `JSON.parse` reads it back: six
/// decimals (a quotient of integers is the double nearest the decimal, as
/// parsing it gives); not finite is `null`, here NaN.
fn as_written(value: f64) -> f64 {
    const SCALE: f64 = 1_000_000.0;
    if !value.is_finite() {
        return f64::NAN;
    }
    let scaled = (value.abs() * SCALE).round();
    if scaled == 0.0 {
        return 0.0;
    }
    (scaled / SCALE).copysign(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidences_are_the_numbers_the_json_text_reads_as() {
        for (value, json) in [(0.7, "0.7"), (0.1 + 0.2, "0.3"), (1.0, "1.0"), (-0.0, "0.0"), (0.1234567, "0.123457")] {
            let written = crate::json::to_string(&value, 16);
            assert_eq!(written, json);
            assert_eq!(as_written(value).to_bits(), json.parse::<f64>().unwrap().to_bits(), "{value}");
        }
        assert!(as_written(f64::NAN).is_nan());
    }

    #[test]
    fn numbers_follow_the_documented_layout() {
        let text = "“We will rebuild the pier,” said Mayor Ana Ortiz. “Soon,” she added.";
        let a = crate::annotate(text, &crate::Options::default());
        let p = pack(&a);
        assert_eq!((a.quotes.len(), a.people.len()), (2, 1), "{a:?}");
        assert_eq!(a.people[0].name, "Ana Ortiz");
        let q = &a.quotes[0];
        let (source, cue) = (q.source.as_ref().unwrap(), q.cue.as_ref().unwrap());
        let n = |v: usize| v as u32;
        assert_eq!(p.numbers[..10], [2, n(q.start), n(q.end), 0, 1, n(source.start + 1), n(source.end), n(cue.start + 1), n(cue.end), 0]);
        // After the second quote, the person: kind, quotes, name length,
        // then one mention or more.
        assert_eq!(p.numbers[19..23], [1, 0, 2, 9]);
        assert!(p.numbers[23] >= 1);
        assert_eq!(p.names, "Ana Ortiz");
        let json = |v: f64| crate::json::to_string(&v, 16);
        for (packed, q) in p.confidences.iter().zip(&a.quotes) {
            assert_eq!(json(*packed), json(q.confidence));
        }
    }
}
