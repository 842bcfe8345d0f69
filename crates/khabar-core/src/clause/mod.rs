//! Reading a clause: the speech cues, the event triggers, the subject of a
//! verb, the date and the place of a trigger.
//!
//! The quote, relation and event stages all read sentences this way, so
//! what they share lives here, below the three of them, rather than in the
//! first stage that needed it: no stage imports another stage.

/// Sentences longer than this many bytes are skipped: no real sentence is
/// this long, and a run-on blob is not worth a quadratic look at its
/// triggers and mentions.
pub(crate) const MAX_SENTENCE: usize = 20_000;

pub(crate) mod cues;
pub(crate) mod dates;
pub(crate) mod speaker;
pub(crate) mod triggers;
