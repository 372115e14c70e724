//! Python `str` → Rust `str`, keeping one char per Python code point.
//!
//! A Python string may hold lone surrogates ("\ud800"), which UTF-8 cannot.
//! Each becomes one U+FFFD, so code-point offsets still index the caller's
//! string, as lone UTF-16 surrogates do in the wasm build.

use std::borrow::Cow;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// Every text of an iterable of str. One str is refused: it is iterable too,
/// but annotating it character by character is never what was meant.
pub fn many(texts: &Bound<'_, PyAny>, function: &str) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyValueError::new_err(format!("{function} takes a collection of texts, not one str")));
    }
    texts.try_iter()?.map(|item| to_rust(item?.cast::<PyString>()?).map(|t| t.into_owned())).collect()
}

pub fn to_rust<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    if let Ok(s) = text.to_str() {
        return Ok(Cow::Borrowed(s));
    }
    // UTF-32 is one 4-byte unit per code point, surrogates included.
    let encoded = text.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    Ok(Cow::Owned(from_utf32_lossy(bytes)))
}

fn from_utf32_lossy(bytes: &[u8]) -> String {
    bytes
        .chunks_exact(4)
        .map(|b| char::from_u32(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_become_one_replacement_each() {
        let units: [u32; 4] = [0x41, 0xD800, 0x1F600, 0xDC00];
        let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(from_utf32_lossy(&bytes), "A\u{FFFD}\u{1F600}\u{FFFD}");
    }
}
