//! The Python binding of khabar-core: `khabar._khabar`, wrapped by the
//! pure-Python package `khabar` (`python/khabar/__init__.py`).
//!
//! A thin translation layer, like the wasm crate. The document is built
//! exactly as the CLI builds one from a file (`Document::bytes`, format
//! sniffed, encoding detected by the core's ingest), its offsets are turned
//! into code points (what Python's `str` counts), and the analysis leaves as
//! one JSON string that the package parses with `json.loads`. That keeps the
//! output byte for byte the CLI's (`salience` is an `f32`: converted to a
//! Python float field by field it would print as 0.8500000238418579, not
//! 0.85) and costs one copy rather than one Python object per field built
//! under the GIL.
//!
//! Analysis, serialization and merging run with the GIL released
//! ([`Python::detach`]), so a thread pool scales across cores. Every core
//! error becomes a `ValueError` carrying the core's message, in one place
//! ([`value_error`]).

use khabar_core::offsets::{self, Unit};
use khabar_core::{Analysis, Document, Format, LangHint, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

fn value_error(message: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(message.to_string())
}

/// The bytes of the input: a `str` as UTF-8, or `bytes`/`bytearray` as
/// they are, to be decoded by the core as a file is.
fn input_bytes(input: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = input.cast::<PyString>() {
        str_bytes(s)
    } else if let Ok(b) = input.cast::<PyBytes>() {
        Ok(b.as_bytes().to_vec())
    } else if let Ok(b) = input.cast::<PyByteArray>() {
        Ok(b.to_vec())
    } else {
        let found = input
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        Err(PyTypeError::new_err(format!(
            "expected the article as str or bytes, but found {found}"
        )))
    }
}

/// A `str` as UTF-8. A lone surrogate (which UTF-8 cannot hold) becomes one
/// U+FFFD, so offsets still count the code points of the caller's string;
/// a lossy UTF-8 conversion would write three.
fn str_bytes(s: &Bound<'_, PyString>) -> PyResult<Vec<u8>> {
    if let Ok(text) = s.to_cow() {
        return Ok(text.into_owned().into_bytes());
    }
    let raw = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let raw = raw.cast::<PyBytes>()?.as_bytes();
    let text: String = raw
        .chunks_exact(4)
        .map(|c| {
            let unit = c.try_into().map_or(u32::MAX, u32::from_le_bytes);
            char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect();
    Ok(text.into_bytes())
}

/// What the caller knows about the article besides its bytes.
struct Known {
    date: Option<String>,
    lang: String,
    format: String,
    id: Option<String>,
    name: Option<String>,
}

/// Builds the document as the CLI does for a file: raw bytes, encoding
/// left to the core, and the format too unless the caller names one.
fn document(bytes: Vec<u8>, known: Known) -> PyResult<Document> {
    let Known {
        date,
        lang,
        format,
        id,
        name,
    } = known;
    let lang = LangHint::parse(&lang).ok_or_else(|| {
        value_error(format!(
            "expected lang to be \"auto\", \"en\" or \"hi\", but found {lang:?}"
        ))
    })?;
    let format = match format.as_str() {
        "auto" => Format::Auto,
        "text" => Format::Text,
        "html" => Format::Html,
        "markdown" => Format::Markdown,
        other => {
            return Err(value_error(format!(
                "expected format to be \"auto\", \"text\", \"html\" or \"markdown\", but found {other:?}"
            )))
        }
    };
    let mut doc = Document::bytes(bytes).with_lang(lang).with_format(format);
    doc.id = id;
    doc.name = name;
    doc.date = date;
    Ok(doc)
}

/// One analysis with code-point offsets, as JSON: what `khabar analyze
/// FILE --format json` prints in `documents`.
fn analysis_json(doc: &Document) -> Result<String, String> {
    let mut analysis = khabar_core::analyze(doc, &Options::default()).map_err(|e| e.to_string())?;
    offsets::convert(&mut analysis, Unit::CodePoint);
    serde_json::to_string(&analysis).map_err(|e| format!("cannot write the analysis as JSON: {e}"))
}

/// The merged corpus of analyses given as a JSON array, as JSON: what
/// `khabar analyze FILES --format json` prints in `corpus`.
fn merge_json_str(analyses: &str) -> Result<String, String> {
    let analyses: Vec<Analysis> = serde_json::from_str(analyses).map_err(|e| {
        format!("expected a list of analyses as khabar.analyze returns them, but {e}")
    })?;
    let corpus = khabar_core::merge(&analyses);
    serde_json::to_string(&corpus).map_err(|e| format!("cannot write the corpus as JSON: {e}"))
}

/// The compiled part of the `khabar` package; use `khabar.analyze` and
/// `khabar.merge` rather than these.
#[pymodule(name = "_khabar")]
mod khabar_module {
    use super::*;

    /// Analyzes one article (str, or the raw bytes of a file in any
    /// encoding) and returns the analysis as a JSON string, offsets in code
    /// points.
    #[pyfunction]
    #[pyo3(signature = (input, date = None, lang = "auto".to_string(), format = "auto".to_string(), id = None, name = None))]
    fn analyze_json(
        py: Python<'_>,
        input: &Bound<'_, PyAny>,
        date: Option<String>,
        lang: String,
        format: String,
        id: Option<String>,
        name: Option<String>,
    ) -> PyResult<String> {
        let known = Known {
            date,
            lang,
            format,
            id,
            name,
        };
        let doc = document(input_bytes(input)?, known)?;
        py.detach(|| analysis_json(&doc)).map_err(value_error)
    }

    /// Merges analyses given as a JSON array into one corpus, returned as a
    /// JSON string.
    #[pyfunction]
    fn merge_json(py: Python<'_>, analyses: &str) -> PyResult<String> {
        let analyses = analyses.to_string();
        py.detach(|| merge_json_str(&analyses)).map_err(value_error)
    }

    /// The version of the analyzer (Python's name for it).
    #[allow(non_upper_case_globals)]
    #[pymodule_export]
    const __version__: &str = env!("CARGO_PKG_VERSION");
}
