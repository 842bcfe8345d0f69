//! The date and the place of a trigger in its sentence: the nearest
//! datable timex, preferring one in the same clause, and the place named
//! with a locative or as a destination. Relations and events both read them.

use super::triggers::Found;
use crate::calendar::sort_key;
use crate::context::mentions::Mentions;
use crate::model::{EntityType, Timex, TimexType};
use crate::text::words::Tok;

/// Clause boundaries: a timex across one is a worse match than any within.
const BOUNDARIES: &[&str] = &[",", ";", "and", "but", "while", "और", "तथा", "लेकिन", "जबकि"];

/// The datable timexes of one sentence with their values, and a running
/// count of the sentence's clause-boundary tokens, so that the nearest date
/// of a trigger costs a pass over the timexes with O(log n) per timex
/// rather than a pass over the tokens.
pub(crate) struct Dates<'a> {
    /// (start, end, value) of every timex that names a point in time.
    dated: Vec<(usize, usize, String)>,
    toks: &'a [Tok],
    /// `bounds[i]`: boundary tokens among `toks[..i]`.
    bounds: Vec<usize>,
}

impl<'a> Dates<'a> {
    /// `local` are the sentence's timexes, `toks` its tokens.
    pub(crate) fn new(local: &[&Timex], toks: &'a [Tok], reference: Option<&str>) -> Self {
        let dated = local
            .iter()
            .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
            .filter_map(|t| {
                let value = if t.value == "PRESENT_REF" {
                    reference?.to_string()
                } else if sort_key(&t.value).is_some() {
                    t.value.clone()
                } else {
                    return None;
                };
                Some((t.start, t.end, value))
            })
            .collect();
        let mut bounds = Vec::with_capacity(toks.len() + 1);
        let mut n = 0;
        bounds.push(0);
        for k in toks {
            if BOUNDARIES.contains(&k.norm.as_str()) {
                n += 1;
            }
            bounds.push(n);
        }
        Dates {
            dated,
            toks,
            bounds,
        }
    }

    /// Boundary tokens lying wholly inside `from..to`.
    fn crossed(&self, from: usize, to: usize) -> usize {
        let i = self.toks.partition_point(|k| k.start < from);
        let j = self.toks.partition_point(|k| k.end <= to);
        if j <= i {
            return 0;
        }
        let at = |x: usize| self.bounds.get(x).copied().unwrap_or(0);
        at(j) - at(i)
    }

    /// The value of the timex nearest to the trigger `s..e` that names a
    /// point in time, within `max` bytes, preferring one in the same clause.
    pub(crate) fn nearest(&self, s: usize, e: usize, max: usize) -> Option<String> {
        self.nearest_at(s, e, max).map(|(_, v)| v)
    }

    /// [`Dates::nearest`] with the start of the timex it comes from.
    pub(crate) fn nearest_at(&self, s: usize, e: usize, max: usize) -> Option<(usize, String)> {
        self.dated
            .iter()
            .filter_map(|(start, end, value)| {
                let (gap, from, to) = if *end <= s {
                    (s - end, *end, s)
                } else {
                    (start.saturating_sub(e), e, *start)
                };
                if gap > max {
                    return None;
                }
                Some(((self.crossed(from, to), gap), (*start, value)))
            })
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, (start, v))| (start, v.clone()))
    }
}

const LOCATIVE_EN: &[&str] = &["in", "at"];
const DESTINATION_EN: &[&str] = &["to", "for"];

/// The place of a trigger: a GPE/LOC/FAC mention with a locative, nearest
/// to the trigger; for visits and departures also the destination.
pub(crate) fn place_near(
    text: &str,
    toks: &[Tok],
    mentions: &Mentions<'_>,
    f: Found,
    kind: &str,
) -> Option<usize> {
    let (a, b) = (toks.first()?.start, toks.last()?.end);
    let trig_pos = toks[f.from].start;
    let travel = matches!(kind, "visit" | "departure" | "arrival");
    let mut best: Option<(usize, usize)> = None; // (distance, entity)
    for m in mentions.within(a, b) {
        if !matches!(
            mentions.kind(&m),
            EntityType::Gpe | EntityType::Loc | EntityType::Fac
        ) {
            continue;
        }
        let i = toks.partition_point(|t| t.start < m.start);
        let j = toks.partition_point(|t| t.start < m.end);
        let prev = i.checked_sub(1).map(|p| toks[p].norm.as_str());
        let next = toks.get(j).map(|t| t.norm.as_str());
        let ok = prev.is_some_and(|p| LOCATIVE_EN.contains(&p))
            || next == Some("में")
            || (travel
                && (prev.is_some_and(|p| DESTINATION_EN.contains(&p))
                    || i == f.to
                    || matches!(next, Some("की" | "के"))
                    || j == f.from));
        if !ok {
            continue;
        }
        let dist = m.start.abs_diff(trig_pos);
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, m.entity));
        }
    }
    let _ = text;
    best.map(|(_, e)| e)
}
