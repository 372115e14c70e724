//! Byte offsets → the caller's unit, in one pass over the text.
//!
//! Every offset the result needs is gathered first, sorted, and then the
//! text is walked once; converting each span by re-counting from the start
//! would make a large article quadratic.

use crate::segment::scan::{words, HI};
use crate::OffsetUnit;

/// Converts byte offsets of one text into another unit.
pub struct OffsetTable {
    unit: OffsetUnit,
    /// Sorted, deduplicated byte offsets with their converted values.
    table: Vec<(usize, usize)>,
}

impl OffsetTable {
    /// Builds the table for `wanted` byte offsets (any order, duplicates
    /// fine). Offsets that are not char boundaries are rounded down to one.
    pub fn new(text: &str, unit: OffsetUnit, mut wanted: Vec<usize>) -> Self {
        wanted.sort_unstable();
        wanted.dedup();
        if unit == OffsetUnit::Utf8 {
            return OffsetTable { unit, table: wanted.into_iter().map(|b| (b, b)).collect() };
        }
        // A wanted offset converts to the units of the characters starting
        // before it: its count of UTF-8 lead bytes (plus one more for each
        // four-byte lead in UTF-16). Counting bytes, not decoding
        // characters, lets the loop run wide.
        let bytes = text.as_bytes();
        let utf16 = unit == OffsetUnit::Utf16;
        let mut table = Vec::with_capacity(wanted.len());
        let (mut pos, mut count) = (0usize, 0usize);
        for w in wanted {
            let end = w.min(bytes.len());
            if end > pos {
                count += units_in(&bytes[pos..end], utf16);
                pos = end;
            }
            table.push((w, count));
        }
        OffsetTable { unit, table }
    }

    /// The converted value of a byte offset given to [`OffsetTable::new`].
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        self.value(self.table.partition_point(|&(b, _)| b <= byte))
    }

    /// [`OffsetTable::get`] of a span's start and end. The end is looked
    /// for from the start's place on, doubling the step: most spans hold
    /// few other offsets, so it is found in a step or two, not a search of
    /// the whole table.
    pub fn get_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.unit == OffsetUnit::Utf8 || end < start {
            return (self.get(start), self.get(end));
        }
        let i = self.table.partition_point(|&(b, _)| b <= start);
        let rest = &self.table[i..];
        let mut step = 1;
        while step <= rest.len() && rest[step - 1].0 <= end {
            step *= 2;
        }
        let from = step / 2;
        let j = i + from + rest[from..step.min(rest.len())].partition_point(|&(b, _)| b <= end);
        (self.value(i), self.value(j))
    }

    /// The converted value of the last of the table's first `n` offsets
    /// (0 for none): of any byte from it up to the next one.
    fn value(&self, n: usize) -> usize {
        n.checked_sub(1).map_or(0, |m| self.table[m].1)
    }
}

/// The characters that start in `bytes`, in UTF-16 units or in chars: its
/// UTF-8 lead bytes, plus one for each four-byte lead in UTF-16. Eight bytes
/// at a time, since most text is ASCII: this pass covers the whole text.
fn units_in(bytes: &[u8], utf16: bool) -> usize {
    let by_byte = |b: &u8| usize::from((*b as i8) >= -0x40) + usize::from(utf16 && *b >= 0xF0);
    let (whole, rest) = words(bytes);
    let mut n = 0;
    for w in whole {
        let high = w & HI;
        if high == 0 {
            n += 8;
            continue;
        }
        // Shifting moves each byte's lower bits up to its high bit: a
        // continuation byte is 10xxxxxx, a four-byte lead 11110xxx.
        n += 8 - (high & !(w << 1)).count_ones() as usize;
        if utf16 {
            n += (high & (w << 1) & (w << 2) & (w << 3)).count_ones() as usize;
        }
    }
    n + rest.iter().map(by_byte).sum::<usize>()
}

/// Slices `text` by offsets in `unit` — the inverse of the conversion, used
/// by tests and the evaluator to check that every `text` field matches.
pub fn slice_in_unit(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    match unit {
        OffsetUnit::Utf8 => text.get(start..end).map(str::to_owned),
        OffsetUnit::Chars => {
            if start > end {
                return None;
            }
            Some(text.chars().skip(start).take(end - start).collect())
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units.get(start..end).and_then(|s| String::from_utf16(s).ok())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_surrogate_pairs_twice() {
        let text = "a😀b“c”";
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let t = OffsetTable::new(text, OffsetUnit::Utf16, ends.clone());
        let got: Vec<usize> = ends.iter().map(|&b| t.get(b)).collect();
        assert_eq!(got, vec![0, 1, 3, 4, 5, 6, 7]);
        let c = OffsetTable::new(text, OffsetUnit::Chars, ends.clone());
        assert_eq!(ends.iter().map(|&b| c.get(b)).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5, 6]);
    }

    /// The byte count equals walking the characters, for offsets inside
    /// characters and past the end too.
    #[test]
    fn matches_a_walk_over_the_characters() {
        let text = "aé😀“x” ok\u{10FFFF}";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
            let t = OffsetTable::new(text, unit, (0..text.len() + 3).rev().collect());
            for w in 0..text.len() + 3 {
                let units = |c: char| if unit == OffsetUnit::Utf16 { c.len_utf16() } else { 1 };
                let want: usize = text.char_indices().filter(|&(b, _)| b < w).map(|(_, c)| units(c)).sum();
                assert_eq!(t.get(w), want, "{unit:?} {w}");
            }
        }
    }

    /// Eight bytes at a time counts as byte by byte does, wherever the
    /// multi-byte characters fall in a word.
    #[test]
    fn wide_count_equals_the_byte_count() {
        let text = "plain ascii run, é here, “quotes” and 😀 then more plain text\u{10FFFF}ok ü";
        for from in 0..12 {
            for utf16 in [true, false] {
                let b = &text.as_bytes()[from..];
                let want: usize = b.iter().map(|&c| usize::from((c as i8) >= -0x40) + usize::from(utf16 && c >= 0xF0)).sum();
                assert_eq!(units_in(b, utf16), want, "from {from}, utf16 {utf16}");
            }
        }
        for v in 0..=255u8 {
            for at in 0..9 {
                let mut b = vec![b'a'; 11];
                b[at] = v;
                assert_eq!(units_in(&b, true), 10 + usize::from((v as i8) >= -0x40) + usize::from(v >= 0xF0), "{v} at {at}");
            }
        }
    }

    /// A span's two offsets convert as each does alone, however many
    /// offsets lie between them.
    #[test]
    fn spans_convert_as_their_offsets() {
        let text = "aé😀“x” ok\u{10FFFF} and more";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Utf8] {
            let t = OffsetTable::new(text, unit, (0..text.len() + 2).step_by(2).collect());
            for s in 0..text.len() + 3 {
                for e in 0..text.len() + 3 {
                    assert_eq!(t.get_span(s, e), (t.get(s), t.get(e)), "{unit:?} {s}..{e}");
                }
            }
        }
    }

    #[test]
    fn slice_round_trips() {
        let text = "é😀“x”";
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 1, 3).unwrap(), "😀");
        assert_eq!(slice_in_unit(text, OffsetUnit::Chars, 2, 5).unwrap(), "“x”");
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf8, 0, 2).unwrap(), "é");
    }
}
