//! Calendar arithmetic: building and moving dates, the weekday of a
//! date, the dates of feasts (fixed, Easter, the Nth weekday of a month,
//! lunar feasts by table) and the date a bare day-and-month means.

use super::lexicon::{feast_table, Feast};
use super::tense::Tense;
use jiff::civil::Date;
use jiff::Span;

pub(super) fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

pub(super) fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

pub(super) fn y_of(d: Date) -> i32 {
    i32::from(d.year())
}

pub(super) fn weekday_of(d: Date) -> i64 {
    i64::from(d.weekday().to_monday_one_offset())
}

/// Of the same day in neighbouring years, the one a bare date means.
pub(super) fn pick_near(b: Date, all: &[Date], tense: Tense) -> Option<Date> {
    // News names a date more than a few months old with its
    // year, so a bare date far back is more likely just ahead.
    let ahead = all.iter().filter(|x| **x > b).min().copied();
    let behind = all.iter().filter(|x| **x <= b).max().copied();
    let days = |x: Date| (x - b).get_days().abs();
    match (tense, ahead, behind) {
        // A date a day or two gone is the one meant, even in a
        // future clause ("must leave by Jan. 14" on the 15th).
        (Tense::Future, _, Some(p)) if days(p) <= 2 => Some(p),
        (Tense::Future, Some(a), _) => Some(a),
        (Tense::Past, Some(a), Some(p)) if days(p) > 240 && days(a) <= 75 => Some(a),
        (Tense::Past, _, Some(p)) => Some(p),
        (Tense::Unknown, Some(a), _) if days(a) <= 90 => Some(a),
        (_, a, p) => p.or(a),
    }
}

/// The day a feast falls on in year `y`, when known.
pub(super) fn feast_date(feast: Feast, y: i32) -> Option<Date> {
    match feast {
        Feast::Fixed(m, d) => ymd(y, m, d),
        Feast::Easter(off) => add_days(easter(y)?, i64::from(off)),
        Feast::Nth { m, wd, n } => {
            let first = ymd(y, m, 1)?;
            let to_wd = (i64::from(wd) - weekday_of(first)).rem_euclid(7);
            if n > 0 {
                add_days(first, to_wd + 7 * (i64::from(n) - 1))
            } else {
                // The last one: step back from the first of the next month.
                let next = add_months(first, 1)?;
                let back = (weekday_of(next) - i64::from(wd)).rem_euclid(7);
                add_days(next, -(if back == 0 { 7 } else { back }))
            }
        }
        Feast::Table(name) => {
            let dates = feast_table().get(name)?;
            let &(_, m, d) = dates.iter().find(|(yy, _, _)| *yy == y)?;
            ymd(y, m, d)
        }
        Feast::Unknown => None,
    }
}

/// Western Easter Sunday of year `y` (the Gregorian computus).
pub(super) fn easter(y: i32) -> Option<Date> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u8, day as u8)
}

/// The last quarter that ended before `r`: (year, 1–4).
pub(super) fn last_full_quarter(r: Date) -> (i32, u8) {
    let q = (r.month() as u8 - 1) / 3 + 1;
    if q == 1 {
        (y_of(r) - 1, 4)
    } else {
        (y_of(r), q - 1)
    }
}
