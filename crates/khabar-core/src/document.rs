//! What the caller hands to [`crate::analyze`]: the article and its options.

use serde::{Deserialize, Serialize};

/// How to read a document's bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Sniff: HTML when it looks like markup, Markdown when the file name
    /// says so, plain text otherwise.
    #[default]
    Auto,
    Text,
    Html,
    Markdown,
}

/// The caller's word on the article's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangHint {
    /// Detect per document and per sentence.
    #[default]
    Auto,
    /// English.
    En,
    /// Hindi.
    Hi,
}

impl LangHint {
    /// Parses "auto", "en", "hi" (any case); `None` for anything else.
    pub fn parse(s: &str) -> Option<LangHint> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "auto" => Some(LangHint::Auto),
            "en" | "eng" | "english" => Some(LangHint::En),
            "hi" | "hin" | "hindi" => Some(LangHint::Hi),
            _ => None,
        }
    }
}

/// One article: its bytes and what the caller knows about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The caller's id; the analysis uses it as its `id`.
    pub id: Option<String>,
    /// The file name it came from, if any: used for format sniffing and as
    /// a fallback id.
    pub name: Option<String>,
    /// The raw bytes: UTF-8, UTF-16 with BOM, or a legacy encoding.
    pub bytes: Vec<u8>,
    /// How to read `bytes`.
    pub format: Format,
    /// The reference date (ISO `YYYY-MM-DD`) that wins over anything found
    /// in the article.
    pub date: Option<String>,
    /// The caller's word on the language.
    pub lang: LangHint,
}

impl Document {
    /// Plain text (UTF-8).
    pub fn text(text: impl Into<String>) -> Document {
        Document {
            bytes: text.into().into_bytes(),
            format: Format::Text,
            ..Document::default()
        }
    }

    /// An HTML page.
    pub fn html(html: impl Into<String>) -> Document {
        Document {
            bytes: html.into().into_bytes(),
            format: Format::Html,
            ..Document::default()
        }
    }

    /// Raw bytes of unknown encoding and format, as read from a file.
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Document {
        Document {
            bytes: bytes.into(),
            format: Format::Auto,
            ..Document::default()
        }
    }

    /// Sets the id.
    pub fn with_id(mut self, id: impl Into<String>) -> Document {
        self.id = Some(id.into());
        self
    }

    /// Sets the file name.
    pub fn with_name(mut self, name: impl Into<String>) -> Document {
        self.name = Some(name.into());
        self
    }

    /// Sets the reference date (`YYYY-MM-DD`).
    pub fn with_date(mut self, date: impl Into<String>) -> Document {
        self.date = Some(date.into());
        self
    }

    /// Sets the language hint.
    pub fn with_lang(mut self, lang: LangHint) -> Document {
        self.lang = lang;
        self
    }

    /// Sets the format.
    pub fn with_format(mut self, format: Format) -> Document {
        self.format = format;
        self
    }
}

/// Options for [`crate::analyze`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Documents larger than this many bytes are refused with an error.
    pub max_bytes: usize,
    /// Read "04/12/2025" as 4 December (Indian and British copy) rather
    /// than April 12.
    pub day_first: bool,
}

/// The documented maximum document size: 50 MiB.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: MAX_BYTES,
            day_first: true,
        }
    }
}
