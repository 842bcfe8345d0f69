//! From groups of mentions to entities: each group's type (by vote), its
//! name (the fullest mention in the document's script) and aliases, its
//! [`roles`](super::roles), and the signals [`salience`](super::salience)
//! scores it by.

use std::collections::{BTreeMap, HashMap};

use crate::context::Context;
use crate::entities::candidates::prio;
use crate::entities::group::{self, M};
use crate::entities::lexicon::{self, is_deva};
use crate::entities::roles;
use crate::entities::salience::{self, Draft};
use crate::model::{Entity, EntityType, Mention};
use crate::segment::Lang;
use crate::util::strip_possessive_s;

/// Builds the entities from grouped mentions (`roots[i]` is the group of
/// `ms[i]`), sorted by salience.
pub(crate) fn entities(ctx: &Context<'_>, ms: &[M], roots: &[usize]) -> Vec<Entity> {
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
        // Typed forms and gazetteer hits outvote any number of the tagger's
        // guesses ("Chini and Pangi tehsils" against four lone "Chini" the
        // tagger reads as a person).
        let top = names.iter().map(|m| m.prio).max().unwrap_or(0);
        let mut votes: HashMap<EntityType, (u32, usize)> = HashMap::new();
        for m in &names {
            if top >= prio::FORM && m.prio < prio::FORM {
                continue;
            }
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
            .map(|m| strip_possessive_s(&m.text).to_string())
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
            push_alias(strip_possessive_s(&m.text));
        }
        for m in &names {
            if let Some(c) = m.canonical {
                if m.kind == kind && kind != EntityType::Norp {
                    push_alias(c);
                }
            }
        }
        let roles = roles::of(&names);
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
    salience::rank(drafts, text.len())
}
