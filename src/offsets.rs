//! Byte offsets → the caller's unit, in one pass over the text.
//!
//! The pass counts the units before each block of [`BLOCK`] bytes and
//! marks, in a block holding bytes outside ASCII, which of its bytes add
//! no unit (continuation bytes) and which add two (four-byte leads, in
//! UTF-16). An offset then converts as its block's count plus the bytes
//! before it, less and plus those marked. Converting each span by
//! re-counting from the start would make a large article quadratic;
//! gathering and sorting every offset first cost more than the pass itself.

use crate::segment::scan::{word_at, HI};
use crate::OffsetUnit;

/// Bytes per block of [`OffsetTable`]: one bit per byte of a block fits
/// half of a `u64`.
const BLOCK: usize = 32;

/// Converts byte offsets of one text into another unit.
pub struct OffsetTable {
    unit: OffsetUnit,
    len: usize,
    /// Per block, and after the last: the units before it, and its marks
    /// (in one vector, read together). Bit `i` of the marks is set when
    /// byte `i` of the block is a continuation byte, bit `32 + i` when it
    /// leads a four-byte character and the unit is UTF-16; zero in a block
    /// of ASCII and after the last. Empty for UTF-8 and for an ASCII text.
    blocks: Vec<(usize, u64)>,
}

impl OffsetTable {
    /// Counts the units of `text` block by block. Offsets that are not
    /// char boundaries count the characters starting before them.
    /// (Out of line: inlined into the large `annotate`, its loop ran
    /// short of registers.)
    #[inline(never)]
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        // In ASCII every unit is a byte: no table (a quick test, as a
        // text's first curly mark or accent usually comes early).
        if unit != OffsetUnit::Utf8 && !bytes.is_ascii() {
            let utf16 = unit == OffsetUnit::Utf16;
            blocks.reserve_exact(bytes.len().div_ceil(BLOCK) + 1);
            let whole = bytes.chunks_exact(BLOCK);
            let rest = whole.remainder();
            let mut count = 0;
            // (Extended from an iterator of known length: pushed, the
            // vector's length went to memory and back for every block.)
            blocks.extend(whole.map(|block| {
                let (m, n) = block_marks(block.try_into().unwrap_or(&[0; BLOCK]), utf16);
                let before = count;
                count += n;
                (before, m)
            }));
            // The last block, when short, is read padded with zeros, which
            // add no units of their own.
            if !rest.is_empty() {
                let mut last = [0; BLOCK];
                last[..rest.len()].copy_from_slice(rest);
                let (m, n) = block_marks(&last, utf16);
                blocks.push((count, m));
                count += n - (BLOCK - rest.len());
            }
            blocks.push((count, 0));
        }
        OffsetTable { unit, len: bytes.len(), blocks }
    }

    /// The converted value of a byte offset: the units of the characters
    /// starting before it (all of them past the end). Asked twice per span
    /// of the output.
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let end = byte.min(self.len);
        let Some(&(before, marks)) = self.blocks.get(end / BLOCK) else { return end };
        before + units(marks, end % BLOCK)
    }
}

/// The units of a block's first `n` bytes, given its marks `m`: a unit
/// per byte, less one per continuation byte, plus one per four-byte lead
/// in UTF-16.
fn units(m: u64, n: usize) -> usize {
    // Most blocks are ASCII: no bits to count.
    if m == 0 {
        return n;
    }
    let below = ((1u64 << n) - 1) as u32;
    // Four-byte characters (emoji) are rare: their half is mostly empty,
    // and not counted.
    let four_byte = match (m >> 32) as u32 & below {
        0 => 0,
        f => f.count_ones() as usize,
    };
    n + four_byte - (m as u32 & below).count_ones() as usize
}

/// The marks of a block (see [`OffsetTable::blocks`]) and its units,
/// read a word of eight bytes at a time: a byte's high bit, with the bits
/// below it shifted up to meet it, tells what it is; the eight high bits
/// of a word are then gathered into one byte.
// (Inlined natively into both its callers; in the wasm, where size
// counts, one copy.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn block_marks(bytes: &[u8; BLOCK], utf16: bool) -> (u64, usize) {
    // Most blocks are ASCII: one test for all their bytes (a fold the
    // compiler does in vector registers).
    if bytes.iter().fold(0, |all, &b| all | b) < 0x80 {
        return (0, BLOCK);
    }
    let words: [u64; BLOCK / 8] = std::array::from_fn(|i| word_at(bytes, 8 * i).unwrap_or_default());
    // (Every word is marked, with no test for an ASCII one: a word's
    // marks cost less than the branch. The units are counted by adding
    // up the words' marked bytes: the baseline x86-64 has no bit count
    // instruction.)
    let (mut marks, mut continuations) = (0, 0);
    for (i, &w) in words.iter().enumerate() {
        // 10xxxxxx continues a character.
        let continuation = w & !(w << 1) & HI;
        marks |= gather(continuation) << (8 * i);
        continuations += continuation >> 7;
    }
    let mut n = BLOCK - byte_sum(continuations);
    // 11110xxx leads four bytes: rare (emoji), so looked for in all the
    // words at once first.
    let four_byte = |w: u64| {
        let two = w & (w << 1);
        two & (two << 2) & HI
    };
    if utf16 && words.iter().fold(0, |all, &w| all | four_byte(w)) != 0 {
        let mut four_bytes = 0;
        for (i, &w) in words.iter().enumerate() {
            marks |= gather(four_byte(w)) << (32 + 8 * i);
            four_bytes += four_byte(w) >> 7;
        }
        n += byte_sum(four_bytes);
    }
    (marks, n)
}

/// The sum of a word's bytes, when it is below 256.
fn byte_sum(w: u64) -> usize {
    (w.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// The high bits of a word's eight bytes (no other bit set) as the low
/// eight bits, byte `i`'s as bit `i`: the multiplier moves each to bits
/// 56..64, where no two sums meet.
fn gather(high_bits: u64) -> u64 {
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
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

    /// [`block_marks`] of at most a block, padded with zeros.
    fn padded_marks(block: &[u8], utf16: bool) -> u64 {
        let mut full = [0; BLOCK];
        full[..block.len()].copy_from_slice(block);
        let (m, n) = block_marks(&full, utf16);
        assert_eq!(n, units(m, BLOCK));
        m
    }

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

    /// Eight bytes at a time marks as byte by byte does, wherever the
    /// multi-byte characters fall in a word and wherever the count stops.
    #[test]
    fn wide_marks_equal_the_byte_count() {
        let by_byte =
            |b: &[u8], utf16: bool| -> usize { b.iter().map(|&c| usize::from((c as i8) >= -0x40) + usize::from(utf16 && c >= 0xF0)).sum() };
        let text = "plain ascii run, é here, “quotes” and 😀 then more plain text\u{10FFFF}ok ü";
        for from in 0..text.len() {
            let block = &text.as_bytes()[from..text.len().min(from + BLOCK)];
            for n in 0..=block.len() {
                for utf16 in [true, false] {
                    assert_eq!(units(padded_marks(block, utf16), n), by_byte(&block[..n], utf16), "from {from}, to {n}, utf16 {utf16}");
                }
            }
        }
        for v in 0..=255u8 {
            for at in 0..9 {
                let mut b = vec![b'a'; 11];
                b[at] = v;
                for n in 0..=b.len() {
                    assert_eq!(units(padded_marks(&b, true), n), by_byte(&b[..n], true), "{v} at {at}, to {n}");
                }
            }
        }
    }

    /// Every pattern of high bits gathers to its byte.
    #[test]
    fn gather_takes_each_bytes_high_bit() {
        for bits in 0..=255u64 {
            let spread = (0..8).filter(|i| bits & 1 << i != 0).fold(0, |w, i| w | 0x80 << (8 * i));
            assert_eq!(gather(spread), bits);
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
