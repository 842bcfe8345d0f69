//! Contextual rules that propose mentions: gazetteer hits, titles and
//! honorifics, organization and facility forms, acronyms, apposition and
//! Hindi case markers.
//!
//! English: maximal runs of capitalized words (joined by "of", "the", "and",
//! "&") are cut into a title part ("Defence Minister", "Union Minister of
//! Health & Family Welfare", "Mr.") and a name part, and the name part is
//! typed by the gazetteer, by its last word (Ministry/Party → ORG, Centre →
//! FAC, Summit → EVENT, River → LOC), as an acronym (TASS → ORG), or as a
//! person. Sentence-initial common words ("Discussed"), months and weekdays
//! and function words never start a name.
//!
//! Hindi has no capitals: names come from the Devanagari gazetteer (one
//! Aho-Corasick pass), from titles before them ("रक्षा मंत्री राजनाथ सिंह ने"),
//! which end at a case marker or function word, from "… जी", and from
//! organization forms ("रक्षा मंत्रालय", "… आयोग").

use crate::entities::lexicon::{class, is_deva, Known, Lexicon};
use crate::entities::tokens::{Kind, Tok};
use crate::entities::translit;
use crate::model::EntityType;
use crate::segment::chars;
use crate::util::strip_possessive;

/// How much a proposed mention is trusted when proposals overlap.
pub(crate) mod prio {
    /// A default guess (a capitalized pair with no other evidence): kept
    /// only where the tagger saw something too.
    pub const WEAK: u8 = 1;
    /// A typed guess the tagger may overrule (an acronym, "… मंत्रालय").
    pub const FILL: u8 = 2;
    /// A repeat of a name already found, or the learned tagger.
    pub const REPEAT: u8 = 3;
    /// A typed form: "… Ministry", "… Centre".
    pub const FORM: u8 = 4;
    /// Gazetteer hits and title-cued names.
    pub const STRONG: u8 = 5;
}

/// A proposed mention.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub prio: u8,
    /// A title attached to it ("Defence Minister").
    pub role: Option<String>,
    /// The gazetteer's canonical name, when it came from there.
    pub canonical: Option<&'static str>,
}

/// A title with no name after it ("the Defence Minister said").
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RoleOnly {
    pub start: usize,
    pub end: usize,
    pub role: String,
}

/// Everything the rules found in one document.
#[derive(Default)]
pub(crate) struct Found {
    pub raws: Vec<Raw>,
    /// Titles without a name.
    pub roles: Vec<RoleOnly>,
}

/// One processed piece of a run, for apposition.
enum Unit {
    /// A name: index into `raws`.
    Name(usize),
    /// A title with no name: the role, its token range.
    Title(String),
}

/// The rules over one sentence's tokens.
pub(crate) struct Rules<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub toks: &'a [Tok],
}

/// The longest run of capitalized words read as one name.
const MAX_RUN: usize = 40;
/// The longest title ("Union Minister of State for Health & Family Welfare").
const MAX_TITLE: usize = 12;

/// "FY24", "FY2025", "Q3FY25": a fiscal period, which the time stage
/// reads, never a name.
pub(crate) fn fiscal_year(word: &str) -> bool {
    let w = word
        .strip_prefix(['Q', 'H'])
        .map_or(word, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    w.strip_prefix("FY")
        .is_some_and(|y| (2..=4).contains(&y.len()) && y.bytes().all(|b| b.is_ascii_digit()))
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|&c| chars::is_alphabetic(c)).count();
    (2..=12).contains(&letters)
        && w.chars().count() <= 14
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
}

impl<'a> Rules<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The word without a possessive ("Putin's", "Ministers'").
    fn bare(&self, i: usize) -> &'a str {
        strip_possessive(self.word(i))
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_latin_cap(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
            && self
                .word(i)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() && !is_deva(&c.to_string()))
    }

    fn is_deva_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && is_deva(self.word(i))
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.word(i) == p
    }

    /// The gazetteer entry for `s`, also for "LONDON" (all capitals, as in
    /// datelines and headlines) and "U.S." (dotted).
    fn known(&self, s: &str) -> Option<Known> {
        if let Some(k) = self.lex.names.get(s) {
            return Some(*k);
        }
        if s.contains('.') {
            let undotted: String = s.chars().filter(|&c| c != '.').collect();
            if let Some(k) = self.lex.names.get(undotted.as_str()) {
                return Some(*k);
            }
        }
        if s.chars().filter(|&c| chars::is_alphabetic(c)).count() >= 4
            && !s.chars().any(char::is_lowercase)
        {
            let mut titled = String::with_capacity(s.len());
            let mut start = true;
            for c in s.chars() {
                if start {
                    titled.push(c);
                } else {
                    titled.extend(c.to_lowercase());
                }
                start = c == ' ' || c == '-';
            }
            return self.lex.names.get(titled.as_str()).copied();
        }
        None
    }

    /// Whether the sentence is set in capitals (a headline, a dateline, a
    /// sports table): capitalization then says nothing about names.
    fn shouting(&self) -> bool {
        let mut caps = 0;
        let mut words = 0;
        for (k, t) in self.toks.iter().enumerate() {
            if t.kind != Kind::Word || is_deva(self.word(k)) {
                continue;
            }
            let w = self.word(k);
            if w.chars().filter(|&c| chars::is_alphabetic(c)).count() < 2 {
                continue;
            }
            words += 1;
            if !w.chars().any(char::is_lowercase) {
                caps += 1;
            }
        }
        words >= 3 && caps * 10 >= words * 6
    }

    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.toks.get(a).map_or(0, |t| t.start);
        let end = self.toks.get(b.saturating_sub(1)).map_or(start, |t| t.end);
        (start, end.max(start))
    }

    /// The end of the last token of `a..b` without its possessive.
    fn name_end(&self, b: usize) -> usize {
        let Some(t) = self.toks.get(b.saturating_sub(1)) else {
            return 0;
        };
        let w = self.word(b - 1);
        t.end - (w.len() - strip_possessive(w).len())
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    fn push(
        &self,
        found: &mut Found,
        start: usize,
        end: usize,
        kind: EntityType,
        prio: u8,
    ) -> usize {
        let canonical = self.known(self.slice(start, end)).map(|k| k.canonical);
        found.raws.push(Raw {
            start,
            end,
            kind,
            prio,
            role: None,
            canonical,
        });
        found.raws.len() - 1
    }

    /// Runs every rule over the sentence.
    pub fn run(&self, found: &mut Found) {
        self.english(found);
        self.hindi(found);
    }

    // ----- English -------------------------------------------------------

    fn is_connector(&self, i: usize) -> bool {
        let w = self.word(i);
        (self.kind(i) == Some(Kind::Word)
            && w.chars().next().is_some_and(char::is_lowercase)
            && self.lex.is(w, class::CONNECTOR))
            || self.is_punct(i, "&")
    }

    /// A dot that belongs to an abbreviation inside a name ("Mr.", "J.P.").
    fn is_inner_dot(&self, i: usize) -> bool {
        if !self.is_punct(i, ".") || i == 0 {
            return false;
        }
        let prev = self.word(i - 1);
        let adjacent = self.toks[i - 1].end == self.toks[i].start;
        adjacent
            && (self.lex.is(
                prev,
                class::HONORIFIC | class::TITLE_HEAD | class::TITLE_MOD,
            ) || prev.split('.').all(|p| p.chars().count() == 1))
    }

    fn english(&self, found: &mut Found) {
        let n = self.toks.len();
        if self.shouting() {
            self.shouted(found);
            return;
        }
        let mut i = 0;
        let mut units: Vec<(usize, usize, Unit)> = Vec::new();
        while i < n {
            if !self.is_latin_cap(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                if self.word(j - 1) != self.bare(j - 1) {
                    break; // a possessive ends the name
                }
                if j < n && self.is_latin_cap(j) {
                    j += 1;
                } else if j + 1 < n
                    && (self.is_inner_dot(j) || self.is_connector(j))
                    && self.is_latin_cap(j + 1)
                {
                    j += 2;
                } else if j + 2 < n
                    && self.is_connector(j)
                    && self.is_connector(j + 1)
                    && self.is_latin_cap(j + 2)
                {
                    j += 3;
                } else {
                    break;
                }
            }
            // No name is 40 words long; a longer run (a list, a table)
            // is read as its first 40 words so the rules stay linear.
            for (a, b) in self.split_conjunction(i, j.min(i + MAX_RUN)) {
                self.process_run(a, b, found, &mut units);
            }
            i = j;
        }
        self.apposition(&units, found);
    }

    /// In a sentence set in capitals only the gazetteer speaks: the longest
    /// known name (up to three words) at each word.
    fn shouted(&self, found: &mut Found) {
        let n = self.toks.len();
        let mut k = 0;
        while k < n {
            if self.kind(k) != Some(Kind::Word) || is_deva(self.word(k)) {
                k += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=3).rev() {
                let b = k + len;
                if b > n || (k..b).any(|j| self.kind(j) != Some(Kind::Word)) {
                    continue;
                }
                let (s, _) = self.span(k, b);
                let e = self.name_end(b);
                if let Some(kn) = self.known(self.slice(s, e)) {
                    hit = Some((b, s, e, kn));
                    break;
                }
            }
            match hit {
                Some((b, s, e, kn)) => {
                    self.push(found, s, e, kn.kind, prio::STRONG);
                    k = b;
                }
                None => k += 1,
            }
        }
    }

    /// Splits "Narendra Modi and Russian President Vladimir Putin" at "and",
    /// but keeps "Ministry of Health and Family Welfare" and "Trinidad and
    /// Tobago" whole.
    fn split_conjunction(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let (s, e) = self.span(a, b);
        if self.known(self.slice(s, e)).is_some() {
            return vec![(a, b)];
        }
        let mut seen_of = false;
        let mut formy = false;
        for k in a..b {
            let w = self.word(k);
            if w == "of" || w == "on" || w == "for" {
                seen_of = true;
            }
            if self
                .lex
                .is(w, class::ORG_HEAD | class::FAC_SUFFIX | class::EVENT_SUFFIX)
            {
                formy = true;
            }
        }
        let mut parts = Vec::new();
        let mut start = a;
        let mut of_before = false;
        for k in a..b {
            let w = self.word(k);
            if w == "of" || w == "on" || w == "for" {
                of_before = true;
            }
            if (w == "and" || w == "&") && !of_before && !(formy && seen_of) && k > start {
                parts.push((start, k));
                start = k + 1;
            }
        }
        if start < b {
            parts.push((start, b));
        }
        parts
    }

    /// A title at `p`: returns the index past its last token, or `None`.
    fn title_at(&self, p: usize, b: usize) -> Option<usize> {
        let b = b.min(p + MAX_TITLE);
        let mut k = p;
        let mut last_key = None;
        while k < b {
            let w = self.bare(k);
            let c = self.lex.class(w);
            if c & (class::TITLE_HEAD | class::HONORIFIC) != 0 {
                last_key = Some(k);
                k += 1;
                if self.is_inner_dot(k) {
                    k += 1;
                }
            } else if c & class::TITLE_MOD != 0
                || self.known(w).is_some_and(|kn| {
                    matches!(kn.kind, EntityType::Norp | EntityType::Gpe)
                        && k + 1 < b
                        && self
                            .lex
                            .is(self.bare(k + 1), class::TITLE_HEAD | class::TITLE_MOD)
                })
                || (self.is_connector(k)
                    && last_key.is_some()
                    && k + 1 < b
                    && self.lex.is(self.bare(k + 1), class::TITLE_MOD))
            {
                k += 1;
            } else {
                break;
            }
        }
        let last = last_key?;
        // Modifiers after the head belong to it only as "of …" ("Minister of
        // Health & Family Welfare").
        let after_head = last + 1;
        if k > after_head && self.word(after_head) == "of" {
            Some(k)
        } else {
            Some(after_head + usize::from(self.is_inner_dot(after_head)))
        }
    }

    /// The start of a title head (with the modifiers before it) inside
    /// `p..b`, when 1–3 uncommon name words follow it to the end of the run.
    fn inner_title(&self, p: usize, b: usize) -> Option<usize> {
        let h = (p + 1..b.min(p + MAX_TITLE)).find(|&k| {
            self.lex.is(self.bare(k), class::TITLE_HEAD)
                && !self.lex.is(self.bare(k), class::TITLE_MOD)
        })?;
        let after = h + 1 + usize::from(self.is_inner_dot(h + 1));
        let rest = b.checked_sub(after)?;
        if !(1..=3).contains(&rest)
            || (after..b).any(|k| {
                self.kind(k) != Some(Kind::Word)
                    || self.lex.common(self.bare(k))
                    || self
                        .lex
                        .is(self.bare(k), class::TITLE_HEAD | class::CONNECTOR)
            })
        {
            return None;
        }
        let mut start = h;
        while start > p && self.lex.is(self.bare(start - 1), class::TITLE_MOD) {
            start -= 1;
        }
        (start > p).then_some(start)
    }

    /// The role text of a title: without honorifics and courtesy words.
    fn role_text(&self, a: usize, b: usize) -> Option<String> {
        let courtesy = |w: &str| {
            matches!(
                w,
                "Hon'ble" | "Honourable" | "Honorable" | "His" | "Her" | "Excellency"
            ) || self.lex.is(w, class::HONORIFIC)
        };
        let mut s = a;
        let mut e = b;
        while s < e && (courtesy(self.bare(s)) || self.is_punct(s, ".")) {
            s += 1;
        }
        while e > s && (courtesy(self.bare(e - 1)) || self.is_punct(e - 1, ".")) {
            e -= 1;
        }
        if s >= e || !(s..e).any(|k| self.lex.is(self.bare(k), class::TITLE_HEAD)) {
            return None;
        }
        let (start, _) = self.span(s, e);
        Some(self.slice(start, self.name_end(e)).to_string())
    }

    fn strippable(&self, k: usize) -> bool {
        let w = self.bare(k);
        let c = self.lex.class(w);
        c & (class::EN_STOP | class::CALENDAR | class::CONNECTOR) != 0
            || self.is_punct(k, ".")
            || (self.toks.get(k).is_some_and(|t| t.initial) && self.lex.common(w))
    }

    fn process_run(
        &self,
        a: usize,
        b: usize,
        found: &mut Found,
        units: &mut Vec<(usize, usize, Unit)>,
    ) {
        let mut p = a;
        let mut role: Option<String> = None;
        let mut cued = false;
        // A known name of up to four words starting at `p` and ending after
        // word `from`.
        let known_at = |p: usize, from: usize| {
            (from.max(p) + 1..=b.min(p + 4)).any(|k| {
                let (s, _) = self.span(p, k);
                self.known(self.slice(s, self.name_end(k))).is_some()
            })
        };
        while p < b {
            // A known name that reaches past a title is a name: "Sri Lanka",
            // not the honorific "Sri" before "Lanka" (but "Russian
            // President" is a title that holds a known word).
            if let Some(t_end) = self.title_at(p, b).filter(|&t| !known_at(p, t)) {
                // Demonyms and places inside the title are mentions too.
                for k in p..t_end {
                    let w = self.bare(k);
                    if let Some(kn) = self.known(w) {
                        if matches!(kn.kind, EntityType::Norp | EntityType::Gpe) {
                            let s = self.toks[k].start;
                            self.push(found, s, s + w.len(), kn.kind, prio::STRONG);
                        }
                    }
                }
                let mut end = t_end;
                // "… Minister of the Russian Federation": the complement.
                if end < b && self.word(end) == "of" {
                    let mut c = end + 1;
                    if c < b && self.word(c) == "the" {
                        c += 1;
                    }
                    let (cs, _) = self.span(c, b);
                    let ce = self.name_end(b);
                    if c < b {
                        if let Some(kn) = self.known(self.slice(cs, ce)) {
                            if matches!(
                                kn.kind,
                                EntityType::Gpe | EntityType::Org | EntityType::Loc
                            ) {
                                self.push(found, cs, ce, kn.kind, prio::STRONG);
                                end = b;
                            }
                        }
                    }
                }
                role = self.role_text(p, end).or(role);
                cued = true;
                p = end;
                if p >= b {
                    if let Some(r) = role.take() {
                        units.push((a, b, Unit::Title(r)));
                    }
                    return;
                }
                continue;
            }
            // "New Delhi" opens the sentence: a known name is not stripped.
            if self.strippable(p) && !known_at(p, p) {
                p += 1;
                continue;
            }
            // A title inside the run: "Federal Reserve Governor Lawrence
            // Lindsey" is an organization, then a title, then a name.
            if !cued {
                if let Some(h) = self.inner_title(p, b) {
                    self.classify(p, h, found, false);
                    p = h;
                    continue;
                }
            }
            break;
        }
        if p >= b {
            return;
        }
        if let Some(idx) = self.classify(p, b, found, cued) {
            if let Some(r) = role {
                found.raws[idx].role = Some(r);
            }
            units.push((a, b, Unit::Name(idx)));
        }
    }

    /// Types the name part `a..b` of a run. Returns the index of the raw
    /// mention that a title before it describes.
    fn classify(&self, a: usize, mut b: usize, found: &mut Found, cued: bool) -> Option<usize> {
        let suffix = class::ORG_HEAD | class::FAC_SUFFIX | class::EVENT_SUFFIX | class::LOC_SUFFIX;
        while b > a
            && self.strippable(b - 1)
            && !self.lex.is(self.bare(b - 1), class::CONNECTOR | suffix)
        {
            b -= 1;
        }
        while b > a && (self.is_connector(b - 1) || self.is_punct(b - 1, ".")) {
            b -= 1;
        }
        if b <= a {
            return None;
        }
        let (start, _) = self.span(a, b);
        let end = self.name_end(b);
        let full = self.slice(start, end);
        if let Some(kn) = self.known(full) {
            return Some(self.push(found, start, end, kn.kind, prio::STRONG));
        }
        let words: Vec<&str> = (a..b).map(|k| self.bare(k)).collect();
        let n = words.len();
        let last = words[n - 1];
        let is_name_word = |k: usize| self.kind(k) == Some(Kind::Word) && !self.is_connector(k);
        let name_words = (a..b).filter(|&k| is_name_word(k)).count();
        let uncommon = (a..b).any(|k| is_name_word(k) && !self.lex.common(self.bare(k)));

        // "SCO Summit", "India-Russia Annual Summit".
        if n >= 2 && self.lex.is(last, class::EVENT_SUFFIX) {
            let prefix_org = n == 2 && is_acronym(words[0])
                || self
                    .known(self.slice(start, self.toks[b - 2].end))
                    .is_some_and(|k| k.kind == EntityType::Org)
                || words[..n - 1]
                    .iter()
                    .any(|w| self.lex.is(w, class::ORG_HEAD));
            if prefix_org {
                return self.classify(a, b - 1, found, cued);
            }
            let prefix_uncommon =
                (a..b - 1).any(|k| is_name_word(k) && !self.lex.common(self.bare(k)));
            if prefix_uncommon {
                return Some(self.push(found, start, end, EntityType::Event, prio::FORM));
            }
            return None;
        }
        // "Kremlin"-like facilities, "Manekshaw Centre".
        if n >= 2 && self.lex.is(last, class::FAC_SUFFIX) && uncommon {
            return Some(self.push(found, start, end, EntityType::Fac, prio::FORM));
        }
        if n >= 2 && self.lex.is(last, class::LOC_SUFFIX) && uncommon {
            return Some(self.push(found, start, end, EntityType::Loc, prio::FORM));
        }
        if name_words >= 2 && words.iter().any(|w| self.lex.is(w, class::ORG_HEAD)) {
            return Some(self.push(found, start, end, EntityType::Org, prio::FORM));
        }
        // "S-400", "Su-57": model designations.
        if words
            .iter()
            .any(|w| w.contains('-') && w.chars().any(|c| c.is_ascii_digit()))
        {
            return Some(self.push(found, start, end, EntityType::Product, prio::REPEAT));
        }
        // Hyphenated place pairs: "India-Russia ties".
        let mut first_result = None;
        let mut rest_start = a;
        for k in a..b {
            let w = self.bare(k);
            if w.contains('-') {
                let parts: Vec<&str> = w.split('-').collect();
                if parts.len() >= 2
                    && parts
                        .iter()
                        .all(|p| self.known(p).is_some_and(|kn| kn.kind == EntityType::Gpe))
                {
                    let mut off = self.toks[k].start;
                    for part in parts {
                        let idx =
                            self.push(found, off, off + part.len(), EntityType::Gpe, prio::STRONG);
                        first_result.get_or_insert(idx);
                        off += part.len() + 1;
                    }
                    if k == rest_start {
                        rest_start = k + 1;
                    }
                }
            }
        }
        if first_result.is_some() {
            // Recurse only on a strictly shorter span: when the pair is not
            // at the start ("Defence India-Russia"), `rest_start` has not
            // moved and recursing would never end (found by fuzzing).
            if rest_start > a && rest_start < b {
                return self.classify(rest_start, b, found, false).or(first_result);
            }
            return first_result;
        }
        if n == 1 {
            if is_acronym(last)
                && !fiscal_year(last)
                && !self
                    .lex
                    .is(last, class::TITLE_HEAD | class::CALENDAR | class::EN_STOP)
                && !self.lex.common(last)
            {
                return Some(self.push(found, start, end, EntityType::Org, prio::FILL));
            }
            if cued && !self.lex.is(last, class::EN_STOP | class::CALENDAR) {
                return Some(self.push(found, start, end, EntityType::Person, prio::STRONG));
            }
            return None;
        }
        if !(2..=4).contains(&n) || words.iter().any(|w| self.lex.is(w, class::CALENDAR)) {
            return None;
        }
        if !uncommon && !cued {
            return None;
        }
        let p = if cued { prio::STRONG } else { prio::WEAK };
        Some(self.push(found, start, end, EntityType::Person, p))
    }

    /// "Union Minister of Health, Jagat Prakash Nadda" and "Mikhail
    /// Murashko, the Health Minister of the Russian Federation": a title and
    /// a name separated by a comma describe each other.
    fn apposition(&self, units: &[(usize, usize, Unit)], found: &mut Found) {
        for pair in units.windows(2) {
            let (_, b0, ref u0) = pair[0];
            let (a1, b1, ref u1) = pair[1];
            let between: Vec<&str> = (b0..a1).map(|k| self.word(k)).collect();
            let comma = matches!(between.as_slice(), [","] | [",", "the" | "a" | "an"]);
            if !comma {
                continue;
            }
            match (u0, u1) {
                (Unit::Title(r), Unit::Name(i)) | (Unit::Name(i), Unit::Title(r)) => {
                    let raw = &mut found.raws[*i];
                    if raw.kind == EntityType::Person && raw.role.is_none() {
                        raw.role = Some(r.clone());
                        raw.prio = raw.prio.max(prio::STRONG);
                    }
                }
                _ => {}
            }
            let _ = b1;
        }
        for (a, b, u) in units {
            if let Unit::Title(r) = u {
                let (s, e) = self.span(*a, *b);
                found.roles.push(RoleOnly {
                    start: s,
                    end: e,
                    role: r.clone(),
                });
            }
        }
    }

    // ----- Hindi ---------------------------------------------------------

    fn deva_name_word(&self, k: usize) -> bool {
        self.is_deva_word(k) && {
            let w = self.word(k);
            !self.lex.hindi_stop(w)
                && !self.lex.is(
                    w,
                    class::TITLE_HEAD | class::TITLE_MOD | class::HONORIFIC | class::NAME_SUFFIX,
                )
        }
    }

    fn hindi(&self, found: &mut Found) {
        let n = self.toks.len();
        let mut k = 0;
        while k < n {
            if !self.is_deva_word(k) {
                k += 1;
                continue;
            }
            let w = self.word(k);
            let c = self.lex.class(w);
            // Titles: "रक्षा मंत्री राजनाथ सिंह", "रूसी राष्ट्रपति व्लादिमीर पुतिन", "श्री …".
            if c & (class::TITLE_HEAD | class::TITLE_MOD | class::HONORIFIC) != 0
                || self.known(w).is_some_and(|kn| kn.kind == EntityType::Norp)
            {
                let mut j = k;
                let mut last_key = None;
                while j < n && j < k + MAX_TITLE && self.is_deva_word(j) {
                    let cj = self.lex.class(self.word(j));
                    if cj & (class::TITLE_HEAD | class::HONORIFIC) != 0 {
                        last_key = Some(j);
                    } else if cj & class::TITLE_MOD == 0
                        && self
                            .known(self.word(j))
                            .is_none_or(|kn| kn.kind != EntityType::Norp)
                    {
                        break;
                    }
                    j += 1;
                }
                if let Some(last) = last_key {
                    // "डॉ. विलियम": the abbreviation's dot.
                    let t_end = last + 1 + usize::from(self.is_punct(last + 1, "."));
                    let mut e = t_end;
                    while e < n && e < t_end + 3 && self.deva_name_word(e) && !self.is_place(e) {
                        e += 1;
                    }
                    let role = self.hindi_role(k, t_end);
                    if e > t_end {
                        let (s, en) = self.span(t_end, e);
                        let idx = self.push(found, s, en, EntityType::Person, prio::STRONG);
                        found.raws[idx].role = role;
                        k = e;
                        continue;
                    } else if let Some(r) = role {
                        let (s, en) = self.span(k, t_end);
                        found.roles.push(RoleOnly {
                            start: s,
                            end: en,
                            role: r,
                        });
                    }
                    k = t_end;
                    continue;
                }
            }
            // "मोदी जी": the word(s) before the respectful suffix.
            if self.lex.is(w, class::NAME_SUFFIX)
                && k > 0
                && self.deva_name_word(k - 1)
                && !self.is_place(k - 1)
            {
                let mut s = k - 1;
                if s > 0 && self.deva_name_word(s - 1) && !self.is_place(s - 1) {
                    s -= 1;
                }
                let (start, end) = self.span(s, k);
                self.push(found, start, end, EntityType::Person, prio::FORM);
            }
            // Organization forms: "रक्षा मंत्रालय", "भारत-रूस अंतर-सरकारी आयोग".
            if c & class::ORG_HEAD != 0 && k > 0 {
                // Back over portfolio words ("गृह"), hyphenated
                // compounds ("अंतर-सरकारी") and places; any other word only
                // right before the head.
                let mut s = k;
                while s > 0 && k - s < 4 && self.is_deva_word(s - 1) {
                    let p = self.word(s - 1);
                    // "श्रम एवं रोजगार मंत्रालय": a conjunction between two
                    // name words.
                    if matches!(p, "एवं" | "तथा" | "और")
                        && s >= 2
                        && self.is_deva_word(s - 2)
                        && !self.lex.hindi_stop(self.word(s - 2))
                        && s < k
                    {
                        s -= 2;
                        continue;
                    }
                    let stop = self.lex.hi_stop.contains(p)
                        || self.lex.is(p, class::POSTPOSITION | class::CALENDAR);
                    let strong =
                        self.lex.is(p, class::TITLE_MOD) || p.contains('-') || self.is_place(s - 1);
                    if !(strong || (!stop && s == k)) {
                        break;
                    }
                    s -= 1;
                    // A country or demonym opens the name: "भारतीय नौसेना".
                    if self.is_place(s) {
                        break;
                    }
                }
                if s < k {
                    let (start, end) = self.span(s, k + 1);
                    // Opened by a country or demonym, it outranks that word.
                    let p = if self.is_place(s) {
                        prio::STRONG
                    } else {
                        prio::FILL
                    };
                    self.push(found, start, end, EntityType::Org, p);
                }
            }
            k += 1;
        }
    }

    /// Whether the word at `k` is a gazetteer place (so not a person's name).
    fn is_place(&self, k: usize) -> bool {
        self.known(self.word(k)).is_some_and(|kn| {
            matches!(
                kn.kind,
                EntityType::Gpe | EntityType::Loc | EntityType::Norp
            )
        })
    }

    fn hindi_role(&self, a: usize, b: usize) -> Option<String> {
        let mut s = a;
        let mut b = b;
        while s < b && self.lex.is(self.word(s), class::HONORIFIC) {
            s += 1;
        }
        // "विदेश मंत्री डॉ. एस. जयशंकर": the honorific closing the title is
        // not part of the role.
        while b > s
            && (self.lex.is(self.word(b - 1), class::HONORIFIC) || self.is_punct(b - 1, "."))
        {
            b -= 1;
        }
        if s >= b || !(s..b).any(|k| self.lex.is(self.word(k), class::TITLE_HEAD)) {
            return None;
        }
        let (start, end) = self.span(s, b);
        Some(self.slice(start, end).to_string())
    }
}

/// Whether `c` continues a word, for matches that must stand as whole
/// words: letters, digits and Devanagari (its marks included), not the
/// danda.
fn deva_word_char(c: char) -> bool {
    chars::is_alphanumeric(c)
        || ('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}'
}

/// Whether the match `start..end` of `text` stands as a whole word: no
/// word char ([`deva_word_char`]) right before or right after it.
pub(crate) fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(deva_word_char) && !after.is_some_and(deva_word_char)
}

/// The Devanagari gazetteer over the whole text: one Aho-Corasick pass,
/// kept only where the match is a whole word.
pub(crate) fn deva_gazetteer(text: &str, lex: &Lexicon, found: &mut Found) {
    let Some(ac) = lex.deva.as_ref() else {
        return;
    };
    let mut matched: Vec<(usize, usize)> = Vec::new();
    let mut places: Vec<(usize, usize)> = Vec::new();
    for m in ac.find_iter(text) {
        if !whole_word(text, m.start(), m.end()) {
            continue;
        }
        matched.push((m.start(), m.end()));
        let Some(name) = lex.deva_names.get(m.pattern().as_usize()) else {
            continue;
        };
        let Some(kn) = lex.names.get(name) else {
            continue;
        };
        // "स्वच्छ भारत अभियान", "रोम संविधि", "वियना कन्वेंशन": a place that
        // names a programme or a treaty is not a place mention.
        let place = matches!(kn.kind, EntityType::Gpe | EntityType::Loc);
        if place && names_programme(text, m.end()) {
            continue;
        }
        if place {
            places.push((m.start(), m.end()));
        }
        found.raws.push(Raw {
            start: m.start(),
            end: m.end(),
            kind: kn.kind,
            prio: prio::STRONG,
            role: None,
            canonical: Some(kn.canonical),
        });
    }
    spelled_places(text, lex, &matched, &places, found);
}

/// Devanagari spellings of the one-word places the gazetteer knows only in
/// Latin script (सांगली, सतारा, भंडारा: Indian districts are far more than
/// any list of their Hindi names), found by their spelling key. Ordinary
/// Hindi words and the lexicon's words are never looked up, and the word
/// must be a whole word of at least three letters.
///
/// Some ordinary words spell a place too (थाने = Thane, कबूल = Kabul,
/// बस्ती = Basti), so a spelling stands on its own only with evidence of a
/// place around it: a place word after it ("करनाल जिले", "मिलान शहर") or
/// a list it shares with a known place ("पुणे , सांगली , सतारा और
/// सोलापुर"). Without that it is a guess the tagger must support.
/// `matched` holds the gazetteer's own hits and `places` its places, both
/// sorted.
fn spelled_places(
    text: &str,
    lex: &Lexicon,
    matched: &[(usize, usize)],
    places: &[(usize, usize)],
    found: &mut Found,
) {
    let is_letter = |c: char| {
        ('\u{0900}'..='\u{097F}').contains(&c)
            && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0966}'..='\u{096F}')
    };
    let mut start = None;
    let mut words = Vec::new();
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_letter(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                // A word glued to Latin letters or digits is not a word.
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
                let before = text.get(..s).and_then(|t| t.chars().next_back());
                if !glued(before) && !glued(Some(c).filter(|_| i < text.len())) {
                    words.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    let mut spelled: Vec<(usize, usize, Known)> = Vec::new();
    for (s, e) in words {
        let Some(word) = text.get(s..e) else { continue };
        if word.chars().count() < 3
            || lex.hindi_common(word)
            || lex.class(word) != 0
            || lex.names.contains_key(word)
            || matched
                .get(matched.partition_point(|&(_, b)| b <= s))
                .is_some_and(|&(a, _)| a < e)
        {
            continue;
        }
        // Every place the word can be read as, by canonical name: one, or
        // the word is left alone.
        let keys = translit::spelling_keys(word);
        let mut hits = keys
            .iter()
            .filter_map(|k| lex.spelled_places().get(k))
            .flatten()
            .filter(|(name, _)| translit::spells(word, name))
            .map(|&(_, kn)| kn);
        let Some(kn) = hits.next() else { continue };
        if hits.any(|other| other.canonical != kn.canonical) {
            continue;
        }
        if names_programme(text, e) {
            continue;
        }
        spelled.push((s, e, kn));
    }
    // Confirmed: a place word follows, or a list joins the word to a
    // known or confirmed place.
    let mut sure: Vec<bool> = spelled
        .iter()
        .map(|&(_, e, _)| lex.is(next_word(text, e), class::PLACE_CUE))
        .collect();
    let listed = |a: (usize, usize), b: (usize, usize)| {
        let (first, second) = if a.0 < b.0 { (a, b) } else { (b, a) };
        text.get(first.1..second.0)
            .is_some_and(|gap| LIST_JOINS.contains(&gap.trim()))
    };
    // A known place right before or after each spelled word, by position.
    for (i, &(s, e, _)) in spelled.iter().enumerate() {
        let k = places.partition_point(|&(_, b)| b <= s);
        let before = k.checked_sub(1).and_then(|k| places.get(k));
        if before
            .into_iter()
            .chain(places.get(k))
            .any(|&p| listed((s, e), p))
        {
            sure[i] = true;
        }
    }
    // Along a list of spelled words ("पुणे , सांगली , सतारा"): forwards from
    // a confirmed word, then backwards.
    let span = |k: usize| spelled.get(k).map_or((0, 0), |&(a, b, _)| (a, b));
    for i in 1..spelled.len() {
        if !sure[i] && sure[i - 1] && listed(span(i - 1), span(i)) {
            sure[i] = true;
        }
    }
    for i in (0..spelled.len().saturating_sub(1)).rev() {
        if !sure[i] && sure[i + 1] && listed(span(i), span(i + 1)) {
            sure[i] = true;
        }
    }
    for (&(start, end, kn), ok) in spelled.iter().zip(sure) {
        found.raws.push(Raw {
            start,
            end,
            kind: kn.kind,
            prio: if ok { prio::FORM } else { prio::WEAK },
            role: None,
            canonical: Some(kn.canonical),
        });
    }
}

/// What joins the items of a list of places.
const LIST_JOINS: &[&str] = &[",", "-", "–", "/", "और", "तथा", "व", "एवं", "या"];

/// The word after byte `end` (one space on), without punctuation.
fn next_word(text: &str, end: usize) -> &str {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return "";
    };
    rest.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '\u{0964}')
        .next()
        .unwrap_or("")
}

/// Words that, right after a place, make it part of the name of a
/// programme, a mission or a treaty rather than a place mention.
const PROGRAMME_WORDS: &[&str] = &["अभियान", "मिशन", "संविधि", "संधि", "कन्वेंशन", "कंवेंशन"];

/// Whether the word after byte `end` (one space on) is a programme word.
fn names_programme(text: &str, end: usize) -> bool {
    PROGRAMME_WORDS.contains(&next_word(text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_years_are_no_names() {
        for w in ["FY24", "FY2025", "Q3FY25", "H1FY24"] {
            assert!(fiscal_year(w), "{w}");
        }
        for w in ["FY", "FYI", "FY2", "Fyodor", "QFY", "FY20251"] {
            assert!(!fiscal_year(w), "{w}");
        }
    }

    #[test]
    fn places_naming_programmes() {
        // (text, end of the place in bytes, whether a programme follows)
        let cases: &[(&str, &str, bool)] = &[
            ("स्वच्छ भारत अभियान के", "स्वच्छ भारत", true),
            ("रोम संविधि को", "रोम", true),
            ("वियना कन्वेंशन।", "वियना", true),
            ("भारत और रूस", "भारत", false),
            ("भारत अभियानों", "भारत", false),
            ("भारत", "भारत", false),
            ("भारत  अभियान", "भारत", false),
        ];
        for &(text, head, want) in cases {
            assert_eq!(names_programme(text, head.len()), want, "{text}");
        }
    }
}
