//! Calendar dates with their year or day left to context: "March 3",
//! "on Tuesday", "last April", "the week of March 6", "last fall",
//! "Diwali", "15 तारीख".

use super::super::calendar::{add_days, add_months, feast_date, pick_near, weekday_of, y_of, ymd};
use super::super::lexicon::Feast;
use super::super::normalize::{year, Gran};
use super::super::tense::Tense;
use super::Anchor;
use jiff::civil::Date;

impl Anchor {
    pub(super) fn cal(&mut self, y: Option<i32>, m: u8, d: Option<u8>, tense: Tense) -> String {
        let y = match y {
            Some(y) => Some(y),
            None => match (self.base(), d) {
                (Some(b), Some(day)) if !self.narrative => {
                    let cands = [y_of(b) - 1, y_of(b), y_of(b) + 1];
                    let all: Vec<Date> = cands.iter().filter_map(|&yy| ymd(yy, m, day)).collect();
                    pick_near(b, &all, tense).map(y_of)
                }
                (Some(_), _) => self.year_for(i32::from(m), tense),
                (None, _) => None,
            },
        };
        match (y, d) {
            (Some(y), Some(d)) => match ymd(y, m, d) {
                Some(date) => self.set(date, Gran::Day),
                None => format!("{}-{m:02}-{d:02}", year(y)),
            },
            (Some(y), None) => match ymd(y, m, 1) {
                Some(date) => self.set(date, Gran::Month),
                None => format!("{}-{m:02}", year(y)),
            },
            (None, Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (None, None) => format!("XXXX-{m:02}"),
        }
    }

    /// The week of a date: "the week of March 6".
    pub(super) fn week_of(&mut self, y: Option<i32>, m: u8, d: u8, tense: Tense) -> String {
        let v = self.cal(y, m, Some(d), tense);
        match self.last {
            Some((day, Gran::Day)) => self.set(day, Gran::Week),
            _ => v,
        }
    }

    pub(super) fn rel_cal(&mut self, m: u8, d: Option<u8>, off: i32) -> String {
        let Some(r) = self.reference else {
            return match d {
                Some(d) => format!("XXXX-{m:02}-{d:02}"),
                None => format!("XXXX-{m:02}"),
            };
        };
        let (ry, rm) = (y_of(r), r.month() as u8);
        let y = match (d, off.signum()) {
            (Some(_), _) | (None, 0) => ry + off,
            (None, -1) => {
                if m < rm {
                    ry
                } else {
                    ry - 1
                }
            }
            (None, _) => {
                if m > rm {
                    ry
                } else {
                    ry + 1
                }
            }
        };
        self.cal(Some(y), m, d, Tense::Unknown)
    }

    /// A month of the year `off` years from the reference's: "June last year".
    pub(super) fn year_cal(&mut self, m: u8, off: i32, tense: Tense) -> String {
        match self.reference {
            Some(r) => self.cal(Some(y_of(r) + off), m, None, tense),
            None => format!("XXXX-{m:02}"),
        }
    }

    /// The year of a month (1–12) with no year written, by tense.
    pub(super) fn year_for(&self, month: i32, tense: Tense) -> Option<i32> {
        let b = self.base()?;
        if self.narrative {
            // Narratives move forward: "January" after December is the next year's.
            let forward = matches!(self.last, Some((_, Gran::Month | Gran::Day | Gran::Week)))
                && i32::from(b.month()) - month > 9;
            return Some(y_of(b) + i32::from(forward));
        }
        let (by, bm) = (y_of(b), i32::from(b.month()));
        let back = (bm - month).rem_euclid(12);
        // (A frame, "In January, the company hired …", tells of the past.)
        if tense != Tense::Future && !self.frame && back >= 8 && 12 - back <= 3 {
            // "January" said in late October: the coming one.
            return Some(if month >= bm { by } else { by + 1 });
        }
        Some(match tense {
            Tense::Future => {
                if month >= bm {
                    by
                } else {
                    by + 1
                }
            }
            _ => {
                if month <= bm {
                    by
                } else {
                    by - 1
                }
            }
        })
    }

    /// Day `d` of the month `months` from the reference's, or, when the
    /// text does not say which month, of the month around the reference
    /// date that the tense points to.
    pub(super) fn month_day(&mut self, d: u8, months: Option<i32>, tense: Tense) -> String {
        let Some(b) = self.base() else {
            return format!("XXXX-XX-{d:02}");
        };
        let first = ymd(y_of(b), b.month() as u8, 1);
        let pick = match months {
            Some(k) => first
                .and_then(|f| add_months(f, i64::from(k)))
                .and_then(|f| ymd(y_of(f), f.month() as u8, d)),
            None => {
                let all: Vec<Date> = (-1..=1)
                    .filter_map(|k| first.and_then(|f| add_months(f, k)))
                    .filter_map(|f| ymd(y_of(f), f.month() as u8, d))
                    .collect();
                pick_near(b, &all, tense)
            }
        };
        match pick {
            Some(day) => self.set(day, Gran::Day),
            None => format!("XXXX-XX-{d:02}"),
        }
    }

    pub(super) fn weekday(&mut self, wd: u8, rel: Option<i32>, tense: Tense) -> String {
        let Some(b) = self.reference.or(self.base()) else {
            return format!("XXXX-WXX-{wd}");
        };
        let cur = weekday_of(b);
        let wd = i64::from(wd);
        let back = (cur - wd).rem_euclid(7); // days back to the most recent one, 0 = today
        let fwd = (wd - cur).rem_euclid(7);
        // "the previous Friday", "the following Monday": from the last date
        // in the text.
        if let (Some(r @ (-2 | 2)), Some(c)) = (rel, self.chain_base()) {
            let cur = weekday_of(c);
            let delta = if r < 0 {
                -(match (cur - wd).rem_euclid(7) {
                    0 => 7,
                    n => n,
                })
            } else {
                match (wd - cur).rem_euclid(7) {
                    0 => 7,
                    n => n,
                }
            };
            return match add_days(c, delta) {
                Some(d) => self.set(d, Gran::Day),
                None => format!("XXXX-WXX-{wd}"),
            };
        }
        let delta = match rel {
            Some(-2) => -back.max(1),
            Some(2) => fwd.max(1),
            Some(-1) => {
                if back == 0 {
                    -7
                } else {
                    -back
                }
            }
            Some(0) => wd - cur,
            Some(_) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            // A bare weekday that is the reference date's own is that day:
            // news names "Friday" in a Friday report for the same day.
            None => match tense {
                Tense::Future => fwd,
                _ => -back,
            },
        };
        match add_days(b, delta) {
            Some(d) => self.set(d, Gran::Day),
            None => format!("XXXX-WXX-{wd}"),
        }
    }

    pub(super) fn season(&mut self, s: &'static str, y: Option<i32>, rel: Option<i32>) -> String {
        let start = match s {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        let y = match (y, self.base()) {
            (Some(y), _) => Some(y),
            (None, Some(b)) => {
                let (by, bm) = (y_of(b), i32::from(b.month()));
                Some(match rel {
                    Some(-1) => {
                        if start + 2 < bm {
                            by
                        } else {
                            by - 1
                        }
                    }
                    Some(1) => {
                        if start > bm {
                            by
                        } else {
                            by + 1
                        }
                    }
                    _ => by,
                })
            }
            (None, None) => None,
        };
        match y.and_then(|y| ymd(y, start as u8, 1).map(|d| (y, d))) {
            Some((_, d)) => self.set(d, Gran::Season(s)),
            None => format!("XXXX-{s}"),
        }
    }

    /// A feast's day: in the year written, else the one the tense points to.
    pub(super) fn feast(&mut self, feast: Feast, y: Option<i32>, tense: Tense) -> String {
        if let Feast::Fixed(m, d) = feast {
            return self.cal(y, m, Some(d), tense);
        }
        let pick = match (y, self.base()) {
            (Some(y), _) => feast_date(feast, y),
            (None, Some(b)) if !self.narrative => {
                let by = y_of(b);
                let all: Vec<Date> = (by - 1..=by + 1)
                    .filter_map(|yy| feast_date(feast, yy))
                    .collect();
                pick_near(b, &all, tense)
            }
            (None, Some(b)) => feast_date(feast, y_of(b)),
            (None, None) => None,
        };
        match (pick, y) {
            (Some(d), _) => self.set(d, Gran::Day),
            (None, Some(y)) => format!("{}-XX-XX", year(y)),
            (None, None) => "XXXX-XX-XX".to_string(),
        }
    }
}
