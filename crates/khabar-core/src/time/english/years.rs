//! Years and parts of years: "2021", "the 1990s", "1915-17", "490 BC",
//! "nineteen ninety-six", "the 20th century", "FY2024-25", "Q3 2024",
//! "the third quarter".
//!
//! Examples, read against 2025-12-05 (a Friday) and replayed by
//! `every_family_example_reads_as_documented` in `time/mod.rs`:
//!
//! | text | span | value |
//! |---|---|---|
//! | Since 2021, trade grew. | 2021 | 2021 |
//! | Popular in the 1990s. | the 1990s | 199 |
//! | The war of 1915-17 ended. | 17 | 1917 |
//! | In 490 BC Athens won. | 490 BC | BC0490 |
//! | In nineteen ninety-six he left. | nineteen ninety-six | 1996 |
//! | Targets for FY2024-25 rose. | FY2024-25 | FY2024 |
//! | Sales rose in Q3 2024. | Q3 2024 | 2024-Q3 |
//! | Profit fell in the third quarter. | the third quarter | 2025-Q3 |
//! | a 20th century temple | 20th century | 19 |

use super::super::grammar::{Parse, Sem, G};
use super::super::lexicon::Lex;
use super::super::numbers::{amount, Amount};
use super::dates::of_year;
use super::ordinal;

/// Is the number at `i` free to be a year (not a price, a label, a quantity)?
pub(crate) fn year_context_ok(g: &G<'_>, i: usize, end: usize) -> bool {
    if i > 0 && g.num(i - 1).is_some() {
        // Digit groups: phone numbers, "2301 2021".
        return false;
    }
    if i > 0 {
        if g.attached(i) {
            if g.num(i - 1).is_some() {
                return false;
            }
            if let Some(p) = g.punct(i - 1) {
                if matches!(p, '$' | '₹' | '£' | '€' | '#' | '+' | '/' | '.' | ',' | ':')
                    || (p == '-' && i > 1 && g.attached(i - 1) && !year_prefix(g.w(i - 2)))
                {
                    return false;
                }
            }
            if !g.w(i - 1).is_empty() && !matches!(g.w(i - 1), "fy" | "mid") {
                return false;
            }
        }
        if g.has(i - 1, Lex::NotYearBefore) || matches!(g.punct(i - 1), Some('$' | '₹' | '£' | '€'))
        {
            return false;
        }
        if i > 1 && g.punct(i - 1) == Some('.') && g.has(i - 2, Lex::NotYearBefore) {
            return false;
        }
    }
    if g.glued_number_after(end) || g.has(end, Lex::NotYearAfter) {
        return false;
    }
    if g.attached(end) && !g.w(end).is_empty() {
        return false;
    }
    if g.num(end).is_some() {
        return false;
    }
    // The low end of a range of amounts: "1000 से 1500 रुपए", "1500 to
    // 2000 people" (the word after the high end rules out a year for both;
    // "in 2018 to 15 million" is no range: the high end is not higher).
    if matches!(g.w(end), "से" | "to" | "and")
        && g.has(end + 2, Lex::NotYearAfter)
        && matches!((g.num(i), g.num(end + 1)), (Some((low, _)), Some((high, _))) if high > low)
    {
        return false;
    }
    true
}

/// A prefix hyphenated to a year that leaves it the year itself:
/// "mid-1996", "post-1959", "pre-1990", where a year after a hyphen is
/// otherwise the second year of a range ("1915-17") or no year at all.
pub(super) fn year_prefix(w: &str) -> bool {
    matches!(w, "mid" | "post" | "pre")
}

/// "2021", "1990s", "1915-17", "490 BC".
pub(super) fn year(g: &G<'_>, i: usize) -> Option<Parse> {
    let (v, d) = g.num(i)?;
    // The second year of a range: "1915-17", "1861–1865"; but "mid-1996",
    // "post-1959" are the year itself.
    if i >= 2
        && g.attached(i)
        && matches!(g.punct(i - 1), Some('-' | '–'))
        && g.attached(i - 1)
        && !year_prefix(g.w(i - 2))
    {
        if let Some(first) = g.year4(i - 2) {
            let second = match d {
                4 => v as i32,
                2 => first - first % 100 + v as i32,
                _ => return None,
            };
            if second > first && second - first < 100 && !g.glued_number_after(i + 1) {
                return Some(Parse::new(i + 1, Sem::Year(second)));
            }
        }
        return None;
    }
    // 490 BC, 1200 B.C.; not inside a code ("Gt9Yg2BC6O").
    let free = i == 0 || !g.attached(i) || g.w(i - 1).is_empty();
    if d <= 4 && v > 0 && free {
        let mut k = i + 1;
        let bc = match g.w(k) {
            "bc" | "bce" => {
                k += 1;
                true
            }
            "b" if g.punct(k + 1) == Some('.') && g.w(k + 2) == "c" => {
                k += 3;
                if g.punct(k) == Some('.') && g.attached(k) {
                    k += 1;
                }
                true
            }
            _ => false,
        };
        if bc && !(g.attached(k) && !g.w(k).is_empty() || g.num(k).is_some() && g.attached(k)) {
            return Some(Parse::new(k, Sem::Bc(v as i32)));
        }
    }
    let y = g.year4(i)?;
    // 1990s
    if g.attached(i + 1) && g.w(i + 1) == "s" {
        return Some(Parse::new(i + 2, Sem::Decade(y / 10)));
    }
    // 1915-17, 1861–1865: each year on its own, as TimeML marks them.
    if matches!(g.punct(i + 1), Some('-' | '–')) && g.attached(i + 1) && g.attached(i + 2) {
        if let Some((n, d2)) = g.num(i + 2) {
            if (d2 == 2 || d2 == 4) && !g.glued_number_after(i + 3) && (1000..2200).contains(&y) {
                let ok = d2 == 4 || (n as i32) > y % 100 || (n as i32 + 100) - y % 100 < 20;
                if ok {
                    return Some(Parse::new(i + 1, Sem::Year(y)));
                }
            }
        }
    }
    if !(1200..=2100).contains(&y) || !year_context_ok(g, i, i + 1) {
        return None;
    }
    Some(Parse::new(i + 1, Sem::Year(y)))
}

/// "FY2024-25", "FY25", "fiscal 1989", "fiscal year 2024".
pub(super) fn fiscal(g: &G<'_>, i: usize) -> Option<Parse> {
    let w = g.w(i);
    let j = match w {
        "fy" => i + 1,
        "fiscal" if g.w(i + 1) == "year" => i + 2,
        "fiscal" => i + 1,
        _ => return None,
    };
    // "fiscal 1989" names the year as TimeML does; "FY2024-25" stays a fiscal year.
    if w == "fiscal" {
        let y = g.year4(j)?;
        if !(g.punct(j + 1) == Some('-') && g.attached(j + 1)) {
            return Some(Parse::new(j + 1, Sem::Year(y)));
        }
    }
    let j = if g.punct(j) == Some('\'') { j + 1 } else { j };
    let (v, d) = g.num(j)?;
    let y = match d {
        4 => v as i32,
        2 if w == "fy" => 2000 + v as i32,
        _ => return None,
    };
    let mut end = j + 1;
    if g.punct(end) == Some('-') && g.attached(end) {
        if let Some((_, 2 | 4)) = g.num(end + 1) {
            end += 2;
            if d == 2 {
                // FY24-25 names the year starting in 2024.
                return Some(Parse::new(end, Sem::FiscalYear(y)));
            }
        }
    } else if d == 2 {
        // FY25 is the year ending in 2025.
        return Some(Parse::new(end, Sem::FiscalYear(y - 1)));
    }
    Some(Parse::new(end, Sem::FiscalYear(y)))
}

/// "Q3", "Q3 2024", "third quarter", "third-quarter", "first half of 2024".
pub(super) fn quarter(g: &G<'_>, i: usize) -> Option<Parse> {
    if g.w(i) == "q" && g.cap(i) && g.attached(i + 1) {
        let (q, _) = g.num(i + 1)?;
        if !(1..=4).contains(&q) || g.glued_number_after(i + 2) {
            return None;
        }
        let (end, y) = of_year(g, i + 2);
        if y.is_none() {
            if let Some(p) = fiscal(g, i + 2) {
                if let Sem::FiscalYear(fy) = p.sem {
                    // Indian fiscal quarters: Q1 is April–June of the year the FY starts.
                    let (qq, yy) = if q == 4 {
                        (1, fy + 1)
                    } else {
                        (q as u8 + 1, fy)
                    };
                    return Some(Parse::new(p.end, Sem::Quarter { q: qq, y: Some(yy) }));
                }
            }
        }
        return Some(Parse::new(end, Sem::Quarter { q: q as u8, y }));
    }
    let (k, n) = ordinal(g, i)?;
    if !(1..=4).contains(&n) {
        return None;
    }
    let k2 = if g.punct(k) == Some('-') && g.attached(k) {
        k + 1
    } else {
        k
    };
    match g.w(k2) {
        "quarter" => {
            let (end, y) = of_year(g, k2 + 1);
            Some(Parse::new(end, Sem::Quarter { q: n as u8, y }))
        }
        "half" if n <= 2 => {
            let (end, y) = of_year(g, k2 + 1);
            Some(Parse::new(end, Sem::Half { h: n as u8, y }))
        }
        _ => None,
    }
}

/// A year said in words, as broadcast transcripts write it: "nineteen
/// ninety-six", "eighteen twelve".
pub(super) fn spoken_year(g: &G<'_>, i: usize) -> Option<Parse> {
    let century = g.find(i, |e| match e {
        Lex::Number(n) if (16.0..=19.0).contains(n) => Some(*n as i32),
        _ => None,
    })?;
    if g.num(i + 1).is_some() || !g.same_clause(i, i + 1) {
        return None;
    }
    let (end, Amount::N(v)) = amount(g, i + 1)? else {
        return None;
    };
    if !(10.0..100.0).contains(&v) || v.fract() != 0.0 || g.unit(end).is_some() {
        return None;
    }
    Some(Parse::new(end, Sem::Year(century * 100 + v as i32)))
}

/// "two thousand" as a year, as broadcast transcripts say it after "the
/// year".
pub(super) fn two_thousand(g: &G<'_>, i: usize) -> Option<Parse> {
    let (end, Amount::N(v)) = amount(g, i)? else {
        return None;
    };
    ((2000.0..2100.0).contains(&v) && v.fract() == 0.0 && g.unit(end).is_none())
        .then(|| Parse::new(end, Sem::Year(v as i32)))
}

/// "the 11th century temple" without its "the": "20th century".
pub(super) fn bare_century(g: &G<'_>, i: usize) -> Option<Parse> {
    let (k, n) = ordinal(g, i)?;
    let k2 = if g.punct(k) == Some('-') && g.attached(k) {
        k + 1
    } else {
        k
    };
    (g.w(k2) == "century" && (1..=30).contains(&n)).then(|| Parse::new(k2 + 1, Sem::Century(n - 1)))
}
