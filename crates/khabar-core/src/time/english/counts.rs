//! Counted units: durations ("three years", "48 hours", "two-day"),
//! shifts ("two days ago", "five months later"), bare units ("for
//! years", "year-end") and sets ("every Monday", "$5 a year").
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | He left two days ago. | two days ago | 2025-12-03 |
//! | It lasted three years. | three years | P3Y |
//! | He began a two-day visit. | two-day | P2D |
//! | It rose to 5% in recent years. | recent years | PAST_REF |
//! | They fought for years. | years | PXY |
//! | Shops shut at night. | night | 2025-12-05TNI |
//! | It runs four flights a week. | a week | P1W |
//! | They meet every Monday. | every Monday | XXXX-WXX-1 |
//! | Prices rise each year. | each year | P1Y |
//! | Checks run every two weeks. | every two weeks | P2W |
//! | It was a long day. | day | P1D |

use super::super::grammar::{Parse, Sem, Tod, G};
use super::super::lexicon::Class;
use super::super::lexicon::{Lex, Unit};
use super::super::normalize::duration;
use super::super::numbers::{amount, and_a_half, Amount};
use super::opens_sentence;
use super::relative::year_ago;
use super::years::quarter;

/// "two days ago", "five months later", "three years", "48 hours", "two-day",
/// "years" (unspecified), "recent years", "at night".
#[inline]
pub(super) fn count(g: &G<'_>, i: usize) -> Option<Parse> {
    // "Islam will one day be …": some day ahead, not a day's length.
    if g.w(i) == "one"
        && g.w(i + 1) == "day"
        && i > 0
        && matches!(
            g.w(i - 1),
            "will" | "would" | "may" | "might" | "could" | "can" | "shall" | "should"
        )
    {
        return Some(Parse::new(i + 2, Sem::Ref("FUTURE_REF")));
    }
    if let Some(u) = g.unit(i) {
        return bare_unit(g, i, u);
    }
    if let Some(t) = g.tod(i) {
        return part_of_day(g, i, t);
    }
    if g.w(i) == "recent" {
        // "in recent years", "recent days": TimeML's PAST_REF, a date.
        if g.unit(i + 1).is_some() && g.w(i + 1).ends_with('s') {
            return Some(Parse::new(i + 2, Sem::Ref("PAST_REF")));
        }
        return None;
    }
    if g.num(i).is_some()
        && i > 0
        && g.attached(i)
        && (g.num(i - 1).is_some()
            || matches!(
                g.punct(i - 1),
                Some('-' | '/' | '.' | ',' | ':' | '$' | '₹')
            ))
    {
        return None;
    }
    counted(g, i)
}

/// A unit word on its own: "for years", "year-end", "the year-earlier
/// third quarter" without "the", "weekend", "a long day".
fn bare_unit(g: &G<'_>, i: usize, u: Unit) -> Option<Parse> {
    // Bare plural units: "for years", "in recent years"; "year-earlier".
    let w = g.w(i);
    if let Some(p) = year_ago(g, i).and_then(|k| quarter(g, k)) {
        if let Sem::Quarter { q, y: None } = p.sem {
            return Some(Parse::new(p.end, Sem::year_ago_quarter(Some(q))));
        }
    }
    // "year-end", "year end", "year's end": the reference's year.
    let end_at = match (g.punct(i + 1), g.w(i + 1)) {
        (Some('-'), _) if g.attached(i + 1) => Some(i + 2),
        (Some('\''), _) if g.attached(i + 1) && g.w(i + 2) == "s" => Some(i + 3),
        (None, "end") => Some(i + 1),
        _ => None,
    };
    if let Some(k) = end_at {
        // Not "the year-end" (left to "the"), nor a title's "Pharmacy Year-end party".
        let title = g.cap(i) && i > 0 && !g.w(i - 1).is_empty() && g.same_clause(i - 1, i);
        if w == "year" && g.w(k) == "end" && !(i > 0 && g.w(i - 1) == "the") && !title {
            return Some(Parse::new(k + 1, Sem::StoryUnit(Unit::Year)));
        }
    }
    if w == "year"
        && g.punct(i + 1) == Some('-')
        && g.attached(i + 1)
        && matches!(g.w(i + 2), "earlier" | "ago")
    {
        let end = if matches!(g.w(i + 3), "quarter" | "period" | "level" | "levels") {
            i + 4
        } else {
            i + 3
        };
        return Some(Parse::new(end, Sem::QuarterAnchor(-4)));
    }
    if w == "weekend" {
        return Some(Parse::new(
            i + 1,
            Sem::RelUnit {
                unit: Unit::Weekend,
                off: 0,
            },
        ));
    }
    // "a long day", "a busy day": a day's length, as TimeML marks it.
    if w == "day" && i > 0 && g.is(i - 1, Class::DayAdjective) && g.same_clause(i - 1, i) {
        return Some(Parse::new(
            i + 1,
            Sem::Duration {
                unit: Unit::Day,
                n: Amount::N(1.0),
            },
        ));
    }
    // Not the "years" of an age left alone below ("52 years old"), nor
    // the vague "minutes apart", "a matter of days", which TimeBank
    // leaves unmarked.
    let matter_of = i >= 2 && g.w(i - 1) == "of" && g.w(i - 2) == "matter";
    if w.ends_with('s')
        && !matches!(u, Unit::Weekend | Unit::Second | Unit::Quarter)
        && !g.cap(i)
        && !matches!(g.w(i + 1), "old" | "apart")
        && !matter_of
    {
        return Some(Parse::new(
            i + 1,
            Sem::Duration {
                unit: u,
                n: Amount::X,
            },
        ));
    }
    None
}

/// A part of the day after "at", "by", "during": "at night", "all night".
fn part_of_day(g: &G<'_>, i: usize, t: Tod) -> Option<Parse> {
    let prev = if i > 0 { g.w(i - 1) } else { "" };
    if matches!(
        prev,
        "at" | "by" | "during" | "all" | "through" | "overnight"
    ) {
        return Some(Parse {
            end: i + 1,
            sem: Sem::TodOnly,
            tod: Some(t),
        });
    }
    None
}

/// A count and its unit: "two more weeks", "eight trading days",
/// "48-hour"; the unit's token, the amount, whether hyphenated, the unit.
fn amount_and_unit(g: &G<'_>, i: usize) -> Option<(usize, Amount, bool, Unit)> {
    let (j, n) = amount(g, i)?;
    // "two more weeks", "20 more years"
    let j = if g.w(j) == "more" && g.unit(j + 1).is_some() {
        j + 1
    } else {
        j
    };
    // "eight trading days", "10 working days" (but "a calendar year" is a
    // kind of year, not a length)
    let j = if matches!(
        g.w(j),
        "trading" | "business" | "working" | "calendar" | "school" | "court"
    ) && g.unit(j + 1).is_some()
        && !matches!(g.w(i), "a" | "an")
    {
        j + 1
    } else {
        j
    };
    // "two-day", "48-hour"
    let (j, hyphen) = if g.punct(j) == Some('-') && g.attached(j) && g.attached(j + 1) {
        (j + 1, true)
    } else {
        (j, false)
    };
    let u = g.unit(j)?;
    if !g.same_clause(i, j) || (u == Unit::Second && matches!(g.w(i), "a" | "an")) {
        return None;
    }
    Some((j, n, hyphen, u))
}

/// A counted unit and what follows it: a length ("three years"), an age
/// ("20 years old"), a shift ("two days ago", "five months later"), a
/// rate ("four flights a week").
fn counted(g: &G<'_>, i: usize) -> Option<Parse> {
    let (j, n, hyphen, u) = amount_and_unit(g, i)?;
    let mut end = j + 1;
    // A fraction: "three-quarters of its food", "a quarter of the market".
    if u == Unit::Quarter && g.w(end) == "of" && g.year4(end + 1).is_none() {
        return None;
    }
    // "a year-earlier loss": "year-earlier" is read on its own.
    if g.punct(end) == Some('-') && g.attached(end) && matches!(g.w(end + 1), "earlier" | "ago") {
        return None;
    }
    // "an hour and a half", "a minute and a half"
    let n = match n {
        Amount::N(v) if !hyphen => {
            let (e, v) = and_a_half(g, end, v);
            end = e;
            Amount::N(v)
        }
        n => n,
    };
    // Ages: "he was 20 years old" is a length of time, as TimeML marks it
    // (WikiWars does); an age set beside a name ("Mr. Smith, 52 years old,
    // will …", "employees 55 years old or older") describes the person and
    // TimeBank leaves it, as it does the adjective "five-year-old".
    if g.w(end) == "old" {
        // "she's 16 days old": the copula contracted.
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        let contracted = matches!(prev, "s" | "m" | "re")
            && g.attached(i - 1)
            && matches!(g.punct(i.saturating_sub(2)), Some('\'' | '’'));
        if opens_sentence(g, i) || contracted || (i > 0 && g.is(i - 1, Class::AgeVerb)) {
            return Some(Parse::new(end + 1, Sem::Duration { unit: u, n }));
        }
        return None;
    }
    if g.punct(end) == Some('-') && g.w(end + 1) == "old" {
        return None;
    }
    if hyphen {
        return Some(Parse::new(end, Sem::Duration { unit: u, n }));
    }
    // "a week or so ago"
    if g.w(end) == "or"
        && g.w(end + 1) == "so"
        && matches!(g.w(end + 2), "ago" | "earlier" | "later")
    {
        end += 2;
    }
    let dir_word = g.w(end);
    let shift = |dir: i32, chain: bool, e: usize| {
        Some(Parse::new(
            e,
            Sem::Shift {
                unit: u,
                n,
                dir,
                chain,
            },
        ))
    };
    match dir_word {
        "ago" => return shift(-1, false, end + 1),
        "hence" => return shift(1, false, end + 1),
        "from" if g.w(end + 1) == "now" => return shift(1, false, end + 2),
        "earlier" => return shift(-1, true, end + 1),
        "later" => return shift(1, true, end + 1),
        _ => {}
    }
    // "a week" after "twice": left to sets; "a year" inside "$5 a year" is a rate.
    if matches!(g.w(i), "a" | "an")
        && i > 0
        && (g.num(i - 1).is_some()
            || matches!(g.w(i - 1), "once" | "twice" | "thrice" | "times" | "per"))
    {
        return None;
    }
    // "$500 million a year", "four flights a week", "interviews a day": a
    // rate, TimeML's SET.
    if matches!(g.w(i), "a" | "an") && i > 0 && g.same_clause(i - 1, i) && rate_before(g, i - 1) {
        return Some(Parse::new(end, Sem::Set(duration(u, n))));
    }
    Some(Parse::new(end, Sem::Duration { unit: u, n }))
}

/// Does the word at `i` count something, so that "a year" after it is a
/// rate: an amount ("million", "crore") or a plural noun ("flights",
/// "interviews"), not a time unit ("24 hours a day" is left alone).
pub(super) fn rate_before(g: &G<'_>, i: usize) -> bool {
    let w = g.w(i);
    if matches!(
        w,
        "million" | "billion" | "trillion" | "crore" | "crores" | "lakh" | "lakhs" | "thousand"
    ) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && g.unit(i).is_none()
        && !g.cap(i)
        && !matches!(
            w,
            "was" | "has" | "does" | "is" | "this" | "its" | "his" | "hers"
        )
}

/// "every Monday", "each year", "every two weeks", "Mondays".
#[inline]
pub(super) fn set(g: &G<'_>, i: usize) -> Option<Parse> {
    if let Some(wd) = g.find(i, |e| match e {
        Lex::WeekdaySet(d) => Some(*d),
        _ => None,
    }) {
        if g.cap(i) {
            return Some(Parse::new(i + 1, Sem::Set(format!("XXXX-WXX-{wd}"))));
        }
    }
    if !matches!(g.w(i), "every" | "each") {
        return None;
    }
    let j = i + 1;
    let wd = g.weekday(j).or_else(|| {
        g.find(j, |e| match e {
            Lex::WeekdayAbbr(d) => Some(*d),
            _ => None,
        })
    });
    if let Some(wd) = wd {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-WXX-{wd}"))));
    }
    // "each July", "every March"
    if let Some(m) = g.month(j) {
        if g.cap(j) {
            return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-{m:02}"))));
        }
    }
    if let Some(Tod::Part(t)) = g.tod(j) {
        return Some(Parse::new(j + 1, Sem::Set(format!("XXXX-XX-XXT{t}"))));
    }
    if let Some(u) = g.unit(j) {
        return Some(Parse::new(j + 1, Sem::Set(duration(u, Amount::N(1.0)))));
    }
    let (k, n) = amount(g, j)?;
    let u = g.unit(k)?;
    Some(Parse::new(k + 1, Sem::Set(duration(u, n))))
}
