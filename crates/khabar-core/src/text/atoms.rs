//! The one tokenizer: the text as atoms, runs of one character class.
//!
//! Every stage reads words, and the stages do not agree on what a word is:
//! the segmenter keeps "India-Russia" and "1,000" whole, the time grammar
//! wants "3pm" as 3 and pm, the clause readers split at hyphens, the name
//! rules join "M&M", the tagger reads the whitespace-separated words it was
//! trained on. Four tokenizers used to decide this, each with its own test
//! for a letter, so a word-edge fix had to be made four times.
//!
//! Now the text is scanned once, here: every character is classified once
//! ([`class_of`]), maximal runs of one class become [`Atom`]s, each other
//! character (punctuation, symbols) is an atom of its own, and each atom
//! records the whitespace before it ([`gap`]). The segmenter makes the
//! atoms of a document once and every stage reads them through its view,
//! which only *groups* atoms into that stage's tokens:
//!
//! | view | groups atoms into |
//! |---|---|
//! | `segment::token` | words with inner hyphens, numbers with separators, URLs, handles, hashtags |
//! | `entities::tokens` | name words ("M&M", "J.P."), sentence-initial flags |
//! | `text::words` | lower-cased words split at hyphens, for the clause readers |
//! | `time::scan` | words and digit runs apart, with clauses |
//! | `entities::ner` | whitespace-separated words, the tagger's training input |
//!
//! An atom never crosses a class boundary, so every view's token edges are
//! atom edges; a view that needs a range (a sentence, a piece between
//! furniture) clips the atoms at the range's ends ([`Atoms::clip`]).

use super::chars;
use std::borrow::Cow;

/// Character class bits: which of the stages' letter and digit tests a
/// character passes. Characters with none of them are punctuation or
/// symbols (class 0).
pub(crate) mod class {
    /// A letter for the segmenter ([`super::chars::is_letter`]): letters and
    /// marks of any script, joiners.
    pub const LETTER: u8 = 1;
    /// A decimal digit of an Indic or Arabic script ([`super::chars::is_digit`]).
    pub const DIGIT: u8 = 2;
    /// A word character ([`super::chars::is_word_char`]): letters and digits,
    /// Devanagari signs, joiners.
    pub const WORD: u8 = 4;
    /// A letter for the time grammar: alphabetic, a joiner, or a Devanagari
    /// sign that is not a digit.
    pub const TIME_LETTER: u8 = 8;
    /// An ASCII or Devanagari digit ([`super::chars::digit_value`]).
    pub const DIGIT_VALUE: u8 = 16;
    /// Numeric ([`super::chars::is_numeric`]).
    pub const NUMERIC: u8 = 32;
    /// Alphanumeric ([`super::chars::is_alphanumeric`]).
    pub const ALNUM: u8 = 64;
    /// ASCII (set on letters and digits only).
    pub const ASCII: u8 = 128;
}

/// Bits of the whitespace before an atom.
pub(crate) mod gap {
    /// Whitespace, or the start of the text, precedes the atom.
    pub const SPACE: u8 = 1;
    /// That whitespace holds a line break.
    pub const NEWLINE: u8 = 2;
    /// It holds two line breaks in a row (a blank line).
    pub const BLANK_LINE: u8 = 4;
}

/// Letters for the time grammar.
#[inline]
fn is_time_letter(c: char) -> bool {
    if chars::is_devanagari(c) {
        return !chars::is_danda(c)
            && c != chars::ABBREVIATION_SIGN
            && !chars::is_devanagari_digit(c);
    }
    chars::is_alphabetic(c) || chars::is_joiner(c)
}

/// The class bits of an ASCII byte.
const fn ascii_class(b: u8) -> u8 {
    use class::*;
    if b.is_ascii_alphabetic() {
        LETTER | WORD | TIME_LETTER | ALNUM | ASCII
    } else if b.is_ascii_digit() {
        DIGIT | WORD | DIGIT_VALUE | NUMERIC | ALNUM | ASCII
    } else {
        0
    }
}

const ASCII_CLASSES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = ascii_class(b as u8);
        b += 1;
    }
    t
};

/// The class bits of the Devanagari block, U+0900–U+097F: the same tests
/// as [`class_of`] spells out, worked out at compile time from the
/// block's masks (a test checks every entry against the tests).
const DEVANAGARI_CLASSES: [u8; 128] = {
    use class::*;
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let alpha = (chars::DEVA_ALPHABETIC >> i) & 1 != 0;
        let numeric = (chars::DEVA_NUMERIC >> i) & 1 != 0;
        let digit = i >= 0x66 && i <= 0x6F;
        let punct = i == 0x64 || i == 0x65 || i == 0x70;
        let mut k = 0;
        if !punct && !digit {
            k |= LETTER | TIME_LETTER;
        }
        if digit {
            k |= DIGIT | DIGIT_VALUE;
        }
        if !punct {
            k |= WORD;
        }
        if numeric {
            k |= NUMERIC;
        }
        if alpha || numeric {
            k |= ALNUM;
        }
        t[i] = k;
        i += 1;
    }
    t
};

/// The class bits of `c` (see [`class`]).
#[inline]
pub(crate) fn class_of(c: char) -> u8 {
    if c.is_ascii() {
        return ASCII_CLASSES[c as usize];
    }
    if let Some(&k) = DEVANAGARI_CLASSES.get((c as u32).wrapping_sub(0x0900) as usize) {
        return k;
    }
    computed_class(c)
}

/// The class bits of `c`, test by test.
fn computed_class(c: char) -> u8 {
    use class::*;
    let mut k = 0;
    if chars::is_letter(c) {
        k |= LETTER;
    }
    if chars::is_digit(c) {
        k |= DIGIT;
    }
    if chars::is_word_char(c) {
        k |= WORD;
    }
    if is_time_letter(c) {
        k |= TIME_LETTER;
    }
    if chars::digit_value(c).is_some() {
        k |= DIGIT_VALUE;
    }
    if chars::is_numeric(c) {
        k |= NUMERIC;
    }
    if chars::is_alphanumeric(c) {
        k |= ALNUM;
    }
    k
}

/// A run of characters of one class, or one punctuation or symbol
/// character. 8 bytes: a document has about one per five bytes of text,
/// and they live through the whole analysis. A run longer than
/// [`MAX_LEN`] bytes is cut into several atoms of its class, which every
/// view joins again like any two atoms of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Atom {
    start: u32,
    len: u16,
    /// Its characters' class bits ([`class`]); 0 for punctuation and symbols.
    pub class: u8,
    /// The whitespace before it ([`gap`]).
    pub gap: u8,
}

impl Atom {
    /// Byte offset of its first character.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset past its last character.
    #[inline]
    pub fn end(&self) -> usize {
        self.start as usize + usize::from(self.len)
    }

    /// The part of it from byte `at` on (a char boundary inside it), with
    /// no space before: where a view's token ended inside it.
    #[inline]
    pub fn starting_at(self, at: usize) -> Atom {
        let at = at.clamp(self.start(), self.end());
        Atom {
            start: at as u32,
            len: (self.end() - at) as u16,
            gap: 0,
            ..self
        }
    }

    /// Whether its characters have every bit of `bits`.
    #[inline]
    pub fn is(&self, bits: u8) -> bool {
        self.class & bits == bits && bits != 0
    }

    /// Its first character in `text`.
    #[inline]
    pub fn first_char(&self, text: &str) -> Option<char> {
        text.get(self.start()..self.end())?.chars().next()
    }

    /// The character of a punctuation or symbol atom (class 0, always a
    /// single character); `None` for a run of letters or digits.
    #[inline]
    pub fn mark(&self, text: &str) -> Option<char> {
        if self.class == 0 {
            self.first_char(text)
        } else {
            None
        }
    }

    /// Whether whitespace (or the start of the text) precedes it.
    #[inline]
    pub fn spaced(&self) -> bool {
        self.gap & gap::SPACE != 0
    }
}

/// Atom `k` of `atoms` if it follows atom `k - 1` with no space between.
#[inline]
pub(crate) fn joined(atoms: &[Atom], k: usize) -> Option<Atom> {
    atoms.get(k).filter(|a| a.gap == 0).copied()
}

/// The atoms of a text, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Atoms {
    pub all: Vec<Atom>,
}

/// The longest atom, in bytes.
const MAX_LEN: usize = u16::MAX as usize;

/// The longest text scanned: offsets are `u32`; a longer text's tail gets
/// no atoms (documents are capped far below, at `Options::max_bytes`).
const MAX_OFFSET: usize = u32::MAX as usize - 8;

impl Atoms {
    /// Scans `text`.
    pub fn scan(text: &str) -> Atoms {
        Atoms::scan_range(text, 0, text.len())
    }

    /// Scans `text[from..to]` (offsets stay those of `text`; the start of
    /// the range counts as whitespace). An invalid range gives no atoms.
    pub fn scan_range(text: &str, from: usize, to: usize) -> Atoms {
        if from > to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
            return Atoms::default();
        }
        let bytes = text.as_bytes();
        let len = to.min(MAX_OFFSET);
        let mut all = Vec::with_capacity((len - from.min(len)) / 5 + 1);
        let mut gap = gap::SPACE;
        let mut i = from;
        let push = |all: &mut Vec<Atom>, start: usize, end: usize, class: u8, gap: u8| {
            all.push(Atom {
                start: start as u32,
                len: (end - start) as u16,
                class,
                gap,
            });
        };
        while i < len {
            let b = bytes[i];
            if b < 0x80 {
                if (b as char).is_whitespace() {
                    gap |= gap::SPACE;
                    if b == b'\n' {
                        gap |= gap::NEWLINE;
                        if i + 1 < len && bytes[i + 1] == b'\n' {
                            gap |= gap::BLANK_LINE;
                        }
                    }
                    i += 1;
                    continue;
                }
                let k = ASCII_CLASSES[usize::from(b)];
                let mut j = i + 1;
                if k != 0 {
                    let stop = len.min(i + MAX_LEN);
                    while j < stop && bytes[j] < 0x80 && ASCII_CLASSES[usize::from(bytes[j])] == k {
                        j += 1;
                    }
                }
                push(&mut all, i, j, k, gap);
                gap = 0;
                i = j;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if c.is_whitespace() {
                gap |= gap::SPACE;
                i += c.len_utf8();
                continue;
            }
            let k = class_of(c);
            let mut j = i + c.len_utf8();
            if k != 0 {
                while j < len {
                    let Some(d) = text.get(j..).and_then(|s| s.chars().next()) else {
                        break;
                    };
                    if d.is_whitespace() || class_of(d) != k || j + d.len_utf8() - i > MAX_LEN {
                        break;
                    }
                    j += d.len_utf8();
                }
            }
            push(&mut all, i, j.min(len), k, gap);
            gap = 0;
            i = j;
        }
        Atoms { all }
    }

    /// The atoms of `text[from..to]`, the first and the last cut at the
    /// range's ends; the first keeps its gap only when it starts at `from`.
    /// Borrowed when no atom is cut (sentences and pieces start and end at
    /// atom edges), so a view reading a range allocates nothing.
    pub fn clip(&self, from: usize, to: usize) -> Cow<'_, [Atom]> {
        let i = self.all.partition_point(|a| a.end() <= from);
        let j = if from < to {
            self.all.partition_point(|a| a.start() < to)
        } else {
            i
        };
        let atoms = self.all.get(i..j.max(i)).unwrap_or(&[]);
        let cut = atoms.first().is_some_and(|a| a.start() < from)
            || atoms.last().is_some_and(|a| a.end() > to);
        if !cut {
            return Cow::Borrowed(atoms);
        }
        Cow::Owned(
            atoms
                .iter()
                .map(|&a| {
                    let mut a = a;
                    if a.start() < from {
                        a = a.starting_at(from);
                    }
                    if a.end() > to {
                        a.len = (to - a.start()) as u16;
                    }
                    a
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atoms(text: &str) -> Vec<(&str, u8, u8)> {
        Atoms::scan(text)
            .all
            .iter()
            .map(|a| (&text[a.start()..a.end()], a.class, a.gap))
            .collect()
    }

    #[test]
    fn runs_of_one_class_and_single_marks() {
        use class::*;
        let got = atoms("FY2024-25, १० दिसंबर।\n\nOK");
        let letters = LETTER | WORD | TIME_LETTER | ALNUM | ASCII;
        let digits = DIGIT | WORD | DIGIT_VALUE | NUMERIC | ALNUM | ASCII;
        let deva_digits = DIGIT | WORD | DIGIT_VALUE | NUMERIC | ALNUM;
        let texts: Vec<&str> = got.iter().map(|a| a.0).collect();
        assert_eq!(
            texts,
            ["FY", "2024", "-", "25", ",", "१०", "दिसंबर", "।", "OK"]
        );
        assert_eq!(got[0].1, letters);
        assert_eq!(got[1].1, digits);
        assert_eq!(got[2].1, 0);
        assert_eq!(got[5].1, deva_digits);
        assert!(got[6].1 & TIME_LETTER != 0 && got[6].1 & ASCII == 0);
        assert_eq!(got[7].1, 0, "a danda is punctuation");
        assert_eq!(got[0].2, gap::SPACE, "the start of the text is a space");
        assert_eq!(got[1].2, 0);
        assert_eq!(got[5].2, gap::SPACE);
        assert_eq!(got[8].2, gap::SPACE | gap::NEWLINE | gap::BLANK_LINE);
    }

    #[test]
    fn scripts_and_marks_split_runs() {
        // An accent written as a combining mark is a letter for the
        // segmenter only; ASCII and other letters are separate runs.
        let got = atoms("Cafe\u{301} abcé");
        let texts: Vec<&str> = got.iter().map(|a| a.0).collect();
        assert_eq!(texts, ["Cafe", "\u{301}", "abc", "é"]);
    }

    #[test]
    fn clipping_cuts_the_edge_atoms() {
        let text = "Hello world, again";
        let a = Atoms::scan(text);
        let got: Vec<&str> = a
            .clip(2, 15)
            .iter()
            .map(|x| &text[x.start()..x.end()])
            .collect();
        assert_eq!(got, ["llo", "world", ",", "ag"]);
        assert_eq!(a.clip(2, 14).first().map(|x| x.gap), Some(0));
        assert_eq!(a.clip(6, 14).first().map(|x| x.gap), Some(gap::SPACE));
        assert!(matches!(a.clip(6, 12), Cow::Borrowed(_)), "no atom cut");
        assert_eq!(a.clip(5, 6).len(), 0);
        assert_eq!(a.clip(2, 2).len(), 0, "an empty range inside an atom");
    }

    #[test]
    fn long_runs_are_cut_and_atoms_are_small() {
        assert_eq!(std::mem::size_of::<Atom>(), 8);
        let text = format!("{} {}", "a".repeat(MAX_LEN * 2 + 3), "क".repeat(MAX_LEN));
        let a = Atoms::scan(&text);
        let lens: Vec<usize> = a.all.iter().map(|x| x.end() - x.start()).collect();
        // 65,535 is a multiple of 3: the Devanagari runs end on whole letters.
        assert_eq!(lens, [MAX_LEN, MAX_LEN, 3, MAX_LEN, MAX_LEN, MAX_LEN]);
        assert!(a.all.windows(2).all(|w| w[0].end() <= w[1].start()));
        assert_eq!(a.all[1].gap, 0, "a cut run continues without a space");
    }

    #[test]
    fn the_tables_agree_with_the_tests() {
        for c in (0..0x1000u32).filter_map(char::from_u32) {
            let want = if c.is_ascii() {
                ascii_class(c as u8)
            } else {
                computed_class(c)
            };
            assert_eq!(class_of(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in ["", " ", "\u{FEFF}", "👍🏽\u{200D}", "a\u{0}b", "॰॰"] {
            let a = Atoms::scan(text);
            assert!(a
                .all
                .iter()
                .all(|x| x.start() < x.end() && x.end() <= text.len()));
        }
    }
}
