//! Compact JSON text of a result, for the wasm boundary (`annotateJson`,
//! and `annotate` and `compare`, which parse it in JS).
//!
//! The same text `serde_json::to_string` writes (the tests compare them on
//! every result shape), written by hand: serde_json sends each key and
//! comma through `io::Write` to a `Vec` growth check and a `memory.copy`
//! in the wasm, where that was about a tenth of `annotateJson`. Numbers
//! with a fraction (only confidences, multiples of 0.1) are written by
//! integer arithmetic, which keeps the shortest-float writer and its
//! tables out of the wasm.

/// A value that writes itself as compact JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut Json);
}

/// The JSON text being written.
pub struct Json(Vec<u8>);

/// `value` as compact JSON, in a buffer of `capacity` bytes to start with
/// (a result's JSON is about twice its text: reserved at once, it is not
/// copied as it grows).
pub fn to_string(value: &impl ToJson, capacity: usize) -> String {
    let mut out = Json(Vec::with_capacity(capacity));
    value.write_json(&mut out);
    // Only whole UTF-8 strings and ASCII are ever written.
    String::from_utf8(out.0).unwrap_or_default()
}

/// `value` as compact JSON, appended to `out` (the CLI's JSON Lines, each
/// result after its file name in one buffer).
pub fn extend(out: &mut Vec<u8>, value: &impl ToJson) {
    let mut json = Json(std::mem::take(out));
    value.write_json(&mut json);
    *out = json.0;
}

/// Which bytes of a string JSON needs escaped: `"`, `\` and the controls.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

impl Json {
    /// Punctuation and keys, `{"start":`: a few bytes each, pushed one by
    /// one; an `extend_from_slice` of each cost a bulk copy call in the wasm.
    #[inline]
    pub fn raw(&mut self, s: &str) {
        for &b in s.as_bytes() {
            self.0.push(b);
        }
    }

    /// A string, escaped as serde_json escapes it (`\n`, `\t`… where JSON
    /// has a short form, `\u00XX` for the other controls).
    pub fn str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.0.reserve(bytes.len() + 2);
        self.0.push(b'"');
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if !needs_escape(b) {
                continue;
            }
            self.0.extend_from_slice(&bytes[run..i]);
            run = i + 1;
            let short = match b {
                b'"' => b'"',
                b'\\' => b'\\',
                b'\n' => b'n',
                b'\r' => b'r',
                b'\t' => b't',
                0x08 => b'b',
                0x0c => b'f',
                _ => 0,
            };
            if short != 0 {
                self.0.extend_from_slice(&[b'\\', short]);
            } else {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
            }
        }
        self.0.extend_from_slice(&bytes[run..]);
        self.0.push(b'"');
    }

    pub fn uint(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.0.push(d);
        }
    }

    pub fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    /// `value` rounded to six decimals, trailing zeros dropped but one kept
    /// ("0.7", "12.0", "-0.25"), as serde_json writes such numbers; `null`
    /// if not finite, as serde_json does. Beyond 10^13 the integer part
    /// saturates (no result has such numbers).
    pub fn decimal(&mut self, value: f64) {
        const SCALE: u64 = 1_000_000;
        if !value.is_finite() {
            return self.raw("null");
        }
        let scaled = (value.abs() * SCALE as f64).round() as u64;
        let (whole, mut fraction, mut digits) = (scaled / SCALE, scaled % SCALE, 6);
        while digits > 1 && fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        if value.is_sign_negative() && scaled != 0 {
            self.0.push(b'-');
        }
        self.uint(whole);
        self.0.push(b'.');
        // The fraction's leading zeros, then its digits.
        let mut width = 1;
        while width < digits && fraction >= 10u64.pow(width as u32) {
            width += 1;
        }
        for _ in width..digits {
            self.0.push(b'0');
        }
        self.uint(fraction);
    }

    /// `[a,b,…]`.
    pub fn array<T: ToJson>(&mut self, items: &[T]) {
        self.0.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(b',');
            }
            item.write_json(self);
        }
        self.0.push(b']');
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut Json) {
        out.uint(*self as u64);
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut Json) {
        out.uint(u64::from(*self));
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Json) {
        out.bool(*self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Json) {
        out.str(self);
    }
}

impl ToJson for crate::ShortStr {
    fn write_json(&self, out: &mut Json) {
        out.str(self);
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut Json) {
        out.decimal(*self);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Json) {
        match self {
            Some(v) => v.write_json(out),
            None => out.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Json) {
        out.array(self);
    }
}

/// `impl ToJson` for a struct, as serde's derive would write it: each
/// field by the key `"name":` in order. `?name` is a field serde skips
/// when empty (`skip_serializing_if = "Vec::is_empty"`), and
/// `name = expr` a field written from an expression of `self`.
#[macro_export]
#[doc(hidden)]
macro_rules! to_json_struct {
    ($ty:ty { $first:ident $(, $field:ident)* $(, ?$skip:ident)? }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut $crate::json::Json) {
                out.raw(concat!("{\"", stringify!($first), "\":"));
                $crate::json::ToJson::write_json(&self.$first, out);
                $(
                    out.raw(concat!(",\"", stringify!($field), "\":"));
                    $crate::json::ToJson::write_json(&self.$field, out);
                )*
                $(
                    if !self.$skip.is_empty() {
                        out.raw(concat!(",\"", stringify!($skip), "\":"));
                        $crate::json::ToJson::write_json(&self.$skip, out);
                    }
                )?
                out.raw("}");
            }
        }
    };
}

/// `impl ToJson` for a fieldless enum, each variant written as the string
/// given (serde's `rename_all = "lowercase"` names).
#[macro_export]
#[doc(hidden)]
macro_rules! to_json_enum {
    ($ty:ident { $($variant:ident = $name:literal),* }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut $crate::json::Json) {
                out.raw(match self {
                    $($ty::$variant => concat!("\"", $name, "\""),)*
                });
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(value: &impl ToJson) -> String {
        to_string(value, 0)
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all = String::new();
        for c in (0u8..0x80).map(char::from) {
            all.push(c);
        }
        all.push_str("é’“”\u{2028}\u{2029}\u{1F600}\\\"end");
        for s in [String::new(), all, "\"".into(), "a\\".into(), "\u{7f}".into(), "plain words".into()] {
            assert_eq!(json(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for n in [0usize, 7, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(json(&n), serde_json::to_string(&n).unwrap());
        }
        // Confidences: serde_json's shortest float for tenths.
        for tenth in 0..=10 {
            let v = f64::from(tenth) / 10.0;
            assert_eq!(json(&v), serde_json::to_string(&v).unwrap(), "{v}");
        }
        for (v, text) in [(0.25, "0.25"), (-0.25, "-0.25"), (12.0, "12.0"), (0.05, "0.05"), (1.000001, "1.000001"), (-0.0, "0.0")] {
            assert_eq!(json(&v), text);
        }
        assert_eq!(json(&f64::NAN), "null");
        assert_eq!(json(&f64::INFINITY), "null");
    }

    #[test]
    fn options_and_arrays() {
        let v: Vec<Option<usize>> = vec![Some(3), None, Some(0)];
        assert_eq!(json(&v), "[3,null,0]");
        assert_eq!(json(&Vec::<bool>::new()), "[]");
        assert_eq!(json(&vec![true, false]), "[true,false]");
    }
}
