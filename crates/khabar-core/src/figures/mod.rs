//! Figures: money, percentages, quantities with units and counts, in
//! English and Hindi, with normalized values.
//!
//! Indian news writes its numbers its own way ("Rs 1,500 crore", "₹2.5
//! lakh crore", "50,000 करोड़ रुपये", "ढाई लाख", "पांच फीसदी"), and a desk
//! checks the numbers first, so this stage reads them into a value, a unit
//! (an ISO 4217 code, "%", "pp" or a unit symbol) and whether the text
//! hedged them ("about", लगभग, से अधिक).
//!
//! One pass over the shared words ([`crate::text::words`]): at each token
//! the pass tries a currency sign followed by an amount, or an amount
//! followed by a currency word, a percent word, a unit or a counted noun
//! (the amount being digits in either script with Indian or international
//! grouping, or number words, followed by any chain of scale words:
//! "lakh crore" = 10^12). Word lists are data (`data/figures/*.tsv`,
//! [`lexicon`]); values stay exact decimals until the end ([`number`]).
//!
//! What it leaves alone matters as much: numbers that are labels
//! ("Section 144", "COVID-19", "MiG-29", "FIR No. 123/2020", "2nd", "5
//! वें"), ages ("45-year-old", "45 वर्षीय"), phone numbers, numbers in
//! URLs and handles, and anything the time stage claimed (years, dates,
//! clock times, "five months"): no figure overlaps a timex.
//!
//! A bare number is a **count** only when a scale word makes it one ("15
//! lakh", "3 करोड़ लोग") or when it is a whole number from two up before
//! a counted noun ("2,000 people", "three Independents", "40 BJP MLAs",
//! "150 मरीज"; `count.rs`), counts the head of a hyphenated compound ("the
//! five-match series"), or is a part or a whole ("five of the nine
//! seats"); a number that could be a year needs a noun of the list. The
//! span of a count is the number and its scale, without the noun;
//! approximators stay outside every span and set `approx`. Ranges are one
//! figure ("5-7%", "between 10 and 12 per cent"), changes two ("rose from
//! ₹500 to ₹1,000"; `range.rs`); "points" and "units" take their unit from
//! the sentence (index points, percentage points, kWh; `context.rs`).
//!
//! `subject` names an entity only in the plainest case ([`subject`]).

mod context;
mod count;
mod lexicon;
mod number;
mod range;
mod subject;

use crate::context::shared::Shared;
use crate::context::Context;
use crate::model::{Figure, FigureKind, Timex};
use crate::text::words::{Tok, Words};
use lexicon::{fold_eq, Lexicon, NumWord, Word};
use number::{leading, Dec};

/// Finds the figures of `text` on its own: no timexes are given, so the
/// time stage runs first to keep its spans out; no subjects.
///
/// Offsets are byte offsets into `text`. This is the stage on its own,
/// for callers and tests that have no full analysis at hand.
/// Whether `word` is a unit symbol of one token in the figures' unit list
/// ("MW", "km", "kWh"): after a number it is a unit, not a name.
pub(crate) fn is_unit_symbol(word: &str) -> bool {
    let lower = word.to_lowercase();
    lexicon::lexicon()
        .units
        .longest(&lower, |_, _| false)
        .is_some_and(|(_, len)| len == 1)
}

pub fn find(text: &str) -> Vec<Figure> {
    let timexes = crate::time::find(text, None, true);
    let atoms = crate::text::atoms::Atoms::scan(text);
    let words = Words::new(text, &atoms);
    scan(text, &words.all, &timexes)
}

/// Finds the figures of a document, with the subjects the sentence names.
pub(crate) fn find_shared(
    ctx: &Context<'_>,
    shared: &Shared<'_>,
    timexes: &[Timex],
) -> Vec<Figure> {
    let mut figures = scan(ctx.text, &shared.words.all, timexes);
    subject::assign(&mut figures, shared);
    figures
}

/// The pass over every token.
fn scan(text: &str, toks: &[Tok], timexes: &[Timex]) -> Vec<Figure> {
    let p = Pass {
        text,
        toks,
        lex: lexicon::lexicon(),
    };
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < toks.len() {
        match p.figure_at(i) {
            Some((f, next)) => {
                if !overlaps(timexes, f.start, f.end) {
                    out.push(f);
                }
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether `start..end` overlaps a timex (timexes are in text order).
fn overlaps(timexes: &[Timex], start: usize, end: usize) -> bool {
    let k = timexes.partition_point(|t| t.end <= start);
    timexes[k..]
        .iter()
        .take_while(|t| t.start < end)
        .any(|t| t.start < end && start < t.end)
}

/// An amount: a number and the scale words after it.
#[derive(Clone, Copy, Debug)]
struct Amount<'t> {
    /// The number without its scale.
    n: Dec,
    /// The scales' summed power of ten.
    pow: i32,
    /// A scale word was read.
    scaled: bool,
    /// The token after the amount.
    end: usize,
    /// The rest of the last token after its digits, when not a scale
    /// ("mm" in "40mm", "th" in "5th").
    suffix: &'t str,
    /// Written in digits rather than words.
    digits: bool,
    /// Digit grouping or a decimal part: not a year, a label or a phone number.
    formatted: bool,
}

impl Amount<'_> {
    fn value(&self) -> Dec {
        self.n.scaled(self.pow)
    }

    /// Four digits between 1800 and 2100, ungrouped: perhaps a year.
    fn could_be_year(&self) -> bool {
        !self.formatted && self.digits && (1800.0..=2100.0).contains(&self.n.value())
    }
}

struct Pass<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lex: &'static Lexicon,
}

impl<'a> Pass<'a> {
    /// The normalized token `i`, or "" past the end.
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    fn word(&self, i: usize) -> Option<&'static Word> {
        self.toks
            .get(i)
            .filter(|t| t.word)
            .and_then(|t| self.lex.word(t.norm.as_str()))
    }

    /// Token `i` ends where token `i + 1` starts.
    fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    fn starts_with_digit(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| t.norm.chars().next())
            .and_then(number::digit)
            .is_some()
    }

    /// A phrase of `table` starting at token `i`, with its length.
    fn phrase<T>(
        &self,
        table: &'static lexicon::Phrases<T>,
        i: usize,
    ) -> Option<(&'static T, usize)> {
        let first = self.toks.get(i)?;
        lexicon::with_fold(first.norm.as_str(), |f| {
            table.longest(f, |k, t| {
                // The tokens of a phrase stand on one line.
                let same_line = self
                    .text
                    .get(first.end..self.toks.get(i + k).map_or(first.end, |x| x.start))
                    .is_some_and(|gap| !gap.contains('\n'));
                same_line
                    && self
                        .toks
                        .get(i + k)
                        .is_some_and(|x| fold_eq(x.norm.as_str(), t))
            })
        })
    }

    /// The figure that starts at token `i`, and the token after it.
    fn figure_at(&self, i: usize) -> Option<(Figure, usize)> {
        let tok = self.toks.get(i)?;
        // Most tokens start nothing: one lookup rules them out.
        if !self.starts_with_digit(i) && !self.may_open(tok) {
            return None;
        }
        // A currency sign or code before the amount: "Rs 500", "₹2.5", "US$ 5".
        let mut currency = None;
        let mut j = i;
        if !self.starts_with_digit(i) {
            if let Some((c, len)) = self
                .phrase(&self.lex.currencies, i)
                .filter(|(c, _)| c.before)
            {
                // "Rs. 500", "रु. 500"
                let after = if self.w(i + len) == "." {
                    i + len + 1
                } else {
                    i + len
                };
                if self.starts_with_digit(after)
                    || self.word(after).is_some_and(|w| w.number.is_some())
                {
                    currency = Some(c.code);
                    j = after;
                }
            }
        }
        // Glued to the digits: "USD70 million", "Rs500".
        let mut skip = 0usize;
        if currency.is_none() && tok.word && !self.starts_with_digit(i) {
            let w = tok.norm.as_str();
            if let Some(p) = w.find(|c: char| c.is_ascii_digit()).filter(|&p| p > 0) {
                let prefix = w.get(..p).unwrap_or("");
                let code = prefix.bytes().all(|b| b.is_ascii_alphabetic()).then(|| {
                    self.lex
                        .currencies
                        .longest(prefix, |_, _| false)
                        .filter(|(c, len)| c.before && *len == 1)
                        .map(|(c, _)| c.code)
                });
                if let Some(Some(code)) = code {
                    currency = Some(code);
                    skip = p;
                }
            }
        }
        if currency.is_none() && !self.may_start(i) {
            return None;
        }
        let mut low = self.amount_from(j, skip)?;
        // "8,500से अधिक": a Hindi postposition glued to the digits stays
        // outside the span.
        let trim = if glued_postposition(low.suffix) {
            low.suffix.len()
        } else {
            0
        };
        let glued_se = trim > 0 && low.suffix == "से";
        if trim > 0 {
            low.suffix = "";
        }
        // "$5m", "£40m": after a currency, a glued "m" is million.
        if currency.is_some() && low.suffix == "m" {
            low.pow += 6;
            low.scaled = true;
            low.suffix = "";
        }
        // "एक करोड़ 40 लाख", "दो लाख 90 हजार", "2 crore 50 lakh": a larger
        // scale, then a smaller one, is one amount.
        while low.scaled && low.suffix.is_empty() {
            match self.amount(low.end) {
                Some(next) if next.scaled && next.pow < low.pow && next.suffix.is_empty() => {
                    low.n = low.n.scaled(low.pow).add(next.n.scaled(next.pow));
                    low.pow = 0;
                    low.end = next.end;
                }
                _ => break,
            }
        }
        let mut amount = low;
        let mut high = None;
        if low.suffix.is_empty() && trim == 0 {
            if let Some((lo, hi)) = self.range(i, low, currency) {
                amount = Amount {
                    n: lo.n,
                    pow: lo.pow,
                    ..hi
                };
                high = Some(hi.value());
            }
        }
        // "2000-2000 से अधिक लोग" (2,000 each): one figure of the number.
        if high.is_none() && trim == 0 && self.w(amount.end) == "-" && self.glued(amount.end) {
            if let Some(again) = self.amount(amount.end + 1) {
                if self.glued(amount.end - 1) && again.value().value() == amount.value().value() {
                    amount.end = again.end;
                }
            }
        }
        let mut k = amount.end;
        let (kind, unit, pow) = self.kind(i, &amount, currency, &mut k)?;
        // "10 MT" = 10 million tonnes: the unit's own power of ten.
        amount.pow += pow;
        let range_to = high.map(|h| h.scaled(pow).value());
        if trim > 0 && k != amount.end {
            return None;
        }
        let approx_after = if glued_se && matches!(self.w(k), "अधिक" | "ज्यादा" | "ज़्यादा" | "ऊपर")
        {
            1
        } else {
            self.approx_after(k)
        };
        // A count needs its noun: after the number, or after "से अधिक"; a
        // number that could be a year needs a noun of the list ("2000 लोग",
        // not "2014 polls").
        if kind == FigureKind::Count && !amount.scaled {
            let noun = k + approx_after;
            let ok = if amount.could_be_year() {
                self.word(noun).is_some_and(|w| w.counted)
            } else {
                self.counted_noun(noun)
                    || self.tallied(i)
                    || self.compound_head(k)
                    || self.partitive(noun)
            };
            if !ok {
                return None;
            }
        }
        if !self.clear_of_labels(i, &amount, kind, k) {
            return None;
        }
        let approx = approx_after > 0 || self.approx_before(i);
        let start = tok.start;
        let end = self.toks.get(k.checked_sub(1)?)?.end - trim;
        let text = self.text.get(start..end)?;
        if in_link(self.text, start) {
            return None;
        }
        let figure = Figure {
            start,
            end,
            text: text.to_string(),
            kind,
            value: amount.value().value(),
            unit: unit.map(str::to_string),
            approx,
            range_to,
            subject: None,
        };
        Some((figure, k))
    }

    /// Whether a token other than digits may open a figure: a currency
    /// sign or code, a number word, "a"/"an" (before a scale), or a word
    /// with digits glued after letters ("USD70").
    fn may_open(&self, tok: &Tok) -> bool {
        let w = tok.norm.as_str();
        if w == "a" || w == "an" || w == "half" {
            return true;
        }
        match self.lex.word(w) {
            Some(x) => x.currency_first || x.number.is_some() || x.scale.is_some(),
            None => tok.word && w.bytes().any(|b| b.is_ascii_digit()),
        }
    }

    /// Whether a bare number may start at token `i`: not glued to a word
    /// before it ("G20", "MiG-29", "COVID-19", "status/123", "+91").
    fn may_start(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return true;
        };
        if !self.glued(prev) {
            return true;
        }
        if self.is_word(prev) {
            return false;
        }
        let joiner = matches!(
            self.w(prev),
            "-" | "/" | "." | "," | ":" | "+" | "#" | "@" | "_"
        );
        if self.w(prev) == "+" || self.w(prev) == "#" || self.w(prev) == "@" {
            return false;
        }
        !(joiner && prev > 0 && self.glued(prev - 1) && self.is_word(prev - 1))
    }

    /// The number at token `i` and the scale words after it.
    fn amount(&self, i: usize) -> Option<Amount<'a>> {
        self.amount_from(i, 0)
    }

    /// The number that starts `skip` bytes into token `i` (after a glued
    /// currency code) and the scale words after it.
    fn amount_from(&self, i: usize, skip: usize) -> Option<Amount<'a>> {
        let (n, mut end, suffix, digits, formatted) = if skip > 0 || self.starts_with_digit(i) {
            self.digits(i, skip)?
        } else {
            let (n, end) = self.number_words(i)?;
            (n, end, "", false, false)
        };
        let mut pow = 0i32;
        let mut scaled = false;
        let mut suffix = suffix;
        // Glued to the digits: "2bn", "10cr".
        if !suffix.is_empty() {
            if let Some((p, true)) = self.lex.word(suffix).and_then(|w| w.scale) {
                pow += p;
                scaled = true;
                suffix = "";
            }
        }
        if suffix.is_empty() {
            loop {
                if let Some((p, _)) = self
                    .word(end)
                    .and_then(|w| w.scale)
                    .filter(|_| self.w(end).len() > 1)
                {
                    pow += p;
                    scaled = true;
                    end += 1;
                } else if self.w(end) == "-"
                    && self.glued(end - 1)
                    && self.glued(end)
                    && self.word(end + 1).is_some_and(|w| w.scale.is_some())
                    && self.w(end + 1).len() > 1
                {
                    // "Rs 1,500-crore project"
                    pow += self.word(end + 1).and_then(|w| w.scale).map_or(0, |s| s.0);
                    scaled = true;
                    end += 2;
                } else {
                    break;
                }
            }
        }
        if !digits && !scaled && n.m == 0.0 {
            return None;
        }
        Some(Amount {
            n,
            pow,
            scaled,
            end,
            suffix,
            digits,
            formatted,
        })
    }

    /// Digits at token `i`: grouping ("1,50,000", "150,000"), a decimal
    /// part, Devanagari digits. `None` for version numbers ("2.0.1"), case
    /// numbers ("123/2020") and phone numbers.
    #[allow(clippy::type_complexity)]
    fn digits(&self, i: usize, skip: usize) -> Option<(Dec, usize, &'a str, bool, bool)> {
        let (mut m, mut n, mut suffix) = leading(self.w(i).get(skip..)?)?;
        let mut end = i + 1;
        let mut formatted = false;
        if suffix.is_empty() {
            // Groups after the first: two or three digits, the last three.
            let mut groups: Vec<(usize, f64, usize)> = Vec::new();
            let mut post = "";
            let mut k = end;
            while self.w(k) == "," && self.glued(k - 1) && self.glued(k) {
                match leading(self.w(k + 1)) {
                    Some((g, len @ (2 | 3), "")) => {
                        groups.push((k + 2, g, len));
                        k += 2;
                    }
                    // "8,500से": a postposition glued to the last group.
                    Some((g, 3, rest)) if glued_postposition(rest) => {
                        groups.push((k + 2, g, 3));
                        post = rest;
                        break;
                    }
                    _ => break,
                }
            }
            while groups.last().is_some_and(|g| g.2 != 3) {
                groups.pop();
            }
            if n > 3 && !groups.is_empty() {
                groups.clear();
            }
            for &(after, g, len) in &groups {
                m = m * 10f64.powi(len as i32) + g;
                n += len;
                end = after;
                formatted = true;
            }
            if !groups.is_empty() {
                suffix = post;
            }
        }
        let mut e = 0i32;
        if suffix.is_empty() && self.w(end) == "." && self.glued(end - 1) && self.glued(end) {
            if let Some((f, fd, rest)) = leading(self.w(end + 1)) {
                m = m * 10f64.powi(fd as i32) + f;
                e = -(fd as i32);
                suffix = rest;
                end += 2;
                formatted = true;
                // "2.0.1": a version.
                if self.w(end) == "."
                    && self.glued(end - 1)
                    && self.glued(end)
                    && self.starts_with_digit(end + 1)
                {
                    return None;
                }
            }
        }
        // "123/2020", "10:30", "3:1": not amounts.
        if suffix.is_empty()
            && matches!(self.w(end), "/" | ":")
            && self.glued(end - 1)
            && self.glued(end)
            && self.starts_with_digit(end + 1)
        {
            return None;
        }
        // A phone number or an account number: ten digits or more, ungrouped.
        if !formatted && n >= 10 {
            return None;
        }
        Some((Dec { m, e }, end, suffix, true, formatted))
    }

    /// Number words at token `i`: "five", "twenty-five", "two and a half",
    /// "a" (before a scale: "a lakh"), पांच, ढाई, साढ़े तीन, पौने दो.
    fn number_words(&self, i: usize) -> Option<(Dec, usize)> {
        let w = self.w(i);
        if (w == "a" || w == "an") && self.word(i + 1).is_some_and(|x| x.scale.is_some()) {
            return Some((Dec::int(1.0), i + 1));
        }
        // "half a million": the scale reads after.
        if w == "half"
            && self.w(i + 1) == "a"
            && self.word(i + 2).is_some_and(|x| x.scale.is_some())
        {
            return Some((Dec { m: 5.0, e: -1 }, i + 2));
        }
        // "a trillion-dollar company", "billion dollar deals": a bare
        // scale of a million or more before a currency word is one of it.
        if self.scale_before_currency(i) {
            return Some((Dec::int(1.0), i));
        }
        let (mut n, mut end) = match self.word(i)?.number? {
            NumWord::Number(d) => (d, i + 1),
            NumWord::Tens(d) => {
                let unit = if self.w(i + 1) == "-" { i + 2 } else { i + 1 };
                match self.word(unit).and_then(|x| x.number) {
                    Some(NumWord::Number(u)) if u.value() < 10.0 && u.e == 0 => {
                        (d.add(u), unit + 1)
                    }
                    _ => (d, i + 1),
                }
            }
            NumWord::Plus(f) => {
                let (base, end) = self.number_words(i + 1)?;
                (base.add(f), end)
            }
            NumWord::Minus(f) => {
                let (base, end) = self.number_words(i + 1)?;
                (base.add(Dec { m: -f.m, e: f.e }), end)
            }
            NumWord::Half => return None,
        };
        // "two and a half"
        if self.w(end) == "and"
            && self.w(end + 1) == "a"
            && matches!(
                self.word(end + 2).and_then(|x| x.number),
                Some(NumWord::Half)
            )
        {
            n = n.add(Dec { m: 5.0, e: -1 });
            end += 3;
        }
        Some((n, end))
    }

    /// A scale of a million or more at token `i` right before a currency
    /// word, perhaps joined by a hyphen ("trillion-dollar", "billion dollar").
    fn scale_before_currency(&self, i: usize) -> bool {
        let big = self
            .word(i)
            .and_then(|x| x.scale)
            .is_some_and(|(p, _)| p >= 6 && self.w(i).len() > 2);
        let mut k = i + 1;
        big && (self.hyphen_currency(&mut k).is_some()
            || self
                .phrase(&self.lex.currencies, i + 1)
                .is_some_and(|(c, _)| c.after))
    }

    /// What the amount is, by what follows it: the kind, the unit the
    /// output carries (an ISO 4217 code, "%", "pp", a unit symbol) and
    /// the unit's power of ten; moves `k` past the currency, percent or
    /// unit words.
    fn kind(
        &self,
        i: usize,
        a: &Amount<'a>,
        currency: Option<&'static str>,
        k: &mut usize,
    ) -> Option<(FigureKind, Option<&'static str>, i32)> {
        if !a.suffix.is_empty() {
            // Glued to the digits: "40mm", "20pc"; anything else ("4G",
            // "2nd", "1990s") is a label.
            if currency.is_some() {
                return None;
            }
            let tail = a.suffix;
            if let Some((u, 1)) =
                lexicon::with_fold(tail, |f| self.lex.units.longest(f, |_, _| false))
            {
                return Some((FigureKind::Quantity, Some(u.symbol), u.pow));
            }
            if let Some((u, 1)) =
                lexicon::with_fold(tail, |f| self.lex.percent.longest(f, |_, _| false))
            {
                return Some((FigureKind::Percent, Some(*u), 0));
            }
            return None;
        }
        if let Some(code) = currency {
            return Some((FigureKind::Money, Some(code), 0));
        }
        if let Some((c, len)) = self
            .phrase(&self.lex.currencies, *k)
            .filter(|(c, _)| c.after)
        {
            *k += len;
            return Some((FigureKind::Money, Some(c.code), 0));
        }
        if let Some((u, len)) = self.phrase(&self.lex.percent, *k) {
            *k += len;
            return Some((FigureKind::Percent, Some(*u), 0));
        }
        if let Some((u, len)) = self.phrase(&self.lex.units, *k) {
            *k += len;
            return Some((FigureKind::Quantity, Some(u.symbol), u.pow));
        }
        // "a 3-km stretch"
        if self.w(*k) == "-" && self.glued(k.saturating_sub(1)) && self.glued(*k) {
            if let Some((u, len)) = self.phrase(&self.lex.units, *k + 1) {
                *k += 1 + len;
                return Some((FigureKind::Quantity, Some(u.symbol), u.pow));
            }
        }
        if self.power_units(i, k) {
            return Some((FigureKind::Quantity, Some("kWh"), 0));
        }
        if let Some(code) = self.hyphen_currency(k) {
            return Some((FigureKind::Money, Some(code), 0));
        }
        if let Some((kind, unit)) = self.points(i, k) {
            return Some((kind, Some(unit), 0));
        }
        if a.scaled {
            // "revenue of 7,709 crore": a lakh or crore amount with no
            // currency and no counted noun is rupees in Indian English copy.
            let rupees = a.end > 0 && self.word(a.end - 1).is_some_and(|w| w.rupees);
            if rupees && !self.counted_noun(*k + self.approx_after(*k)) {
                return Some((FigureKind::Money, Some("INR"), 0));
            }
            return Some((FigureKind::Count, None, 0));
        }
        // A bare whole number from two up counts only with a noun after it
        // (checked by the caller): "7 new partners", "three Congress MLAs".
        (a.n.e == 0 && a.n.m >= 2.0).then_some((FigureKind::Count, None, 0))
    }

    /// No label word before the number ("Section 144", "No. 5", "aged
    /// 45") nor after it ("45-year-old", "45 वर्षीय", "5 वें"), for
    /// figures that start with the number.
    fn clear_of_labels(&self, i: usize, a: &Amount<'a>, kind: FigureKind, k: usize) -> bool {
        if kind == FigureKind::Money && !self.starts_with_digit(i) {
            return true;
        }
        // "संख्या" is a label before a number ("वार्ड संख्या 5") except when
        // it names the count the number gives ("मरीजों की संख्या 338").
        let before = |j: usize| {
            self.word(j)
                .is_some_and(|w| w.label_before && !(kind == FigureKind::Count && self.tallied(i)))
        };
        if i > 0 && (before(i - 1) || (self.w(i - 1) == "." && i > 1 && before(i - 2))) {
            return false;
        }
        if matches!(kind, FigureKind::Count | FigureKind::Quantity) {
            let after = |j: usize| self.word(j).is_some_and(|w| w.label_after);
            let end = if a.suffix.is_empty() { k } else { a.end };
            if after(end) || (self.w(end) == "-" && after(end + 1)) {
                return false;
            }
        }
        true
    }

    /// An approximator right before the figure ("about", "more than", करीब).
    fn approx_before(&self, i: usize) -> bool {
        self.lex
            .approx_before
            .ending(|k| {
                i.checked_sub(k)
                    .map(|j| self.w(j))
                    .filter(|w| !w.is_empty())
            })
            .is_some()
    }

    /// The length of an approximator right after the figure ("or more",
    /// से अधिक), or 0.
    fn approx_after(&self, k: usize) -> usize {
        // "-odd": "500-odd"
        let from = if self.w(k) == "-" && self.w(k + 1) == "odd" {
            k + 1
        } else {
            k
        };
        self.phrase(&self.lex.approx_after, from)
            .map_or(0, |(_, len)| from - k + len)
    }
}

/// A Hindi postposition that the source may glue to a number ("8,500से").
fn glued_postposition(rest: &str) -> bool {
    matches!(
        rest,
        "से" | "में" | "को" | "का" | "की" | "के" | "तक" | "पर" | "ने"
    )
}

/// Whether the byte `at` lies in a URL, an email address, a handle or a
/// hashtag: the run of non-space text around it holds "://", "www.", "@"
/// or "#".
fn in_link(text: &str, at: usize) -> bool {
    let from = text
        .get(..at)
        .and_then(|s| s.rfind(char::is_whitespace))
        .map_or(0, |p| p + 1);
    let to = text
        .get(at..)
        .and_then(|s| s.find(char::is_whitespace))
        .map_or(text.len(), |p| at + p);
    text.get(from..to).is_some_and(|run| {
        run.contains("://") || run.contains("www.") || run.contains('@') || run.contains('#')
    })
}

#[cfg(test)]
mod tests;
