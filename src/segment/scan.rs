//! Text read eight bytes at a time, as little-endian words: most text is
//! plain ASCII, and a whole word of it is tested at once. The stages that
//! look only at a few kinds of byte (quotation marks, markup, characters
//! outside ASCII) skip the rest of the text this way, and the offset
//! conversion counts characters so.

/// `0x01` in every byte of a word.
const LO: u64 = u64::from_le_bytes([0x01; 8]);
/// `0x80` in every byte of a word: a byte outside ASCII has its bit.
pub(crate) const HI: u64 = u64::from_le_bytes([0x80; 8]);

/// `bytes` as whole eight-byte words (byte `i` of a word is bits
/// `8i..8i+8`), and the bytes left over after the last whole word.
#[inline]
pub(crate) fn words(bytes: &[u8]) -> (impl Iterator<Item = u64> + '_, &[u8]) {
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    (chunks.map(|chunk| word_at(chunk, 0).unwrap_or_default()), rest)
}

/// Bytes `at..at + 8` as one word, if the slice holds them all: for a
/// scan that mostly stops within its first word, which need not split
/// the rest of the text into words first (as [`words`] does).
#[inline]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    // (The rest from `at`, then its first eight bytes: two tests a
    // caller's loop bound mostly settles, where the end `at + 8` took an
    // overflow test besides.)
    Some(u64::from_le_bytes(*bytes.get(at..)?.first_chunk::<8>()?))
}

/// [`find_special`] for a long slice, where a find is usually far off
/// (a whole text): the search of a short one, or of one whose find is
/// near its start, pays for the blocks here and gains nothing.
#[inline]
pub(crate) fn find_special_far<const N: usize>(bytes: &[u8], wanted: [u8; N]) -> Option<usize> {
    // (The wasm is built without SIMD, where the fold below runs a byte at
    // a time: slower than the search by words.)
    if cfg!(target_arch = "wasm32") {
        return find_special(bytes, wanted);
    }
    // The first word alone first: about two finds in five (a `\n` after a
    // `\n`, mostly) are within it, and a block's test costs twice a word's.
    // (Natively, the first sixteen bytes, compared at once for less than
    // a word's test costs.)
    let mut at = 0;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if let Some(head) = bytes.first_chunk::<16>() {
        let found = special_bits16(head, wanted);
        if found != 0 {
            return Some(found.trailing_zeros() as usize);
        }
        at = 16;
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    if let Some(w) = word_at(bytes, 0) {
        let found = flags(w, wanted);
        if found != 0 {
            return Some((found.trailing_zeros() / 8) as usize);
        }
        at = 8;
    }
    // Thirty-two bytes at a time then, by a test of every byte that the
    // compiler turns into vector compares (a fold over a block, which it
    // vectorizes as a loop): a block that holds a find is searched by
    // words.
    for block in bytes[at..].chunks_exact(32) {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        {
            // Natively, the block's finds as bits, the first of them the
            // answer: no search by words of the block after a find.
            let found = block.first_chunk::<32>().map_or(0, |block| special_bits(block, wanted));
            if found != 0 {
                return Some(at + found.trailing_zeros() as usize);
            }
        }
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        {
            let hit = block.iter().fold(false, |hit, &b| wanted.iter().fold(hit | (b >= 0x80), |hit, &w| hit | (b == w)));
            if hit {
                break;
            }
        }
        at += 32;
    }
    find_special(&bytes[at..], wanted).map(|i| at + i)
}

/// [`find_special`] for a slice of 32 bytes at most, whose find, if any,
/// is as likely anywhere (a line's head, searched for a colon): natively
/// a whole head of 32 is compared at once, where the search by words
/// took four turns of its loop.
#[inline]
pub(crate) fn find_special_in32<const N: usize>(bytes: &[u8], wanted: [u8; N]) -> Option<usize> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if let Some(block) = bytes.first_chunk::<32>() {
        debug_assert!(bytes.len() == 32);
        let found = special_bits(block, wanted);
        return (found != 0).then(|| found.trailing_zeros() as usize);
    }
    find_special(bytes, wanted)
}

/// A bit for each byte of `block` that is outside ASCII or one of
/// `wanted`, bit `k` for byte `k`: sixteen bytes compared at once.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn special_bits<const N: usize>(block: &[u8; 32], wanted: [u8; N]) -> u32 {
    let (lo, hi) = block.split_at(16);
    let half = |h: &[u8]| h.first_chunk::<16>().map_or(0, |h| special_bits16(h, wanted));
    half(lo) | half(hi) << 16
}

/// [`special_bits`] of sixteen bytes.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn special_bits16<const N: usize>(block: &[u8; 16], wanted: [u8; N]) -> u32 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8};
    // SAFETY: the intrinsics need SSE2 alone, which this code is compiled
    // for (the `cfg` above), and the load reads the sixteen bytes of
    // `block` (an unaligned load: any address will do).
    unsafe {
        let v = _mm_loadu_si128(block.as_ptr().cast());
        // (A byte outside ASCII has its high bit, which the mask takes
        // from the bytes themselves.)
        let found = wanted.iter().fold(v, |found, &b| _mm_or_si128(found, _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8))));
        _mm_movemask_epi8(found) as u32
    }
}

/// The index of the first byte of `bytes` that is outside ASCII or one of
/// `wanted` (ASCII bytes), if any.
#[inline]
pub(crate) fn find_special<const N: usize>(bytes: &[u8], wanted: [u8; N]) -> Option<usize> {
    let (whole, rest) = words(bytes);
    let mut at = 0;
    for w in whole {
        let found = flags(w, wanted);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    rest.iter().position(|b| *b >= 0x80 || wanted.contains(b)).map(|i| at + i)
}

/// The high bit of each byte of `w` that may be outside ASCII or one of
/// `wanted`: the lowest is always a true find.
#[inline]
fn flags<const N: usize>(w: u64, wanted: [u8; N]) -> u64 {
    // A byte's high bit marks a byte outside ASCII; for each wanted byte,
    // the zero-byte test of `w ^ wanted`, `x - LO`, sets a byte's high bit
    // where that byte is zero. It may flag bytes above a zero byte too
    // (the borrow runs on) and bytes outside ASCII (flagged anyway), never
    // an ASCII byte below the first zero. (The textbook `& !x` that clears
    // the flags of bytes outside ASCII is not needed here.)
    let mut found = w;
    for b in wanted {
        found |= (w ^ (LO * u64::from(b))).wrapping_sub(LO);
    }
    found & HI
}

/// The length in bytes of the character whose first byte is `lead`: where
/// a scan goes on past a stop of [`find_special`] (which stops at the
/// first byte of every character outside ASCII).
#[inline]
pub(crate) fn char_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The index of the first byte of `bytes` at or after `at` that is not an
/// ASCII letter or digit (or `bytes.len()`): the end of a run of a word's
/// letters. Each word of eight bytes is classed at once ([`first_stop`]);
/// most words end within the first.
#[inline]
pub(crate) fn alnum_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, first_stop, u8::is_ascii_alphanumeric)
}

/// The end of a run of bytes from `at`, by words of eight: `stop` of a
/// word is the index of its first byte outside the run (8 for none), and
/// `goes_on` tests the last few bytes one by one.
#[inline]
fn run_end(bytes: &[u8], mut at: usize, stop: impl Fn(u64) -> usize, goes_on: impl Fn(&u8) -> bool) -> usize {
    while let Some(w) = word_at(bytes, at) {
        let stop = stop(w);
        if stop < 8 {
            return at + stop;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(&goes_on) {
        at += 1;
    }
    at
}

/// How many bytes [`first_stop_wide`] classes at once: natively a vector
/// register's sixteen, else a word's eight.
pub(crate) const WIDE: usize = if cfg!(all(target_arch = "x86_64", target_feature = "sse2")) { 16 } else { 8 };

/// [`first_stop`] of [`WIDE`] bytes, `WIDE` for none: the tokenizer's
/// first look at a word. Natively sixteen bytes, in which all but about
/// one word in a hundred ends, where one in eight is eight letters or
/// more: the test for a longer run, which mispredicted about once in
/// six such words, is rarely met.
#[inline]
pub(crate) fn first_stop_wide(bytes: &[u8; WIDE]) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::_mm_loadu_si128;
        // SAFETY: the load needs SSE2 alone, which this code is compiled
        // for (the `cfg` above), and reads the sixteen bytes of `bytes`
        // (an unaligned load: any address will do).
        let v = unsafe { _mm_loadu_si128(bytes.as_ptr().cast()) };
        (!alnum_bits(v)).trailing_zeros() as usize
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        first_stop(u64::from_le_bytes(*bytes))
    }
}

/// A bit for each of the sixteen bytes of `v` that is an ASCII letter or
/// digit, bit `k` for byte `k` (the bits above 15 are clear).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn alnum_bits(v: std::arch::x86_64::__m128i) -> u32 {
    use std::arch::x86_64::{_mm_add_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8};
    // A byte `b` is a letter when `b | 0x20` is in `a..=z`, a digit
    // when `b` is in `0..=9`: each range moved, by a wrapping
    // addition, to the bottom of the signed bytes, where one signed
    // comparison tests it.
    // SAFETY: these intrinsics need SSE2 alone, which this code is
    // compiled for (the `cfg` above), and read no memory.
    unsafe {
        let bias = |lo: u8| _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8);
        let below = |n: u8| _mm_set1_epi8((n as i8).wrapping_sub(i8::MAX).wrapping_sub(1));
        let letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), bias(b'a')), below(26));
        let digit = _mm_cmplt_epi8(_mm_add_epi8(v, bias(b'0')), below(10));
        _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
    }
}

/// The index of the first byte of `w` (the lowest) that is not an ASCII
/// letter or digit, 8 for none: where a run of a word's letters stops.
/// Natively its bytes are classed in a vector register, by comparisons
/// whose constants stay in vector registers: the tokenizer, which asks
/// this of nearly every word, kept the five constants of [`stops`] in
/// its general registers, short of them (0.4 instructions a byte more).
#[inline]
pub(crate) fn first_stop(w: u64) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::_mm_cvtsi64_si128;
        // The upper eight lanes are zero, no letter or digit: the count of
        // trailing letters stops at 8.
        // SAFETY: the intrinsic needs SSE2 alone, which this code is
        // compiled for (the `cfg` above), and reads no memory.
        let v = unsafe { _mm_cvtsi64_si128(w as i64) };
        (!alnum_bits(v)).trailing_zeros() as usize
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        (stops(w).trailing_zeros() / 8) as usize
    }
}

/// The index of the first byte of `bytes` at or after `at` that is not
/// plain ASCII, a printing character or `~` and DEL (above a space, below
/// 0x80), or `bytes.len()`: the end of a run of a word's bytes that a
/// reader of whitespace-split words passes over without decoding. Eight
/// bytes are classed at once.
#[inline]
pub(crate) fn plain_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, first_not_plain, |&b| b > b' ' && b < 0x80)
}

/// The index of the first byte of `w` (the lowest) that is a space, a
/// control byte or outside ASCII, 8 for none (see [`plain_end`]).
#[inline]
fn first_not_plain(w: u64) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::{_mm_cmpgt_epi8, _mm_cvtsi64_si128, _mm_movemask_epi8, _mm_set1_epi8};
        // As signed bytes, those outside ASCII are below zero: a plain
        // byte is one above a space. The upper eight lanes are zero, not
        // plain: the count stops at 8.
        // SAFETY: these intrinsics need SSE2 alone, which this code is
        // compiled for (the `cfg` above), and read no memory.
        unsafe {
            let plain = _mm_cmpgt_epi8(_mm_cvtsi64_si128(w as i64), _mm_set1_epi8(b' ' as i8));
            (!(_mm_movemask_epi8(plain) as u32)).trailing_zeros() as usize
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        first_not_plain_by_words(w)
    }
}

/// [`first_not_plain`] by integer operations on the whole word.
// (Natively read by the tests alone.)
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
fn first_not_plain_by_words(w: u64) -> usize {
    // A byte's high bit where it is outside ASCII, or where it is at most
    // a space: `x + 0x5F` of its low seven bits stays below 0x80 then,
    // and never carries into the next byte.
    let low = !(w & !HI).wrapping_add(LO * 0x5F) & HI;
    ((w & HI | low).trailing_zeros() / 8) as usize
}

/// The high bit of the first byte of `w` (the lowest) that is not an
/// ASCII letter or digit, if any: where a run of a word's letters stops.
/// (Bits of later bytes may be set or not: no caller reads them.)
// (Natively read by the tests alone.)
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
pub(crate) fn stops(w: u64) -> u64 {
    !alnum_bytes(w) & HI
}

/// The high bit of each byte of `w` that is an ASCII letter or digit, up
/// to the first that is not (later bytes' bits may be wrong).
#[inline]
fn alnum_bytes(w: u64) -> u64 {
    // No ASCII byte's sum carries into the next: `x + (0x80 - lo)` has its
    // high bit where the byte is `lo` or more, `x + (0x7F - hi)` where it
    // is above `hi`. A byte outside ASCII may carry into later bytes, but
    // is no letter itself (`& !w`), so its high bits were not cleared
    // first: the first byte that is no letter or digit is found all the
    // same, one instruction sooner.
    let within = |x: u64, lo: u8, hi: u8| x.wrapping_add(LO * u64::from(0x80 - lo)) & !x.wrapping_add(LO * u64::from(0x7F - hi));
    // Setting bit 5 turns capitals into small letters and no other byte
    // into one.
    (within(w, b'0', b'9') | within(w | (LO * 0x20), b'a', b'z')) & !w & HI
}

/// Whether `text`, cut at every character that is not alphanumeric, has
/// `word` as a piece, ASCII case aside. An ASCII text, as most titles
/// are, is searched for the word's first letter ([`has_ascii_word`]).
pub(crate) fn has_word(text: &str, word: &str) -> bool {
    if !text.is_ascii() {
        return text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word));
    }
    let (t, w) = (text.as_bytes(), word.as_bytes());
    if w.is_empty() {
        // (An empty word is a piece only between two cuts: never asked.)
        return t.split(|b| !b.is_ascii_alphanumeric()).any(<[u8]>::is_empty);
    }
    w.len() <= t.len() && has_ascii_word(t, w)
}

/// [`has_word`] of ASCII `t` and a word `w` no longer, not empty. A piece
/// is ASCII letters and digits: the text is compared with the word only
/// where its first letter stands, found eight bytes at a time, and cut
/// there (a cut of the whole text read every byte as a letter or not,
/// and a search byte by byte cost a compare and a branch per byte).
fn has_ascii_word(t: &[u8], w: &[u8]) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const CASE: u64 = 0x2020_2020_2020_2020;
    let alnum = |i: usize| t.get(i).is_some_and(u8::is_ascii_alphanumeric);
    // A letter or digit `b` is the first byte in either case when `b | 0x20`
    // is its lower case (a digit has that bit already); a byte of another
    // kind that passes is ruled out by the comparison. (A word holding a
    // byte that is no letter or digit is no piece: ruled out at a match.)
    let lower = w[0].to_ascii_lowercase();
    let pattern = u64::from_le_bytes([lower; 8]);
    let piece_at = |i: usize| {
        (i == 0 || !alnum(i - 1))
            && !alnum(i + w.len())
            && t[i..i + w.len()].eq_ignore_ascii_case(w)
            && w.iter().all(u8::is_ascii_alphanumeric)
    };
    // Where a piece may start (it ends within the text).
    let starts = t.len() - w.len() + 1;
    let mut base = 0;
    while base < starts {
        // Bit 7 of byte k set when byte `base + k` may start the word.
        let mut hits = match t.get(base..base + 8) {
            Some(eight) => {
                let y = (u64::from_le_bytes(eight.try_into().expect("eight bytes")) | CASE) ^ pattern;
                // (Exact: a byte's low seven bits plus 0x7f carry into its
                // bit 7, never out of it.)
                !(((y & LOW7) + LOW7) | y | LOW7)
            }
            None => t[base..].iter().enumerate().filter(|&(_, &b)| b | 0x20 == lower).fold(0, |m, (k, _)| m | 0x80 << (8 * k)),
        };
        while hits != 0 {
            let i = base + hits.trailing_zeros() as usize / 8;
            if i >= starts {
                break;
            }
            if piece_at(i) {
                return true;
            }
            hits &= hits - 1;
        }
        base += 8;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_len_is_the_length_of_the_character_a_lead_byte_starts() {
        for c in ['a', '\n', 'é', 'ÿ', 'Σ', '’', 'โ', '\u{FFFF}', '𝄞', '\u{10FFFF}'] {
            let mut buf = [0; 4];
            assert_eq!(char_len(c.encode_utf8(&mut buf).as_bytes()[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn alnum_runs_end_where_a_byte_by_byte_search_ends() {
        for v in 0..=255u8 {
            for pos in 0..12 {
                let mut b = vec![b'a'; 12];
                b[pos] = v;
                for from in 0..=b.len() {
                    let want = b[from..].iter().position(|c| !c.is_ascii_alphanumeric()).map_or(b.len(), |i| from + i);
                    assert_eq!(alnum_end(&b, from), want, "{v} at {pos} from {from}");
                }
            }
        }
    }

    /// The next number of a xorshift sequence (the random words' bytes).
    fn xorshift(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn the_first_stop_is_where_a_byte_by_byte_search_stops() {
        // Words mixing letters and digits with bytes outside ASCII, whose
        // sums carry into the next byte, and the bytes around each range.
        let alphabet = [0u8, b' ', b'/', b'0', b'9', b':', b'@', b'A', b'Z', b'[', b'`', b'a', b'z', b'{', 0x7F, 0x80, 0xB0, 0xC3, 0xFF];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..200_000 {
            let mut b = [0u8; 8];
            for byte in &mut b {
                let r = xorshift(&mut seed);
                *byte = if r.is_multiple_of(3) { b'k' } else { alphabet[(r / 3 % alphabet.len() as u64) as usize] };
            }
            let want = b.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(8);
            assert_eq!(stops(u64::from_le_bytes(b)).trailing_zeros() as usize / 8, want, "{b:?}");
        }
    }

    #[test]
    fn first_stops_are_where_a_byte_by_byte_search_stops() {
        // Every byte value in every place of a word, among letters and
        // digits or after a stop.
        for v in 0..=255u8 {
            for pos in 0..8 {
                for fill in [b'k', b'Q', b'5', b' '] {
                    let mut b = [fill; 8];
                    b[pos] = v;
                    let want = b.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(8);
                    assert_eq!(first_stop(u64::from_le_bytes(b)), want, "{b:?}");
                }
            }
        }
    }

    #[test]
    fn wide_first_stops_are_where_a_byte_by_byte_search_stops() {
        for v in 0..=255u8 {
            for pos in 0..WIDE {
                for fill in [b'k', b'Q', b'5', b' '] {
                    let mut b = [fill; WIDE];
                    b[pos] = v;
                    let want = b.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(WIDE);
                    assert_eq!(first_stop_wide(&b), want, "{b:?}");
                }
            }
        }
    }

    #[test]
    fn plain_runs_end_where_a_byte_by_byte_search_ends() {
        let plain = |c: &u8| *c > b' ' && *c < 0x80;
        for v in 0..=255u8 {
            for pos in 0..12 {
                for fill in [b'k', b'!', b'~', 0x7F] {
                    let mut b = vec![fill; 12];
                    b[pos] = v;
                    for from in 0..=b.len() {
                        let want = b[from..].iter().position(|c| !plain(c)).map_or(b.len(), |i| from + i);
                        assert_eq!(plain_end(&b, from), want, "{v} at {pos} from {from} among {fill}");
                        if let Some(w) = word_at(&b, from) {
                            assert_eq!(first_not_plain_by_words(w), (want - from).min(8), "{v} at {pos} from {from} among {fill}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn finds_what_a_byte_by_byte_search_finds() {
        let wanted = [b'\'', b'"', b'`'];
        let texts = [
            "",
            "plain words and no marks at all in this line",
            "a'b",
            "12345678'",
            "1234567\"",
            "“x”",
            "abc\x00\x01'",
            "\x01\x00\x01\x00\x01\x00\x01\x00`",
            "éa",
            "abcdefgh\u{7f}\u{7f}\u{80}",
        ];
        for t in texts {
            for from in 0..=t.len() {
                let b = &t.as_bytes()[from..];
                let want = b.iter().position(|c| *c >= 0x80 || wanted.contains(c));
                assert_eq!(find_special(b, wanted), want, "{t:?} from {from}");
            }
        }
        // Every byte value in every position of a word.
        for v in 0..=255u8 {
            for pos in 0..9 {
                let mut b = vec![b'a'; 12];
                b[pos] = v;
                let want = b.iter().position(|c| *c >= 0x80 || wanted.contains(c));
                assert_eq!(find_special(&b, wanted), want, "{v} at {pos}");
            }
        }
    }

    #[test]
    fn the_search_by_blocks_finds_what_the_search_by_words_finds() {
        let wanted = [b'<', b'&', b'\n', b'B'];
        // Every byte value in every position of two blocks and a tail.
        for v in 0..=255u8 {
            for pos in 0..70 {
                let mut b = [b'a'; 70];
                b[pos] = v;
                for from in [0, 1, 7, 33] {
                    assert_eq!(find_special_far(&b[from..], wanted), find_special(&b[from..], wanted), "{v} at {pos} from {from}");
                }
            }
        }
    }

    #[test]
    fn a_borrow_never_flags_a_byte_before_the_first_find() {
        // Words mixing wanted bytes with their neighbours, zeros, ones and
        // bytes outside ASCII, where one byte's test borrows from the next.
        let wanted = [b'\'', b'"', b'`', b'B'];
        let alphabet = [0u8, 1, 2, b'&', b'\'', b'(', b'!', b'"', b'#', b'_', b'`', b'a', b'A', b'B', b'C', 0x7F, 0x80, 0x81, 0xC3, 0xFF];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..100_000 {
            let mut b = [0u8; 16];
            for byte in &mut b {
                *byte = alphabet[(xorshift(&mut seed) % alphabet.len() as u64) as usize];
            }
            let want = b.iter().position(|c| *c >= 0x80 || wanted.contains(c));
            assert_eq!(find_special(&b, wanted), want, "{b:?}");
        }
    }

    /// The ASCII search agrees with a cut of the text at every byte that
    /// is no letter or digit.
    #[test]
    fn words_of_an_ascii_title_as_cut() {
        let cut = |t: &str, w: &str| t.as_bytes().split(|b| !b.is_ascii_alphanumeric()).any(|p| p.eq_ignore_ascii_case(w.as_bytes()));
        let titles = [
            "",
            "a",
            "former deputy chief of staff to Sen. Marco Rubio",
            "the RUBIO-Rubio aide, a rubio rubio rubio fan",
            "xxxxxxxRubio",
            "xxxxxxxxRubio",
            "Rubioxxxxxxxxx rubio",
            "aide to O'Neil in the office of o'neil",
            "chief of the 5G and 55G network, 5g",
            "the Rubio-era aide",
            "RUBIO's aide",
            "rubio",
            "xrubio rubiox",
            "O'Neil aide",
            "aide to o neil",
            "5G chief",
            "mr. li, li",
        ];
        let words = ["rubio", "Rubio", "o'neil", "neil", "5g", "g", "li", "aide", "a", "", "@", "x", "rubiox", "é"];
        // And the words of the titles, whole and without their first or
        // last byte.
        let pieces = titles.iter().flat_map(|t| t.split(' ')).filter(|p| !p.is_empty());
        let more: Vec<&str> = pieces.flat_map(|p| [p, &p[1..], &p[..p.len() - 1]]).collect();
        for t in titles {
            for &w in words.iter().chain(&more) {
                assert_eq!(has_word(t, w), cut(t, w), "{w:?} in {t:?}");
            }
        }
    }

    #[test]
    fn words_of_a_title() {
        assert!(has_word("the Rubio-era aide", "rubio"));
        assert!(!has_word("the Rubios' aide", "rubio"));
        assert!(has_word("José’s aide", "josé"));
        assert!(!has_word("Joséa’s aide", "josé"));
        assert!(!has_word("Müllera aide", "müller"));
        assert!(has_word("Müller aide", "müller"));
    }
}
