//! What the quote, relation and event stages share for one document: its
//! words, its sentence units and its mention index, each made once.

use super::mentions::Mentions;
use super::Context;
use crate::model::Entity;
use crate::text::chars::{is_danda, is_word_char};
use crate::text::words::Words;

/// What the quote, relation and event stages share for one document: its
/// tokens, its sentence units and its mention index, each made once.
pub(crate) struct Shared<'a> {
    /// Every token of the text.
    pub words: Words<'a>,
    /// [`units`] of the text.
    pub units: Vec<(usize, usize)>,
    /// Every mention of every entity.
    pub mentions: Mentions<'a>,
}

impl<'a> Shared<'a> {
    /// Tokenizes and indexes one document.
    pub fn new(ctx: &Context<'a>, entities: &'a [Entity]) -> Shared<'a> {
        Shared {
            words: Words::new(ctx.text, ctx.atoms),
            units: units(ctx),
            mentions: Mentions::new(entities),
        }
    }
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
        let terminal = matches!(c, '.' | '!' | '?' | '|' | '\n') || is_danda(c);
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
            let word_from = chars.get(word_start).map_or(pos, |&(p, _)| p).min(pos);
            let word = slice.get(word_from..pos).unwrap_or("");
            let abbreviation = if word.is_ascii() {
                ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            } else {
                ABBREVIATIONS.contains(&word.to_lowercase().as_str())
            };
            let mut letters = word.chars();
            let initial = matches!(
                (letters.next(), letters.next()),
                (Some(f), None) if f.is_uppercase()
            );
            if initial || abbreviation {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn invalid_ranges_give_no_units() {
        let text = "राजनाथ";
        let mut out = Vec::new();
        split_unit(text, 1, 2, &mut out);
        assert!(out.is_empty());
    }
}
