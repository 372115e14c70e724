//! Byte offsets → the caller's unit, in one pass over the text.
//!
//! The pass counts the units before each block of [`BLOCK`] bytes; an
//! offset then converts as its block's count plus the units of at most one
//! block's bytes. Converting each span by re-counting from the start would
//! make a large article quadratic; gathering and sorting every offset first
//! cost more than the pass itself.

use crate::segment::scan::{words, HI};
use crate::OffsetUnit;

/// Bytes per block of [`OffsetTable`]: an offset is counted from its
/// block's start, at most four words away.
const BLOCK: usize = 32;

/// Converts byte offsets of one text into another unit.
pub struct OffsetTable<'t> {
    bytes: &'t [u8],
    unit: OffsetUnit,
    /// The units before each block, and after the last: empty for UTF-8.
    before: Vec<usize>,
}

impl<'t> OffsetTable<'t> {
    /// Counts the units of `text` block by block. Offsets that are not
    /// char boundaries count the characters starting before them.
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::new();
        if unit != OffsetUnit::Utf8 {
            let utf16 = unit == OffsetUnit::Utf16;
            before.reserve(bytes.len() / BLOCK + 2);
            let mut count = 0;
            for block in bytes.chunks(BLOCK) {
                before.push(count);
                count += units_in(block, utf16);
            }
            before.push(count);
        }
        OffsetTable { bytes, unit, before }
    }

    /// The converted value of a byte offset: the units of the characters
    /// starting before it (all of them past the end).
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let end = byte.min(self.bytes.len());
        let block = end / BLOCK;
        // A block boundary at the end has the total after the last block.
        self.before[block] + units_in(&self.bytes[block * BLOCK..end], self.unit == OffsetUnit::Utf16)
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
        let t = OffsetTable::new(text, OffsetUnit::Utf16);
        let got: Vec<usize> = ends.iter().map(|&b| t.get(b)).collect();
        assert_eq!(got, vec![0, 1, 3, 4, 5, 6, 7]);
        let c = OffsetTable::new(text, OffsetUnit::Chars);
        assert_eq!(ends.iter().map(|&b| c.get(b)).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5, 6]);
    }

    /// The byte count equals walking the characters, for offsets inside
    /// characters and past the end too, in every block and across their
    /// boundaries (the text is repeated over several blocks, and ends on
    /// one's boundary).
    #[test]
    fn matches_a_walk_over_the_characters() {
        let mut text = String::new();
        for c in "aé😀“x” ok\u{10FFFF}".chars().cycle() {
            if text.len() + c.len_utf8() > 4 * BLOCK {
                break;
            }
            text.push(c);
        }
        text.push_str(&"z".repeat(4 * BLOCK - text.len()));
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
            let t = OffsetTable::new(&text, unit);
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

    #[test]
    fn slice_round_trips() {
        let text = "é😀“x”";
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 1, 3).unwrap(), "😀");
        assert_eq!(slice_in_unit(text, OffsetUnit::Chars, 2, 5).unwrap(), "“x”");
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf8, 0, 2).unwrap(), "é");
    }
}
