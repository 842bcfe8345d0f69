//! Boundaries a reader would draw, fixed on the mentions kept:
//!
//! - a bracket opened inside a word of a name is closed inside it
//!   ("JD(U)");
//! - the initials before a name are part of it ("B S Sandhu"), and make it
//!   a person ("B S Yediyurappa");
//! - an organization named by two ordinary words joined by "and" stays
//!   whole ("Planning and Coordination Department");
//! - a name that ends in a law's or a scheme's word, or stands right
//!   before one, is that law or scheme, the word included ("Prevention of
//!   Money Laundering Act", "Ladli Behna Yojana"), not the organization
//!   or the person the words before it looked like.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::entities::candidates::{prio, Raw};
use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::entities::{spelled_places, translit};
use crate::model::EntityType;

/// Fixes the boundaries of the accepted mentions.
pub(crate) fn fix(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    surname_places(text, lex, accepted);
    titles_before_initials(text, lex, accepted);
    let mut spans: Vec<(usize, usize)> = accepted.iter().map(|r| (r.start, r.end)).collect();
    crate::util::sort::sort(&mut spans);
    let free = |s: usize, e: usize| !spans.iter().any(|&(a, b)| a < e && s < b);
    for r in accepted.iter_mut() {
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        if inner_bracket_open(span) && text[r.end..].starts_with(')') {
            r.end += 1;
            continue;
        }
        // A party's faction letter after a space: "JD (S)", "CPI (M)".
        if let Some(len) = faction_letter(span, &text[r.end..]) {
            if free(r.end, r.end + len) {
                r.end += len;
                continue;
            }
        }
        // A one-word place after initials is a surname: "K. S. Khanna".
        let place_word = matches!(r.kind, EntityType::Gpe | EntityType::Loc)
            && !span.contains(char::is_whitespace);
        if r.canonical.is_some() && !place_word {
            continue;
        }
        let start = initials_before(text, r.start);
        if start < r.start && free(start, r.start) {
            r.start = start;
            if !span.contains(char::is_whitespace) {
                r.kind = EntityType::Person;
                r.canonical = None;
            }
            continue;
        }
        if r.canonical.is_some() {
            continue;
        }
        let office = office_after(text, lex, r.start, r.end);
        if let Some(end) = office.filter(|_| r.kind != EntityType::Person) {
            r.end = end;
            continue;
        }
        if r.kind == EntityType::Org {
            let start = joined_org_start(text, lex, r.start, span);
            if start < r.start && free(start, r.start) {
                r.start = start;
            }
        }
    }
}

/// Names before a word for a government ("Vajpayee Government", "UPA
/// Government", "कमलनाथ सरकार") name who leads it: the mention becomes the
/// name alone, typed as the gazetteer knows it (a place), as an
/// organization when an acronym ("UPA"), else as a person; a common word
/// before it ("State Government") names nothing. In Devanagari a person
/// the document names elsewhere ("मुख्यमंत्री कमलनाथ") and a state, district
/// or city the gazetteer knows ("दिल्ली सरकार", "बिहार सरकार": the place, as
/// "the Delhi government" gives Delhi, so the two scripts agree), a party
/// it knows ("भाजपा सरकार": the party) and one word that can only be a
/// leader's name ("मोदी सरकार") are cut out; a country's government
/// ("भारत सरकार", the Government of India) is the name of an
/// organization, and "केंद्र सरकार", "प्रदेश सरकार" (the Centre, a state
/// not named) name nothing. And a Devanagari place right before an
/// organization's form word is that organization ("दिल्ली पुलिस",
/// "मध्यप्रदेश पुलिस"), the longest name.
pub(crate) fn governments(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    let mut spans: Vec<(usize, usize)> = accepted.iter().map(|r| (r.start, r.end)).collect();
    crate::util::sort::sort(&mut spans);
    // The words of the Devanagari people kept, and the one-word Devanagari
    // names kept as something else ("फ्रांस", "बंगाल" before सरकार are no
    // leaders).
    let mut people: HashSet<String> = HashSet::new();
    let mut elsewhere: HashSet<String> = HashSet::new();
    for r in accepted.iter() {
        let Some(span) = text.get(r.start..r.end).filter(|s| is_deva(s)) else {
            continue;
        };
        if r.kind == EntityType::Person {
            people.extend(
                span.split_whitespace()
                    .map(|w| without_zero_width(w).into_owned()),
            );
        } else if !span.contains(char::is_whitespace) {
            elsewhere.insert(without_zero_width(span).into_owned());
        }
    }
    // How the Hindi training data annotates a word.
    let trained = |w: &str| lex.trained().kind_of(w);
    accepted.retain_mut(|r| {
        let Some(span) = text.get(r.start..r.end) else {
            return true;
        };
        if let Some(end) = org_after_place(text, lex, r, &spans) {
            r.end = end;
            r.kind = EntityType::Org;
            r.canonical = None;
            return true;
        }
        let Some((rest, last)) = span.trim_end().rsplit_once(' ') else {
            return true;
        };
        if !lex.is(last, class::GOVERNMENT) {
            return true;
        }
        let rest = rest.trim_end();
        let clean = without_zero_width(rest);
        if unnamed_government(lex, &clean) {
            return false;
        }
        // One word that can only be who leads it: "मोदी सरकार".
        let leader = leader_alone(lex, &clean)
            && !elsewhere.contains(clean.as_ref())
            && trained(&clean).is_none_or(|k| k == EntityType::Person);
        if is_deva(&clean)
            && !lex.names.get(clean.as_ref()).is_some_and(|k| {
                (k.kind == EntityType::Gpe && !k.country) || k.kind == EntityType::Org
            })
            && !clean
                .split_whitespace()
                .next_back()
                .is_some_and(|w| people.contains(w) || trained(w) == Some(EntityType::Person))
            && !leader
        {
            return true;
        }
        r.end = r.start + rest.len();
        r.role = None;
        if let Some(known) = lex.names.get(clean.as_ref()) {
            r.kind = known.kind;
            r.canonical = Some(known.canonical);
            return true;
        }
        r.canonical = None;
        let words: Vec<&str> = clean.split_whitespace().collect();
        let ordinary = |w: &str| {
            lex.common(w)
                || lex.hindi_common(w)
                || lex.hindi_stop(w)
                || lex.is(
                    w,
                    class::EN_STOP
                        | class::TITLE_HEAD
                        | class::TITLE_MOD
                        | class::CONNECTOR
                        | class::POSTPOSITION
                        | class::ORG_HEAD,
                )
        };
        if words.is_empty() || words.len() > 3 || words.iter().any(|w| ordinary(w)) {
            return false;
        }
        let acronym = words.len() == 1
            && words[0].chars().filter(char::is_ascii_uppercase).count() >= 2
            && words[0].chars().all(|c| c.is_ascii_uppercase() || c == '-');
        r.kind = if acronym {
            EntityType::Org
        } else {
            EntityType::Person
        };
        true
    });
}

/// Whether the Devanagari words before "सरकार" are one word that can only
/// be who leads it ("मोदी सरकार", "अमरिंदर सरकार", "गहलोत सरकार"): no
/// ordinary word, no word of the lexicon, nothing the gazetteer knows.
fn leader_alone(lex: &Lexicon, before: &str) -> bool {
    !before.contains(char::is_whitespace)
        && before.chars().count() >= 2
        && !lex.hindi_common(before)
        && lex.class(before) == 0
        && !lex.names.contains_key(before)
        && !is_the_centre(before)
        && !translit::spells_letters(before)
        && spelled_places::spelled_place(lex, before).is_none()
}

/// "केंद्र" and its misspellings ("केद्र", "केेंद्र"), by spelling key.
fn is_the_centre(word: &str) -> bool {
    let key = translit::key(word);
    THE_CENTRE.iter().any(|c| translit::key(c) == key)
}

/// Words for the Centre, the Union government ("केंद्र सरकार").
const THE_CENTRE: &[&str] = &["केंद्र", "केन्द्र"];

/// Whether the Devanagari words before "सरकार" name no one: "केंद्र",
/// "प्रदेश", "राज्य" (the Centre, a state not named), a generic reference.
fn unnamed_government(lex: &Lexicon, before: &str) -> bool {
    is_deva(before)
        && before.split_whitespace().all(|w| {
            is_the_centre(w)
                || lex.hindi_common(w)
                || lex.is(w, class::LOC_SUFFIX | class::TITLE_MOD)
        })
}

/// Whether a Devanagari name is a generic reference, never a name of its
/// own: a department ("स्वास्थ्य विभाग"), an unnamed government ("केंद्र
/// सरकार"), or a word for a kind of body or place with ordinary words only
/// ("रेलवे", "राज्य पुलिस", "जिला अस्पताल", "रेलवे स्टेशन"). The Hindi
/// training data annotates some of them as names.
pub(crate) fn generic_body(lex: &Lexicon, name: &str) -> bool {
    if !is_deva(name) {
        return false;
    }
    let clean = without_zero_width(name);
    let ordinary = |w: &str| {
        lex.hindi_common(w)
            || lex.is(
                w,
                class::HI_GENERIC | class::TITLE_MOD | class::LOC_SUFFIX | class::PLACE_CUE,
            )
    };
    if clean.split_whitespace().all(ordinary)
        && clean
            .split_whitespace()
            .any(|w| lex.is(w, class::HI_GENERIC))
    {
        return true;
    }
    match clean.trim_end().rsplit_once(' ') {
        Some((_, "विभाग")) => true,
        Some((before, last)) if lex.is(last, class::GOVERNMENT) => {
            unnamed_government(lex, before.trim_end())
        }
        _ => false,
    }
}

/// Generic references in Hindi name nothing ([`generic_body`]; "the
/// Centre", "स्वास्थ्य विभाग" in ANNOTATION.md): "रेलवे", "राज्य पुलिस",
/// "जिला अस्पताल" are dropped. A department named by what it does
/// ("स्वास्थ्य विभाग", "शिक्षा विभाग", "महाराष्ट्र स्वास्थ्य विभाग") is one
/// too, as "the health department" is in English: the place that opens
/// it is the mention (महाराष्ट्र), else nothing is. A department the text
/// also names by an acronym in brackets ("दूरसंचार विभाग (डीओटी)") keeps
/// its name.
pub(crate) fn generic_bodies(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    accepted.retain_mut(|r| {
        if r.canonical.is_some() {
            return true;
        }
        let Some(span) = text.get(r.start..r.end) else {
            return true;
        };
        let last_word = span.split_whitespace().next_back().unwrap_or("");
        if last_word != "विभाग" && generic_body(lex, span) {
            return false;
        }
        let clean = without_zero_width(span);
        let words: Vec<&str> = clean.split_whitespace().collect();
        if !is_deva(&clean) || words.len() < 2 || words.last() != Some(&"विभाग") {
            return true;
        }
        if text.contains(&format!("{span} (")) {
            return true;
        }
        // The longest run of opening words the gazetteer knows as a place.
        for n in (1..words.len()).rev() {
            let head = words[..n].join(" ");
            let Some(known) = lex.names.get(head.as_str()) else {
                continue;
            };
            if !matches!(known.kind, EntityType::Gpe | EntityType::Loc) {
                continue;
            }
            // The end of the mention's n-th word, in its own bytes.
            let Some(last) = span.split_whitespace().nth(n - 1) else {
                continue;
            };
            let end = r.start + (last.as_ptr() as usize - span.as_ptr() as usize) + last.len();
            if end > r.start {
                r.end = end;
                r.kind = known.kind;
                r.canonical = Some(known.canonical);
                r.role = None;
                return true;
            }
        }
        false
    });
}

/// Types and closes the names of laws and schemes: a mention whose last
/// word is a law's ("Act", "Sanhita") or a scheme's ("Yojana", "Policy")
/// word, or that stands one space before such a word (which joins it), or
/// before a lower-case "scheme". A mention cut off right before it ("Biju
/// Pucca" of "Biju Pucca Ghar Yojana") joins it too. Gazetteer names and
/// title-cued people are left alone.
pub(crate) fn laws(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    let forms = class::LAW_SUFFIX | class::SCHEME_SUFFIX;
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let kind_of = |w: &str| {
        if lex.is(w, class::LAW_SUFFIX) {
            EntityType::Law
        } else {
            EntityType::Misc
        }
    };
    let mut order: Vec<usize> = (0..accepted.len()).collect();
    order.sort_by_key(|&i| (accepted[i].start, accepted[i].end));
    let mut gone = vec![false; accepted.len()];
    for (pos, &i) in order.iter().enumerate() {
        let r = &accepted[i];
        if gone[i] || r.canonical.is_some() || r.prio >= prio::STRONG || r.kind == EntityType::Law {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let words = span.split_whitespace().count();
        let last = span.split_whitespace().next_back().unwrap_or("");
        let after = text.get(r.end..).unwrap_or("");
        let next = after
            .strip_prefix(' ')
            .and_then(|a| a.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("");
        let next_free = order
            .get(pos + 1)
            .is_none_or(|&j| accepted[j].start > r.end + 1 + next.len());
        let (kind, end) = if words >= 2 && capitalized(last) && lex.is(last, forms) {
            (kind_of(last), r.end)
        } else if capitalized(next) && lex.is(next, forms) && next_free {
            (kind_of(next), r.end + 1 + next.len())
        } else if !next.is_empty() && !capitalized(next) && lex.is(next, class::SCHEME_SUFFIX) {
            (EntityType::Misc, r.end)
        } else {
            continue;
        };
        // The piece of the name cut off before it.
        let mut start = r.start;
        if let Some(&j) = pos.checked_sub(1).and_then(|p| order.get(p)) {
            let b = &accepted[j];
            if !gone[j]
                && b.canonical.is_none()
                && b.prio < prio::STRONG
                && b.end + 1 == r.start
                && text.get(b.end..r.start) == Some(" ")
            {
                start = b.start;
                gone[j] = true;
            }
        }
        let r = &mut accepted[i];
        r.start = start;
        r.end = end;
        r.kind = kind;
        r.role = None;
        // A typed form: it outvotes the tagger's guesses for the acronym
        // that glosses it ("National Education Policy (NEP)").
        r.prio = r.prio.max(prio::FORM);
    }
    let mut k = 0;
    accepted.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Zero-width joiners and non-joiners some sites put inside Devanagari
/// words ("दिल्\u{200d}ली").
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}')
}

/// `s` without its zero-width characters, borrowed when it has none.
fn without_zero_width(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_zero_width) {
        s.chars().filter(|c| !is_zero_width(*c)).collect()
    } else {
        Cow::Borrowed(s)
    }
}

/// Where a Devanagari place mention ends when an organization's form word
/// right after it ("पुलिस", "विश्वविद्यालय") makes the two one
/// organization; `None` otherwise (or when another mention holds the word).
fn org_after_place(text: &str, lex: &Lexicon, r: &Raw, spans: &[(usize, usize)]) -> Option<usize> {
    if r.kind != EntityType::Gpe {
        return None;
    }
    let span = text.get(r.start..r.end)?;
    if !span
        .chars()
        .next()
        .is_some_and(|c| ('\u{0900}'..='\u{097f}').contains(&c))
    {
        return None;
    }
    let after = text[r.end..].strip_prefix(' ')?;
    let len = after
        .find(|c: char| c.is_whitespace() || (c.is_ascii_punctuation()) || c == '।')
        .unwrap_or(after.len());
    let word = &after[..len];
    if word.is_empty() || !lex.is(word, class::ORG_HEAD) || lex.is(word, class::GOVERNMENT) {
        return None;
    }
    let end = r.end + 1 + len;
    let i = spans.partition_point(|&(s, _)| s < end);
    let taken = spans[..i]
        .iter()
        .rev()
        .take(4)
        .any(|&(s, e)| s > r.start && s < end && e > r.end);
    (!taken).then_some(end)
}

/// The bytes of " (S)" or " (ML)" after an acronym of two to four capitals
/// ("JD (S)", "CPI (M)", "CPI (ML)"): the faction letters are part of the
/// party's name, as in "JD(U)" without the space.
fn faction_letter(span: &str, after: &str) -> Option<usize> {
    let acronym = (2..=4).contains(&span.len()) && span.bytes().all(|b| b.is_ascii_uppercase());
    let inner = after.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let letters = &inner[..close];
    let faction =
        (1..=2).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase());
    (acronym && faction).then_some(" (".len() + close + 1)
}

/// Whether the span opens a bracket inside a word and does not close it:
/// "JD(U" (not "Reserve Bank of India (RBI": a gloss of its own).
fn inner_bracket_open(span: &str) -> bool {
    span.matches('(').count() > span.matches(')').count()
        && span
            .rfind('(')
            .and_then(|i| span[..i].chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

/// Where a name that is not a person ends when an office follows it
/// inside the span: "Keonjhar" of "Keonjhar Collector", "CCI" of "CCI
/// Chairperson" (the office is a role, not part of the name).
fn office_after(text: &str, lex: &Lexicon, start: usize, end: usize) -> Option<usize> {
    let span = text.get(start..end)?;
    let mut cut = span.len();
    while let Some(i) = span[..cut].trim_end().rfind(' ') {
        let w = span[i + 1..cut].trim_end();
        if !lex.is(w, class::TITLE_HEAD) {
            break;
        }
        cut = i;
    }
    (cut < span.len() && !span[..cut].trim().is_empty())
        .then(|| start + span[..cut].trim_end().len())
}

/// "K. S." kept as a person and "Khanna" as a place right after it: one
/// person, "K. S. Khanna" (initials are never a name of their own).
fn surname_places(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    let mut order: Vec<usize> = (0..accepted.len()).collect();
    order.sort_by_key(|&i| accepted[i].start);
    let mut gone = vec![false; accepted.len()];
    for w in order.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (ra, rb) = (&accepted[a], &accepted[b]);
        let joined = text.get(ra.end..rb.start) == Some(" ");
        let place = matches!(rb.kind, EntityType::Gpe | EntityType::Loc)
            && text
                .get(rb.start..rb.end)
                .is_some_and(|s| !s.contains(char::is_whitespace));
        if gone[a] || !joined || !place || ra.kind != EntityType::Person {
            continue;
        }
        // Initials only, or a title and initials ("Justice K. S."): the
        // title stays outside.
        let initials = initials_before(text, rb.start);
        let titled = text
            .get(ra.start..initials)
            .is_some_and(|t| t.split_whitespace().all(|w| is_title_word(lex, w)));
        if initials >= rb.start || !titled {
            continue;
        }
        let end = rb.end;
        let title = text
            .get(ra.start..initials)
            .unwrap_or("")
            .trim()
            .to_string();
        let r = &mut accepted[a];
        if r.role.is_none() && !title.is_empty() {
            r.role = Some(title);
        }
        r.start = initials;
        r.end = end;
        r.canonical = None;
        gone[b] = true;
    }
    let mut i = 0;
    accepted.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// A title word ("Justice", "Mr.", "Gen."), which stays outside a name.
fn is_title_word(lex: &Lexicon, w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    lex.is(w, class::TITLE_HEAD | class::HONORIFIC | class::TITLE_MOD)
        || lex.is(
            bare,
            class::TITLE_HEAD | class::HONORIFIC | class::TITLE_MOD,
        )
}

/// "Justice H. R. Khanna" kept whole: a person whose name opens with title
/// words and then initials starts at the initials (the title is outside).
fn titles_before_initials(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    for r in accepted.iter_mut() {
        if r.kind != EntityType::Person {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let mut at = 0;
        for w in span.split(' ') {
            if !is_title_word(lex, w) {
                break;
            }
            at += w.len() + 1;
        }
        let rest = span.get(at..).unwrap_or("");
        // The next word is an initial: one capital, with or without a dot,
        // and a name follows it.
        let mut words = rest.split(' ');
        let initial = words.next().is_some_and(|w| {
            let b = w.trim_end_matches('.');
            b.len() == 1 && b.bytes().all(|c| c.is_ascii_uppercase())
        });
        if at > 0 && initial && words.next().is_some() {
            if r.role.is_none() {
                r.role = Some(span[..at].trim().to_string());
            }
            r.start += at;
        }
    }
}

/// Where the initials right before `start` begin ("B S " or "B. S. "
/// before "Sandhu"); `start` when there are none. "A" and "I" without a
/// dot are words, not initials.
fn initials_before(text: &str, start: usize) -> usize {
    let mut at = start;
    loop {
        let before = &text[..at];
        let Some(rest) = before.strip_suffix(' ') else {
            break;
        };
        let rest = rest.strip_suffix('.').map_or((rest, false), |r| (r, true));
        let (rest, dotted) = rest;
        let mut chars = rest.chars();
        let Some(letter) = chars.next_back() else {
            break;
        };
        let alone = chars
            .next_back()
            .is_none_or(|c| c == ' ' || c == '\n' || c == '(');
        if !letter.is_ascii_uppercase() || !alone || (!dotted && matches!(letter, 'A' | 'I')) {
            break;
        }
        at = rest.len() - 1;
    }
    at
}

/// Where an organization ending in a form word starts when an ordinary
/// capitalized word and "and" come before it: "Planning and Coordination
/// Department", "Food and Civil Supplies Department" (not "India and
/// Reserve Bank": a name before "and" is a name of its own).
fn joined_org_start(text: &str, lex: &Lexicon, start: usize, span: &str) -> usize {
    let formed = span
        .split_whitespace()
        .next_back()
        .is_some_and(|w| lex.is(w, class::ORG_HEAD));
    let Some(before) = text[..start].strip_suffix(" and ") else {
        return start;
    };
    let word_start = before
        .char_indices()
        .rfind(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let ordinary = word.chars().next().is_some_and(char::is_uppercase)
        && !lex.names.contains_key(word)
        && (lex.common(word) || lex.is(word, class::TITLE_MOD));
    if formed && ordinary && before[..word_start].ends_with([' ', '\n']) {
        word_start
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laws_and_schemes_take_their_last_word_and_type() {
        let lex = crate::entities::lexicon::get();
        let raw = |text: &str, w: &str, kind: EntityType, prio: u8| Raw::at(text, 0, w, kind, prio);
        let text = "Booked under the Prevention of Money Laundering Act and the Bharatiya \
                    Nyaya Sanhita, he sought the Biju Pucca Ghar Yojana and the PM Kisan \
                    Samman Nidhi scheme.";
        let mut rs = vec![
            raw(
                text,
                "Prevention of Money Laundering",
                EntityType::Org,
                prio::REPEAT,
            ),
            raw(
                text,
                "Bharatiya Nyaya Sanhita",
                EntityType::Org,
                prio::REPEAT,
            ),
            raw(text, "Biju Pucca", EntityType::Org, prio::REPEAT),
            raw(text, "Ghar Yojana", EntityType::Person, prio::REPEAT),
            raw(text, "Kisan Samman Nidhi", EntityType::Person, prio::REPEAT),
        ];
        laws(text, lex, &mut rs);
        let got: Vec<(&str, EntityType)> =
            rs.iter().map(|r| (&text[r.start..r.end], r.kind)).collect();
        assert_eq!(
            got,
            [
                ("Prevention of Money Laundering Act", EntityType::Law),
                ("Bharatiya Nyaya Sanhita", EntityType::Law),
                ("Biju Pucca Ghar Yojana", EntityType::Misc),
                ("Kisan Samman Nidhi", EntityType::Misc),
            ]
        );
        // A title-cued person before a scheme word stays the person.
        let text = "Minister Ravi Kumar Act two.";
        let mut rs = vec![raw(text, "Ravi Kumar", EntityType::Person, prio::STRONG)];
        laws(text, lex, &mut rs);
        assert_eq!(
            (rs[0].end, rs[0].kind),
            (text.find(" Act").unwrap_or(0), EntityType::Person)
        );
    }

    #[test]
    fn initials_before_a_name_are_found() {
        let at = |text: &str, name: &str| {
            let s = text.find(name).unwrap_or(0);
            text[initials_before(text, s)..s + name.len()].to_string()
        };
        assert_eq!(at("DGP B S Sandhu spoke", "Sandhu"), "B S Sandhu");
        assert_eq!(at("met B. S. Rao today", "Rao"), "B. S. Rao");
        assert_eq!(at("K Mehta", "Mehta"), "K Mehta");
        assert_eq!(at("A Pune court", "Pune"), "Pune");
        assert_eq!(at("the US Senate", "Senate"), "Senate");
    }

    #[test]
    fn offices_after_a_name_are_left_out() {
        let lex = crate::entities::lexicon::get();
        let t = "the Keonjhar Collector said";
        let s = t.find("Keonjhar").unwrap_or(0);
        assert_eq!(office_after(t, lex, s, s + 18), Some(s + 8));
        assert_eq!(office_after(t, lex, s, s + 8), None);
    }

    #[test]
    fn brackets_inside_a_word_are_closed() {
        assert!(inner_bracket_open("JD(U"));
        assert!(!inner_bracket_open("JD(U)"));
        assert!(!inner_bracket_open("Reserve Bank of India (RBI"));
    }

    #[test]
    fn organizations_joined_by_and_stay_whole() {
        let lex = crate::entities::lexicon::get();
        let org = |text: &str, name: &str| {
            let s = text.find(name).unwrap_or(0);
            text[joined_org_start(text, lex, s, name)..s + name.len()].to_string()
        };
        assert_eq!(
            org(
                "the Planning and Coordination Department",
                "Coordination Department"
            ),
            "Planning and Coordination Department"
        );
        assert_eq!(
            org("the \u{2018}Food and Reserve Bank", "Reserve Bank"),
            "Reserve Bank"
        );
        assert_eq!(
            org("\u{2014}and Reserve Bank", "Reserve Bank"),
            "Reserve Bank"
        );
        assert_eq!(
            org("India and Reserve Bank officials", "Reserve Bank"),
            "Reserve Bank"
        );
    }
}
