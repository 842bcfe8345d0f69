//! The document's timeline: its dated events in calendar order.
//!
//! The ordering of TIMEX3 values ([`sort_key`], [`compare`]) is shared with
//! the relation stage and the merge, so it lives in the calendar layer
//! below the stages; it is re-exported here, where it has always been.

pub use crate::calendar::{compare, sort_key, Granularity, SortKey};

/// The document's timeline: its dated events, sorted by date (stable, so
/// events of the same date stay in text order).
pub fn document_timeline(events: &[crate::model::Event]) -> Vec<&crate::model::Event> {
    let mut dated: Vec<(SortKey, &crate::model::Event)> = events
        .iter()
        .filter_map(|e| e.date.as_deref().and_then(sort_key).map(|k| (k, e)))
        .collect();
    crate::util::sort::sort_by_key(&mut dated, |&(k, _)| k);
    dated.into_iter().map(|(_, e)| e).collect()
}
