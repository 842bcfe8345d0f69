//! Embedded posts (tweets and the like) end in a signature line that
//! names their author: that name is a person.

use crate::context::Context;
use crate::entities::candidates::{prio, Raw};
use crate::model::EntityType;

/// The author of an embedded post, where the signature line names them.
pub(crate) fn authors(ctx: &Context<'_>, found: &mut Vec<Raw>) {
    for e in ctx.embeds {
        let Some(author) = e.author.as_deref().filter(|a| !a.trim().is_empty()) else {
            continue;
        };
        let Some(span) = ctx.text.get(e.start.min(e.end)..e.end) else {
            continue;
        };
        if let Some(p) = span.rfind(author) {
            let start = e.start + p;
            found.push(Raw {
                start,
                end: start + author.len(),
                kind: EntityType::Person,
                prio: prio::STRONG,
                role: None,
                canonical: None,
            });
        }
    }
}
