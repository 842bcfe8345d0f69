//! Counted nouns: what makes a bare number a count ("2,000 people",
//! "three Independents", "the [five]-match series", "[five] of the nine
//! seats", "संख्या 338 हो गई").

use super::Pass;

impl<'a> Pass<'a> {
    /// Whether a counted noun stands at `k`: a noun of the list, an English
    /// plural (lower case, capitalized or an acronym) or a Hindi oblique
    /// plural (-ों), perhaps after up to three modifiers, a hyphenated one
    /// counting as one, and quotation marks
    /// ("2,000 new cases", "200 tea garden workers", "508 नए मामले",
    /// "three Independents", "40 BJP MLAs", "six gold-plated stars",
    /// "30 “undisclosed” flats").
    pub(super) fn counted_noun(&self, k: usize) -> bool {
        let mut j = k;
        let mut modifiers = 0;
        while modifiers <= 3 {
            if matches!(self.w(j), "\"" | "“" | "”" | "'" | "‘" | "’") {
                j += 1;
                continue;
            }
            if self.noun(j) {
                return true;
            }
            if !self.modifier(j) {
                return false;
            }
            // "gold-plated", "all-party": one modifier.
            if self.w(j + 1) == "-"
                && self.glued(j)
                && self.glued(j + 1)
                && (self.modifier(j + 2) || self.noun(j + 2))
            {
                j += 2;
            }
            j += 1;
            modifiers += 1;
        }
        false
    }

    /// The text of token `j` when it is a word.
    fn raw(&self, j: usize) -> Option<&'a str> {
        self.toks
            .get(j)
            .filter(|t| t.word)
            .and_then(|t| self.text.get(t.start..t.end))
    }

    /// The lists' entry of token `j`, unless the word is listed only for
    /// the context it gives ([`super::lexicon::Word::context_only`]).
    fn listed(&self, j: usize) -> Option<&'static super::lexicon::Word> {
        self.word(j).filter(|w| !w.context_only())
    }

    /// A plural noun at token `j` (see [`Pass::counted_noun`]).
    fn noun(&self, j: usize) -> bool {
        let Some(raw) = self.raw(j) else {
            return false;
        };
        let w = self.listed(j);
        if w.is_some_and(|w| w.counted) {
            return true;
        }
        if w.is_some() {
            return false;
        }
        let plural = |s: &str| {
            s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is")
        };
        // English plurals, lower case or capitalized ("Independents",
        // "Tests", "Palestinians").
        let english = raw.len() >= 4
            && plural(raw)
            && raw.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && raw.as_bytes()[0].is_ascii_alphabetic();
        // "2898 AD shows the …": a verb before its object, not a plural noun
        // ("a" and "an" may follow a noun: "two athletes a bit more").
        if matches!(
            self.w(j + 1),
            "the" | "its" | "his" | "her" | "their" | "our" | "not"
        ) && raw.bytes().all(|b| b.is_ascii_lowercase())
        {
            return false;
        }
        // "MLAs", "MPs", "FIRs": an acronym in the plural.
        let acronym = raw.len() >= 3
            && raw.ends_with('s')
            && raw[..raw.len() - 1].bytes().all(|b| b.is_ascii_uppercase());
        // Hindi oblique plurals (नागरिकों), and English plurals written in
        // Devanagari (किट्स, डॉक्टर्स).
        let hindi = (raw.ends_with("\u{094B}\u{0902}") || raw.ends_with("\u{094D}\u{0938}"))
            && raw.chars().count() >= 4;
        english || acronym || hindi
    }

    /// A modifier at token `j`: an English word (lower case, capitalized
    /// or an acronym: "new", "Congress", "BJP") or a Devanagari word that
    /// the lists do not know (so not a function word, a unit, a scale).
    fn modifier(&self, j: usize) -> bool {
        self.raw(j).is_some_and(|r| {
            let b = r.as_bytes();
            self.listed(j).is_none()
                && !b.iter().any(u8::is_ascii_digit)
                && (r.len() >= 3 && b.iter().all(u8::is_ascii_lowercase)
                    // "three Congress MLAs"
                    || r.len() >= 3
                        && b[0].is_ascii_uppercase()
                        && b.iter().skip(1).all(u8::is_ascii_lowercase)
                    // "40 BJP MLAs"
                    || (2..=5).contains(&r.len()) && b.iter().all(u8::is_ascii_uppercase)
                    || r.chars().all(|c| ('\u{0900}'..='\u{0963}').contains(&c)))
        })
    }

    /// Whether the number before token `k` counts the head of a hyphenated
    /// compound that names a noun after it: "the five-match series", "the
    /// 90-member Assembly", "a 5,000-strong crowd". Not scores, multipliers
    /// or vehicle names ("a 44-run win", "three-fold", "a two-wheeler";
    /// `not_compound` in `context.tsv`); durations and ages are the time
    /// stage's and the labels' ("five-day", "45-year-old").
    pub(super) fn compound_head(&self, k: usize) -> bool {
        if self.w(k) != "-" || !self.glued(k - 1) || !self.glued(k) {
            return false;
        }
        let head = k + 1;
        let Some(raw) = self.raw(head) else {
            return false;
        };
        let b = raw.as_bytes();
        let word_like = raw.len() >= 3
            && b[0].is_ascii_alphabetic()
            && b.iter().skip(1).all(u8::is_ascii_lowercase);
        let off = self
            .word(head)
            .is_some_and(|w| w.not_compound || w.label_after || (!w.context_only() && !w.counted));
        // The compound names a noun: a word follows it.
        word_like && !off && self.is_word(head + 1)
    }

    /// Whether a partitive follows the number at token `k`: "[five] of the
    /// nine Lok Sabha seats", "[233] out of the 288 seats", "more than
    /// [200] of our channels", "[240] of 543 seats".
    pub(super) fn partitive(&self, k: usize) -> bool {
        let mut j = match (self.w(k), self.w(k + 1)) {
            ("of", _) => k + 1,
            ("out", "of") => k + 2,
            _ => return false,
        };
        let det = matches!(
            self.w(j),
            "the" | "our" | "their" | "its" | "these" | "those" | "his" | "her" | "all"
        );
        if det {
            j += 1;
        }
        let number = self.starts_with_digit(j) || self.word(j).is_some_and(|w| w.number.is_some());
        if number {
            match self.amount(j) {
                Some(a) if a.suffix.is_empty() => j = a.end,
                _ => return false,
            }
        }
        // "[240] of 543 seats": without a determiner, the whole's number.
        (det || number) && self.counted_noun(j)
    }

    /// Whether a Hindi tally word or counted noun stands just before token
    /// `i`, perhaps with a linking word between ("संख्या 338 हो गई",
    /// "संख्या बढ़कर 7027", "ऐसे मरीज 30,255 हो गये").
    pub(super) fn tallied(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..4 {
            let Some(prev) = j.checked_sub(1) else {
                return false;
            };
            match self.word(prev) {
                Some(w) if w.tally || w.counted => {
                    let hindi = self
                        .w(prev)
                        .chars()
                        .any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
                    // A word that is also a label ("वार्ड संख्या 5") names a
                    // count only after की or कुल ("मरीजों की संख्या 338").
                    let named = !w.label_before
                        || prev
                            .checked_sub(1)
                            .is_some_and(|p| matches!(self.w(p), "की" | "कुल"));
                    return hindi && named;
                }
                Some(w) if w.tally_link => j = prev,
                // "संख्या 304 से घटकर 6,806": the count it changed from.
                _ if self.w(prev) == "से" && prev > 0 && self.starts_with_digit(prev - 1) => {
                    let mut p = prev - 1;
                    while p >= 2
                        && self.w(p - 1) == ","
                        && self.glued(p - 2)
                        && self.starts_with_digit(p - 2)
                    {
                        p -= 2;
                    }
                    j = p;
                }
                _ => return false,
            }
        }
        false
    }
}
