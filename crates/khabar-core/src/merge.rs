//! Merging several analyses: one entity table and one timeline.

use crate::model::{Analysis, Corpus, CorpusEntity, CorpusMention, TimelineEntry};

/// Merges analyses into a corpus. Entities merge when they are the same
/// thing (placeholder: same type and same name); the timeline holds every
/// dated event, sorted by date.
pub fn merge(analyses: &[Analysis]) -> Corpus {
    let mut entities: Vec<CorpusEntity> = Vec::new();
    let mut index: std::collections::HashMap<(crate::EntityType, String), usize> =
        std::collections::HashMap::new();
    let mut doc_entity_to_corpus: std::collections::HashMap<(usize, &str), String> =
        std::collections::HashMap::new();
    for (d, a) in analyses.iter().enumerate() {
        for e in &a.entities {
            let key = (e.kind, e.name.to_lowercase());
            let slot = *index.entry(key).or_insert_with(|| {
                entities.push(CorpusEntity {
                    id: format!("c{}", entities.len() + 1),
                    kind: e.kind,
                    name: e.name.clone(),
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                });
                entities.len() - 1
            });
            entities[slot].mentions.push(CorpusMention {
                doc: a.id.clone(),
                entity: e.id.clone(),
            });
            doc_entity_to_corpus.insert((d, e.id.as_str()), entities[slot].id.clone());
        }
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
                        .filter_map(|p| doc_entity_to_corpus.get(&(d, p.as_str())).cloned())
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
