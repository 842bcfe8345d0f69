//! The tokenizer: one linear pass, no allocation per token.
//!
//! Words keep their combining marks (Devanagari matras, virama, nukta, and
//! the joiners ZWJ/ZWNJ), inner apostrophes ("Hon'ble"), inner hyphens
//! ("India-Russia", "S-400", "सह-अध्यक्षता") and the dots of dotted
//! abbreviations ("U.S.", "J.P.", "a.m."). Numbers keep inner "," "." and
//! ":" between digits ("1,000", "3.5", "10:30", "१०"). URLs, @handles and
//! #hashtags are single tokens.

use super::{Token, TokenKind};
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

/// Appends the tokens of `text[start..end]` to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let mut i = start;
    while i < end {
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if c.is_whitespace() || c == '\u{FEFF}' {
            i += len;
            continue;
        }
        let (tok_end, kind) = if (c == 'h'
            || c == 'H'
            || c == 'w'
            || c == 'W'
            || c == 'p'
            || c == 't'
            || c == 'y'
            || c == 'b')
            && url_at(text, i)
        {
            (url_end(text, i, end), TokenKind::Url)
        } else if c == '@' && starts_handle(text, i, end) {
            (
                scan_while(text, i + 1, end, |c| c.is_ascii_alphanumeric() || c == '_'),
                TokenKind::Handle,
            )
        } else if (c == '#' || c == '＃')
            && starts_hashtag(text, i + len, end)
            && !char_before(text, i).is_some_and(is_word_char)
        {
            (
                scan_while(text, i + len, end, |c| {
                    is_word_char(c) || is_digit(c) || c == '_'
                }),
                TokenKind::Hashtag,
            )
        } else if is_digit(c) {
            scan_number(text, i, end)
        } else if is_word_char(c) {
            (scan_word(text, i, end), TokenKind::Word)
        } else if c == '.' && text[i..end].starts_with("...") {
            (scan_while(text, i, end, |c| c == '.'), TokenKind::Punct)
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
        i = tok_end;
    }
}

fn starts_handle(text: &str, i: usize, end: usize) -> bool {
    let prev_ok =
        !char_before(text, i).is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@');
    prev_ok
        && char_at(text, i + 1)
            .is_some_and(|c| i + 1 < end && (c.is_ascii_alphanumeric() || c == '_'))
}

fn starts_hashtag(text: &str, i: usize, end: usize) -> bool {
    // At least one letter among the tag's characters ("#1" is not a tag).
    let stop = scan_while(text, i, end, |c| is_word_char(c) || is_digit(c) || c == '_');
    stop > i && text[i..stop].chars().any(is_word_char)
}

fn scan_while(text: &str, mut i: usize, end: usize, f: impl Fn(char) -> bool) -> usize {
    while i < end {
        match char_at(text, i) {
            Some(c) if f(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// A word: letters and marks, digits after a letter, inner apostrophes and
/// hyphens, and the dots of "U.S."-style abbreviations.
fn scan_word(text: &str, start: usize, end: usize) -> usize {
    let mut i = start;
    let mut segment_start = start;
    let mut dotted = false;
    loop {
        i = scan_while(text, i, end, |c| is_word_char(c) || is_digit(c));
        let Some(c) = char_at(text, i).filter(|_| i < end) else {
            break;
        };
        let next = char_at(text, i + c.len_utf8()).filter(|_| i + c.len_utf8() < end);
        match (c, next) {
            ('\'' | '’', Some(n)) if is_word_char(n) => i += c.len_utf8(),
            ('-' | '‐' | '‑', Some(n)) if is_word_char(n) || is_digit(n) => i += c.len_utf8(),
            ('.', Some(n))
                if n.is_ascii_alphabetic() && is_short_latin(&text[segment_start..i]) =>
            {
                // "U.S", "J.P", "a.m": the next segment must be short too.
                let after = scan_while(text, i + 1, end, |c| c.is_ascii_alphabetic());
                if after - (i + 1) > 2 {
                    break;
                }
                i += 1;
                segment_start = i;
                dotted = true;
            }
            _ => break,
        }
    }
    if dotted && i < end && text.as_bytes().get(i) == Some(&b'.') {
        i += 1;
    }
    i
}

fn is_short_latin(s: &str) -> bool {
    !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A number with inner separators; a letter suffix makes it a word ("5G"),
/// except ordinal suffixes ("22nd", "21वें").
fn scan_number(text: &str, start: usize, end: usize) -> (usize, TokenKind) {
    let mut i = scan_while(text, start, end, is_digit);
    while let Some(c @ (',' | '.' | ':')) = char_at(text, i).filter(|_| i < end) {
        let after = i + c.len_utf8();
        if char_at(text, after).is_some_and(|n| after < end && is_digit(n)) {
            i = scan_while(text, after, end, is_digit);
        } else {
            break;
        }
    }
    if char_at(text, i).is_some_and(|c| i < end && is_word_char(c)) {
        let word_end = scan_word(text, i, end);
        let suffix = &text[i..word_end];
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
