//! The tokenizer: one linear pass, no allocation per token.
//!
//! Words keep their combining marks (Devanagari matras, virama, nukta, and
//! the joiners ZWJ/ZWNJ), inner apostrophes ("Hon'ble"), inner hyphens
//! ("India-Russia", "S-400", "सह-अध्यक्षता") and the dots of dotted
//! abbreviations ("U.S.", "J.P.", "a.m."). Numbers keep inner "," "." and
//! ":" between digits ("1,000", "3.5", "10:30", "१०"). URLs, @handles and
//! #hashtags are single tokens.

use super::{Token, TokenKind};
use crate::text::atoms::{class, Atom, Atoms};
use crate::text::chars::{is_danda, ABBREVIATION_SIGN};
pub use crate::text::chars::{is_digit, is_letter as is_word_char};

/// The char starting at byte `i`, if any.
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i`, if any.
#[inline]
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Characters that are punctuation rather than symbols.
#[inline]
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '~');
    }
    let u = c as u32;
    is_danda(c)
        || c == ABBREVIATION_SIGN
        || matches!(
            u,
            0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
        )
        || (0x2010..=0x2027).contains(&u)
        || (0x2030..=0x205E).contains(&u)
        || (0x3000..=0x303F).contains(&u)
        || (0xFF01..=0xFF0F).contains(&u)
        || matches!(u, 0xFF1A | 0xFF1B | 0xFF1F | 0x061F | 0x060C | 0x06D4)
}

/// Chars that continue an emoji: variation selectors, skin tones, keycaps, tags.
#[inline]
fn is_emoji_continuation(c: char) -> bool {
    let u = c as u32;
    (0xFE00..=0xFE0F).contains(&u)
        || (0x1F3FB..=0x1F3FF).contains(&u)
        || u == 0x20E3
        || (0xE0020..=0xE007F).contains(&u)
}

/// Where a URL starts at `i`, if one does: its scheme or well-known prefix.
fn url_at(text: &str, i: usize) -> bool {
    let rest = match text.get(i..i + 16.min(text.len() - i)) {
        Some(r) => r,
        None => match text.get(i..) {
            Some(r) => r,
            None => return false,
        },
    };
    let lower = |p: &str| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let prefix = lower("http://")
        || lower("https://")
        || lower("www.")
        || lower("pic.twitter.com/")
        || lower("t.co/")
        || lower("youtu.be/")
        || lower("bit.ly/");
    prefix && !char_before(text, i).is_some_and(|c| is_word_char(c) || c == '.' || c == '/')
}

/// Past the end of the URL starting at `i` (trailing punctuation left out).
fn url_end(text: &str, i: usize, limit: usize) -> usize {
    let mut end = i;
    let mut parens = 0i32;
    for (off, c) in text[i..limit].char_indices() {
        if c.is_whitespace() || matches!(c, '"' | '“' | '”' | '<' | '>' | '«' | '»' | '।') {
            break;
        }
        match c {
            '(' => parens += 1,
            ')' => parens -= 1,
            _ => {}
        }
        end = i + off + c.len_utf8();
    }
    // Trim trailing punctuation that belongs to the sentence.
    while let Some(c) = char_before(text, end) {
        let trim = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ']' | '}' | '…'
        ) || (c == ')' && parens < 0);
        if !trim || end <= i + 1 {
            break;
        }
        if c == ')' {
            parens += 1;
        }
        end -= c.len_utf8();
    }
    end
}

/// Appends the tokens of `text[start..end]` to `out`, scanning the range's
/// atoms first (for callers without a document's atoms at hand).
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let atoms = Atoms::scan_range(text, start, end);
    group(text, &atoms.all, end, out);
}

/// Appends the tokens of `text[start..end]` to `out`, grouping the
/// document's `atoms`.
pub(crate) fn tokenize_atoms(
    text: &str,
    atoms: &Atoms,
    start: usize,
    end: usize,
    out: &mut Vec<Token>,
) {
    group(text, &atoms.clip(start, end), end, out);
}

/// Groups `atoms` (all before `end`) into tokens.
fn group(text: &str, atoms: &[Atom], end: usize, out: &mut Vec<Token>) {
    let mut run = Run {
        text,
        atoms,
        end,
        k: 0,
        cut: None,
    };
    while let Some(atom) = run.atom(run.k) {
        let i = atom.start();
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if c == '\u{FEFF}' {
            run.k += 1;
            run.cut = None;
            continue;
        }
        let (tok_end, kind) =
            if matches!(c, 'h' | 'H' | 'w' | 'W' | 'p' | 't' | 'y' | 'b') && url_at(text, i) {
                (url_end(text, i, end), TokenKind::Url)
            } else if c == '@' && starts_handle(text, i, end) {
                let ascii_word = |a: &Atom| a.is(class::ASCII) || run.is_char(a, '_');
                (
                    run.extend(i + len, run.k + 1, ascii_word),
                    TokenKind::Handle,
                )
            } else if (c == '#' || c == '＃')
                && !char_before(text, i).is_some_and(is_word_char)
                && run.starts_hashtag(run.k + 1)
            {
                (
                    run.extend(i + len, run.k + 1, |a| run.hashtag_part(a)),
                    TokenKind::Hashtag,
                )
            } else if atom.is(class::DIGIT) {
                run.scan_number(run.k)
            } else if atom.is(class::LETTER) {
                (run.scan_word(run.k), TokenKind::Word)
            } else if c == '.' && text[i..end].starts_with("...") {
                (
                    run.extend(i + len, run.k + 1, |a| run.is_char(a, '.')),
                    TokenKind::Punct,
                )
            } else if is_punct(c) {
                (i + len, TokenKind::Punct)
            } else {
                (scan_symbol(text, i, end), TokenKind::Symbol)
            };
        let tok_end = tok_end.max(i + len).min(end);
        out.push(Token {
            start: i,
            end: tok_end,
            kind,
        });
        run.skip_to(tok_end);
    }
}

/// A cursor over the atoms of a range.
struct Run<'a> {
    text: &'a str,
    atoms: &'a [Atom],
    end: usize,
    /// The next atom.
    k: usize,
    /// Where the next atom really starts, when a token ended inside it.
    cut: Option<usize>,
}

impl Run<'_> {
    /// Atom `k`, its start moved past a token that ended inside it.
    fn atom(&self, k: usize) -> Option<Atom> {
        let mut a = *self.atoms.get(k)?;
        if k == self.k {
            if let Some(cut) = self.cut {
                a = a.starting_at(cut);
            }
        }
        Some(a)
    }

    /// Atom `k` if it follows atom `k - 1` without a space.
    fn joined(&self, k: usize) -> Option<Atom> {
        self.atom(k).filter(|a| a.gap == 0)
    }

    /// Moves past byte `to`.
    fn skip_to(&mut self, to: usize) {
        while self.atom(self.k).is_some_and(|a| a.end() <= to) {
            self.k += 1;
            self.cut = None;
        }
        self.cut = self.atom(self.k).filter(|a| a.start() < to).map(|_| to);
    }

    /// Whether `a` is the punctuation mark `c`.
    fn is_char(&self, a: &Atom, c: char) -> bool {
        a.mark(self.text) == Some(c)
    }

    /// Extends a token that ends at `end` over the atoms from `k` on that
    /// are joined and pass `f`; returns the new end.
    fn extend(&self, mut end: usize, k: usize, f: impl Fn(&Atom) -> bool) -> usize {
        let mut k = k;
        while let Some(a) = self.joined(k).filter(|a| f(a)) {
            end = a.end();
            k += 1;
        }
        end
    }

    /// Part of a hashtag: letters, digits, "_".
    fn hashtag_part(&self, a: &Atom) -> bool {
        a.class & (class::LETTER | class::DIGIT) != 0 || self.is_char(a, '_')
    }

    /// Whether a hashtag's characters start at atom `k`: at least one
    /// letter among them ("#1" is not a tag).
    fn starts_hashtag(&self, k: usize) -> bool {
        let mut k = k;
        while let Some(a) = self.joined(k).filter(|a| self.hashtag_part(a)) {
            if a.is(class::LETTER) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// A word from atom `k`: letters and digits, inner apostrophes and
    /// hyphens, and the dots of "U.S."-style abbreviations. Returns its end.
    fn scan_word(&self, k: usize) -> usize {
        let letter_or_digit = |a: &Atom| a.class & (class::LETTER | class::DIGIT) != 0;
        let mut k = k;
        let mut i = self.atom(k).map_or(self.end, |a| a.start());
        let mut segment_start = i;
        let mut dotted = false;
        let mut first = true;
        loop {
            while let Some(a) = self
                .atom(k)
                .filter(|a| (first || a.gap == 0) && letter_or_digit(a))
            {
                i = a.end();
                k += 1;
                first = false;
            }
            first = false;
            let Some(mark) = self.joined(k).filter(|a| a.class == 0 && a.start() == i) else {
                break;
            };
            let c = char_at(self.text, i).unwrap_or(' ');
            let next = self.joined(k + 1);
            match c {
                '\'' | '’' if next.is_some_and(|n| n.is(class::LETTER)) => {}
                '-' | '‐' | '‑' if next.is_some_and(|n| letter_or_digit(&n)) => {}
                '.' if next.is_some_and(|n| n.is(class::LETTER | class::ASCII))
                    && is_short_latin(&self.text[segment_start..i]) =>
                {
                    // "U.S", "J.P", "a.m": the next segment must be short too.
                    if next.is_some_and(|n| n.end() - n.start() > 2) {
                        break;
                    }
                    segment_start = mark.end();
                    dotted = true;
                }
                _ => break,
            }
            i = mark.end();
            k += 1;
        }
        if dotted && self.joined(k).is_some_and(|a| self.is_char(&a, '.')) {
            i += 1;
        }
        i
    }

    /// A number from atom `k`, with inner separators; a letter suffix makes
    /// it a word ("5G"), except ordinal suffixes ("22nd", "21वें").
    fn scan_number(&self, k: usize) -> (usize, TokenKind) {
        let digits = |a: &Atom| a.is(class::DIGIT);
        let first = self.atom(k).map_or(self.end, |a| a.end());
        let mut i = self.extend(first, k + 1, digits);
        let mut k = self.atoms.partition_point(|a| a.end() <= i);
        let separator = |a: &Atom| [',', '.', ':'].iter().any(|&c| self.is_char(a, c));
        while self.joined(k).is_some_and(|a| separator(&a))
            && self.joined(k + 1).is_some_and(|n| digits(&n))
        {
            i = self.extend(i, k + 1, digits);
            k = self.atoms.partition_point(|a| a.end() <= i);
        }
        if self.joined(k).is_some_and(|a| a.is(class::LETTER)) {
            let word_end = self.scan_word(k);
            let suffix = &self.text[i..word_end];
            let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th" | "वां" | "वें" | "वीं" | "वाँ");
            return (
                word_end,
                if ordinal {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            );
        }
        (i, TokenKind::Number)
    }
}

fn starts_handle(text: &str, i: usize, end: usize) -> bool {
    let prev_ok =
        !char_before(text, i).is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@');
    prev_ok
        && char_at(text, i + 1)
            .is_some_and(|c| i + 1 < end && (c.is_ascii_alphanumeric() || c == '_'))
}

fn is_short_latin(s: &str) -> bool {
    !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// One symbol with its emoji modifiers and ZWJ sequences.
fn scan_symbol(text: &str, start: usize, end: usize) -> usize {
    let mut i = start + char_at(text, start).map_or(1, char::len_utf8);
    while i < end {
        match char_at(text, i) {
            Some(c) if is_emoji_continuation(c) => i += c.len_utf8(),
            Some('\u{200D}') => {
                i += 3;
                if let Some(n) = char_at(text, i).filter(|_| i < end) {
                    i += n.len_utf8();
                }
            }
            _ => break,
        }
    }
    i.min(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        toks(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn table() {
        use TokenKind::*;
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Nadda met Hon'ble Putin.",
                &["Mr", ".", "Nadda", "met", "Hon'ble", "Putin", "."],
            ),
            (
                "the U.S. and J.P. Nadda at 10 a.m.",
                &["the", "U.S.", "and", "J.P.", "Nadda", "at", "10", "a.m."],
            ),
            ("Rs 1,000.50 or 3.5%", &["Rs", "1,000.50", "or", "3.5", "%"]),
            (
                "India-Russia S-400 two-day",
                &["India-Russia", "S-400", "two-day"],
            ),
            ("राजनाथ सिंह ने कहा।", &["राजनाथ", "सिंह", "ने", "कहा", "।"]),
            ("सह-अध्यक्षता 21वें सत्र", &["सह-अध्यक्षता", "21वें", "सत्र"]),
            ("१० दिसंबर २०२४", &["१०", "दिसंबर", "२०२४"]),
            ("the 22nd India's", &["the", "22nd", "India's"]),
            (
                "see https://t.co/lDgg7AOG23.",
                &["see", "https://t.co/lDgg7AOG23", "."],
            ),
            (
                "(pic.twitter.com/iJWkM9Khmn)",
                &["(", "pic.twitter.com/iJWkM9Khmn", ")"],
            ),
            (
                "@rajnathsingh #IndiaRussia #1",
                &["@rajnathsingh", "#IndiaRussia", "#", "1"],
            ),
            ("mail a@b.com", &["mail", "a", "@", "b", ".", "com"]),
            ("wait... what", &["wait", "...", "what"]),
            ("ok 👍🏽 👨‍👩‍👧 done", &["ok", "👍🏽", "👨‍👩‍👧", "done"]),
            ("क़ानून ज़रूरी", &["क़ानून", "ज़रूरी"]),
            ("“Quote,” he said", &["“", "Quote", ",", "”", "he", "said"]),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text), *expected, "{text}");
        }
        let kinds = toks("@a #b https://x.y 5 five 👍 , 22nd");
        let k: Vec<_> = kinds.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            k,
            [Handle, Hashtag, Url, Number, Word, Symbol, Punct, Number]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "@",
            "#",
            "http://",
            "U.",
            "a.b.c.d.e",
            "1,",
            "1.",
            "\u{200D}",
            "😀\u{200D}",
            "-'-",
        ] {
            let _ = toks(text);
        }
    }
}
