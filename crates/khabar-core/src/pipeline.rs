//! The pipeline: one function that runs every stage in order.

use crate::document::{Document, Options};
use crate::error::Error;
use crate::model::Analysis;
use crate::segment::{Lang, SentenceInfo, Token};
use crate::{entities, events, ingest, quotes, relations, segment, time};

/// What every stage after ingestion reads: the text and its structure.
///
/// Offsets are byte offsets into `text`.
pub struct Context<'a> {
    /// The plain text being analyzed.
    pub text: &'a str,
    /// The document's main language.
    pub lang: Lang,
    /// Paragraph ranges.
    pub paragraphs: &'a [crate::model::Span],
    /// Sentences, each with its token range and language.
    pub sentences: &'a [SentenceInfo],
    /// All tokens of all sentences, in order.
    pub tokens: &'a [Token],
    /// The reference date, if any.
    pub reference: Option<jiff::civil::Date>,
    /// The wire dateline, if any.
    pub dateline: Option<&'a crate::model::Dateline>,
    /// Embedded posts.
    pub embeds: &'a [crate::model::Embed],
    /// The caller's options.
    pub options: &'a Options,
}

/// Analyzes one article.
///
/// Fails only when there is nothing sensible to analyze (a binary file, a
/// document over [`Options::max_bytes`], a malformed caller date); every
/// lesser problem becomes a warning in the result.
pub fn analyze(doc: &Document, options: &Options) -> Result<Analysis, Error> {
    let ingested = ingest::ingest(doc, options)?;
    let seg = segment::segment(&ingested.text, &ingested.furniture, doc.lang);
    let reference = ingested
        .published
        .as_deref()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok());
    let ctx = Context {
        text: &ingested.text,
        lang: seg.lang,
        paragraphs: &ingested.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
        reference,
        dateline: ingested.dateline.as_ref(),
        embeds: &ingested.embeds,
        options,
    };
    let entities = entities::recognize(&ctx);
    let timexes = time::recognize(&ctx);
    // Quotes, relations and events read the same tokens and mentions.
    let shared = quotes::text::Shared::new(&ctx, &entities);
    let quotes = quotes::find_shared(&ctx, &shared);
    let relations = relations::find_shared(&ctx, &shared, &timexes);
    let events = events::find_shared(&ctx, &shared, &timexes);
    drop(shared);
    let sentences = seg
        .sentences
        .iter()
        .map(|s| crate::model::Sentence {
            start: s.start,
            end: s.end,
            language: s.lang.code().to_string(),
        })
        .collect();
    let mut warnings = ingested.warnings;
    warnings.extend(seg.warnings);
    Ok(Analysis {
        id: ingested.id,
        language: seg.lang.code().to_string(),
        published: ingested.published,
        published_source: ingested.published_source,
        title: ingested.title,
        byline: ingested.byline,
        dateline: ingested.dateline,
        paragraphs: ingested.paragraphs,
        sentences,
        entities,
        timexes,
        quotes,
        events,
        relations,
        links: ingested.links,
        embeds: ingested.embeds,
        warnings,
        text: ingested.text,
    })
}
