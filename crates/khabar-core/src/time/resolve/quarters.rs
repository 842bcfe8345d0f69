//! Quarters and halves of years, and the comparisons of a results story:
//! "Q3", "the quarter", "the year-ago quarter", "the same period last
//! year", "the latest quarter", "the first half".

use super::super::calendar::{add_months, last_full_quarter, y_of, ymd};
use super::super::grammar::QYear;
use super::super::normalize::{year, Gran};
use super::super::tense::Tense;
use super::{Anchor, Value};
use crate::model::TimexType;
use jiff::civil::Date;

/// The quarter `k` quarters from quarter `q` of year `y`.
fn quarters_from(y: i32, q: u8, k: i32) -> (i32, u8) {
    let idx = i64::from(y) * 4 + i64::from(q) - 1 + i64::from(k);
    (idx.div_euclid(4) as i32, (idx.rem_euclid(4) + 1) as u8)
}

/// An unplaceable quarter: "XXXX-QX" (a whole value, no time of day).
fn unknown_quarter() -> Option<Value> {
    Some(Value::Whole(TimexType::Date, "XXXX-QX".to_string()))
}

impl Anchor {
    /// Quarter `q` of year `y`, or of the year the tense points to: reports
    /// name this year's quarters; a later quarter in a past-tense clause
    /// is last year's.
    pub(super) fn quarter(&mut self, q: u8, y: Option<i32>, tense: Tense) -> String {
        let y = y.or_else(|| {
            let r = self.base()?;
            let cq = (r.month() as u8 - 1) / 3 + 1;
            Some(if q <= cq || tense == Tense::Future || self.narrative {
                y_of(r)
            } else {
                y_of(r) - 1
            })
        });
        match y.and_then(|y| ymd(y, q * 3 - 2, 1)) {
            Some(d) => {
                self.note_quarter(d, q);
                self.set(d, Gran::Quarter)
            }
            None => format!("XXXX-Q{q}"),
        }
    }

    /// Half `h` of year `y`, or of the year the tense points to.
    pub(super) fn half(&mut self, h: u8, y: Option<i32>, tense: Tense) -> String {
        let y = y.or_else(|| self.year_for(i32::from(h) * 6 - 5, tense));
        match y.and_then(|y| ymd(y, h * 6 - 5, 1)) {
            Some(d) => self.set(d, Gran::Half),
            None => format!("XXXX-H{h}"),
        }
    }

    /// "a year earlier" in a results story that has turned to a part of
    /// the year: the same part of an earlier year, written as that year;
    /// the base stays the year reported, as a comparison quarter does.
    pub(super) fn span_year_ago(&self, k: i32) -> Option<String> {
        let (ly, _) = self.quarter_context()?;
        Some(year(ly + k / 4))
    }

    /// "the 1988 period" in a results story that has turned to a part of
    /// the year: that year.
    pub(super) fn span_year_of(&self, y: QYear) -> Option<String> {
        let (ly, _) = self.quarter_context()?;
        Some(year(self.quarter_year(y, ly)))
    }

    /// "the quarter" (0), "the year-ago quarter" (-4): quarters from the
    /// last quarter named, else from the last full quarter.
    pub(super) fn quarter_anchor(&mut self, k: i32) -> Option<Value> {
        let (y, q) = match (self.last_quarter, self.reference) {
            (Some(lq), _) => lq,
            // The last full quarter before the reference date.
            (None, Some(r)) => last_full_quarter(r),
            (None, None) => return unknown_quarter(),
        };
        let (y, q) = quarters_from(y, q, k);
        let v = format!("{}-Q{q}", year(y));
        if let Some(d) = ymd(y, q * 3 - 2, 1) {
            if k == 0 {
                self.last_quarter = Some((y, q));
            }
            self.last = Some((d, Gran::Quarter));
        }
        Some(Value::Day(v))
    }

    /// A quarter of a given year, its number from the text when not said:
    /// "last year's third quarter", "the 1988 quarter".
    pub(super) fn quarter_in(&mut self, q: Option<u8>, y: QYear) -> Option<Value> {
        let Some((ly, lq)) = self.quarter_context() else {
            return Some(Value::Whole(
                TimexType::Date,
                match q {
                    Some(q) => format!("XXXX-Q{q}"),
                    None => "XXXX-QX".to_string(),
                },
            ));
        };
        let q = q.unwrap_or(lq);
        let y = self.quarter_year(y, ly);
        Some(Value::Day(match ymd(y, q * 3 - 2, 1) {
            Some(d) => {
                let keep = self.last_quarter;
                let v = self.set(d, Gran::Quarter);
                // A comparison quarter does not become the one reported.
                if y < ly {
                    self.last_quarter = keep;
                } else {
                    self.last_quarter = Some((y, q));
                }
                v
            }
            None => format!("{}-Q{q}", year(y)),
        }))
    }

    /// "the latest quarter" (0), "the current quarter" (1): from the last
    /// full quarter before the reference date.
    pub(super) fn latest_quarter(&mut self, k: i32) -> Option<Value> {
        let Some(r) = self.reference else {
            return unknown_quarter();
        };
        let (y, q) = last_full_quarter(r);
        let (y, q) = quarters_from(y, q, k);
        Some(Value::Day(match ymd(y, q * 3 - 2, 1) {
            Some(d) => {
                self.last_quarter = Some((y, q));
                self.set(d, Gran::Quarter)
            }
            None => format!("{}-Q{q}", year(y)),
        }))
    }

    /// The year a quarter phrase names, given the year `ly` the story
    /// reports ("the 1988 quarter", "last year's", "the year-ago").
    pub(super) fn quarter_year(&self, y: QYear, ly: i32) -> i32 {
        match y {
            QYear::Abs(y) => y,
            QYear::Ref(off) => self.reference.map_or(ly, y_of) + off,
            QYear::Last(off) => ly + off,
        }
    }

    /// "the first nine months", "the six months": a results story turns from
    /// its quarter to the part of the year so far, and the comparisons that
    /// follow ("a year earlier", "the 1988 period", "year-earlier net") are
    /// with the same part of the year before, written as that year.
    pub(crate) fn results_span(&mut self) {
        if self.narrative {
            return;
        }
        if let Some(d) = self.last_quarter.and_then(|(y, _)| ymd(y, 1, 1)) {
            self.last = Some((d, Gran::Year));
            self.span_year = true;
        }
    }

    /// Makes the quarter starting on `d` the one the text reports, unless
    /// it is a forecast (it has not ended by the reference date) or an
    /// earlier quarter named for comparison ("after a flat second quarter").
    pub(super) fn note_quarter(&mut self, d: Date, q: u8) {
        let ahead = !self.narrative
            && self
                .reference
                .is_some_and(|r| add_months(d, 3).is_none_or(|end| end > r));
        let earlier = self
            .last_quarter
            .is_some_and(|(ly, lq)| (y_of(d), q) < (ly, lq));
        if !ahead && !earlier {
            self.last_quarter = Some((y_of(d), q));
        }
    }

    /// The quarter the text is about: the last one named, else the last
    /// full quarter before the reference date.
    pub(super) fn quarter_context(&self) -> Option<(i32, u8)> {
        self.last_quarter
            .or_else(|| self.reference.map(last_full_quarter))
    }
}
