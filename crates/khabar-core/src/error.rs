//! The one error type of the core.

use std::fmt;

/// Why a document could not be analyzed at all.
///
/// Most problems are not errors: invalid UTF-8, a missing date or an empty
/// file give an analysis with a warning. An error means there is nothing
/// sensible to analyze.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// What went wrong, for callers that branch on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input is a binary format (PDF, image, archive, Office file).
    Binary,
    /// The input is larger than [`crate::Options::max_bytes`].
    TooLarge,
    /// An option or a caller-given value is malformed (a bad date, say).
    InvalidInput,
}

impl Error {
    /// Builds an error; `message` says what was found and what to do.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message for the user.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
