//! Named entities: recognition, grouping into entities, aliases, roles, salience.

pub mod ner;

use crate::model::Entity;
use crate::pipeline::Context;

/// Finds the entities of a document, sorted by salience.
pub fn recognize(ctx: &Context<'_>) -> Vec<Entity> {
    let _ = ctx;
    Vec::new()
}
