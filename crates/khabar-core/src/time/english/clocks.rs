//! Times of day: "3 pm", "3:30 p.m. IST", "15:30 hrs", "1130 hrs", "10
//! o'clock", "4 in the morning", and the day written right after a time.
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | The train left at 3 pm. | 3 pm | 2025-12-05T15:00 |
//! | It began at 3:30 p.m. IST. | 3:30 p.m. IST | 2025-12-05T15:30 |
//! | Doors open 720pm. | 720pm | 2025-12-05T19:20 |
//! | We meet at 10 o'clock. | 10 o'clock | 2025-12-05T10:00 |
//! | He woke at 4 in the morning. | 4 in the morning | 2025-12-05T04:00 |
//! | Bids are due by 5 p.m. EST Nov. 9. | 5 p.m. EST Nov. 9 | 2026-11-09T17:00 |
//! | They met at noon Thursday. | noon Thursday | 2025-12-04T12:00 |

use super::super::grammar::{Parse, Sem, Tod, G};
use super::super::lexicon::Class;
use super::super::lexicon::Lex;
use super::dates::{day_first, month_first};

/// "3 pm", "3:30 p.m. IST", "15:30 hrs", "10 o'clock".
#[inline]
pub(super) fn clock(g: &G<'_>, i: usize) -> Option<Parse> {
    if i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some()
            || matches!(g.punct(i - 1), Some('-' | '/' | '.' | ':' | '$' | '₹')))
    {
        return None;
    }
    let (h, dh) = g.num(i)?;
    if dh == 3 || dh == 4 {
        return compact_clock(g, i);
    }
    if dh > 2 || h > 24 {
        return None;
    }
    let mut j = i + 1;
    let mut min = 0u64;
    let mut colon = false;
    if matches!(g.punct(j), Some(':' | '.')) && g.attached(j) && g.attached(j + 1) {
        if let Some((m, 2)) = g.num(j + 1) {
            if m < 60 {
                min = m;
                colon = true;
                j += 2;
            }
        }
    }
    let mut h = h as u8;
    let mut ok = false;
    match g.w(j) {
        "am" | "pm" => {
            if g.w(j) == "pm" && h < 12 {
                h += 12;
            }
            if g.w(j) == "am" && h == 12 {
                h = 0;
            }
            j += 1;
            ok = h <= 24;
        }
        "a" | "p" if g.punct(j + 1) == Some('.') && g.w(j + 2) == "m" => {
            if g.w(j) == "p" && h < 12 {
                h += 12;
            }
            if g.w(j) == "a" && h == 12 {
                h = 0;
            }
            j += 3;
            if g.punct(j) == Some('.') && g.attached(j) {
                j += 1;
            }
            ok = true;
        }
        "hrs" | "hours" | "hour" | "hr" if colon => {
            j += 1;
            ok = true;
        }
        "o'clock" => {
            j += 1;
            ok = true;
        }
        // "4 in the morning", "9 in the evening", "11 at night"
        "in" | "at" if !colon && (1..=12).contains(&h) => {
            let k = if g.w(j) == "in" && g.w(j + 1) == "the" {
                j + 2
            } else {
                j + 1
            };
            let part = match (g.w(j), g.w(k)) {
                ("in", "morning") => Some(false),
                ("in", "afternoon" | "evening") => Some(true),
                ("at", "night") => Some(h >= 6),
                _ => None,
            };
            if let Some(pm) = part {
                if pm && h < 12 {
                    h += 12;
                }
                if !pm && h == 12 {
                    h = 0;
                }
                j = k + 1;
                ok = true;
            }
        }
        _ => {
            if colon
                && (matches!(g.w(j), "ist" | "gmt" | "utc" | "et" | "est" | "pst")
                    || (i > 0 && g.w(i - 1) == "at"))
            {
                ok = true;
            }
        }
    }
    // "at 2.46 billion guilders": an amount, not a time.
    if !ok
        || h > 24
        || matches!(
            g.w(j),
            "billion" | "million" | "trillion" | "crore" | "lakh"
        )
    {
        return None;
    }
    if g.is(j, Class::TimeZone) {
        j += 1;
    }
    let tod = Tod::Clock(h, min as u8);
    noon_day(g, j, tod).or(Some(Parse {
        end: j,
        sem: Sem::TodOnly,
        tod: Some(tod),
    }))
}

/// Clock times written without a colon: "720pm", "1130 pm", "at 1130 hrs"
/// (Indian copy), "0930 hours".
pub(super) fn compact_clock(g: &G<'_>, i: usize) -> Option<Parse> {
    let (v, dh) = g.num(i)?;
    let (mut h, m) = ((v / 100) as u8, (v % 100) as u8);
    if m >= 60 {
        return None;
    }
    let mut j = i + 1;
    match g.w(j) {
        "am" | "pm" if (1..=12).contains(&h) => {
            if g.w(j) == "pm" && h < 12 {
                h += 12;
            }
            if g.w(j) == "am" && h == 12 {
                h = 0;
            }
            j += 1;
        }
        "hrs" | "hours" | "hr"
            if dh == 4
                && h < 24
                && i > 0
                && matches!(
                    g.w(i - 1),
                    "at" | "by"
                        | "around"
                        | "till"
                        | "until"
                        | "from"
                        | "since"
                        | "before"
                        | "after"
                        | "about"
                ) =>
        {
            j += 1;
        }
        _ => return None,
    }
    if g.is(j, Class::TimeZone) {
        j += 1;
    }
    let tod = Tod::Clock(h, m);
    noon_day(g, j, tod).or(Some(Parse {
        end: j,
        sem: Sem::TodOnly,
        tod: Some(tod),
    }))
}

/// A day right after a time: "noon Thursday", "3 pm yesterday".
pub(crate) fn noon_day(g: &G<'_>, j: usize, tod: Tod) -> Option<Parse> {
    if let Some(wd) = g.weekday(j) {
        if g.cap(j) {
            return Some(Parse {
                end: j + 1,
                sem: Sem::Weekday { wd, rel: None },
                tod: Some(tod),
            });
        }
    }
    if let Some(n) = g.find(j, |e| match e {
        Lex::Deictic(n) => Some(*n),
        _ => None,
    }) {
        return Some(Parse {
            end: j + 1,
            sem: Sem::Deictic(n),
            tod: Some(tod),
        });
    }
    // "5 p.m. EST Nov. 9", "9:34 p.m., March 19"
    let k = if g.punct(j) == Some(',') && g.same_clause(j, j + 1) {
        j + 1
    } else {
        j
    };
    let p = month_first(g, k).or_else(|| day_first(g, k))?;
    match p.sem {
        Sem::Cal { d: Some(_), .. } => Some(Parse {
            tod: Some(tod),
            ..p
        }),
        _ => None,
    }
}
