//! The word lists of `data/figures/*.tsv`, read once into one immutable
//! table shared by every call (a `OnceLock`, no mutable state).
//!
//! A single word answers one hash probe with everything the pass asks of
//! it (is it a scale, a number word, a label cue, a counted noun?); the
//! phrases that may run over several tokens (currencies, units, percent
//! words, approximators) are indexed by their first token and tried
//! longest first.

use crate::segment::hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use super::number::Dec;

const SCALES: &str = include_str!("../../data/figures/scales.tsv");
const NUMBERS: &str = include_str!("../../data/figures/numbers.tsv");
const CURRENCIES: &str = include_str!("../../data/figures/currencies.tsv");
const UNITS: &str = include_str!("../../data/figures/units.tsv");
const PERCENT: &str = include_str!("../../data/figures/percent.tsv");
const APPROX: &str = include_str!("../../data/figures/approx.tsv");
const HANDS_OFF: &str = include_str!("../../data/figures/hands_off.tsv");
const COUNTED: &str = include_str!("../../data/figures/counted.tsv");
const CONTEXT: &str = include_str!("../../data/figures/context.tsv");

/// What a number word does to the count it is part of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// A count: "five", पांच, ढाई (2.5).
    Number(Dec),
    /// English tens, which take a unit after a hyphen ("twenty-five").
    Tens(Dec),
    /// Adds to the count after it: साढ़े (+0.5), सवा (+0.25).
    Plus(Dec),
    /// Takes from the count after it: पौने (−0.25).
    Minus(Dec),
    /// "half", in "two and a half".
    Half,
}

/// Everything a single word may be.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Word {
    /// A scale word's power of ten, and whether it may be glued to digits.
    pub scale: Option<(i32, bool)>,
    /// A scale that makes a bare amount rupees ("revenue of 7,709 crore").
    pub rupees: bool,
    pub number: Option<NumWord>,
    /// Before a number, it makes the number a label ("Section 144").
    pub label_before: bool,
    /// After a number, it makes the number a label or an age ("45 वर्षीय").
    pub label_after: bool,
    /// A Hindi noun that a number counts (लोग).
    pub counted: bool,
    /// An English word ending like a plural that is not a counted noun.
    pub not_counted: bool,
    /// A reporting verb: the sentence's first name is its source, not the
    /// figure's subject.
    pub speech: bool,
    /// A function word ("of", में): never between a number and its noun.
    pub function: bool,
    /// A Hindi word naming a count the next number gives (संख्या, आंकड़ा).
    pub tally: bool,
    /// A word that may stand between a tally word and its number (बढ़कर).
    pub tally_link: bool,
    /// The first token of a currency written before the amount ("rs", "₹").
    pub currency_first: bool,
    /// A word of change ("rose", "cut"): "rose from X to Y" is a change, not a range.
    pub change: bool,
    /// A market index ("sensex"): points in its sentence are index points.
    pub index: bool,
    /// A word of percentages or shares: points in its sentence are
    /// percentage points.
    pub share: bool,
    /// A word of electricity: units in its sentence are kWh.
    pub power: bool,
    /// The head of a hyphenated compound a number does not count ("run",
    /// "wheeler", "fold").
    pub not_compound: bool,
}

impl Word {
    /// Listed only for the context it gives (`context.tsv`): to the counting
    /// rules it is a word like any other ("solar panels", "2,000 votes").
    pub fn context_only(&self) -> bool {
        let bare = Word {
            change: false,
            index: false,
            share: false,
            power: false,
            not_compound: false,
            ..*self
        };
        bare == Word::default()
    }
}

/// A multi-token form and what it means.
pub(crate) struct Phrase<T> {
    pub toks: Vec<String>,
    pub what: T,
}

/// Phrases indexed by their first token, longest first.
pub(crate) struct Phrases<T>(HashMap<String, Vec<Phrase<T>>>);

impl<T> Phrases<T> {
    fn new() -> Phrases<T> {
        Phrases(HashMap::default())
    }

    fn add(&mut self, form: &str, what: T) {
        let toks: Vec<String> = form.split(' ').map(|t| fold(t).into_owned()).collect();
        let Some(first) = toks.first().cloned() else {
            return;
        };
        let list = self.0.entry(first).or_default();
        list.push(Phrase { toks, what });
        crate::util::sort::sort_by_key(list, |p| std::cmp::Reverse(p.toks.len()));
    }

    /// The longest phrase that starts with the folded word `first` and
    /// whose k-th token (k ≥ 1) `eq(k, token)` accepts, and its length.
    pub fn longest(&self, first: &str, eq: impl Fn(usize, &str) -> bool) -> Option<(&T, usize)> {
        let list = self.0.get(first)?;
        list.iter()
            .find(|p| p.toks.iter().enumerate().skip(1).all(|(k, t)| eq(k, t)))
            .map(|p| (&p.what, p.toks.len()))
    }

    /// The longest phrase (of at most three tokens) that ends right before
    /// a position: `back(k)` is the word k tokens back (1 = the nearest).
    pub fn ending<'w>(&self, back: impl Fn(usize) -> Option<&'w str>) -> Option<(&T, usize)> {
        let mut best: Option<(&T, usize)> = None;
        for len in 1..=3usize {
            let Some(first) = back(len) else {
                break;
            };
            let found = with_fold(first, |f| {
                self.0.get(f).and_then(|list| {
                    list.iter().find(|p| {
                        p.toks.len() == len
                            && (1..len).all(|k| {
                                back(len - k)
                                    .zip(p.toks.get(k))
                                    .is_some_and(|(w, t)| fold_eq(w, t))
                            })
                    })
                })
            });
            if let Some(p) = found {
                best = Some((&p.what, len));
            }
        }
        best
    }
}

/// Where a currency form stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Currency {
    pub code: &'static str,
    pub before: bool,
    pub after: bool,
}

/// A unit: the symbol the output carries and the power of ten that scales
/// the value into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub symbol: &'static str,
    pub pow: i32,
}

/// Every list, read.
pub(crate) struct Lexicon {
    words: HashMap<String, Word>,
    pub currencies: Phrases<Currency>,
    pub units: Phrases<Unit>,
    pub percent: Phrases<&'static str>,
    pub approx_before: Phrases<()>,
    pub approx_after: Phrases<()>,
}

impl Lexicon {
    /// The single-word entry of a word (folded here).
    pub fn word(&self, w: &str) -> Option<&Word> {
        with_fold(w, |f| self.words.get(f))
    }
}

/// The lexicon, read on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static TABLE: OnceLock<Lexicon> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// The columns of a data line, or nothing for a comment or a blank line.
fn columns(line: &'static str) -> Option<Vec<&'static str>> {
    let line = line.trim_end_matches('\r');
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    Some(line.split('\t').map(str::trim).collect())
}

fn build() -> Lexicon {
    let mut words: HashMap<String, Word> = HashMap::default();
    fn entry<'m>(words: &'m mut HashMap<String, Word>, form: &str) -> &'m mut Word {
        words.entry(fold(form).into_owned()).or_default()
    }
    for cols in SCALES.lines().filter_map(columns) {
        if let [form, pow, glued, ref rest @ ..] = cols[..] {
            if let Ok(p) = pow.parse::<i32>() {
                let word = entry(&mut words, form);
                word.scale = Some((p, glued == "yes"));
                word.rupees = rest.first() == Some(&"yes");
            }
        }
    }
    for cols in NUMBERS.lines().filter_map(columns) {
        if let [form, kind, value, ..] = cols[..] {
            let Some(d) = Dec::parse(value) else {
                continue;
            };
            let w = match kind {
                "number" => NumWord::Number(d),
                "tens" => NumWord::Tens(d),
                "plus" => NumWord::Plus(d),
                "minus" => NumWord::Minus(d),
                "half" => NumWord::Half,
                _ => continue,
            };
            entry(&mut words, form).number = Some(w);
        }
    }
    for cols in HANDS_OFF.lines().filter_map(columns) {
        if let [form, place, ..] = cols[..] {
            let e = entry(&mut words, form);
            match place {
                "before" => e.label_before = true,
                "after" => e.label_after = true,
                _ => {}
            }
        }
    }
    for cols in COUNTED.lines().filter_map(columns) {
        if let [form, class, ..] = cols[..] {
            let e = entry(&mut words, form);
            match class {
                "counted" => e.counted = true,
                "not_counted" => e.not_counted = true,
                "speech" => e.speech = true,
                "function" => e.function = true,
                "tally" => e.tally = true,
                "tally_link" => e.tally_link = true,
                _ => {}
            }
        }
    }
    for cols in CONTEXT.lines().filter_map(columns) {
        if let [form, class, ..] = cols[..] {
            let e = entry(&mut words, form);
            match class {
                "change" => e.change = true,
                "index" => e.index = true,
                "share" => e.share = true,
                "power" => e.power = true,
                "not_compound" => e.not_compound = true,
                _ => {}
            }
        }
    }
    let mut currencies = Phrases::new();
    for cols in CURRENCIES.lines().filter_map(columns) {
        if let [form, code, place, ..] = cols[..] {
            let c = Currency {
                code,
                before: matches!(place, "before" | "both"),
                after: matches!(place, "after" | "both"),
            };
            if c.before {
                if let Some(first) = form.split(' ').next() {
                    entry(&mut words, first).currency_first = true;
                }
            }
            currencies.add(form, c);
        }
    }
    let mut units = Phrases::new();
    for cols in UNITS.lines().filter_map(columns) {
        if let [form, symbol, pow, ..] = cols[..] {
            if let Ok(pow) = pow.parse::<i32>() {
                units.add(form, Unit { symbol, pow });
            }
        }
    }
    let mut percent = Phrases::new();
    for cols in PERCENT.lines().filter_map(columns) {
        if let [form, unit, ..] = cols[..] {
            percent.add(form, unit);
        }
    }
    let (mut approx_before, mut approx_after) = (Phrases::new(), Phrases::new());
    for cols in APPROX.lines().filter_map(columns) {
        if let [form, place, ..] = cols[..] {
            match place {
                "before" => approx_before.add(form, ()),
                "after" => approx_after.add(form, ()),
                _ => {}
            }
        }
    }
    Lexicon {
        words,
        currencies,
        units,
        percent,
        approx_before,
        approx_after,
    }
}

/// A Hindi word as the lists spell it: nukta dropped (फ़ → फ, ड़ → ड),
/// chandrabindu read as anusvara (पाँच → पांच). Other words as they are.
pub(crate) fn fold(w: &str) -> Cow<'_, str> {
    let needs = w
        .chars()
        .any(|c| c == '\u{093C}' || c == '\u{0901}' || ('\u{0958}'..='\u{095F}').contains(&c));
    if needs {
        Cow::Owned(fold_chars(w).collect())
    } else {
        Cow::Borrowed(w)
    }
}

/// The chars of `w` folded as [`fold`] folds them, without allocating.
fn fold_chars(w: &str) -> impl Iterator<Item = char> + '_ {
    w.chars().filter_map(|c| match c {
        '\u{093C}' => None,
        '\u{0901}' => Some('\u{0902}'),
        '\u{0958}' => Some('क'),
        '\u{0959}' => Some('ख'),
        '\u{095A}' => Some('ग'),
        '\u{095B}' => Some('ज'),
        '\u{095C}' => Some('ड'),
        '\u{095D}' => Some('ढ'),
        '\u{095E}' => Some('फ'),
        '\u{095F}' => Some('य'),
        c => Some(c),
    })
}

/// Whether `w` folded is `t` (a form of the lists, already folded).
pub(crate) fn fold_eq(w: &str, t: &str) -> bool {
    fold_chars(w).eq(t.chars())
}

/// Calls `f` with `w` folded: on the stack for a word of up to 120 bytes
/// (every word of the lists), so a lookup per token allocates nothing.
pub(crate) fn with_fold<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if w.is_ascii()
        || !w
            .chars()
            .any(|c| c == '\u{093C}' || c == '\u{0901}' || ('\u{0958}'..='\u{095F}').contains(&c))
    {
        return f(w);
    }
    let mut buf = [0u8; 120];
    let mut len = 0usize;
    for c in fold_chars(w) {
        let n = c.len_utf8();
        match buf.get_mut(len..len + n) {
            Some(slot) => {
                c.encode_utf8(slot);
                len += n;
            }
            None => return f(&fold(w)),
        }
    }
    match buf.get(..len).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(s) => f(s),
        None => f(w),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_and_every_line_parses() {
        let lex = lexicon();
        for (table, want) in [
            (SCALES, 3usize),
            (NUMBERS, 3),
            (CURRENCIES, 3),
            (UNITS, 3),
            (PERCENT, 2),
            (APPROX, 2),
            (HANDS_OFF, 2),
            (COUNTED, 2),
            (CONTEXT, 2),
        ] {
            for cols in table.lines().filter_map(columns) {
                assert!(cols.len() >= want, "{cols:?}");
            }
        }
        assert_eq!(lex.word("करोड").and_then(|w| w.scale), Some((7, false)));
        assert_eq!(lex.word("bn").and_then(|w| w.scale), Some((9, true)));
        assert!(lex.word("crore").is_some_and(|w| w.rupees));
        assert!(!lex.word("billion").is_some_and(|w| w.rupees));
        assert!(lex.word("वर्षीय").is_some_and(|w| w.label_after));
        assert!(lex.word("sensex").is_some_and(|w| w.index));
        assert!(lex.word("rose").is_some_and(|w| w.change));
        assert!(lex.word("wheeler").is_some_and(|w| w.not_compound));
    }

    #[test]
    fn hindi_forms_fold_as_the_lists_spell_them() {
        assert_eq!(fold("करोड़"), "करोड");
        assert_eq!(fold("करो\u{095C}"), "करोड");
        assert_eq!(fold("पाँच"), "पांच");
        assert_eq!(fold("फ़ीसदी"), "फीसदी");
        assert!(matches!(fold("crore"), Cow::Borrowed(_)));
    }

    #[test]
    fn phrases_match_longest_first_both_ways() {
        let lex = lexicon();
        let fwd = ["us", "$", "5"];
        let got = lex
            .currencies
            .longest("us", |k, t| fwd.get(k).is_some_and(|w| fold_eq(w, t)));
        assert_eq!(got.map(|(c, n)| (c.code, n)), Some(("USD", 2)));
        let back = ["50", "more", "than"];
        // back(1) = "than", back(2) = "more".
        let got = lex
            .approx_before
            .ending(|k| back.len().checked_sub(k).and_then(|i| back.get(i)).copied());
        assert_eq!(got.map(|(_, n)| n), Some(2));
        // A nukta spelling matches the folded form.
        let back = ["से", "ज़्यादा"];
        let got = lex
            .approx_after
            .longest("से", |k, t| back.get(k).is_some_and(|w| fold_eq(w, t)));
        assert_eq!(got.map(|(_, n)| n), Some(2));
        assert_eq!(with_fold("करोड़", |f| f.to_string()), "करोड");
    }
}
