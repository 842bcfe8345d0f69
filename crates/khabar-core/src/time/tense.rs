//! The tense of a clause, as far as its words tell: it steers a bare
//! date backwards (past, the default in news) or forwards ("will visit",
//! आएंगे). Marker words are read from `data/time/tense.tsv`; regular
//! English pasts (-ed) and Hindi futures (-गा/-गी/-गे) by their endings.

use super::grammar::G;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The tense of a clause, as far as its verbs tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

const TENSE_WORDS: &str = include_str!("../../data/time/tense.tsv");

/// The tense a word marks by itself, from `data/time/tense.tsv`.
fn tense_word(w: &str) -> Option<Tense> {
    static TABLE: OnceLock<HashMap<&'static str, Tense>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            TENSE_WORDS
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let (form, tense) = l.split_once('\t')?;
                    let tense = match tense.trim() {
                        "past" => Tense::Past,
                        "future" => Tense::Future,
                        _ => return None,
                    };
                    Some((form, tense))
                })
                .collect()
        })
        .get(w)
        .copied()
}

fn marker(g: &G<'_>, i: usize) -> Option<Tense> {
    let w = g.w(i);
    if w.is_empty() {
        return None;
    }
    let listed = tense_word(w);
    if w.is_ascii() {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        let next = g.w(i + 1);
        // "set to", "set for": a plan; a bare "set" is as often the past ("set a record").
        let set_to = w == "set" && matches!(next, "to" | "for");
        // "is to resume", "as early as", "as soon as": ahead.
        let ahead = (w == "to" && matches!(prev, "is" | "are"))
            || (w == "as" && matches!(next, "early" | "soon") && g.w(i + 2) == "as");
        // "next to", "vacation plans", "a hastily planned trip": not about
        // time ahead.
        let future_word = listed == Some(Tense::Future)
            && !(w == "next" && next == "to")
            && !(matches!(w, "plan" | "plans") && next != "to")
            && !(w == "planned"
                && (prev.ends_with("ly") || matches!(prev, "the" | "a" | "an" | "well")));
        if future_word && prev == "been" && i > 1 && g.w(i - 2) == "had" {
            // "had been due to expire", "was expected": a plan already past.
            return Some(Tense::Past);
        }
        if future_word || set_to || ahead || (w == "going" && next == "to") {
            return Some(Tense::Future);
        }
        // "were planning", "was scheduled", "was going to": the plan, not the past.
        if matches!(w, "was" | "were")
            && (matches!(next, "planning" | "set" | "slated" | "due")
                || (next == "going" && g.w(i + 2) == "to"))
        {
            return Some(Tense::Future);
        }
        let passive = i > 0 && matches!(g.w(i - 1), "be" | "been" | "being" | "to");
        if listed == Some(Tense::Past)
            || (w.len() >= 5 && w.ends_with("ed") && !g.cap(i) && !passive)
        {
            return Some(Tense::Past);
        }
        return None;
    }
    if listed == Some(Tense::Past) {
        return Some(Tense::Past);
    }
    for suffix in ["गा", "गी", "गे", "गीं"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if ["े", "ें", "ूं", "ू", "ए", "एं", "ये", "यें"]
                .iter()
                .any(|v| stem.ends_with(v))
                || stem == "हो"
                || stem == "हों"
            {
                return Some(Tense::Future);
            }
        }
    }
    None
}

/// The tense nearest to tokens `start..end`, within their clause.
pub(crate) fn tense(g: &G<'_>, start: usize, end: usize) -> Tense {
    // "Wednesday's ruling": a day whose event is already known.
    if g.punct(end) == Some('\'') && g.attached(end) && g.w(end + 1) == "s" {
        return Tense::Past;
    }
    // "a pact effective June 1": a date a change takes effect, ahead.
    if start > 0 && g.w(start - 1) == "effective" {
        return Tense::Future;
    }
    // "adjourned till Monday", "extended its deadline until Tuesday",
    // "given until Tuesday": a date moved ahead, a deadline.
    if start > 0 && matches!(g.w(start - 1), "until" | "till" | "to") {
        let moved = (1..12)
            .filter_map(|d| start.checked_sub(d + 1))
            .take_while(|&j| g.same_clause(j, start))
            .any(|j| {
                let w = g.w(j);
                [
                    "postpone",
                    "extend",
                    "delay",
                    "adjourn",
                    "defer",
                    "reschedul",
                    "deadline",
                    "give",
                    "gave",
                    "grant",
                ]
                .iter()
                .any(|s| w.starts_with(s))
            });
        if moved {
            return Tense::Future;
        }
    }
    // "by August", "by the end of the year": a deadline ahead, unless the
    // clause already tells of the past ("had filed reports by Wednesday").
    if start > 0 && g.w(start - 1) == "by" && g.same_clause(start - 1, start) {
        let past_before = (1..20)
            .filter_map(|d| start.checked_sub(d + 1))
            .take_while(|&j| g.same_clause(j, start))
            .find_map(|j| marker(g, j));
        return match past_before {
            Some(Tense::Past) => Tense::Past,
            _ => Tense::Future,
        };
    }
    // After a comma or a quote, "…, he said" tells when it was said, not
    // when it happens.
    let mut crossed = false;
    for d in 0..20 {
        if let Some(j) = start.checked_sub(d + 1) {
            if g.same_clause(j, start) {
                if let Some(t) = marker(g, j) {
                    return t;
                }
            }
        }
        let j = end + d;
        if j < g.len() && end > 0 && g.same_clause(j, end - 1) {
            crossed |= matches!(g.punct(j), Some(',' | '"' | '\'' | '“' | '”' | '’'));
            let reporting = matches!(g.w(j), "said" | "told" | "added" | "stated");
            if !(crossed && reporting) {
                if let Some(t) = marker(g, j) {
                    return t;
                }
            }
        }
    }
    Tense::Unknown
}

/// Does the clause before `start` look ahead from the writer's present
/// ("will", "is expected to", "are set to"), not from a past the story
/// tells ("was to", "would")? The nearest finite verb back decides.
pub(crate) fn ahead_of_now(g: &G<'_>, start: usize) -> bool {
    (1..20)
        .filter_map(|d| start.checked_sub(d))
        .take_while(|&j| g.same_clause(j, start))
        .find_map(|j| match g.w(j) {
            "will" | "shall" | "is" | "are" | "am" => Some(true),
            "was" | "were" | "would" | "had" | "did" | "could" | "might" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tense_word_parses() {
        let lines = TENSE_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines {
            let form = line.split('\t').next().unwrap_or("");
            assert!(tense_word(form).is_some(), "data/time/tense.tsv: {line:?}");
        }
        assert_eq!(tense_word("brought"), Some(Tense::Past));
        assert_eq!(tense_word("गया"), Some(Tense::Past));
        assert_eq!(tense_word("scheduled"), Some(Tense::Future));
        assert_eq!(tense_word("found"), None);
    }
}
