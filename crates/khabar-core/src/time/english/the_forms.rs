//! Forms that start with "the": "the 1990s", "the third quarter of 1998",
//! "the year 2000", "the past two months", "the day after Christmas",
//! "the year-ago quarter", "the night of April 18", "the end of 1990".
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | Built in the 20th century. | the 20th century | 19 |
//! | Sales fell in the third quarter of 1998. | the third quarter of 1998 | 1998-Q3 |
//! | By the year 2000 it grew. | the year 2000 | 2000 |
//! | Prices rose over the past two months. | the past two months | P2M |
//! | Shops reopened the day after Christmas. | the day after Christmas | 2025-12-26 |
//! | Net fell from the year-ago quarter. | the year-ago quarter | 2024-Q3 |
//! | It fell on the night of April 18, 1775. | the night of April 18, 1775 | 1775-04-18TNI |
//! | It closed at the end of 1990. | the end of 1990 | 1990 |
//! | Popular in the nineties. | the nineties | 199 |

use super::super::grammar::{Parse, QYear, Sem, G};
use super::super::lexicon::Unit;
use super::super::numbers::{amount, Amount};
use super::dates::{any_month, comma_year, day_first, month_first, of_year};
use super::lexical::lexical;
use super::relative::{a_year_back, weekday, year_ago};
use super::years::{quarter, spoken_year, two_thousand};
use super::{core, names_a_day, next_is_word, noun_ends_phrase, ordinal};

/// Forms that start with "the" (token `i`), tried in order; the first
/// that reads wins.
pub(super) fn the_forms(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    let w = g.w(j);
    // A year right after "the" is read by its own forms or not at all.
    if g.year4(j).is_some() {
        return the_year_number(g, i);
    }
    let found = the_ordinal(g, i)
        .or_else(|| the_decade_word(g, i))
        .or_else(|| the_chained_weekday(g, i, w))
        .or_else(|| the_year_named(g, i, w))
        .or_else(|| the_results_year(g, i, w))
        .or_else(|| the_half(g, i, w))
        .or_else(|| the_counted_span(g, i))
        .or_else(|| the_unit_from(g, i, w))
        .or_else(|| the_day_beside(g, i, w))
        .or_else(|| the_quarter(g, i, w))
        .or_else(|| the_comparison(g, i));
    if found.is_some() {
        return found;
    }
    // "the weekend", "the week", "the day" are read there or not at all.
    if matches!(w, "weekend" | "week" | "day") {
        return the_week_or_day(g, i, w);
    }
    the_time_of_day(g, i)
        .or_else(|| the_season(g, i))
        .or_else(|| the_edge(g, i, w))
}

/// "the 1990s"; "the 1988 third quarter"; "the 1988 quarter", "the 1989
/// period" (the quarter being reported, in that year).
fn the_year_number(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    let y = g.year4(j)?;
    // the 1990s
    if g.attached(j + 1) && g.w(j + 1) == "s" {
        return Some(Parse::new(j + 2, Sem::Decade(y / 10)));
    }
    // the 1988 third quarter; the 1988 quarter, the 1989 period (the
    // quarter being reported, in that year)
    if let Some(p) = quarter(g, j + 1) {
        if let Sem::Quarter { q, y: None } = p.sem {
            return Some(Parse::new(p.end, Sem::Quarter { q, y: Some(y) }));
        }
    }
    if matches!(g.w(j + 1), "quarter" | "period") && g.same_clause(j, j + 1) {
        return Some(Parse::new(
            j + 2,
            Sem::QuarterIn {
                q: None,
                y: QYear::Abs(y),
            },
        ));
    }
    None
}

/// "the 20th century", "the third quarter (of 1998)", "the first half", "the 22nd of December".
fn the_ordinal(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    let _w = g.w(j);
    // the 20th century, the nineteenth century
    if let Some((k, n)) = ordinal(g, j) {
        if matches!(g.w(k), "century") && n > 0 {
            return Some(Parse::new(k + 1, Sem::Century(n - 1)));
        }
        // the third quarter (of 1998), the first half
        if (1..=4).contains(&n) {
            let k2 = if g.punct(k) == Some('-') { k + 1 } else { k };
            if g.w(k2) == "quarter" {
                let (end, y) = of_year(g, k2 + 1);
                return Some(Parse::new(end, Sem::Quarter { q: n as u8, y }));
            }
            if g.w(k2) == "half" && n <= 2 {
                let (end, y) = of_year(g, k2 + 1);
                return Some(Parse::new(end, Sem::Half { h: n as u8, y }));
            }
        }
        // the 22nd of December
        if g.w(k) == "of" {
            if let Some(m) = any_month(g, k + 1) {
                let (end, y) = comma_year(g, m.0);
                if (1..=31).contains(&n) {
                    return Some(Parse::new(
                        end,
                        Sem::Cal {
                            y,
                            m: m.1,
                            d: Some(n as u8),
                        },
                    ));
                }
            }
        }
    }
    None
}

/// "the nineties", "the early sixties": decades of the 1900s.
fn the_decade_word(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    // the nineties, the early sixties: decades of the 1900s
    let kd = past_any(g, j, &["early", "late", "mid"]);
    if let Some(d) = g.decade(kd) {
        if noun_ends_phrase(g, kd + 1) {
            return Some(Parse::new(kd + 1, Sem::Decade(d)));
        }
    }
    None
}

/// "the previous Friday", "the following Monday".
fn the_chained_weekday(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the previous Friday, the following Monday
    if matches!(w, "previous" | "following") {
        if let Some(p) = weekday(g, j) {
            return Some(p);
        }
    }
    None
}

/// "the year 2000", "the year two thousand".
fn the_year_named(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the year 2000, the year two thousand
    if w == "year" {
        if let Some(y) = g.year4(j + 1) {
            return Some(Parse::new(j + 2, Sem::Year(y)));
        }
        if let Some(p) = spoken_year(g, j + 1).or_else(|| two_thousand(g, j + 1)) {
            return Some(p);
        }
    }
    None
}

/// "the year ended Sept. 30", "the current fiscal year", "the latest fiscal
/// year", "the year before".
fn the_results_year(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // Results stories: "the year ended Sept. 30" (a year's length, as
    // TimeBank marks it), "for the year", "the current fiscal year", "the
    // full year" (the reference's year), "the latest fiscal year" (the last).
    let (k, latest) = match w {
        "current" | "full" | "whole" | "entire" => (j + 1, false),
        "latest" => (j + 1, true),
        _ => (j, false),
    };
    let k = if g.w(k) == "fiscal" { k + 1 } else { k };
    // Not "the Year III" of the French Republican calendar.
    if g.w(k) == "year"
        && !g.cap(k)
        && !(g.punct(k + 1) == Some('-') || g.punct(k + 1) == Some('\''))
    {
        if matches!(g.w(k + 1), "ended" | "ending") && !latest {
            return Some(Parse::new(
                k + 1,
                Sem::Duration {
                    unit: Unit::Year,
                    n: Amount::N(1.0),
                },
            ));
        }
        // "the year before", "the year that he died": a year of the story;
        // "the current fiscal year that …" is still the current one ("the
        // full year of 1990" is left to its year).
        let named = k > j && g.w(k + 1) != "of";
        if named
            || !matches!(
                g.w(k + 1),
                "before" | "after" | "earlier" | "later" | "ago" | "of" | "in" | "when" | "that"
            )
        {
            let sem = if latest {
                Sem::PastUnit(Unit::Year)
            } else {
                Sem::StoryUnit(Unit::Year)
            };
            return Some(Parse::new(k + 1, sem));
        }
    }
    None
}

/// "the last half of 1989", "the first two quarters of 1990".
fn the_half(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the last half of 1989, the first two quarters of 1990
    let half = match (w, g.w(j + 1), g.w(j + 2)) {
        ("last" | "latter", "half", _) => Some((2, j + 2)),
        ("first", "two", "quarters") => Some((1, j + 3)),
        ("last", "two", "quarters") => Some((2, j + 3)),
        _ => None,
    };
    if let Some((h, k)) = half {
        let (end, y) = of_year(g, k);
        // "the last half of the '80s" is not a half-year.
        if y.is_some() || g.w(k) != "of" {
            return Some(Parse::new(end, Sem::Half { h, y }));
        }
    }
    None
}

/// "the past two months", "the first nine months", "the next 10 days".
fn the_counted_span(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    // the past two months, the first nine months, the next 10 days, the nine months
    let k = past_any(
        g,
        j,
        &[
            "past",
            "last",
            "next",
            "coming",
            "first",
            "previous",
            "following",
            "latest",
            "initial",
            "final",
        ],
    );
    if let Some((k2, n)) = amount(g, k) {
        if g.w(k) != "a" && g.w(k) != "an" {
            if let Some(u) = g.unit(k2) {
                return Some(Parse::new(k2 + 1, Sem::Duration { unit: u, n }));
            }
        }
    }
    None
}

/// "the past year", "the past week", "the previous day", "the following
/// week", "the latest quarter".
fn the_unit_from(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the past year (the year before), the past week (a duration), the
    // previous day, the following week
    if let Some(u) = g.unit(j + 1) {
        match w {
            "past" | "last"
                if matches!(
                    u,
                    Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century
                ) && !g.w(j + 1).ends_with('s') =>
            {
                return Some(Parse::new(j + 2, Sem::PastUnit(u)))
            }
            "past" | "last" if !matches!(u, Unit::Weekend) => {
                return Some(Parse::new(
                    j + 2,
                    Sem::Duration {
                        unit: u,
                        n: Amount::N(1.0),
                    },
                ))
            }
            "previous" | "preceding" | "prior" => {
                return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: -1 }))
            }
            "next" | "following" | "subsequent" => {
                return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: 1 }))
            }
            "same" => return Some(Parse::new(j + 2, Sem::ChainUnit { unit: u, off: 0 })),
            "latest" | "recent" if u == Unit::Quarter => {
                return Some(Parse::new(j + 2, Sem::LatestQuarter(0)))
            }
            "current" if u == Unit::Quarter => {
                return Some(Parse::new(j + 2, Sem::LatestQuarter(1)))
            }
            _ => {}
        }
    }
    None
}

/// "the day before", "the day after Christmas".
fn the_day_beside(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the day before, the day after; the day after Christmas
    if w == "day" && g.same_clause(j, j + 1) {
        let off = match g.w(j + 1) {
            "before" => -1,
            "after" => 1,
            _ => 0,
        };
        if let Some(p) = (off != 0)
            // Not `parse`: "the day before the day before …" must not recurse.
            .then(|| [lexical(g, j + 2), core(g, j + 2)])
            .into_iter()
            .flatten()
            .flatten()
            .max_by_key(|p| p.end)
            .filter(|p| names_a_day(&p.sem))
        {
            let of = Box::new(p.sem);
            return Some(Parse::new(p.end, Sem::DayBeside { of, off }));
        }
        if off != 0 && !next_is_word(g, j + 2) {
            return Some(Parse::new(
                j + 2,
                Sem::ChainUnit {
                    unit: Unit::Day,
                    off,
                },
            ));
        }
    }
    None
}

/// "the latest period", "the quarter", "the quarter a year ago", "the quarter ended Sept. 30".
fn the_quarter(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the latest period (of a company's results)
    if w == "latest" && g.w(j + 1) == "period" {
        return Some(Parse::new(j + 2, Sem::LatestQuarter(0)));
    }
    // the quarter, the quarter a year ago, the quarter ended Sept. 30; not
    // "the quarter-to-quarter comparison"
    if w == "quarter" && !(g.punct(j + 1) == Some('-') && g.attached(j + 1)) {
        if let Some(end) = a_year_back(g, j + 1) {
            return Some(Parse::new(end, Sem::year_ago_quarter(None)));
        }
        if matches!(g.w(j + 1), "ended" | "ending") {
            if let Some(p) = month_first(g, j + 2) {
                if let Sem::Cal { y, m, d: Some(_) } = p.sem {
                    let q = (m - 1) / 3 + 1;
                    return Some(Parse::new(j + 1, Sem::Quarter { q, y }));
                }
            }
        }
        return Some(Parse::new(j + 1, Sem::QuarterAnchor(0)));
    }
    None
}

/// "the same period last year", "the year-earlier quarter", "the year-ago
/// third quarter", "the year-earlier nine months".
fn the_comparison(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    // the same period last year, the corresponding quarter a year earlier
    let k = past_any(g, j, &["same", "comparable", "corresponding"]);
    if matches!(g.w(k), "quarter" | "period") && k > j {
        if let Some(end) = a_year_back(g, k + 1) {
            return Some(Parse::new(end, Sem::year_ago_quarter(None)));
        }
    }
    // the year-earlier quarter, the comparable year-ago period, the
    // year-ago third quarter
    if let Some(k2) = year_ago(g, k) {
        if matches!(g.w(k2), "quarter" | "period") {
            return Some(Parse::new(k2 + 1, Sem::QuarterAnchor(-4)));
        }
        // "the year-earlier nine months": the span's length, as "the nine
        // months" is.
        if let Some((k3, n)) = amount(g, k2).filter(|_| !matches!(g.w(k2), "a" | "an")) {
            if let Some(u @ (Unit::Month | Unit::Week | Unit::Day)) = g.unit(k3) {
                return Some(Parse::new(k3 + 1, Sem::Duration { unit: u, n }));
            }
        }
        if let Some(p) = quarter(g, k2) {
            if let Sem::Quarter { q, y: None } = p.sem {
                return Some(Parse::new(p.end, Sem::year_ago_quarter(Some(q))));
            }
        }
    }
    None
}

/// "the weekend", "the week", "the week of March 6", "the day" (a part of a
/// day already named is not marked).
fn the_week_or_day(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    match w {
        "weekend" => Some(Parse::new(
            j + 1,
            Sem::RelUnit {
                unit: Unit::Weekend,
                off: 0,
            },
        )),
        "week" => {
            // "the week of March 6"
            if g.w(j + 1) == "of" {
                let p = month_first(g, j + 2).or_else(|| day_first(g, j + 2));
                if let Some(Parse {
                    end,
                    sem: Sem::Cal { y, m, d: Some(d) },
                    ..
                }) = p
                {
                    return Some(Parse::new(end, Sem::WeekOf { y, m, d }));
                }
            }
            Some(Parse::new(
                j + 1,
                Sem::RelUnit {
                    unit: Unit::Week,
                    off: 0,
                },
            ))
        }
        // "later in the day", "during the day Friday": a part of a day
        // already named, which TimeBank leaves unmarked.
        "day"
            if i > 1
                && (g.w(i - 1) == "during"
                    || (g.w(i - 1) == "in"
                        && matches!(g.w(i - 2), "later" | "earlier" | "late" | "early"))) =>
        {
            None
        }
        "day" => Some(Parse::new(
            j + 1,
            Sem::ChainUnit {
                unit: Unit::Day,
                off: 0,
            },
        )),
        _ => None,
    }
}

/// "the morning", "the night of April 18, 1775".
fn the_time_of_day(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    let _w = g.w(j);
    if let Some(t) = g.tod(j) {
        // "the night of April 18, 1775", "the morning of 31 January"
        if g.w(j + 1) == "of" {
            if let Some(p) = core(g, j + 2) {
                if matches!(p.sem, Sem::Cal { d: Some(_), .. } | Sem::Weekday { .. }) {
                    return Some(Parse { tod: Some(t), ..p });
                }
            }
        }
        return Some(Parse {
            end: j + 1,
            sem: Sem::TodOnly,
            tod: Some(t),
        });
    }
    None
}

/// "the spring of 1918", "the spring of 480 BC", "the winter", "the early summer".
fn the_season(g: &G<'_>, i: usize) -> Option<Parse> {
    let j = i + 1;
    // the spring of 1918, the spring of 480 BC, the winter, the early summer
    let js = past_any(g, j, &["early", "late"]);
    if let Some(s) = g.season(js) {
        if g.w(js + 1) == "of" {
            if let (end, Some(y)) = of_year(g, js + 1) {
                return Some(Parse::new(
                    end,
                    Sem::Season {
                        s,
                        y: Some(y),
                        rel: None,
                    },
                ));
            }
        }
        // "the fall of Rome", "the monsoon session": not the season itself.
        let of_or_noun = g.w(js + 1) == "of"
            || (!g.w(js + 1).is_empty()
                && g.same_clause(js, js + 1)
                && !noun_ends_phrase(g, js + 1));
        if !of_or_noun && g.w(js) != "monsoon" && !g.cap(js) {
            return Some(Parse::new(
                js + 1,
                Sem::Season {
                    s,
                    y: None,
                    rel: None,
                },
            ));
        }
    }
    None
}

/// "the end of 1990", "the beginning of the year", "the middle of June".
fn the_edge(g: &G<'_>, i: usize, w: &str) -> Option<Parse> {
    let j = i + 1;
    // the end of 1990, the beginning of the year, the middle of June
    if matches!(
        w,
        "end" | "beginning" | "start" | "middle" | "close" | "turn"
    ) && g.w(j + 1) == "of"
    {
        let k = j + 2;
        let inner = if g.w(k) == "the" {
            the_forms(g, k)
        } else {
            None
        }
        .or_else(|| core(g, k));
        if let Some(p) = inner {
            return Some(p);
        }
        if g.w(k) == "the" && g.w(k + 1) == "year" {
            return Some(Parse::new(k + 2, Sem::StoryUnit(Unit::Year)));
        }
        if g.w(k) == "the" && g.w(k + 1) == "month" {
            return Some(Parse::new(k + 2, Sem::StoryUnit(Unit::Month)));
        }
    }
    None
}

/// The token after `j` when the word at `j` is one of `words`, else `j`:
/// an optional modifier ("the early sixties", "the same period").
fn past_any(g: &G<'_>, j: usize, words: &[&str]) -> usize {
    if words.contains(&g.w(j)) {
        j + 1
    } else {
        j
    }
}
