//! Where a TIMEX3 value sits on the calendar: ordering values on a
//! timeline, granularity first.
//!
//! A timeline sorts events by the start of the period their date names and,
//! for periods that start together, the coarser first: `2021` before
//! `2021-06` before `2021-06-03` before `2021-06-03T15:30`. Values that name
//! no point in time (durations like `P2D`, sets, `PAST_REF`) have no key and
//! go last. [`sort_key`] is what the per-document timeline, the events'
//! dates and [`crate::merge()`] sort by; it lives below the stages so that
//! each of them reads it without reading another stage.

use std::cmp::Ordering;

/// How fine a date is; coarser sorts first among dates that start together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Granularity {
    /// `19` (the 1900s).
    Century,
    /// `199` (the 1990s).
    Decade,
    /// `2021`.
    Year,
    /// `2021-H1`.
    Half,
    /// `2021-Q3`, `2021-SU`.
    Quarter,
    /// `2021-06`.
    Month,
    /// `2021-W23`.
    Week,
    /// `2021-06-03`.
    Day,
    /// `2021-06-03T15:30`, `2021-06-03TEV`.
    Time,
}

/// A sortable key for a TIMEX3 date value: the start of the period it names,
/// then its granularity, then the time of day in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey {
    /// Year of the period's first day.
    pub year: i32,
    /// Month of the period's first day (1-12).
    pub month: u8,
    /// Day of the period's first day (1-31).
    pub day: u8,
    /// How fine the value is.
    pub granularity: Granularity,
    /// Minutes after midnight for times, else 0.
    pub minutes: u16,
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The sort key of a TIMEX3 value, or `None` when it names no point in time.
///
/// ```
/// use khabar_core::events::timeline::sort_key;
/// assert!(sort_key("2021") < sort_key("2021-06"));
/// assert!(sort_key("2021-06") < sort_key("2021-06-03"));
/// assert!(sort_key("2021-06-03") < sort_key("2021-06-03T09:00"));
/// assert!(sort_key("2020-12-31") < sort_key("2021"));
/// assert_eq!(sort_key("P2D"), None);
/// ```
pub fn sort_key(value: &str) -> Option<SortKey> {
    let v = value.trim();
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let mut parts = date.split('-');
    let head = parts.next()?;
    let key = |year: i32, month: u8, day: u8, granularity| SortKey {
        year,
        month,
        day,
        granularity,
        minutes: 0,
    };
    // A fiscal year ("FY2024", India's April–March year) starts in April.
    if let Some(y) = head.strip_prefix("FY") {
        if y.len() != 4 || parts.next().is_some() || time.is_some() {
            return None;
        }
        return Some(key(num::<i32>(y)?, 4, 1, Granularity::Year));
    }
    let mut k = match head.len() {
        2 => key(num::<i32>(head)? * 100, 1, 1, Granularity::Century),
        3 => key(num::<i32>(head)? * 10, 1, 1, Granularity::Decade),
        4 => {
            let year: i32 = num(head)?;
            match parts.next() {
                None => key(year, 1, 1, Granularity::Year),
                Some(p) => {
                    if let Some(w) = p.strip_prefix('W') {
                        let week: i8 = num(w)?;
                        let d = jiff::civil::ISOWeekDate::new(
                            i16::try_from(year).ok()?,
                            week,
                            jiff::civil::Weekday::Monday,
                        )
                        .ok()?
                        .date();
                        key(
                            i32::from(d.year()),
                            u8::try_from(d.month()).ok()?,
                            u8::try_from(d.day()).ok()?,
                            Granularity::Week,
                        )
                    } else if let Some(q) = p.strip_prefix('Q') {
                        let q: u8 = num(q)?;
                        if !(1..=4).contains(&q) {
                            return None;
                        }
                        key(year, (q - 1) * 3 + 1, 1, Granularity::Quarter)
                    } else if let Some(h) = p.strip_prefix('H') {
                        let h: u8 = num(h)?;
                        if !(1..=2).contains(&h) {
                            return None;
                        }
                        key(year, (h - 1) * 6 + 1, 1, Granularity::Half)
                    } else if let Some(m) = ["WI", "SP", "SU", "FA"].iter().position(|s| *s == p) {
                        // Northern seasons: winter from December of the year before.
                        if m == 0 {
                            key(year - 1, 12, 1, Granularity::Quarter)
                        } else {
                            key(year, 3 * u8::try_from(m).ok()?, 1, Granularity::Quarter)
                        }
                    } else {
                        let month: u8 = num(p)?;
                        if !(1..=12).contains(&month) {
                            return None;
                        }
                        match parts.next() {
                            None => key(year, month, 1, Granularity::Month),
                            Some(d) => {
                                let day: u8 = num(d)?;
                                if !(1..=31).contains(&day) {
                                    return None;
                                }
                                key(year, month, day, Granularity::Day)
                            }
                        }
                    }
                }
            }
        }
        _ => return None,
    };
    if let Some(t) = time {
        if k.granularity != Granularity::Day {
            return None;
        }
        k.granularity = Granularity::Time;
        k.minutes = match t {
            "MO" => 6 * 60,
            "MI" => 12 * 60,
            "AF" => 14 * 60,
            "EV" => 18 * 60,
            "NI" => 21 * 60,
            "DT" => 9 * 60,
            _ => {
                let mut hm = t.split(':');
                let h: u16 = num(hm.next()?.get(..2)?)?;
                let m: u16 = hm.next().and_then(|m| m.get(..2)).map_or(Some(0), num)?;
                if h > 24 || m > 59 {
                    return None;
                }
                h * 60 + m
            }
        };
    }
    Some(k)
}

/// Compares two TIMEX3 values for a timeline: by [`sort_key`], values with
/// no key last (and among themselves by text).
pub fn compare(a: &str, b: &str) -> Ordering {
    match (sort_key(a), sort_key(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_start_then_granularity() {
        let mut values = vec![
            "2025-12-04",
            "2021",
            "2025-09-01",
            "2025-06",
            "2022",
            "P2D",
            "2025-12-04TEV",
            "2025-W49",
            "2025-Q3",
            "199",
            "19",
            "2025-12",
            "PAST_REF",
            "2021-06-03T15:30",
            "2025-SU",
            "FY2024",
        ];
        values.sort_by(|a, b| compare(a, b));
        assert_eq!(
            values,
            [
                "19",
                "199",
                "2021",
                "2021-06-03T15:30",
                "2022",
                "FY2024",
                "2025-SU",
                "2025-06",
                "2025-Q3",
                "2025-09-01",
                "2025-12",
                "2025-W49",
                "2025-12-04",
                "2025-12-04TEV",
                "P2D",
                "PAST_REF",
            ]
        );
    }

    #[test]
    fn rejects_what_is_no_date() {
        for v in [
            "",
            "P5M",
            "XXXX-12-04",
            "2025-13",
            "2025-12-40",
            "2025-Q5",
            "abcd",
            "2025-06T10:00",
            "२०२५",
            "FY24",
            "FY2024-Q1",
        ] {
            assert_eq!(sort_key(v), None, "{v}");
        }
    }
}
