//! What the words around a figure say about it: "points" after an index
//! are index points ("the Sensex fell 542 points"), beside percentages
//! they are percentage points ("a 14 point lead in vote share (49.4% to
//! 35.1%)"); "units" in a sentence about electricity are kWh ("4,000
//! million units"). The words are `context.tsv`.

use super::lexicon::Word;
use super::Pass;
use crate::model::FigureKind;

/// How far a sentence is read on either side of a figure, in tokens.
const BACK: usize = 40;
const AHEAD: usize = 25;

impl<'a> Pass<'a> {
    /// Whether a word of the sentence around tokens `i..k` (the figure)
    /// satisfies `what`. The sentence ends at a full stop, a question or
    /// exclamation mark, or a line break.
    pub(super) fn sentence_has(&self, i: usize, k: usize, what: impl Fn(&Word) -> bool) -> bool {
        let hit = |j: usize| self.word(j).is_some_and(&what) || self.lex_sign(j, &what);
        let mut j = i;
        for _ in 0..BACK {
            let Some(prev) = j.checked_sub(1) else {
                break;
            };
            if self.ends_sentence(prev) || self.line_break_before(j) {
                break;
            }
            if hit(prev) {
                return true;
            }
            j = prev;
        }
        for j in k..k + AHEAD {
            if j >= self.toks.len() || self.ends_sentence(j) || self.line_break_before(j) {
                break;
            }
            if hit(j) {
                return true;
            }
        }
        false
    }

    /// A sign token ("%") whose entry satisfies `what` (signs are not words).
    fn lex_sign(&self, j: usize, what: &impl Fn(&Word) -> bool) -> bool {
        self.toks
            .get(j)
            .filter(|t| !t.word)
            .and_then(|t| self.lex.word(t.norm.as_str()))
            .is_some_and(what)
    }

    /// A full stop, question or exclamation mark at token `j` (not a
    /// decimal point).
    fn ends_sentence(&self, j: usize) -> bool {
        match self.w(j) {
            "?" | "!" => true,
            "." => !(j > 0 && self.glued(j - 1) && self.glued(j) && self.starts_with_digit(j + 1)),
            _ => false,
        }
    }

    /// A line break between token `j - 1` and token `j`.
    fn line_break_before(&self, j: usize) -> bool {
        let (Some(a), Some(b)) = (
            j.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(j),
        ) else {
            return false;
        };
        self.text
            .get(a.end..b.start)
            .is_some_and(|gap| gap.contains('\n'))
    }

    /// "points" at token `k` (or "-point"), after the amount of the figure
    /// that starts at token `i`: index points (`pt`) in a sentence about a
    /// market index, percentage points (`pp`) in one about percentages or
    /// shares; anything else (a game's points, a "10-point agenda") is
    /// not a figure of this kind. Moves `k` past the word.
    pub(super) fn points(&self, i: usize, k: &mut usize) -> Option<(FigureKind, &'static str)> {
        let hyphen = self.w(*k) == "-" && self.glued(*k - 1) && self.glued(*k);
        let at = if hyphen { *k + 1 } else { *k };
        if !matches!(self.w(at), "points" | "point" | "pts" | "pt") {
            return None;
        }
        let found = if self.sentence_has(i, at + 1, |w| w.index) {
            Some((FigureKind::Quantity, "pt"))
        } else if self.sentence_has(i, at + 1, |w| w.share) {
            Some((FigureKind::Percent, "pp"))
        } else {
            None
        };
        if found.is_some() {
            *k = at + 1;
        }
        found
    }

    /// "units" at token `k` in a sentence about electricity: kWh ("4,000
    /// million units", "Rs 2.49 per unit" stays money). Moves `k` past it.
    pub(super) fn power_units(&self, i: usize, k: &mut usize) -> bool {
        let found =
            matches!(self.w(*k), "units" | "unit") && self.sentence_has(i, *k + 1, |w| w.power);
        if found {
            *k += 1;
        }
        found
    }

    /// A currency word joined to the amount by a hyphen ("the 2,000-rupee
    /// note", "a trillion-dollar company"): its code. Moves `k` past it.
    pub(super) fn hyphen_currency(&self, k: &mut usize) -> Option<&'static str> {
        if self.w(*k) != "-" || !self.glued(*k - 1) || !self.glued(*k) {
            return None;
        }
        let (c, len) = self
            .phrase(&self.lex.currencies, *k + 1)
            .filter(|(c, _)| c.after)?;
        *k += 1 + len;
        Some(c.code)
    }
}
