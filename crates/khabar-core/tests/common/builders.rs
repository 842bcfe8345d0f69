//! Hand-built stage inputs for the stage tests: entities from a one-line
//! spec, the sample articles. The quote, relation and event tests build
//! their inputs the same way, so they share these.

use khabar_core::model::{Entity, EntityType, Mention};

/// Builds entities from a spec: entries separated by ";", each
/// `[TYPE:]Name|alias|…[#role#role]`; every occurrence of the name or an
/// alias (longest first) becomes a mention.
pub fn ents(text: &str, spec: &str) -> Vec<Entity> {
    let mut claimed: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for (i, entry) in spec.split(';').filter(|e| !e.trim().is_empty()).enumerate() {
        let (kind, rest) = match entry.split_once(':') {
            Some(("ORG", r)) => (EntityType::Org, r),
            Some(("GPE", r)) => (EntityType::Gpe, r),
            Some(("PERSON", r)) => (EntityType::Person, r),
            _ => (EntityType::Person, entry),
        };
        let mut parts = rest.split('#');
        let names: Vec<&str> = parts.next().unwrap_or("").split('|').collect();
        let roles: Vec<String> = parts.map(str::to_string).collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let mut mentions = Vec::new();
        for n in sorted {
            for (p, _) in text.match_indices(n) {
                let e = p + n.len();
                let boundary_before = text[..p]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let boundary_after = text[e..].chars().next().is_none_or(|c| {
                    !c.is_alphanumeric() && !('\u{093E}'..='\u{094D}').contains(&c)
                });
                if boundary_before
                    && boundary_after
                    && !claimed.iter().any(|&(a, b)| p < b && a < e)
                {
                    claimed.push((p, e));
                    mentions.push(Mention {
                        start: p,
                        end: e,
                        text: n.to_string(),
                    });
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        out.push(Entity {
            id: format!("e{}", i + 1),
            kind,
            name: names[0].to_string(),
            aliases: names[1..].iter().map(|s| s.to_string()).collect(),
            roles,
            salience: 0.5,
            mentions,
        });
    }
    out
}

/// A sample article of `www/samples`.
pub fn sample(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../www/samples")
        .join(name);
    std::fs::read_to_string(path).expect("sample in www/samples")
}
