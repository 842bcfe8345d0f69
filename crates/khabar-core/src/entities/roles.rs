//! Roles: the titles people are named with ("Defence Minister",
//! "रक्षा मंत्री"), and the one holder of a role named without a name.

use crate::entities::group::M;
use crate::model::{Entity, EntityType};

/// The roles of a group's mentions, in order, without one that a fuller
/// role of the group contains ("President" beside "Russian President").
pub(crate) fn of(names: &[&M]) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for m in names {
        if let Some(r) = &m.role {
            if !roles.contains(r) {
                roles.push(r.clone());
            }
        }
    }
    // "President" says less than "Russian President": keep the fuller.
    let fuller: Vec<String> = roles.clone();
    roles.retain(|r| {
        !fuller
            .iter()
            .any(|o| o != r && (o.ends_with(&format!(" {r}")) || o.starts_with(&format!("{r} "))))
    });
    roles
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
