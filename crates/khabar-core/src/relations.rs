//! Relations: meetings, visits, co-chairing, signing, roles.

use crate::model::{Entity, Relation, Timex};
use crate::pipeline::Context;

/// Finds who met whom, who visited where, who holds which role.
pub fn find(ctx: &Context<'_>, entities: &[Entity], timexes: &[Timex]) -> Vec<Relation> {
    let _ = (ctx, entities, timexes);
    Vec::new()
}
