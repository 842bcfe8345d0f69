//! The learned tagger ([`ner`](super::ner)) joins the rules.
//!
//! Its candidates are trimmed at their [`edges`](super::edges) and added
//! to the rules' proposals at [`prio::REPEAT`]: below the gazetteer,
//! title-cued names and typed forms, above the bare guesses. A bare guess
//! (and a Hindi person or organization no gazetteer knows) that no
//! candidate overlaps is dropped, and a gazetteer hit or a form whose
//! boundaries or type the tagger reads better steps back
//! ([`defer_to_tagger`]).

use std::collections::{HashMap, HashSet};

use crate::context::Context;
use crate::entities::candidates::{overlaps_any, prio, Raw};
use crate::entities::edges::{
    abbreviation_dot, cut_at_case_marker, name_char, starts_sentence, trim_edges,
};
use crate::entities::english::fiscal_year;
use crate::entities::group;
use crate::entities::lexicon::{class, is_deva, Known, Lexicon};
use crate::entities::ner;
use crate::model::EntityType;
use crate::util::strip_possessive;

/// Candidates from the tagger below this confidence are ignored.
const TAGGER_MIN_CONFIDENCE: f32 = 0.5;

/// Adds the learned tagger's candidates to the rules' proposals.
///
/// Precedence: the rules' gazetteer hits, title-cued names and typed forms
/// beat the tagger; the tagger beats the rules' bare guesses, and a bare
/// guess the tagger does not support at all is dropped. Candidates made
/// only of titles, function words or dates are vetoed ("Health Minister",
/// "His Excellency"), edges are trimmed of punctuation and honorifics, and a
/// candidate ending in a known person's name is that person ("JP Nadda").
pub(crate) fn combine(ctx: &Context<'_>, lex: &Lexicon, found: &mut Vec<Raw>) {
    let text = ctx.text;
    let candidates: Vec<ner::Candidate> = ner::tag_document(ctx)
        .into_iter()
        .filter(|c| c.confidence >= TAGGER_MIN_CONFIDENCE && text.get(c.start..c.end).is_some())
        .collect();
    // No early return when the tagger found nothing: the filter at the end
    // still drops the bare guesses and unsure Hindi names it does not
    // support.
    let person_words: HashSet<&str> = found
        .iter()
        .filter(|r| r.kind == EntityType::Person && r.prio >= prio::FORM)
        .flat_map(|r| group::name_words(&text[r.start..r.end], lex))
        .collect();
    // The initials of the people named in full: "Nadda" → "JP" for
    // "Jagat Prakash Nadda".
    let mut initials: HashMap<&str, Vec<String>> = HashMap::new();
    for r in found
        .iter()
        .filter(|r| r.kind == EntityType::Person && r.prio >= prio::FORM)
    {
        let words: Vec<&str> = text[r.start..r.end].split_whitespace().collect();
        if let [given @ .., last] = words.as_slice() {
            if (2..=3).contains(&given.len()) {
                let letters: String = given.iter().filter_map(|w| w.chars().next()).collect();
                initials.entry(last).or_default().push(letters);
            }
        }
    }
    let junk = class::TITLE_HEAD
        | class::TITLE_MOD
        | class::HONORIFIC
        | class::EPITHET
        | class::NAME_SUFFIX
        | class::EN_STOP
        | class::CALENDAR
        | class::CONNECTOR
        | class::POSTPOSITION;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut tagged: Vec<Tagged> = Vec::new();
    let n_rules = found.len();
    for c in candidates {
        // Trim punctuation, then honorifics, at the edges.
        let mut start = c.start;
        let mut end = c.end;
        let raw = &text[start..end];
        let lead = raw.len() - raw.trim_start_matches(|ch: char| !name_char(ch)).len();
        start += lead;
        let raw = &text[start..end];
        end = start + raw.trim_end_matches(|ch: char| !name_char(ch)).len();
        end = abbreviation_dot(text, lex, start, end);
        let end = cut_at_case_marker(text, lex, start, end, c.kind == EntityType::Person);
        let Some((start, end)) = trim_edges(text, lex, start, end, c.kind == EntityType::Person)
        else {
            continue;
        };
        if let Some(parts) = place_pair(text, lex, start, end) {
            for (s, e, known) in parts {
                spans.push((s, e));
                found.push(Raw {
                    start: s,
                    end: e,
                    kind: known.kind,
                    prio: prio::REPEAT,
                    role: None,
                    canonical: Some(known.canonical),
                });
            }
            continue;
        }
        let span = &text[start..end];
        let words: Vec<&str> = span.split_whitespace().collect();
        let formed = words.iter().any(|w| {
            lex.is(
                w,
                class::ORG_HEAD | class::FAC_SUFFIX | class::EVENT_SUFFIX | class::LOC_SUFFIX,
            )
        });
        let titles = words
            .iter()
            .all(|w| lex.is(strip_possessive(w), junk) || fiscal_year(w));
        // A one-word Hindi "person" that is an ordinary word ("मरीज",
        // "बुजुर्ग": patient, elder) is the tagger reading a subject as a
        // name. (Places stay: HiNER's tourism text names many after
        // ordinary words.)
        let person_word = c.kind == EntityType::Person && words.len() == 1;
        let common = words.iter().all(|w| {
            let w = strip_possessive(w);
            lex.is(w, junk)
                || (!formed && !is_deva(w) && lex.common(w))
                || (person_word && is_deva(w) && lex.hindi_common(w))
        });
        // Titles, function words and dates alone never name anything; common
        // words alone do not either when they stand alone or open a
        // sentence ("Discussed", "Good Morning"), but "EASTERN DIVISION" or
        // "Labour Day" inside a sentence may.
        let veto = titles || (common && (words.len() == 1 || starts_sentence(text, start)));
        // A form word alone ("Summit", "सम्मेलन", "Ministry") names nothing.
        let bare_form = words.len() == 1 && formed;
        if veto || bare_form || words.first().is_some_and(|w| lex.is(w, class::CONNECTOR)) {
            continue;
        }
        let mut kind = c.kind;
        let last = words.last().map(|w| w.trim_end_matches("'s")).unwrap_or("");
        if kind != EntityType::Person && person_words.contains(last) {
            kind = EntityType::Person;
        } else if kind == EntityType::Person && words.len() > 1 && lex.is(last, class::ORG_HEAD) {
            // "सोनीपत पुलिस", "दिल्ली पुलिस": a name ending in an
            // organization's form word is the organization.
            kind = EntityType::Org;
        } else if let Some(known) = lex.names.get(span).filter(|_| is_deva(span)) {
            // What is left of "मुताबिक रांची" is the city the gazetteer
            // knows. (Latin script keeps the tagger's call: "Jordan" is a
            // player as often as a country in sports copy.)
            kind = known.kind;
        }
        let start = if kind == EntityType::Person {
            initials_before(text, lex, start, end, &initials)
        } else {
            start
        };
        let span = &text[start..end];
        spans.push((start, end));
        tagged.push(Tagged {
            start,
            end,
            kind,
            confidence: c.confidence,
        });
        found.push(Raw {
            start,
            end,
            kind,
            prio: prio::REPEAT,
            role: None,
            canonical: lex.names.get(span).map(|k| k.canonical),
        });
    }
    crate::util::sort::sort_by_key(&mut tagged, |t| (t.start, t.end));
    if let Some(rules) = found.get_mut(..n_rules) {
        defer_to_tagger(text, lex, rules, &tagged);
    }
    // Bare guesses must overlap something the tagger saw, and so must the
    // Hindi rules' people and organizations that no gazetteer knows:
    // without capitals to go by, a title or a form word next to an
    // ordinary word ("प्रमुख आलेख", "प्रधानमंत्री रोजगार", "राष्ट्रीय कंपनी")
    // is no evidence of a name.
    crate::util::sort::sort(&mut spans);
    let mut k = 0;
    found.retain(|r| {
        let from_rules = k < n_rules;
        k += 1;
        // An organization opened by a country or demonym ("भारतीय
        // नौसेना", pushed as STRONG) is evidence enough.
        let placed_org = r.kind == EntityType::Org && r.prio >= prio::STRONG;
        // A person after an office ("राष्ट्रपति पुतिन", "राजदूत संधू") is
        // evidence enough when no word of the name is an ordinary word
        // ("प्रधानमंत्री रोजगार") and the office is more than an adjective
        // that never opens a name ("प्रमुख", "मुख्य": "major", "main").
        let titled = r.kind == EntityType::Person
            && r.role
                .as_deref()
                .is_some_and(|role| role.split_whitespace().any(|w| !lex.hindi_stop(w)))
            && text
                .get(r.start..r.end)
                .is_some_and(|n| n.split_whitespace().all(|w| !lex.hindi_common(w)));
        let unsure_hindi = from_rules
            && r.canonical.is_none()
            && !placed_org
            && !titled
            && matches!(r.kind, EntityType::Person | EntityType::Org)
            && text.get(r.start..r.end).is_some_and(is_deva);
        (r.prio > prio::WEAK && !unsure_hindi) || overlaps_any(&spans, r.start, r.end)
    });
}

/// Two or more known places joined by hyphens ("भारत-रूस की दोस्ती",
/// "India-Russia Special and…") name the places, not one organization or
/// place: their spans and gazetteer entries, when the hyphenated word opens
/// the candidate and whatever follows it is ordinary words. A hyphenated
/// name the gazetteer knows whole stays whole.
fn place_pair(
    text: &str,
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> Option<Vec<(usize, usize, Known)>> {
    let span = text.get(start..end)?;
    let first = span.split_whitespace().next()?;
    if !first.contains('-') || lex.names.contains_key(first) {
        return None;
    }
    let rest_ordinary = span[first.len()..].split_whitespace().all(|w| {
        lex.common(w) || lex.hindi_common(w) || lex.is(w, class::CONNECTOR | class::TITLE_MOD)
    });
    if !rest_ordinary {
        return None;
    }
    let mut parts = Vec::new();
    let mut at = start;
    for part in first.split('-') {
        let known = lex.names.get(part)?;
        if !matches!(known.kind, EntityType::Gpe | EntityType::Loc) {
            return None;
        }
        parts.push((at, at + part.len(), *known));
        at += part.len() + 1;
    }
    (parts.len() >= 2).then_some(parts)
}

/// Where a person's name starts when the initials of a person named in
/// full stand right before it, as Indian names are often written: "JP
/// Nadda" after "Jagat Prakash Nadda". `initials` maps a last name to the
/// initials of the given names it was seen with.
fn initials_before(
    text: &str,
    lex: &Lexicon,
    start: usize,
    end: usize,
    initials: &HashMap<&str, Vec<String>>,
) -> usize {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return start;
    };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let word_start = before.len() - word.len();
    let last = text
        .get(start..end)
        .and_then(|n| n.split_whitespace().next_back())
        .unwrap_or("");
    let seen = initials
        .get(last)
        .is_some_and(|v| v.iter().any(|i| i == word));
    let caps = (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
    if seen && caps && !lex.is(word, class::TITLE_HEAD | class::HONORIFIC) {
        word_start
    } else {
        start
    }
}

/// A tagger candidate after trimming.
struct Tagged {
    start: usize,
    end: usize,
    kind: EntityType,
    confidence: f32,
}

/// The tagger is sure of its type at or above this confidence.
const TAGGER_SURE: f32 = 0.8;

/// Where the tagger read the context better than a rule, the rule steps
/// back (its priority drops below the tagger's):
///
/// - a gazetteer hit inside a longer name the tagger found ("Ireland" in
///   "Republic of Ireland", "Chicago" in "Chicago Bulls"), or on the same
///   words with another type the tagger is sure of (a city's name for its
///   team: "CHICAGO 65 66 .496");
/// - an organization or facility form whose boundaries the tagger draws
///   otherwise ("Joel Naroff of First Union", "Minneapolis-based First
///   Bank System Inc" against "Joel Naroff" and "First Union"). A form
///   that only lacks the tagger's closing dot ("NationsBank Corp.") takes
///   it.
///
/// Title-cued names keep their precedence. Linear: `tagged` is sorted and
/// each rule looks at the few candidates it overlaps.
fn defer_to_tagger(text: &str, lex: &Lexicon, rules: &mut [Raw], tagged: &[Tagged]) {
    // A tagger span with a title in it ("Russian President", "Health
    // Minister of Russian Federation") is no better than the rule; one that
    // only adds an event word ("… Organisation Summit") names the event,
    // not the organization the rule found.
    let words_have = |a: usize, b: usize, flags: u32| {
        text.get(a..b).is_some_and(|s| {
            s.split_whitespace()
                .any(|w| lex.is(strip_possessive(w), flags))
        })
    };
    let titled = |t: &Tagged| words_have(t.start, t.end, class::TITLE_HEAD | class::HONORIFIC);
    // The first and last words of the people the tagger names in full: a
    // lone "Washington" in a story about "MaliVai Washington" is him.
    let full_names: HashSet<&str> = tagged
        .iter()
        .filter(|t| t.kind == EntityType::Person)
        .filter_map(|t| text.get(t.start..t.end))
        .filter_map(|s| {
            let ws: Vec<&str> = s.split_whitespace().collect();
            (ws.len() >= 2).then(|| [ws[0], strip_possessive(ws[ws.len() - 1])])
        })
        .flatten()
        .collect();
    // Evidence that a place name stands for a person here: an honorific or
    // a title before it, or a person of the story named in full with it.
    let person_evidence = |r: &Raw| {
        person_cue_before(text, lex, r.start)
            || text
                .get(r.start..r.end)
                .is_some_and(|w| full_names.contains(strip_possessive(w)))
    };
    for r in rules.iter_mut() {
        let gazetteer = r.prio == prio::STRONG && r.canonical.is_some() && r.role.is_none();
        let form = r.prio == prio::FORM;
        if !(gazetteer || form) || r.kind == EntityType::Person {
            continue;
        }
        let first = tagged.partition_point(|t| t.end <= r.start);
        let overlapping = tagged[first..].iter().take_while(|t| t.start < r.end);
        let mut same: Option<&Tagged> = None;
        let mut other = false;
        let mut wider = false;
        let mut crossing = false;
        for t in overlapping {
            let dot =
                t.start == r.start && t.end == r.end + 1 && text.get(r.end..t.end) == Some(".");
            if (t.start == r.start && t.end == r.end) || dot {
                same = Some(t);
            } else if !titled(t) {
                let contains = t.start <= r.start && t.end >= r.end;
                let event =
                    contains && t.start == r.start && words_have(r.end, t.end, class::EVENT_SUFFIX);
                if !event {
                    other = true;
                    wider |= contains;
                    crossing |= !contains && (t.start < r.start || t.end > r.end);
                }
            }
        }
        let step_back = if gazetteer {
            // The gazetteer's organizations are the well-known ones
            // (`named.tsv`): "Telegram" and "Lok Sabha" stay organizations
            // where the tagger reads a place.
            // A demonym is never an organization ("Sikhs", "Hindus"), and a
            // language never a person or a place ("Hindi, Bodo and Dogri").
            // Nor does the tagger retype a name of the hand-kept list on
            // its own words ("J&K" is the state, never an organization).
            let hand = text
                .get(r.start..r.end)
                .and_then(|s| lex.names.get(s))
                .is_some_and(|k| k.hand);
            wider
                || !hand
                    && same.is_some_and(|t| {
                        t.kind != r.kind
                            && r.kind != EntityType::Org
                            && r.kind != EntityType::Norp
                            && r.kind != EntityType::Language
                            && t.confidence >= TAGGER_SURE
                            && !matches!(t.kind, EntityType::Misc | EntityType::Norp)
                            && !(is_place(t.kind) && is_place(r.kind))
                            && !(t.kind == EntityType::Person
                                && is_place(r.kind)
                                && !person_evidence(r))
                    })
        } else {
            // A form over several of the tagger's names joined by lower-case
            // words ("Joel Naroff of First Union", "Minneapolis-based First
            // Bank System Inc") or across a line.
            let loose = text.get(r.start..r.end).is_some_and(|s| {
                s.contains('\n')
                    || s.split([' ', '-'])
                        .any(|w| w.chars().next().is_some_and(char::is_lowercase))
            });
            // An organization form ("… Bank", "… Union") on the same words
            // as a sure tagger's place or person: "West Bank" is a place.
            // Facility, event and place forms name their type outright.
            let retyped = r.kind == EntityType::Org
                && same.is_some_and(|t| {
                    t.confidence >= TAGGER_SURE
                        && matches!(
                            t.kind,
                            EntityType::Person | EntityType::Gpe | EntityType::Loc
                        )
                });
            retyped || (same.is_none() && (wider || crossing || (other && loose)))
        };
        if step_back {
            r.prio = prio::FILL;
        } else if let Some(t) = same {
            r.end = r.end.max(t.end);
        }
    }
}

/// Whether the word before `start` says a person follows: an honorific or
/// a title ("Mr. Jordan", "Minister Ganga"). Without such evidence, or a
/// person named in full with the same first or last word, a place the
/// gazetteer knows stays a place where the tagger reads a person ("Sadly,
/// Delhi …", "reached Jammu").
fn person_cue_before(text: &str, lex: &Lexicon, start: usize) -> bool {
    text.get(..start)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|w| lex.is(w, class::HONORIFIC | class::TITLE_HEAD))
}

fn is_place(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_places_are_the_places() {
        let lex = crate::entities::lexicon::get();
        let parts = |text: &str| -> Vec<String> {
            place_pair(text, lex, 0, text.len())
                .unwrap_or_default()
                .into_iter()
                .map(|(s, e, _)| text[s..e].to_string())
                .collect()
        };
        assert_eq!(parts("भारत-रूस"), ["भारत", "रूस"]);
        assert_eq!(parts("India-Russia Special"), ["India", "Russia"]);
        // Known whole, not a place on one side, or more than ordinary words
        // after it: left to the usual rules.
        assert!(parts("जम्मू-कश्मीर").is_empty());
        assert!(parts("Guinea-Bissau").is_empty());
        assert!(parts("Indo-Pacific").is_empty());
        assert!(parts("India-Russia Intergovernmental Commission").is_empty());
        assert!(parts("भारत").is_empty());
    }

    #[test]
    fn initials_of_a_name_seen_in_full_join_it() {
        let lex = crate::entities::lexicon::get();
        let initials: HashMap<&str, Vec<String>> =
            HashMap::from([("Nadda", vec!["JP".to_string()])]);
        // (text, the name's span, where it starts with its initials)
        let cases: &[(&str, (usize, usize), usize)] = &[
            ("on X, JP Nadda said", (9, 14), 6),
            ("on X, MK Nadda said", (9, 14), 9),
            ("MK Stalin", (3, 9), 3),
            ("the UK Nadda", (7, 12), 7),
            ("\u{3000}JP Nadda", (6, 11), 3),
            ("Nadda", (0, 5), 0),
        ];
        for &(text, (start, end), want) in cases {
            assert_eq!(
                initials_before(text, lex, start, end, &initials),
                want,
                "{text}"
            );
        }
    }
}
