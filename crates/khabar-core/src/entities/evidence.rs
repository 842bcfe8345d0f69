//! One confident mention decides the type of the name it shares: a word
//! that is the surname or first name of a person named in full in the
//! story is that person wherever it stands alone ("B S Yediyurappa" …
//! "Yediyurappa said", "Narendra Modi" … "met Modi"), whatever type a
//! weaker pass guessed for it there.
//!
//! And a place preposition is evidence of a place: a lone word the tagger
//! took for a person, which stands after "in", "at" or "near" somewhere in
//! the story ("Polling in Chini …", "the voters of Chini"), with no title,
//! no "said" after it anywhere and no part in a person's full name, is a
//! place; so is such a word that a form or the gazetteer types as a place
//! elsewhere in the story ("Mahim constituency" … "from Mahim").
//!
//! And a word for what someone does, right before a name, makes it a
//! person's: "BJP chief JP Nadda", "lawyer AP Singh" (the tagger reads a
//! name that opens with joined initials as an organization's acronym).
//!
//! And a title inside a mention the tagger read as one organization is a
//! title: "Namsai SP Sange Thinley", "Rajya Sabha MP Kapil Sibal" are the
//! place or the house, and the person holding the office.
//!
//! And a name written the same way twice in a story is one thing: where
//! the tagger typed "Virat Kohli" a place once and a person twice, the
//! weaker readings take the type the mentions of that name vote for (as
//! the entity's type is voted: the trusted ones first, then the most).
//!
//! And a headline is no evidence against a name the story gives in full: in
//! a Title Case headline the words after a person's name look like more
//! name ("Tarsem Gill Clinches Victory"), so a span there that opens with
//! the full name of a person of the story, and goes on with no word of an
//! organization, a facility or an event ("Foundation", "Stadium", "Cup"), is
//! cut back to that person.

use std::collections::HashSet;

use crate::entities::candidates::{prio, Raw};
use crate::entities::edges::ends_as_sentence;
use crate::entities::group::name_words;
use crate::entities::lexicon::{class, Lexicon};
use crate::model::EntityType;
use crate::util::strip_possessive_s;

/// Word classes that never stand in a person's name after a title or a
/// word for what someone does.
const NOT_A_NAME: u32 = class::ORG_HEAD
    | class::FAC_SUFFIX
    | class::EVENT_SUFFIX
    | class::LOC_SUFFIX
    | class::TITLE_HEAD
    | class::TITLE_MOD
    | class::CONNECTOR
    | class::EN_STOP;

/// Retypes lone words of full person names as people.
pub(crate) fn people(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let mut words: HashSet<&str> = HashSet::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let ws = name_words(span, lex);
        if ws.len() >= 2 {
            if let (Some(first), Some(last)) = (ws.first(), ws.last()) {
                if first.chars().count() > 1 {
                    words.insert(first);
                }
                words.insert(last);
            }
        }
    }
    for r in accepted.iter_mut() {
        if r.kind == EntityType::Person || r.canonical.is_some() || r.prio >= prio::STRONG {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let word = strip_possessive_s(span);
        if !word.contains(char::is_whitespace) && words.contains(word) {
            r.kind = EntityType::Person;
        }
    }
}

/// Retypes as people the organizations right after a lower-case word for
/// what someone does ("chief", "lawyer", "MLA"): names of one to three
/// capitalized words, joined initials first at most ("JP Nadda"), with no
/// word of an organization, a facility, an event, a place or a title.
pub(crate) fn role_people(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let not_a_name = NOT_A_NAME;
    for r in accepted.iter_mut() {
        if r.kind != EntityType::Org || r.canonical.is_some() || r.prio >= prio::STRONG {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let before = text
            .get(..r.start)
            .filter(|b| b.ends_with(' '))
            .and_then(|b| b.split_whitespace().next_back())
            .unwrap_or("");
        if !lex.is(before, class::PERSON_CUE) {
            continue;
        }
        let words: Vec<&str> = strip_possessive_s(span).split(' ').collect();
        // Joined initials only open a name that goes on ("JP Nadda").
        let name_like = |i: usize, w: &str| {
            let mut cs = w.chars();
            let first_upper = cs.next().is_some_and(char::is_uppercase);
            let rest: Vec<char> = cs.collect();
            let initials = i == 0
                && words.len() > 1
                && (1..=2).contains(&rest.len())
                && rest.iter().all(|c| c.is_ascii_uppercase());
            let titled = !rest.is_empty() && rest.iter().all(|c| c.is_lowercase());
            first_upper && (initials || titled) && !lex.is(w, not_a_name)
        };
        if (1..=3).contains(&words.len()) && words.iter().enumerate().all(|(i, w)| name_like(i, w))
        {
            r.kind = EntityType::Person;
        }
    }
}

/// Splits a mention that holds a title and the name after it ("Namsai SP
/// Sange Thinley", "Rajya Sabha MP Kapil Sibal", "SI Sumit Kumar") into
/// what comes before the title (a place or an organization, when it is a
/// name) and the person, with the title as the role. The tagger reads such
/// runs of capitals as one organization. An abbreviation that is a name
/// elsewhere ("SP" the party, "LG" the company, Washington "DC") counts as
/// a title only after a word of the mention, never at its start ("SP Singh
/// Baghel" has initials, "LG Display" is the company). A word for what
/// someone does, capitalized ("IIT Delhi Professor Aditya Mittal"), is a
/// title here too.
pub(crate) fn titled_names(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    let not_a_name = NOT_A_NAME | class::TITLE_ABBR;
    let mut added = Vec::new();
    for r in accepted.iter_mut() {
        if r.kind == EntityType::Person || r.canonical.is_some() || r.prio >= prio::STRONG {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        if span.contains('\n') {
            continue;
        }
        let words: Vec<(usize, &str)> = span
            .split(' ')
            .scan(0, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .collect();
        // The title's head, the words of the title before it (modifiers:
        // "District Magistrate") and after it (heads in a row).
        let head = |i: usize, w: &str| {
            let bare = w.trim_end_matches('.');
            (lex.is(bare, class::TITLE_HEAD) && !lex.is(bare, class::TITLE_MOD))
                || (i > 0 && lex.is(bare, class::TITLE_ABBR))
                || (bare.chars().next().is_some_and(char::is_uppercase)
                    && lex.is(&bare.to_lowercase(), class::PERSON_CUE))
        };
        let Some(h) = (0..words.len().saturating_sub(1)).find(|&i| head(i, words[i].1)) else {
            continue;
        };
        let mut from = h;
        while from > 0 && lex.is(words[from - 1].1, class::TITLE_MOD) {
            from -= 1;
        }
        let mut to = h + 1;
        while to < words.len() && head(to, words[to].1) {
            to += 1;
        }
        let (before, name) = (&words[..from], &words[to..]);
        let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let name_like = |j: usize, w: &str| {
            let bare = w.trim_end_matches('.');
            let rest: Vec<char> = bare.chars().skip(1).collect();
            let initials = j + 1 < name.len()
                && name[..j].iter().all(|&(_, v)| {
                    v.trim_end_matches('.')
                        .chars()
                        .all(|c| c.is_ascii_uppercase())
                })
                && rest.len() <= 2
                && rest.iter().all(char::is_ascii_uppercase);
            capitalized(bare)
                && (initials
                    || !rest.is_empty()
                        && rest.iter().all(|c| c.is_lowercase())
                        && !lex.common(bare))
                && !lex.is(bare, not_a_name)
        };
        // A word for what someone does is a title on weaker grounds: after
        // other words, it takes a name of two words at least ("Spaulding
        // Professor Philosophy" names no one).
        let cue_only = !lex.is(
            words[h].1.trim_end_matches('.'),
            class::TITLE_HEAD | class::TITLE_ABBR,
        );
        if before.len() > 4
            || !(1..=4).contains(&name.len())
            || (cue_only && !before.is_empty() && name.len() < 2)
            || !name.iter().enumerate().all(|(j, &(_, w))| name_like(j, w))
        {
            continue;
        }
        // What stands before the title, when it names something.
        if let Some(&(at, last)) = before.last() {
            let end = r.start + at + last.len();
            let part = text.get(r.start..end).unwrap_or("");
            let named = before.iter().all(|&(_, w)| {
                capitalized(w) && !lex.is(w, class::TITLE_MOD | class::CONNECTOR | class::EN_STOP)
            });
            if named {
                let known = lex.names.get(part);
                let organization = before.iter().any(|&(_, w)| {
                    lex.is(w, class::ORG_HEAD)
                        || w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase())
                });
                let kind = match known {
                    Some(k) => k.kind,
                    None if organization => EntityType::Org,
                    None => EntityType::Gpe,
                };
                added.push(Raw {
                    start: r.start,
                    end,
                    kind,
                    prio: r.prio,
                    role: None,
                    canonical: known.map(|k| k.canonical),
                });
            }
        }
        let title_start = r.start + words[from].0;
        let title_end = r.start + words[to - 1].0 + words[to - 1].1.len();
        r.role = text.get(title_start..title_end).map(str::to_string);
        r.start += name[0].0;
        r.kind = EntityType::Person;
    }
    accepted.extend(added);
}

/// Gives the mentions of one multi-word name one type: the type its
/// mentions vote for, weighted by how much each is trusted; a gazetteer
/// name or a typed form keeps its own.
pub(crate) fn same_name(text: &str, accepted: &mut [Raw]) {
    use std::collections::HashMap;
    let named = |k: EntityType| {
        matches!(
            k,
            EntityType::Person
                | EntityType::Org
                | EntityType::Gpe
                | EntityType::Loc
                | EntityType::Fac
        )
    };
    let key = |r: &Raw| -> Option<&str> {
        let span = strip_possessive_s(text.get(r.start..r.end)?);
        // Capitals only are tables and headlines, where a city names its
        // team ("SAN FRANCISCO AT NEW YORK").
        let shouted = !span.chars().any(char::is_lowercase);
        (named(r.kind) && span.contains(' ') && !shouted).then_some(span)
    };
    let mut votes: HashMap<&str, HashMap<EntityType, u32>> = HashMap::new();
    for r in accepted.iter() {
        if let Some(k) = key(r) {
            *votes.entry(k).or_default().entry(r.kind).or_default() += u32::from(r.prio);
        }
    }
    let winner: HashMap<&str, EntityType> = votes
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .filter_map(|(name, v)| {
            let best = v
                .iter()
                .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))?;
            // A tie says nothing.
            let tied = v.values().filter(|n| *n == best.1).count() > 1;
            (!tied).then_some((name, *best.0))
        })
        .collect();
    if winner.is_empty() {
        return;
    }
    for r in accepted.iter_mut() {
        if r.prio >= prio::FORM || r.canonical.is_some() {
            continue;
        }
        if let Some(&kind) = key(r).and_then(|k| winner.get(k)) {
            r.kind = kind;
        }
    }
}

/// Cuts a headline's span that opens with the full name of a person of the
/// story back to that person.
pub(crate) fn headline_people(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let mut names: Vec<&str> = accepted
        .iter()
        .filter(|r| r.kind == EntityType::Person)
        .filter_map(|r| text.get(r.start..r.end))
        .map(strip_possessive_s)
        .filter(|span| name_words(span, lex).len() >= 2)
        .collect();
    if names.is_empty() {
        return;
    }
    // The longest name first: "Tarsem Singh Gill" before "Tarsem Singh".
    names.sort_unstable_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    let named_parts = class::ORG_HEAD | class::FAC_SUFFIX | class::EVENT_SUFFIX | class::LOC_SUFFIX;
    for r in accepted.iter_mut() {
        if r.kind == EntityType::Person || r.canonical.is_some() || r.prio >= prio::STRONG {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        if !in_headline(text, r.start, r.end) {
            continue;
        }
        let Some(name) = names.iter().find(|n| {
            span.strip_prefix(**n).is_some_and(|rest| {
                rest.starts_with(' ')
                    && !name_words(rest, lex).iter().any(|w| lex.is(w, named_parts))
            })
        }) else {
            continue;
        };
        r.end = r.start + name.len();
        r.kind = EntityType::Person;
    }
}

/// True when the line holding `start..end` does not end as a sentence does
/// (a headline, a title): no `.`, `?`, `!`, closing quote or colon at its end.
fn in_headline(text: &str, start: usize, end: usize) -> bool {
    let from = text
        .get(..start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let to = text
        .get(end..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| end + i);
    let line = text.get(from..to).unwrap_or("").trim_end();
    !line.is_empty() && !ends_as_sentence(line)
}

/// Prepositions that put a place after them. Not "to", "from" or "of":
/// "spoke to Shah", "a letter from Modi", "the son of Yadav".
const LOCATIVE: &[&str] = &["in", "at", "near", "across", "throughout"];

/// Words after a name that make it a person's.
const PERSON_AFTER: &[&str] = &[
    "said", "says", "told", "added", "asked", "himself", "herself",
];

/// Words before a name that make it a person's (titles the entity rules
/// did not attach).
const PERSON_BEFORE: &[&str] = &["mr", "mrs", "ms", "dr", "shri", "smt", "sri"];

/// Retypes as places the lone-word "people" that stand after a place
/// preposition somewhere in the story and nowhere read as a person's.
pub(crate) fn places(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    // The words of people named in full: those stay people.
    let mut name_parts: HashSet<&str> = HashSet::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        if let Some(span) = text.get(r.start..r.end) {
            let ws = name_words(span, lex);
            if ws.len() >= 2 {
                name_parts.extend(ws);
            }
        }
    }
    let lone = |r: &Raw| -> Option<&str> {
        let span = text.get(r.start..r.end)?;
        let alone = r.kind == EntityType::Person
            && r.role.is_none()
            && r.canonical.is_none()
            && r.prio < prio::STRONG
            && !span.contains(char::is_whitespace)
            && span.chars().all(char::is_alphabetic)
            && !name_parts.contains(span);
        alone.then_some(span)
    };
    // (some mention follows a place preposition, some mention reads as a
    // person's: "Chini said", "Mr Chini").
    let mut seen: std::collections::HashMap<&str, (bool, bool)> = std::collections::HashMap::new();
    for r in accepted.iter() {
        let Some(word) = lone(r) else { continue };
        let before = text
            .get(..r.start)
            .and_then(|b| b.split_whitespace().next_back())
            .unwrap_or("");
        let after = text
            .get(r.end..)
            .and_then(|a| a.split_whitespace().next())
            .unwrap_or("");
        let placed = LOCATIVE.iter().any(|p| before.eq_ignore_ascii_case(p));
        let person = PERSON_AFTER
            .iter()
            .any(|p| after.trim_end_matches([',', '.']) == *p)
            || PERSON_BEFORE
                .iter()
                .any(|p| before.trim_end_matches('.').eq_ignore_ascii_case(p))
            || text.get(r.end..).is_some_and(|a| a.starts_with(", who"));
        let v = seen.entry(word).or_insert((false, false));
        v.0 |= placed;
        v.1 |= person;
    }
    // The one-word places a form or the gazetteer typed ("Mahim
    // constituency"): a lone "person" of the same word is that place.
    let places: HashSet<&str> = accepted
        .iter()
        .filter(|r| matches!(r.kind, EntityType::Gpe | EntityType::Loc) && r.prio >= prio::FORM)
        .filter_map(|r| text.get(r.start..r.end))
        .filter(|s| !s.contains(char::is_whitespace))
        .collect();
    for r in accepted.iter_mut() {
        let Some(word) = lone(r) else { continue };
        let (placed, person) = seen.get(word).copied().unwrap_or_default();
        if !person && (placed || places.contains(word)) {
            r.kind = EntityType::Gpe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str, word: &str, kind: EntityType) -> Raw {
        Raw::at(text, 0, word, kind, prio::REPEAT)
    }

    #[test]
    fn a_lone_word_of_a_full_name_is_that_person() {
        let lex = crate::entities::lexicon::get();
        let text = "Ravi Gupta spoke. Gupta's plan and Ravi's aide met Sharma.";
        let mut rs = vec![
            raw(text, "Ravi Gupta", EntityType::Person),
            raw(text, "Gupta's", EntityType::Org),
            raw(text, "Ravi's", EntityType::Gpe),
            raw(text, "Sharma", EntityType::Org),
        ];
        people(text, lex, &mut rs);
        let kinds: Vec<EntityType> = rs.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                EntityType::Person,
                EntityType::Person,
                EntityType::Person,
                EntityType::Org
            ]
        );
    }

    #[test]
    fn one_name_written_alike_is_one_type() {
        let text = "Virat Kohli batted. Virat Kohli won. Fans met Virat Kohli. SAN JOSE AT NEW YORK. NEW YORK 1996.";
        let at =
            |nth: usize, w: &str, kind: EntityType, prio: u8| Raw::at(text, nth, w, kind, prio);
        let mut rs = vec![
            at(0, "Virat Kohli", EntityType::Gpe, prio::REPEAT),
            at(1, "Virat Kohli", EntityType::Person, prio::REPEAT),
            at(2, "Virat Kohli", EntityType::Person, prio::REPEAT),
            at(0, "NEW YORK", EntityType::Gpe, prio::REPEAT),
            at(1, "NEW YORK", EntityType::Org, prio::REPEAT),
        ];
        same_name(text, &mut rs);
        let kinds: Vec<EntityType> = rs.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                EntityType::Person,
                EntityType::Person,
                EntityType::Person,
                // Capitals only: a table's city and team stay apart.
                EntityType::Gpe,
                EntityType::Org,
            ]
        );
    }

    #[test]
    fn a_title_inside_an_organization_run_splits_it() {
        let lex = crate::entities::lexicon::get();
        let spans = |text: &str, span: &str| {
            let mut rs = vec![raw(text, span, EntityType::Org)];
            titled_names(text, lex, &mut rs);
            rs.sort_by_key(|r| r.start);
            rs.iter()
                .map(|r| (text[r.start..r.end].to_string(), r.kind, r.role.clone()))
                .collect::<Vec<_>>()
        };
        let text = "Namsai SP Sange Thinley said so.";
        assert_eq!(
            spans(text, "Namsai SP Sange Thinley"),
            [
                ("Namsai".to_string(), EntityType::Gpe, None),
                (
                    "Sange Thinley".to_string(),
                    EntityType::Person,
                    Some("SP".to_string())
                ),
            ]
        );
        let text = "Then District Magistrate Manish Verma came.";
        assert_eq!(
            spans(text, "District Magistrate Manish Verma"),
            [(
                "Manish Verma".to_string(),
                EntityType::Person,
                Some("District Magistrate".to_string())
            )]
        );
        // An abbreviation at the start is initials or a name, and a common
        // word after a title is no name.
        for (text, span) in [
            ("SP Singh Baghel spoke.", "SP Singh Baghel"),
            ("LG Display shares fell.", "LG Display"),
            (
                "UP Police Constable Result is out.",
                "UP Police Constable Result",
            ),
        ] {
            assert_eq!(
                spans(text, span),
                [(span.to_string(), EntityType::Org, None)]
            );
        }
    }

    #[test]
    fn a_name_after_a_word_for_what_someone_does_is_a_person() {
        let lex = crate::entities::lexicon::get();
        let cases: &[(&str, &str, EntityType)] = &[
            (
                "The party chief JP Nadda spoke.",
                "JP Nadda",
                EntityType::Person,
            ),
            (
                "Her lawyer Singh's plea failed.",
                "Singh's",
                EntityType::Person,
            ),
            (
                "The batter Rohan Mehta Kumar hit out.",
                "Rohan Mehta Kumar",
                EntityType::Person,
            ),
            // An acronym alone, a form of an organization, no cue.
            ("The group leader RM spoke.", "RM", EntityType::Org),
            (
                "The coach Kerala Cricket Association met.",
                "Kerala Cricket Association",
                EntityType::Org,
            ),
            ("The party of JP Nadda spoke.", "JP Nadda", EntityType::Org),
        ];
        for &(text, name, want) in cases {
            let mut rs = vec![raw(text, name, EntityType::Org)];
            role_people(text, lex, &mut rs);
            assert_eq!(rs[0].kind, want, "{text}");
        }
    }

    #[test]
    fn a_headline_span_opening_with_a_person_of_the_story_is_cut_to_them() {
        let lex = crate::entities::lexicon::get();
        let text = "Tarsem Gill Clinches Victory in Pune\nTarsem Gill Stadium Opens\n\
                    Tarsem Gill Wins Again, said the coach.\nThe sprinter Tarsem Gill won.";
        let mut rs = vec![
            raw(text, "Tarsem Gill Clinches Victory", EntityType::Org),
            raw(text, "Tarsem Gill Stadium", EntityType::Fac),
            raw(text, "Tarsem Gill Wins Again", EntityType::Org),
            raw(text, "Tarsem Gill won", EntityType::Person),
        ];
        rs[3].end = rs[3].start + "Tarsem Gill".len();
        headline_people(text, lex, &mut rs);
        let got: Vec<(&str, EntityType)> =
            rs.iter().map(|r| (&text[r.start..r.end], r.kind)).collect();
        assert_eq!(
            got,
            [
                // A headline: the name, then no word of an organization.
                ("Tarsem Gill", EntityType::Person),
                // A facility word after the name: the stadium stays.
                ("Tarsem Gill Stadium", EntityType::Fac),
                // Not a headline: a sentence ends the line.
                ("Tarsem Gill Wins Again", EntityType::Org),
                ("Tarsem Gill", EntityType::Person),
            ]
        );
    }

    #[test]
    fn a_lone_person_after_a_place_preposition_is_a_place() {
        let lex = crate::entities::lexicon::get();
        let text = "Polling in Chini ends today. The voters of Chini queue.";
        let mut rs = vec![raw(text, "Chini", EntityType::Person), {
            let mut r = raw(text, "Chini queue", EntityType::Person);
            r.end = r.start + "Chini".len();
            r
        }];
        places(text, lex, &mut rs);
        assert!(rs.iter().all(|r| r.kind == EntityType::Gpe), "{rs:?}");
    }

    #[test]
    fn a_lone_person_that_a_form_types_as_a_place_elsewhere_is_that_place() {
        let lex = crate::entities::lexicon::get();
        let text = "Polls in Mahim constituency. He runs from Mahim. Rane said so; Rane won.";
        let mut place = raw(text, "Mahim", EntityType::Gpe);
        place.prio = prio::FORM;
        let mut rs = vec![
            place,
            {
                let mut r = raw(text, "Mahim.", EntityType::Person);
                r.end = r.start + "Mahim".len();
                r
            },
            raw(text, "Rane", EntityType::Person),
        ];
        places(text, lex, &mut rs);
        let kinds: Vec<EntityType> = rs.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [EntityType::Gpe, EntityType::Gpe, EntityType::Person]
        );
    }

    #[test]
    fn a_person_cue_or_a_full_name_keeps_the_person() {
        let lex = crate::entities::lexicon::get();
        // "said" after one mention.
        let text = "Trust in Sinha grew. Sinha said so.";
        let mut rs = vec![raw(text, "Sinha", EntityType::Person), {
            let mut r = raw(text, "Sinha said", EntityType::Person);
            r.end = r.start + "Sinha".len();
            r
        }];
        places(text, lex, &mut rs);
        assert!(rs.iter().all(|r| r.kind == EntityType::Person), "{rs:?}");
        // A title before it.
        let text = "Crowds waited in Mr. Sinha's absence, then cheered at Sinha.";
        let mut rs = vec![raw(text, "Sinha", EntityType::Person), {
            let mut r = raw(text, "Sinha.", EntityType::Person);
            r.end = r.start + "Sinha".len();
            r
        }];
        places(text, lex, &mut rs);
        assert_eq!(rs[1].kind, EntityType::Person, "{rs:?}");
        // Part of a person's full name in the story.
        let text = "Yashwant Sinha spoke. Crowds cheered in Sinha's town and at Sinha.";
        let mut rs = vec![raw(text, "Yashwant Sinha", EntityType::Person), {
            let mut r = raw(text, "Sinha.", EntityType::Person);
            r.end = r.start + "Sinha".len();
            r
        }];
        places(text, lex, &mut rs);
        assert_eq!(rs[1].kind, EntityType::Person, "{rs:?}");
        // Without a place preposition nothing changes.
        let text = "Sinha arrived.";
        let mut rs = vec![raw(text, "Sinha", EntityType::Person)];
        places(text, lex, &mut rs);
        assert_eq!(rs[0].kind, EntityType::Person);
    }
}
