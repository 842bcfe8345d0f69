//! The entity rules' own view of words: byte ranges that keep names whole.
//!
//! The segmenter's tokens serve every stage; names need a few extra
//! decisions of their own — "India-Russia" and "Hon'ble" stay one word,
//! "M&MTC" keeps its ampersand, URLs are skipped whole, an @handle is one
//! token, and a word knows whether it starts a sentence or a quote.

use crate::segment::lexicon::{Abbrev, Lexicon};
use crate::text::chars;

/// A Devanagari title or letter name written with a dot ("डॉ.", "एस."):
/// the segmenter's list, which also keeps the dot from ending a sentence.
fn devanagari_abbreviation(word: &str) -> bool {
    chars::starts_devanagari(word) && Lexicon::get().abbreviation(word) == Some(Abbrev::Title)
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters of any script (possibly with digits, inner hyphens, apostrophes).
    Word,
    /// Digits only.
    Number,
    /// An @handle (the span includes the "@").
    Handle,
    /// A URL or a #hashtag: never part of a name.
    Skip,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The first word of a sentence, a line, a quote or a parenthesis.
    pub initial: bool,
}

use crate::text::chars::is_word_char;

/// Tokenizes `text[start..end]`; offsets are into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let mut iter = slice.char_indices().peekable();
    let mut initial = true;
    while let Some((i, c)) = iter.next() {
        let abs = start + i;
        if c.is_whitespace() {
            if c == '\n' {
                initial = true;
            }
            continue;
        }
        let rest = &slice[i..];
        if matches!(c, 'h' | 'w' | 'p')
            && (rest.starts_with("http://")
                || rest.starts_with("https://")
                || rest.starts_with("www.")
                || rest.starts_with("pic.twitter.com"))
        {
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                iter.next();
            }
            out.push(Tok {
                start: abs,
                end: abs + len,
                kind: Kind::Skip,
                initial: false,
            });
            continue;
        }
        if c == '@' || c == '#' {
            let len = 1 + rest[1..]
                .find(|ch: char| !(chars::is_alphanumeric(ch) || ch == '_'))
                .unwrap_or(rest.len() - 1);
            if len > 1 {
                while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                    iter.next();
                }
                out.push(Tok {
                    start: abs,
                    end: abs + len,
                    kind: if c == '@' { Kind::Handle } else { Kind::Skip },
                    initial: false,
                });
                continue;
            }
        }
        if is_word_char(c) {
            let mut end_rel = i + c.len_utf8();
            let mut prev = c;
            let mut all_digits = chars::is_numeric(c);
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    all_digits &= chars::is_numeric(d);
                    end_rel = j + d.len_utf8();
                    prev = d;
                    iter.next();
                    continue;
                }
                // Inner joiners: the next char after the joiner must be a word char.
                let after = slice[j + d.len_utf8()..].chars().next();
                let joins = match d {
                    '-' | '\'' | '\u{2019}' => after.is_some_and(is_word_char),
                    '&' => {
                        prev.is_ascii_uppercase() && after.is_some_and(|a| a.is_ascii_uppercase())
                    }
                    '.' => {
                        // Initials: "J.P" (a single capital before the dot).
                        let word = &slice[i..end_rel];
                        let last_is_single = word
                            .rsplit('.')
                            .next()
                            .is_some_and(|w| w.chars().count() == 1);
                        prev.is_uppercase()
                            && last_is_single
                            && after.is_some_and(|a| a.is_uppercase())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                all_digits = false;
                iter.next();
            }
            // "U.S.", "J.P.": dotted initials keep their last dot, and so do
            // the Devanagari titles and letter names the segmenter knows
            // ("डॉ. एस. जयशंकर", "के. सी. चक्रवर्ती").
            let word = &slice[i..end_rel];
            let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
            if (dotted || devanagari_abbreviation(word)) && slice[end_rel..].starts_with('.') {
                end_rel += 1;
                iter.next();
            }
            out.push(Tok {
                start: abs,
                end: start + end_rel,
                kind: if all_digits { Kind::Number } else { Kind::Word },
                initial,
            });
            initial = false;
            continue;
        }
        // "Dr. Harsh Vardhan", "J.P. Nadda": the dot of an abbreviation
        // does not end the sentence.
        let abbreviation = c == '.'
            && out.last().is_some_and(|t| {
                let w = &text[t.start..t.end];
                t.end == abs
                    && t.kind == Kind::Word
                    && w.chars().count() <= 3
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && (w.chars().count() <= 2 || !w.chars().all(char::is_uppercase))
            });
        out.push(Tok {
            start: abs,
            end: abs + c.len_utf8(),
            kind: Kind::Punct,
            initial: false,
        });
        if !abbreviation
            && matches!(
                c,
                '.' | '!'
                    | '?'
                    | ':'
                    | '"'
                    | '\u{201C}'
                    | '\u{201D}'
                    | '\u{2018}'
                    | '('
                    | '['
                    | '|'
                    | chars::DANDA
                    | '\u{2014}'
                    | '\u{2013}'
                    | '\u{2026}'
            )
        {
            initial = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        let mut v = Vec::new();
        tokenize(text, 0, text.len(), &mut v);
        v.iter()
            .filter(|t| t.kind != Kind::Punct)
            .map(|t| (&text[t.start..t.end], t.initial))
            .collect()
    }

    #[test]
    fn keeps_names_whole() {
        let w = words("Met Hon'ble J.P. Nadda. India-Russia (IRIGC-M&MTC) @rajnathsingh https://t.co/x राजनाथ ने।");
        let texts: Vec<&str> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            [
                "Met",
                "Hon'ble",
                "J.P.",
                "Nadda",
                "India-Russia",
                "IRIGC-M&MTC",
                "@rajnathsingh",
                "https://t.co/x",
                "राजनाथ",
                "ने"
            ]
        );
        assert!(w[0].1);
        assert!(!w[1].1);
        assert!(!w[3].1, "after initials");
        assert!(w[4].1, "after a full stop");
        assert!(w[5].1, "after a parenthesis");
    }

    #[test]
    fn devanagari_titles_and_initials_keep_their_dot() {
        let w = words("विदेश मंत्री डॉ. एस. जयशंकर आए. फिर गए.");
        let texts: Vec<&str> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            ["विदेश", "मंत्री", "डॉ.", "एस.", "जयशंकर", "आए", "फिर", "गए"]
        );
        assert!(!w[4].1, "a name after an initial does not open a sentence");
        assert!(w[6].1, "an ordinary word's dot ends the sentence");
    }
}
