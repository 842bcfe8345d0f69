//! Resolving: each meaning the grammars found becomes a TIMEX3 type and
//! value, in text order, against the reference date (the document's),
//! the tense of its clause and the last date resolved before it.
//!
//! News is mostly past tense, so a bare "March 3" or "on Tuesday" in a
//! past or tenseless clause is the most recent one not after the reference
//! date; with a future verb ("will visit", आएंगे) it is the next one.
//! Without a reference date nothing is invented: relative expressions get
//! PAST_REF / PRESENT_REF / FUTURE_REF or an X-ed form ("XXXX-12-04").
//!
//! [`Anchor::resolve`] dispatches on the meaning to one small method each:
//! calendar dates in [`dates`], quarters and results-story comparisons in
//! [`quarters`], units counted from a date ("last week", "two years ago",
//! "the next day") in [`shifts`].

mod dates;
mod quarters;
mod shifts;

use super::calendar::{add_days, ymd};
use super::grammar::{Parse, Sem, Tod};
use super::lexicon::Unit;
use super::normalize::{date_value, duration, with_tod, year, Gran};
use super::tense::Tense;
use crate::model::TimexType;
use jiff::civil::Date;

/// The state carried along the text while resolving.
pub(crate) struct Anchor {
    pub reference: Option<Date>,
    /// Historical narrative: bare dates follow the text, not the reference.
    pub narrative: bool,
    last: Option<(Date, Gran)>,
    last_quarter: Option<(i32, u8)>,
    /// A results story moved from its quarter to a longer part of the
    /// year ("the first nine months"): until a quarter is named again,
    /// "the 1988 period" and "year-earlier" compare whole years.
    span_year: bool,
    /// The clause being resolved, and the clause of `last`.
    pub clause: usize,
    last_clause: usize,
    /// `last` came from a shift counted from the reference ("a year ago":
    /// year, -1).
    last_shift: Option<(Unit, i64)>,
    /// The expression opens its sentence as a frame: "In January, …".
    pub frame: bool,
}

/// What one meaning resolves to.
enum Value {
    /// A value complete by itself (a year, a duration, a set, PAST_REF):
    /// a time of day is not added to it.
    Whole(TimexType, String),
    /// A date, to which the expression's time of day is added.
    Day(String),
}

/// The date value of a direction: PAST_REF (-1), PRESENT_REF (0), FUTURE_REF (1).
fn refs(sign: i32) -> &'static str {
    match sign.signum() {
        -1 => "PAST_REF",
        0 => "PRESENT_REF",
        _ => "FUTURE_REF",
    }
}

/// Does the meaning name the quarter a results story reports (so that
/// comparisons stop being with whole years)?
fn names_a_quarter(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Quarter { .. }
            | Sem::QuarterAnchor(0)
            | Sem::LatestQuarter(_)
            | Sem::QuarterIn { q: Some(_), .. }
    )
}

/// A date value with the expression's time of day, if any: a TIMEX3 TIME
/// ("2025-12-04T15:30"; a reference such as PAST_REF becomes an unknown
/// day), else a DATE.
fn at_time(value: String, tod: Option<Tod>) -> (TimexType, String) {
    match tod {
        Some(t) if !matches!(t, Tod::Part("")) => {
            let base = if value.ends_with("_REF") {
                "XXXX-XX-XX".to_string()
            } else {
                value
            };
            (TimexType::Time, with_tod(&base, t))
        }
        _ => (TimexType::Date, value),
    }
}

impl Anchor {
    pub(crate) fn new(reference: Option<Date>, narrative: bool) -> Anchor {
        Anchor {
            reference,
            narrative,
            last: None,
            last_quarter: None,
            span_year: false,
            clause: 0,
            last_clause: usize::MAX,
            last_shift: None,
            frame: false,
        }
    }

    /// The date bare expressions are resolved against.
    fn base(&self) -> Option<Date> {
        if self.narrative {
            self.last.map(|l| l.0).or(self.reference)
        } else {
            self.reference
        }
    }

    /// The date chained expressions ("the next day") count from.
    fn chain_base(&self) -> Option<Date> {
        self.last.map(|l| l.0).or(self.reference)
    }

    fn set(&mut self, d: Date, g: Gran) -> String {
        self.last = Some((d, g));
        self.last_clause = self.clause;
        self.last_shift = None;
        date_value(d, g)
    }

    /// Resolves a date a history names as still ahead of its writer ("a
    /// summit set for April", "will meet in May") against the reference
    /// date, leaving the story's own chronology where it was.
    pub(crate) fn resolve_from_now(&mut self, p: &Parse) -> Option<(TimexType, String)> {
        let (narrative, last) = (self.narrative, self.last);
        self.narrative = false;
        let out = self.resolve(p, Tense::Future);
        self.narrative = narrative;
        self.last = last;
        out
    }

    /// Resolves one parse to its TIMEX3 type and value.
    pub(crate) fn resolve(&mut self, p: &Parse, tense: Tense) -> Option<(TimexType, String)> {
        if names_a_quarter(&p.sem) {
            self.span_year = false;
        }
        match self.value(p, tense)? {
            Value::Whole(kind, v) => Some((kind, v)),
            Value::Day(v) => Some(at_time(v, p.tod)),
        }
    }

    /// The value of one meaning, by the method for its kind.
    fn value(&mut self, p: &Parse, tense: Tense) -> Option<Value> {
        let whole = |v: String| Some(Value::Whole(TimexType::Date, v));
        let day = match &p.sem {
            Sem::Ref(v) => return whole(v.to_string()),
            Sem::StoryRef(v) if self.narrative => return whole(v.to_string()),
            Sem::StoryRef(_) => return None,
            Sem::Duration { unit, n } => {
                return Some(Value::Whole(TimexType::Duration, duration(*unit, *n)))
            }
            Sem::Set(v) => return Some(Value::Whole(TimexType::Set, v.clone())),
            Sem::DurValue(v) => return Some(Value::Whole(TimexType::Duration, v.to_string())),
            Sem::Year(y) => return whole(self.year(*y)),
            Sem::Decade(d) => return whole(format!("{d:03}")),
            Sem::Century(c) => return whole(format!("{c:02}")),
            Sem::Bc(n) => return whole(self.bc(*n)),
            Sem::FiscalYear(y) => return whole(format!("FY{y:04}")),
            Sem::Cal { y, m, d } => self.cal(*y, *m, *d, tense),
            Sem::WeekOf { y, m, d } => self.week_of(*y, *m, *d, tense),
            Sem::RelCal { m, d, off } => self.rel_cal(*m, *d, *off),
            Sem::YearCal { m, off } => self.year_cal(*m, *off, tense),
            Sem::Weekday { wd, rel } => self.weekday(*wd, *rel, tense),
            Sem::Quarter { q, y } => self.quarter(*q, *y, tense),
            Sem::Half { h, y } => self.half(*h, *y, tense),
            Sem::Season { s, y, rel } => self.season(s, *y, *rel),
            Sem::Holiday { feast, y } => self.feast(*feast, *y, tense),
            Sem::RelUnit {
                unit: Unit::Weekend,
                off: 0,
            } => self.weekend(tense)?,
            Sem::RelUnit { unit, off } => self.rel_unit(*unit, *off)?,
            Sem::PastUnit(unit) => return self.past_unit(*unit),
            Sem::StoryUnit(unit) => self.story_unit(*unit)?,
            Sem::ChainUnit {
                unit: Unit::Day,
                off: 0,
            } if matches!(self.last, Some((_, Gran::Year | Gran::Month))) => self.day_of_last(),
            Sem::ChainUnit { unit, off } => self.chain_unit(*unit, *off)?,
            Sem::Shift {
                unit,
                n,
                dir,
                chain,
            } => self.shift(*unit, *n, *dir, *chain)?,
            Sem::Deictic(n) => self.days_from_reference(i64::from(*n)),
            Sem::HiKal(n) => {
                let n = if tense == Tense::Future { *n } else { -*n };
                self.days_from_reference(i64::from(n))
            }
            Sem::QuarterAnchor(k) if self.span_year && *k < 0 && k % 4 == 0 => {
                self.span_year_ago(*k)?
            }
            Sem::QuarterIn { q: None, y } if self.span_year => self.span_year_of(*y)?,
            Sem::QuarterAnchor(k) => return self.quarter_anchor(*k),
            Sem::QuarterIn { q, y } => return self.quarter_in(*q, *y),
            Sem::LatestQuarter(k) => return self.latest_quarter(*k),
            Sem::MonthDay { d, months } => self.month_day(*d, *months, tense),
            Sem::DayBeside { of, off } => self.day_beside(p.end, of, *off, tense)?,
            Sem::TodOnly => self.tod_day(tense),
        };
        Some(Value::Day(day))
    }

    /// A year: "2021".
    fn year(&mut self, y: i32) -> String {
        match ymd(y, 1, 1) {
            Some(d) => self.set(d, Gran::Year),
            None => year(y),
        }
    }

    /// A year before the common era: "490 BC".
    fn bc(&mut self, n: i32) -> String {
        // Stored as year -n, so "the following year" after 490 BC is 489 BC.
        match ymd(-n, 1, 1) {
            Some(d) => self.set(d, Gran::Year),
            None => format!("BC{n:04}"),
        }
    }

    /// The day before or after the day another expression names: "the
    /// day before last Tuesday's hearing", "the day after Christmas".
    fn day_beside(&mut self, end: usize, of: &Sem, off: i32, tense: Tense) -> Option<String> {
        let (_, v) = self.resolve(&Parse::new(end, of.clone()), tense)?;
        Some(match self.last {
            Some((d, Gran::Day)) if date_value(d, Gran::Day) == v => {
                match add_days(d, i64::from(off)) {
                    Some(beside) => self.set(beside, Gran::Day),
                    None => v,
                }
            }
            // A day the text cannot place: its neighbour cannot be placed either.
            _ => v,
        })
    }

    /// The day of a bare time ("at 3 pm"): the day just named; in a
    /// history, the last day the story reached.
    fn tod_day(&self, tense: Tense) -> String {
        let day = match self.last {
            Some((d, Gran::Day))
                if self.last_clause == self.clause
                    || self.narrative
                    || (tense == Tense::Past && Some(d) != self.reference) =>
            {
                Some(d)
            }
            _ => self.reference,
        };
        match day {
            Some(d) => date_value(d, Gran::Day),
            None => "XXXX-XX-XX".to_string(),
        }
    }
}
