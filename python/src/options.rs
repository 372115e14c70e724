//! Python keyword arguments → the engine's `Options`, with Python's errors.

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;

use engine::{OffsetUnit, Options};

/// Builds the options; an unknown offset unit is a `ValueError` naming the choices.
pub fn parse(offsets: &str, indirect: bool, repair: bool) -> PyResult<Options> {
    let offsets =
        unit(offsets).ok_or_else(|| PyValueError::new_err(format!("offsets must be \"chars\", \"utf16\" or \"utf8\", not {offsets:?}")))?;
    Ok(Options { offsets, indirect, repair })
}

fn unit(name: &str) -> Option<OffsetUnit> {
    match name {
        "chars" => Some(OffsetUnit::Chars),
        "utf16" => Some(OffsetUnit::Utf16),
        "utf8" => Some(OffsetUnit::Utf8),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_units() {
        assert_eq!(unit("chars"), Some(OffsetUnit::Chars));
        assert_eq!(unit("utf16"), Some(OffsetUnit::Utf16));
        assert_eq!(unit("utf8"), Some(OffsetUnit::Utf8));
        assert_eq!(unit("UTF8"), None);
        assert_eq!(unit("bytes"), None);
    }
}
