//! Lines that are not article prose: "Read also" / "यह भी पढ़ें" links,
//! photo captions and credits, "(With inputs from agencies)", share and
//! subscribe prompts, and the agency sign-off "(ANI)" that ends wire copy.
//!
//! The patterns live in `data/ingest/furniture.tsv`. Each line of the text is
//! checked against them once, so the cost is linear in the text.

use super::metadata::{self, data_lines};
use crate::model::Span;
use std::sync::OnceLock;

const PATTERNS: &str = include_str!("../../data/ingest/furniture.tsv");

#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    Prefix,
    Line,
    Short,
}

struct Pattern {
    how: How,
    text: &'static str,
}

fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        data_lines(PATTERNS)
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let _kind = cols.next()?;
                let how = cols.next()?;
                let text = cols.next()?;
                let how = match how {
                    "prefix" => How::Prefix,
                    "line" => How::Line,
                    _ => How::Short,
                };
                Some(Pattern { how, text })
            })
            .collect()
    })
}

/// Does a line start with `p`, ignoring ASCII case?
fn starts_with_ci(line: &str, p: &str) -> bool {
    line.len() >= p.len() && line.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

pub(crate) fn contains_ci(line: &str, p: &str) -> bool {
    let (l, p) = (line.as_bytes(), p.as_bytes());
    l.len() >= p.len() && l.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p))
}

/// Is this (trimmed) line furniture?
pub fn is_furniture_line(line: &str) -> bool {
    let line =
        line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '•' | '>' | '|'));
    if line.is_empty() {
        return false;
    }
    let line = line.trim_end();
    let first = line.as_bytes()[0].to_ascii_lowercase();
    let short = line.len() < 200;
    patterns().iter().any(|p| match p.how {
        // A prefix or a whole line must begin with the pattern's first byte:
        // one comparison rules out most patterns on most lines.
        How::Prefix | How::Line
            if p.text.as_bytes().first().map(u8::to_ascii_lowercase) != Some(first) =>
        {
            false
        }
        How::Prefix => starts_with_ci(line, p.text),
        How::Line => line.eq_ignore_ascii_case(p.text),
        How::Short => short && contains_ci(line, p.text),
    })
}

/// Furniture ranges of `text`, by line, plus a trailing agency sign-off.
pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in crate::util::lines(text) {
        let start = offset;
        offset += line.len() + 1;
        if is_furniture_line(line) {
            let lead = line.len() - line.trim_start().len();
            out.push(Span {
                start: start + lead,
                end: start + line.trim_end().len(),
            });
        } else if let Some(sign_off) = agency_sign_off(line) {
            out.push(Span {
                start: start + sign_off,
                end: start + line.trim_end().len(),
            });
        }
    }
    out
}

/// "… on the sidelines of the SCO Summit. (ANI)" → the offset of "(ANI)";
/// a line of its own like "--IANS", "— PTI" or "IANS abc/xyz" → 0.
fn agency_sign_off(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let bare = t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–'));
    if bare.len() < 40 {
        let first = bare.split([' ', '/']).next().unwrap_or("");
        let rest_ok = bare[first.len()..].split_whitespace().count() <= 1;
        if metadata::agency(first).is_some() && rest_ok && !bare.contains('.') {
            return Some(t.len() - t.trim_start().len());
        }
    }
    let open = t.rfind('(')?;
    let inner = t[open..].strip_prefix('(')?.strip_suffix(')')?;
    let inner = inner.trim().trim_start_matches("With inputs from").trim();
    metadata::agency(inner)?;
    // It must close a sentence or stand alone.
    let before = t[..open].trim_end();
    (before.is_empty() || before.ends_with(['.', '।', '|', '!', '?', '"', '”'])).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let yes = [
            "यह भी पढ़ें- रूस निर्मित आईएनएस तुशिल भारतीय नौसेना में शामिल",
            "Read also: India, Russia sign pact",
            "ALSO READ | Putin arrives in Delhi",
            "(With inputs from agencies)",
            "Photo: PTI",
            "(Representational image)",
            "Follow us on Google News for updates",
            "Join our WhatsApp channel for latest news",
            "फाइल फोटो",
        ];
        for l in yes {
            assert!(is_furniture_line(l), "{l}");
        }
        let no = [
            "Read the full statement below, the minister said.",
            "The photographer was detained.",
            "राजनाथ ने कहा कि भारत-रूस की दोस्ती गहरी है.",
            "He urged people to follow rules.",
        ];
        for l in no {
            assert!(!is_furniture_line(l), "{l}");
        }
    }

    #[test]
    fn sign_offs() {
        let text = "The leaders last met on the sidelines of the SCO Summit. (ANI)\nBody (PTI) text\n--IANS\nPTI abc xyz\nPTI said this.";
        let f = find(text);
        let got: Vec<&str> = f.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["(ANI)", "--IANS"]);
    }
}
