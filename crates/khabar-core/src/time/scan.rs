//! The time stage's own tokens: words, numbers and single punctuation
//! marks, with their normalized forms, whether a space precedes them, and
//! the clause they belong to (for tense).
//!
//! Digits and letters are split ("3pm" → 3, pm; "FY2024" → FY, 2024) so the
//! grammar sees every piece; `space_before` tells attached pieces apart.

use super::lexicon::normalize_into;
use crate::text::atoms::{class, class_of, gap, joined, Atom};
use crate::text::chars::digit_value;

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

/// Groups `atoms` (of `text`) into the time stage's tokens. `breaks` are
/// byte offsets where a new clause must start (sentence starts from the
/// segmenter).
pub(crate) fn scan(text: &str, atoms: &[Atom], breaks: &[usize]) -> Scanned {
    let mut out = Scanned {
        toks: Vec::with_capacity(atoms.len()),
        norms: String::with_capacity(text.len()),
    };
    let mut clauses = Clauses {
        breaks,
        next: 0,
        pending: false,
        clause: 0,
    };
    let mut k = 0;
    while let Some(&atom) = atoms.get(k) {
        let start = atom.start();
        if atom.gap & gap::BLANK_LINE != 0 {
            clauses.pending = true;
        }
        let clause = clauses.open(start, !out.toks.is_empty());
        let mut space = atom.spaced();
        k += 1;
        let (end, kind) = if atom.is(class::DIGIT_VALUE) {
            let mut end = atom.end();
            while let Some(next) = joined(atoms, k).filter(|n| n.is(class::DIGIT_VALUE)) {
                end = next.end();
                k += 1;
            }
            let mut value = 0u32;
            let mut digits = 0u8;
            for d in text[start..end].chars().filter_map(digit_value) {
                value = value.saturating_mul(10).saturating_add(d);
                digits = digits.saturating_add(1);
            }
            (end, Kind::Num(value, digits))
        } else if atom.is(class::TIME_LETTER) {
            let mut end = atom.end();
            while let Some(next) = joined(atoms, k) {
                if next.is(class::TIME_LETTER) {
                    end = next.end();
                    k += 1;
                    continue;
                }
                // An inner apostrophe: "year's", "o'clock". A possessive
                // "'s" is split off: "Friday's" → Friday, ', s.
                let apostrophe = matches!(next.mark(text), Some('\'' | '\u{2019}'));
                let after = joined(atoms, k + 1).filter(|a| a.is(class::TIME_LETTER));
                let Some(after) = after.filter(|_| apostrophe) else {
                    break;
                };
                let mut rest = text.get(after.start()..).unwrap_or("").chars();
                let possessive = matches!(rest.next(), Some('s' | 'S'))
                    && rest
                        .next()
                        .is_none_or(|c| class_of(c) & class::TIME_LETTER == 0);
                if possessive {
                    break;
                }
                end = next.end();
                k += 1;
            }
            (end, Kind::Word)
        } else {
            // Punctuation, and runs no grammar reads (other scripts' digits,
            // lone marks): a token per character.
            let piece = text.get(start..atom.end()).unwrap_or("");
            let mut chars = piece.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let at = start + i;
                let clause = if i > 0 {
                    clauses.open(at, true)
                } else {
                    clause
                };
                out.push(text, at, at + c.len_utf8(), Kind::Punct(c), clause, space);
                space = false;
                let followed_by_space = match chars.peek() {
                    Some(_) => false,
                    None => atoms.get(k).is_none_or(Atom::spaced),
                };
                if matches!(c, '।' | '॥' | '|' | '?' | '!' | ';')
                    || (c == '.' && followed_by_space && !after_abbreviation(&out.toks, &out.norms))
                {
                    clauses.pending = true;
                }
            }
            continue;
        };
        out.push(text, start, end, kind, clause, space);
    }
    out
}

/// Which clause each token is in: a new one starts at a sentence start of
/// the segmenter, after a blank line and after sentence punctuation.
struct Clauses<'b> {
    /// The sentence starts, in order.
    breaks: &'b [usize],
    /// The first break not yet passed.
    next: usize,
    /// A new clause starts with the next token.
    pending: bool,
    clause: u32,
}

impl Clauses<'_> {
    /// The clause of a token starting at byte `at`; `started`: the text
    /// has tokens before it (the first token opens no new clause).
    fn open(&mut self, at: usize, started: bool) -> u32 {
        while self.breaks.get(self.next).is_some_and(|&b| b <= at) {
            self.next += 1;
            self.pending = true;
        }
        if self.pending && started {
            self.clause = self.clause.saturating_add(1);
        }
        self.pending = false;
        self.clause
    }
}

impl Scanned {
    /// Appends the token `text[start..end]`.
    fn push(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        kind: Kind,
        clause: u32,
        space_before: bool,
    ) {
        let n0 = self.norms.len() as u32;
        let word = text.get(start..end).unwrap_or("");
        normalize_into(word, &mut self.norms);
        self.toks.push(Tok {
            start: start as u32,
            end: end as u32,
            kind,
            norm: (n0, u32::try_from(self.norms.len()).unwrap_or(u32::MAX)),
            clause,
            space_before,
            cap: word.chars().next().is_some_and(char::is_uppercase),
        });
    }
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
    use crate::text::atoms::Atoms;

    #[test]
    fn splits_digits_letters_and_punctuation() {
        let text = "FY2024-25 at 3pm, १० दिसंबर";
        let s = scan(text, &Atoms::scan(text).all, &[]);
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
        let text = "He came on Dec. 4. कल आएंगे। Now";
        let s = scan(text, &Atoms::scan(text).all, &[]);
        let clauses: Vec<usize> = s.toks.iter().map(Tok::clause).collect();
        assert_eq!(clauses, vec![0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
    }
}
