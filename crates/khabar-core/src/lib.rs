//! khabar-core: read a news article, find who, what, where and when.
//!
//! The core is pure: it takes bytes, an optional reference date and options,
//! and returns plain data. It does no I/O, never reads the clock and knows
//! nothing of WebAssembly, so the CLI and the browser run the very same code.
//!
//! ```
//! use khabar_core::{analyze, Document, Options};
//!
//! let doc = Document::text("NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday.")
//!     .with_date("2024-12-05");
//! let analysis = analyze(&doc, &Options::default()).unwrap();
//! assert_eq!(analysis.published.as_deref(), Some("2024-12-05"));
//! ```
//!
//! The pipeline reads off the module list, in order; each stage reads the
//! shared layers below it ([`context`], [`model`]) and the output of the
//! stages before it, never the pipeline above it or a sibling's internals:
//!
//! 1. [`ingest`]: bytes → plain text, metadata, dateline, embeds;
//! 2. [`segment`]: paragraphs, sentences, tokens, language;
//! 3. [`entities`]: people, organizations, places, with their mentions;
//! 4. [`time`]: time expressions, normalized against the reference date;
//! 5. [`figures`]: money, percentages, quantities and counts, with values;
//! 6. [`quotes`]: who said what;
//! 7. [`relations`]: who met whom, visited where, holds which role;
//! 8. [`events`]: dated happenings and the document's timeline;
//! 9. [`merge`](mod@merge): one corpus across documents.
//!
//! `pipeline` runs stages 1–8 on one document ([`analyze`]).

// The shared layers below every stage.
mod calendar;
mod clause;
pub mod context;
mod document;
mod error;
pub mod model;
pub mod offsets;
mod text;
mod util;

// The stages, in pipeline order (one group each, so that rustfmt keeps the
// order).
pub mod ingest;

pub mod segment;

pub mod entities;

pub mod time;

pub mod figures;

pub mod quotes;

pub mod relations;

pub mod events;

pub mod merge;

// The pipeline above them all.
mod pipeline;

pub use document::{Document, Format, LangHint, Options};
pub use error::{Error, ErrorKind};
pub use merge::merge;
pub use model::*;
pub use pipeline::analyze;
