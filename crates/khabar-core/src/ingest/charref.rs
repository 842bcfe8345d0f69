//! Character references: `&amp;`, `&#8212;`, `&#x915;`, and the bare
//! legacy forms pages still write (`&nbsp`, `&copy`).
//!
//! The names are the HTML Standard's (`data/ingest/entities.tsv`, 2,231
//! of them), read into a sorted table the first time a page uses a name
//! beyond the handful that most pages use. Numeric references follow the
//! standard's repairs: zero, surrogates and values past U+10FFFF become
//! U+FFFD, and 0x80–0x9F are read as Windows-1252, as browsers do.

use std::sync::OnceLock;

const ENTITIES: &str = include_str!("../../data/ingest/entities.tsv");

/// The longest name in the table, `;` included.
const LONGEST: usize = 32;

/// `(name, text)` sorted by name.
fn table() -> &'static [(&'static str, String)] {
    static T: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: Vec<(&'static str, String)> = ENTITIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, cps) = l.split_once('\t')?;
                let text: String = cps
                    .split(' ')
                    .filter_map(|h| u32::from_str_radix(h.trim(), 16).ok())
                    .filter_map(char::from_u32)
                    .collect();
                Some((name, text))
            })
            .collect();
        t.sort_by(|a, b| a.0.cmp(b.0));
        t
    })
}

/// The text of a name (with its `;` when written), without reading the
/// table for the common ones.
fn named(name: &str) -> Option<&'static str> {
    let common = match name {
        "amp;" | "amp" => Some("&"),
        "lt;" | "lt" => Some("<"),
        "gt;" | "gt" => Some(">"),
        "quot;" | "quot" => Some("\""),
        "apos;" => Some("'"),
        "nbsp;" | "nbsp" => Some("\u{a0}"),
        "mdash;" => Some("—"),
        "ndash;" => Some("–"),
        "rsquo;" => Some("’"),
        "lsquo;" => Some("‘"),
        "ldquo;" => Some("“"),
        "rdquo;" => Some("”"),
        "hellip;" => Some("…"),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    let t = table();
    t.binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| t[i].1.as_str())
}

/// Windows-1252 for the C1 range, as the standard maps `&#128;`–`&#159;`.
const C1: [u32; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

fn numeric(value: u32) -> char {
    let value = match value {
        0 => 0xFFFD,
        0x80..=0x9F => C1[(value - 0x80) as usize],
        _ => value,
    };
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

/// One reference at the start of `s` (just after its `&`): what it stands
/// for and how many bytes it took, or `None` when `&` is a plain
/// ampersand there. In an attribute a bare legacy name followed by `=` or
/// a letter or digit is left as written, as browsers leave it.
fn reference(s: &str, in_attribute: bool, out: &mut String) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let mut i = start;
        let mut value: u32 = 0;
        while let Some(&c) = b.get(i) {
            let d = match c {
                b'0'..=b'9' => u32::from(c - b'0'),
                b'a'..=b'f' if hex => u32::from(c - b'a' + 10),
                b'A'..=b'F' if hex => u32::from(c - b'A' + 10),
                _ => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d)
                .min(0x110000);
            i += 1;
        }
        if i == start {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        out.push(numeric(value));
        return Some(i);
    }
    let run = b
        .iter()
        .take(LONGEST)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return None;
    }
    if b.get(run) == Some(&b';') {
        if let Some(t) = named(&s[..=run]) {
            out.push_str(t);
            return Some(run + 1);
        }
    }
    // The longest bare legacy name that starts the run.
    for len in (2..=run.min(6)).rev() {
        if let Some(t) = named(&s[..len]) {
            let next = b.get(len).copied();
            if in_attribute && next.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric()) {
                return None;
            }
            out.push_str(t);
            return Some(len);
        }
    }
    None
}

/// `s` with its character references replaced.
pub(crate) fn decode(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(s, in_attribute, &mut out);
    out
}

/// Appends `s`, references replaced, to `out`.
pub(crate) fn decode_into(s: &str, in_attribute: bool, out: &mut String) {
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match reference(after, in_attribute, out) {
            Some(n) => rest = &after[n..],
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_legacy_references() {
        assert_eq!(
            decode("Tom &amp; Jerry &mdash; &#8212;&#x2014;", false),
            "Tom & Jerry — ——"
        );
        assert_eq!(decode("&Kcedil;&copy &copy; &notit;", false), "Ķ© © ¬it;");
        assert_eq!(
            decode("&#x915;&#2325;&#0;&#128;&#xD800;", false),
            "कक\u{FFFD}€\u{FFFD}"
        );
        assert_eq!(
            decode("AT&T & &; &# &bogus; a&b", false),
            "AT&T & &; &# &bogus; a&b"
        );
        assert_eq!(decode("&acE;", false), "\u{223E}\u{333}");
        // In attributes a bare name before a letter or `=` stays.
        assert_eq!(decode("?a=1&copy=2&not;&notx", true), "?a=1&copy=2¬&notx");
        assert_eq!(decode("&nbsp", false), "\u{a0}");
        assert_eq!(decode("&#99999999999;", false), "\u{FFFD}");
    }

    #[test]
    fn the_table_is_sorted_and_whole() {
        let t = table();
        assert_eq!(t.len(), 2231);
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(t.iter().all(|(n, v)| n.len() <= LONGEST && !v.is_empty()));
    }
}
