//! Units counted from a date: "last week", "the weekend", "the past
//! year", "the end of the year", "the next day", "two years ago", "five
//! months later", "yesterday".

use super::super::calendar::{add_days, add_months, weekday_of, y_of, ymd};
use super::super::lexicon::Unit;
use super::super::normalize::{date_value, duration, Gran};
use super::super::numbers::Amount;
use super::super::tense::Tense;
use super::{refs, Anchor, Value};
use crate::model::TimexType;
use jiff::civil::Date;

impl Anchor {
    /// "the weekend": the last one, or the coming one in a future clause.
    pub(super) fn weekend(&mut self, tense: Tense) -> Option<String> {
        let Some(r) = self.reference else {
            return Some("XXXX-WXX-WE".to_string());
        };
        let days = match (tense, weekday_of(r)) {
            (_, 6 | 7) => 0,
            (Tense::Future, _) => 7,
            _ => -7,
        };
        let d = add_days(r, days)?;
        Some(self.set(d, Gran::Weekend))
    }

    /// "last week", "this year", पिछले साल: from the reference date (in a
    /// history, without moving the story's date).
    pub(super) fn rel_unit(&mut self, unit: Unit, off: i32) -> Option<String> {
        match self.reference {
            Some(r) if self.narrative => {
                let keep = self.last;
                let v = self.unit_shift(r, unit, i64::from(off), false)?;
                self.last = keep;
                Some(v)
            }
            Some(r) => self.unit_shift(r, unit, i64::from(off), false),
            None => Some(refs(off).to_string()),
        }
    }

    /// "the past year": the year before the reference date in news; a
    /// year's length in a history. "The past decade" said in 1998 is the
    /// ten years to it, not the 1980s; "the past century", not the 1800s.
    pub(super) fn past_unit(&mut self, unit: Unit) -> Option<Value> {
        match self.reference {
            Some(r) if !self.narrative && !matches!(unit, Unit::Decade | Unit::Century) => {
                Some(Value::Day(self.unit_shift(r, unit, -1, false)?))
            }
            _ => Some(Value::Whole(
                TimexType::Duration,
                duration(unit, Amount::N(1.0)),
            )),
        }
    }

    /// "the end of the year": the reference's year in news, the story's
    /// year in a history.
    pub(super) fn story_unit(&mut self, unit: Unit) -> Option<String> {
        match self.base() {
            Some(b) => self.unit_shift(b, unit, 0, false),
            None => Some(refs(0).to_string()),
        }
    }

    /// "that same day" after "in October": a day of that month, not its first.
    pub(super) fn day_of_last(&self) -> String {
        match self.last {
            Some((d, Gran::Month)) => format!("{}-XX", date_value(d, Gran::Month)),
            Some((d, _)) => format!("{}-XX-XX", date_value(d, Gran::Year)),
            None => "XXXX-XX-XX".to_string(),
        }
    }

    /// "the next day", "the previous week": from the last date in the text.
    pub(super) fn chain_unit(&mut self, unit: Unit, off: i32) -> Option<String> {
        match self.chain_base() {
            Some(b) => self.unit_shift(b, unit, i64::from(off), false),
            None => Some(refs(off).to_string()),
        }
    }

    /// "two years ago" (from the reference date), "five months later"
    /// (`chain`: from the last date in the text).
    pub(super) fn shift(&mut self, unit: Unit, n: Amount, dir: i32, chain: bool) -> Option<String> {
        // "… a year ago. Sales were lower a year earlier": the same
        // comparison again, not a year before it.
        let signed = match n {
            Amount::N(v) if v.fract() == 0.0 && v < 10000.0 => {
                Some((unit, v as i64 * i64::from(dir)))
            }
            _ => None,
        };
        let again = chain && !self.narrative && signed.is_some() && self.last_shift == signed;
        let base = if chain && !again {
            self.chain_base()
        } else {
            self.reference
        };
        match (base, n) {
            (Some(b), Amount::N(v)) if v.fract() == 0.0 && v < 10000.0 => {
                // "two years ago" in a history counts from the writer's
                // day: it does not move the story's date.
                let keep = self.last;
                let v = self.unit_shift(b, unit, v as i64 * i64::from(dir), true)?;
                if self.narrative && !chain {
                    self.last = keep;
                }
                if !chain || again {
                    self.last_shift = signed;
                }
                Some(v)
            }
            _ => Some(refs(dir).to_string()),
        }
    }

    pub(super) fn days_from_reference(&mut self, n: i64) -> String {
        match self.reference.and_then(|r| add_days(r, n)) {
            // In a narrative "today" is the writer's day, not the story's.
            Some(d) if self.narrative => date_value(d, Gran::Day),
            Some(d) => self.set(d, Gran::Day),
            None => refs(n as i32).to_string(),
        }
    }

    /// `base` moved by `n` units, at that unit's granularity.
    pub(super) fn unit_shift(
        &mut self,
        base: Date,
        unit: Unit,
        n: i64,
        shift: bool,
    ) -> Option<String> {
        let (d, g) = match unit {
            Unit::Second | Unit::Minute | Unit::Hour => (base, Gran::Day),
            Unit::Day => (add_days(base, n)?, Gran::Day),
            Unit::Week => (add_days(base, 7 * n)?, Gran::Week),
            Unit::Weekend => (add_days(base, 7 * n)?, Gran::Weekend),
            Unit::Fortnight => (add_days(base, 14 * n)?, Gran::Day),
            Unit::Month => (add_months(base, n)?, Gran::Month),
            Unit::Quarter => (add_months(base, 3 * n)?, Gran::Quarter),
            Unit::Year => {
                let d = add_months(base, 12 * n)?;
                // "a year ago" in a report about a quarter is that quarter a year before.
                if shift && matches!(self.last, Some((_, Gran::Quarter))) {
                    if let Some((ly, lq)) = self.last_quarter {
                        let qd = ymd(ly + n as i32, lq * 3 - 2, 1)?;
                        return Some(self.set(qd, Gran::Quarter));
                    }
                }
                (d, Gran::Year)
            }
            Unit::Decade => {
                let y = y_of(base) / 10 + n as i32;
                return Some(format!("{y:03}"));
            }
            Unit::Century => {
                let y = y_of(base) / 100 + n as i32;
                return Some(format!("{y:02}"));
            }
        };
        Some(self.set(d, g))
    }
}
