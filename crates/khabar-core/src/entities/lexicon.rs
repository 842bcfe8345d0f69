//! The compiled-in gazetteers and word classes, parsed once.
//!
//! The data lives in `data/gazetteer/` as sorted TSV files (see its README);
//! this module turns them into FxHash maps (pre-sized, so they never grow
//! by rehashing) and an index of the Devanagari names by their first two
//! characters, built lazily in a [`OnceLock`] (immutable, so the core stays
//! free of mutable global state). Building all of it is a fraction of a
//! millisecond; an Aho-Corasick automaton over the Devanagari names took
//! ten times longer to build than everything else together, and was built
//! for every English document too. The index of places by spelling key
//! (about 0.3 ms more) waits for the first Devanagari word that needs it.

use std::sync::OnceLock;

use super::translit;
use crate::model::EntityType;
use crate::segment::hash::{FxHashMap, FxHashSet};

const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");
const NAMED: &str = include_str!("../../data/gazetteer/named.tsv");
const COMPANIES: &str = include_str!("../../data/gazetteer/companies.tsv");
const LANGUAGES: &str = include_str!("../../data/gazetteer/languages.tsv");
const LEXICON: &str = include_str!("../../data/gazetteer/lexicon.tsv");
const EN_COMMON: &str = include_str!("../../data/gazetteer/en-common.txt");
const HI_STOP: &str = include_str!("../../data/gazetteer/hi-stop.txt");
const HI_COMMON: &str = include_str!("../../data/gazetteer/hi-common.txt");
const TRAINED: &str = include_str!("../../data/ner/hi-names.tsv");

/// Word classes of `lexicon.tsv`, as bit flags.
pub(crate) mod class {
    pub const TITLE_HEAD: u32 = 1;
    pub const TITLE_MOD: u32 = 1 << 1;
    pub const HONORIFIC: u32 = 1 << 2;
    pub const NAME_SUFFIX: u32 = 1 << 3;
    pub const ORG_HEAD: u32 = 1 << 4;
    pub const FAC_SUFFIX: u32 = 1 << 5;
    pub const EVENT_SUFFIX: u32 = 1 << 6;
    pub const LOC_SUFFIX: u32 = 1 << 7;
    pub const CALENDAR: u32 = 1 << 8;
    pub const CONNECTOR: u32 = 1 << 9;
    pub const POSTPOSITION: u32 = 1 << 10;
    pub const EN_STOP: u32 = 1 << 11;
    pub const HI_STOP: u32 = 1 << 12;
    pub const PLACE_CUE: u32 = 1 << 13;
    pub const EPITHET: u32 = 1 << 14;
    pub const GOVERNMENT: u32 = 1 << 15;
    /// A word for a storm that names the one after it ("cyclone
    /// Michaung", "Hurricane Katrina").
    pub const STORM_CUE: u32 = 1 << 16;
    /// A Hindi word for what someone does ("फुटबॉलर", "अभिनेत्री"): like
    /// a title, it names the person after it, when the next word is no
    /// common word.
    pub const ROLE: u32 = 1 << 17;
    /// A Hindi word for a kind of organization ("कंपनी", "अखबार"): the
    /// name right after it is that organization's ("अमेरिकी कंपनी फाइजर").
    pub const ORG_CUE: u32 = 1 << 18;
    /// An English word, in lower case, for what someone does ("lawyer",
    /// "chief", "batter"): the name right after it is a person's ("BJP
    /// chief JP Nadda"), whatever form the name has.
    pub const PERSON_CUE: u32 = 1 << 19;
    /// The last word of a law's name ("Act", "Bill", "Sanhita"): the name
    /// it ends is a law ("Prevention of Money Laundering Act").
    pub const LAW_SUFFIX: u32 = 1 << 20;
    /// The last word of a government scheme's name ("Yojana", "Abhiyan",
    /// "Scheme"; in lower case, "scheme", after the name): a programme,
    /// not a person or an organization ("Ladli Behna Yojana").
    pub const SCHEME_SUFFIX: u32 = 1 << 21;
    /// An abbreviation that is a title right before a name ("SP Sange
    /// Thinley", "Delhi LG VK Saxena") and a name elsewhere (the party
    /// SP, the company LG): a title only where a capitalized word follows.
    pub const TITLE_ABBR: u32 = 1 << 22;
    /// A Hindi word for a kind of body or place that, with ordinary words
    /// only, names none in particular ("रेलवे", "पुलिस", "मरकज", "जिला
    /// अस्पताल"): a generic reference, not an entity.
    pub const HI_GENERIC: u32 = 1 << 23;
}

/// A gazetteer entry: its type and its canonical (English) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Known {
    pub kind: EntityType,
    pub canonical: &'static str,
    /// From the hand-maintained list (`named.tsv`): a well-known name
    /// whose type the tagger does not overrule.
    pub hand: bool,
    /// A country (`places.tsv` class `country`).
    pub country: bool,
}

/// Everything the entity rules look up.
pub(crate) struct Lexicon {
    /// Surface name → entry (places, listed companies and named
    /// entities; named wins, and a place wins over a company).
    pub names: FxHashMap<&'static str, Known>,
    /// Word → class flags.
    pub classes: FxHashMap<&'static str, u32>,
    /// English words usually written in lower case.
    pub en_common: FxHashSet<&'static str>,
    /// Frequent Hindi words that are never names.
    pub hi_stop: FxHashSet<&'static str>,
    /// Hindi words that are seldom inside a name (beyond `hi_stop`).
    pub hi_common: FxHashSet<&'static str>,
    /// Devanagari gazetteer names, for one pass over the text, built on
    /// first use: see [`Lexicon::deva`].
    deva: OnceLock<DevaGazetteer>,
    /// One-word places in Latin script by spelling key, built on first
    /// use: see [`Lexicon::spelled_places`].
    spelled_places: OnceLock<FxHashMap<String, Vec<(&'static str, Known)>>>,
    /// The names Hindi training data annotates consistently, built on
    /// first use: see [`Lexicon::trained`].
    trained: OnceLock<Trained>,
}

/// The names of `data/ner/hi-names.tsv` (Devanagari ones only), for one
/// pass over the text.
pub(crate) struct Trained {
    /// The names, for [`DevaNames::find_iter`].
    pub matcher: DevaNames,
    /// The names by pattern id, with their types and how many times the
    /// training data annotates them.
    pub names: Vec<(&'static str, EntityType, u32)>,
}

impl Trained {
    /// The type the training data annotates `name` with, if it is one of
    /// its names.
    pub fn kind_of(&self, name: &str) -> Option<EntityType> {
        self.names
            .binary_search_by_key(&name, |n| n.0)
            .ok()
            .map(|i| self.names[i].1)
    }
}

/// The Devanagari gazetteer names, indexed for a leftmost-longest scan of
/// the text: [`DevaNames::find_iter`] reports the matches an Aho-Corasick
/// automaton with leftmost-longest semantics would (a test checks it
/// against one), for a build cost of one sort.
pub(crate) struct DevaNames {
    /// `names[i]` is pattern `i`.
    names: Vec<&'static str>,
    /// (first two chars of a name) → range of `order`.
    by_prefix: FxHashMap<u64, (u32, u32)>,
    /// Pattern ids grouped by prefix, longest name first within a group.
    order: Vec<u32>,
    /// The first bytes names start with.
    first_bytes: [bool; 256],
    /// For names starting with the Devanagari chars `a`, `b` (offsets in
    /// the block): entry `128 * a + b` is their range of `order`, so that
    /// most text positions need neither decoding nor hashing.
    pair_groups: Vec<(u32, u32)>,
    /// Entry `a`: the name that is the Devanagari char `a` alone, if any.
    singles: Vec<Option<u32>>,
}

/// The offset in the Devanagari block of the char `b` starts with.
#[inline]
fn deva_index(b: &[u8]) -> Option<usize> {
    match b {
        [0xE0, b1 @ (0xA4 | 0xA5), b2, ..] => {
            Some(usize::from(b1 - 0xA4) * 64 + usize::from(b2 & 0x3F))
        }
        _ => None,
    }
}

/// The two-char prefix key of `s`, and whether `s` has a second char.
#[inline]
fn prefix_key(s: &str) -> Option<(u64, bool)> {
    let mut it = s.chars();
    let a = it.next()?;
    let b = it.next();
    Some((
        (u64::from(a as u32) << 32) | u64::from(b.map_or(0, |b| b as u32 + 1)),
        b.is_some(),
    ))
}

impl DevaNames {
    fn new(names: Vec<&'static str>) -> DevaNames {
        let mut keyed: Vec<(u64, usize, u32)> = names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((prefix_key(n)?.0, n.len(), i as u32)))
            .collect();
        // By prefix, longest first, then by id (a stable order).
        crate::util::sort::sort_by(&mut keyed, |a, b| {
            a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
        });
        let mut by_prefix = FxHashMap::default();
        by_prefix.reserve(keyed.len());
        let mut first_bytes = [false; 256];
        let mut start = 0;
        while start < keyed.len() {
            let key = keyed[start].0;
            let end = start + keyed[start..].iter().take_while(|k| k.0 == key).count();
            by_prefix.insert(key, (start as u32, end as u32));
            start = end;
        }
        let mut pair_groups = vec![(0u32, 0u32); 128 * 128];
        for (&key, &range) in &by_prefix {
            let (a, b) = ((key >> 32) as u32, (key & 0xFFFF_FFFF) as u32);
            let (a, b) = (a.wrapping_sub(0x0900), b.wrapping_sub(0x0901));
            if a < 128 && b < 128 {
                if let Some(slot) = pair_groups.get_mut(a as usize * 128 + b as usize) {
                    *slot = range;
                }
            }
        }
        let mut singles = vec![None; 128];
        for (id, n) in names.iter().enumerate() {
            let b = n.as_bytes();
            if let Some(&first) = b.first() {
                first_bytes[usize::from(first)] = true;
            }
            if let (3, Some(i)) = (b.len(), deva_index(b)) {
                if let Some(slot) = singles.get_mut(i) {
                    *slot = Some(id as u32);
                }
            }
        }
        DevaNames {
            names,
            by_prefix,
            order: keyed.iter().map(|k| k.2).collect(),
            first_bytes,
            pair_groups,
            singles,
        }
    }

    /// The longest name that `rest` starts with, when `rest` starts with
    /// the Devanagari chars `i`, `j`.
    #[inline]
    fn longest_at_pair(&self, rest: &[u8], i: usize, j: usize) -> Option<u32> {
        let &(a, b) = self.pair_groups.get(i * 128 + j)?;
        let ids = self.order.get(a as usize..b as usize).unwrap_or(&[]);
        ids.iter()
            .copied()
            .find(|&id| {
                self.names
                    .get(id as usize)
                    .is_some_and(|n| rest.starts_with(n.as_bytes()))
            })
            .or_else(|| self.singles.get(i).copied().flatten())
    }

    /// The longest name that `rest` starts with.
    #[inline]
    fn longest_at(&self, rest: &str) -> Option<u32> {
        let (key, two) = prefix_key(rest)?;
        let mut groups = [Some(key), None];
        if two {
            // Names of a single char are in the group without a second char.
            groups[1] = Some(key & !0xFFFF_FFFF);
        }
        for key in groups.into_iter().flatten() {
            let Some(&(a, b)) = self.by_prefix.get(&key) else {
                continue;
            };
            let ids = self.order.get(a as usize..b as usize).unwrap_or(&[]);
            for &id in ids {
                let name = self.names.get(id as usize).copied().unwrap_or("");
                if !name.is_empty() && rest.as_bytes().starts_with(name.as_bytes()) {
                    return Some(id);
                }
            }
        }
        None
    }

    /// The non-overlapping leftmost-longest matches in `text`, in order.
    pub fn find_iter<'s, 't>(&'s self, text: &'t str) -> DevaMatches<'s, 't> {
        DevaMatches {
            names: self,
            text,
            pos: 0,
        }
    }
}

/// A match of [`DevaNames::find_iter`]: a byte range and the pattern id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DevaMatch {
    start: usize,
    end: usize,
    pattern: PatternIndex,
}

/// The Devanagari names of the gazetteer, for one pass over the text.
pub(crate) struct DevaGazetteer {
    /// The leftmost-longest matcher over `names`.
    pub matcher: DevaNames,
    /// The names, sorted: a match's pattern id indexes them.
    pub names: Vec<&'static str>,
}

/// A pattern id: an index into [`DevaGazetteer::names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PatternIndex(usize);

impl PatternIndex {
    /// The index.
    pub fn as_usize(self) -> usize {
        self.0
    }
}

impl DevaMatch {
    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }
    /// Which name matched.
    pub fn pattern(&self) -> PatternIndex {
        self.pattern
    }
}

/// The iterator of [`DevaNames::find_iter`].
pub(crate) struct DevaMatches<'s, 't> {
    names: &'s DevaNames,
    text: &'t str,
    pos: usize,
}

impl Iterator for DevaMatches<'_, '_> {
    type Item = DevaMatch;

    fn next(&mut self) -> Option<DevaMatch> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            // A name starts at a char boundary with one of the first bytes
            // (a UTF-8 lead byte never occurs inside a char).
            let skip = bytes[self.pos..]
                .iter()
                .position(|&b| self.names.first_bytes[usize::from(b)])?;
            let at = self.pos + skip;
            let b = &bytes[at..];
            let hit = match (deva_index(b), b.get(3..).and_then(deva_index)) {
                (Some(i), Some(j)) => self.names.longest_at_pair(b, i, j),
                _ => self
                    .text
                    .get(at..)
                    .and_then(|rest| self.names.longest_at(rest)),
            };
            if let Some(id) = hit {
                let len = self.names.names.get(id as usize).map_or(0, |n| n.len());
                self.pos = at + len;
                return Some(DevaMatch {
                    start: at,
                    end: at + len,
                    pattern: PatternIndex(id as usize),
                });
            }
            self.pos = at + 1;
        }
        None
    }
}

fn body(data: &'static str) -> impl Iterator<Item = &'static str> {
    // `util::lines` (the `memchr` crate): the standard library's line
    // search was an eighth of a cold analysis.
    crate::util::lines(data)
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.starts_with('#') && !l.trim_ascii().is_empty())
}

/// An upper bound of the entries of a data file: its line count, counted
/// when the crate is compiled (`lines(PLACES)` is a constant): counting
/// them on first use was a tenth of a cold analysis.
const fn lines(data: &str) -> usize {
    let bytes = data.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The line counts of the data files, for the tables' capacities.
const NAMES_CAPACITY: usize = lines(PLACES) + lines(COMPANIES) + lines(LANGUAGES) + lines(NAMED);
const LEXICON_LINES: usize = lines(LEXICON);
const EN_COMMON_LINES: usize = lines(EN_COMMON);
const HI_STOP_LINES: usize = lines(HI_STOP);
const HI_COMMON_LINES: usize = lines(HI_COMMON);

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
        "LANGUAGE" => EntityType::Language,
        _ => return None,
    })
}

fn class_bit(s: &str) -> u32 {
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
        "place_cue" => class::PLACE_CUE,
        "epithet" => class::EPITHET,
        "government" => class::GOVERNMENT,
        "storm_cue" => class::STORM_CUE,
        "role" => class::ROLE,
        "org_cue" => class::ORG_CUE,
        "person_cue" => class::PERSON_CUE,
        "law_suffix" => class::LAW_SUFFIX,
        "scheme_suffix" => class::SCHEME_SUFFIX,
        "title_abbr" => class::TITLE_ABBR,
        "hi_generic" => class::HI_GENERIC,
        _ => 0,
    }
}

/// Whether `s` has a Devanagari letter.
pub(crate) use crate::text::chars::has_devanagari as is_deva;

impl Lexicon {
    fn build() -> Lexicon {
        let mut names = FxHashMap::default();
        names.reserve(NAMES_CAPACITY);
        // A listed company or a language never takes a place's name;
        // named.tsv wins ("Nepali" the people, not the language).
        for (data, overrides) in [
            (PLACES, false),
            (COMPANIES, false),
            (LANGUAGES, false),
            (NAMED, true),
        ] {
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
                let country = cols.next() == Some("country");
                if overrides || !names.contains_key(name) {
                    names.insert(
                        name,
                        Known {
                            kind,
                            canonical,
                            hand: overrides,
                            country,
                        },
                    );
                }
            }
        }
        let mut classes: FxHashMap<&'static str, u32> = FxHashMap::default();
        classes.reserve(LEXICON_LINES);
        for line in body(LEXICON) {
            let mut cols = line.split('\t');
            if let (Some(word), Some(c)) = (cols.next(), cols.next()) {
                *classes.entry(word).or_insert(0) |= class_bit(c.trim_ascii());
            }
        }
        let mut en_common = FxHashSet::default();
        en_common.reserve(EN_COMMON_LINES);
        en_common.extend(body(EN_COMMON).map(str::trim_ascii));
        let mut hi_stop = FxHashSet::default();
        hi_stop.reserve(HI_STOP_LINES + classes.len() / 4);
        hi_stop.extend(body(HI_STOP).map(str::trim_ascii));
        for (w, c) in &classes {
            if c & (class::HI_STOP | class::POSTPOSITION) != 0 {
                hi_stop.insert(*w);
            }
        }
        let mut hi_common = FxHashSet::default();
        hi_common.reserve(HI_COMMON_LINES);
        hi_common.extend(body(HI_COMMON).map(str::trim_ascii));
        Lexicon {
            names,
            classes,
            en_common,
            hi_stop,
            hi_common,
            deva: OnceLock::new(),
            spelled_places: OnceLock::new(),
            trained: OnceLock::new(),
        }
    }

    /// The Devanagari names of the gazetteer and their matcher. Built on
    /// first use (a fifth of a cold English analysis went into it), so that
    /// text without Devanagari never pays for it.
    pub fn deva(&self) -> &DevaGazetteer {
        self.deva.get_or_init(|| {
            let mut names: Vec<&'static str> =
                self.names.keys().copied().filter(|n| is_deva(n)).collect();
            crate::util::sort::sort(&mut names);
            DevaGazetteer {
                matcher: DevaNames::new(names.clone()),
                names,
            }
        })
    }

    /// The Devanagari names the Hindi training data annotates as one type
    /// nearly everywhere they occur (`data/ner/hi-names.tsv`, written by
    /// `khabar-train`). Built on first use, so that text without
    /// Devanagari never pays for it.
    pub fn trained(&self) -> &Trained {
        self.trained.get_or_init(|| {
            let mut names: Vec<(&'static str, EntityType, u32)> = body(TRAINED)
                .filter_map(|line| {
                    let mut cols = line.split('\t');
                    let name = cols.next()?;
                    let kind = match cols.next()? {
                        "PER" => EntityType::Person,
                        "ORG" => EntityType::Org,
                        "LOC" => EntityType::Gpe,
                        _ => return None,
                    };
                    let times = cols.next()?.parse().ok()?;
                    is_deva(name).then_some((name, kind, times))
                })
                .collect();
            crate::util::sort::sort_by_key(&mut names, |n| n.0);
            names.dedup_by_key(|n| n.0);
            Trained {
                matcher: DevaNames::new(names.iter().map(|n| n.0).collect()),
                names,
            }
        })
    }

    /// The class flags of `word` (exact, then with a trailing dot removed).
    pub fn class(&self, word: &str) -> u32 {
        if let Some(c) = self.classes.get(word) {
            return *c;
        }
        word.strip_suffix('.')
            .and_then(|w| self.classes.get(w))
            .copied()
            .unwrap_or(0)
    }

    /// Whether `word` has any of the `flags`.
    pub fn is(&self, word: &str, flags: u32) -> bool {
        self.class(word) & flags != 0
    }

    /// Whether `word` is usually written in lower case in English.
    pub fn common(&self, word: &str) -> bool {
        if word.is_ascii() {
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return self.en_common.contains(word);
            }
            let mut buf = [0u8; 32];
            if let Some(b) = buf.get_mut(..word.len()) {
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                return std::str::from_utf8(b).is_ok_and(|w| self.en_common.contains(w));
            }
        }
        let lower = word.to_lowercase();
        self.en_common.contains(lower.as_str())
    }

    /// The one-word places in Latin script by spelling key
    /// ([`translit::spelling_keys`]), for their Devanagari spellings
    /// (सांगली = Sangli), to be confirmed with [`translit::spells`]. Built
    /// on first use, so that text without Devanagari never pays for it.
    pub fn spelled_places(&self) -> &FxHashMap<String, Vec<(&'static str, Known)>> {
        self.spelled_places.get_or_init(|| {
            let mut by_key: FxHashMap<String, Vec<(&'static str, Known)>> = FxHashMap::default();
            for (&name, known) in &self.names {
                let place = matches!(known.kind, EntityType::Gpe | EntityType::Loc);
                if !place || name.len() < 4 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
                    continue;
                }
                for key in translit::spelling_keys(name) {
                    if key.len() >= 3 {
                        by_key.entry(key).or_default().push((name, *known));
                    }
                }
            }
            for v in by_key.values_mut() {
                // `names` is a hash map: sort for a stable order.
                crate::util::sort::sort_by_key(v, |&(n, _)| n);
            }
            by_key
        })
    }

    /// Whether a Devanagari `word` is an ordinary word, seldom inside a
    /// name ("आलेख", "रोजगार"), or a function word.
    pub fn hindi_common(&self, word: &str) -> bool {
        self.hi_common.contains(word) || self.hindi_stop(word)
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

    /// The lists are trimmed as ASCII when loaded: no other whitespace may
    /// stand at the edge of an entry.
    #[test]
    fn entries_have_only_ascii_whitespace_at_their_edges() {
        for data in [
            PLACES, NAMED, COMPANIES, LEXICON, EN_COMMON, HI_STOP, HI_COMMON,
        ] {
            for line in data.lines() {
                for field in line.split('\t') {
                    assert_eq!(field.trim(), field.trim_ascii(), "{line:?}");
                }
            }
        }
    }

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

    /// The Devanagari name index finds exactly what an Aho-Corasick
    /// automaton (leftmost-longest) over the same names finds.
    #[test]
    fn listed_companies_are_organizations_and_places_keep_their_names() {
        let lex = get();
        let kind = |n: &str| lex.names.get(n).map(|k| k.kind);
        for org in [
            "Tata Motors",
            "Tata Motors Ltd",
            "ICICI Bank",
            "Kotak Mahindra Bank",
        ] {
            assert_eq!(kind(org), Some(EntityType::Org), "{org}");
        }
        for place in ["Bihar", "Bengaluru", "Delhi", "Gajapati", "गजपति"] {
            assert_eq!(kind(place), Some(EntityType::Gpe), "{place}");
        }
        assert_eq!(kind("भारतीय नौसेना"), Some(EntityType::Org));
        // Names more often a person's or a common word are left out.
        for ambiguous in ["Khanna", "खन्ना", "Arvind", "Eternal", "सोमवार"] {
            assert!(!lex.names.contains_key(ambiguous), "{ambiguous}");
        }
    }

    #[test]
    fn deva_names_match_like_aho_corasick() {
        use aho_corasick::{AhoCorasickBuilder, MatchKind};
        let lex = get();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&lex.deva().names)
            .expect("automaton");
        let deva = &lex.deva().matcher;
        assert!(!lex.deva().names.is_empty(), "no Devanagari names");
        let mut texts: Vec<String> = vec![
            String::new(),
            "Rajnath Singh met Putin in Moscow.".into(),
            "राजनाथ सिंह ने मॉस्को में पुतिन से मुलाकात की। नई दिल्ली, भारतीय, रूसी।".into(),
            "कनई दिल्ली दिल्लीवाला अमेरिकाभारत भारत-रूस (भारत) ‘मॉस्को’ भा".into(),
        ];
        // Every name glued to the next, then separated by a space, a
        // letter, a danda and half a name: overlaps and shadowed matches.
        for sep in ["", " ", "क", "।", "ि"] {
            texts.push(lex.deva().names.join(sep));
        }
        let halves: Vec<&str> = lex
            .deva()
            .names
            .iter()
            .map(|n| {
                let mut cut = n.len() / 2;
                while !n.is_char_boundary(cut) {
                    cut -= 1;
                }
                &n[cut..]
            })
            .collect();
        texts.push(halves.join(""));
        texts.push(
            lex.deva()
                .names
                .iter()
                .zip(&halves)
                .map(|(a, b)| format!("{b}{a}"))
                .collect(),
        );
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/samples");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(entry.path()));
        }
        for text in &texts {
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let got: Vec<(usize, usize, usize)> = deva
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(got, want, "{}", text.chars().take(80).collect::<String>());
        }
    }

    #[test]
    fn devanagari_detection() {
        for (s, want) in [
            ("", false),
            ("Putin", false),
            ("पुतिन", true),
            ("Mr. मोदी", true),
            ("\u{0900}", true),
            ("\u{097F}", true),
            ("\u{0980}", false),
            ("\u{08FF}", false),
            ("é—“", false),
        ] {
            assert_eq!(is_deva(s), want, "{s}");
            assert_eq!(
                is_deva(s),
                s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
            );
        }
    }

    #[test]
    fn common_words_in_any_case() {
        let lex = get();
        for (w, common) in [
            ("said", true),
            ("Said", true),
            ("SAID", true),
            ("Discussed", true),
            ("Putin", false),
            ("PUTIN", false),
            ("", false),
            ("Abcdefghijklmnopqrstuvwxyzabcdefghijkl", false),
            ("ŞAID", false),
        ] {
            assert_eq!(lex.common(w), common, "{w}");
        }
    }

    #[test]
    fn word_classes() {
        let lex = get();
        let table: &[(&str, u32)] = &[
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
