//! Quotes: direct and indirect speech and posts, with their speakers.

use crate::model::{Entity, Quote};
use crate::pipeline::Context;

/// Finds who said what.
pub fn find(ctx: &Context<'_>, entities: &[Entity]) -> Vec<Quote> {
    let _ = (ctx, entities);
    Vec::new()
}
