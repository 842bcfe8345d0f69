//! Dates named from another: weekdays ("last Friday"), seasons ("last
//! fall"), "last week", "this morning", "that year", "current".
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | He resigned last Friday. | last Friday | 2025-11-28 |
//! | Snow fell last winter. | last winter | 2024-WI |
//! | Prices rose last week. | last week | 2025-W48 |
//! | It rained this morning. | this morning | 2025-12-05TMO |
//! | In 1990 he left; that year prices rose. | that year | 1990 |
//! | His current wife spoke. | current | PRESENT_REF |
//! | They met on Friday, Dec. 4. | Friday, Dec. 4 | 2025-12-04 |

use super::super::grammar::{Parse, QYear, Sem, Tod, G};
use super::super::lexicon::Class;
use super::super::lexicon::{Lex, Unit};
use super::super::numbers::Amount;
use super::dates::{day_first, month_first, year_or_bc};
use super::years::quarter;

/// "Friday", "last Friday", "Friday morning", "Friday, Dec. 4".
pub(super) fn weekday(g: &G<'_>, i: usize) -> Option<Parse> {
    let (rel, j) = match g.rel(i) {
        Some(r) if g.w(i) != "past" && g.w(i) != "current" => {
            // "this coming Friday"
            if g.w(i + 1) == "coming" {
                (Some(1), i + 2)
            } else if matches!(g.w(i), "previous" | "preceding" | "following") {
                // Chained to the last date named: ±2.
                (Some(2 * r.signum()), i + 1)
            } else {
                (Some(r), i + 1)
            }
        }
        _ => (None, i),
    };
    let (k, wd) = if let Some(wd) = g.weekday(j) {
        (j + 1, wd)
    } else {
        let wd = g.find(j, |e| match e {
            Lex::WeekdayAbbr(d) => Some(*d),
            _ => None,
        })?;
        if rel.is_some() || matches!(g.w(j), "tues" | "thur" | "thurs") {
            // "this Sat", "tues": no full date needed.
            return Some(Parse::new(j + 1, Sem::Weekday { wd, rel }));
        }
        if !g.cap(j) || !(g.punct(j + 1) == Some('.') || g.punct(j + 1) == Some(',')) {
            return None;
        }
        let k = if g.punct(j + 1) == Some('.') {
            j + 2
        } else {
            j + 1
        };
        let date = if g.punct(k) == Some(',') { k + 1 } else { k };
        // Abbreviated weekdays only in full dates: "Thu, Dec 4".
        let p = month_first(g, date).or_else(|| day_first(g, date))?;
        return Some(p);
    };
    // "Friday, Dec. 4, 2025"
    let date = if g.punct(k) == Some(',') { k + 1 } else { k };
    if let Some(p) = month_first(g, date).or_else(|| day_first(g, date)) {
        if matches!(p.sem, Sem::Cal { d: Some(_), .. }) {
            return Some(p);
        }
    }
    let mut p = Parse::new(k, Sem::Weekday { wd, rel });
    if let Some(t) = g.tod(k) {
        p.tod = Some(t);
        p.end += 1;
    }
    Some(p)
}

/// "last fall", "summer 2024", "in spring".
#[inline]
pub(super) fn season(g: &G<'_>, i: usize) -> Option<Parse> {
    let (rel, j) = match g.rel(i) {
        Some(r) if g.w(i) != "current" => (Some(r), i + 1),
        _ => (None, i),
    };
    let s = g.season(j)?;
    // "summer 2024", "autumn of 1789", "spring of 480 BC"
    let y_at = if g.w(j + 1) == "of" { j + 2 } else { j + 1 };
    if let Some((end, y)) = year_or_bc(g, y_at) {
        return Some(Parse::new(
            end,
            Sem::Season {
                s,
                y: Some(y),
                rel: None,
            },
        ));
    }
    if rel.is_none() {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        // "winter", "summer" and "autumn" name nothing else; "spring" and
        // "fall" need a cue ("in spring", not "hot spring").
        let plain = matches!(g.w(j), "winter" | "summer" | "autumn")
            && (!g.cap(j) || i == 0 || !g.same_clause(i - 1, i) || g.w(i - 1).is_empty());
        if plain && prev != "the" {
            return Some(Parse::new(j + 1, Sem::Season { s, y: None, rel }));
        }
        if !(i > 0 && g.is(i - 1, Class::SeasonCue)) || g.w(j) == "monsoon" && prev == "the" {
            return None;
        }
        // "in fall" but not "in spring water"
        if !g.w(j + 1).is_empty()
            && g.same_clause(j, j + 1)
            && !matches!(
                g.w(j + 1),
                "and" | "or" | "when" | "as" | "the" | "he" | "she" | "it" | "they" | "we"
            )
        {
            return None;
        }
    }
    Some(Parse::new(j + 1, Sem::Season { s, y: None, rel }))
}

/// "current" before a noun ("his current wife", "current market
/// conditions"): TimeML's PRESENT_REF, as TimeBank and WikiWars mark it
/// more often than not. "The current year" and "the current quarter" are
/// read by the "the" forms; "then current" is not now; a current account
/// is not a time.
#[inline]
pub(super) fn current(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) != "current" || matches!(g.w(i + 1), "fiscal" | "account" | "accounts" | "affairs") {
        return None;
    }
    adjective_before_noun(g, i).then(|| Parse::new(i + 1, Sem::Ref("PRESENT_REF")))
}

/// Is the lower-case word at `i` an adjective before a noun: a lower-case
/// word that is no time unit follows in its clause, and "then" ("the then
/// current owner") does not come before it?
pub(super) fn adjective_before_noun(g: &G<'_>, i: usize) -> bool {
    let next = g.w(i + 1);
    !g.cap(i)
        && !next.is_empty()
        && !g.cap(i + 1)
        && g.same_clause(i, i + 1)
        && g.unit(i + 1).is_none()
        && !g.is(i + 1, Class::NounFollower)
        && !(i > 0 && g.w(i - 1) == "then")
}

/// "last week", "this year", "next month", "last April", "this morning", "last night".
#[inline]
pub(super) fn relative(g: &G<'_>, i: usize) -> Option<Parse> {
    let w = g.w(i);
    let off = g.rel(i)?;
    if matches!(w, "past" | "previous" | "following" | "current") {
        return None;
    }
    let j = i + 1;
    // ABC's "This Week": a title, the unit capitalized too.
    if g.cap(i) && g.cap(j) && i > 0 && g.same_clause(i - 1, i) {
        return None;
    }
    if let Some(u) = g.unit(j) {
        // "in coming weeks": an unspecified stretch, not one week.
        if g.w(j).ends_with('s') && u != Unit::Weekend {
            return Some(Parse::new(
                j + 1,
                Sem::Duration {
                    unit: u,
                    n: Amount::X,
                },
            ));
        }
        // "this year's third quarter", "last year's quarter"
        if u == Unit::Year && g.punct(j + 1) == Some('\'') && g.attached(j + 1) && g.w(j + 2) == "s"
        {
            let k = j + 3;
            if let Some(p) = quarter(g, k) {
                if let Sem::Quarter { q, y: None } = p.sem {
                    let y = QYear::Ref(off);
                    return Some(Parse::new(p.end, Sem::QuarterIn { q: Some(q), y }));
                }
            }
            if matches!(g.w(k), "quarter" | "period") {
                let y = QYear::Ref(off);
                return Some(Parse::new(k + 1, Sem::QuarterIn { q: None, y }));
            }
        }
        if matches!(
            u,
            Unit::Week
                | Unit::Month
                | Unit::Quarter
                | Unit::Year
                | Unit::Weekend
                | Unit::Decade
                | Unit::Century
        ) {
            return Some(Parse::new(j + 1, Sem::RelUnit { unit: u, off }));
        }
    }
    if let Some(m) = g.month(j) {
        if g.cap(j) {
            return Some(Parse::new(j + 1, Sem::RelCal { m, d: None, off }));
        }
    }
    if let Some(t) = g.tod(j) {
        let day = match (w, t) {
            ("last", Tod::Part("NI")) => -1,
            ("this", _) => 0,
            _ => return None,
        };
        return Some(Parse {
            end: j + 1,
            sem: Sem::Deictic(day),
            tod: Some(t),
        });
    }
    None
}

/// "that year", "that same day", "that morning": the year, day … of the
/// last date named.
#[inline]
pub(super) fn that(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) != "that" {
        return None;
    }
    let j = if g.w(i + 1) == "same" { i + 2 } else { i + 1 };
    if !g.same_clause(i, j) {
        return None;
    }
    let w = g.w(j);
    if let Some(t) = g.tod(j) {
        if matches!(w, "morning" | "afternoon" | "evening" | "night") {
            return Some(Parse {
                end: j + 1,
                sem: Sem::ChainUnit {
                    unit: Unit::Day,
                    off: 0,
                },
                tod: Some(t),
            });
        }
    }
    let u = match w {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    Some(Parse::new(j + 1, Sem::ChainUnit { unit: u, off: 0 }))
}

/// "year-earlier", "year-ago" at `i`: the token after it.
pub(super) fn year_ago(g: &G<'_>, i: usize) -> Option<usize> {
    (g.w(i) == "year"
        && g.punct(i + 1) == Some('-')
        && g.attached(i + 1)
        && matches!(g.w(i + 2), "earlier" | "ago"))
    .then_some(i + 3)
}

/// "a year ago", "a year earlier", "last year" at `i`: the token after it.
pub(super) fn a_year_back(g: &G<'_>, i: usize) -> Option<usize> {
    if g.w(i) == "a" && g.w(i + 1) == "year" && matches!(g.w(i + 2), "ago" | "earlier") {
        return Some(i + 3);
    }
    (g.w(i) == "last" && g.w(i + 1) == "year").then_some(i + 2)
}
