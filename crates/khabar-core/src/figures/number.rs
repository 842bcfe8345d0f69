//! Exact decimal numbers and the digits of one token.
//!
//! A figure's value is a decimal mantissa times a power of ten until the
//! very end, so that "2.5 lakh crore" is 25 × 10^11 and becomes the f64
//! 2.5e12 in one correctly rounded step, not 2.5 × 1e5 × 1e7 with the
//! rounding of each product.

/// A decimal number: `m × 10^e`, with `m` a whole number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Dec {
    pub m: f64,
    pub e: i32,
}

impl Dec {
    /// A whole number.
    pub fn int(n: f64) -> Dec {
        Dec { m: n, e: 0 }
    }

    /// "2.5", "-0.25", "100000".
    pub fn parse(s: &str) -> Option<Dec> {
        let (neg, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let mut m = 0f64;
        for c in int.chars().chain(frac.chars()) {
            m = m * 10.0 + f64::from(c.to_digit(10)?);
        }
        let e = -i32::try_from(frac.len()).ok()?;
        Some(Dec {
            m: if neg { -m } else { m },
            e,
        })
    }

    /// Times ten to the `pow`.
    pub fn scaled(self, pow: i32) -> Dec {
        Dec {
            m: self.m,
            e: self.e.saturating_add(pow),
        }
    }

    /// The sum, exactly while the mantissas stay below 2^53.
    pub fn add(self, other: Dec) -> Dec {
        let e = self.e.min(other.e);
        let up = |d: Dec| d.m * 10f64.powi(d.e - e);
        Dec {
            m: up(self) + up(other),
            e,
        }
    }

    /// The value as an f64, rounded once.
    pub fn value(self) -> f64 {
        if self.e >= 0 {
            self.m * 10f64.powi(self.e)
        } else {
            self.m / 10f64.powi(-self.e)
        }
    }
}

/// The value of a decimal digit, ASCII or Devanagari (०–९).
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{0966}'..='\u{096F}' => Some(u32::from(c) - 0x0966),
        _ => None,
    }
}

/// A token's leading digits: their value, how many there are, and the
/// rest of the token ("40mm" → 40, 2, "mm"; "5वें" → 5, 1, "वें").
/// `None` when the token does not start with a digit.
pub(crate) fn leading(tok: &str) -> Option<(f64, usize, &str)> {
    let mut m = 0f64;
    let mut n = 0usize;
    let mut rest = tok;
    for (i, c) in tok.char_indices() {
        match digit(c) {
            Some(d) => {
                m = m * 10.0 + f64::from(d);
                n += 1;
                rest = tok.get(i + c.len_utf8()..).unwrap_or("");
            }
            None => break,
        }
    }
    (n > 0).then_some((m, n, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_round_once() {
        let d = Dec::parse("2.5").map(|d| d.scaled(12).value());
        assert_eq!(d, Some(2.5e12));
        assert_eq!(Dec::parse("12.5").map(Dec::value), Some(12.5));
        assert_eq!(Dec::parse("-0.25").map(Dec::value), Some(-0.25));
        assert_eq!(Dec::parse("1.2").map(|d| d.scaled(7).value()), Some(1.2e7));
        assert_eq!(Dec::parse("x"), None);
        assert_eq!(Dec::parse(""), None);
        let sum = Dec::int(3.0).add(Dec::parse("0.25").unwrap_or(Dec::int(0.0)));
        assert_eq!(sum.value(), 3.25);
    }

    #[test]
    fn leading_digits_in_both_scripts() {
        assert_eq!(leading("40mm"), Some((40.0, 2, "mm")));
        assert_eq!(leading("५०"), Some((50.0, 2, "")));
        assert_eq!(leading("5वें"), Some((5.0, 1, "वें")));
        assert_eq!(leading("g20"), None);
    }
}
