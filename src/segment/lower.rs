//! Every token's lower-cased form, computed once per document.
//!
//! Word lists are compared in lower case with straight apostrophes, and the
//! later stages ask for a token's lowered form about a hundred times per
//! token; lowering on each call (`to_lowercase().replace(..)`, two
//! allocations) was the engine's largest cost. [`Lowered`] lowers each
//! token once into one buffer and [`Lower`] hands out borrowed slices that
//! read like the `String`s they replace.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use super::Token;

/// Token `i`'s lowered text: the document lowered as ASCII, where an ASCII
/// token reads its form in place (at the token's own offsets), then the
/// forms of the other tokens ([`Token::non_ascii`]), whose ranges are kept
/// apart. A range for every token was 16 bytes per token, the largest part
/// of the engine's memory after the tokens themselves.
#[derive(Debug, Default)]
pub(super) struct Lowered {
    buf: String,
    /// `(token, start, end)` of each token lowered apart, by token.
    apart: Vec<(usize, usize, usize)>,
    /// For each block of [`BLOCK`] tokens up to the last one lowered
    /// apart, the index in `apart` of the first entry at or after the
    /// block's first token: [`Lowered::get_apart`] reads on from there a
    /// few entries, where a search by halves of all of them took about 90
    /// instructions a token (4 bytes per 64 tokens).
    blocks: Vec<u32>,
}

/// Tokens per entry of [`Lowered::blocks`].
const BLOCK: usize = 64;

impl Lowered {
    /// `ascii_lower` is `text.to_ascii_lowercase()`: one pass over the
    /// whole text instead of one small copy per token. The tokens lowered
    /// apart are added by the tokenizer as it makes them ([`Lowered::add`]).
    pub(super) fn new(ascii_lower: String) -> Self {
        // About one token in 250 bytes of news text is lowered apart
        // (reserved a little above): growing from empty cost more than
        // the lowering.
        let apart = Vec::with_capacity(ascii_lower.len() / 128);
        // And a block per 64 tokens, a token per five bytes or so
        // (reserved a little above).
        let blocks = Vec::with_capacity(ascii_lower.len() / 256 + 1);
        Lowered { buf: ascii_lower, apart, blocks }
    }

    /// Lowers token `i`, which reads `tok` and is marked
    /// [`Token::non_ascii`], apart: added in token order.
    pub(super) fn add(&mut self, i: usize, tok: &str) {
        self.note(i);
        let at = self.buf.len();
        push_lower(&mut self.buf, tok);
        self.apart.push((i, at, self.buf.len()));
    }

    /// [`Lowered::add`] for a token of one character `c` of General
    /// Punctuation (U+2000 to U+206F: curly marks, dashes, `…`, most
    /// tokens outside ASCII), at `start..end` of the text. None of them
    /// has case: its lowered form is already in the buffer, at the text's
    /// own offsets, unless it is `’`, made straight.
    pub(super) fn add_mark(&mut self, i: usize, c: char, start: usize, end: usize) {
        debug_assert!(('\u{2000}'..='\u{206F}').contains(&c));
        self.note(i);
        let (start, end) = if c == '’' {
            self.buf.push('\'');
            (self.buf.len() - 1, self.buf.len())
        } else {
            (start, end)
        };
        self.apart.push((i, start, end));
    }

    /// Notes that token `i`, after every token lowered apart so far, is
    /// lowered apart next: the blocks up to its own start here.
    fn note(&mut self, i: usize) {
        debug_assert!(self.apart.last().is_none_or(|&(j, _, _)| j < i));
        while self.blocks.len() <= i / BLOCK {
            self.blocks.push(self.apart.len() as u32);
        }
    }

    /// How many tokens were lowered apart so far: every token marked
    /// [`Token::non_ascii`] is.
    pub(super) fn apart(&self) -> usize {
        self.apart.len()
    }

    /// Bytes `start..end` of the text lowered as ASCII: the buffer opens
    /// with the whole text so lowered.
    pub(super) fn ascii(&self, start: usize, end: usize) -> &str {
        &self.buf[start..end]
    }

    /// The lowered form of token `i`, which is `t`. Asked about a hundred
    /// times per token: the ASCII case is inlined, the rest is not.
    #[inline]
    pub(super) fn get(&self, i: usize, t: Token) -> &str {
        if !t.non_ascii {
            debug_assert!(self.buf.is_char_boundary(t.start) && self.buf.is_char_boundary(t.end) && t.start <= t.end);
            // SAFETY: the buffer opens with the text lowered as ASCII, which
            // has the text's character boundaries, and a token's ends are
            // boundaries of the text (see the note on `Doc`'s `text` field).
            return unsafe { self.buf.get_unchecked(t.start..t.end) };
        }
        self.get_apart(i)
    }

    #[inline(never)]
    fn get_apart(&self, i: usize) -> &str {
        // (Token `i` was lowered apart, so its block is noted and its entry
        // ends the walk.)
        let mut k = self.blocks[i / BLOCK] as usize;
        while self.apart[k].0 < i {
            k += 1;
        }
        let (j, start, end) = self.apart[k];
        debug_assert_eq!(j, i);
        &self.buf[start..end]
    }
}

/// Appends `tok.to_lowercase().replace('’', "'")` to `buf`, byte for byte,
/// without allocating.
fn push_lower(buf: &mut String, tok: &str) {
    if tok.is_ascii() {
        let at = buf.len();
        buf.push_str(tok);
        buf[at..].make_ascii_lowercase();
    } else {
        // Per character this is what `str::to_lowercase` does for any
        // character but 'Σ', met in the same pass (not searched for first:
        // a search per token was most of this).
        let at = buf.len();
        for c in tok.chars() {
            if c == 'Σ' {
                // Capital sigma lowers by its position in the word; leave
                // that to the standard library.
                buf.truncate(at);
                buf.push_str(&tok.to_lowercase().replace('’', "'"));
                return;
            }
            for l in c.to_lowercase() {
                buf.push(if l == '’' { '\'' } else { l });
            }
        }
    }
}

/// A token lower-cased, with curly apostrophes made straight: a borrowed
/// `&str` that compares, derefs and prints like the `String` that
/// `Doc::lower` used to return, so call sites read the same.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lower<'a>(pub(super) &'a str);

impl<'a> Lower<'a> {
    /// The lowered text, borrowed from the document.
    pub fn as_str(self) -> &'a str {
        self.0
    }
}

impl Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self.0
    }
}

/// Lets `[Lower]::join(" ")` build phrases.
impl Borrow<str> for Lower<'_> {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.0.to_string()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.0 == other.as_str()
    }
}

impl PartialEq<Lower<'_>> for str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self == other.0
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        *self == other.0
    }
}

impl PartialEq<Lower<'_>> for String {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.as_str() == other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_like_to_lowercase_and_straightens_apostrophes() {
        for tok in ["The", "DIDN’T", "Jean-Noël", "ΟΔΟΣ", "Σ", "ΣΑ", "Ὀ’ΣΑ", "İstanbul", "’", "“", "ẞ", "ǅ", "Ⅻ", "U.S."]
        {
            let mut buf = String::new();
            push_lower(&mut buf, tok);
            assert_eq!(buf, tok.to_lowercase().replace('’', "'"), "{tok}");
        }
    }

    #[test]
    fn marks_are_lowered_in_place() {
        for c in '\u{2000}'..='\u{206F}' {
            let text = format!("A{c}");
            let mut l = Lowered::new(text.to_ascii_lowercase());
            l.add_mark(1, c, 1, text.len());
            let tok = Token { start: 1, end: text.len(), kind: super::super::TokKind::Punct, non_ascii: true, cap: false, sent: 0 };
            assert_eq!(l.get(1, tok), c.to_lowercase().to_string().replace('’', "'"), "{c:?}");
        }
    }

    #[test]
    fn compares_like_a_string() {
        let l = Lower("the");
        let owned = String::from("the");
        assert_eq!(l, "the");
        assert_eq!("the", l);
        assert_eq!(l, owned);
        assert_eq!(owned, l);
        assert!(l.starts_with("th") && ["a", "the"].contains(&l.as_str()));
        assert_eq!([Lower("point"), Lower("out")].join(" "), "point out");
        assert_eq!(format!("{l} {l:?}"), "the \"the\"");
    }
}
