//! The pipeline: one function that runs every stage in order.

use crate::context::shared::Shared;
use crate::context::Context;
use crate::document::{Document, Options};
use crate::error::Error;
use crate::model::Analysis;
use crate::{entities, events, figures, ingest, quotes, relations, segment, time};

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
    // Figures read the same words, and keep out of the timexes' spans.
    let figures = figures::find_shared(&ctx, &shared, &timexes);
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
    if reference.is_none() {
        warnings.push(undated(&timexes));
    }
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
        figures,
        quotes,
        events,
        relations,
        links: ingested.links,
        embeds: ingested.embeds,
        warnings,
        text: ingested.text,
    })
}

/// The warning for a document with no reference date, naming a date it
/// leaves off the calendar, so that a reader knows why and what to do.
fn undated(timexes: &[crate::model::Timex]) -> String {
    match timexes.iter().find(|t| t.value.starts_with("XXXX")) {
        Some(t) => format!(
            "This article carries no date: set one to place \"{}\" on the calendar \
             (its relative dates are left unresolved until then)",
            t.text
        ),
        None => "This article carries no date: set one if \"today\" or a weekday \
                 in it should be placed on the calendar"
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Document, Options};

    fn warnings(doc: &Document) -> Vec<String> {
        analyze(doc, &Options::default())
            .map(|a| a.warnings)
            .unwrap_or_default()
    }

    #[test]
    fn an_undated_article_names_a_date_it_cannot_place() {
        let doc = Document::text("The 2023 edition drew crowds. On Sunday, thousands gathered.");
        let w = warnings(&doc);
        assert!(
            w.iter().any(|w| w.starts_with(
                "This article carries no date: set one to place \"Sunday\" on the calendar"
            )),
            "{w:?}"
        );
    }

    #[test]
    fn a_dated_article_has_no_date_warning() {
        let doc = Document::text("On Sunday, thousands gathered.").with_date("2024-12-10");
        assert!(!warnings(&doc).iter().any(|w| w.contains("no date")));
    }
}
