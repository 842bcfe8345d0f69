//! The compiled-in gazetteers and word classes, parsed once.
//!
//! The data lives in `data/gazetteer/` as sorted TSV files (see its README);
//! this module turns them into hash maps and one Aho-Corasick automaton for
//! the Devanagari names, built lazily in a [`OnceLock`] (immutable, so the
//! core stays free of mutable global state).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::model::EntityType;

const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");
const NAMED: &str = include_str!("../../data/gazetteer/named.tsv");
const LEXICON: &str = include_str!("../../data/gazetteer/lexicon.tsv");
const EN_COMMON: &str = include_str!("../../data/gazetteer/en-common.txt");
const HI_STOP: &str = include_str!("../../data/gazetteer/hi-stop.txt");

/// Word classes of `lexicon.tsv`, as bit flags.
pub(crate) mod class {
    pub const TITLE_HEAD: u16 = 1;
    pub const TITLE_MOD: u16 = 1 << 1;
    pub const HONORIFIC: u16 = 1 << 2;
    pub const NAME_SUFFIX: u16 = 1 << 3;
    pub const ORG_HEAD: u16 = 1 << 4;
    pub const FAC_SUFFIX: u16 = 1 << 5;
    pub const EVENT_SUFFIX: u16 = 1 << 6;
    pub const LOC_SUFFIX: u16 = 1 << 7;
    pub const CALENDAR: u16 = 1 << 8;
    pub const CONNECTOR: u16 = 1 << 9;
    pub const POSTPOSITION: u16 = 1 << 10;
    pub const EN_STOP: u16 = 1 << 11;
    pub const HI_STOP: u16 = 1 << 12;
}

/// A gazetteer entry: its type and its canonical (English) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Known {
    pub kind: EntityType,
    pub canonical: &'static str,
}

/// Everything the entity rules look up.
pub(crate) struct Lexicon {
    /// Surface name → entry (places and named entities; named wins).
    pub names: HashMap<&'static str, Known>,
    /// Word → class flags.
    pub classes: HashMap<&'static str, u16>,
    /// English words usually written in lower case.
    pub en_common: HashSet<&'static str>,
    /// Frequent Hindi words that are never names.
    pub hi_stop: HashSet<&'static str>,
    /// Devanagari gazetteer names, for one pass over the text.
    pub deva: Option<AhoCorasick>,
    /// The pattern strings of `deva`, by pattern id.
    pub deva_names: Vec<&'static str>,
}

fn body(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn parse_type(s: &str) -> Option<EntityType> {
    Some(match s {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "FAC" => EntityType::Fac,
        "NORP" => EntityType::Norp,
        "EVENT" => EntityType::Event,
        "PRODUCT" => EntityType::Product,
        _ => return None,
    })
}

fn class_bit(s: &str) -> u16 {
    match s {
        "title_head" => class::TITLE_HEAD,
        "title_mod" => class::TITLE_MOD,
        "honorific" => class::HONORIFIC,
        "name_suffix" => class::NAME_SUFFIX,
        "org_head" => class::ORG_HEAD,
        "fac_suffix" => class::FAC_SUFFIX,
        "event_suffix" => class::EVENT_SUFFIX,
        "loc_suffix" => class::LOC_SUFFIX,
        "calendar" => class::CALENDAR,
        "connector" => class::CONNECTOR,
        "postposition" => class::POSTPOSITION,
        "en_stop" => class::EN_STOP,
        "hi_stop" => class::HI_STOP,
        _ => 0,
    }
}

/// Whether `s` has a Devanagari letter.
pub(crate) fn is_deva(s: &str) -> bool {
    s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut names = HashMap::new();
        for (data, overrides) in [(PLACES, false), (NAMED, true)] {
            for line in body(data) {
                let mut cols = line.split('\t');
                let (Some(name), Some(kind), Some(canonical)) =
                    (cols.next(), cols.next(), cols.next())
                else {
                    continue;
                };
                let Some(kind) = parse_type(kind) else {
                    continue;
                };
                if overrides || !names.contains_key(name) {
                    names.insert(name, Known { kind, canonical });
                }
            }
        }
        let mut classes: HashMap<&'static str, u16> = HashMap::new();
        for line in body(LEXICON) {
            let mut cols = line.split('\t');
            if let (Some(word), Some(c)) = (cols.next(), cols.next()) {
                *classes.entry(word).or_insert(0) |= class_bit(c.trim());
            }
        }
        let en_common = body(EN_COMMON).map(str::trim).collect();
        let mut hi_stop: HashSet<&'static str> = body(HI_STOP).map(str::trim).collect();
        for (w, c) in &classes {
            if c & (class::HI_STOP | class::POSTPOSITION) != 0 {
                hi_stop.insert(w);
            }
        }
        let mut deva_names: Vec<&'static str> =
            names.keys().copied().filter(|n| is_deva(n)).collect();
        deva_names.sort_unstable();
        let deva = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&deva_names)
            .ok();
        Lexicon {
            names,
            classes,
            en_common,
            hi_stop,
            deva,
            deva_names,
        }
    }

    /// The class flags of `word` (exact, then with a trailing dot removed).
    pub fn class(&self, word: &str) -> u16 {
        if let Some(c) = self.classes.get(word) {
            return *c;
        }
        word.strip_suffix('.')
            .and_then(|w| self.classes.get(w))
            .copied()
            .unwrap_or(0)
    }

    /// Whether `word` has any of the `flags`.
    pub fn is(&self, word: &str, flags: u16) -> bool {
        self.class(word) & flags != 0
    }

    /// Whether `word` is usually written in lower case in English.
    pub fn common(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.en_common.contains(lower.as_str())
    }

    /// Whether a Devanagari `word` is a function word or otherwise never a name.
    pub fn hindi_stop(&self, word: &str) -> bool {
        self.hi_stop.contains(word) || self.is(word, class::CALENDAR)
    }
}

/// The lexicon, parsed on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_places_share_a_canonical_name() {
        let lex = get();
        for (a, b) in [
            ("भारत", "India"),
            ("रूस", "Russia"),
            ("मॉस्को", "Moscow"),
            ("नई दिल्ली", "New Delhi"),
            ("Russian Federation", "Russia"),
            ("क्रेमलिन", "Kremlin"),
        ] {
            let ka = lex.names.get(a).map(|k| k.canonical);
            let kb = lex.names.get(b).map(|k| k.canonical);
            assert!(ka.is_some(), "{a} missing");
            assert_eq!(ka, kb, "{a} vs {b}");
        }
    }

    #[test]
    fn word_classes() {
        let lex = get();
        let table: &[(&str, u16)] = &[
            ("Minister", class::TITLE_HEAD),
            ("मंत्री", class::TITLE_HEAD),
            ("Mr.", class::HONORIFIC),
            ("डॉ.", class::HONORIFIC),
            ("Ministry", class::ORG_HEAD),
            ("मंत्रालय", class::ORG_HEAD),
            ("Centre", class::FAC_SUFFIX),
            ("December", class::CALENDAR),
            ("मंगलवार", class::CALENDAR),
            ("ने", class::POSTPOSITION),
        ];
        for (w, c) in table {
            assert!(lex.is(w, *c), "{w}");
        }
        assert!(lex.hindi_stop("के"));
        assert!(lex.common("Discussed"));
        assert!(!lex.common("Putin"));
    }
}
