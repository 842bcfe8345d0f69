//! Words as the clause readers see them: lower-cased words and single
//! punctuation marks, with the script of a span.
//!
//! The quote, relation and event stages read clauses word by word, so they
//! read these tokens (made once per document, [`Words`]) rather than the
//! segmenter's token kinds. Everything is linear in the text.

use super::atoms::{class, joined, Atom, Atoms};
use super::chars::{is_devanagari, is_joiner, script_counts};
use smol_str::StrExt;
use std::borrow::Cow;

/// A word or a punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// Lower-cased word, or the punctuation mark itself.
    pub norm: Norm,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// A token's normalized text, kept inline up to 23 bytes (`SmolStr`'s
/// capacity: English words and Devanagari words of up to seven letters). A document has a
/// token every five or six bytes and these tokens live through three
/// stages: a `String` each (an allocation, 24 bytes plus the allocator's
/// own) was the memory peak of a large document's analysis. The clause
/// readers read each a dozen times: an inline buffer of our own had to
/// check its UTF-8 on every read (`str::from_utf8`, 6 % of a whole
/// analysis), where `SmolStr` checks it once, when the word is made.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Norm(smol_str::SmolStr);

impl Norm {
    /// `s` as it is.
    pub fn new(s: &str) -> Norm {
        Norm(smol_str::SmolStr::new(s))
    }

    /// `word` lower-cased, without a case-mapping look-up per char when
    /// the word is ASCII or Devanagari (which has no case).
    pub fn lower(word: &str) -> Norm {
        if word.is_ascii() {
            return Norm(word.to_ascii_lowercase_smolstr());
        }
        let caseless = word
            .chars()
            .all(|c| is_devanagari(c) || is_joiner(c) || (c.is_ascii() && !c.is_ascii_uppercase()));
        if caseless {
            Norm::new(word)
        } else {
            // `str::to_lowercase`, not `to_lowercase_smolstr`: only the
            // former lowers a word-final Σ to ς.
            Norm(word.to_lowercase().into())
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Norm {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Norm {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::hash::Hash for Norm {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Norm {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

/// Tokenizes `text[from..to]` (which must be a char-boundary range; an
/// invalid range gives no tokens). Apostrophes between letters stay inside
/// words ("Hon'ble", "Putin's"); hyphens split words.
///
/// A token depends only on the text from its first char up to its end, so
/// tokenizing a range that no token of the whole text crosses gives the
/// whole text's tokens of that range: [`Words::range`] relies on it.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    collect(text, &Atoms::scan_range(text, from, to).all)
}

/// The tokens grouped from `atoms`.
fn collect(text: &str, atoms: &[Atom]) -> Vec<Tok> {
    // Count first, then fill a vector of exactly that size: a guess from
    // the length (or doubling) held up to twice the tokens' memory at the
    // peak of a large document's analysis.
    let mut count = 0usize;
    group(text, atoms, |_, _, _| count += 1);
    let mut out = Vec::with_capacity(count);
    group(text, atoms, |start, end, word| {
        let raw = text.get(start..end).unwrap_or("");
        out.push(Tok {
            start,
            end,
            norm: if word {
                Norm::lower(raw)
            } else {
                Norm::new(raw)
            },
            word,
        });
    });
    out
}

/// Groups `atoms` into tokens: `f(start, end, is_word)` for each. A word
/// is a run of word characters, with apostrophes before a letter inside;
/// anything else is a token per character.
#[inline]
fn group(text: &str, atoms: &[Atom], mut f: impl FnMut(usize, usize, bool)) {
    let mut k = 0;
    while let Some(a) = atoms.get(k) {
        k += 1;
        if !a.is(class::WORD) {
            let piece = text.get(a.start()..a.end()).unwrap_or("");
            for (i, c) in piece.char_indices() {
                f(a.start() + i, a.start() + i + c.len_utf8(), false);
            }
            continue;
        }
        let mut end = a.end();
        while let Some(n) = joined(atoms, k) {
            let joins = n.is(class::WORD)
                || (n.mark(text).is_some_and(is_apostrophe)
                    && joined(atoms, k + 1)
                        .and_then(|m| m.first_char(text))
                        .is_some_and(char::is_alphabetic));
            if !joins {
                break;
            }
            end = n.end();
            k += 1;
        }
        f(a.start(), end, true);
    }
}

/// The tokens of a whole text, made once and shared by the quote,
/// relation and event stages, which all read it sentence by sentence.
pub(crate) struct Words<'t> {
    text: &'t str,
    atoms: &'t Atoms,
    /// Every token of the text, in order.
    pub all: Vec<Tok>,
}

impl<'t> Words<'t> {
    /// Groups the `atoms` of `text`.
    pub fn new(text: &'t str, atoms: &'t Atoms) -> Words<'t> {
        // Exactly sized: these tokens live through three stages.
        let all = collect(text, &atoms.all);
        Words { text, atoms, all }
    }

    /// Exactly `tokenize(text, from, to)`: a slice of the shared tokens
    /// when no token crosses either end of the range (the usual case:
    /// sentences and the gaps around quotation marks), else a fresh
    /// tokenization of the range.
    pub fn range(&self, from: usize, to: usize) -> Cow<'_, [Tok]> {
        if from <= to && self.text.is_char_boundary(from) && self.text.is_char_boundary(to) {
            let i = self.all.partition_point(|t| t.start < from);
            let j = self.all.partition_point(|t| t.start < to);
            let clean_start = i == 0 || self.all[i - 1].end <= from;
            let clean_end = j == i || self.all[j - 1].end <= to;
            if clean_start && clean_end {
                return Cow::Borrowed(&self.all[i..j]);
            }
        }
        if from > to || !self.text.is_char_boundary(from) || !self.text.is_char_boundary(to) {
            return Cow::Owned(Vec::new());
        }
        Cow::Owned(collect(self.text, &self.atoms.clip(from, to)))
    }
}

/// Tokenizes a phrase of a data file into its normalized words and marks.
pub(crate) fn phrase(p: &str) -> Vec<String> {
    tokenize(p, 0, p.len())
        .into_iter()
        .map(|t| t.norm.as_str().to_string())
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
    let (deva, latin) = script_counts(text);
    deva > latin
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_hyphens() {
        let text = "Hon'ble Putin's सह-अध्यक्षता, 'एक्स'";
        let toks: Vec<String> = tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| t.norm.to_string())
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

    /// Every range of a tricky text: the shared tokens give exactly what
    /// tokenizing the range gives.
    #[test]
    fn shared_words_match_range_tokenization() {
        let text = "“Hon'ble Putin's ‘visit’,” said Mr. Singh. राजनाथ ने कहा कि 'एक्स' पर… O'Neil's x' y 'z ÉCOLE Straße";
        let atoms = Atoms::scan(text);
        let words = Words::new(text, &atoms);
        let bounds: Vec<usize> = (0..=text.len() + 1).collect();
        for &a in &bounds {
            for &b in &bounds {
                assert_eq!(*words.range(a, b), tokenize(text, a, b)[..], "{a}..{b}");
            }
        }
    }

    /// The abbreviation sign is punctuation here as in every stage.
    #[test]
    fn the_abbreviation_sign_ends_a_word() {
        let text = "डॉ॰ सिंह";
        let toks: Vec<String> = tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect();
        assert_eq!(toks, ["डॉ", "॰", "सिंह"]);
    }

    #[test]
    fn invalid_ranges_give_nothing() {
        let text = "राजनाथ";
        assert!(tokenize(text, 1, 4).is_empty());
    }

    /// `SmolStr`'s inline capacity.
    const INLINE: usize = 23;

    #[test]
    fn norms_inline_or_on_the_heap_read_back_the_same() {
        let cases = [
            ("", ""),
            ("Said", "said"),
            ("ABCDEFGHIJKLMNOPQRSTUV", "abcdefghijklmnopqrstuv"),
            ("ABCDEFGHIJKLMNOPQRSTUVW", "abcdefghijklmnopqrstuvw"),
            ("राजनाथ", "राजनाथ"),
            ("अध्यक्षताअध्यक्षता", "अध्यक्षताअध्यक्षता"),
            ("ÉCOLE", "école"),
            ("İstanbul", "i\u{307}stanbul"),
            // A word-final sigma.
            ("ΟΔΟΣ", "οδο\u{3c2}"),
        ];
        for (word, lower) in cases {
            let norm = Norm::lower(word);
            assert_eq!(norm.as_str(), lower, "{word}");
            assert_eq!(norm, lower);
            assert_eq!(Norm::new(lower), norm, "{word}");
            assert_eq!(Norm::new(word).as_str(), word);
        }
        // Inline up to the limit, on the heap above it.
        assert!(!Norm::new(&"a".repeat(INLINE)).0.is_heap_allocated());
        assert!(Norm::lower(&"A".repeat(INLINE + 1)).0.is_heap_allocated());
        assert_eq!(
            Norm::lower(&"A".repeat(INLINE + 1)),
            "a".repeat(INLINE + 1).as_str()
        );
    }
}
