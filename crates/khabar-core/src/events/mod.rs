//! Events: happenings with a date, and the document's timeline.

use crate::model::{Entity, Event, Timex};
use crate::pipeline::Context;

/// Finds the dated happenings of a document, in text order.
pub fn find(ctx: &Context<'_>, entities: &[Entity], timexes: &[Timex]) -> Vec<Event> {
    let _ = (ctx, entities, timexes);
    Vec::new()
}
