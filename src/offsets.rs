//! Byte offsets → the caller's unit, in one pass over the text.
//!
//! The pass counts the units before each block of [`BLOCK`] bytes; an
//! offset then converts as its block's count plus the units of at most one
//! block's bytes. Converting each span by re-counting from the start would
//! make a large article quadratic; gathering and sorting every offset first
//! cost more than the pass itself.

use crate::segment::scan::{word_at, HI};
use crate::OffsetUnit;

/// Bytes per block of [`OffsetTable`]: an offset is counted from its
/// block's start, at most four words away.
const BLOCK: usize = 32;

/// Converts byte offsets of one text into another unit.
pub struct OffsetTable<'t> {
    bytes: &'t [u8],
    unit: OffsetUnit,
    /// The units before each block, and after the last: empty for UTF-8
    /// and for an ASCII text.
    before: Vec<usize>,
    /// Bit `b % 64` of word `b / 64` is set when block `b` holds a byte
    /// outside ASCII: in the others an offset is its block's count plus
    /// its distance from the block's start.
    mixed: Vec<u64>,
}

impl<'t> OffsetTable<'t> {
    /// Counts the units of `text` block by block. Offsets that are not
    /// char boundaries count the characters starting before them.
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::new();
        let mut mixed = Vec::new();
        // In ASCII every unit is a byte: no table (a quick test, as a
        // text's first curly mark or accent usually comes early).
        if unit != OffsetUnit::Utf8 && !bytes.is_ascii() {
            let utf16 = unit == OffsetUnit::Utf16;
            let blocks = bytes.len().div_ceil(BLOCK);
            before.reserve(blocks + 1);
            mixed.resize(blocks.div_ceil(64), 0);
            let mut count = 0;
            for (b, block) in bytes.chunks(BLOCK).enumerate() {
                before.push(count);
                let words = block_words(block);
                if words.iter().fold(0, |acc, w| acc | w) & HI == 0 {
                    count += block.len();
                } else {
                    mixed[b / 64] |= 1 << (b % 64);
                    count += units_before(words, block.len(), utf16);
                }
            }
            before.push(count);
        }
        OffsetTable { bytes, unit, before, mixed }
    }

    /// The converted value of a byte offset: the units of the characters
    /// starting before it (all of them past the end). Asked twice per span
    /// of the output: the block's count plus, in a block of ASCII, the
    /// bytes before the offset, else their units read as four words.
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let end = byte.min(self.bytes.len());
        if self.before.is_empty() {
            return end;
        }
        let block = end / BLOCK;
        let (from, n) = (block * BLOCK, end % BLOCK);
        // A block boundary at the end has the total after the last block.
        if n == 0 || self.mixed[block / 64] & 1 << (block % 64) == 0 {
            return self.before[block] + n;
        }
        self.before[block] + self.mixed_units(from, n)
    }

    /// The units in the first `n` bytes of the mixed block at `from`. Kept
    /// out of [`OffsetTable::get`], so that its usual case, a block of
    /// ASCII, saves no registers for this one.
    #[inline(never)]
    fn mixed_units(&self, from: usize, n: usize) -> usize {
        let words = block_words(&self.bytes[from..self.bytes.len().min(from + BLOCK)]);
        units_before(words, n, self.unit == OffsetUnit::Utf16)
    }
}

/// A block of at most [`BLOCK`] bytes as four little-endian words (byte
/// `i` of a word is bits `8i..8i + 8`), zeros after a short last block.
fn block_words(block: &[u8]) -> [u64; 4] {
    let mut full = [0; BLOCK];
    let bytes: &[u8; BLOCK] = match block.try_into() {
        Ok(whole) => whole,
        Err(_) => {
            full[..block.len()].copy_from_slice(block);
            &full
        }
    };
    let mut words = [0; 4];
    for (w, chunk) in words.iter_mut().zip(bytes.chunks_exact(8)) {
        *w = word_at(chunk, 0).unwrap_or_default();
    }
    words
}

/// The characters that start in a block's first `n` bytes, in UTF-16
/// units or in chars: its UTF-8 lead bytes (not 10xxxxxx), plus one for
/// each four-byte lead (11110xxx) in UTF-16, counted a word at a time, the
/// word holding byte `n` masked to the bytes before it. Shifting moves each
/// byte's lower bits up to its high bit.
fn units_before(words: [u64; 4], n: usize, utf16: bool) -> usize {
    let mut count = 0;
    for (i, w) in words.into_iter().enumerate() {
        let left = n.saturating_sub(8 * i);
        if left == 0 {
            break;
        }
        if w & HI == 0 {
            count += left.min(8);
            continue;
        }
        // The high bit of each byte before `n`.
        let mask = if left >= 8 { HI } else { HI & ((1 << (8 * left)) - 1) };
        let continuation = w & !(w << 1);
        count += (mask & !continuation).count_ones() as usize;
        let four_byte = mask & w & (w << 1) & (w << 2) & (w << 3);
        if utf16 && four_byte != 0 {
            count += four_byte.count_ones() as usize;
        }
    }
    count
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
    /// boundaries (the text is repeated over several blocks, then blocks
    /// of ASCII follow, and it ends on a boundary or within a block), and
    /// in a text of ASCII only, which has no table.
    #[test]
    fn matches_a_walk_over_the_characters() {
        let mut mixed = String::new();
        for c in "aé😀“x” ok\u{10FFFF}".chars().cycle() {
            if mixed.len() + c.len_utf8() > 4 * BLOCK {
                break;
            }
            mixed.push(c);
        }
        mixed.push_str(&"z".repeat(4 * BLOCK - mixed.len()));
        let ascii = "plain text ".repeat(70);
        for text in [mixed.clone(), format!("{mixed}{ascii}{mixed}"), format!("{ascii}é{ascii}“x”"), ascii.clone(), String::new()] {
            for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
                let t = OffsetTable::new(&text, unit);
                for w in 0..text.len() + 3 {
                    let units = |c: char| if unit == OffsetUnit::Utf16 { c.len_utf16() } else { 1 };
                    let want: usize = text.char_indices().filter(|&(b, _)| b < w).map(|(_, c)| units(c)).sum();
                    assert_eq!(t.get(w), want, "{unit:?} {w}");
                }
            }
        }
    }

    /// Eight bytes at a time counts as byte by byte does, wherever the
    /// multi-byte characters fall in a word and wherever the count stops.
    #[test]
    fn wide_count_equals_the_byte_count() {
        let by_byte =
            |b: &[u8], utf16: bool| -> usize { b.iter().map(|&c| usize::from((c as i8) >= -0x40) + usize::from(utf16 && c >= 0xF0)).sum() };
        let text = "plain ascii run, é here, “quotes” and 😀 then more plain text\u{10FFFF}ok ü";
        for from in 0..text.len() {
            let block = &text.as_bytes()[from..text.len().min(from + BLOCK)];
            for n in 0..=block.len() {
                for utf16 in [true, false] {
                    assert_eq!(
                        units_before(block_words(block), n, utf16),
                        by_byte(&block[..n], utf16),
                        "from {from}, to {n}, utf16 {utf16}"
                    );
                }
            }
        }
        for v in 0..=255u8 {
            for at in 0..9 {
                let mut b = vec![b'a'; 11];
                b[at] = v;
                for n in 0..=b.len() {
                    assert_eq!(units_before(block_words(&b), n, true), by_byte(&b[..n], true), "{v} at {at}, to {n}");
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
