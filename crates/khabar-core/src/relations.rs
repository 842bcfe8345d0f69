//! Relations: meetings, visits, co-chairing, signing, roles.
//!
//! Each relation is read off one sentence (its evidence, `start..end`):
//!
//! - **meeting** (met, talks with, called on; मुलाकात, वार्ता, बैठक, मिले) and
//!   **co-chair** (co-chaired, सह-अध्यक्षता): the subject is the clause's
//!   subject (English: the entity before the verb, see the quote stage's
//!   speaker rules; Hindi: the PERSON marked with ने, else the possessor
//!   "A की B से मुलाकात", else the first PERSON), the object the PERSON met
//!   (English: the first after the verb; Hindi: the one marked with से or
//!   के साथ);
//! - **signing** (signed, हस्ताक्षर): the first two parties (PERSON, ORG or
//!   GPE) of the clause;
//! - **visit** (visited, visit to, travelled to; यात्रा, दौरे): the subject
//!   and the destination as `place`;
//! - **role** ("A, the B of C"; "C के B A"): A holds a role in C (`object`).
//!
//! In an embedded post, the author is the subject when the post has none
//! ("Had a very productive meeting with … Andrey Belousov").
//! The date is the nearest datable timex of the sentence, else null.

use crate::clause::cues::Lexicon;
use crate::clause::dates::{place_near, Dates};
use crate::clause::speaker::{Resolver, Who};
use crate::clause::triggers::{Found, Triggers};
use crate::clause::MAX_SENTENCE;
use crate::context::mentions::{MentionRef, Mentions};
use crate::context::shared::Shared;
use crate::context::{Context, Plain};
use crate::model::{Entity, EntityType, Relation, Timex};
use crate::text::words::{is_hindi, Tok};

/// Finds who met whom, who visited where, who holds which role.
pub fn find(ctx: &Context<'_>, entities: &[Entity], timexes: &[Timex]) -> Vec<Relation> {
    find_shared(ctx, &Shared::new(ctx, entities), timexes)
}

/// [`find`] with the document's tokens and mentions already made.
pub(crate) fn find_shared(
    ctx: &Context<'_>,
    shared: &Shared<'_>,
    timexes: &[Timex],
) -> Vec<Relation> {
    let text = ctx.text;
    let trig = Triggers::shared();
    let lex = Lexicon::shared();
    let mentions = &shared.mentions;
    let res = Resolver {
        source: text,
        mentions,
        all: &shared.words.all,
        masked: Vec::new(),
        titles: Default::default(),
    };
    let reference = ctx.reference.map(|d| d.to_string());
    let mut spans: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for &(a, b) in &shared.units {
        if !ctx.embeds.iter().any(|e| a < e.end && e.start < b) {
            spans.push((a, b, None));
        }
    }
    for e in ctx.embeds {
        let body = e.text.trim();
        let Some(p) = text.get(e.start..e.end).and_then(|s| s.find(body)) else {
            continue;
        };
        if body.is_empty() {
            continue;
        }
        let author = mentions.author_of(e);
        spans.push((e.start + p, e.start + p + body.len(), author));
    }
    crate::util::sort::sort_by_key(&mut spans, |s| s.0);
    let mut out: Vec<Relation> = Vec::new();
    for (a, b, author) in spans {
        if b - a > MAX_SENTENCE {
            continue;
        }
        let toks = shared.words.range(a, b);
        let hindi = is_hindi(text.get(a..b).unwrap_or(""));
        // Timexes come in text order: find the sentence's by binary search.
        let first = timexes.partition_point(|t| t.start < a);
        let local: Vec<&Timex> = timexes[first..]
            .iter()
            .take_while(|t| t.start < b)
            .filter(|t| t.end <= b)
            .collect();
        let ms = mentions.within(a, b);
        let dates = Dates::new(&local, &toks, reference.as_deref());
        for f in trig.find(&toks) {
            let kind = trig.list[f.trigger].kind.as_str();
            let (s, e) = (toks[f.from].start, toks[f.to - 1].end);
            let date = dates.nearest(s, e, usize::MAX);
            let rel = |kind: &str,
                       subject: Option<usize>,
                       object: Option<usize>,
                       place: Option<usize>| {
                Relation {
                    kind: kind.to_string(),
                    subject: subject.and_then(|x| mentions.id(x)),
                    object: object.and_then(|x| mentions.id(x)),
                    place: place.and_then(|x| mentions.id(x)),
                    date: date.clone(),
                    start: a,
                    end: b,
                }
            };
            match kind {
                "meeting" | "co-chair" | "signing" => {
                    let (subj, obj) = if hindi {
                        parties_hi(&toks, f, &ms, mentions, kind == "signing")
                    } else {
                        parties_en(&toks, f, &ms, mentions, &res, lex, kind == "signing")
                    };
                    let subj = subj.or(author);
                    if let (Some(s), Some(o)) = (subj, obj) {
                        if s != o {
                            let place = place_near(text, &toks, mentions, f, kind);
                            out.push(rel(kind, Some(s), Some(o), place));
                        }
                    }
                }
                "visit" | "departure" => {
                    let place = place_near(text, &toks, mentions, f, kind);
                    let subj = visitor(&toks, f, &ms, mentions, hindi).or(author);
                    if let (Some(s), Some(p)) = (subj, place) {
                        out.push(rel("visit", Some(s), None, Some(p)));
                    }
                }
                _ => {}
            }
        }
        roles(&toks, &ms, mentions, lex, hindi, a, b, &mut out);
    }
    // One relation per (kind, subject, object, date), and per destination
    // for visits; a later telling only fills in a missing place.
    let mut merged: Vec<Relation> = Vec::new();
    for r in out {
        let same = |m: &Relation| {
            m.kind == r.kind
                && m.subject == r.subject
                && m.object == r.object
                && m.date == r.date
                && (r.kind != "visit" || m.place == r.place)
        };
        match merged.iter_mut().find(|m| same(m)) {
            Some(m) => {
                if m.place.is_none() {
                    m.place = r.place;
                }
            }
            None => merged.push(r),
        }
    }
    merged
}

fn is_party(k: EntityType, signing: bool) -> bool {
    k == EntityType::Person || (signing && matches!(k, EntityType::Org | EntityType::Gpe))
}

/// Token indexes of the tokens just before and after a mention.
fn around(toks: &[Tok], m: &MentionRef) -> (usize, usize) {
    (
        toks.partition_point(|t| t.start < m.start),
        toks.partition_point(|t| t.start < m.end),
    )
}

fn parties_en(
    toks: &[Tok],
    f: Found,
    ms: &[MentionRef],
    mentions: &Mentions<'_>,
    res: &Resolver<'_>,
    lex: &Lexicon,
    signing: bool,
) -> (Option<usize>, Option<usize>) {
    let trig = toks[f.from].start;
    let clause_end = toks[f.to..]
        .iter()
        .find(|t| matches!(t.norm.as_str(), ";" | "." | "\""))
        .map_or(usize::MAX, |t| t.start);
    let before: Vec<&MentionRef> = ms
        .iter()
        .filter(|m| m.end <= trig && is_party(mentions.kind(m), signing))
        .collect();
    let subj = match res.before(&toks[..f.from], &lex.en, false) {
        Who::Entity(e) if is_party(mentions.entities[e].kind, signing) => Some(e),
        Who::Pronoun(p) => res.recent_subject(p, p.saturating_sub(2000)).map(|x| x.0),
        _ => None,
    };
    let obj = ms
        .iter()
        .filter(|m| m.start >= toks[f.to - 1].end && m.start < clause_end)
        .find(|m| is_party(mentions.kind(m), signing) && Some(m.entity) != subj)
        .map(|m| m.entity)
        .or_else(|| {
            // "A and B met".
            before
                .iter()
                .rev()
                .find(|m| Some(m.entity) != subj)
                .map(|m| m.entity)
                .filter(|_| subj.is_some())
        });
    (subj, obj)
}

fn parties_hi(
    toks: &[Tok],
    f: Found,
    ms: &[MentionRef],
    mentions: &Mentions<'_>,
    signing: bool,
) -> (Option<usize>, Option<usize>) {
    let trig = toks[f.from].start;
    let mut subj_ne = None;
    let mut possessor = None;
    let mut obj: Option<(usize, usize)> = None; // (distance, entity)
    let mut first = None;
    for m in ms.iter().filter(|m| is_party(mentions.kind(m), signing)) {
        let (_, j) = around(toks, m);
        let j = skip_parenthetical(toks, j);
        let next = toks.get(j).map(|t| t.norm.as_str());
        let next2 = toks.get(j + 1).map(|t| t.norm.as_str());
        first = first.or(Some(m.entity));
        match (next, next2) {
            (Some("ने"), _) => subj_ne = subj_ne.or(Some(m.entity)),
            (Some("से"), _) | (Some("के"), Some("साथ")) => {
                let d = m.start.abs_diff(trig);
                if obj.is_none_or(|(od, _)| d < od) {
                    obj = Some((d, m.entity));
                }
            }
            (Some("की" | "का"), _) if m.end <= trig => {
                possessor = possessor.or(Some(m.entity))
            }
            _ => {}
        }
    }
    let obj = obj.map(|o| o.1);
    let subj = subj_ne
        .or(possessor.filter(|p| Some(*p) != obj))
        .or(first.filter(|p| Some(*p) != obj));
    (subj, obj)
}

/// Skips a parenthetical gloss after a name: "बेलौसोव (Andrey Belousov) के साथ".
fn skip_parenthetical(toks: &[Tok], j: usize) -> usize {
    if toks.get(j).is_some_and(|t| t.norm == ")") {
        return j + 1;
    }
    if toks.get(j).is_some_and(|t| t.norm == "(") {
        if let Some(c) = toks[j..].iter().take(10).position(|t| t.norm == ")") {
            return j + c + 1;
        }
    }
    j
}

/// Who travels: the possessor ("Putin's visit", "मोदी की मॉस्को यात्रा"),
/// else the clause's first PERSON (Hindi: the one marked with ने first).
fn visitor(
    toks: &[Tok],
    f: Found,
    ms: &[MentionRef],
    mentions: &Mentions<'_>,
    hindi: bool,
) -> Option<usize> {
    let trig = toks[f.from].start;
    let persons: Vec<&MentionRef> = ms
        .iter()
        .filter(|m| mentions.kind(m) == EntityType::Person)
        .collect();
    if hindi {
        // "X की (P) यात्रा": a possessor shortly before the trigger.
        let poss = persons.iter().rev().find(|m| {
            let (_, j) = around(toks, m);
            m.end <= trig
                && f.from.saturating_sub(j) <= 3
                && toks.get(j).is_some_and(|t| t.norm == "की" || t.norm == "के")
        });
        if let Some(p) = poss {
            return Some(p.entity);
        }
        let ne = persons.iter().find(|m| {
            let (_, j) = around(toks, m);
            toks.get(j).is_some_and(|t| t.norm == "ने")
        });
        return ne.or(persons.first()).map(|m| m.entity);
    }
    let poss = persons.iter().rev().find(|m| {
        m.end <= trig && {
            let (_, j) = around(toks, m);
            // "Putin's" is one token ending after the mention.
            let tok = toks.get(j.saturating_sub(1));
            tok.is_some_and(|t| t.norm.ends_with("'s") && t.end > m.end)
                && f.from.saturating_sub(j) <= 2
        }
    });
    poss.or_else(|| persons.iter().find(|m| m.end <= trig))
        .or(persons.first())
        .map(|m| m.entity)
}

/// "A, the B of C" and "C के B A": A holds a role in C.
#[allow(clippy::too_many_arguments)]
fn roles(
    toks: &[Tok],
    ms: &[MentionRef],
    mentions: &Mentions<'_>,
    lex: &Lexicon,
    hindi: bool,
    a: usize,
    b: usize,
    out: &mut Vec<Relation>,
) {
    let cues = lex.get(hindi);
    let org_at = |pos: usize| {
        ms.iter()
            .find(|m| {
                m.start == pos && matches!(mentions.kind(m), EntityType::Org | EntityType::Gpe)
            })
            .map(|m| m.entity)
    };
    let mut push = |subject: usize, object: usize| {
        out.push(Relation {
            kind: "role".to_string(),
            subject: mentions.id(subject),
            object: mentions.id(object),
            place: None,
            date: None,
            start: a,
            end: b,
        });
    };
    for m in ms {
        if !hindi && mentions.kind(m) == EntityType::Person {
            let (_, mut j) = around(toks, m);
            if toks.get(j).is_none_or(|t| t.norm != ",") {
                continue;
            }
            j += 1;
            if toks.get(j).is_some_and(|t| t.norm == "the") {
                j += 1;
            }
            let mut saw_head = false;
            let limit = j + 5;
            while j < toks.len().min(limit) && toks[j].word && toks[j].norm != "of" {
                saw_head |= cues.roles.contains(toks[j].norm.as_str());
                j += 1;
            }
            if !saw_head || toks.get(j).is_none_or(|t| t.norm != "of") {
                continue;
            }
            j += 1;
            if toks.get(j).is_some_and(|t| t.norm == "the") {
                if let Some(o) = org_at(toks[j].start) {
                    push(m.entity, o);
                    continue;
                }
                j += 1;
            }
            if let Some(o) = toks.get(j).and_then(|t| org_at(t.start)) {
                push(m.entity, o);
            }
        } else if hindi && matches!(mentions.kind(m), EntityType::Org | EntityType::Gpe) {
            // "रूस के रक्षा मंत्री बेलौसोव".
            let (_, j) = around(toks, m);
            if toks.get(j).is_none_or(|t| t.norm != "के" && t.norm != "की") {
                continue;
            }
            let mut k = j + 1;
            let mut saw_head = false;
            while k < toks.len().min(j + 4) && toks[k].word {
                if cues.roles.contains(toks[k].norm.as_str()) {
                    saw_head = true;
                    k += 1;
                    break;
                }
                k += 1;
            }
            if !saw_head {
                continue;
            }
            if let Some(p) = toks.get(k).and_then(|t| mentions.starting_at(t.start)) {
                if mentions.kind(p) == EntityType::Person {
                    push(p.entity, m.entity);
                }
            }
        }
    }
}

/// Runs [`find`] on plain text with a reference date: for tests and tools
/// that bring their own entities, timexes and embedded posts.
pub fn find_in_text(
    text: &str,
    entities: &[Entity],
    timexes: &[Timex],
    embeds: &[crate::model::Embed],
    reference: Option<&str>,
) -> Vec<Relation> {
    let plain = Plain::new(text);
    let ctx = plain
        .context()
        .with_reference(reference.and_then(|r| r.parse().ok()))
        .with_embeds(embeds);
    find(&ctx, entities, timexes)
}
