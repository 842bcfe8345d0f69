//! Evidence around a run of capitalized words, for the English rules
//! ([`english`](super::english)).
//!
//! An acronym in brackets after a run that spells its words makes them one
//! name ("General Motors (GM)") or, when they are a title, cues the name
//! after the brackets ("Director General of Police (DGP) Anil Verma"); a
//! word for a district, tehsil or village after a list of names makes them
//! places ("Chini and Pangi tehsils"); a word for a storm names the storm
//! after it ("cyclone Michaung").

use crate::entities::candidates::{prio, Raw};
use crate::entities::english::is_acronym;
use crate::entities::lexicon::class;
use crate::entities::rules::Rules;
use crate::entities::tokens::Kind;
use crate::model::EntityType;

/// What an acronym in brackets after a run says of it.
pub(super) enum Gloss {
    /// Nothing: no acronym, or one that does not spell the run's words.
    None,
    /// The run's words from this token are the name the acronym spells.
    Name(usize),
    /// The whole run is a title the acronym spells: its role text.
    Title(String),
}

impl Rules<'_> {
    /// "Nayagarh, Gajapati and Ganjam districts", "Chini and Pangi
    /// tehsils", "village Khak Kalyan": names right before (or after) a
    /// lower-case word for a district, a tehsil or a village are places,
    /// and so is every name of a list that ends in one.
    pub(super) fn listed_places(&self, found: &mut Vec<Raw>) {
        let n = self.toks.len();
        let cue = |k: usize| {
            let w = self.word(k);
            self.kind(k) == Some(Kind::Word)
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && self.lex.is(w, class::PLACE_CUE)
        };
        let name_word = |k: usize| {
            let w = self.bare(k);
            self.is_latin_cap(k)
                && !is_acronym(w)
                && !self.lex.common(w)
                && !self.lex.is(
                    w,
                    class::TITLE_HEAD
                        | class::TITLE_MOD
                        | class::HONORIFIC
                        | class::ORG_HEAD
                        | class::CALENDAR
                        | class::EN_STOP,
                )
        };
        for k in 0..n {
            if !cue(k) {
                continue;
            }
            // After the cue: "village Khak Kalyan".
            let mut e = k + 1;
            while e < n && e < k + 4 && name_word(e) {
                e += 1;
            }
            if e > k + 1 && !(e < n && self.is_latin_cap(e)) {
                self.push_place(k + 1, e, found);
            }
            // Before it: a list of names joined by commas and "and" (not a
            // possessive: "Modi's village").
            if k > 0 && self.word(k - 1) != self.bare(k - 1) {
                continue;
            }
            let mut b = k;
            while b > 0 {
                let mut a = b;
                // "the Kurdish city of Arbil": an adjective of a people
                // before the cue is no place.
                let before = |j: usize| {
                    name_word(j)
                        && !adjective_of_a_people(self.bare(j))
                        && self
                            .known(self.bare(j))
                            .is_none_or(|kn| kn.kind != EntityType::Norp)
                };
                while a > 0 && a + 3 > b && before(a - 1) {
                    a -= 1;
                }
                if a == b || (a > 0 && self.is_latin_cap(a - 1)) {
                    break;
                }
                self.push_place(a, b, found);
                match a.checked_sub(1).map(|j| self.word(j)) {
                    Some(",") | Some("and") => {
                        b = a - 1;
                        // ", and" and "and ," both join the list.
                        let pair = (self.word(b), self.word(b.saturating_sub(1)));
                        if b > 0 && matches!(pair, ("and", ",") | (",", "and")) {
                            b -= 1;
                        }
                    }
                    _ => break,
                }
            }
        }
    }

    /// "Cyclone Michaung", "the cyclonic storm Biparjoy", "Hurricane
    /// Katrina": a name right after a word for a storm is the storm's
    /// (MISC, as an event), not a person's. The capitalized word belongs to
    /// the name, the lower-case one does not. A run that goes on into an
    /// office or a building ("Cyclone Warning Centre") or a known place is
    /// no storm.
    pub(super) fn named_storms(&self, found: &mut Vec<Raw>) {
        let n = self.toks.len();
        let name_word = |k: usize| {
            let w = self.bare(k);
            self.is_latin_cap(k)
                && !is_acronym(w)
                && !self.lex.common(w)
                && !self.lex.is(w, class::CALENDAR | class::EN_STOP)
        };
        let mut k = 0;
        while k + 1 < n {
            if self.kind(k) != Some(Kind::Word) || !self.lex.is(self.word(k), class::STORM_CUE) {
                k += 1;
                continue;
            }
            let mut e = k + 1;
            while e < n && e < k + 3 && name_word(e) {
                e += 1;
            }
            let institution = (k + 1..e).any(|j| {
                self.lex.is(
                    self.bare(j),
                    class::ORG_HEAD | class::FAC_SUFFIX | class::TITLE_HEAD | class::EVENT_SUFFIX,
                )
            }) || (e < n && self.is_latin_cap(e));
            if e == k + 1 || institution {
                k += 1;
                continue;
            }
            let first = if self.is_latin_cap(k) { k } else { k + 1 };
            let (start, _) = self.span(first, e);
            let end = self.name_end(e);
            let place = self
                .known(self.slice(self.span(k + 1, e).0, end))
                .is_some_and(|kn| matches!(kn.kind, EntityType::Gpe | EntityType::Loc));
            if !place {
                self.push(found, start, end, EntityType::Event, prio::FORM);
            }
            k = e;
        }
    }

    /// Pushes `a..b` as a place, unless the gazetteer knows it as
    /// something else.
    fn push_place(&self, a: usize, b: usize, found: &mut Vec<Raw>) {
        let (start, _) = self.span(a, b);
        let end = self.name_end(b);
        let kind = self
            .known(self.slice(start, end))
            .map_or(EntityType::Gpe, |k| k.kind);
        if matches!(kind, EntityType::Gpe | EntityType::Loc) {
            self.push(found, start, end, kind, prio::FORM);
        }
    }

    /// The acronym in brackets right after token `b` ("(GM)", "(DoT)",
    /// "(J&K)"): its letters, upper-cased.
    fn bracket_acronym(&self, b: usize) -> Option<String> {
        if !self.is_punct(b, "(")
            || !self.is_punct(b + 2, ")")
            || self.kind(b + 1) != Some(Kind::Word)
        {
            return None;
        }
        let w = self.word(b + 1);
        let upper = w.chars().filter(char::is_ascii_uppercase).count();
        let letters: String = w
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && upper >= 2
            && (2..=10).contains(&letters.len())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '&');
        ok.then_some(letters)
    }

    /// Whether the initials of `p..b` spell `acr`: every word gives the
    /// first letter of each of its hyphenated parts ("Indo-Tibetan" → IT),
    /// a connector ("of", "and") may give its first letter or nothing
    /// ("DoT", "MEA").
    fn spells(&self, p: usize, b: usize, acr: &[u8]) -> bool {
        // reach[k] = the acronym's first k letters are spelled so far.
        let mut reach = vec![false; acr.len() + 1];
        reach[0] = true;
        for t in p..b {
            if self.kind(t) != Some(Kind::Word) {
                continue;
            }
            let w = self.word(t);
            let optional = self.is_connector(t);
            let letters: Vec<u8> = w
                .split('-')
                .filter_map(|part| part.bytes().next())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            let mut next = vec![false; acr.len() + 1];
            for k in 0..=acr.len() {
                if !reach[k] {
                    continue;
                }
                if optional {
                    next[k] = true;
                }
                let end = k + letters.len();
                if end <= acr.len() && acr[k..end] == letters[..] {
                    next[end] = true;
                }
            }
            reach = next;
        }
        reach[acr.len()]
    }

    /// A name defined by the acronym in brackets after the run `a..b`:
    /// "General Motors (GM)", "Pakistan-occupied Kashmir (PoK)". Pushes the
    /// words the acronym spells (the longest tail of the run that does) as
    /// one name and returns where it starts; the acronym's mention joins it
    /// as an alias ([`group`](super::group)). A title the acronym spells
    /// ("Director General of Police (DGP)") and ordinary words ("Minimum
    /// Support Price (MSP)") are left to the other rules.
    pub(super) fn glossed_name(&self, a: usize, b: usize, found: &mut Vec<Raw>) -> Gloss {
        let Some(acr) = self.bracket_acronym(b) else {
            return Gloss::None;
        };
        let acr = acr.as_bytes();
        let Some(p) = (a..b.saturating_sub(1)).find(|&p| {
            self.kind(p) == Some(Kind::Word) && !self.is_connector(p) && self.spells(p, b, acr)
        }) else {
            return Gloss::None;
        };
        let words: Vec<&str> = (p..b)
            .filter(|&k| self.kind(k) == Some(Kind::Word) && !self.is_connector(k))
            .map(|k| self.bare(k))
            .collect();
        if words.len() < 2 {
            return Gloss::None;
        }
        // A title: nothing but titles, or a title and its "of …" complement.
        // The whole run is the title, and it cues the name after the
        // acronym.
        if let Some(t) = self.title_at(p, b) {
            if t >= b || self.word(t) == "of" {
                return match self.role_text(a, b) {
                    Some(role) if p == a => Gloss::Title(role),
                    _ => Gloss::None,
                };
            }
        }
        let (start, _) = self.span(p, b);
        let end = self.name_end(b);
        let kind = if let Some(kn) = self.known(self.slice(start, end)) {
            kn.kind
        } else if words.iter().any(|w| self.lex.is(w, class::ORG_HEAD)) {
            EntityType::Org
        } else if let Some(kn) = words
            .last()
            .and_then(|w| self.known(w))
            .filter(|kn| matches!(kn.kind, EntityType::Gpe | EntityType::Loc))
        {
            kn.kind
        } else if words.iter().any(|w| {
            !self.lex.common(w)
                && !self
                    .lex
                    .is(w, class::TITLE_HEAD | class::TITLE_MOD | class::CALENDAR)
        }) {
            EntityType::Org
        } else {
            return Gloss::None;
        };
        self.push(found, start, end, kind, prio::STRONG);
        // The acronym is the same name ("DoT", which is no acronym by its
        // case alone).
        if let Some(t) = self.toks.get(b + 1) {
            self.push(found, t.start, t.end, kind, prio::STRONG);
        }
        Gloss::Name(p)
    }
}

/// "Kurdish", "Transylvanian", "European", "Arctic": an adjective of a people or a
/// region, by its ending ("-i" is left out: it ends Indian place names,
/// "Pangi", "Kotli").
fn adjective_of_a_people(w: &str) -> bool {
    w.len() > 4
        && ["ian", "ish", "ese", "ic", "ean"]
            .iter()
            .any(|s| w.ends_with(s))
}
