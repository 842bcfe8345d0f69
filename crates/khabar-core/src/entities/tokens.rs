//! The entity rules' own view of words: byte ranges that keep names whole.
//!
//! The segmenter's tokens serve every stage; names need a few extra
//! decisions of their own — "India-Russia" and "Hon'ble" stay one word,
//! "M&MTC" keeps its ampersand, URLs are skipped whole, an @handle is one
//! token, and a word knows whether it starts a sentence or a quote.

use crate::segment::lexicon::{Abbrev, Lexicon};
use crate::text::atoms::{self, class, gap, Atom, Atoms};
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

/// Tokenizes `text[start..end]`; offsets are into `text`.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    group(text, &Atoms::scan_range(text, start, end).all, out);
}

/// Tokenizes `text[start..end]` from the document's `atoms`.
pub(crate) fn tokenize_atoms(
    text: &str,
    atoms: &Atoms,
    start: usize,
    end: usize,
    out: &mut Vec<Tok>,
) {
    group(text, &atoms.clip(start, end), out);
}

/// Groups `atoms` (of a range of `text`) into name tokens.
fn group(text: &str, atoms: &[Atom], out: &mut Vec<Tok>) {
    let first_char = |a: Atom| a.first_char(text);
    let joined = |k: usize| atoms::joined(atoms, k);
    // The range read: past its last atom there is only whitespace.
    let limit = atoms.last().map_or(0, Atom::end);
    let mut initial = true;
    let mut k = 0;
    while let Some(&a) = atoms.get(k) {
        if a.gap & gap::NEWLINE != 0 {
            initial = true;
        }
        let abs = a.start();
        let rest = text.get(abs..limit).unwrap_or("");
        let c = first_char(a).unwrap_or(' ');
        k += 1;
        if matches!(c, 'h' | 'w' | 'p')
            && (rest.starts_with("http://")
                || rest.starts_with("https://")
                || rest.starts_with("www.")
                || rest.starts_with("pic.twitter.com"))
        {
            // A URL runs to the next space.
            let mut end = a.end();
            while let Some(n) = joined(k) {
                end = n.end();
                k += 1;
            }
            out.push(Tok {
                start: abs,
                end,
                kind: Kind::Skip,
                initial: false,
            });
            continue;
        }
        if (c == '@' || c == '#') && a.class == 0 {
            let tag = |n: &Atom| n.is(class::ALNUM) || n.mark(text) == Some('_');
            let mut end = a.end();
            while let Some(n) = joined(k).filter(|n| tag(n)) {
                end = n.end();
                k += 1;
            }
            if end > a.end() {
                out.push(Tok {
                    start: abs,
                    end,
                    kind: if c == '@' { Kind::Handle } else { Kind::Skip },
                    initial: false,
                });
                continue;
            }
        }
        if a.is(class::WORD) {
            let mut end = a.end();
            let mut all_digits = a.is(class::NUMERIC);
            while let Some(n) = joined(k) {
                if n.is(class::WORD) {
                    all_digits &= n.is(class::NUMERIC);
                    end = n.end();
                    k += 1;
                    continue;
                }
                // Inner joiners: the char after the joiner must be a word char.
                let after = joined(k + 1);
                let prev = text.get(..end).and_then(|w| w.chars().next_back());
                let joins = match n.mark(text) {
                    Some('-' | '\'' | '\u{2019}') => after.is_some_and(|x| x.is(class::WORD)),
                    Some('&') => {
                        prev.is_some_and(|p| p.is_ascii_uppercase())
                            && after
                                .and_then(first_char)
                                .is_some_and(|x| x.is_ascii_uppercase())
                    }
                    Some('.') => {
                        // Initials: "J.P" (a single capital before the dot).
                        let word = &text[abs..end];
                        let last_is_single = word
                            .rsplit('.')
                            .next()
                            .is_some_and(|w| w.chars().count() == 1);
                        prev.is_some_and(char::is_uppercase)
                            && last_is_single
                            && after.and_then(first_char).is_some_and(char::is_uppercase)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                all_digits = false;
                end = n.end();
                k += 1;
            }
            // "U.S.", "J.P.": dotted initials keep their last dot, and so do
            // the Devanagari titles and letter names the segmenter knows
            // ("डॉ. एस. जयशंकर", "के. सी. चक्रवर्ती").
            let word = &text[abs..end];
            let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
            if (dotted || devanagari_abbreviation(word))
                && joined(k).is_some_and(|n| n.mark(text) == Some('.'))
            {
                end += 1;
                k += 1;
            }
            out.push(Tok {
                start: abs,
                end,
                kind: if all_digits { Kind::Number } else { Kind::Word },
                initial,
            });
            initial = false;
            continue;
        }
        // Punctuation and symbols, a token per character.
        let piece = text.get(abs..a.end()).unwrap_or("");
        for (i, c) in piece.char_indices() {
            let at = abs + i;
            // "Dr. Harsh Vardhan", "J.P. Nadda": the dot of an abbreviation
            // does not end the sentence.
            let abbreviation = c == '.'
                && out.last().is_some_and(|t| {
                    let w = &text[t.start..t.end];
                    t.end == at
                        && t.kind == Kind::Word
                        && w.chars().count() <= 3
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && (w.chars().count() <= 2 || !w.chars().all(char::is_uppercase))
                });
            out.push(Tok {
                start: at,
                end: at + c.len_utf8(),
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
