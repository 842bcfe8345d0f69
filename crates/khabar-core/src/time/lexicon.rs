//! The temporal lexicons: English and Hindi words for months, weekdays,
//! units, numbers and the rest, read once from `data/time/*.tsv`.
//!
//! The files are compiled in; they are parsed on first use into one
//! immutable table shared by every call (a `OnceLock`, no mutable state).

use std::collections::HashMap;
use std::sync::OnceLock;

const EN: &str = include_str!("../../data/time/en.tsv");
const HI: &str = include_str!("../../data/time/hi.tsv");
const CLASSES: &str = include_str!("../../data/time/classes.tsv");

/// A closed class of words a grammar rule tests for, listed in
/// `data/time/classes.tsv`. A token's classes are looked up with its
/// lexicon entries, in the same probe, so a test is a bit test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Outside the lexicon, yet may start an expression ("the", "early").
    Starts,
    /// Before "May", "March" as months ("in May").
    MonthCue,
    /// Before "fall", "spring" as seasons ("in spring").
    SeasonCue,
    /// May follow a time noun without it modifying the next word.
    NounFollower,
    /// Makes "day" a span lived through ("a long day").
    DayAdjective,
    /// Before a predicate age ("was 18 years old").
    AgeVerb,
    /// Makes "daily" a newspaper ("the Hindi daily").
    PaperAdjective,
    /// A time zone after a clock time ("IST").
    TimeZone,
    /// After a Hindi month name, shows it is one ("मार्च में").
    MonthAfter,
}

impl Class {
    fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "starts" => Class::Starts,
            "month_cue" => Class::MonthCue,
            "season_cue" => Class::SeasonCue,
            "noun_follower" => Class::NounFollower,
            "day_adjective" => Class::DayAdjective,
            "age_verb" => Class::AgeVerb,
            "paper_adjective" => Class::PaperAdjective,
            "time_zone" => Class::TimeZone,
            "month_after" => Class::MonthAfter,
            _ => return None,
        })
    }

    /// The class's bit in a word's class set.
    pub(crate) fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "FN" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "WE" => Unit::Weekend,
            _ => return None,
        })
    }
}

/// What a lexicon entry means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    Month(u8),
    MonthAbbr(u8),
    Weekday(u8),
    WeekdayAbbr(u8),
    WeekdaySet(u8),
    Unit(Unit),
    UnitAdj(Unit),
    Number(f64),
    Multiplier(f64),
    Vague,
    /// A Hindi fraction word before a count: साढ़े (+½), सवा (+¼), पौने (−¼).
    Fraction(f64),
    Ordinal(i32),
    Tod(&'static str),
    Clock(u8, u8),
    Season(&'static str),
    /// A decade of the 1900s spelt as a word ("nineties"): the year's first
    /// three digits (199).
    Decade(i32),
    Rel(i32),
    Deictic(i32),
    DeicticTod(&'static str),
    HiKal(i32),
    Ref(&'static str),
    /// A reference that is a time only in a narrative ("the same time"):
    /// in news it is a discourse phrase, not a date.
    StoryRef(&'static str),
    Set(&'static str),
    /// A vague duration phrase ("a long time", लंबे समय).
    Dur(&'static str),
    Every,
    /// A feast: fixed, computed, or looked up by year in `holidays.tsv`.
    Holiday(Feast),
    Dir(i32),
    SpanAll,
    Era,
    NotYearBefore,
    NotYearAfter,
}

/// When a feast falls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Feast {
    /// Every year on this month and day (Christmas).
    Fixed(u8, u8),
    /// Days from Western Easter Sunday (Good Friday: -2).
    Easter(i8),
    /// The `n`th (or, with -1, the last) weekday (1 = Monday) of a month:
    /// US Thanksgiving is the fourth Thursday of November.
    Nth { m: u8, wd: u8, n: i8 },
    /// A lunar or lunisolar feast (Diwali, Eid): its dates by year in
    /// `data/time/holidays.tsv`, under this name.
    Table(&'static str),
    /// A feast whose date is not known here.
    Unknown,
}

impl Feast {
    /// `12-25`, `easter`, `easter-2`, `nth:11:4:4` (month, weekday, n),
    /// `table:diwali`, `XX-XX`.
    fn parse(v: &'static str) -> Option<Feast> {
        if let Some(name) = v.strip_prefix("table:") {
            return Some(Feast::Table(name));
        }
        if let Some(rest) = v.strip_prefix("easter") {
            return Some(Feast::Easter(if rest.is_empty() {
                0
            } else {
                rest.parse().ok()?
            }));
        }
        if let Some(rest) = v.strip_prefix("nth:") {
            let mut it = rest.split(':').map(str::parse::<i8>);
            let (Some(Ok(m)), Some(Ok(wd)), Some(Ok(n))) = (it.next(), it.next(), it.next()) else {
                return None;
            };
            return Some(Feast::Nth {
                m: u8::try_from(m).ok()?,
                wd: u8::try_from(wd).ok()?,
                n,
            });
        }
        let (m, d) = v.split_once('-')?;
        Some(match (m.parse::<u8>(), d.parse::<u8>()) {
            (Ok(m), Ok(d)) => Feast::Fixed(m, d),
            _ if v == "XX-XX" => Feast::Unknown,
            _ => return None,
        })
    }
}

const HOLIDAYS: &str = include_str!("../../data/time/holidays.tsv");

/// The dates of the table feasts: name → (year, month, day), sorted.
pub(crate) type FeastTable = HashMap<&'static str, Vec<(i32, u8, u8)>>;

/// The feasts of `holidays.tsv`, parsed once.
pub(crate) fn feast_table() -> &'static FeastTable {
    static TABLE: OnceLock<FeastTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FeastTable::new();
        for line in HOLIDAYS.lines() {
            if let Some((name, date)) = table_line(line) {
                map.entry(name).or_default().push(date);
            }
        }
        for v in map.values_mut() {
            crate::util::sort::sort(v);
        }
        map
    })
}

/// One line of `holidays.tsv`: `name<TAB>YYYY-MM-DD`.
fn table_line(line: &'static str) -> Option<(&'static str, (i32, u8, u8))> {
    if line.starts_with('#') {
        return None;
    }
    let (name, date) = line.split_once('\t')?;
    let mut it = date.trim().split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some((name, (y, m, d)))
}

/// What the lexicons say of one form: its entries and its word classes.
#[derive(Default)]
struct Entry {
    lex: Vec<Lex>,
    /// The bits of its [`Class`]es.
    classes: u32,
}

/// The parsed lexicons.
pub(crate) struct Lexicon {
    /// Single words and whole phrases ("right now"), by normalized form.
    entries: HashMap<String, Entry>,
    /// For a phrase's first word: the longest phrase it starts, in words.
    phrase_len: HashMap<String, usize>,
}

impl Lexicon {
    /// The entries of a normalized word or phrase.
    pub(crate) fn get(&self, form: &str) -> &[Lex] {
        self.lookup(form).0
    }

    /// The entries and the class bits of a normalized word, in one probe.
    pub(crate) fn lookup(&self, form: &str) -> (&[Lex], u32) {
        match self.entries.get(form) {
            Some(e) => (e.lex.as_slice(), e.classes),
            None => (&[], 0),
        }
    }

    /// The longest phrase (in words) that may start with this word; 1 when none.
    pub(crate) fn phrase_len(&self, first: &str) -> usize {
        self.phrase_len.get(first).copied().unwrap_or(1)
    }
}

/// The shared lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            entries: HashMap::new(),
            phrase_len: HashMap::new(),
        };
        load(&mut lex, EN);
        load(&mut lex, HI);
        load_classes(&mut lex, CLASSES);
        lex
    })
}

fn load(lex: &mut Lexicon, data: &'static str) {
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(form), Some(kind), Some(value)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some(entry) = parse_entry(kind, value) else {
            continue;
        };
        let form = normalize(form);
        let words: Vec<&str> = form.split(' ').collect();
        if words.len() > 1 {
            let first = words[0].to_string();
            let n = lex.phrase_len.entry(first).or_insert(1);
            *n = (*n).max(words.len());
        }
        let list = &mut lex.entries.entry(form).or_default().lex;
        if !list.contains(&entry) {
            list.push(entry);
        }
    }
}

/// Reads `classes.tsv`: `form<TAB>class`, one a line.
fn load_classes(lex: &mut Lexicon, data: &str) {
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((form, class)) = line.split_once('\t') else {
            continue;
        };
        if let Some(c) = Class::parse(class.trim()) {
            lex.entries.entry(normalize(form)).or_default().classes |= c.bit();
        }
    }
}

fn parse_entry(kind: &str, value: &'static str) -> Option<Lex> {
    let num = || value.parse::<f64>().ok();
    let small = || value.parse::<u8>().ok();
    Some(match kind {
        "month" => Lex::Month(small()?),
        "month_abbr" => Lex::MonthAbbr(small()?),
        "weekday" => Lex::Weekday(small()?),
        "weekday_abbr" => Lex::WeekdayAbbr(small()?),
        "weekday_set" => Lex::WeekdaySet(small()?),
        "unit" => Lex::Unit(Unit::parse(value)?),
        "unit_adj" => Lex::UnitAdj(Unit::parse(value)?),
        "number" => Lex::Number(num()?),
        "multiplier" => Lex::Multiplier(num()?),
        "vague" => Lex::Vague,
        "fraction" => Lex::Fraction(num()?),
        "ordinal" => Lex::Ordinal(value.parse().ok()?),
        "tod" => Lex::Tod(value),
        "clock" => {
            let (h, m) = value.split_once(':')?;
            Lex::Clock(h.parse().ok()?, m.parse().ok()?)
        }
        "season" => Lex::Season(value),
        "decade" => Lex::Decade(value.parse().ok()?),
        "rel" => Lex::Rel(value.parse().ok()?),
        "deictic" => Lex::Deictic(value.parse().ok()?),
        "deictic_tod" => Lex::DeicticTod(value),
        "hi_kal" => Lex::HiKal(value.parse().ok()?),
        "ref" => Lex::Ref(value),
        "story_ref" => Lex::StoryRef(value),
        "set" => Lex::Set(value),
        "duration" => Lex::Dur(value),
        "every" => Lex::Every,
        "holiday" => Lex::Holiday(Feast::parse(value)?),
        "dir" => Lex::Dir(value.parse().ok()?),
        "span_all" => Lex::SpanAll,
        "era" => Lex::Era,
        "not_year_before" => Lex::NotYearBefore,
        "not_year_after" => Lex::NotYearAfter,
        _ => return None,
    })
}

/// The lookup form of a word: lower case, curly apostrophes straightened,
/// Devanagari nukta dropped and chandrabindu read as anusvara.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// [`normalize`], appending to `out`.
pub(crate) fn normalize_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\u{093C}' => {}
            '\u{0901}' => out.push('\u{0902}'),
            '\u{0958}' => out.push('\u{0915}'),
            '\u{0959}' => out.push('\u{0916}'),
            '\u{095A}' => out.push('\u{0917}'),
            '\u{095B}' => out.push('\u{091C}'),
            '\u{095C}' => out.push('\u{0921}'),
            '\u{095D}' => out.push('\u{0922}'),
            '\u{095E}' => out.push('\u{092B}'),
            '\u{095F}' => out.push('\u{092F}'),
            '\u{2019}' | '\u{2018}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_parses() {
        for (name, data) in [("en.tsv", EN), ("hi.tsv", HI)] {
            for (n, line) in data.lines().enumerate() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let cols: Vec<&'static str> = line.split('\t').collect();
                assert_eq!(cols.len(), 3, "{name}:{}: {line:?}", n + 1);
                assert!(
                    parse_entry(cols[1], cols[2]).is_some(),
                    "{name}:{}: {line:?}",
                    n + 1
                );
            }
        }
    }

    #[test]
    fn every_feast_date_parses_and_every_table_feast_has_dates() {
        for (n, line) in HOLIDAYS.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let parsed = table_line(line);
            assert!(parsed.is_some(), "holidays.tsv:{}: {line:?}", n + 1);
            if let Some((_, (y, m, d))) = parsed {
                let ok = i16::try_from(y)
                    .ok()
                    .and_then(|y| jiff::civil::Date::new(y, m as i8, d as i8).ok());
                assert!(ok.is_some(), "holidays.tsv:{}: no such day", n + 1);
            }
        }
        let table = feast_table();
        for (name, data) in [("en.tsv", EN), ("hi.tsv", HI)] {
            for line in data.lines() {
                let cols: Vec<&'static str> = line.split('\t').collect();
                if let [form, "holiday", v] = cols[..] {
                    if let Some(Feast::Table(t)) = Feast::parse(v) {
                        assert!(table.contains_key(t), "{name}: {form}: no dates for {t}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_line_of_the_word_classes_parses() {
        for (n, line) in CLASSES.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 2, "classes.tsv:{}: {line:?}", n + 1);
            assert!(
                Class::parse(cols[1]).is_some(),
                "classes.tsv:{}: {line:?}",
                n + 1
            );
        }
        let lex = lexicon();
        assert_eq!(lex.lookup("gmt").1, Class::TimeZone.bit());
        // A word in a class but in no list keeps its entries empty.
        assert!(lex.get("the").is_empty() && lex.lookup("the").1 & Class::Starts.bit() != 0);
    }

    #[test]
    fn spelling_variants_share_entries() {
        let lex = lexicon();
        for (a, b) in [("पाँच", "पांच"), ("फ़रवरी", "फरवरी"), ("हज़ार", "हजार")]
        {
            assert_eq!(normalize(a), normalize(b));
            assert!(!lex.get(&normalize(a)).is_empty(), "{a}");
        }
        assert!(lex.get("दिसम्बर").contains(&Lex::Month(12)));
        assert!(lex.get("right now").contains(&Lex::Ref("PRESENT_REF")));
        assert_eq!(lex.phrase_len("new"), 3);
    }
}
