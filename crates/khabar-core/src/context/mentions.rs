//! Every mention of every entity, indexed by position: how the stages after
//! the entity stage ask "which entity is named here?".

use crate::model::{Embed, Entity, EntityType};

/// One mention of an entity, by index into the entity list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MentionRef {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

/// Every mention of every entity, sorted by start.
pub(crate) struct Mentions<'a> {
    pub entities: &'a [Entity],
    pub list: Vec<MentionRef>,
}

impl<'a> Mentions<'a> {
    /// Indexes the mentions of `entities`.
    pub fn new(entities: &'a [Entity]) -> Mentions<'a> {
        let mut list: Vec<MentionRef> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions.iter().map(move |m| MentionRef {
                    start: m.start,
                    end: m.end,
                    entity: i,
                })
            })
            .filter(|m| m.start < m.end)
            .collect();
        crate::util::sort::sort_by_key(&mut list, |m| (m.start, std::cmp::Reverse(m.end)));
        Mentions { entities, list }
    }

    /// Mentions lying wholly inside `from..to`, in order.
    pub fn within(&self, from: usize, to: usize) -> Vec<MentionRef> {
        let a = self.list.partition_point(|m| m.start < from);
        let b = self.list.partition_point(|m| m.start < to).max(a);
        self.list[a..b]
            .iter()
            .filter(|m| m.end <= to)
            .copied()
            .collect()
    }

    /// The type of a mention's entity.
    pub fn kind(&self, m: &MentionRef) -> EntityType {
        self.entities
            .get(m.entity)
            .map_or(EntityType::Misc, |e| e.kind)
    }

    /// The id of an entity.
    pub fn id(&self, entity: usize) -> Option<String> {
        self.entities.get(entity).map(|e| e.id.clone())
    }

    /// The mention starting exactly at `pos`, if any.
    pub fn starting_at(&self, pos: usize) -> Option<&MentionRef> {
        let a = self.list.partition_point(|m| m.start < pos);
        self.list.get(a).filter(|m| m.start == pos)
    }

    /// A mention that starts at or before `from` and ends at or after `to`.
    pub fn covering(&self, from: usize, to: usize) -> Option<MentionRef> {
        let b = self.list.partition_point(|m| m.start <= from);
        self.list[..b]
            .iter()
            .rev()
            .take_while(|m| m.start + 200 >= from)
            .find(|m| m.end >= to)
            .copied()
    }

    /// The mention ending exactly at `pos`, if any (linear in the mentions
    /// that start in the 200 bytes before `pos`).
    pub fn ending_at(&self, pos: usize) -> Option<&MentionRef> {
        let b = self.list.partition_point(|m| m.start < pos);
        self.list[..b]
            .iter()
            .rev()
            .take_while(|m| m.start + 200 >= pos)
            .find(|m| m.end == pos)
    }

    /// The entity whose name, alias or handle is the post's author.
    pub fn author_of(&self, e: &Embed) -> Option<usize> {
        let mut keys: Vec<String> = Vec::new();
        if let Some(a) = &e.author {
            keys.push(a.trim().to_lowercase());
        }
        if let Some(h) = &e.handle {
            let h = h.trim().trim_start_matches('@').to_lowercase();
            keys.push(format!("@{h}"));
            keys.push(h);
        }
        keys.retain(|k| !k.is_empty());
        let matches = |s: &str| {
            let s = s.trim().to_lowercase();
            keys.contains(&s)
        };
        let ents = self.entities;
        ents.iter()
            .position(|x| {
                x.kind == EntityType::Person
                    && (matches(&x.name) || x.aliases.iter().any(|a| matches(a)))
            })
            .or_else(|| {
                ents.iter().position(|x| {
                    matches(&x.name)
                        || x.aliases.iter().any(|a| matches(a))
                        || x.mentions.iter().any(|m| matches(&m.text))
                })
            })
    }
}
