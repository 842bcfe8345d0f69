//! Places the gazetteer knows only in Latin script, spelled in Devanagari.

use crate::entities::candidates::{prio, Raw};
use crate::entities::gazetteer::{names_programme, next_word, Hits};
use crate::entities::lexicon::{class, Known, Lexicon};
use crate::entities::translit;

/// Devanagari spellings of the one-word places the gazetteer knows only in
/// Latin script (सांगली, सतारा, भंडारा: Indian districts are far more than
/// any list of their Hindi names), found by their spelling key. Ordinary
/// Hindi words and the lexicon's words are never looked up, and the word
/// must be a whole word of at least three letters.
///
/// Some ordinary words spell a place too (थाने = Thane, कबूल = Kabul,
/// बस्ती = Basti), so a spelling stands on its own only with evidence of a
/// place around it: a place word after it ("करनाल जिले", "मिलान शहर"), a
/// list it shares with a known place ("पुणे , सांगली , सतारा और
/// सोलापुर"), or a known place it lies in ("कर्नाटक के कलबुर्गी").
/// Without that it is a guess the tagger must support.
/// `hits` are the gazetteer's own matches.
pub(crate) fn find(text: &str, lex: &Lexicon, hits: &Hits, found: &mut Vec<Raw>) {
    let Hits { matched, places } = hits;
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
        let Some(kn) = spelled_place(lex, word) else {
            continue;
        };
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
    // A place inside a known one: "कर्नाटक के कलबुर्गी में", "इटली के
    // मिलान से"; not a name going on ("महाराष्ट्र के सिद्धि विनायक मंदिर").
    let inside = |place: (usize, usize), s: usize, e: usize| {
        let after = next_word(text, e);
        text.get(place.1..s)
            .is_some_and(|gap| matches!(gap.trim(), "के" | "की" | "का"))
            && (after.is_empty() || lex.hindi_stop(after) || lex.is(after, class::PLACE_CUE))
    };
    // A known place right before or after each spelled word, by position.
    for (i, &(s, e, _)) in spelled.iter().enumerate() {
        let k = places.partition_point(|&(_, b)| b <= s);
        let before = k.checked_sub(1).and_then(|k| places.get(k));
        if before
            .into_iter()
            .chain(places.get(k))
            .any(|&p| listed((s, e), p))
            || before.is_some_and(|&p| inside(p, s, e))
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
        found.push(Raw {
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

/// The one place the gazetteer knows in Latin script that a Devanagari
/// `word` spells ("फ्रांस" France, "सांगली" Sangli); none when it spells no
/// place or several.
pub(crate) fn spelled_place(lex: &Lexicon, word: &str) -> Option<Known> {
    let keys = translit::spelling_keys(word);
    let mut hits = keys
        .iter()
        .filter_map(|k| lex.spelled_places().get(k))
        .flatten()
        .filter(|(name, _)| translit::spells(word, name))
        .map(|&(_, kn)| kn);
    let kn = hits.next()?;
    if hits.any(|other| other.canonical != kn.canonical) {
        return None;
    }
    Some(kn)
}
