//! The Python module `quotelight`: [`engine::annotate`] with Python strings in
//! and plain dicts out, in the JSON format of `docs/format.md`.
//!
//! Only conversion lives here; the analysis is the engine crate's. Offsets
//! default to code points, so `text[q["start"]:q["end"]] == q["text"]`.

// The engine's `compare` (feature "compare", on by default).
#[cfg(feature = "compare")]
mod compare;
mod options;
mod parallel;
mod text;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use std::time::{Duration, Instant};

/// CPython's default switch interval: how long `annotate_many` converts
/// results with the GIL before it pauses to let other threads run.
const SWITCH_INTERVAL: Duration = Duration::from_millis(5);
/// The pause: long enough for a thread waiting on the GIL to take it.
const SWITCH_PAUSE: Duration = Duration::from_micros(200);
/// A wait for a result at least this long let other threads run as a
/// pause would, so the switch interval starts again. (The same length as
/// the pause, but a different question.)
const WAITED: Duration = Duration::from_micros(200);

// The doc comments on the #[py…] items are the Python docstrings (help()).

/// Annotates one article: its quotes, who said each and the speakers' positions.
///
/// Returns a dict in quotelight's JSON format. `offsets` is the unit of every
/// start/end: "chars" (code points, so text[start:end] is the span), "utf16"
/// or "utf8" (bytes). `indirect=False` leaves out reported speech;
/// `repair=False` reads mis-decoded quotation marks as they are.
#[pyfunction]
#[pyo3(signature = (text, offsets = "chars", indirect = true, repair = true))]
fn annotate<'py>(py: Python<'py>, text: &Bound<'py, PyString>, offsets: &str, indirect: bool, repair: bool) -> PyResult<Bound<'py, PyAny>> {
    let options = options::parse(offsets, indirect, repair)?;
    let text = text::to_rust(text)?;
    // A long article takes milliseconds; let other Python threads run meanwhile.
    let result = py.detach(|| engine::annotate(&text, &options));
    to_python(py, &result)
}

/// Annotates many articles on `threads` threads (default: every core), without
/// holding the GIL while the engine works. Returns a list of dicts in input
/// order; the options are those of `annotate`.
#[pyfunction]
#[pyo3(signature = (texts, offsets = "chars", indirect = true, repair = true, threads = None))]
fn annotate_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
    indirect: bool,
    repair: bool,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let options = options::parse(offsets, indirect, repair)?;
    let texts = text::many(texts, "annotate_many")?;
    let threads = parallel::thread_count(threads, texts.len())?;
    // Workers annotate without the GIL while this thread converts each result
    // as it arrives, so the conversion (which needs the GIL) overlaps the work.
    let mut slots: Vec<Option<Bound<'py, PyAny>>> = texts.iter().map(|_| None).collect();
    let mut failed = None;
    // When the workers run ahead, results wait in the queue and this thread
    // converts one after another: the GIL is let go between them, but taken
    // back at once, faster than a waiting Python thread can claim it. So
    // after a switch interval of converting without waiting, it pauses
    // without the GIL, as the interpreter would for Python code.
    let mut holding = Instant::now();
    parallel::run(
        &texts,
        threads,
        |text| engine::annotate(text, &options),
        |results| {
            // Wait without the GIL, so other Python threads run meanwhile.
            let asked = Instant::now();
            let Some((i, result)) = py.detach(|| parallel::receive(results)) else { return false };
            if asked.elapsed() >= WAITED {
                holding = Instant::now();
            }
            match to_python(py, &result) {
                Ok(value) => slots[i] = Some(value),
                Err(err) => failed = Some(err),
            }
            if holding.elapsed() >= SWITCH_INTERVAL {
                py.detach(|| std::thread::sleep(SWITCH_PAUSE));
                holding = Instant::now();
            }
            failed.is_none()
        },
    );
    if let Some(err) = failed {
        return Err(err);
    }
    let values = slots.into_iter().collect::<Option<Vec<_>>>();
    let values = values.ok_or_else(|| PyRuntimeError::new_err("quotelight: a text was not annotated"))?;
    PyList::new(py, values)
}

/// The engine's result as dicts and lists, field for field as in the JSON.
pub(crate) fn to_python<'py, T: serde::Serialize>(py: Python<'py>, result: &T) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, result)?)
}

/// Who said what, and in what capacity: quotes, speakers and positions in news articles.
#[pymodule]
#[pyo3(name = "quotelight")]
fn quotelight_py(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many, m)?)?;
    #[cfg(feature = "compare")]
    m.add_function(wrap_pyfunction!(compare::compare, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("FORMAT_VERSION", engine::output::FORMAT_VERSION)?;
    Ok(())
}
