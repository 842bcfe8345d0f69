//! Leading furniture of the first paragraph: the "date YYYY-MM-DD" line and
//! the wire dateline.
//!
//! Datelines come in a few shapes, all at the very start of the story:
//! "New Delhi [India], December 4 (ANI):", "NEW DELHI, Dec 3 (PTI) -",
//! "Mumbai, Jan 5 (IANS)", "WASHINGTON (Reuters) -", "NEW DELHI:",
//! "मॉस्को/ नई दिल्ली:", "नई दिल्ली, 5 दिसंबर (भाषा)". The parser reads the
//! place(s), the date and the agency, and returns the byte range to keep out
//! of the first sentence.

use super::metadata::{self, data_lines, PartialDate};
use std::collections::HashSet;
use std::sync::OnceLock;

const NOT_PLACES: &str = include_str!("../../data/ingest/not-places.txt");

/// A "date 2025-12-04" line: the date and the range it covers (with the
/// whitespace after it).
pub fn date_line(text: &str, from: usize) -> Option<(PartialDate, usize, usize)> {
    let rest = text.get(from..)?;
    let lead = rest.len() - rest.trim_start().len();
    let start = from + lead;
    let body = &text[start..];
    let mut cut = body.len().min(24);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &body[..cut];
    let lower = head.to_ascii_lowercase();
    let prefix = ["published on", "published", "dated", "date"]
        .into_iter()
        .find(|p| lower.starts_with(p))?;
    let after = &body[prefix.len()..];
    let after_trim = after.trim_start_matches([' ', ':', '\t']);
    let skipped = after.len() - after_trim.len();
    if skipped == 0 {
        return None;
    }
    let (date, used) = metadata::parse_date(after_trim)?;
    date.year?;
    let mut end = start + prefix.len() + skipped + used;
    let tail = &text[end..];
    end += tail.len() - tail.trim_start().len();
    Some((date, start, end))
}

/// A parsed wire dateline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// Places as written, without a bracketed country, joined with " / ".
    pub place: Option<String>,
    /// The date as written, maybe without a year.
    pub date: Option<PartialDate>,
    /// The canonical agency name.
    pub agency: Option<&'static str>,
    /// Range of the dateline (with its separator and following spaces).
    pub start: usize,
    pub end: usize,
}

fn not_places() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(NOT_PLACES).map(str::trim).collect())
}

/// Words that show a Hindi line opening is a clause, not a place.
const HINDI_CLAUSE_WORDS: &[&str] = &[
    "ने",
    "की",
    "का",
    "के",
    "में",
    "से",
    "को",
    "है",
    "हैं",
    "पर",
    "और",
    "कहा",
    "था",
    "थे",
    "यह",
    "वह",
    "इस",
];

/// Parses a dateline at byte `from` (the start of the first paragraph).
pub fn parse(text: &str, from: usize) -> Option<Parsed> {
    let line_end = text[from..].find('\n').map_or(text.len(), |n| from + n);
    let mut limit = (from + 200).min(line_end);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = &text[from..limit];
    // 1. An agency in parentheses within the first 120 bytes.
    let mut search = 0;
    while let Some(open) = head[search..].find('(').map(|k| search + k) {
        if open > 120 {
            break;
        }
        let Some(close) = head[open..].find(')').map(|k| open + k) else {
            break;
        };
        if let Some(agency) = metadata::agency(&head[open + 1..close]) {
            let prefix = head[..open].trim_end();
            let (place, date) = place_and_date(prefix, true)?;
            let end = from + separator_end(head, close + 1);
            return Some(Parsed {
                place,
                date,
                agency: Some(agency),
                start: from,
                end,
            });
        }
        search = close + 1;
    }
    // 2. No agency: "NEW DELHI:", "Mumbai, Jan 5:", "मॉस्को/ नई दिल्ली:", "LONDON -".
    let colon = head.find(':');
    let dash = [" - ", " – ", " — ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .min();
    let (cut, after) = match (colon, dash) {
        (Some(c), Some(d)) if d < c => (d, d + 1),
        (Some(c), _) => (c, c + 1),
        (None, Some(d)) => (d, d + 1),
        (None, None) => return None,
    };
    if cut == 0 || cut > 80 {
        return None;
    }
    let prefix = head[..cut].trim_end();
    let (place, date) = place_and_date(prefix, false)?;
    // Without an agency, a plain title-case English place needs more
    // evidence: a date, capitals ("NEW DELHI"), or a colon right after it.
    let p = place.as_deref().unwrap_or("");
    let caps = p
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| !c.is_lowercase());
    let devanagari = p.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    if date.is_none() && !caps && !devanagari && colon != Some(cut) {
        return None;
    }
    Some(Parsed {
        place,
        date,
        agency: None,
        start: from,
        end: from + separator_end(head, after.max(cut)),
    })
}

/// Past the separator after the dateline: ":", "-", "–", "—", "," and spaces.
fn separator_end(head: &str, mut i: usize) -> usize {
    let bytes = head.as_bytes();
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    for sep in [":", "--", "-", "–", "—", ","] {
        if head[i..].starts_with(sep) {
            i += sep.len();
            break;
        }
    }
    let rest = &head[i..];
    i + (rest.len() - rest.trim_start().len())
}

/// "New Delhi [India], December 4" → places and date. `agency` relaxes the
/// checks (the agency already proves it is a dateline).
fn place_and_date(prefix: &str, agency: bool) -> Option<(Option<String>, Option<PartialDate>)> {
    if prefix.is_empty() {
        return agency.then_some((None, None));
    }
    // Split off the date after the first comma.
    let (place_part, date) = match prefix.split_once(',') {
        Some((p, d)) => {
            let d = d.trim();
            let (date, used) = metadata::parse_date(d)?;
            if used < d.trim_end_matches([',', ' ']).len() {
                return None;
            }
            (p, Some(date))
        }
        None => (prefix, None),
    };
    // Drop a bracketed country: "New Delhi [India]".
    let place_part = match place_part.find('[') {
        Some(b) if place_part.trim_end().ends_with(']') => &place_part[..b],
        _ => place_part,
    };
    let mut places = Vec::new();
    for p in place_part.split('/') {
        let p = p.trim();
        if p.is_empty() || !is_place(p) {
            return None;
        }
        places.push(p);
    }
    if places.is_empty() || (!agency && places.len() == 1 && not_places().contains(places[0])) {
        return None;
    }
    Some((Some(places.join(" / ")), date))
}

/// One to four capitalized (or Devanagari) words, no digits, not a clause.
fn is_place(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || p.len() > 60 {
        return false;
    }
    words.iter().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        let devanagari = ('\u{0900}'..='\u{097F}').contains(&first);
        if devanagari {
            return !HINDI_CLAUSE_WORDS.contains(w);
        }
        (first.is_uppercase() || matches!(*w, "of" | "de" | "la" | "el" | "al"))
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Place, date, agency and the text after the dateline.
    type Got<'a> = (
        Option<String>,
        Option<String>,
        Option<&'static str>,
        &'a str,
    );

    fn dl(text: &str) -> Option<Got<'_>> {
        parse(text, 0).map(|p| (p.place, p.date.map(|d| d.iso()), p.agency, &text[p.end..]))
    }

    #[test]
    fn datelines() {
        let s = |x: &str| Some(x.to_string());
        let cases = [
            (
                "New Delhi [India], December 4 (ANI): Union Minister",
                Some((
                    s("New Delhi"),
                    s("XXXX-12-04"),
                    Some("ANI"),
                    "Union Minister",
                )),
            ),
            (
                "NEW DELHI, Dec 3 (PTI) - Rajnath met",
                Some((s("NEW DELHI"), s("XXXX-12-03"), Some("PTI"), "Rajnath met")),
            ),
            (
                "Mumbai, Jan 5 (IANS) The police",
                Some((s("Mumbai"), s("XXXX-01-05"), Some("IANS"), "The police")),
            ),
            (
                "WASHINGTON (Reuters) - The U.S.",
                Some((s("WASHINGTON"), None, Some("Reuters"), "The U.S.")),
            ),
            (
                "मॉस्को/ नई दिल्ली: रूस की यात्रा",
                Some((s("मॉस्को / नई दिल्ली"), None, None, "रूस की यात्रा")),
            ),
            (
                "नई दिल्ली, 5 दिसंबर (भाषा) सरकार ने",
                Some((s("नई दिल्ली"), s("XXXX-12-05"), Some("Bhasha"), "सरकार ने")),
            ),
            (
                "NEW DELHI: The Supreme Court",
                Some((s("NEW DELHI"), None, None, "The Supreme Court")),
            ),
            (
                "Chennai: The state government",
                Some((s("Chennai"), None, None, "The state government")),
            ),
            (
                "Srinagar, Dec. 10, 2024 – Snow fell",
                Some((s("Srinagar"), s("2024-12-10"), None, "Snow fell")),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(dl(text), want, "{text}");
        }
        for text in [
            "Union Minister Nadda said: we will act",
            "Update: the match was called off",
            "रक्षा मंत्री ने कहा: हम तैयार हैं",
            "The minister (PTI) said",
            "In 2024, 5 people died - police said",
            "He said, \"Met Mr. Murashko\"",
        ] {
            assert_eq!(dl(text), None, "{text}");
        }
    }

    #[test]
    fn date_lines() {
        let text = " date 2025-12-04 New Delhi [India]";
        let (d, s, e) = date_line(text, 0).expect("date line");
        assert_eq!(
            (d.iso().as_str(), s, &text[e..]),
            ("2025-12-04", 1, "New Delhi [India]")
        );
        assert!(date_line("dated memories fade", 0).is_none());
        assert!(date_line("Published: December 10, 2024\nText", 0).is_some());
    }
}
