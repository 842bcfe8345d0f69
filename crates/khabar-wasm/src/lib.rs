//! The WebAssembly binding of khabar-core.
//!
//! A thin translation layer: JavaScript options in, plain JS objects out,
//! every error turned into a JS `Error` in one place ([`js_error`]). Offsets
//! in the result are UTF-16 code units, as JavaScript strings count.

use khabar_core::offsets::{self, Unit};
use khabar_core::{Analysis, Document, Format, LangHint, Options};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Options as JavaScript passes them: `{id?, date?, lang?, format?, name?}`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct JsOptions {
    id: Option<String>,
    name: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    format: Option<String>,
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn js_error(message: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&message.to_string()).into()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(js_error)
}

fn document(input: Vec<u8>, options: JsValue) -> Result<Document, JsValue> {
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| js_error(format!("bad options: {e}")))?
    };
    let mut doc = Document::bytes(input);
    doc.id = opts.id;
    doc.name = opts.name;
    doc.date = opts.date.filter(|d| !d.trim().is_empty());
    if let Some(lang) = opts.lang {
        doc.lang = LangHint::parse(&lang).ok_or_else(|| {
            js_error(format!(
                "expected lang to be \"auto\", \"en\" or \"hi\", but found {lang:?}"
            ))
        })?;
    }
    if let Some(format) = opts.format {
        doc.format = match format.as_str() {
            "auto" | "" => Format::Auto,
            "text" => Format::Text,
            "html" => Format::Html,
            "markdown" => Format::Markdown,
            other => {
                return Err(js_error(format!(
                    "expected format to be \"auto\", \"text\", \"html\" or \"markdown\", but found {other:?}"
                )))
            }
        };
    }
    Ok(doc)
}

fn analysis(doc: Document) -> Result<Analysis, JsValue> {
    let mut analysis = khabar_core::analyze(&doc, &Options::default()).map_err(js_error)?;
    offsets::convert(&mut analysis, Unit::Utf16);
    Ok(analysis)
}

fn run(doc: Document) -> Result<JsValue, JsValue> {
    to_js(&analysis(doc)?)
}

/// The analysis as one JSON string: one copy across the boundary, then
/// `JSON.parse` in JavaScript, instead of one JS call per field and value.
fn run_json(doc: Document) -> Result<String, JsValue> {
    serde_json::to_string(&analysis(doc)?).map_err(js_error)
}

/// Analyzes one article given as a string (text or HTML).
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    run(document(text.as_bytes().to_vec(), options)?)
}

/// Analyzes one article given as the raw bytes of a file (any encoding).
#[wasm_bindgen(js_name = analyzeBytes)]
pub fn analyze_bytes(bytes: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    run(document(bytes.to_vec(), options)?)
}

/// [`analyze_text`], returning the analysis as a JSON string (parse it with
/// `JSON.parse`): the fast path, several times quicker than building the
/// JS object field by field from WebAssembly.
#[wasm_bindgen(js_name = analyzeTextJson)]
pub fn analyze_text_json(text: &str, options: JsValue) -> Result<String, JsValue> {
    run_json(document(text.as_bytes().to_vec(), options)?)
}

/// [`analyze_bytes`], returning the analysis as a JSON string.
#[wasm_bindgen(js_name = analyzeBytesJson)]
pub fn analyze_bytes_json(bytes: &[u8], options: JsValue) -> Result<String, JsValue> {
    run_json(document(bytes.to_vec(), options)?)
}

/// Builds the compiled-in tables (lexicons, gazetteers, model weights) now
/// rather than on the first analysis, by analyzing a short English and a
/// short Hindi sentence: a page can call it while the user is still
/// choosing a file.
#[wasm_bindgen]
pub fn warm() {
    for text in [
        "NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin in Moscow on Tuesday, officials said.",
        "नई दिल्ली, 3 दिसंबर (भाषा) रक्षा मंत्री राजनाथ सिंह ने मंगलवार को मॉस्को में पुतिन से मुलाकात की।",
    ] {
        let _ = khabar_core::analyze(&Document::text(text), &Options::default());
    }
}

/// Merges analyses (as returned by `analyzeText`) into one corpus.
#[wasm_bindgen(js_name = mergeAnalyses)]
pub fn merge_analyses(analyses: JsValue) -> Result<JsValue, JsValue> {
    let analyses: Vec<Analysis> = serde_wasm_bindgen::from_value(analyses)
        .map_err(|e| js_error(format!("expected an array of analyses: {e}")))?;
    to_js(&khabar_core::merge(&analyses))
}

/// The version of the analyzer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
