//! Calendar dates: "December 4", "4th of December 2025", "April 13-15",
//! "2025-12-04", "04/12/2025", and the month and year pieces they share.
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | They met on December 4. | December 4 | 2025-12-04 |
//! | Signed on 4th of December 2024. | 4th of December 2024 | 2024-12-04 |
//! | Talks ran April 13-15. | 15 | 2025-04-15 |
//! | Filed 2025-12-04. | 2025-12-04 | 2025-12-04 |
//! | Notice dated 04/12/2025. | 04/12/2025 | 2025-12-04 |
//! | Held in June 2025. | June 2025 | 2025-06 |
//! | Rallies in May drew crowds. | May | 2025-05 |

use super::super::grammar::{Parse, Sem, G};
use super::super::lexicon::Class;
use super::super::lexicon::Lex;
use super::years::{spoken_year, year};

/// A month name: full, or abbreviated ("Dec.", "Sept"); returns the token after it.
pub(super) fn any_month(g: &G<'_>, i: usize) -> Option<(usize, u8)> {
    if let Some(m) = g.month(i) {
        return Some((i + 1, m));
    }
    let m = g.find(i, |e| match e {
        Lex::MonthAbbr(m) => Some(*m),
        _ => None,
    })?;
    if g.punct(i + 1) == Some('.') && g.attached(i + 1) {
        Some((i + 2, m))
    } else {
        Some((i + 1, m))
    }
}

/// An optional ", 2025" / " 2025" after a day.
pub(super) fn comma_year(g: &G<'_>, i: usize) -> (usize, Option<i32>) {
    let j = if g.punct(i) == Some(',') { i + 1 } else { i };
    if let Some(y) = g.year4(j) {
        if !g.glued_number_after(j + 1) && g.same_clause(i.saturating_sub(1), j) {
            return (j + 1, Some(y));
        }
    }
    (i, None)
}

/// " of 1998", " 1998", ", 1998" after a quarter or a month; returns the end and the year.
pub(super) fn of_year(g: &G<'_>, i: usize) -> (usize, Option<i32>) {
    let j = if g.w(i) == "of" || g.punct(i) == Some(',') {
        i + 1
    } else {
        i
    };
    if let Some(y) = g.year4(j) {
        if !g.glued_number_after(j + 1) {
            return (j + 1, Some(y));
        }
    }
    if let Some((end, y)) = year_or_bc(g, j) {
        if y < 0 {
            return (end, Some(y));
        }
    }
    // "January nineteen ninety-seven"
    if let Some(Parse {
        end,
        sem: Sem::Year(y),
        ..
    }) = spoken_year(g, j)
    {
        return (end, Some(y));
    }
    (i, None)
}

/// A year of four digits, or any year before the common era ("480 BC",
/// "1200 B.C."): the token after it and the year (negative before the era).
pub(super) fn year_or_bc(g: &G<'_>, i: usize) -> Option<(usize, i32)> {
    if let Some(p) = year(g, i) {
        match p.sem {
            Sem::Bc(n) => return Some((p.end, -n)),
            Sem::Year(y) if p.end == i + 1 => return Some((p.end, y)),
            _ => {}
        }
    }
    None
}

/// "December 4", "Dec. 4, 2025", "June 2025", "December".
pub(super) fn month_first(g: &G<'_>, i: usize) -> Option<Parse> {
    let full = g.month(i).is_some();
    let (j, m) = any_month(g, i)?;
    if !g.cap(i) {
        return None;
    }
    // Day.
    if let Some((k, d)) = g.day(j) {
        if g.same_clause(i, j) && !g.glued_number_after(j + 1) || g.punct(j + 1) == Some('-') {
            let (end, mut y) = comma_year(g, k);
            // "April 24 and 25, 2025": the pair's year.
            if y.is_none() && range_link(g, k) {
                if let Some((e, _)) = g.day(k + 1) {
                    y = comma_year(g, e).1;
                }
            }
            if y.is_none() {
                // "September 1 this year"
                if let Some(off) = g.rel(k) {
                    if g.w(k + 1) == "year" {
                        return Some(Parse::new(k + 2, Sem::RelCal { m, d: Some(d), off }));
                    }
                }
            }
            return Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }));
        }
    }
    // Year.
    let (end, y) = of_year(g, j);
    if y.is_some() {
        return Some(Parse::new(end, Sem::Cal { y, m, d: None }));
    }
    // "June last year", "April next year", "February this year".
    if let Some(off) = g.rel(j) {
        if g.w(j + 1) == "year" && matches!(g.w(j), "last" | "this" | "next") {
            return Some(Parse::new(j + 2, Sem::YearCal { m, off }));
        }
    }
    if !full {
        return None;
    }
    if matches!(m, 3 | 5) {
        // "in May", "mid-March"
        let cue = i > 0 && (g.is(i - 1, Class::MonthCue) || g.punct(i - 1) == Some('-'));
        if !cue {
            return None;
        }
    }
    Some(Parse::new(
        j,
        Sem::Cal {
            y: None,
            m,
            d: None,
        },
    ))
}

/// "4 December 2025", "4th of December".
pub(super) fn day_first(g: &G<'_>, i: usize) -> Option<Parse> {
    // The second date of a range is a date too: "14 August-24 August", "12-14 July".
    let range_end = i > 1
        && matches!(g.punct(i - 1), Some('-' | '–'))
        && (g.num(i - 2).is_some() || any_month(g, i - 2).is_some() || g.year4(i - 2).is_some());
    if i > 0
        && g.attached(i)
        && !range_end
        && !matches!(g.punct(i - 1), Some('(' | '"' | '\'' | '['))
    {
        return None;
    }
    let (j, d) = g.day(i)?;
    // The first day of a range or a pair takes the month of the second:
    // "6-7 January 1916", "15 to 22 February", "4 and 5 May" (one hop,
    // so a long run of dashed numbers costs no more than one).
    if range_link(g, j) {
        if let Some(Parse {
            sem: Sem::Cal { y, m, d: Some(_) },
            ..
        }) = day_month(g, j + 1)
        {
            return Some(Parse::new(j, Sem::Cal { y, m, d: Some(d) }));
        }
    }
    day_month(g, i)
}

/// "4 December 2025", "4th of December" at `i`, a day of the month first.
pub(super) fn day_month(g: &G<'_>, i: usize) -> Option<Parse> {
    let (mut j, d) = g.day(i)?;
    if g.w(j) == "of" {
        j += 1;
    }
    let (k, m) = any_month(g, j)?;
    if g.month(j).is_none() && !g.cap(j) {
        return None;
    }
    let (end, y) = comma_year(g, k);
    Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }))
}

/// Does token `k` join two days of a range or a pair: an attached dash,
/// "to", "and", "through"?
pub(super) fn range_link(g: &G<'_>, k: usize) -> bool {
    match g.punct(k) {
        Some('-' | '–') => g.attached(k) && g.attached(k + 1),
        _ => matches!(g.w(k), "to" | "and" | "through") && g.num(k + 1).is_some(),
    }
}

/// The second day of a range or a pair after a month: "April 13-15",
/// "May 4 and 5", "January 25 to 29, 1905".
#[inline]
pub(super) fn range_second(g: &G<'_>, i: usize) -> Option<Parse> {
    if i < 3 || !range_link(g, i - 1) || !g.same_clause(i - 3, i) {
        return None;
    }
    let (end, d) = g.day(i)?;
    let (_, first) = g.day(i - 2)?;
    if first >= d && g.punct(i - 1).is_some() {
        return None;
    }
    let m = match g.month(i - 3) {
        Some(m) if g.cap(i - 3) => m,
        _ => match (i > 3).then(|| any_month(g, i - 4)).flatten() {
            Some((k, m)) if k == i - 2 && g.cap(i - 4) => m,
            _ => return None,
        },
    };
    if g.glued_number_after(end) || g.unit(end).is_some() || any_month(g, end).is_some() {
        return None;
    }
    // "on May 4 and 5 others died": a count, not a day.
    let next = g.w(end);
    if g.punct(i - 1).is_none()
        && !next.is_empty()
        && !g.cap(end)
        && !g.is(end, Class::NounFollower)
        && !matches!(
            next,
            "during" | "after" | "before" | "until" | "respectively"
        )
    {
        return None;
    }
    let (end, y) = comma_year(g, end);
    Some(Parse::new(end, Sem::Cal { y, m, d: Some(d) }))
}

/// "2025-12-04", "04/12/2025", "4.12.2025".
#[inline]
pub(super) fn numeric(g: &G<'_>, i: usize) -> Option<Parse> {
    if i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some() || matches!(g.punct(i - 1), Some('-' | '/' | '.' | ':' | '+')))
    {
        return None;
    }
    let (a, da) = g.num(i)?;
    let sep = g.punct(i + 1)?;
    if !matches!(sep, '-' | '/' | '.') || !g.attached(i + 1) || !g.attached(i + 2) {
        return None;
    }
    let (b, db) = g.num(i + 2)?;
    if g.punct(i + 3) != Some(sep) || !g.attached(i + 3) || !g.attached(i + 4) {
        return None;
    }
    let (c, dc) = g.num(i + 4)?;
    if g.glued_number_after(i + 5) {
        return None;
    }
    let end = i + 5;
    if da == 4 && db <= 2 && dc <= 2 {
        let (y, m, d) = (a as i32, b as u8, c as u8);
        return valid(y, m, d).then(|| {
            Parse::new(
                end,
                Sem::Cal {
                    y: Some(y),
                    m,
                    d: Some(d),
                },
            )
        });
    }
    if da > 2 || db > 2 || !(dc == 4 || dc == 2) {
        return None;
    }
    let y = if dc == 4 {
        c as i32
    } else if c < 50 {
        2000 + c as i32
    } else {
        1900 + c as i32
    };
    let (d, m) = if a > 12 || (g.day_first && b <= 12) {
        (a, b)
    } else {
        (b, a)
    };
    let (m, d) = (m as u8, d as u8);
    valid(y, m, d).then(|| {
        Parse::new(
            end,
            Sem::Cal {
                y: Some(y),
                m,
                d: Some(d),
            },
        )
    })
}

pub(super) fn valid(y: i32, m: u8, d: u8) -> bool {
    i16::try_from(y)
        .ok()
        .and_then(|y| jiff::civil::Date::new(y, m as i8, d as i8).ok())
        .is_some()
}
