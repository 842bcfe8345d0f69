//! Anchoring: the reference date, the direction a bare date points in (by
//! the tense of its clause), and chaining ("the next day", "five months
//! later") to the last date resolved in the text.
//!
//! News is mostly past tense, so a bare "March 3" or "on Tuesday" in a
//! past or tenseless clause is the most recent one not after the reference
//! date; with a future verb ("will visit", आएंगे) it is the next one.
//! Without a reference date nothing is invented: relative expressions get
//! PAST_REF / PRESENT_REF / FUTURE_REF or an X-ed form ("XXXX-12-04").

use super::grammar::{Parse, QYear, Sem, Tod, G};
use super::lexicon::{feast_table, Feast, Unit};
use super::normalize::{date_value, with_tod, year, Gran};
use super::numbers::Amount;
use crate::model::TimexType;
use jiff::civil::Date;
use jiff::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

pub(crate) use super::normalize::duration;

/// The tense of a clause, as far as its verbs tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

const TENSE_WORDS: &str = include_str!("../../data/time/tense.tsv");

/// The tense a word marks by itself, from `data/time/tense.tsv`.
fn tense_word(w: &str) -> Option<Tense> {
    static TABLE: OnceLock<HashMap<&'static str, Tense>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            TENSE_WORDS
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let (form, tense) = l.split_once('\t')?;
                    let tense = match tense.trim() {
                        "past" => Tense::Past,
                        "future" => Tense::Future,
                        _ => return None,
                    };
                    Some((form, tense))
                })
                .collect()
        })
        .get(w)
        .copied()
}

fn marker(g: &G<'_>, i: usize) -> Option<Tense> {
    let w = g.w(i);
    if w.is_empty() {
        return None;
    }
    let listed = tense_word(w);
    if w.is_ascii() {
        let prev = if i > 0 { g.w(i - 1) } else { "" };
        let next = g.w(i + 1);
        // "set to", "set for": a plan; a bare "set" is as often the past ("set a record").
        let set_to = w == "set" && matches!(next, "to" | "for");
        // "is to resume", "as early as", "as soon as": ahead.
        let ahead = (w == "to" && matches!(prev, "is" | "are"))
            || (w == "as" && matches!(next, "early" | "soon") && g.w(i + 2) == "as");
        // "next to", "vacation plans", "a hastily planned trip": not about
        // time ahead.
        let future_word = listed == Some(Tense::Future)
            && !(w == "next" && next == "to")
            && !(matches!(w, "plan" | "plans") && next != "to")
            && !(w == "planned"
                && (prev.ends_with("ly") || matches!(prev, "the" | "a" | "an" | "well")));
        if future_word && prev == "been" && i > 1 && g.w(i - 2) == "had" {
            // "had been due to expire", "was expected": a plan already past.
            return Some(Tense::Past);
        }
        if future_word || set_to || ahead || (w == "going" && next == "to") {
            return Some(Tense::Future);
        }
        // "were planning", "was scheduled", "was going to": the plan, not the past.
        if matches!(w, "was" | "were")
            && (matches!(next, "planning" | "set" | "slated" | "due")
                || (next == "going" && g.w(i + 2) == "to"))
        {
            return Some(Tense::Future);
        }
        let passive = i > 0 && matches!(g.w(i - 1), "be" | "been" | "being" | "to");
        if listed == Some(Tense::Past)
            || (w.len() >= 5 && w.ends_with("ed") && !g.cap(i) && !passive)
        {
            return Some(Tense::Past);
        }
        return None;
    }
    if listed == Some(Tense::Past) {
        return Some(Tense::Past);
    }
    for suffix in ["गा", "गी", "गे", "गीं"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if ["े", "ें", "ूं", "ू", "ए", "एं", "ये", "यें"]
                .iter()
                .any(|v| stem.ends_with(v))
                || stem == "हो"
                || stem == "हों"
            {
                return Some(Tense::Future);
            }
        }
    }
    None
}

/// The tense nearest to tokens `start..end`, within their clause.
pub(crate) fn tense(g: &G<'_>, start: usize, end: usize) -> Tense {
    // "Wednesday's ruling": a day whose event is already known.
    if g.punct(end) == Some('\'') && g.attached(end) && g.w(end + 1) == "s" {
        return Tense::Past;
    }
    // "a pact effective June 1": a date a change takes effect, ahead.
    if start > 0 && g.w(start - 1) == "effective" {
        return Tense::Future;
    }
    // "adjourned till Monday", "extended its deadline until Tuesday",
    // "given until Tuesday": a date moved ahead, a deadline.
    if start > 0 && matches!(g.w(start - 1), "until" | "till" | "to") {
        let moved = (1..12)
            .filter_map(|d| start.checked_sub(d + 1))
            .take_while(|&j| g.same_clause(j, start))
            .any(|j| {
                let w = g.w(j);
                [
                    "postpone",
                    "extend",
                    "delay",
                    "adjourn",
                    "defer",
                    "reschedul",
                    "deadline",
                    "give",
                    "gave",
                    "grant",
                ]
                .iter()
                .any(|s| w.starts_with(s))
            });
        if moved {
            return Tense::Future;
        }
    }
    // "by August", "by the end of the year": a deadline ahead, unless the
    // clause already tells of the past ("had filed reports by Wednesday").
    if start > 0 && g.w(start - 1) == "by" && g.same_clause(start - 1, start) {
        let past_before = (1..20)
            .filter_map(|d| start.checked_sub(d + 1))
            .take_while(|&j| g.same_clause(j, start))
            .find_map(|j| marker(g, j));
        return match past_before {
            Some(Tense::Past) => Tense::Past,
            _ => Tense::Future,
        };
    }
    // After a comma or a quote, "…, he said" tells when it was said, not
    // when it happens.
    let mut crossed = false;
    for d in 0..20 {
        if let Some(j) = start.checked_sub(d + 1) {
            if g.same_clause(j, start) {
                if let Some(t) = marker(g, j) {
                    return t;
                }
            }
        }
        let j = end + d;
        if j < g.len() && end > 0 && g.same_clause(j, end - 1) {
            crossed |= matches!(g.punct(j), Some(',' | '"' | '\'' | '“' | '”' | '’'));
            let reporting = matches!(g.w(j), "said" | "told" | "added" | "stated");
            if !(crossed && reporting) {
                if let Some(t) = marker(g, j) {
                    return t;
                }
            }
        }
    }
    Tense::Unknown
}

/// Does the clause before `start` look ahead from the writer's present
/// ("will", "is expected to", "are set to"), not from a past the story
/// tells ("was to", "would")? The nearest finite verb back decides.
pub(crate) fn ahead_of_now(g: &G<'_>, start: usize) -> bool {
    (1..20)
        .filter_map(|d| start.checked_sub(d))
        .take_while(|&j| g.same_clause(j, start))
        .find_map(|j| match g.w(j) {
            "will" | "shall" | "is" | "are" | "am" => Some(true),
            "was" | "were" | "would" | "had" | "did" | "could" | "might" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

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

fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

fn y_of(d: Date) -> i32 {
    i32::from(d.year())
}

fn weekday_of(d: Date) -> i64 {
    i64::from(d.weekday().to_monday_one_offset())
}

/// Of the same day in neighbouring years, the one a bare date means.
fn pick_near(b: Date, all: &[Date], tense: Tense) -> Option<Date> {
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
fn feast_date(feast: Feast, y: i32) -> Option<Date> {
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
fn easter(y: i32) -> Option<Date> {
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
fn last_full_quarter(r: Date) -> (i32, u8) {
    let q = (r.month() as u8 - 1) / 3 + 1;
    if q == 1 {
        (y_of(r) - 1, 4)
    } else {
        (y_of(r), q - 1)
    }
}

fn refs(sign: i32) -> &'static str {
    match sign.signum() {
        -1 => "PAST_REF",
        0 => "PRESENT_REF",
        _ => "FUTURE_REF",
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
        let date = |v: String| Some((TimexType::Date, v));
        if matches!(
            p.sem,
            Sem::Quarter { .. }
                | Sem::QuarterAnchor(0)
                | Sem::LatestQuarter(_)
                | Sem::QuarterIn { q: Some(_), .. }
        ) {
            self.span_year = false;
        }
        let value = match &p.sem {
            Sem::Ref(v) => return date(v.to_string()),
            Sem::StoryRef(v) if self.narrative => return date(v.to_string()),
            Sem::StoryRef(_) => return None,
            Sem::Duration { unit, n } => return Some((TimexType::Duration, duration(*unit, *n))),
            Sem::Set(v) => return Some((TimexType::Set, v.clone())),
            Sem::DurValue(v) => return Some((TimexType::Duration, v.to_string())),
            Sem::Year(y) => {
                let v = match ymd(*y, 1, 1) {
                    Some(d) => self.set(d, Gran::Year),
                    None => year(*y),
                };
                return date(v);
            }
            Sem::Decade(d) => return date(format!("{d:03}")),
            Sem::Century(c) => return date(format!("{c:02}")),
            Sem::Bc(n) => {
                // Stored as year -n, so "the following year" after 490 BC is 489 BC.
                let v = match ymd(-*n, 1, 1) {
                    Some(d) => self.set(d, Gran::Year),
                    None => format!("BC{n:04}"),
                };
                return date(v);
            }
            Sem::FiscalYear(y) => return date(format!("FY{y:04}")),
            Sem::Cal { y, m, d } => self.cal(*y, *m, *d, tense),
            Sem::WeekOf { y, m, d } => {
                let v = self.cal(*y, *m, Some(*d), tense);
                match self.last {
                    Some((day, Gran::Day)) => self.set(day, Gran::Week),
                    _ => v,
                }
            }
            Sem::RelCal { m, d, off } => self.rel_cal(*m, *d, *off),
            Sem::YearCal { m, off } => match self.reference {
                Some(r) => self.cal(Some(y_of(r) + off), *m, None, tense),
                None => format!("XXXX-{m:02}"),
            },
            Sem::Weekday { wd, rel } => self.weekday(*wd, *rel, tense),
            Sem::Quarter { q, y } => {
                let y = y.or_else(|| {
                    // Reports name this year's quarters; a later quarter
                    // in a past-tense clause is last year's.
                    let r = self.base()?;
                    let cq = (r.month() as u8 - 1) / 3 + 1;
                    Some(if *q <= cq || tense == Tense::Future || self.narrative {
                        y_of(r)
                    } else {
                        y_of(r) - 1
                    })
                });
                match y.and_then(|y| ymd(y, *q * 3 - 2, 1)) {
                    Some(d) => {
                        self.note_quarter(d, *q);
                        self.set(d, Gran::Quarter)
                    }
                    None => format!("XXXX-Q{q}"),
                }
            }
            Sem::Half { h, y } => {
                let y = y.or_else(|| self.year_for(i32::from(*h) * 6 - 5, tense));
                match y.and_then(|y| ymd(y, *h * 6 - 5, 1)) {
                    Some(d) => self.set(d, Gran::Half),
                    None => format!("XXXX-H{h}"),
                }
            }
            Sem::Season { s, y, rel } => self.season(s, *y, *rel),
            Sem::Holiday { feast, y } => self.feast(*feast, *y, tense),
            Sem::RelUnit {
                unit: Unit::Weekend,
                off: 0,
            } => match self.reference {
                // "the weekend": the last one, or the coming one in a future clause.
                Some(r) => {
                    let wd = weekday_of(r);
                    let days = match (tense, wd) {
                        (_, 6 | 7) => 0,
                        (Tense::Future, _) => 7,
                        _ => -7,
                    };
                    let d = add_days(r, days)?;
                    self.set(d, Gran::Weekend)
                }
                None => "XXXX-WXX-WE".to_string(),
            },
            Sem::RelUnit { unit, off } => match self.reference {
                Some(r) if self.narrative => {
                    let keep = self.last;
                    let v = self.unit_shift(r, *unit, i64::from(*off), false)?;
                    self.last = keep;
                    v
                }
                Some(r) => self.unit_shift(r, *unit, i64::from(*off), false)?,
                None => refs(*off).to_string(),
            },
            Sem::PastUnit(unit) => match self.reference {
                // "the past decade" said in 1998 is the ten years to it, not
                // the 1980s; "the past century", not the 1800s.
                Some(r) if !self.narrative && !matches!(unit, Unit::Decade | Unit::Century) => {
                    self.unit_shift(r, *unit, -1, false)?
                }
                _ => return Some((TimexType::Duration, duration(*unit, Amount::N(1.0)))),
            },
            // "the end of the year": the reference's year in news, the
            // story's year in a history.
            Sem::StoryUnit(unit) => match self.base() {
                Some(b) => self.unit_shift(b, *unit, 0, false)?,
                None => refs(0).to_string(),
            },
            // "that same day" after "in October": a day of that month, not
            // its first.
            Sem::ChainUnit {
                unit: Unit::Day,
                off: 0,
            } if matches!(self.last, Some((_, Gran::Year | Gran::Month))) => match self.last {
                Some((d, Gran::Month)) => format!("{}-XX", date_value(d, Gran::Month)),
                Some((d, _)) => format!("{}-XX-XX", date_value(d, Gran::Year)),
                None => "XXXX-XX-XX".to_string(),
            },
            Sem::ChainUnit { unit, off } => match self.chain_base() {
                Some(b) => self.unit_shift(b, *unit, i64::from(*off), false)?,
                None => refs(*off).to_string(),
            },
            Sem::Shift {
                unit,
                n,
                dir,
                chain,
            } => {
                // "… a year ago. Sales were lower a year earlier": the same
                // comparison again, not a year before it.
                let signed = match n {
                    Amount::N(v) if v.fract() == 0.0 && *v < 10000.0 => {
                        Some((*unit, *v as i64 * i64::from(*dir)))
                    }
                    _ => None,
                };
                let again =
                    *chain && !self.narrative && signed.is_some() && self.last_shift == signed;
                let base = if *chain && !again {
                    self.chain_base()
                } else {
                    self.reference
                };
                match (base, n) {
                    (Some(b), Amount::N(v)) if v.fract() == 0.0 && *v < 10000.0 => {
                        // "two years ago" in a history counts from the writer's
                        // day: it does not move the story's date.
                        let keep = self.last;
                        let v = self.unit_shift(b, *unit, *v as i64 * i64::from(*dir), true)?;
                        if self.narrative && !*chain {
                            self.last = keep;
                        }
                        if !*chain || again {
                            self.last_shift = signed;
                        }
                        v
                    }
                    _ => refs(*dir).to_string(),
                }
            }
            Sem::Deictic(n) => self.days_from_reference(i64::from(*n)),
            Sem::HiKal(n) => {
                let n = if tense == Tense::Future { *n } else { -*n };
                self.days_from_reference(i64::from(n))
            }
            // A comparison with the same part of an earlier year: the base
            // stays the year reported, as a comparison quarter does.
            Sem::QuarterAnchor(k) if self.span_year && *k < 0 && k % 4 == 0 => {
                let (ly, _) = self.quarter_context()?;
                year(ly + k / 4)
            }
            Sem::QuarterIn { q: None, y } if self.span_year => {
                let (ly, _) = self.quarter_context()?;
                year(self.quarter_year(*y, ly))
            }
            Sem::QuarterAnchor(k) => {
                let (y, q) = match (self.last_quarter, self.reference) {
                    (Some(lq), _) => lq,
                    // The last full quarter before the reference date.
                    (None, Some(r)) => last_full_quarter(r),
                    (None, None) => return date("XXXX-QX".to_string()),
                };
                let idx = i64::from(y) * 4 + i64::from(q) - 1 + i64::from(*k);
                let (y, q) = (idx.div_euclid(4) as i32, (idx.rem_euclid(4) + 1) as u8);
                let v = format!("{}-Q{q}", year(y));
                if let Some(d) = ymd(y, q * 3 - 2, 1) {
                    if *k == 0 {
                        self.last_quarter = Some((y, q));
                    }
                    self.last = Some((d, Gran::Quarter));
                }
                v
            }
            Sem::QuarterIn { q, y } => {
                let Some((ly, lq)) = self.quarter_context() else {
                    return date(match q {
                        Some(q) => format!("XXXX-Q{q}"),
                        None => "XXXX-QX".to_string(),
                    });
                };
                let q = q.unwrap_or(lq);
                let y = self.quarter_year(*y, ly);
                match ymd(y, q * 3 - 2, 1) {
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
                }
            }
            Sem::LatestQuarter(k) => {
                let Some(r) = self.reference else {
                    return date("XXXX-QX".to_string());
                };
                let (y, q) = last_full_quarter(r);
                let idx = i64::from(y) * 4 + i64::from(q) - 1 + i64::from(*k);
                let (y, q) = (idx.div_euclid(4) as i32, (idx.rem_euclid(4) + 1) as u8);
                match ymd(y, q * 3 - 2, 1) {
                    Some(d) => {
                        self.last_quarter = Some((y, q));
                        self.set(d, Gran::Quarter)
                    }
                    None => format!("{}-Q{q}", year(y)),
                }
            }
            Sem::MonthDay { d, months } => self.month_day(*d, *months, tense),
            Sem::DayBeside { of, off } => {
                let (_, v) = self.resolve(&Parse::new(p.end, (**of).clone()), tense)?;
                match self.last {
                    Some((d, Gran::Day)) if date_value(d, Gran::Day) == v => {
                        match add_days(d, i64::from(*off)) {
                            Some(beside) => self.set(beside, Gran::Day),
                            None => v,
                        }
                    }
                    // A day the text cannot place: its neighbour cannot be placed either.
                    _ => v,
                }
            }
            Sem::TodOnly => {
                // A bare time is on the day just named; in a history, on the
                // last day the story reached.
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
        };
        match p.tod {
            Some(t) if !matches!(t, Tod::Part("")) => {
                let base = if value.ends_with("_REF") {
                    "XXXX-XX-XX".to_string()
                } else {
                    value
                };
                Some((TimexType::Time, with_tod(&base, t)))
            }
            _ => Some((TimexType::Date, value)),
        }
    }

    /// The year a quarter phrase names, given the year `ly` the story
    /// reports ("the 1988 quarter", "last year's", "the year-ago").
    fn quarter_year(&self, y: QYear, ly: i32) -> i32 {
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
    fn note_quarter(&mut self, d: Date, q: u8) {
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
    fn quarter_context(&self) -> Option<(i32, u8)> {
        self.last_quarter
            .or_else(|| self.reference.map(last_full_quarter))
    }

    fn days_from_reference(&mut self, n: i64) -> String {
        match self.reference.and_then(|r| add_days(r, n)) {
            // In a narrative "today" is the writer's day, not the story's.
            Some(d) if self.narrative => date_value(d, Gran::Day),
            Some(d) => self.set(d, Gran::Day),
            None => refs(n as i32).to_string(),
        }
    }

    /// The year of a month (1–12) with no year written, by tense.
    fn year_for(&self, month: i32, tense: Tense) -> Option<i32> {
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

    /// A feast's day: in the year written, else the one the tense points to.
    fn feast(&mut self, feast: Feast, y: Option<i32>, tense: Tense) -> String {
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

    fn cal(&mut self, y: Option<i32>, m: u8, d: Option<u8>, tense: Tense) -> String {
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

    /// Day `d` of the month `months` from the reference's, or, when the
    /// text does not say which month, of the month around the reference
    /// date that the tense points to.
    fn month_day(&mut self, d: u8, months: Option<i32>, tense: Tense) -> String {
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

    fn rel_cal(&mut self, m: u8, d: Option<u8>, off: i32) -> String {
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

    fn weekday(&mut self, wd: u8, rel: Option<i32>, tense: Tense) -> String {
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

    fn season(&mut self, s: &'static str, y: Option<i32>, rel: Option<i32>) -> String {
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

    /// `base` moved by `n` units, at that unit's granularity.
    fn unit_shift(&mut self, base: Date, unit: Unit, n: i64, shift: bool) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tense_word_parses() {
        let lines = TENSE_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines {
            let form = line.split('\t').next().unwrap_or("");
            assert!(tense_word(form).is_some(), "data/time/tense.tsv: {line:?}");
        }
        assert_eq!(tense_word("brought"), Some(Tense::Past));
        assert_eq!(tense_word("गया"), Some(Tense::Past));
        assert_eq!(tense_word("scheduled"), Some(Tense::Future));
        assert_eq!(tense_word("found"), None);
    }
}
