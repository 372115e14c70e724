//! [`ShortStr`]: a string kept inline when short, read as a `&str`.
//!
//! Most strings the engine keeps are short: an entity's name and
//! clustering key ("Marco Rubio", "rubio"), and most of the result's span
//! texts (names, cues such as "said", titles). As `String`s, each was an
//! allocation and a free, and the result's alone were about half of all
//! allocations of a run (a tenth of the time went to the allocator).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Bytes a [`ShortStr`] holds inline: 22, so that it takes the 24 bytes
/// of a `String`.
const INLINE: usize = 22;

/// A string of up to 22 bytes kept inline, else on the heap; it derefs to
/// `str` and (de)serialises as a plain string.
#[derive(Clone, PartialEq, Eq)]
pub struct ShortStr(Bytes);

/// Up to [`INLINE`] bytes, zero-padded, else on the heap. (A string has
/// one form, chosen by its length, so equal strings have equal fields.)
#[derive(Clone, PartialEq, Eq)]
enum Bytes {
    Inline(u8, [u8; INLINE]),
    Long(Box<str>),
}

impl ShortStr {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: the first `n` bytes were copied whole from a `str`
            // (`From<&str>`, the only place an inline one is made), so they
            // are valid UTF-8.
            Bytes::Inline(n, b) => unsafe { std::str::from_utf8_unchecked(&b[..usize::from(*n)]) },
            Bytes::Long(s) => s,
        }
    }
}

impl From<&str> for ShortStr {
    fn from(s: &str) -> Self {
        let (src, n) = (s.as_bytes(), s.len());
        if n > INLINE {
            return ShortStr(Bytes::Long(s.into()));
        }
        // Copied as two or three pieces of a fixed size, overlapping when
        // they must: a call to `memcpy` for a few bytes cost more.
        let mut b = [0; INLINE];
        if n >= 8 {
            let m = (n - 8).min(8);
            for at in [0, m, n - 8] {
                b[at..at + 8].copy_from_slice(&src[at..at + 8]);
            }
        } else if n >= 4 {
            for at in [0, n - 4] {
                b[at..at + 4].copy_from_slice(&src[at..at + 4]);
            }
        } else if n > 0 {
            for at in [0, n / 2, n - 1] {
                b[at] = src[at];
            }
        }
        ShortStr(Bytes::Inline(n as u8, b))
    }
}

impl From<String> for ShortStr {
    /// A long string keeps its buffer (shrunk to fit).
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            ShortStr::from(s.as_str())
        } else {
            ShortStr(Bytes::Long(s.into_boxed_str()))
        }
    }
}

impl From<ShortStr> for String {
    fn from(s: ShortStr) -> Self {
        match s.0 {
            Bytes::Long(b) => b.into_string(),
            Bytes::Inline(..) => s.as_str().to_owned(),
        }
    }
}

impl Default for ShortStr {
    fn default() -> Self {
        ShortStr(Bytes::Inline(0, [0; INLINE]))
    }
}

impl std::ops::Deref for ShortStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ShortStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for ShortStr {
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<&str> for ShortStr {
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == *o
    }
}

impl PartialEq<String> for ShortStr {
    fn eq(&self, o: &String) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<ShortStr> for str {
    fn eq(&self, o: &ShortStr) -> bool {
        self == o.as_str()
    }
}

impl PartialEq<ShortStr> for &str {
    fn eq(&self, o: &ShortStr) -> bool {
        *self == o.as_str()
    }
}

impl PartialEq<ShortStr> for String {
    fn eq(&self, o: &ShortStr) -> bool {
        self == o.as_str()
    }
}

impl std::fmt::Debug for ShortStr {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl std::fmt::Display for ShortStr {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl Serialize for ShortStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ShortStr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(ShortStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_as_written_short_or_long() {
        for w in ["", "rubio", "ó gallchóir", "abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstuvw", &"x".repeat(40)] {
            let k = ShortStr::from(w);
            assert_eq!(&*k, w);
            assert_eq!(k, ShortStr::from(w.to_string()));
            assert_eq!(String::from(k.clone()), w);
            assert_eq!((format!("{k:?}"), format!("{k}")), (format!("{w:?}"), w.to_string()));
            let owned = String::from(w);
            assert_eq!(k, w);
            assert_eq!(w, k);
            assert_eq!(k, owned);
            assert_eq!(owned, k);
        }
        assert!(matches!(ShortStr::from("abcdefghijklmnopqrstuv").0, Bytes::Inline(22, _)));
        assert!(matches!(ShortStr::from("abcdefghijklmnopqrstuvw".to_string()).0, Bytes::Long(_)));
        assert_ne!(ShortStr::from("lind"), ShortStr::from("lindh"));
        assert_eq!(&*ShortStr::default(), "");
    }

    /// Every inline length, copied in its pieces, reads back whole (and
    /// equals the same string made from a `String`).
    #[test]
    fn every_inline_length_reads_back() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        for n in 0..=text.len() {
            let k = ShortStr::from(&text[..n]);
            assert_eq!(&*k, &text[..n]);
            assert_eq!(k, ShortStr::from(text[..n].to_string()));
        }
    }

    #[test]
    fn serialises_as_a_plain_string() {
        for w in ["said", "Minister of Foreign Affairs of Ukraine", "“quoted”\n"] {
            let json = serde_json::to_string(&ShortStr::from(w)).unwrap();
            assert_eq!(json, serde_json::to_string(w).unwrap());
            assert_eq!(serde_json::from_str::<ShortStr>(&json).unwrap(), w);
        }
    }
}
