//! Character classes: the one place that says what a Devanagari character,
//! a danda, a digit, a joiner or a word character is.
//!
//! Every stage asks these functions rather than writing the Unicode ranges
//! out, so that a word-edge decision is made once. The views of the token
//! stream that still draw a word's edges differently say so by name
//! ([`is_word_char`] keeps digits inside words, [`is_letter`] keeps none;
//! neither keeps the dandas or the abbreviation sign "॰", which is
//! punctuation for every stage).
//!
//! The general classes have a fast path for ASCII and Devanagari.
//!
//! `char::is_alphabetic` and `char::is_numeric` answer ASCII from a range
//! check but every other character from a search in the Unicode tables: for
//! Hindi text that search was a third of all the instructions of an
//! analysis. The Devanagari block (U+0900–U+097F) is 128 code points, so
//! its answers fit in one `u128` bit mask per property, checked against the
//! standard library for every code point by the tests below. Every other
//! character falls back to the standard library, so the answers are always
//! the standard library's.

/// Bit `i` is set when U+0900 + `i` is `Alphabetic` (letters, vowel signs,
/// anusvara, visarga, candrabindu, the avagraha; not the virama, the nukta,
/// the dandas, the digits or the abbreviation sign).
pub(crate) const DEVA_ALPHABETIC: u128 = 0xfffe_000f_ffe1_dfff_efff_ffff_ffff_ffff;
/// Bit `i` is set when U+0900 + `i` is numeric (the ten Devanagari digits).
pub(crate) const DEVA_NUMERIC: u128 = 0x0000_ffc0_0000_0000_0000_0000_0000_0000;

/// The bit of `c` in a Devanagari mask, `None` outside the block.
#[inline]
fn deva_bit(c: char, mask: u128) -> Option<bool> {
    let i = (c as u32).wrapping_sub(0x0900);
    (i < 128).then(|| (mask >> i) & 1 != 0)
}

/// [`char::is_alphabetic`], without a table search for Devanagari.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    deva_bit(c, DEVA_ALPHABETIC).unwrap_or_else(|| c.is_alphabetic())
}

/// [`char::is_numeric`], without a table search for Devanagari.
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    deva_bit(c, DEVA_NUMERIC).unwrap_or_else(|| c.is_numeric())
}

/// [`char::is_alphanumeric`], without a table search for Devanagari.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    deva_bit(c, DEVA_ALPHABETIC | DEVA_NUMERIC).unwrap_or_else(|| c.is_alphanumeric())
}

/// The Devanagari danda "।", which ends a Hindi sentence.
pub const DANDA: char = '\u{0964}';
/// The double danda "॥".
pub const DOUBLE_DANDA: char = '\u{0965}';
/// The Devanagari abbreviation sign "॰" ("डॉ॰").
pub const ABBREVIATION_SIGN: char = '\u{0970}';

/// In the Devanagari block (U+0900–U+097F): letters, signs, digits, dandas.
#[inline]
pub fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// Whether any char of `s` is Devanagari.
#[inline]
pub fn has_devanagari(s: &str) -> bool {
    // U+0900–U+097F is E0 A4 80 – E0 A5 BF in UTF-8: no char decoding.
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == 0xE0 && (w[1] == 0xA4 || w[1] == 0xA5))
}

/// Whether the first char of `s` is Devanagari.
#[inline]
pub fn starts_devanagari(s: &str) -> bool {
    s.chars().next().is_some_and(is_devanagari)
}

/// The danda or the double danda.
#[inline]
pub fn is_danda(c: char) -> bool {
    c == DANDA || c == DOUBLE_DANDA
}

/// A Devanagari digit, "०" to "९".
#[inline]
pub fn is_devanagari_digit(c: char) -> bool {
    ('\u{0966}'..='\u{096F}').contains(&c)
}

/// The value of an ASCII or Devanagari digit.
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
        _ => None,
    }
}

/// The zero-width non-joiner and joiner, which live inside Indic words.
#[inline]
pub fn is_joiner(c: char) -> bool {
    c == '\u{200C}' || c == '\u{200D}'
}

/// How many chars of `text` are Devanagari and how many are ASCII letters:
/// the script of a span, by majority.
pub fn script_counts(text: &str) -> (usize, usize) {
    let (mut deva, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if is_devanagari(c) {
            deva += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    (deva, latin)
}

/// Digits of the Indic scripts, Arabic-Indic and ASCII.
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii_digit() {
        return true;
    }
    let u = c as u32;
    if (0x0966..=0x0DEF).contains(&u) {
        // Each Indic block keeps its digits at offsets 0x66..=0x6F.
        let low = u & 0x7F;
        return (0x66..=0x6F).contains(&low);
    }
    (0x0660..=0x0669).contains(&u) || (0x06F0..=0x06F9).contains(&u)
}

/// Letters and the marks that live inside words, no digits: the
/// segmenter's word characters (digits start numbers there).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let u = c as u32;
    if (0x0900..=0x0DFF).contains(&u) {
        // Indic blocks: all but the dandas, the abbreviation sign and digits.
        return !matches!(u, 0x0964 | 0x0965 | 0x0970) && !is_digit(c);
    }
    c.is_alphabetic()
        || matches!(u, 0x200C | 0x200D)
        || (0x0300..=0x036F).contains(&u)
        || (0x064B..=0x065F).contains(&u)
        || u == 0x0670
        || (0x1AB0..=0x1AFF).contains(&u)
        || (0x1DC0..=0x1DFF).contains(&u)
        || (0x20D0..=0x20FF).contains(&u)
        || (0xFE20..=0xFE2F).contains(&u)
}

/// Letters, digits, Devanagari signs and joiners; not the dandas or the
/// abbreviation sign: the word characters of the entity stage's words and
/// of the clause readers' words.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_devanagari(c) {
        return !is_danda(c) && c != ABBREVIATION_SIGN;
    }
    is_joiner(c) || is_alphanumeric(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_everywhere() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{:04X}", c as u32);
            assert_eq!(is_numeric(c), c.is_numeric(), "{:04X}", c as u32);
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:04X}", c as u32);
        }
    }

    #[test]
    fn named_classes_table() {
        // (char, devanagari, danda, word char, letter, digit)
        let table = [
            ('क', true, false, true, true, false),
            ('्', true, false, true, true, false),
            ('।', true, true, false, false, false),
            ('॥', true, true, false, false, false),
            ('॰', true, false, false, false, false),
            ('५', true, false, true, false, true),
            ('7', false, false, true, false, true),
            ('a', false, false, true, true, false),
            ('\u{200D}', false, false, true, true, false),
            ('-', false, false, false, false, false),
            ('é', false, false, true, true, false),
        ];
        for (c, deva, danda, word, letter, digit) in table {
            let got = (
                is_devanagari(c),
                is_danda(c),
                is_word_char(c),
                is_letter(c),
                is_digit(c),
            );
            assert_eq!(got, (deva, danda, word, letter, digit), "{c}");
        }
        assert_eq!(digit_value('९'), Some(9));
        assert_eq!(digit_value('3'), Some(3));
        assert_eq!(digit_value('x'), None);
        assert_eq!(script_counts("राजनाथ Singh"), (6, 5));
    }

    #[test]
    fn devanagari_table() {
        let table = [
            ('क', true, false),
            ('ा', true, false),
            ('ं', true, false),
            ('्', false, false),
            ('़', false, false),
            ('।', false, false),
            ('५', false, true),
            ('a', true, false),
            ('7', false, true),
            ('-', false, false),
        ];
        for (c, alpha, num) in table {
            assert_eq!((is_alphabetic(c), is_numeric(c)), (alpha, num), "{c}");
        }
    }
}
