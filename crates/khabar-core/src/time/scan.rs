//! The time stage's own tokens: words, numbers and single punctuation
//! marks, with their normalized forms, whether a space precedes them, and
//! the clause they belong to (for tense).
//!
//! Digits and letters are split ("3pm" → 3, pm; "FY2024" → FY, 2024) so the
//! grammar sees every piece; `space_before` tells attached pieces apart.

use super::lexicon::normalize_into;
use crate::text::chars::{self, digit_value};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Kind {
    Word,
    /// A run of ASCII or Devanagari digits: its value (saturating at
    /// `u32::MAX`; no time expression needs more) and digit count.
    Num(u32, u8),
    Punct(char),
}

/// One token: 32 bytes, as the stage keeps one per word of the text.
/// Offsets are `u32` (texts up to 4 GiB; a longer text's tail gets no
/// times, [`scan`] stops there).
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    start: u32,
    end: u32,
    pub kind: Kind,
    /// Range of the normalized form in [`Scanned::norms`].
    norm: (u32, u32),
    /// Index of the clause (sentence piece) it belongs to.
    clause: u32,
    /// Whitespace (or the start of the text) precedes it.
    pub space_before: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
}

impl Tok {
    /// Byte offset of its first character.
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset after its last character.
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of its clause.
    pub(crate) fn clause(&self) -> usize {
        self.clause as usize
    }
}

/// A scanned text.
pub(crate) struct Scanned {
    pub toks: Vec<Tok>,
    norms: String,
}

impl Scanned {
    /// The normalized form of token `i` ("" past the end).
    pub(crate) fn norm(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self
                .norms
                .get(t.norm.0 as usize..t.norm.1 as usize)
                .unwrap_or(""),
            None => "",
        }
    }
}

/// Letters and Devanagari signs (digits are numbers of their own here; the
/// dandas and the abbreviation sign are punctuation, as for every stage).
fn is_word_char(c: char) -> bool {
    if chars::is_devanagari(c) {
        return !chars::is_danda(c)
            && c != chars::ABBREVIATION_SIGN
            && !chars::is_devanagari_digit(c);
    }
    chars::is_alphabetic(c) || chars::is_joiner(c)
}

/// Splits `text` into tokens. `breaks` are byte offsets where a new
/// clause must start (sentence starts from the segmenter).
pub(crate) fn scan(text: &str, breaks: &[usize]) -> Scanned {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut norms = String::with_capacity(text.len());
    let mut clause = 0u32;
    let mut next_break = 0usize;
    let mut space = true;
    let mut pending_break = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i >= u32::MAX as usize - 8 {
            break;
        }
        while next_break < breaks.len() && breaks[next_break] <= i {
            next_break += 1;
            pending_break = true;
        }
        if c.is_whitespace() {
            if c == '\n' {
                if let Some(&(_, '\n')) = chars.peek() {
                    pending_break = true;
                }
            }
            space = true;
            continue;
        }
        if pending_break && !toks.is_empty() {
            clause = clause.saturating_add(1);
        }
        pending_break = false;
        let start = i;
        let mut end = i + c.len_utf8();
        let kind;
        if let Some(d) = digit_value(c) {
            let mut value = d;
            let mut digits = 1u8;
            while let Some(&(j, c2)) = chars.peek() {
                match digit_value(c2) {
                    Some(d2) => {
                        value = value.saturating_mul(10).saturating_add(d2);
                        digits = digits.saturating_add(1);
                        end = j + c2.len_utf8();
                        chars.next();
                    }
                    None => break,
                }
            }
            kind = Kind::Num(value, digits);
        } else if is_word_char(c) {
            while let Some(&(j, c2)) = chars.peek() {
                if is_word_char(c2) {
                    end = j + c2.len_utf8();
                    chars.next();
                } else if matches!(c2, '\'' | '\u{2019}') {
                    // An inner apostrophe: "year's", "o'clock".
                    let mut after = text.get(j + c2.len_utf8()..).unwrap_or("").chars();
                    let (a1, a2) = (after.next(), after.next());
                    // A possessive "'s" is split off: "Friday's" → Friday, ', s.
                    let possessive = matches!(a1, Some('s' | 'S')) && !a2.is_some_and(is_word_char);
                    if a1.is_some_and(is_word_char) && !possessive {
                        end = j + c2.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            kind = Kind::Word;
        } else {
            kind = Kind::Punct(c);
        }
        let n0 = norms.len() as u32;
        normalize_into(&text[start..end], &mut norms);
        let cap = text[start..end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        toks.push(Tok {
            start: start as u32,
            end: end as u32,
            kind,
            norm: (n0, u32::try_from(norms.len()).unwrap_or(u32::MAX)),
            clause,
            space_before: space,
            cap,
        });
        space = false;
        if let Kind::Punct(p) = kind {
            let followed_by_space = chars.peek().is_none_or(|&(_, c2)| c2.is_whitespace());
            if matches!(p, '।' | '॥' | '|' | '?' | '!' | ';')
                || (p == '.' && followed_by_space && !after_abbreviation(&toks, &norms))
            {
                pending_break = true;
            }
        }
    }
    Scanned { toks, norms }
}

/// Is the "." just pushed the period of an abbreviation ("Dec.", "p.m.")?
fn after_abbreviation(toks: &[Tok], norms: &str) -> bool {
    let n = toks.len();
    if n < 2 {
        return false;
    }
    let prev = &toks[n - 2];
    if prev.kind != Kind::Word || toks[n - 1].space_before {
        return false;
    }
    let w = norms
        .get(prev.norm.0 as usize..prev.norm.1 as usize)
        .unwrap_or("");
    w.len() <= 4 && w.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_digits_letters_and_punctuation() {
        let s = scan("FY2024-25 at 3pm, १० दिसंबर", &[]);
        let got: Vec<(&str, bool)> = s
            .toks
            .iter()
            .enumerate()
            .map(|(i, t)| (s.norm(i), t.space_before))
            .collect();
        assert_eq!(
            got,
            vec![
                ("fy", true),
                ("2024", false),
                ("-", false),
                ("25", false),
                ("at", true),
                ("3", true),
                ("pm", false),
                (",", false),
                ("१०", true),
                ("दिसंबर", true),
            ]
        );
        assert_eq!(s.toks[8].kind, Kind::Num(10, 2));
    }

    #[test]
    fn a_token_is_32_bytes() {
        // Issue 8: one token per word of the text; keep it small.
        assert!(std::mem::size_of::<Tok>() <= 32);
    }

    #[test]
    fn clauses_break_at_full_stops_not_abbreviations() {
        let s = scan("He came on Dec. 4. कल आएंगे। Now", &[]);
        let clauses: Vec<usize> = s.toks.iter().map(Tok::clause).collect();
        assert_eq!(clauses, vec![0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
    }
}
