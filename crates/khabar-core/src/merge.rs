//! Merging several analyses: one entity table and one timeline.
//!
//! The same person, place or organization is usually named differently
//! across articles and scripts: राजनाथ सिंह here, Rajnath Singh there;
//! मॉस्को and Moscow; भारत and India. Entities are merged by blocking keys,
//! never by comparing all pairs, so the cost stays near-linear in the
//! number of entities:
//!
//! - the gazetteer's canonical name of the entity's name or aliases
//!   (भारत → India);
//! - the lower-cased name and full-name aliases;
//! - the phonetic key shared by Devanagari and Latin spellings
//!   ([`crate::entities::translit::key`]) of multi-word names;
//! - a lone surname ("Putin") joins the one multi-word person with that
//!   surname in the corpus, if there is exactly one.
//!
//! Keys are scoped by a coarse type (people, organizations, places, …), so
//! Putin the person never meets a place that sounds the same.

use std::collections::HashMap;

use crate::entities::translit;
use crate::model::{
    Analysis, Corpus, CorpusEntity, CorpusMention, Entity, EntityType, EventRef, TimelineEntry,
};
use crate::text::chars::has_devanagari as is_deva;
use crate::util::Dsu;

/// The coarse type keys are scoped by.
fn scope(kind: EntityType) -> u8 {
    match kind {
        EntityType::Person => 0,
        EntityType::Org => 1,
        EntityType::Gpe | EntityType::Loc => 2,
        EntityType::Fac => 3,
        EntityType::Norp => 4,
        EntityType::Event => 5,
        _ => 6,
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The script mark of a phonetic key: names sound alike across scripts
/// (सोनी = Sony), but in one script a different spelling is a different
/// name (Sone ≠ Sony).
fn script(n: &str) -> char {
    if is_deva(n) {
        'd'
    } else {
        'l'
    }
}

/// The key a phonetic key of the other script is stored under.
fn other_script(k: &str) -> Option<String> {
    k.strip_prefix("phd:")
        .map(|r| format!("phl:{r}"))
        .or_else(|| k.strip_prefix("phl:").map(|r| format!("phd:{r}")))
}

/// The blocking keys of one entity.
fn keys(e: &Entity) -> Vec<String> {
    let lex = crate::entities::lexicon::get();
    let mut out = Vec::new();
    let names = std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str));
    for (i, n) in names.enumerate() {
        let n = n.trim();
        if n.is_empty() || n.starts_with('@') {
            continue;
        }
        if let Some(k) = lex.names.get(n) {
            if scope(k.kind) == scope(e.kind) {
                out.push(format!("canon:{}", k.canonical));
            }
        }
        let multi = words(n) >= 2;
        if e.kind == EntityType::Person {
            if multi {
                out.push(format!("text:{}", n.to_lowercase()));
                out.push(format!("ph{}:{}", script(n), translit::key(n)));
            } else if i == 0 {
                out.push(format!("text:{}", n.to_lowercase()));
            }
        } else {
            out.push(format!("text:{}", n.to_lowercase()));
            let k = translit::key(n);
            if k.replace(' ', "").chars().count() >= 3 && (multi || i == 0) {
                out.push(format!("ph{}:{k}", script(n)));
            }
        }
    }
    crate::util::sort::sort(&mut out);
    out.dedup();
    out
}

/// The key a surname is noted by: the word itself, lower-cased, marked
/// with its script, and (see [`other_surname_key`]) its sound for the other
/// script.
fn surname_key(w: &str) -> String {
    format!("{}:{}", script(w), w.to_lowercase())
}

/// The key under which a lone surname of one script finds a full name of
/// the other script: their shared phonetic key.
fn other_surname_key(w: &str) -> String {
    let other = if is_deva(w) { 'l' } else { 'd' };
    format!("p{other}:{}", translit::key(w))
}

/// Merges analyses into a corpus: entities that are the same thing across
/// documents and scripts become one, and the timeline holds every dated
/// event, sorted by date (then by document order).
pub fn merge(analyses: &[Analysis]) -> Corpus {
    // Nodes: every entity of every document.
    let nodes: Vec<(usize, &Entity)> = analyses
        .iter()
        .enumerate()
        .flat_map(|(d, a)| a.entities.iter().map(move |e| (d, e)))
        .collect();
    let mut dsu = Dsu::new(nodes.len());
    let mut first: HashMap<(u8, String), usize> = HashMap::new();
    for (i, (_, e)) in nodes.iter().enumerate() {
        for k in keys(e) {
            // A phonetic key meets only the other script's.
            let meet = other_script(&k).unwrap_or_else(|| k.clone());
            if let Some(&j) = first.get(&(scope(e.kind), meet)) {
                dsu.union(i, j);
            }
            first.entry((scope(e.kind), k)).or_insert(i);
        }
    }
    // A lone surname joins the one multi-word person who has it.
    #[derive(Clone, Copy)]
    enum Slot {
        One(usize),
        Many,
    }
    let mut by_last: HashMap<String, Slot> = HashMap::new();
    for (i, (_, e)) in nodes.iter().enumerate() {
        if e.kind != EntityType::Person || words(&e.name) < 2 {
            continue;
        }
        let root = dsu.find(i);
        let names = std::iter::once(&e.name).chain(e.aliases.iter());
        for n in names.filter(|n| words(n) >= 2) {
            if let Some(last) = n.split_whitespace().last() {
                let k = surname_key(last);
                if k.chars().count() < 3 {
                    continue;
                }
                let sound = format!("p{}:{}", script(last), translit::key(last));
                for k in [k, sound] {
                    let slot = by_last.entry(k).or_insert(Slot::One(root));
                    if let Slot::One(r) = *slot {
                        if dsu.find(r) != root {
                            *slot = Slot::Many;
                        }
                    }
                }
            }
        }
    }
    for (i, (_, e)) in nodes.iter().enumerate() {
        if e.kind == EntityType::Person && words(&e.name) == 1 {
            // The same word in one script; the same sound across scripts.
            let same = by_last.get(&surname_key(&e.name));
            let across = by_last.get(&other_surname_key(&e.name));
            if let Some(Slot::One(r)) = same.or(across) {
                dsu.union(i, *r);
            }
        }
    }

    // Build corpus entities, in order of first appearance.
    let mut slot_of_root: HashMap<usize, usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for i in 0..nodes.len() {
        let r = dsu.find(i);
        let s = *slot_of_root.entry(r).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[s].push(i);
    }
    let mut order: Vec<usize> = (0..members.len()).collect();
    // Most documents first, then most total salience; stable otherwise.
    let weight = |s: usize| -> (usize, f32) {
        let mut docs: Vec<usize> = members[s].iter().map(|&i| nodes[i].0).collect();
        docs.dedup();
        let sal: f32 = members[s].iter().map(|&i| nodes[i].1.salience).sum();
        (docs.len(), sal)
    };
    crate::util::sort::sort_by(&mut order, |&a, &b| {
        let (da, sa) = weight(a);
        let (db, sb) = weight(b);
        db.cmp(&da).then(sb.total_cmp(&sa))
    });
    let mut entities = Vec::with_capacity(order.len());
    let mut corpus_id: HashMap<(usize, &str), String> = HashMap::new();
    for (n, &s) in order.iter().enumerate() {
        let id = format!("c{}", n + 1);
        let group = &members[s];
        // The type most of its entities have.
        let mut kinds: HashMap<EntityType, usize> = HashMap::new();
        for &i in group {
            *kinds.entry(nodes[i].1.kind).or_insert(0) += 1;
        }
        let kind = kinds
            .iter()
            .max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k)
            .unwrap_or(EntityType::Misc);
        // The name most documents use; then Latin script; then the fullest.
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &i in group {
            *counts.entry(nodes[i].1.name.as_str()).or_insert(0) += 1;
        }
        let name = counts
            .iter()
            .max_by_key(|(n, c)| {
                (
                    **c,
                    !is_deva(n),
                    words(n),
                    n.chars().count(),
                    std::cmp::Reverse(**n),
                )
            })
            .map(|(n, _)| n.to_string())
            .unwrap_or_default();
        let mut aliases: Vec<String> = Vec::new();
        for &i in group {
            let e = nodes[i].1;
            for a in std::iter::once(&e.name).chain(e.aliases.iter()) {
                if *a != name && !aliases.contains(a) {
                    aliases.push(a.clone());
                }
            }
        }
        let mentions = group
            .iter()
            .map(|&i| {
                let (d, e) = nodes[i];
                corpus_id.insert((d, e.id.as_str()), id.clone());
                CorpusMention {
                    doc: analyses[d].id.clone(),
                    entity: e.id.clone(),
                }
            })
            .collect();
        entities.push(CorpusEntity {
            id,
            kind,
            name,
            aliases,
            mentions,
        });
    }

    let timeline = timeline(analyses, &corpus_id);
    Corpus {
        documents: analyses.iter().map(|a| a.id.clone()).collect(),
        entities,
        timeline,
    }
}

/// Every dated event of every document, sorted by date with coarser
/// granularity first (2021 < 2021-06 < 2021-06-03), then by document and
/// text order. The same happening reported by several documents — the same
/// date and the same two or more participants, after cross-document entity
/// merging — becomes one entry whose `also` lists the other reports; so
/// do the events of one sentence that share a date (the happening first,
/// "said" under it), so the timeline reads one line per dated sentence.
fn timeline(
    analyses: &[Analysis],
    corpus_id: &HashMap<(usize, &str), String>,
) -> Vec<TimelineEntry> {
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    // (date, sorted participants) → index into `timeline`, for collapsing.
    let mut seen: HashMap<(String, Vec<String>), usize> = HashMap::new();
    // (document, sentence start, date) → index into `timeline`.
    let mut same_sentence: HashMap<(usize, usize, String), usize> = HashMap::new();
    for (d, a) in analyses.iter().enumerate() {
        // Happenings before reports, each in text order.
        let mut events: Vec<&crate::model::Event> = a.events.iter().collect();
        crate::util::sort::sort_by_key(&mut events, |e| (e.start, e.class == "REPORTING"));
        for ev in events {
            let Some(date) = &ev.date else { continue };
            let mut participants: Vec<String> = Vec::new();
            for p in &ev.participants {
                if let Some(c) = corpus_id.get(&(d, p.as_str())) {
                    if !participants.contains(c) {
                        participants.push(c.clone());
                    }
                }
            }
            // One sentence, one date: the first happening stands for the
            // sentence and the other events of it (reports after
            // happenings) are listed under it.
            if let Some(&i) = same_sentence.get(&(d, ev.start, date.clone())) {
                timeline[i].also.push(EventRef {
                    doc: a.id.clone(),
                    event: ev.id.clone(),
                });
                continue;
            }
            if participants.len() >= 2 {
                let mut key_people = participants.clone();
                crate::util::sort::sort(&mut key_people);
                let key = (date.clone(), key_people);
                if let Some(&i) = seen.get(&key) {
                    if timeline[i].doc != a.id {
                        timeline[i].also.push(EventRef {
                            doc: a.id.clone(),
                            event: ev.id.clone(),
                        });
                        continue;
                    }
                } else {
                    seen.insert(key, timeline.len());
                }
            }
            same_sentence.insert((d, ev.start, date.clone()), timeline.len());
            timeline.push(TimelineEntry {
                date: date.clone(),
                doc: a.id.clone(),
                event: ev.id.clone(),
                text: ev.text.clone(),
                participants,
                also: Vec::new(),
            });
        }
    }
    // Stable: equal dates keep document and text order.
    crate::util::sort::sort_by(&mut timeline, |a, b| {
        crate::events::timeline::compare(&a.date, &b.date)
    });
    timeline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, kind: EntityType, name: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            roles: vec![],
            salience: 0.5,
            mentions: vec![],
        }
    }

    fn doc(id: &str, entities: Vec<Entity>) -> Analysis {
        Analysis {
            id: id.into(),
            entities,
            ..Analysis::default()
        }
    }

    #[test]
    fn names_that_only_sound_alike_in_one_script_stay_apart() {
        let a = doc(
            "a",
            vec![entity("e1", EntityType::Person, "Akira Sone", &["Sone"])],
        );
        let b = doc(
            "b",
            vec![
                entity("e1", EntityType::Person, "Sony", &[]),
                entity("e2", EntityType::Org, "Sony", &[]),
            ],
        );
        let c = doc("c", vec![entity("e1", EntityType::Person, "Sone", &[])]);
        let d = doc("d", vec![entity("e1", EntityType::Person, "सोने", &[])]);
        let corpus = merge(&[a, b, c, d]);
        let ids = |name: &str| -> Vec<String> {
            corpus
                .entities
                .iter()
                .filter(|e| e.name == name || e.aliases.iter().any(|a| a == name))
                .map(|e| e.id.clone())
                .collect()
        };
        let sone = ids("Akira Sone");
        assert_eq!(sone.len(), 1);
        assert!(!ids("Sony").iter().any(|i| sone.contains(i)), "Sone ≠ Sony");
        assert_eq!(ids("सोने"), sone, "across scripts, by sound");
    }

    #[test]
    fn merges_across_documents_and_scripts() {
        let hi = doc(
            "hi",
            vec![
                entity("e1", EntityType::Person, "राजनाथ सिंह", &["राजनाथ", "सिंह"]),
                entity("e2", EntityType::Gpe, "मॉस्को", &[]),
                entity("e3", EntityType::Gpe, "भारत", &[]),
                entity("e4", EntityType::Gpe, "रूस", &[]),
                entity("e5", EntityType::Person, "पुतिन", &[]),
            ],
        );
        let en = doc(
            "en",
            vec![
                entity("e1", EntityType::Person, "Rajnath Singh", &["Singh"]),
                entity("e2", EntityType::Gpe, "Moscow", &[]),
                entity("e3", EntityType::Gpe, "India", &[]),
                entity("e4", EntityType::Gpe, "Russian Federation", &["Russia"]),
                entity("e5", EntityType::Person, "Vladimir Putin", &["Putin"]),
                entity("e6", EntityType::Person, "Manmohan Singh", &[]),
                entity("e7", EntityType::Gpe, "Patna", &[]),
            ],
        );
        let corpus = merge(&[hi, en]);
        let find = |name: &str| {
            corpus
                .entities
                .iter()
                .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
                .map(|e| e.id.clone())
        };
        for (a, b) in [
            ("राजनाथ सिंह", "Rajnath Singh"),
            ("मॉस्को", "Moscow"),
            ("भारत", "India"),
            ("रूस", "Russia"),
            ("पुतिन", "Vladimir Putin"),
        ] {
            assert!(find(a).is_some(), "{a}");
            assert_eq!(find(a), find(b), "{a} = {b}");
        }
        assert_ne!(find("Manmohan Singh"), find("Rajnath Singh"));
        assert_ne!(find("Patna"), find("Vladimir Putin"));
        assert_eq!(corpus.documents, ["hi", "en"]);
    }

    fn event(id: &str, date: &str, participants: &[&str]) -> crate::model::Event {
        crate::model::Event {
            id: id.into(),
            date: Some(date.into()),
            start: 0,
            end: 0,
            text: String::new(),
            trigger: "met".into(),
            participants: participants.iter().map(|s| s.to_string()).collect(),
            place: None,
            class: "OCCURRENCE".into(),
            anchor: None,
            anchor_rel: None,
        }
    }

    #[test]
    fn one_timeline_in_granularity_order_with_duplicates_collapsed() {
        let mut hi = doc(
            "hi",
            vec![
                entity("e1", EntityType::Person, "राजनाथ सिंह", &[]),
                entity("e2", EntityType::Person, "व्लादिमीर पुतिन", &[]),
            ],
        );
        hi.events = vec![
            event("v1", "2024-12-10", &["e1", "e2"]),
            event("v2", "2024-07", &["e2"]),
        ];
        let mut en = doc(
            "en",
            vec![
                entity("e1", EntityType::Person, "Rajnath Singh", &[]),
                entity("e2", EntityType::Person, "Vladimir Putin", &[]),
            ],
        );
        en.events = vec![
            event("v1", "2024-12-10", &["e2", "e1"]),
            event("v2", "2024", &["e1"]),
            event("v3", "2024-12-10", &["e1"]),
        ];
        let corpus = merge(&[hi, en]);
        let dates: Vec<(&str, &str, &str)> = corpus
            .timeline
            .iter()
            .map(|t| (t.date.as_str(), t.doc.as_str(), t.event.as_str()))
            .collect();
        assert_eq!(
            dates,
            [
                ("2024", "en", "v2"),
                ("2024-07", "hi", "v2"),
                ("2024-12-10", "hi", "v1"),
                ("2024-12-10", "en", "v3"),
            ]
        );
        let meeting = &corpus.timeline[2];
        assert_eq!(
            meeting.also,
            [EventRef {
                doc: "en".into(),
                event: "v1".into()
            }]
        );
        assert_eq!(meeting.participants.len(), 2);
    }
}
