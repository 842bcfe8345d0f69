//! Text helpers shared by quotes, relations and events: tokens, sentence
//! units, the script of a span and an index of entity mentions.
//!
//! These stages read clauses word by word, so they tokenize each sentence
//! themselves (lower-cased words and single punctuation marks) rather than
//! depend on the segmenter's token kinds. Everything is linear in the text.

use crate::model::{Entity, EntityType};
use crate::pipeline::Context;

/// A word or a punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// Lower-cased word, or the punctuation mark itself.
    pub norm: String,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
}

/// Letters, digits, Devanagari signs and joiners; not the danda.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || (('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}')
        || c == '\u{200C}'
        || c == '\u{200D}'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenizes `text[from..to]` (which must be a char-boundary range; an
/// invalid range gives no tokens). Apostrophes between letters stay inside
/// words ("Hon'ble", "Putin's"); hyphens split words.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    let Some(slice) = text.get(from..to) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if is_apostrophe(cj)
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphabetic())
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(slice.len(), |&(p, _)| p);
            out.push(Tok {
                start: from + pos,
                end: from + end,
                norm: slice[pos..end].to_lowercase(),
                word: true,
            });
            i = j;
        } else {
            let end = pos + c.len_utf8();
            out.push(Tok {
                start: from + pos,
                end: from + end,
                norm: c.to_string(),
                word: false,
            });
            i += 1;
        }
    }
    out
}

/// Tokenizes a phrase of a data file into its normalized words and marks.
pub(crate) fn phrase(p: &str) -> Vec<String> {
    tokenize(p, 0, p.len())
        .into_iter()
        .map(|t| t.norm)
        .collect()
}

/// Whether `toks[i..]` starts with the normalized words of `pat`.
pub(crate) fn starts_with(toks: &[Tok], i: usize, pat: &[String]) -> bool {
    !pat.is_empty()
        && toks.len() >= i + pat.len()
        && toks[i..i + pat.len()]
            .iter()
            .zip(pat)
            .all(|(t, p)| t.norm == *p)
}

/// Whether most letters of the span are Devanagari.
pub(crate) fn is_hindi(text: &str) -> bool {
    let (mut deva, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0900}'..='\u{097F}').contains(&c) {
            deva += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    deva > latin
}

/// Words that end in a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "hon",
    "no", "rs", "vs", "etc", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "govt", "dept", "maj", "adm", "rev", "sh", "smt", "shri",
];

/// Sentence units: the segmenter's sentences, split again at sentence-final
/// punctuation followed by a space (a safety net that is a no-op when the
/// segmenter already split there). Byte ranges, in order.
pub(crate) fn units(ctx: &Context<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in ctx.sentences {
        split_unit(ctx.text, s.start, s.end, &mut out);
    }
    out
}

fn split_unit(text: &str, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut start = 0usize;
    for (k, &(pos, c)) in chars.iter().enumerate() {
        let terminal = matches!(c, '.' | '!' | '?' | '\u{0964}' | '\u{0965}' | '|' | '\n');
        if !terminal {
            continue;
        }
        // Closing quotes and brackets right after the mark stay in the sentence.
        let mut k2 = k + 1;
        while chars
            .get(k2)
            .is_some_and(|&(_, n)| matches!(n, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')'))
        {
            k2 += 1;
        }
        let next = chars.get(k2).map(|&(_, n)| n);
        if !(next.is_none() || next.is_some_and(char::is_whitespace)) {
            continue;
        }
        if c == '.' {
            // Not after an abbreviation or an initial, nor before a lower-case word.
            let word_start = chars[..k]
                .iter()
                .rposition(|&(_, p)| !is_word_char(p))
                .map_or(0, |r| r + 1);
            let word: String = chars[word_start..k].iter().map(|&(_, p)| p).collect();
            let lower = word.to_lowercase();
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial || ABBREVIATIONS.contains(&lower.as_str()) {
                continue;
            }
            let following = chars[k2..].iter().find(|&&(_, n)| !n.is_whitespace());
            if following.is_some_and(|&(_, n)| n.is_lowercase()) {
                continue;
            }
        }
        let end = chars.get(k2).map_or(slice.len(), |&(p, _)| p);
        push_trimmed(slice, from, start, end, out);
        start = end;
        let _ = pos;
    }
    push_trimmed(slice, from, start, slice.len(), out);
}

fn push_trimmed(slice: &str, base: usize, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let Some(part) = slice.get(a..b) else {
        return;
    };
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    if part.trim().is_empty() {
        return;
    }
    out.push((base + a + lead, base + b - trail));
}

/// One mention of an entity, by index into the entity list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MentionRef {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

/// Every mention of every entity, sorted by start.
pub(crate) struct Mentions<'a> {
    pub entities: &'a [Entity],
    pub list: Vec<MentionRef>,
}

impl<'a> Mentions<'a> {
    /// Indexes the mentions of `entities`.
    pub fn new(entities: &'a [Entity]) -> Mentions<'a> {
        let mut list: Vec<MentionRef> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions.iter().map(move |m| MentionRef {
                    start: m.start,
                    end: m.end,
                    entity: i,
                })
            })
            .filter(|m| m.start < m.end)
            .collect();
        list.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        Mentions { entities, list }
    }

    /// Mentions lying wholly inside `from..to`, in order.
    pub fn within(&self, from: usize, to: usize) -> Vec<MentionRef> {
        let a = self.list.partition_point(|m| m.start < from);
        let b = self.list.partition_point(|m| m.start < to).max(a);
        self.list[a..b]
            .iter()
            .filter(|m| m.end <= to)
            .copied()
            .collect()
    }

    /// The type of a mention's entity.
    pub fn kind(&self, m: &MentionRef) -> EntityType {
        self.entities
            .get(m.entity)
            .map_or(EntityType::Misc, |e| e.kind)
    }

    /// The id of an entity.
    pub fn id(&self, entity: usize) -> Option<String> {
        self.entities.get(entity).map(|e| e.id.clone())
    }

    /// The mention starting exactly at `pos`, if any.
    pub fn starting_at(&self, pos: usize) -> Option<&MentionRef> {
        let a = self.list.partition_point(|m| m.start < pos);
        self.list.get(a).filter(|m| m.start == pos)
    }

    /// A mention that starts at or before `from` and ends at or after `to`.
    pub fn covering(&self, from: usize, to: usize) -> Option<MentionRef> {
        let b = self.list.partition_point(|m| m.start <= from);
        self.list[..b]
            .iter()
            .rev()
            .take_while(|m| m.start + 200 >= from)
            .find(|m| m.end >= to)
            .copied()
    }

    /// The mention ending exactly at `pos`, if any (linear in the mentions
    /// that start in the 200 bytes before `pos`).
    pub fn ending_at(&self, pos: usize) -> Option<&MentionRef> {
        let b = self.list.partition_point(|m| m.start < pos);
        self.list[..b]
            .iter()
            .rev()
            .take_while(|m| m.start + 200 >= pos)
            .find(|m| m.end == pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_hyphens() {
        let text = "Hon'ble Putin's सह-अध्यक्षता, 'एक्स'";
        let toks: Vec<String> = tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| t.norm)
            .collect();
        assert_eq!(
            toks,
            [
                "hon'ble",
                "putin's",
                "सह",
                "-",
                "अध्यक्षता",
                ",",
                "'",
                "एक्स",
                "'"
            ]
        );
    }

    #[test]
    fn units_split_after_terminals_but_not_abbreviations() {
        let text = "Met Mr. Murashko today. He said so. राजनाथ ने कहा। ठीक है.";
        let mut out = Vec::new();
        split_unit(text, 0, text.len(), &mut out);
        let parts: Vec<&str> = out.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            parts,
            [
                "Met Mr. Murashko today.",
                "He said so.",
                "राजनाथ ने कहा।",
                "ठीक है."
            ]
        );
    }

    #[test]
    fn invalid_ranges_give_nothing() {
        let text = "राजनाथ";
        assert!(tokenize(text, 1, 4).is_empty());
        let mut out = Vec::new();
        split_unit(text, 1, 2, &mut out);
        assert!(out.is_empty());
    }
}
