//! The Devanagari gazetteer: every name of `data/gazetteer/` written in
//! Devanagari, found wherever it stands as a whole word. (Latin-script names
//! are looked up by the English rules, which know where a name starts.)

use crate::entities::candidates::{prio, Raw};
use crate::entities::lexicon::{is_deva, Lexicon};
use crate::model::EntityType;
use crate::segment::chars;

/// What the gazetteer matched, sorted: every whole-word match, and the
/// places among them.
#[derive(Default)]
pub(crate) struct Hits {
    pub matched: Vec<(usize, usize)>,
    pub places: Vec<(usize, usize)>,
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

/// The Devanagari gazetteer over the whole text (a leftmost-longest scan,
/// [`DevaNames::find_iter`](crate::entities::lexicon::DevaNames::find_iter)),
/// kept only where the match is a whole word. Returns what it matched, for
/// [`spelled_places`](super::spelled_places).
pub(crate) fn scan(text: &str, lex: &Lexicon, found: &mut Vec<Raw>) -> Hits {
    let mut hits = Hits::default();
    // Every name holds a Devanagari letter: a text without one matches
    // none, and never builds the matcher.
    if !is_deva(text) {
        return hits;
    }
    let deva = lex.deva();
    let names = &deva.matcher;
    let Hits { matched, places } = &mut hits;
    for m in names.find_iter(text) {
        if !whole_word(text, m.start(), m.end()) {
            continue;
        }
        matched.push((m.start(), m.end()));
        let Some(name) = deva.names.get(m.pattern().as_usize()) else {
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
        found.push(Raw {
            start: m.start(),
            end: m.end(),
            kind: kn.kind,
            prio: prio::STRONG,
            role: None,
            canonical: Some(kn.canonical),
        });
    }
    hits
}

/// The word after byte `end` (one space on), without punctuation.
pub(super) fn next_word(text: &str, end: usize) -> &str {
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
pub(super) fn names_programme(text: &str, end: usize) -> bool {
    PROGRAMME_WORDS.contains(&next_word(text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

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
