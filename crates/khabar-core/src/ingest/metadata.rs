//! Dates in metadata, datelines and post signatures, and which date wins.
//!
//! Order of trust for the publication date: the caller's date, then the
//! page's metadata (`article:published_time` and kin, JSON-LD
//! `NewsArticle.datePublished`, `<time datetime>`), then a leading
//! "date YYYY-MM-DD" line, then the wire dateline, then the latest embedded
//! post. A dateline date without a year takes its year from whichever of
//! these is known.

use std::collections::HashMap;
use std::sync::OnceLock;

const MONTHS: &str = include_str!("../../data/ingest/months.tsv");
const AGENCIES: &str = include_str!("../../data/ingest/agencies.tsv");
const DATE_LABELS: &str = include_str!("../../data/ingest/date-labels.tsv");

/// Data lines of a compiled-in list.
pub fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

struct Tables {
    months: HashMap<&'static str, u8>,
    agencies: HashMap<&'static str, &'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut months = HashMap::new();
        for line in data_lines(MONTHS) {
            let mut cols = line.split('\t');
            let Some(n) = cols.next().and_then(|n| n.parse::<u8>().ok()) else {
                continue;
            };
            for name in cols {
                months.insert(name, n);
            }
        }
        let mut agencies = HashMap::new();
        for line in data_lines(AGENCIES) {
            let mut cols = line.split('\t');
            let Some(canon) = cols.next() else { continue };
            for name in cols {
                agencies.insert(name, canon);
            }
        }
        Tables { months, agencies }
    })
}

/// The month a word names ("Dec", "december", "Sept.", "दिसंबर").
pub fn month(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.is_empty() || w.len() > 24 {
        return None;
    }
    let t = &tables().months;
    if w.is_ascii() {
        let mut buf = [0u8; 24];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).ok().and_then(|l| t.get(l).copied())
    } else {
        t.get(w).copied()
    }
}

/// The canonical name of a news agency ("PTI", "भाषा" → "Bhasha").
pub fn agency(name: &str) -> Option<&'static str> {
    tables().agencies.get(name.trim()).copied()
}

/// A date that may lack its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<i16>,
    pub month: u8,
    pub day: u8,
}

impl PartialDate {
    /// ISO when the year is known, else TIMEX3's "XXXX-MM-DD".
    pub fn iso(self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("XXXX-{:02}-{:02}", self.month, self.day),
        }
    }

    /// The full date, if it has a year and exists.
    pub fn date(self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year?, self.month as i8, self.day as i8).ok()
    }
}

/// Parses the numeric value of an ASCII or Devanagari digit string.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 12 {
        return None;
    }
    let mut n: u32 = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{0966}'..='\u{096F}' => c as u32 - 0x0966,
            _ => return None,
        };
        n = n.checked_mul(10)?.checked_add(d)?;
    }
    Some(n)
}

/// Reads "December 4", "Dec. 3, 2024", "4 December 2025", "5 दिसंबर",
/// "10 Dec, 2024" and ISO "2024-12-10" (with a time after it). Returns the
/// date and the number of bytes read.
pub fn parse_date(s: &str) -> Option<(PartialDate, usize)> {
    if let Some(d) = parse_iso(s) {
        return Some((d, 10));
    }
    // Words with their end offsets, stopping at anything but words, digits,
    // spaces, commas and dots.
    let mut words: Vec<(&str, usize)> = Vec::with_capacity(4);
    let mut i = 0;
    let bytes_end = s.len().min(48);
    while i < bytes_end && words.len() < 4 {
        let rest = &s[i..];
        let skip = rest.len() - rest.trim_start_matches([' ', ',', '\u{a0}']).len();
        i += skip;
        let rest = &s[i..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || crate::segment::is_word_char(c) || c == '.'))
            .map_or(rest.len(), |(k, _)| k);
        if len == 0 {
            break;
        }
        let w = rest[..len].trim_end_matches('.');
        words.push((w, i + w.len()));
        i += len;
    }
    let day = |w: &str| {
        number(w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])).filter(|d| (1..=31).contains(d))
    };
    let year = |w: &str| number(w).filter(|y| (1900..=2200).contains(y));
    let (m, d, used) = match words.as_slice() {
        [(a, _), (b, e), ..] if month(a).is_some() && day(b).is_some() => (month(a)?, day(b)?, *e),
        [(a, _), (b, e), ..] if day(a).is_some() && month(b).is_some() => (month(b)?, day(a)?, *e),
        _ => return None,
    };
    let (y, used) = match words.get(2) {
        Some((w, e)) if year(w).is_some() => (year(w).map(|y| y as i16), *e),
        _ => (None, used),
    };
    let date = PartialDate {
        year: y,
        month: m,
        day: d as u8,
    };
    if let Some(y) = date.year {
        jiff::civil::Date::new(y, m as i8, d as i8).ok()?;
    }
    Some((date, used))
}

/// "2024-12-10", "2024-12-10T09:30:00+05:30", "2024/12/10".
fn parse_iso(s: &str) -> Option<PartialDate> {
    let b = s.as_bytes();
    if b.len() < 10 || !(b[4] == b'-' || b[4] == b'/') || b[7] != b[4] {
        return None;
    }
    let y = number(s.get(0..4)?)?;
    let m = number(s.get(5..7)?)?;
    let d = number(s.get(8..10)?)?;
    if b.get(10).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    jiff::civil::Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(PartialDate {
        year: Some(y as i16),
        month: m as u8,
        day: d as u8,
    })
}

/// A full ISO date from a metadata value ("2024-12-10T23:00:00+05:30",
/// "Dec 10, 2024, 11:30 PM IST"), as the publisher wrote it (the local date).
pub fn iso_from_meta(value: &str) -> Option<String> {
    let v = value.trim();
    let (d, _) = parse_date(v).or_else(|| {
        // "Tuesday, December 10, 2024": skip a leading weekday.
        let rest = v.split_once([',', ' ']).map(|(_, r)| r.trim_start())?;
        parse_date(rest)
    })?;
    d.date().map(|_| d.iso())
}

fn date_labels() -> &'static [(&'static str, bool)] {
    static L: OnceLock<Vec<(&'static str, bool)>> = OnceLock::new();
    L.get_or_init(|| {
        let mut v: Vec<(&'static str, bool)> = data_lines(DATE_LABELS)
            .filter_map(|l| {
                let (kind, label) = l.split_once('\t')?;
                (kind != "skip").then(|| (label.trim(), kind == "updated"))
            })
            .collect();
        // Longest first, so "published on" is read before "published".
        crate::util::sort::sort_by_key(&mut v, |(l, _)| std::cmp::Reverse(l.len()));
        v
    })
}

/// A visible date line: "First Published on Nov 20, 2019", "Updated: 20
/// Nov 2019, 01:38 PM IST", "Published on : 07 Jul 2024", "प्रकाशित: 7
/// जुलाई 2024, 10:15 AM". Returns the ISO date and whether the label is
/// an update.
pub fn labelled_date(line: &str) -> Option<(String, bool)> {
    let (label, update) = date_labels().iter().find(|(l, _)| {
        line.len() >= l.len()
            && line.is_char_boundary(l.len())
            && line.as_bytes()[..l.len()].eq_ignore_ascii_case(l.as_bytes())
    })?;
    let mut rest = &line[label.len()..];
    // The label ends at a word boundary.
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    // Up to six more tokens: separators, "on", "at", a weekday, a clock
    // time ("01:38:07 PM IST") before the date.
    for _ in 0..8 {
        rest = rest.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, ':' | '-' | '–' | '—' | '|' | ',' | '.' | '(' | '\u{a0}')
        });
        if let Some((d, _)) = parse_date(rest) {
            return d.date().map(|_| (d.iso(), *update));
        }
        let word_end = rest
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        let skippable = skippable(word) || word.contains(':');
        if word.is_empty() || !skippable {
            return None;
        }
        rest = &rest[word_end..];
    }
    None
}

/// A word that may stand between a date label and its date.
fn skippable(w: &str) -> bool {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    let words = S.get_or_init(|| {
        data_lines(DATE_LABELS)
            .filter_map(|l| l.strip_prefix("skip\t"))
            .map(str::trim)
            .collect()
    });
    let w = w.trim_end_matches(',').to_ascii_lowercase();
    let bare = w.trim_end_matches('.');
    words.iter().any(|s| *s == w || *s == bare)
}

/// Gives a yearless date the year that puts it closest before `reference`
/// (publication-type references) — a dateline is never after its story.
pub fn year_not_after(d: PartialDate, reference: jiff::civil::Date) -> Option<PartialDate> {
    let slack = reference
        .checked_add(jiff::Span::new().days(2))
        .unwrap_or(reference);
    for y in [reference.year(), reference.year() - 1] {
        let c = PartialDate { year: Some(y), ..d };
        if c.date().is_some_and(|date| date <= slack) {
            return Some(c);
        }
    }
    None
}

/// Gives a yearless date the year that puts it on or after `earliest` (an
/// embedded post: the story comes after the post).
pub fn year_not_before(d: PartialDate, earliest: jiff::civil::Date) -> Option<PartialDate> {
    for y in [earliest.year(), earliest.year() + 1] {
        let c = PartialDate { year: Some(y), ..d };
        if c.date().is_some_and(|date| date >= earliest) {
            return Some(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let cases = [
            ("December 4 (ANI):", "XXXX-12-04"),
            ("Dec 3 (PTI)", "XXXX-12-03"),
            ("Dec. 3, 2024 -", "2024-12-03"),
            ("December 10, 2024", "2024-12-10"),
            ("4 December 2025", "2025-12-04"),
            ("5 दिसंबर (भाषा)", "XXXX-12-05"),
            ("१० दिसंबर २०२४", "2024-12-10"),
            ("2024-12-10T23:30:00+05:30", "2024-12-10"),
            ("Sept 1st", "XXXX-09-01"),
            ("10 Dec, 2024", "2024-12-10"),
        ];
        for (s, iso) in cases {
            assert_eq!(
                parse_date(s).map(|(d, _)| d.iso()).as_deref(),
                Some(iso),
                "{s}"
            );
        }
        for s in [
            "December",
            "Modi 4",
            "2024-13-01",
            "May be",
            "February 30, 2024",
            "",
        ] {
            assert!(parse_date(s).is_none(), "{s}");
        }
        assert_eq!(
            iso_from_meta("Tuesday, December 10, 2024 11:30 PM IST").as_deref(),
            Some("2024-12-10")
        );
    }

    #[test]
    fn labelled_date_lines() {
        let cases = [
            (
                "First Published on Nov 20, 2019",
                Some(("2019-11-20", false)),
            ),
            (
                "Updated: 20 Nov 2019, 01:38 PM IST",
                Some(("2019-11-20", true)),
            ),
            ("Published on : 07 Jul 2024", Some(("2024-07-07", false))),
            (
                "Updated: 01:38:07 PM IST Nov 20, 2019",
                Some(("2019-11-20", true)),
            ),
            (
                "प्रकाशित: 14 जुलाई 2025, 09:10 AM",
                Some(("2025-07-14", false)),
            ),
            ("अपडेटेड सोमवार, 14 जुलाई 2025", Some(("2025-07-14", true))),
            ("Published by the ministry in 2019", None),
            ("Updates to follow", None),
        ];
        for (line, want) in cases {
            let got = labelled_date(line);
            assert_eq!(got.as_ref().map(|(d, u)| (d.as_str(), *u)), want, "{line}");
        }
    }

    #[test]
    fn years() {
        let d = |s: &str| {
            parse_date(s).map(|(d, _)| d).unwrap_or(PartialDate {
                year: None,
                month: 1,
                day: 1,
            })
        };
        let r: jiff::civil::Date = "2025-01-02".parse().unwrap_or_default();
        assert_eq!(
            year_not_after(d("December 31"), r)
                .map(|d| d.iso())
                .as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(
            year_not_after(d("January 2"), r)
                .map(|d| d.iso())
                .as_deref(),
            Some("2025-01-02")
        );
        let e: jiff::civil::Date = "2024-12-10".parse().unwrap_or_default();
        assert_eq!(
            year_not_before(d("December 11"), e)
                .map(|d| d.iso())
                .as_deref(),
            Some("2024-12-11")
        );
        assert_eq!(
            year_not_before(d("January 3"), e)
                .map(|d| d.iso())
                .as_deref(),
            Some("2025-01-03")
        );
        assert_eq!(agency("भाषा"), Some("Bhasha"));
        assert_eq!(month("Sept."), Some(9));
    }
}
