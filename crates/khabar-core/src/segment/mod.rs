//! Segmentation: sentences, tokens and the language of each sentence.

use crate::document::LangHint;
use crate::model::Span;

/// A language khabar knows about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Hindi.
    Hi,
    /// Another language, by its BCP-47 code; analyzed only as far as the
    /// language-independent parts go.
    Other(&'static str),
    /// Undetermined (too short, only digits, …).
    Und,
}

impl Lang {
    /// The BCP-47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Other(code) => code,
            Lang::Und => "und",
        }
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (any script), with inner apostrophes, hyphens and dots of
    /// abbreviations.
    Word,
    /// Digits (ASCII or Devanagari), with inner separators: "1,000", "3.5", "१०".
    Number,
    /// Punctuation.
    Punct,
    /// A URL.
    Url,
    /// An @handle.
    Handle,
    /// A #hashtag.
    Hashtag,
    /// Anything else: emoji, symbols.
    Symbol,
}

/// A token: a byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

/// A sentence: its range, its tokens and its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceInfo {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// The sentence's tokens, as a range of [`Segmented::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// Its language.
    pub lang: Lang,
}

/// The result of segmentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segmented {
    /// The document's main language.
    pub lang: Lang,
    /// Sentences, in order.
    pub sentences: Vec<SentenceInfo>,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// Notes for the user.
    pub warnings: Vec<String>,
}

/// Splits `text` into sentences and tokens, skipping the `furniture` ranges
/// (captions, "Read also" lines, credits).
pub fn segment(text: &str, furniture: &[Span], hint: LangHint) -> Segmented {
    // Placeholder until the segmentation stage lands: one sentence per
    // non-empty line, whitespace-separated tokens.
    let _ = furniture;
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            let first = tokens.len();
            let mut pos = offset;
            for word in trimmed.split_whitespace() {
                let start = pos + trimmed[pos - offset..].find(word).unwrap_or(0);
                tokens.push(Token {
                    start,
                    end: start + word.len(),
                    kind: TokenKind::Word,
                });
                pos = start + word.len();
            }
            let lead = trimmed.len() - trimmed.trim_start().len();
            sentences.push(SentenceInfo {
                start: offset + lead,
                end: offset + trimmed.len(),
                tokens: first..tokens.len(),
                lang: Lang::Und,
            });
        }
        offset += line.len();
    }
    let lang = match hint {
        LangHint::En => Lang::En,
        LangHint::Hi => Lang::Hi,
        LangHint::Auto => {
            if text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)) {
                Lang::Hi
            } else {
                Lang::En
            }
        }
    };
    Segmented {
        lang,
        sentences,
        tokens,
        warnings: Vec::new(),
    }
}
