//! The context every stage reads: the plain text and its structure.
//!
//! It sits below every stage so that a stage depends on the data it reads,
//! never on the pipeline that runs it: the pipeline builds one [`Context`]
//! after ingestion and segmentation and hands it to each stage in turn;
//! tests and tools that start from plain text build theirs with
//! [`Plain`], through the same constructor.

pub(crate) mod mentions;
pub(crate) mod shared;

use crate::document::{LangHint, Options};
use crate::model::{Dateline, Embed, Span};
use crate::segment::{Lang, Segmented, SentenceInfo, Token};
use crate::text::atoms::Atoms;

/// What every stage after ingestion reads: the text and its structure.
///
/// Offsets are byte offsets into `text`.
pub struct Context<'a> {
    /// The plain text being analyzed.
    pub text: &'a str,
    /// The document's main language.
    pub lang: Lang,
    /// Paragraph ranges.
    pub paragraphs: &'a [Span],
    /// Sentences, each with its token range and language.
    pub sentences: &'a [SentenceInfo],
    /// All tokens of all sentences, in order.
    pub tokens: &'a [Token],
    /// The atoms of the whole text, which every stage's tokens group.
    pub(crate) atoms: &'a Atoms,
    /// The reference date, if any.
    pub reference: Option<jiff::civil::Date>,
    /// The wire dateline, if any.
    pub dateline: Option<&'a Dateline>,
    /// Embedded posts.
    pub embeds: &'a [Embed],
    /// The caller's options.
    pub options: &'a Options,
}

impl<'a> Context<'a> {
    /// The context of `text`, segmented as `seg`, with no reference date,
    /// dateline or embedded posts (add them with the `with_` methods).
    pub fn new(
        text: &'a str,
        seg: &'a Segmented,
        paragraphs: &'a [Span],
        options: &'a Options,
    ) -> Context<'a> {
        Context {
            text,
            lang: seg.lang,
            paragraphs,
            sentences: &seg.sentences,
            tokens: &seg.tokens,
            atoms: &seg.atoms,
            reference: None,
            dateline: None,
            embeds: &[],
            options,
        }
    }

    /// With the reference date.
    pub fn with_reference(mut self, reference: Option<jiff::civil::Date>) -> Context<'a> {
        self.reference = reference;
        self
    }

    /// With the wire dateline.
    pub fn with_dateline(mut self, dateline: Option<&'a Dateline>) -> Context<'a> {
        self.dateline = dateline;
        self
    }

    /// With the embedded posts.
    pub fn with_embeds(mut self, embeds: &'a [Embed]) -> Context<'a> {
        self.embeds = embeds;
        self
    }
}

/// A plain text taken as one paragraph, segmented with the language guessed
/// and analyzed with the default options: what a [`Context`] borrows, for
/// the stages' `find_in_text` functions, tests and tools.
pub struct Plain<'t> {
    text: &'t str,
    seg: Segmented,
    paragraphs: [Span; 1],
    options: Options,
}

impl<'t> Plain<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Plain<'t> {
        Plain {
            text,
            seg: crate::segment::segment(text, &[], LangHint::Auto),
            paragraphs: [Span {
                start: 0,
                end: text.len(),
            }],
            options: Options::default(),
        }
    }

    /// Its context.
    pub fn context(&self) -> Context<'_> {
        Context::new(self.text, &self.seg, &self.paragraphs, &self.options)
    }
}
