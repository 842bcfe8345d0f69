//! Ingestion: from the bytes of a file to plain text and metadata.

use crate::document::{Document, Options};
use crate::error::{Error, ErrorKind};
use crate::model::{Dateline, Embed, Links, Span};

/// What ingestion hands to the rest of the pipeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ingested {
    /// The analysis id.
    pub id: String,
    /// The plain text; every later offset refers to it.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The byline.
    pub byline: Option<String>,
    /// The reference date, ISO.
    pub published: Option<String>,
    /// Where `published` came from.
    pub published_source: Option<String>,
    /// The wire dateline.
    pub dateline: Option<Dateline>,
    /// Paragraph ranges of `text`.
    pub paragraphs: Vec<Span>,
    /// Ranges of `text` that are not article prose (captions, credits,
    /// "Read also" lines, the dateline, embedded posts' signature lines).
    pub furniture: Vec<Span>,
    /// Embedded posts.
    pub embeds: Vec<Embed>,
    /// URLs, handles, hashtags.
    pub links: Links,
    /// Notes for the user.
    pub warnings: Vec<String>,
}

/// Reads a document.
pub fn ingest(doc: &Document, options: &Options) -> Result<Ingested, Error> {
    if doc.bytes.len() > options.max_bytes {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the document is {} bytes, over the limit of {} bytes; split it into smaller files",
                doc.bytes.len(),
                options.max_bytes
            ),
        ));
    }
    let text = String::from_utf8_lossy(&doc.bytes).into_owned();
    let mut warnings = Vec::new();
    let (published, published_source) = match &doc.date {
        Some(d) => {
            if d.parse::<jiff::civil::Date>().is_err() {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    format!("expected a date as YYYY-MM-DD, but found {d:?}"),
                ));
            }
            (Some(d.clone()), Some("caller".to_string()))
        }
        None => {
            warnings.push(
                "no publication date found; relative dates are left unresolved (pass a date)"
                    .to_string(),
            );
            (None, None)
        }
    };
    if text.trim().is_empty() {
        warnings.push("the document is empty".to_string());
    }
    let id = doc
        .id
        .clone()
        .or_else(|| doc.name.clone())
        .unwrap_or_else(|| "doc".to_string());
    Ok(Ingested {
        id,
        paragraphs: vec![Span {
            start: 0,
            end: text.len(),
        }],
        text,
        published,
        published_source,
        warnings,
        ..Ingested::default()
    })
}
