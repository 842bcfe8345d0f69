//! Ranges ("5-7%", "Rs 5 crore to Rs 7 crore", "between 3,000 and 5,000",
//! "500 रुपए से 1000 रुपए") and what is not one: a change ("rose from
//! ₹500 to ₹1,000", "jumped Rs 20 to Rs 520") is two figures.

use super::{Amount, Pass};

/// Tokens that join a range's two ends.
const RANGE_JOINERS: &[&str] = &["-", "–", "—", "to", "से"];

/// What a phrase after an amount says: a currency, a percent word or a
/// unit, by its output unit. A range may write it on both ends ("7.6 mm
/// and 35.5 mm", "500 रुपए से 1000 रुपए").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    Currency(&'static str),
    Percent(&'static str),
    Unit(&'static str),
}

impl<'a> Pass<'a> {
    /// A range after `low`, the amount of the figure that starts at token
    /// `i`: "5-7", "5 to 7", "Rs 5 crore to Rs 7 crore", "10 से 12 लाख",
    /// "between 10 and 12 per cent". The end without a scale takes the
    /// other's. A change is not a range ([`Pass::is_change`]).
    pub(super) fn range(
        &self,
        i: usize,
        low: Amount<'a>,
        currency: Option<&str>,
    ) -> Option<(Amount<'a>, Amount<'a>)> {
        let mut k = low.end;
        // The low end's own currency, percent word or unit, repeated on the
        // high end: "7.6 mm and 35.5 mm", "500 रुपए से 1000 रुपए".
        let tail = if currency.is_none() {
            self.tail(k).filter(|&(_, len)| self.joiner(i, k + len))
        } else {
            None
        };
        if let Some((_, len)) = tail {
            k += len;
        }
        if !self.joiner(i, k) {
            return None;
        }
        let mut j = k + 1;
        if let Some(code) = currency {
            if let Some((c, len)) = self.phrase(&self.lex.currencies, j) {
                if c.code == code && c.before {
                    j += len;
                    if self.w(j) == "." {
                        j += 1;
                    }
                }
            }
        }
        if low.digits != self.starts_with_digit(j) {
            return None;
        }
        let mut high = self.amount(j)?;
        if let Some((t, _)) = tail {
            if self.tail(high.end).map(|(u, _)| u) != Some(t) {
                return None;
            }
        }
        if self.is_change(i, k, currency.is_some() && j > k + 1, tail.is_some()) {
            return None;
        }
        let mut low = low;
        if !high.scaled && low.scaled {
            high.pow = low.pow;
            high.scaled = true;
        } else if !low.scaled && high.scaled {
            low.pow = high.pow;
            low.scaled = true;
        }
        (high.value().value() > low.value().value() && high.suffix.is_empty())
            .then_some((low, high))
    }

    /// Whether token `k` joins the two ends of a range whose figure starts
    /// at token `i`: a dash, "to", से, or "and" after "between".
    fn joiner(&self, i: usize, k: usize) -> bool {
        let w = self.w(k);
        RANGE_JOINERS.contains(&w)
            || (w == "and" && i.checked_sub(1).is_some_and(|p| self.w(p) == "between"))
    }

    /// The currency, percent word or unit at token `k`, and its length.
    fn tail(&self, k: usize) -> Option<(Tail, usize)> {
        if let Some((c, len)) = self
            .phrase(&self.lex.currencies, k)
            .filter(|(c, _)| c.after)
        {
            return Some((Tail::Currency(c.code), len));
        }
        if let Some((u, len)) = self.phrase(&self.lex.percent, k) {
            return Some((Tail::Percent(u), len));
        }
        self.phrase(&self.lex.units, k)
            .map(|(u, len)| (Tail::Unit(u.symbol), len))
    }

    /// Whether "X to Y" starting at token `i` (the joiner at `k`) tells a
    /// change rather than a range. After "from" (perhaps with a word or two
    /// between: "from the current 28% to 50%"), it is a change when the
    /// sentence has a word of change ("rose from ₹500 to ₹1,000") or when
    /// both ends carry their unit ("from 4.7% to 6.4%"), unless a word of
    /// range stands before "from" ("anywhere from 50% to 80%", "ranging
    /// from"). Without "from", it is a change when a word of change, perhaps
    /// with "by", stands right before the figure and the high end repeats
    /// the currency sign ("jumped Rs 20 to Rs 520").
    fn is_change(&self, i: usize, k: usize, high_has_sign: bool, both_units: bool) -> bool {
        if self.w(k) != "to" {
            return false;
        }
        let changed = |j: usize| self.word(j).is_some_and(|w| w.change);
        let from = (1..=3)
            .filter_map(|d| i.checked_sub(d))
            .find(|&j| self.w(j) == "from");
        if let Some(f) = from {
            let ranged = f.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.w(p),
                    "anywhere"
                        | "range"
                        | "ranges"
                        | "ranged"
                        | "ranging"
                        | "vary"
                        | "varies"
                        | "varying"
                        | "varied"
                )
            });
            return !ranged
                && (both_units || high_has_sign || self.sentence_has(i, k, |w| w.change));
        }
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let verb = if self.w(prev) == "by" {
            prev.checked_sub(1)
        } else {
            Some(prev)
        };
        high_has_sign && verb.is_some_and(changed)
    }
}
