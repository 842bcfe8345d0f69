//! The English rules over one sentence.
//!
//! Maximal runs of capitalized words (joined by "of", "the", "and", "&")
//! are cut into a title part ("Defence Minister", "Union Minister of
//! Health & Family Welfare", "Mr.") and a name part, and the name part is
//! typed by the gazetteer, by its last word (Ministry/Party → ORG, Centre →
//! FAC, Summit → EVENT, River → LOC), as an acronym (TASS → ORG), or as a
//! person. Sentence-initial common words ("Discussed"), months and weekdays
//! and function words never start a name. A title and a name separated by
//! a comma describe each other (apposition). A sentence set in capitals
//! (a headline, a dateline) is left to the gazetteer.
//!
//! Evidence around a run types it too (the bracketed acronym and the
//! listed places are read in [`cues`](super::cues)): an acronym in brackets after it
//! that spells its words makes them one name ("General Motors (GM)") or,
//! when they are a title, cues the name after the brackets ("Director
//! General of Police (DGP) Anil Verma"); an office in lower case before it
//! cues a person ("opposition leader Aung San Suu Kyi"); a word for a
//! government after it makes it who leads that government ("Vajpayee
//! Government"); a word for a district, tehsil or village after a list of
//! names makes them places ("Chini and Pangi tehsils").

use crate::entities::candidates::{prio, Raw};
use crate::entities::cues::Gloss;
use crate::entities::lexicon::{class, is_deva};
use crate::entities::rules::{Rules, MAX_TITLE};
use crate::entities::tokens::Kind;
use crate::model::EntityType;
use crate::segment::chars;

/// One processed piece of a run, for apposition.
enum Unit {
    /// A name: its index in the proposals.
    Name(usize),
    /// A title with no name: its role text.
    Title(String),
}

/// The longest run of capitalized words read as one name.
const MAX_RUN: usize = 40;

/// Words before the name of a storm: "Cyclone Michaung" is an event.
/// "FY24", "FY2025", "Q3FY25": a fiscal period, which the time stage
/// reads, never a name.
pub(crate) fn fiscal_year(word: &str) -> bool {
    let w = word
        .strip_prefix(['Q', 'H'])
        .map_or(word, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    w.strip_prefix("FY")
        .is_some_and(|y| (2..=4).contains(&y.len()) && y.bytes().all(|b| b.is_ascii_digit()))
}

pub(super) fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|&c| chars::is_alphabetic(c)).count();
    (2..=12).contains(&letters)
        && w.chars().count() <= 14
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
}

impl Rules<'_> {
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

    pub(super) fn is_connector(&self, i: usize) -> bool {
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

    pub(super) fn english(&self, found: &mut Vec<Raw>) {
        let n = self.toks.len();
        if self.shouting() {
            self.shouted(found);
            return;
        }
        let mut i = 0;
        let mut units: Vec<(usize, usize, Unit)> = Vec::new();
        // A title glossed by its acronym ("Director General of Police
        // (DGP)"): the acronym's token, and where the name it cues starts.
        let mut glossed_title: Option<(usize, usize, String)> = None;
        while i < n {
            if !self.is_latin_cap(i) || glossed_title.as_ref().is_some_and(|g| g.0 == i) {
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
            let end = j.min(i + MAX_RUN);
            // "General Motors (GM)": the words the acronym spells are one
            // name, whatever titles or form words they hold.
            let cut = match self.glossed_name(i, end, found) {
                Gloss::Name(p) => p,
                Gloss::Title(role) => {
                    glossed_title = Some((end + 1, end + 3, role));
                    i = j;
                    continue;
                }
                Gloss::None => end,
            };
            let cue = glossed_title.take_if(|g| g.1 == i).map(|g| g.2);
            if cut > i {
                for (a, b) in self.split_conjunction(i, cut) {
                    self.process_run(a, b, found, &mut units, cue.clone());
                }
            }
            i = j;
        }
        self.apposition(&units, found);
        self.listed_places(found);
        self.named_storms(found);
    }

    /// In a sentence set in capitals only the gazetteer speaks: the longest
    /// known name (up to three words) at each word.
    fn shouted(&self, found: &mut Vec<Raw>) {
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
        let mut k = a;
        while k < b {
            let w = self.word(k);
            if w == "of" || w == "on" || w == "for" {
                of_before = true;
            }
            if (w == "and" || w == "&") && k > start {
                // A name the gazetteer knows across the "and" is one part,
                // the longest ("Jammu and Kashmir | Lt Governor Manoj
                // Sinha"), unless an organization's word follows it: then
                // it opens that organization's name ("Jammu and Kashmir
                // Police").
                let across = (k + 2..=(k + 4).min(b)).rev().find(|&e| {
                    let (s, e) = self.span(start, e);
                    self.known(self.slice(s, e)).is_some()
                });
                let across =
                    across.filter(|&e| e >= b || !self.lex.is(self.bare(e), class::ORG_HEAD));
                if let Some(e) = across {
                    parts.push((start, e));
                    start = e;
                    k = e;
                    continue;
                }
                if !(of_before || formy && seen_of) {
                    parts.push((start, k));
                    start = k + 1;
                }
            }
            k += 1;
        }
        if start < b {
            parts.push((start, b));
        }
        parts
    }

    /// A title at `p`: returns the index past its last token, or `None`.
    pub(super) fn title_at(&self, p: usize, b: usize) -> Option<usize> {
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
    /// Heads in a row are one title ("AIADMK General Secretary
    /// Jayalalitha").
    fn inner_title(&self, p: usize, b: usize) -> Option<usize> {
        let h = (p + 1..b.min(p + MAX_TITLE)).find(|&k| {
            self.lex.is(self.bare(k), class::TITLE_HEAD)
                && !self.lex.is(self.bare(k), class::TITLE_MOD)
        })?;
        let mut last = h;
        while last + 1 < b && self.lex.is(self.bare(last + 1), class::TITLE_HEAD) {
            last += 1;
        }
        let after = last + 1 + usize::from(self.is_inner_dot(last + 1));
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
    pub(super) fn role_text(&self, a: usize, b: usize) -> Option<String> {
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

    /// Reads the run `a..b`; `cue` is the role of a title glossed by its
    /// acronym right before it ("Director General of Police (DGP) Anil
    /// Verma").
    fn process_run(
        &self,
        a: usize,
        b: usize,
        found: &mut Vec<Raw>,
        units: &mut Vec<(usize, usize, Unit)>,
        cue: Option<String>,
    ) {
        let mut p = a;
        // "opposition leader Aung San Suu Kyi", "party chief Mayawati": an
        // office in lower case right before the run cues a person.
        let mut cued = cue.is_some()
            || a > 0
                && self.kind(a - 1) == Some(Kind::Word)
                && self.toks[a - 1].end < self.toks[a].start
                && self.lowercase_office(self.word(a - 1));
        let mut role: Option<String> = cue;
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
            // A title before nothing but form words is part of the name of
            // an organization or an event: "General Motors", "Indian
            // Premier League", "Chief Minister's Trophy".
            let forms_only = |t: usize| {
                t < b
                    && (t..b).all(|k| {
                        self.kind(k) == Some(Kind::Word)
                            && self
                                .lex
                                .is(self.bare(k), class::ORG_HEAD | class::EVENT_SUFFIX)
                    })
            };
            if let Some(t_end) = self
                .title_at(p, b)
                .filter(|&t| !known_at(p, t) && !forms_only(t))
            {
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
                // "General Elections": a title word before a plural common
                // noun, alone, is an adjective; the run names nobody.
                if end + 1 == b
                    && !self.lex.is(self.bare(p), class::HONORIFIC)
                    && self.common_plural(end)
                {
                    return;
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
                found[idx].role = Some(r);
            }
            units.push((a, b, Unit::Name(idx)));
        }
    }

    /// Whether token `k` is the plural of a common word ("Elections",
    /// "Reserves"): both it and its singular are usually written in lower
    /// case.
    fn common_plural(&self, k: usize) -> bool {
        let w = self.bare(k);
        self.kind(k) == Some(Kind::Word)
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && self.known(w).is_none()
            && self.lex.common(w)
            && w.get(..w.len() - 1).is_some_and(|one| self.lex.common(one))
    }

    /// Whether a lower-case word is an office ("leader", "chief",
    /// "minister"): its capitalized form is a title head.
    fn lowercase_office(&self, w: &str) -> bool {
        let mut chars = w.chars();
        let Some(first) = chars.next().filter(char::is_ascii_lowercase) else {
            return false;
        };
        let mut titled = String::with_capacity(w.len());
        titled.push(first.to_ascii_uppercase());
        titled.push_str(chars.as_str());
        self.lex.is(&titled, class::TITLE_HEAD) && !self.lex.is(&titled, class::TITLE_MOD)
    }

    /// Types the name part `a..b` of a run. Returns the index of the raw
    /// mention that a title before it describes.
    fn classify(&self, a: usize, mut b: usize, found: &mut Vec<Raw>, cued: bool) -> Option<usize> {
        let suffix = class::ORG_HEAD | class::FAC_SUFFIX | class::EVENT_SUFFIX | class::LOC_SUFFIX;
        // "Vajpayee Government", "Clinton Administration", "UPA
        // Government": the name is who leads the government.
        let led = b > a + 1 && self.lex.is(self.bare(b - 1), class::GOVERNMENT);
        if led {
            b -= 1;
        }
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
        // "Cyclone Michaung", "Tropical Storm Alberto", but not "Cyclone
        // Warning Centre".
        if n >= 2
            && words[..n - 1]
                .iter()
                .any(|w| self.lex.is(w, class::STORM_CUE))
            && !self.lex.common(last)
            && !self.lex.is(last, class::ORG_HEAD | class::FAC_SUFFIX)
        {
            return Some(self.push(found, start, end, EntityType::Event, prio::FORM));
        }
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
                let p = if led { prio::FORM } else { prio::FILL };
                return Some(self.push(found, start, end, EntityType::Org, p));
            }
            if cued && !self.lex.is(last, class::EN_STOP | class::CALENDAR) {
                return Some(self.push(found, start, end, EntityType::Person, prio::STRONG));
            }
            if led
                && !self.lex.common(last)
                && !self.lex.is(
                    last,
                    class::EN_STOP | class::CALENDAR | class::TITLE_HEAD | class::TITLE_MOD,
                )
            {
                return Some(self.push(found, start, end, EntityType::Person, prio::FORM));
            }
            return None;
        }
        if !(2..=4).contains(&n) || words.iter().any(|w| self.lex.is(w, class::CALENDAR)) {
            return None;
        }
        if !uncommon && !cued {
            return None;
        }
        let p = if cued {
            prio::STRONG
        } else if led {
            prio::FORM
        } else {
            prio::WEAK
        };
        Some(self.push(found, start, end, EntityType::Person, p))
    }

    /// "Union Minister of Health, Jagat Prakash Nadda" and "Mikhail
    /// Murashko, the Health Minister of the Russian Federation": a title and
    /// a name separated by a comma describe each other.
    fn apposition(&self, units: &[(usize, usize, Unit)], found: &mut [Raw]) {
        for pair in units.windows(2) {
            let (_, b0, ref u0) = pair[0];
            let (a1, _, ref u1) = pair[1];
            let between: Vec<&str> = (b0..a1).map(|k| self.word(k)).collect();
            let comma = matches!(between.as_slice(), [","] | [",", "the" | "a" | "an"]);
            if !comma {
                continue;
            }
            match (u0, u1) {
                (Unit::Title(r), Unit::Name(i)) | (Unit::Name(i), Unit::Title(r)) => {
                    let raw = &mut found[*i];
                    if raw.kind == EntityType::Person && raw.role.is_none() {
                        raw.role = Some(r.clone());
                        raw.prio = raw.prio.max(prio::STRONG);
                    }
                }
                _ => {}
            }
        }
    }
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
}
