//! What never names anything, whatever a pass proposed for it: a
//! sentence-initial adverb or interjection ("Sadly, …", "However, …"), a
//! shouted function word or month ("YES", "NO", "SEPTEMBER"), a Roman
//! numeral standing alone ("III", a list's "VIII."), an acronym
//! in the plural ("EOUs") or of the title before it ("Deputy
//! Superintendent of Police (DSP)"), a stock ticker (".DJI", "(.SPX)",
//! "US10YT=RR") and the news site's furniture lines ("Our Standards: The
//! Thomson Reuters Trust Principles").
//!
//! Gazetteer names are never dropped here: the gazetteer is evidence.

use crate::entities::candidates::Raw;
use crate::entities::edges::starts_sentence;
use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::model::EntityType;
use crate::text::chars;
use std::collections::HashMap;

/// Lines of a news site's furniture that open with these name nothing.
const FURNITURE: &[&str] = &["Our Standards:"];

/// Drops the accepted mentions that are noise.
pub(crate) fn drop(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    accepted.retain(|r| !is_noise(text, lex, r));
}

fn is_noise(text: &str, lex: &Lexicon, r: &Raw) -> bool {
    let Some(span) = text.get(r.start..r.end) else {
        return false;
    };
    if furniture_line(text, r.start) {
        return true;
    }
    if r.canonical.is_some() {
        return false;
    }
    let one_word = !span.contains(char::is_whitespace);
    one_word
        && (opener(text, lex, r.start, span)
            || shouted(lex, span)
            || ticker(text, r, span)
            || unit_after_number(text, r.start, span)
            || plural_acronym(span)
            || roman_numeral(span)
            || title_acronym(text, lex, r, span))
}

/// A one-word Devanagari "person" that the story puts somewhere, "X में"
/// (in X), in half its mentions or more is no person: "खुद को एकांतवास में
/// रखा" (in isolation, 25 times in one story), "आइसोलेशन में", "ऋषिकेश
/// में". People are seldom *in*; titled mentions as many as the located
/// ones keep it (one "title" before such a word is the title rule misled).
/// Runs last, on every mention the repeats brought.
pub(crate) fn locative_people(text: &str, accepted: &mut Vec<Raw>) {
    let one_word = |r: &Raw| {
        r.kind == EntityType::Person
            && text
                .get(r.start..r.end)
                .is_some_and(|s| is_deva(s) && !s.contains(char::is_whitespace))
    };
    // Per name: (mentions, mentions followed by में, mentions with a role).
    let mut tally: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let entry = tally.entry(span).or_default();
        entry.0 += 1;
        entry.2 += usize::from(r.role.is_some());
        if text.get(r.end..).is_some_and(|after| {
            after.starts_with(" में") && !after[" में".len()..].starts_with(chars::is_devanagari)
        }) {
            entry.1 += 1;
        }
    }
    accepted.retain(|r| {
        !one_word(r)
            || text
                .get(r.start..r.end)
                .and_then(|s| tally.get(s))
                .is_none_or(|&(all, located, titled)| located <= titled || located * 2 < all)
    });
}

/// An acronym in the plural ("EOUs", "MLAs", "NGOs"): a class of things
/// or people, never one named thing.
fn plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| {
        stem.len() >= 2 && stem.len() <= 6 && stem.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// A Roman numeral of two to five letters ("II", "VIII", "XIV"), alone:
/// a list's number or a name's part cut from it, never a name. "Playing
/// XI" is a team's eleven, not one named.
fn roman_numeral(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    (2..=5).contains(&w.len()) && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// A unit symbol right after a number: "2,000 MW", "400 KV", "5 GW".
fn unit_after_number(text: &str, start: usize, word: &str) -> bool {
    let before = text[..start].trim_end_matches(' ');
    before.len() < start
        && before.ends_with(|c: char| c.is_ascii_digit())
        && word.len() <= 5
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && crate::figures::is_unit_symbol(word)
}

/// A word that opens a sentence and is set off by a comma or an
/// exclamation mark, and is an ordinary word: "Sadly,", "However,", "Yes!".
fn opener(text: &str, lex: &Lexicon, start: usize, word: &str) -> bool {
    let after = &text[start + word.len()..];
    starts_sentence(text, start)
        && after.starts_with([',', '!'])
        && (lex.is(word, class::EN_STOP) || (word.is_ascii() && lex.common(word)))
}

/// A function word or interjection in capitals: "YES", "NO", "BREAKING"
/// (not one the gazetteer knows: "US").
fn shouted(lex: &Lexicon, word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !word.chars().all(|c| c.is_ascii_uppercase()) || lex.names.contains_key(word)
    {
        return false;
    }
    let mut titled = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        titled.push(if i == 0 { c } else { c.to_ascii_lowercase() });
    }
    lex.is(&titled, class::EN_STOP | class::CALENDAR)
}

/// An acronym in brackets that spells the title right before it: "Deputy
/// Superintendent of Police (DSP)", "Chief Minister (CM)". An office, not
/// an organization (the name after it is the person who holds it).
fn title_acronym(text: &str, lex: &Lexicon, r: &Raw, word: &str) -> bool {
    let letters: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if letters.len() < 2
        || letters.len() > 6
        || !word.bytes().all(|b| b.is_ascii_uppercase())
        || !text[r.end..].starts_with(')')
    {
        return false;
    }
    let Some(before) = text[..r.start].strip_suffix('(') else {
        return false;
    };
    // The words before the bracket, last first, up to eight.
    let words: Vec<&str> = before
        .trim_end()
        .rsplit(' ')
        .take(8)
        .take_while(|w| !w.is_empty())
        .collect();
    // A title: its last word is a title head ("Chief Minister"), or one
    // comes before its "of" ("Director General of Police"); not "General
    // Motors (GM)".
    let mut k = letters.len();
    let mut title = false;
    let mut of = false;
    for w in &words {
        if lex.is(w, class::CONNECTOR) && w.starts_with(|c: char| c.is_lowercase()) {
            of |= *w == "of";
            continue;
        }
        let Some(first) = w.bytes().next() else {
            return false;
        };
        if k == 0 || first.to_ascii_uppercase() != letters[k - 1] {
            return false;
        }
        title |= lex.is(w, class::TITLE_HEAD) && (of || k == letters.len());
        k -= 1;
        if k == 0 {
            return title;
        }
    }
    false
}

/// A stock ticker: capitals right after a dot (".DJI", "(.SPX)") or next to
/// "=" ("US10YT=RR"), or capitals around digits ("US10YT").
fn ticker(text: &str, r: &Raw, word: &str) -> bool {
    let caps = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase());
    let before = text[..r.start].chars().next_back();
    let dotted = before == Some('.')
        && text[..r.start - 1]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
    let priced = text[r.end..].starts_with('=') || before == Some('=');
    let letters = word.trim_end_matches(|c: char| c.is_ascii_uppercase());
    let digits = letters.trim_end_matches(|c: char| c.is_ascii_digit());
    let mixed = word.is_ascii()
        && letters.len() < word.len()
        && digits.len() < letters.len()
        && caps(digits);
    let code = word
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    code && (dotted || priced || mixed)
}

/// How far back a furniture line's start can be from a name in it:
/// furniture lines are short, and a bounded look-back keeps this test
/// constant-time on a document that is one long line.
const FURNITURE_REACH: usize = 256;

/// Whether the line holding `at` is site furniture.
fn furniture_line(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(FURNITURE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let line_start = match before.rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line = text[line_start..].trim_start();
    FURNITURE.iter().any(|f| line.starts_with(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_of_titles_name_nothing() {
        let lex = crate::entities::lexicon::get();
        let at = |text: &str, acr: &str| {
            let s = text.find(acr).unwrap_or(0);
            let r = Raw {
                start: s,
                end: s + acr.len(),
                kind: crate::model::EntityType::Org,
                prio: 2,
                role: None,
                canonical: None,
            };
            title_acronym(text, lex, &r, acr)
        };
        assert!(at(
            "Deputy Superintendent of Police (DSP) Santosh Jena",
            "DSP"
        ));
        assert!(at("Director General of Police (DGP) Anil Verma", "DGP"));
        assert!(!at("the Central Bureau of Investigation (CBI) said", "CBI"));
        assert!(!at("the Reserve Bank of India (RBI) said", "RBI"));
        assert!(!at("said DSP Santosh Jena", "DSP"));
        assert!(!at("Shares of General Motors (GM) rose", "GM"));
        assert!(at("Chief Minister (CM) Mamata Banerjee", "CM"));
    }

    #[test]
    fn shouted_months_name_nothing() {
        let lex = crate::entities::lexicon::get();
        assert!(shouted(lex, "SEPTEMBER"));
        assert!(!shouted(lex, "NASA"));
    }

    #[test]
    fn roman_numerals_alone_name_nothing() {
        assert!(noise("Steps II and VIII. were late.", "II"));
        assert!(noise("Steps II and VIII. were late.", "VIII"));
        assert!(!noise("The XIAN plant closed.", "XIAN"));
        assert!(!noise("Ivan left.", "Ivan"));
    }

    #[test]
    fn plural_acronyms_name_nothing() {
        for w in ["EOUs", "MLAs", "NGOs", "PSUs"] {
            assert!(plural_acronym(w), "{w}");
        }
        for w in ["US", "Sikhs", "ISRO", "Ms", "BJPs-led", "s"] {
            assert!(!plural_acronym(w), "{w}");
        }
    }
    use crate::model::EntityType;

    fn raw(text: &str, word: &str) -> Raw {
        Raw::at(text, 0, word, EntityType::Org, 3)
    }

    fn noise(text: &str, word: &str) -> bool {
        is_noise(text, crate::entities::lexicon::get(), &raw(text, word))
    }

    #[test]
    fn sentence_opening_adverbs_and_interjections_are_noise() {
        assert!(noise("Sadly, the bridge gave way.", "Sadly"));
        assert!(noise(
            "The rain stopped. However, roads stayed shut.",
            "However"
        ));
        assert!(noise("Yes! The team has won.", "Yes"));
        // A name that opens a sentence stays.
        assert!(!noise("Kelly, who runs the shop, agreed.", "Kelly"));
        assert!(!noise("Sadly Mehra, a teacher, agreed.", "Sadly Mehra"));
    }

    #[test]
    fn shouted_function_words_are_noise_acronyms_are_not() {
        assert!(noise("YES, we will build the road, he said.", "YES"));
        assert!(noise("The answer was NO from the board.", "NO"));
        assert!(!noise("The ISRO team launched it.", "ISRO"));
        assert!(!noise("He paid in US dollars.", "US"));
    }

    #[test]
    fn stock_tickers_are_noise() {
        assert!(noise("The Dow (.DJI) fell 1%.", "DJI"));
        assert!(noise("Stocks slid; .SPX lost 0.4%.", "SPX"));
        assert!(noise("The yield US10YT=RR rose.", "US10YT"));
        assert!(noise("The yield on US10YT rose.", "US10YT"));
        assert!(noise("The yield US10YT=RR rose.", "RR"));
        assert!(!noise("Members of the G20 met.", "G20"));
        assert!(!noise("He met Mr. Raman.", "Raman"));
    }

    #[test]
    fn a_unit_after_a_number_is_noise() {
        assert!(noise("The plant makes 2,000 MW of power.", "MW"));
        assert!(noise("A 5 GW solar park.", "GW"));
        // Not after a number, or not a unit.
        assert!(!noise("MW Power Ltd filed its results.", "MW"));
        assert!(!noise("He won 3 IPL titles.", "IPL"));
    }

    #[test]
    fn site_furniture_lines_name_nothing() {
        let t = "Prices rose.\nOur Standards: The Thomson Reuters Trust Principles.";
        assert!(noise(t, "Thomson Reuters Trust Principles"));
        assert!(!noise(
            "Thomson Reuters said on Monday it would hire.",
            "Thomson Reuters"
        ));
    }

    #[test]
    fn a_furniture_line_is_found_after_a_long_line_and_at_the_start() {
        let long = "Prices rose. ".repeat(2_000);
        let t = format!("{long}\nOur Standards: The Thomson Reuters Trust Principles.");
        assert!(noise(&t, "Thomson Reuters Trust Principles"));
        let t = "Our Standards: The Thomson Reuters Trust Principles.";
        assert!(noise(t, "Thomson Reuters Trust Principles"));
        // A name deep inside one long line is not on a furniture line.
        let t = format!("Our Standards: {long} Thomson Reuters said so.");
        assert!(!noise(&t, "Thomson Reuters"));
    }

    #[test]
    fn a_person_the_story_puts_somewhere_is_no_person() {
        let text = "नेताओं ने खुद को एकांतवास में रखा। मंत्री भी एकांतवास में गए। \
                    फिर एकांतवास की अवधि बढ़ी। राम ने कहा। राम में दम है। राम आए।";
        let mut accepted: Vec<Raw> = (0..3)
            .map(|n| Raw::at(text, n, "एकांतवास", EntityType::Person, 3))
            .chain((0..3).map(|n| Raw::at(text, n, "राम", EntityType::Person, 3)))
            .collect();
        locative_people(text, &mut accepted);
        let left: Vec<&str> = accepted.iter().map(|r| &text[r.start..r.end]).collect();
        // "एकांतवास में" twice of three: gone; "राम में" once of three: kept.
        assert_eq!(left, ["राम", "राम", "राम"]);
        // As many titled mentions as located ones keep the name.
        let mut titled: Vec<Raw> = (0..3)
            .map(|n| Raw::at(text, n, "एकांतवास", EntityType::Person, 3))
            .collect();
        titled[0].role = Some("मंत्री".to_string());
        titled[2].role = Some("मंत्री".to_string());
        locative_people(text, &mut titled);
        assert_eq!(titled.len(), 3);
    }
}
