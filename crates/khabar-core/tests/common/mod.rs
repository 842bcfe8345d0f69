//! Invariants every analysis must hold, whatever the input. Shared by the
//! property, pathological and determinism tests and by the fuzz targets
//! (`fuzz/`), which include this file by path.
//!
//! All offsets are checked as the core produces them: byte offsets into
//! `Analysis::text`.

#![allow(dead_code)]

pub mod builders;
pub mod table;

use std::collections::HashSet;
use std::sync::OnceLock;

use khabar_core::{Analysis, Corpus};

/// Checks every invariant of one analysis; the error names the first broken one.
pub fn check(a: &Analysis) -> Result<(), String> {
    let text = a.text.as_str();
    let span = |what: &str, start: usize, end: usize| -> Result<(), String> {
        if start > end || end > text.len() {
            return Err(format!(
                "{what} {start}..{end} is outside the text of {} bytes",
                text.len()
            ));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("{what} {start}..{end} is not on char boundaries"));
        }
        Ok(())
    };
    let same_text = |what: &str, start: usize, end: usize, got: &str| -> Result<(), String> {
        span(what, start, end)?;
        let want = text.get(start..end).unwrap_or_default();
        if want != got {
            return Err(format!(
                "{what} {start}..{end} has text {got:?} but the text there is {want:?}"
            ));
        }
        Ok(())
    };
    if let Some(d) = &a.dateline {
        span("dateline", d.start, d.end)?;
    }
    for p in &a.paragraphs {
        span("paragraph", p.start, p.end)?;
    }
    for s in &a.sentences {
        span("sentence", s.start, s.end)?;
        if s.language.is_empty() {
            return Err(format!("sentence {}..{} has no language", s.start, s.end));
        }
    }
    let mut ids = HashSet::new();
    for e in &a.entities {
        if !ids.insert(e.id.as_str()) {
            return Err(format!("entity id {} is used twice", e.id));
        }
        if !(0.0..=1.0).contains(&e.salience) {
            return Err(format!("entity {} has salience {}", e.id, e.salience));
        }
        for m in &e.mentions {
            same_text("mention", m.start, m.end, &m.text)?;
        }
    }
    for t in &a.timexes {
        same_text("timex", t.start, t.end, &t.text)?;
        if !timex3_value(&t.value) {
            return Err(format!(
                "timex {:?} has the malformed TIMEX3 value {:?}",
                t.text, t.value
            ));
        }
    }
    for q in &a.quotes {
        same_text("quote", q.start, q.end, &q.text)?;
        if let Some(s) = &q.speaker {
            if !ids.contains(s.as_str()) {
                return Err(format!("quote speaker {s} is not an entity"));
            }
        }
    }
    for v in &a.events {
        same_text("event", v.start, v.end, &v.text)?;
        for p in v.participants.iter().chain(v.place.iter()) {
            if !ids.contains(p.as_str()) {
                return Err(format!("event {} refers to {p}, not an entity", v.id));
            }
        }
        if let Some(d) = &v.date {
            if !timex3_value(d) {
                return Err(format!("event {} has the malformed date {d:?}", v.id));
            }
        }
    }
    for r in &a.relations {
        span("relation", r.start, r.end)?;
        for p in [&r.subject, &r.object, &r.place].into_iter().flatten() {
            if !ids.contains(p.as_str()) {
                return Err(format!("relation {} refers to {p}, not an entity", r.kind));
            }
        }
    }
    for m in &a.embeds {
        span("embed", m.start, m.end)?;
    }
    Ok(())
}

/// Checks a corpus against the analyses it merged.
pub fn check_corpus(analyses: &[Analysis], c: &Corpus) -> Result<(), String> {
    if c.documents.len() != analyses.len() {
        return Err(format!(
            "{} documents merged into {}",
            analyses.len(),
            c.documents.len()
        ));
    }
    let mut ids = HashSet::new();
    for e in &c.entities {
        if !ids.insert(e.id.as_str()) {
            return Err(format!("corpus entity id {} is used twice", e.id));
        }
    }
    for w in c.timeline.windows(2) {
        // In the timeline's own order (granularity-aware: "2024-W49"
        // sorts before "2024-12-10", which plain string order gets wrong).
        if khabar_core::events::timeline::compare(&w[0].date, &w[1].date)
            == std::cmp::Ordering::Greater
        {
            return Err(format!(
                "timeline out of order: {} before {}",
                w[0].date, w[1].date
            ));
        }
    }
    for t in &c.timeline {
        if !timex3_value(&t.date) {
            return Err(format!("timeline date {:?} is malformed", t.date));
        }
        for p in &t.participants {
            if !ids.contains(p.as_str()) {
                return Err(format!("timeline entry refers to {p}, not a corpus entity"));
            }
        }
    }
    Ok(())
}

/// Whether `v` is a well-formed TIMEX3 value: a (partial) date or time, a
/// week, quarter, half or season, a duration, or a *_REF token.
pub fn timex3_value(v: &str) -> bool {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let num = r"(?:[0-9]+(?:\.[0-9]+)?|X+)";
        let date = r"(?:BC)?[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?";
        let time = r"T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2}(?:\.[0-9]+)?)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?|MO|MI|AF|EV|NI|DT)";
        let duration = format!(
            r"P(?:(?:{num}(?:Y|M|W|D|Q|H|DE|CE|ML|E))+(?:T(?:{num}[HMS])+)?|T(?:{num}[HMS])+)"
        );
        regex::Regex::new(&format!(
            r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|FY[0-9]{{4}}|{date}(?:{time})?|{time}|{duration})$"
        ))
        .ok()
    });
    let Some(re) = re else { return false };
    if !re.is_match(v) {
        return false;
    }
    // A month must exist, and a fully specified calendar date too (no 2025-02-30).
    let b = v.as_bytes();
    if b.len() >= 7 && b[4] == b'-' && b[5].is_ascii_digit() && b[6].is_ascii_digit() {
        let month = (b[5] - b'0') * 10 + (b[6] - b'0');
        if !(1..=12).contains(&month) {
            return false;
        }
    }
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[..10].iter().all(|c| *c != b'X') {
        return v
            .get(..10)
            .is_some_and(|d| d.parse::<jiff::civil::Date>().is_ok());
    }
    true
}

#[test]
fn timex3_values_table() {
    for (v, ok) in [
        ("2025-12-04", true),
        ("2025-12", true),
        ("2025", true),
        ("202", true),
        ("19", true),
        ("2025-W49", true),
        ("2025-W49-WE", true),
        ("2025-Q3", true),
        ("2025-SU", true),
        ("XXXX-12-04", true),
        ("2025-12-04T10:30", true),
        ("2025-12-04TEV", true),
        ("T10:30", true),
        ("P2D", true),
        ("P5M", true),
        ("PT3H", true),
        ("P1DT2H", true),
        ("PXY", true),
        ("P1.5Y", true),
        ("PAST_REF", true),
        ("FY2024", true),
        ("FY24", false),
        ("", false),
        ("P", false),
        ("2025-13", false),
        ("2025-00-01", false),
        ("2025-02-30", false),
        ("4 December", false),
        ("2025-12-04 ", false),
        ("tomorrow", false),
    ] {
        assert_eq!(timex3_value(v), ok, "{v:?}");
    }
}
