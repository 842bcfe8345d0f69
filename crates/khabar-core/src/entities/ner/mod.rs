//! The learned sequence tagger: proposes entity mentions sentence by sentence.

use crate::model::EntityType;
use crate::pipeline::Context;
use crate::segment::SentenceInfo;

/// A mention proposed by the tagger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// The proposed type.
    pub kind: EntityType,
    /// 0..1: how sure the tagger is.
    pub confidence: f32,
}

/// Tags one sentence.
pub fn tag(ctx: &Context<'_>, sentence: &SentenceInfo) -> Vec<Candidate> {
    let _ = (ctx, sentence);
    Vec::new()
}
