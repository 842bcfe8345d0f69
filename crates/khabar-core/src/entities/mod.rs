//! Named entities: recognition, grouping into entities, aliases, roles, salience.
//!
//! The stage reads in passes, each linear in the text:
//!
//! 1. [`rules`]: the Devanagari gazetteer (one Aho-Corasick pass), then per
//!    sentence the English capitalized-run rules (titles, organization and
//!    facility forms, acronyms, apposition) and the Hindi rules (titles,
//!    case markers, "… जी", "… मंत्रालय").
//! 2. [`ner`]: the learned tagger's candidates.
//! 3. Overlaps are resolved by precedence: gazetteer hits and title-cued
//!    names, then typed forms, then the tagger, then bare guesses; longer
//!    spans win ties.
//! 4. Repeats: once "Rajnath Singh" is found, every other "Singh",
//!    "Putin's", "पुतिन" (by its phonetic key) is a mention too.
//! 5. [`group`]: mentions become entities (canonical name, aliases, roles,
//!    cross-script merges); [`salience`] orders them; ids are "e1", "e2", …
//!    in that order.

pub(crate) mod group;
pub(crate) mod lexicon;
pub mod ner;
pub(crate) mod rules;
pub(crate) mod salience;
pub(crate) mod tokens;
pub mod translit;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::context::Context;
use crate::model::{Entity, EntityType, Mention};
use crate::segment::chars;
use crate::segment::Lang;
use group::M;
use lexicon::{class, is_deva};
use rules::{prio, Found, Raw, Rules};
use tokens::{Kind, Tok};

/// Candidates from the tagger below this confidence are ignored.
const TAGGER_MIN_CONFIDENCE: f32 = 0.5;

/// Finds the entities of a document, sorted by salience.
pub fn recognize(ctx: &Context<'_>) -> Vec<Entity> {
    let text = ctx.text;
    if text.is_empty() {
        return Vec::new();
    }
    let lex = lexicon::get();
    let mut found = Found::default();
    rules::deva_gazetteer(text, lex, &mut found);

    let ranges = ranges(ctx);
    let mut all_toks: Vec<Tok> = Vec::new();
    for &(s, e) in &ranges {
        let first = all_toks.len();
        tokens::tokenize(text, s, e, &mut all_toks);
        let rules = Rules {
            text,
            lex,
            toks: &all_toks[first..],
        };
        rules.run(&mut found);
    }

    embed_authors(ctx, &mut found);
    combine_tagger(ctx, lex, &mut found);
    let mut accepted = resolve(found.raws);
    repeats(text, lex, &all_toks, &mut accepted);
    trained_names(text, lex, &mut accepted);
    epithets(text, lex, &mut accepted);
    accepted.sort_by_key(|r| (r.start, r.end));

    let mut ms: Vec<M> = accepted
        .into_iter()
        .map(|r| M {
            text: text[r.start..r.end].to_string(),
            start: r.start,
            end: r.end,
            kind: r.kind,
            prio: r.prio,
            role: r.role,
            canonical: r.canonical,
            handle: false,
        })
        .collect();
    let links = glosses(text, &all_toks, &ms);
    for t in all_toks.iter().filter(|t| t.kind == Kind::Handle) {
        ms.push(M {
            start: t.start,
            end: t.end,
            text: text[t.start..t.end].to_string(),
            kind: EntityType::Person,
            prio: 0,
            role: None,
            canonical: None,
            handle: true,
        });
    }
    let roots = group::group(&ms, &links, lex);
    build(ctx, &ms, &roots, &found.roles)
}

/// The ranges the rules read: the sentences (the whole text when the
/// segmenter found none), plus the dateline and the signature lines of
/// embedded posts, which are not prose but name the place, the agency and
/// the author.
fn ranges(ctx: &Context<'_>) -> Vec<(usize, usize)> {
    let len = ctx.text.len();
    if ctx.sentences.is_empty() {
        return vec![(0, len)];
    }
    let mut ranges: Vec<(usize, usize)> = ctx.sentences.iter().map(|s| (s.start, s.end)).collect();
    ranges.sort_unstable();
    let mut extra: Vec<(usize, usize)> = Vec::new();
    let wanted = ctx
        .dateline
        .map(|d| (d.start, d.end))
        .into_iter()
        .chain(ctx.embeds.iter().map(|e| (e.start, e.end)));
    for (s, e) in wanted {
        let (s, e) = (s.min(len), e.min(len));
        // Keep only the parts no sentence covers.
        let mut pos = s;
        let first = ranges.partition_point(|&(_, b)| b <= s);
        for &(a, b) in ranges[first..].iter().take_while(|&&(a, _)| a < e) {
            if a > pos {
                extra.push((pos, a));
            }
            pos = pos.max(b);
        }
        if pos < e {
            extra.push((pos, e));
        }
    }
    extra.retain(|&(a, b)| b > a && ctx.text.is_char_boundary(a) && ctx.text.is_char_boundary(b));
    ranges.extend(extra);
    ranges.sort_unstable();
    ranges.dedup();
    ranges
}

/// The author of an embedded post, where the signature line names them.
fn embed_authors(ctx: &Context<'_>, found: &mut Found) {
    for e in ctx.embeds {
        let Some(author) = e.author.as_deref().filter(|a| !a.trim().is_empty()) else {
            continue;
        };
        let Some(span) = ctx.text.get(e.start.min(e.end)..e.end) else {
            continue;
        };
        if let Some(p) = span.rfind(author) {
            let start = e.start + p;
            found.raws.push(Raw {
                start,
                end: start + author.len(),
                kind: EntityType::Person,
                prio: prio::STRONG,
                role: None,
                canonical: None,
            });
        }
    }
}

/// Adds the learned tagger's candidates to the rules' proposals.
///
/// Precedence: the rules' gazetteer hits, title-cued names and typed forms
/// beat the tagger; the tagger beats the rules' bare guesses, and a bare
/// guess the tagger does not support at all is dropped. Candidates made
/// only of titles, function words or dates are vetoed ("Health Minister",
/// "His Excellency"), edges are trimmed of punctuation and honorifics, and a
/// candidate ending in a known person's name is that person ("JP Nadda").
fn combine_tagger(ctx: &Context<'_>, lex: &lexicon::Lexicon, found: &mut Found) {
    let text = ctx.text;
    let candidates: Vec<ner::Candidate> = ner::tag_document(ctx)
        .into_iter()
        .filter(|c| c.confidence >= TAGGER_MIN_CONFIDENCE && text.get(c.start..c.end).is_some())
        .collect();
    // No early return when the tagger found nothing: the filter at the end
    // still drops the bare guesses and unsure Hindi names it does not
    // support.
    let person_words: HashSet<&str> = found
        .raws
        .iter()
        .filter(|r| r.kind == EntityType::Person && r.prio >= prio::FORM)
        .flat_map(|r| group::name_words(&text[r.start..r.end], lex))
        .collect();
    // The initials of the people named in full: "Nadda" → "JP" for
    // "Jagat Prakash Nadda".
    let mut initials: HashMap<&str, Vec<String>> = HashMap::new();
    for r in found
        .raws
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
    let n_rules = found.raws.len();
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
                found.raws.push(Raw {
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
            .all(|w| lex.is(strip_possessive(w), junk) || rules::fiscal_year(w));
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
        found.raws.push(Raw {
            start,
            end,
            kind,
            prio: prio::REPEAT,
            role: None,
            canonical: lex.names.get(span).map(|k| k.canonical),
        });
    }
    tagged.sort_unstable_by_key(|t| (t.start, t.end));
    if let Some(rules) = found.raws.get_mut(..n_rules) {
        defer_to_tagger(text, lex, rules, &tagged);
    }
    // Bare guesses must overlap something the tagger saw, and so must the
    // Hindi rules' people and organizations that no gazetteer knows:
    // without capitals to go by, a title or a form word next to an
    // ordinary word ("प्रमुख आलेख", "प्रधानमंत्री रोजगार", "राष्ट्रीय कंपनी")
    // is no evidence of a name.
    spans.sort_unstable();
    let mut k = 0;
    found.raws.retain(|r| {
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

/// Whether `start..end` overlaps one of `sorted` (spans sorted by start).
/// Looks back over the last few spans that start before `end`: mentions
/// nest at most a few deep.
fn overlaps_any(sorted: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = sorted.partition_point(|&(s, _)| s < end);
    sorted[..i].iter().rev().take(8).any(|&(_, e)| e > start)
}

/// Two or more known places joined by hyphens ("भारत-रूस की दोस्ती",
/// "India-Russia Special and…") name the places, not one organization or
/// place: their spans and gazetteer entries, when the hyphenated word opens
/// the candidate and whatever follows it is ordinary words. A hyphenated
/// name the gazetteer knows whole stays whole.
fn place_pair(
    text: &str,
    lex: &lexicon::Lexicon,
    start: usize,
    end: usize,
) -> Option<Vec<(usize, usize, lexicon::Known)>> {
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

/// The names Hindi training data annotates consistently
/// ([`lexicon::Lexicon::trained`]) where neither the rules nor the tagger
/// found anything: the tagger weighs a known name against its context, and
/// an unusual context wins ("यूनेस्को का महात्मा गांधी पुरस्कार"). A
/// gazetteer name is left to the gazetteer's rules, and titles or function
/// words alone are never added.
fn trained_names(text: &str, lex: &lexicon::Lexicon, accepted: &mut Vec<Raw>) {
    if !is_deva(text) {
        return;
    }
    let trained = lex.trained();
    let mut taken: Vec<(usize, usize)> = accepted.iter().map(|r| (r.start, r.end)).collect();
    taken.sort_unstable();
    let junk = class::TITLE_HEAD | class::TITLE_MOD | class::HONORIFIC | class::CALENDAR;
    let mut added = Vec::new();
    for m in trained.matcher.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        if !rules::whole_word(text, start, end) {
            continue;
        }
        let Some(&(name, kind, times)) = trained.names.get(m.pattern().as_usize()) else {
            continue;
        };
        let single = !name.contains(' ');
        // A short word annotated once is as likely an ordinary word ("हज",
        // "थान") as a name.
        let short_once = single && times < 2 && name.chars().count() < 4;
        // Titles and function words alone name nobody ("केंद्रीय गृह मंत्री").
        let titles = name
            .split(' ')
            .all(|w| lex.hindi_stop(w) || lex.is(w, junk));
        if lex.names.contains_key(name) || short_once || titles || overlaps_any(&taken, start, end)
        {
            continue;
        }
        added.push(Raw {
            start,
            end,
            kind,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        });
    }
    accepted.extend(added);
}

/// A Hindi epithet right before a person's name is part of the name
/// (`epithet` in `data/gazetteer/lexicon.tsv`: "छत्रपति शिवाजी", "स्वामी
/// विवेकानंद", "नवाब वाजिद अली शाह"), as IL-NER's training sentences
/// annotate it; the tagger, which also learns from HiNER, often leaves it
/// out.
fn epithets(text: &str, lex: &lexicon::Lexicon, accepted: &mut [Raw]) {
    let mut ends: Vec<usize> = accepted.iter().map(|r| r.end).collect();
    ends.sort_unstable();
    for r in accepted.iter_mut().filter(|r| r.kind == EntityType::Person) {
        let Some(before) = text.get(..r.start).and_then(|b| b.strip_suffix(' ')) else {
            continue;
        };
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let start = before.len() - word.len();
        // The word must be free: no other mention ends inside it.
        let i = ends.partition_point(|&e| e <= start);
        let free = ends.get(i).is_none_or(|&e| e > before.len());
        if free && !word.is_empty() && lex.is(word, class::EPITHET) {
            r.start = start;
        }
    }
}

/// Where a person's name starts when the initials of a person named in
/// full stand right before it, as Indian names are often written: "JP
/// Nadda" after "Jagat Prakash Nadda". `initials` maps a last name to the
/// initials of the given names it was seen with.
fn initials_before(
    text: &str,
    lex: &lexicon::Lexicon,
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
fn defer_to_tagger(text: &str, lex: &lexicon::Lexicon, rules: &mut [Raw], tagged: &[Tagged]) {
    // A tagger span with a title in it ("Russian President", "Health
    // Minister of Russian Federation") is no better than the rule; one that
    // only adds an event word ("… Organisation Summit") names the event,
    // not the organization the rule found.
    let words_have = |a: usize, b: usize, flags: u16| {
        text.get(a..b).is_some_and(|s| {
            s.split_whitespace()
                .any(|w| lex.is(strip_possessive(w), flags))
        })
    };
    let titled = |t: &Tagged| words_have(t.start, t.end, class::TITLE_HEAD | class::HONORIFIC);
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
            wider
                || same.is_some_and(|t| {
                    t.kind != r.kind
                        && r.kind != EntityType::Org
                        && t.confidence >= TAGGER_SURE
                        && !matches!(t.kind, EntityType::Misc | EntityType::Norp)
                        && !(is_place(t.kind) && is_place(r.kind))
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

fn is_place(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

/// A character a name may start or end with: letters and digits of any
/// script, and the combining marks that complete them (the nukta in
/// "फ़ारूक़", the virama, accents written apart).
fn name_char(c: char) -> bool {
    chars::is_alphanumeric(c)
        || (('\u{0900}'..='\u{097F}').contains(&c)
            && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}'))
        || ('\u{0300}'..='\u{036F}').contains(&c)
        || c == '\u{200C}'
        || c == '\u{200D}'
}

/// Whether `start` opens a sentence, a line, a quote or a parenthesis.
fn starts_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    before.is_empty()
        || before.ends_with([
            '\n', '.', '!', '?', ':', '"', '\u{201C}', '\u{2018}', '(', '[', '|', '\u{0964}', '-',
            '\u{2014}', '\u{2013}',
        ])
}

/// A name's edges trimmed of words that cannot open or close one:
/// honorifics and function words before it ("Shri", "The"), dates and
/// case markers after it ("राजनाथ सिंह रविवार", "बेलौसोव के"). A
/// gazetteer name stays whole ("Sri Lanka"), and so does an initial
/// ("I. Healy"). `None` when nothing is left.
fn trim_edges(
    text: &str,
    lex: &lexicon::Lexicon,
    mut start: usize,
    mut end: usize,
    person: bool,
) -> Option<(usize, usize)> {
    if lex.names.contains_key(&text[start..end]) {
        return Some((start, end));
    }
    let hindi_stop = |w: &str| is_deva(w) && lex.hindi_stop(w);
    let lead = |w: &str| {
        let initial = w.len() == 2 && w.ends_with('.');
        !initial
            && (lex.is(w, class::HONORIFIC | class::POSTPOSITION)
                || (!person && lex.is(w, class::CALENDAR))
                || hindi_stop(w))
    };
    // A frequent word closes a person's name ("राजनाथ सिंह आज") but may
    // close an organization's ("भारत सरकार").
    let tail =
        |w: &str| lex.is(w, class::CALENDAR | class::POSTPOSITION) || (person && hindi_stop(w));
    while let Some(sp) = text[start..end].find(' ') {
        if !lead(&text[start..start + sp]) {
            break;
        }
        start += sp + 1;
    }
    while let Some(sp) = text[start..end].rfind(' ') {
        if !tail(&text[start + sp + 1..end]) {
            break;
        }
        end = start + sp;
    }
    (end > start).then_some((start, end))
}

/// A Devanagari name ends before a case marker inside it ("राजनाथ ने
/// भारत" is "राजनाथ"): a person's name at any function word, other names
/// at a marker other than the genitive, which organization names take
/// ("भारत के निर्वाचन आयोग").
fn cut_at_case_marker(
    text: &str,
    lex: &lexicon::Lexicon,
    start: usize,
    end: usize,
    person: bool,
) -> usize {
    let span = &text[start..end];
    if !is_deva(span) {
        return end;
    }
    let base = span.as_ptr() as usize;
    for w in span.split_whitespace().skip(1) {
        let stop = if person {
            lex.hindi_stop(w)
        } else {
            lex.is(w, class::POSTPOSITION) && !matches!(w, "का" | "की" | "के")
        };
        if stop {
            let at = start + (w.as_ptr() as usize - base);
            return text[..at].trim_end().len().max(start);
        }
    }
    end
}

/// The end of a name, moved past the dot of an abbreviation that closes it:
/// "U.S.", "J.", "First Albany Corp.", "Inc.". A dot after an ordinary word
/// ends the sentence and stays out.
fn abbreviation_dot(text: &str, lex: &lexicon::Lexicon, start: usize, end: usize) -> usize {
    if end <= start || !text[end..].starts_with('.') || text[end + 1..].starts_with('.') {
        return end;
    }
    let span = &text[start..end];
    let word = span
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or(span);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(chars::is_alphabetic));
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let known = text
        .get(end - word.len()..end + 1)
        .is_some_and(|w| w.len() > 2 && lex.classes.contains_key(w));
    if dotted || initial || known {
        end + 1
    } else {
        end
    }
}

/// Keeps the best of overlapping proposals: higher priority, then longer,
/// then earlier. O(n log n).
fn resolve(mut raws: Vec<Raw>) -> Vec<Raw> {
    raws.retain(|r| r.end > r.start);
    raws.sort_by(|a, b| {
        b.prio
            .cmp(&a.prio)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for r in raws {
        let clash = taken
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start);
        if !clash {
            taken.insert(r.start, r.end);
            out.push(r);
        }
    }
    out
}

/// Names already found, named again: "Singh", "Putin's", "राजनाथ", and
/// Devanagari spellings of Latin names by phonetic key ("बेलौसोव").
fn repeats(text: &str, lex: &lexicon::Lexicon, toks: &[Tok], accepted: &mut Vec<Raw>) {
    // Titles and form words ("पुलिस" of a mistyped "सोनीपत पुलिस") are no
    // name to find again.
    const NOT_A_NAME: u16 = class::TITLE_HEAD
        | class::TITLE_MOD
        | class::HONORIFIC
        | class::ORG_HEAD
        | class::LOC_SUFFIX
        | class::FAC_SUFFIX;
    let mut words: HashSet<&str> = HashSet::new();
    let mut keys: HashSet<String> = HashSet::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        for w in group::name_words(&text[r.start..r.end], lex) {
            if w.chars().count() < 2 || lex.is(w, NOT_A_NAME) {
                continue;
            }
            words.insert(w);
            let k = translit::key(w);
            if k.chars().count() >= 3 {
                keys.insert(k);
            }
        }
    }
    if words.is_empty() {
        return;
    }
    let mut covered: BTreeMap<usize, usize> = accepted.iter().map(|r| (r.start, r.end)).collect();
    let is_covered = |covered: &BTreeMap<usize, usize>, s: usize, e: usize| {
        covered
            .range(..e)
            .next_back()
            .is_some_and(|(_, &end)| end > s)
    };
    let bare = |t: &Tok| {
        let w = &text[t.start..t.end];
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w)
    };
    let matches = |t: &Tok| -> bool {
        if t.kind != Kind::Word {
            return false;
        }
        let w = bare(t);
        if is_deva(w) {
            if lex.hindi_stop(w) || lex.is(w, NOT_A_NAME) {
                return false;
            }
            // A spelling variant ("नरेन्द्र" for "नरेंद्र") only when the
            // word is not an ordinary word that happens to share the key
            // ("प्रदेश" with "परदेशी").
            words.contains(w) || (!lex.hindi_common(w) && keys.contains(&translit::key(w)))
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
                && !lex.is(w, class::EN_STOP | class::CALENDAR | class::TITLE_HEAD)
                && (words.contains(w) || (!lex.common(w) && keys.contains(&translit::key(w))))
        }
    };
    let mut i = 0;
    while i < toks.len() {
        if !matches(&toks[i]) || is_covered(&covered, toks[i].start, toks[i].end) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len()
            && matches(&toks[j])
            && !is_covered(&covered, toks[j].start, toks[j].end)
            && bare(&toks[j - 1]).len() == toks[j - 1].end - toks[j - 1].start
        {
            j += 1;
        }
        let start = toks[i].start;
        let last = &toks[j - 1];
        let end = last.start + bare(last).len();
        covered.insert(start, end);
        accepted.push(Raw {
            start,
            end,
            kind: EntityType::Person,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        });
        i = j;
    }
}

/// Mentions explained by the next one in parentheses: a gloss
/// ("एंड्री बेलौसोव (Andrey Belousov)") or an acronym defined in text
/// ("Shanghai Cooperation Organisation (SCO)").
fn glosses(text: &str, toks: &[Tok], ms: &[M]) -> Vec<(usize, usize)> {
    let by_start: HashMap<usize, usize> =
        ms.iter().enumerate().map(|(i, m)| (m.start, i)).collect();
    let by_end: HashMap<usize, usize> = ms.iter().enumerate().map(|(i, m)| (m.end, i)).collect();
    let mut links = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Kind::Punct || &text[t.start..t.end] != "(" || k == 0 {
            continue;
        }
        let Some(prev) = by_end.get(&toks[k - 1].end) else {
            continue;
        };
        let Some(next_tok) = toks.get(k + 1) else {
            continue;
        };
        let Some(&inner) = by_start.get(&next_tok.start) else {
            continue;
        };
        let closes = toks
            .iter()
            .skip(k + 1)
            .find(|t| t.start >= ms[inner].end)
            .is_some_and(|t| &text[t.start..t.end] == ")");
        let same_kind = ms[*prev].kind == ms[inner].kind
            || (ms[inner].kind == EntityType::Org && ms[*prev].kind != EntityType::Person);
        if closes && same_kind {
            links.push((*prev, inner));
        }
    }
    links
}

/// A word without its possessive "'s" or "'".
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

fn is_possessive_free(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s)
}

/// Builds the entities from grouped mentions.
fn build(
    ctx: &Context<'_>,
    ms: &[M],
    roots: &[usize],
    role_only: &[rules::RoleOnly],
) -> Vec<Entity> {
    let text = ctx.text;
    let lex = lexicon::get();
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &r) in roots.iter().enumerate() {
        groups.entry(r).or_default().push(i);
    }
    let hindi_doc = ctx.lang == Lang::Hi;
    let lead_end = ctx
        .sentences
        .get(1)
        .map(|s| s.end)
        .unwrap_or(text.len() / 5)
        .min(text.len() / 3 + 1);
    struct Draft {
        entity: Entity,
        signals: salience::Signals,
    }
    let mut drafts: Vec<Draft> = Vec::new();
    for members in groups.values() {
        let names: Vec<&M> = members
            .iter()
            .map(|&i| &ms[i])
            .filter(|m| !m.handle)
            .collect();
        if names.is_empty() {
            continue; // a handle that matched nobody
        }
        // The type: the most trusted mention's, then the most frequent.
        let mut votes: HashMap<EntityType, (u32, usize)> = HashMap::new();
        for m in &names {
            let v = votes.entry(m.kind).or_insert((0, 0));
            v.0 += u32::from(m.prio) * 10;
            v.1 += 1;
        }
        let Some(kind) = votes
            .iter()
            .max_by_key(|(k, v)| (v.0, v.1, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k)
        else {
            continue;
        };
        // A group of bare guesses with one mention and no support is noise.
        if names.iter().all(|m| m.prio <= prio::WEAK)
            && names.len() == 1
            && kind != EntityType::Person
        {
            continue;
        }
        let best = names
            .iter()
            .max_by_key(|m| {
                let script = usize::from(is_deva(&m.text) == hindi_doc);
                let words = group::name_words(&m.text, lex).len();
                (
                    usize::from(m.kind == kind),
                    script,
                    words,
                    m.text.chars().count(),
                    std::cmp::Reverse(m.start),
                )
            })
            .map(|m| is_possessive_free(&m.text).to_string())
            .unwrap_or_default();
        let mut aliases: Vec<String> = Vec::new();
        let mut push_alias = |a: &str| {
            let a = a.trim();
            if !a.is_empty() && a != best && !aliases.iter().any(|x| x == a) {
                aliases.push(a.to_string());
            }
        };
        for &i in members {
            let m = &ms[i];
            push_alias(is_possessive_free(&m.text));
        }
        for m in &names {
            if let Some(c) = m.canonical {
                if m.kind == kind && kind != EntityType::Norp {
                    push_alias(c);
                }
            }
        }
        let mut roles: Vec<String> = Vec::new();
        for m in &names {
            if let Some(r) = &m.role {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
        }
        // "President" says less than "Russian President": keep the fuller.
        let fuller: Vec<String> = roles.clone();
        roles.retain(|r| {
            !fuller.iter().any(|o| {
                o != r && (o.ends_with(&format!(" {r}")) || o.starts_with(&format!("{r} ")))
            })
        });
        let mentions: Vec<Mention> = members
            .iter()
            .map(|&i| Mention {
                start: ms[i].start,
                end: ms[i].end,
                text: ms[i].text.clone(),
            })
            .collect();
        let first = mentions.first().map_or(0, |m| m.start);
        let signals = salience::Signals {
            mentions: mentions.len(),
            first,
            in_lead: first < lead_end,
            has_role: !roles.is_empty(),
            kind,
        };
        drafts.push(Draft {
            entity: Entity {
                id: String::new(),
                kind,
                name: best,
                aliases,
                roles,
                salience: 0.0,
                mentions,
            },
            signals,
        });
    }
    let _ = role_only;
    let max_mentions = drafts.iter().map(|d| d.signals.mentions).max().unwrap_or(1);
    for d in &mut drafts {
        d.entity.salience = salience::score(&d.signals, max_mentions, text.len());
    }
    drafts.sort_by(|a, b| {
        b.entity
            .salience
            .total_cmp(&a.entity.salience)
            .then(a.signals.first.cmp(&b.signals.first))
    });
    drafts
        .into_iter()
        .enumerate()
        .map(|(i, mut d)| {
            d.entity.id = format!("e{}", i + 1);
            d.entity
        })
        .collect()
}

/// The entity holding a role named without a name ("the Defence Minister",
/// "रक्षा मंत्री"), when exactly one entity of the article has that role.
pub fn role_holder<'e>(entities: &'e [Entity], role: &str) -> Option<&'e Entity> {
    let want = role.trim().trim_start_matches("the ").to_lowercase();
    if want.is_empty() {
        return None;
    }
    let mut hits = entities.iter().filter(|e| {
        e.kind == EntityType::Person
            && e.roles.iter().any(|r| {
                let r = r.to_lowercase();
                r == want || r.ends_with(&format!(" {want}")) || want.ends_with(&format!(" {r}"))
            })
    });
    let first = hits.next()?;
    if hits.next().is_some() {
        return None;
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_edges_keep_marks() {
        // The nukta, the virama and a combining accent end a name; a danda,
        // a dot or a comma does not.
        let cases: &[(char, bool)] = &[
            ('\u{093C}', true),
            ('\u{094D}', true),
            ('\u{0301}', true),
            ('\u{0915}', true),
            ('a', true),
            ('\u{0964}', false),
            ('.', false),
            (',', false),
        ];
        for &(c, want) in cases {
            assert_eq!(name_char(c), want, "{c:?}");
        }
    }

    #[test]
    fn hyphenated_places_are_the_places() {
        let lex = lexicon::get();
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
    fn trained_names_fill_gaps_only() {
        let lex = lexicon::get();
        let raw = |start: usize, end: usize| Raw {
            start,
            end,
            kind: EntityType::Org,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        };
        let found = |text: &str, accepted: Vec<Raw>| -> Vec<(String, EntityType)> {
            let n = accepted.len();
            let mut accepted = accepted;
            trained_names(text, lex, &mut accepted);
            accepted[n..]
                .iter()
                .map(|r| (text[r.start..r.end].to_string(), r.kind))
                .collect()
        };
        let text = "यूनेस्को का महात्मा गांधी पुरस्कार और केंद्रीय गृह मंत्री";
        assert_eq!(
            found(text, Vec::new()),
            [("महात्मा गांधी".to_string(), EntityType::Person)],
            "a title alone is never added"
        );
        // Something already found there wins.
        let at = text.find("महात्मा").unwrap_or(0);
        assert!(found(text, vec![raw(at, at + "महात्मा".len())]).is_empty());
        // Whole words only: "गांधीजी" is not "गांधी".
        assert!(found("महात्मा गांधीजी ने कहा", Vec::new()).is_empty());
        assert!(found("Mahatma Gandhi", Vec::new()).is_empty());
    }

    #[test]
    fn tagger_spans_lose_junk_at_their_edges() {
        let lex = lexicon::get();
        // (text, expected span after trimming; "" = nothing left)
        let cases: &[(&str, &str)] = &[
            ("Shri Narendra Modi", "Narendra Modi"),
            ("Sri Lanka", "Sri Lanka"),
            ("I. Healy", "I. Healy"),
            ("Federal Reserve", "Federal Reserve"),
            ("Czech Republic", "Czech Republic"),
            ("Milwaukee Open Thursday", "Milwaukee Open"),
            ("राजनाथ सिंह रविवार", "राजनाथ सिंह"),
            ("The Hague", "The Hague"),
        ];
        for &(text, want) in cases {
            let got = trim_edges(text, lex, 0, text.len(), false).map_or("", |(a, b)| &text[a..b]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn person_and_organization_edges_differ() {
        let lex = lexicon::get();
        // (text, a person?, expected span after trimming)
        let cases: &[(&str, bool, &str)] = &[
            // A month's abbreviation opens a person's name, not a place's.
            ("Jan Kroslak", true, "Jan Kroslak"),
            ("राजनाथ सिंह रविवार", true, "राजनाथ सिंह"),
            // A frequent word closes an organization ("भारत सरकार").
            ("भारत सरकार", false, "भारत सरकार"),
        ];
        for &(text, person, want) in cases {
            let got = trim_edges(text, lex, 0, text.len(), person).map_or("", |(a, b)| &text[a..b]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn initials_of_a_name_seen_in_full_join_it() {
        let lex = lexicon::get();
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

    #[test]
    fn hindi_names_end_at_case_markers() {
        let lex = lexicon::get();
        let cases: &[(&str, bool, &str)] = &[
            ("राजनाथ ने भारत", true, "राजनाथ"),
            ("भारत के निर्वाचन आयोग", false, "भारत के निर्वाचन आयोग"),
            ("रक्षा मंत्रालय ने", false, "रक्षा मंत्रालय"),
            ("Joel Naroff of", true, "Joel Naroff of"),
        ];
        for &(text, person, want) in cases {
            let end = cut_at_case_marker(text, lex, 0, text.len(), person);
            assert_eq!(&text[..end], want, "{text}");
        }
    }

    #[test]
    fn sentence_starts() {
        let cases: &[(&str, usize, bool)] = &[
            ("Good Morning", 0, true),
            ("He said. Good", 9, true),
            ("line\nGood", 5, true),
            ("the Good", 4, false),
        ];
        for &(text, at, want) in cases {
            assert_eq!(starts_sentence(text, at), want, "{text}");
        }
    }

    #[test]
    fn abbreviation_dots_stay_in_names() {
        let lex = lexicon::get();
        // (text, name without its dot, expected name)
        let cases: &[(&str, &str, &str)] = &[
            ("( U.S. )", "U.S", "U.S."),
            (
                "at First Albany Corp. That",
                "First Albany Corp",
                "First Albany Corp.",
            ),
            ("Acme Inc. said", "Acme Inc", "Acme Inc."),
            ("by R. Croft", "R", "R."),
            ("met Rajnath Singh. He", "Rajnath Singh", "Rajnath Singh"),
            ("in Moscow...", "Moscow", "Moscow"),
            ("for the Nation.", "Nation", "Nation"),
            ("फ़ारूक़ ने", "फ़ारूक़", "फ़ारूक़"),
        ];
        for &(text, name, want) in cases {
            let start = text.find(name).unwrap_or(0);
            let end = abbreviation_dot(text, lex, start, start + name.len());
            assert_eq!(&text[start..end], want, "{text}");
        }
    }
}
