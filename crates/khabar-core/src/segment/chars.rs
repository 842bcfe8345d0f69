//! Character classes with a fast path for ASCII and Devanagari.
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
const DEVA_ALPHABETIC: u128 = 0xfffe_000f_ffe1_dfff_efff_ffff_ffff_ffff;
/// Bit `i` is set when U+0900 + `i` is numeric (the ten Devanagari digits).
const DEVA_NUMERIC: u128 = 0x0000_ffc0_0000_0000_0000_0000_0000_0000;

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
