//! The text model below every stage: what a word is, for every stage alike.

pub(crate) mod atoms;
pub(crate) mod chars;
pub(crate) mod words;
