//! Counts in temporal expressions: digits (ASCII and Devanagari), English
//! number words ("twenty-four", "a couple of"), Hindi number words (एक …
//! निन्यानबे, सौ, हज़ार, लाख, करोड़) and vague counts ("several", कुछ).

use super::grammar::G;
use super::lexicon::Lex;

/// How many units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Amount {
    N(f64),
    /// Unspecified ("several years", कई साल).
    X,
}

/// Reads a count starting at token `i`: returns the token after it and the amount.
pub(crate) fn amount(g: &G<'_>, i: usize) -> Option<(usize, Amount)> {
    if let Some((v, digits)) = g.num(i) {
        if digits > 7 {
            return None;
        }
        let mut value = v as f64;
        let mut end = i + 1;
        // A decimal: "1.5 hours", "2.5 साल".
        if g.punct(end) == Some('.') && g.attached(end) && g.attached(end + 1) {
            if let Some((frac, fd)) = g.num(end + 1) {
                if fd <= 2 {
                    value += frac as f64 / 10f64.powi(i32::from(fd));
                    end += 2;
                }
            }
        } else if g.punct(end) == Some(',') && g.attached(end) && g.attached(end + 1) {
            // "1,000 years".
            if let Some((rest, 3)) = g.num(end + 1) {
                value = value * 1000.0 + rest as f64;
                end += 2;
            }
        } else if let Some((f, e)) = fraction(g, end) {
            // "2 1/2 years", "2½ years".
            value += f;
            end = e;
        }
        let (end, value) = and_a_half(g, end, value);
        return Some(multiplied(g, end, value));
    }
    let w = g.w(i);
    if w.is_empty() {
        return None;
    }
    // "a few", "a couple of", "a dozen", "a hundred".
    if w == "a" || w == "an" {
        let next = g.w(i + 1);
        if next == "few" {
            return Some((i + 2, Amount::X));
        }
        if next == "couple" {
            let end = if g.w(i + 2) == "of" { i + 3 } else { i + 2 };
            return Some((end, Amount::N(2.0)));
        }
        if next == "dozen" {
            return Some((i + 2, Amount::N(12.0)));
        }
        if let Some(Lex::Multiplier(m)) = first_multiplier(g, i + 1) {
            return Some((i + 2, Amount::N(m)));
        }
        return Some((i + 1, Amount::N(1.0)));
    }
    // "the next couple of years", "the past couple of weeks"
    if w == "couple" && g.w(i + 1) == "of" {
        return Some((i + 2, Amount::N(2.0)));
    }
    for e in g.lx(i) {
        match *e {
            Lex::Vague => return Some((i + 1, Amount::X)),
            // साढ़े तीन (3½), सवा दो (2¼), पौने दो (1¾)
            Lex::Fraction(f) => {
                if let Some((end, Amount::N(v))) = amount(g, i + 1) {
                    if v >= 1.0 {
                        return Some((end, Amount::N(v + f)));
                    }
                }
                return None;
            }
            Lex::Number(n) => {
                let mut value = n;
                let mut end = i + 1;
                // "twenty four", "twenty-four".
                if (20.0..100.0).contains(&n) && n % 10.0 == 0.0 {
                    let j = if g.punct(end) == Some('-') && g.attached(end) {
                        end + 1
                    } else {
                        end
                    };
                    if let Some(Lex::Number(u)) =
                        g.lx(j).iter().find(|e| matches!(e, Lex::Number(_)))
                    {
                        if *u >= 1.0 && *u < 10.0 && u.fract() == 0.0 {
                            value += *u;
                            end = j + 1;
                        }
                    }
                }
                let (end, value) = and_a_half(g, end, value);
                return Some(multiplied(g, end, value));
            }
            _ => {}
        }
    }
    None
}

/// A fraction after a whole number: " 1/2", " 3/4" (spaced from the
/// number, its parts attached) or an attached "½": its value and the token
/// after it.
fn fraction(g: &G<'_>, i: usize) -> Option<(f64, usize)> {
    match g.punct(i) {
        Some('½') if g.attached(i) => return Some((0.5, i + 1)),
        Some('¼') if g.attached(i) => return Some((0.25, i + 1)),
        Some('¾') if g.attached(i) => return Some((0.75, i + 1)),
        _ => {}
    }
    let (a, 1) = g.num(i)? else {
        return None;
    };
    if g.attached(i) || g.punct(i + 1) != Some('/') || !g.attached(i + 1) || !g.attached(i + 2) {
        return None;
    }
    let (b, 1) = g.num(i + 2)? else {
        return None;
    };
    if !(2..=4).contains(&b) || a == 0 || a >= b || g.glued_number_after(i + 3) {
        return None;
    }
    Some((a as f64 / b as f64, i + 3))
}

/// "two and a half": the count plus a half, and the token after it.
pub(crate) fn and_a_half(g: &G<'_>, end: usize, value: f64) -> (usize, f64) {
    if g.w(end) == "and" && g.w(end + 1) == "a" && g.w(end + 2) == "half" {
        (end + 3, value + 0.5)
    } else if g.w(end) == "and" && g.w(end + 1) == "half" {
        (end + 2, value + 0.5)
    } else {
        (end, value)
    }
}

fn first_multiplier(g: &G<'_>, i: usize) -> Option<Lex> {
    g.lx(i)
        .iter()
        .copied()
        .find(|e| matches!(e, Lex::Multiplier(_)))
}

/// Applies "hundred", "thousand", सौ, हज़ार, लाख, करोड़ after a count.
fn multiplied(g: &G<'_>, mut end: usize, mut value: f64) -> (usize, Amount) {
    while let Some(Lex::Multiplier(m)) = first_multiplier(g, end) {
        value *= m;
        end += 1;
    }
    (end, Amount::N(value))
}
