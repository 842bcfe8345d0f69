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
//! The pipeline reads off the module list, in order:
//! [`ingest`] (bytes → plain text, metadata, dateline, embeds) →
//! [`segment`] (paragraphs, sentences, tokens, language) →
//! [`entities`] → [`time`] → [`quotes`] (and relations) → [`events`] (and the
//! per-document timeline) → [`merge`] (one corpus across documents).

mod document;
mod error;
pub mod model;
pub mod offsets;
mod pipeline;
mod util;

pub mod entities;
pub mod events;
pub mod ingest;
pub mod merge;
pub mod quotes;
pub mod relations;
pub mod segment;
pub mod time;

pub use document::{Document, Format, LangHint, Options};
pub use error::{Error, ErrorKind};
pub use merge::merge;
pub use model::*;
pub use pipeline::analyze;
