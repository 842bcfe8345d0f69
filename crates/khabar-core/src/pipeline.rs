//! The pipeline: one function that runs every stage in order.

use crate::context::shared::Shared;
use crate::context::Context;
use crate::document::{Document, Options};
use crate::error::Error;
use crate::model::Analysis;
use crate::{entities, events, ingest, quotes, relations, segment, time};

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
    let ctx = Context::new(&ingested.text, &seg, &ingested.paragraphs, options)
        .with_reference(reference)
        .with_dateline(ingested.dateline.as_ref())
        .with_embeds(&ingested.embeds);
    let entities = entities::recognize(&ctx);
    let timexes = time::recognize(&ctx);
    // Quotes, relations and events read the same tokens and mentions.
    let shared = Shared::new(&ctx, &entities);
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
