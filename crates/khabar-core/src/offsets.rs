//! Offset units at the boundaries.
//!
//! The core works in byte offsets. Python and annotation tools count Unicode
//! code points; JavaScript strings count UTF-16 code units. Each boundary
//! converts an [`Analysis`] once, with [`convert`].

use crate::model::Analysis;

/// The unit offsets are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (the core's own unit).
    Byte,
    /// Unicode scalar values, as Python's `str` counts.
    CodePoint,
    /// UTF-16 code units, as JavaScript's `String` counts.
    Utf16,
}

/// Rewrites every offset of `analysis` from bytes into `unit`.
///
/// Call it once, on an analysis fresh from [`crate::analyze`].
pub fn convert(analysis: &mut Analysis, unit: Unit) {
    if unit == Unit::Byte {
        return;
    }
    let mut wanted: Vec<usize> = Vec::new();
    visit(analysis, &mut |o| wanted.push(*o));
    let table = Table::new(&analysis.text, wanted, unit);
    visit(analysis, &mut |o| *o = table.get(*o));
}

/// Byte offset → unit offset, for a sorted set of byte offsets.
struct Table {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Table {
    fn new(text: &str, mut wanted: Vec<usize>, unit: Unit) -> Table {
        crate::util::sort::sort(&mut wanted);
        wanted.dedup();
        let mut units = Vec::with_capacity(wanted.len());
        let mut chars = text.char_indices().peekable();
        let mut count = 0usize;
        for &b in &wanted {
            // Advance over every char that ends at or before `b`.
            while let Some(&(i, c)) = chars.peek() {
                if i + c.len_utf8() > b {
                    break;
                }
                count += match unit {
                    Unit::Byte => c.len_utf8(),
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
                chars.next();
            }
            units.push(count);
        }
        Table {
            bytes: wanted,
            units,
        }
    }

    fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => byte,
        }
    }
}

/// Calls `f` on every offset field of the analysis.
fn visit(a: &mut Analysis, f: &mut dyn FnMut(&mut usize)) {
    let mut pair = |s: &mut usize, e: &mut usize| {
        f(s);
        f(e);
    };
    if let Some(d) = a.dateline.as_mut() {
        pair(&mut d.start, &mut d.end);
    }
    for p in &mut a.paragraphs {
        pair(&mut p.start, &mut p.end);
    }
    for s in &mut a.sentences {
        pair(&mut s.start, &mut s.end);
    }
    for e in &mut a.entities {
        for m in &mut e.mentions {
            pair(&mut m.start, &mut m.end);
        }
    }
    for t in &mut a.timexes {
        pair(&mut t.start, &mut t.end);
    }
    for f in &mut a.figures {
        pair(&mut f.start, &mut f.end);
    }
    for q in &mut a.quotes {
        pair(&mut q.start, &mut q.end);
    }
    for v in &mut a.events {
        pair(&mut v.start, &mut v.end);
    }
    for r in &mut a.relations {
        pair(&mut r.start, &mut r.end);
    }
    for m in &mut a.embeds {
        pair(&mut m.start, &mut m.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityType, Mention};

    fn with_mention(text: &str, needle: &str) -> Analysis {
        let start = text.find(needle).expect("needle in text");
        Analysis {
            text: text.to_string(),
            entities: vec![Entity {
                id: "e1".into(),
                kind: EntityType::Person,
                name: needle.into(),
                aliases: vec![],
                roles: vec![],
                salience: 1.0,
                mentions: vec![Mention {
                    start,
                    end: start + needle.len(),
                    text: needle.into(),
                }],
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn code_points_and_utf16_with_emoji_and_devanagari() {
        // 😀 is 4 bytes, 1 code point, 2 UTF-16 units; each Devanagari
        // letter is 3 bytes, 1 code point, 1 UTF-16 unit.
        let text = "😀 राजनाथ सिंह met Putin";
        let mut cp = with_mention(text, "Putin");
        convert(&mut cp, Unit::CodePoint);
        let m = &cp.entities[0].mentions[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "Putin");

        let mut u16 = with_mention(text, "Putin");
        convert(&mut u16, Unit::Utf16);
        let m = &u16.entities[0].mentions[0];
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&units[m.start..m.end]), "Putin");
        assert_eq!(m.start, cp.entities[0].mentions[0].start + 1);

        let mut hi = with_mention(text, "सिंह");
        convert(&mut hi, Unit::CodePoint);
        let m = &hi.entities[0].mentions[0];
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "सिंह");
    }
}
