//! How central an entity is to the article, from 0 to 1.
//!
//! News puts what matters first and repeats it: the score mixes how often
//! an entity is named (log-scaled against the most-named one), how early it
//! first appears, whether it is in the lead (the first sentences), whether
//! it has a role, and its type (people and organizations over demonyms).

use crate::model::{Entity, EntityType};

/// What the score is computed from.
pub(crate) struct Signals {
    pub mentions: usize,
    /// Byte offset of the first mention.
    pub first: usize,
    /// Whether a mention falls in the lead.
    pub in_lead: bool,
    pub has_role: bool,
    pub kind: EntityType,
}

/// Scores entities; `max_mentions` is the highest mention count in the
/// document and `len` the text length in bytes.
pub(crate) fn score(s: &Signals, max_mentions: usize, len: usize) -> f32 {
    let freq = ((1 + s.mentions) as f32).ln() / ((1 + max_mentions.max(1)) as f32).ln();
    let early = 1.0 - (s.first as f32 / len.max(1) as f32).min(1.0);
    let kind = match s.kind {
        EntityType::Person | EntityType::Org => 1.0,
        EntityType::Gpe | EntityType::Event | EntityType::Fac => 0.7,
        EntityType::Norp => 0.2,
        _ => 0.5,
    };
    let v = 0.45 * freq
        + 0.2 * early
        + 0.15 * f32::from(u8::from(s.in_lead))
        + 0.1 * f32::from(u8::from(s.has_role))
        + 0.1 * kind;
    (v.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

/// An entity before it is ranked, with what its salience is scored from.
pub(crate) struct Draft {
    pub entity: Entity,
    pub signals: Signals,
}

/// Scores the entities and sorts them, most salient first (ties: the one
/// named first), numbering them "e1", "e2", … in that order. `len` is the
/// text length in bytes.
pub(crate) fn rank(mut drafts: Vec<Draft>, len: usize) -> Vec<Entity> {
    let max_mentions = drafts.iter().map(|d| d.signals.mentions).max().unwrap_or(1);
    for d in &mut drafts {
        d.entity.salience = score(&d.signals, max_mentions, len);
    }
    crate::util::sort::sort_by(&mut drafts, |a, b| {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_mentions_in_the_lead_score_higher() {
        let a = Signals {
            mentions: 6,
            first: 10,
            in_lead: true,
            has_role: true,
            kind: EntityType::Person,
        };
        let b = Signals {
            mentions: 1,
            first: 900,
            in_lead: false,
            has_role: false,
            kind: EntityType::Norp,
        };
        let (sa, sb) = (score(&a, 6, 1000), score(&b, 6, 1000));
        assert!(sa > sb);
        assert!((0.0..=1.0).contains(&sa) && (0.0..=1.0).contains(&sb));
    }
}
