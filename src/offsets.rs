//! Byte offsets → the caller's unit, in one pass over the text.
//!
//! Every offset the result needs is gathered first, sorted, and then the
//! text is walked once; converting each span by re-counting from the start
//! would make a large article quadratic.

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
        let mut table = Vec::with_capacity(wanted.len());
        let mut want = wanted.into_iter().peekable();
        let mut count = 0usize;
        for (byte, ch) in text.char_indices() {
            while let Some(&w) = want.peek() {
                if w > byte {
                    break;
                }
                table.push((w, count));
                want.next();
            }
            count += match unit {
                OffsetUnit::Utf16 => ch.len_utf16(),
                _ => 1,
            };
        }
        for w in want {
            table.push((w, count));
        }
        OffsetTable { unit, table }
    }

    /// The converted value of a byte offset given to [`OffsetTable::new`].
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(i) => i.checked_sub(1).map_or(0, |j| self.table[j].1),
        }
    }
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

    #[test]
    fn slice_round_trips() {
        let text = "é😀“x”";
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 1, 3).unwrap(), "😀");
        assert_eq!(slice_in_unit(text, OffsetUnit::Chars, 2, 5).unwrap(), "“x”");
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf8, 0, 2).unwrap(), "é");
    }
}
