//! `quotelight.compare`: versions of one story side by side, from the
//! engine's `compare`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::{options, text};

/// Compares 2–12 versions of one story: each annotated, and the quotes they
/// share grouped, with word diffs against the fullest version. `names` labels
/// the texts (default "Article 1", …); the options are those of `annotate`.
/// Returns a dict (documents, groups, people); raises ValueError for too few
/// or too many texts or a `names` of another length.
#[pyfunction]
#[pyo3(signature = (texts, names = None, offsets = "chars", indirect = true, repair = true))]
pub fn compare<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    names: Option<Vec<String>>,
    offsets: &str,
    indirect: bool,
    repair: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let options = options::parse(offsets, indirect, repair)?;
    let texts = text::many(texts, "compare")?;
    let names = match names {
        None => (1..=texts.len()).map(|i| format!("Article {i}")).collect(),
        Some(names) if names.len() == texts.len() => names,
        Some(names) => {
            return Err(PyValueError::new_err(format!("compare: {} names for {} texts", names.len(), texts.len())));
        }
    };
    let articles: Vec<engine::Article> = names.into_iter().zip(texts).map(|(name, text)| engine::Article { name, text }).collect();
    let comparison = py.detach(|| engine::compare(&articles, &options));
    let comparison = comparison.map_err(|e| PyValueError::new_err(format!("quotelight: {e}")))?;
    crate::to_python(py, &comparison)
}
