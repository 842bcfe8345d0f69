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
    Analysis, Corpus, CorpusEntity, CorpusMention, Entity, EntityType, TimelineEntry,
};

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

fn is_deva(s: &str) -> bool {
    s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
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
                out.push(format!("ph:{}", translit::key(n)));
            } else if i == 0 {
                out.push(format!("text:{}", n.to_lowercase()));
            }
        } else {
            out.push(format!("text:{}", n.to_lowercase()));
            let k = translit::key(n);
            if k.replace(' ', "").chars().count() >= 3 && (multi || i == 0) {
                out.push(format!("ph:{k}"));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
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
    let mut dsu = Dsu((0..nodes.len()).collect());
    let mut first: HashMap<(u8, String), usize> = HashMap::new();
    for (i, (_, e)) in nodes.iter().enumerate() {
        for k in keys(e) {
            match first.get(&(scope(e.kind), k.clone())) {
                Some(&j) => dsu.union(i, j),
                None => {
                    first.insert((scope(e.kind), k), i);
                }
            }
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
                let k = translit::key(last);
                if k.chars().count() < 2 {
                    continue;
                }
                let slot = by_last.entry(k).or_insert(Slot::One(root));
                if let Slot::One(r) = *slot {
                    if dsu.find(r) != root {
                        *slot = Slot::Many;
                    }
                }
            }
        }
    }
    for (i, (_, e)) in nodes.iter().enumerate() {
        if e.kind == EntityType::Person && words(&e.name) == 1 {
            if let Some(Slot::One(r)) = by_last.get(&translit::key(&e.name)) {
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
    order.sort_by(|&a, &b| {
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

    let mut timeline = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        for ev in &a.events {
            if let Some(date) = &ev.date {
                timeline.push(TimelineEntry {
                    date: date.clone(),
                    doc: a.id.clone(),
                    event: ev.id.clone(),
                    text: ev.text.clone(),
                    participants: ev
                        .participants
                        .iter()
                        .filter_map(|p| corpus_id.get(&(d, p.as_str())).cloned())
                        .collect(),
                });
            }
        }
    }
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Corpus {
        documents: analyses.iter().map(|a| a.id.clone()).collect(),
        entities,
        timeline,
    }
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
}
