//! What the passes share: proposed mentions ([`Raw`]), how much each is
//! trusted ([`prio`]), and [`resolve`], which keeps the best of
//! overlapping proposals.

use std::collections::BTreeMap;

use crate::model::EntityType;

/// How much a proposed mention is trusted when proposals overlap.
pub(crate) mod prio {
    /// A default guess (a capitalized pair with no other evidence): kept
    /// only where the tagger saw something too.
    pub const WEAK: u8 = 1;
    /// A typed guess the tagger may overrule (an acronym, "… मंत्रालय").
    pub const FILL: u8 = 2;
    /// A repeat of a name already found, a name the learned tagger or the
    /// Hindi training data found.
    pub const REPEAT: u8 = 3;
    /// A typed form: "… Ministry", "… Centre".
    pub const FORM: u8 = 4;
    /// Gazetteer hits and title-cued names.
    pub const STRONG: u8 = 5;
}

/// A proposed mention.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub prio: u8,
    /// A title attached to it ("Defence Minister").
    pub role: Option<String>,
    /// The gazetteer's canonical name, when it came from there.
    pub canonical: Option<&'static str>,
}

#[cfg(test)]
impl Raw {
    /// A mention for tests: the `nth` occurrence of `word` in `text` (at 0
    /// when there is none), with the type and trust given.
    pub(crate) fn at(text: &str, nth: usize, word: &str, kind: EntityType, prio: u8) -> Raw {
        let start = text.match_indices(word).nth(nth).map_or(0, |(i, _)| i);
        Raw {
            start,
            end: start + word.len(),
            kind,
            prio,
            role: None,
            canonical: None,
        }
    }
}

/// Keeps the best of overlapping proposals: higher priority, then longer,
/// then earlier. O(n log n).
pub(crate) fn resolve(mut raws: Vec<Raw>) -> Vec<Raw> {
    raws.retain(|r| r.end > r.start);
    crate::util::sort::sort_by(&mut raws, |a, b| {
        b.prio
            .cmp(&a.prio)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for r in raws {
        let clash = taken
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start);
        if !clash {
            taken.insert(r.start, r.end);
            out.push(r);
        }
    }
    out
}

/// Whether `start..end` overlaps one of `sorted` (spans sorted by start).
/// Looks back over the last few spans that start before `end`: mentions
/// nest at most a few deep.
pub(crate) fn overlaps_any(sorted: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = sorted.partition_point(|&(s, _)| s < end);
    sorted[..i].iter().rev().take(8).any(|&(_, e)| e > start)
}
