//! What the grammars produce, and the token view they read.
//!
//! A grammar looks at the tokens from one position and returns the longest
//! temporal expression starting there, as a [`Parse`]: where it ends and
//! what it means ([`Sem`]), before anchoring. [`super::resolve`] then turns
//! meanings into TIMEX3 values against the reference date and the
//! expressions before it.

use super::lexicon::{Class, Feast, Lex, Lexicon, Unit};
use super::numbers::Amount;
use super::scan::{Kind, Scanned};

/// A part of the day or a clock time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Tod {
    /// MO, AF, EV, NI.
    Part(&'static str),
    /// Hours and minutes, 24-hour.
    Clock(u8, u8),
}

/// The meaning of a temporal expression, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Sem {
    /// A calendar date, possibly partial; a missing year is resolved.
    Cal {
        y: Option<i32>,
        m: u8,
        d: Option<u8>,
    },
    /// A month and maybe a day in the year `off` years from the reference
    /// year ("September 1 this year", "last April").
    RelCal {
        m: u8,
        d: Option<u8>,
        off: i32,
    },
    /// A month of the year `off` years from the reference year ("June
    /// last year", "April next year").
    YearCal {
        m: u8,
        off: i32,
    },
    /// A weekday, with last (-1) / this (0) / next (1) when said, or
    /// previous (-2) / following (2) counted from the last date named.
    Weekday {
        wd: u8,
        rel: Option<i32>,
    },
    Year(i32),
    /// The decade's first three digits: 199 for the 1990s.
    Decade(i32),
    /// The century's first two digits: 19 for the 20th century.
    Century(i32),
    /// A year before the common era.
    Bc(i32),
    /// The fiscal year starting in this year.
    FiscalYear(i32),
    Quarter {
        q: u8,
        y: Option<i32>,
    },
    Half {
        h: u8,
        y: Option<i32>,
    },
    Season {
        s: &'static str,
        y: Option<i32>,
        rel: Option<i32>,
    },
    /// A feast, in a year when written.
    Holiday {
        feast: Feast,
        y: Option<i32>,
    },
    /// last week, this year, next month, पिछले साल: relative to the reference date.
    RelUnit {
        unit: Unit,
        off: i32,
    },
    /// "the past year": the year before the reference date in news, a
    /// year's length in a history (as WikiWars marks it).
    PastUnit(Unit),
    /// "the year" of "the end of the year": the reference's, or in a
    /// narrative the story's.
    StoryUnit(Unit),
    /// the previous day, the following week: relative to the last date in the text.
    ChainUnit {
        unit: Unit,
        off: i32,
    },
    /// two days ago (reference), five months later (chained).
    Shift {
        unit: Unit,
        n: Amount,
        dir: i32,
        chain: bool,
    },
    /// today (0), yesterday (-1), tomorrow (1).
    Deictic(i32),
    /// Hindi कल (1) / परसों (2): direction from the tense.
    HiKal(i32),
    /// "the quarter" (0) / "the year-ago quarter" (-4): quarters from the
    /// last quarter named, else the last full quarter.
    QuarterAnchor(i32),
    /// A quarter of a given year, the quarter's number from the text when
    /// not said: "this year's third quarter", "last year's quarter", "the
    /// 1988 period", "the year-ago third quarter", "the same period last year".
    QuarterIn {
        q: Option<u8>,
        y: QYear,
    },
    /// "the latest quarter" (0: the last full quarter before the reference
    /// date), "the current quarter" (1: the reference date's).
    LatestQuarter(i32),
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// A reference that counts only in a narrative ("the same time").
    StoryRef(&'static str),
    Duration {
        unit: Unit,
        n: Amount,
    },
    /// A duration given whole by the lexicon ("PXY").
    DurValue(&'static str),
    Set(String),
    /// The week of a date: "the week of March 6".
    WeekOf {
        y: Option<i32>,
        m: u8,
        d: u8,
    },
    /// A bare part of the day or clock time: on the day in context.
    TodOnly,
    /// A day of a month the text leaves to context: "15 तारीख को" (the
    /// month near the reference date the tense points to), "इस महीने की 15
    /// तारीख" (`months`: 0 this month, -1 last, 1 next).
    MonthDay {
        d: u8,
        months: Option<i32>,
    },
    /// The day before (-1) or after (1) a date the expression names: "the
    /// day before last Tuesday's hearing", "the day after Christmas".
    DayBeside {
        of: Box<Sem>,
        off: i32,
    },
}

impl Sem {
    /// A quarter of the year before the reference ("the year-ago quarter",
    /// "the third quarter a year earlier"); `None`: the reference's quarter.
    pub(crate) fn year_ago_quarter(q: Option<u8>) -> Sem {
        Sem::QuarterIn {
            q,
            y: QYear::Last(-1),
        }
    }
}

/// The year of a [`Sem::QuarterIn`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum QYear {
    /// Written: "the 1988 quarter".
    Abs(i32),
    /// Years from the reference date's: "last year's quarter".
    Ref(i32),
    /// Years from the last quarter named: "the year-ago third quarter".
    Last(i32),
}

/// A temporal expression found at some token.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Parse {
    /// The token after its last one.
    pub end: usize,
    pub sem: Sem,
    pub tod: Option<Tod>,
}

impl Parse {
    pub(crate) fn new(end: usize, sem: Sem) -> Parse {
        Parse {
            end,
            sem,
            tod: None,
        }
    }
}

/// The longer of two parses, the first when they end together.
#[inline(always)]
pub(crate) fn longer(a: Option<Parse>, b: Option<Parse>) -> Option<Parse> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The longest of the parses offered (the first of equals), as each
/// grammar keeps the longest expression starting at a token.
#[inline(always)]
pub(crate) fn longest<const N: usize>(parses: [Option<Parse>; N]) -> Option<Parse> {
    let mut best: Option<Parse> = None;
    for p in parses.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| p.end > b.end) {
            best = Some(p);
        }
    }
    best
}

/// The token view the grammars read.
pub(crate) struct G<'a> {
    pub s: &'a Scanned,
    pub lex: &'static Lexicon,
    pub day_first: bool,
    /// The lexicon entries and the word-class bits of each token, looked
    /// up once.
    pub ents: Vec<(&'static [Lex], u32)>,
}

impl<'a> G<'a> {
    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.s.toks.len()
    }

    /// The normalized word at `i`, or "" when it is not a word.
    pub(crate) fn w(&self, i: usize) -> &'a str {
        match self.s.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.s.norm(i),
            _ => "",
        }
    }

    /// The lexicon entries of the word at `i`.
    pub(crate) fn lx(&self, i: usize) -> &'static [Lex] {
        self.ents.get(i).map_or(&[], |e| e.0)
    }

    /// Is the word at `i` of word class `c` (`data/time/classes.tsv`)?
    pub(crate) fn is(&self, i: usize, c: Class) -> bool {
        self.ents.get(i).is_some_and(|e| e.1 & c.bit() != 0)
    }

    /// The number at `i`: value and digit count.
    pub(crate) fn num(&self, i: usize) -> Option<(u64, u8)> {
        match self.s.toks.get(i)?.kind {
            Kind::Num(v, d) => Some((u64::from(v), d)),
            _ => None,
        }
    }

    /// The punctuation mark at `i`.
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        match self.s.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Token `i` exists and touches the one before it.
    pub(crate) fn attached(&self, i: usize) -> bool {
        self.s.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` starts with a capital.
    pub(crate) fn cap(&self, i: usize) -> bool {
        self.s.toks.get(i).is_some_and(|t| t.cap)
    }

    /// Token `i` and `j` are in the same clause.
    pub(crate) fn same_clause(&self, i: usize, j: usize) -> bool {
        match (self.s.toks.get(i), self.s.toks.get(j)) {
            (Some(a), Some(b)) => a.clause() == b.clause(),
            _ => false,
        }
    }

    /// The first entry of `i` that `f` accepts.
    pub(crate) fn find<T>(&self, i: usize, f: impl Fn(&Lex) -> Option<T>) -> Option<T> {
        self.lx(i).iter().find_map(f)
    }

    pub(crate) fn unit(&self, i: usize) -> Option<Unit> {
        self.find(i, |e| match e {
            Lex::Unit(u) => Some(*u),
            _ => None,
        })
    }

    pub(crate) fn month(&self, i: usize) -> Option<u8> {
        self.find(i, |e| match e {
            Lex::Month(m) => Some(*m),
            _ => None,
        })
    }

    pub(crate) fn weekday(&self, i: usize) -> Option<u8> {
        self.find(i, |e| match e {
            Lex::Weekday(d) => Some(*d),
            _ => None,
        })
    }

    pub(crate) fn rel(&self, i: usize) -> Option<i32> {
        self.find(i, |e| match e {
            Lex::Rel(r) => Some(*r),
            _ => None,
        })
    }

    pub(crate) fn tod(&self, i: usize) -> Option<Tod> {
        self.find(i, |e| match e {
            Lex::Tod(t) => Some(Tod::Part(t)),
            _ => None,
        })
    }

    pub(crate) fn season(&self, i: usize) -> Option<&'static str> {
        self.find(i, |e| match e {
            Lex::Season(s) => Some(*s),
            _ => None,
        })
    }

    pub(crate) fn decade(&self, i: usize) -> Option<i32> {
        self.find(i, |e| match e {
            Lex::Decade(d) => Some(*d),
            _ => None,
        })
    }

    pub(crate) fn has(&self, i: usize, e: Lex) -> bool {
        self.lx(i).contains(&e)
    }

    /// A year written as four digits (1000–2199), not glued to other digits.
    pub(crate) fn year4(&self, i: usize) -> Option<i32> {
        let (v, d) = self.num(i)?;
        if d == 4 && (1000..2200).contains(&v) {
            Some(v as i32)
        } else {
            None
        }
    }

    /// A day of the month (1–31, one or two digits), with an attached
    /// ordinal suffix ("4th") skipped: returns the token after it.
    pub(crate) fn day(&self, i: usize) -> Option<(usize, u8)> {
        let (v, d) = self.num(i)?;
        if d > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let mut end = i + 1;
        if self.attached(end) && matches!(self.w(end), "st" | "nd" | "rd" | "th") {
            end += 1;
        }
        Some((end, v as u8))
    }

    /// Is the token after `end` a continuation that makes the number a
    /// quantity or a label (a digit group, a decimal, a unit)?
    pub(crate) fn glued_number_after(&self, end: usize) -> bool {
        match self.punct(end) {
            Some(',' | '.' | ':' | '/' | '-') if self.attached(end) => {
                self.attached(end + 1) && self.num(end + 1).is_some()
            }
            Some('%') => true,
            _ => self.attached(end) && self.num(end).is_some(),
        }
    }
}
