//! One confident mention decides the type of the name it shares: a word
//! that is the surname or first name of a person named in full in the
//! story is that person wherever it stands alone ("B S Yediyurappa" …
//! "Yediyurappa said", "Narendra Modi" … "met Modi"), whatever type a
//! weaker pass guessed for it there.

use std::collections::HashSet;

use crate::entities::candidates::{prio, Raw};
use crate::entities::group::name_words;
use crate::entities::lexicon::Lexicon;
use crate::model::EntityType;
use crate::util::strip_possessive_s;

/// Retypes lone words of full person names as people.
pub(crate) fn people(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let mut words: HashSet<&str> = HashSet::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let ws = name_words(span, lex);
        if ws.len() >= 2 {
            if let (Some(first), Some(last)) = (ws.first(), ws.last()) {
                if first.chars().count() > 1 {
                    words.insert(first);
                }
                words.insert(last);
            }
        }
    }
    for r in accepted.iter_mut() {
        if r.kind == EntityType::Person || r.canonical.is_some() || r.prio >= prio::STRONG {
            continue;
        }
        let Some(span) = text.get(r.start..r.end) else {
            continue;
        };
        let word = strip_possessive_s(span);
        if !word.contains(char::is_whitespace) && words.contains(word) {
            r.kind = EntityType::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str, word: &str, kind: EntityType) -> Raw {
        let start = text.find(word).unwrap_or(0);
        Raw {
            start,
            end: start + word.len(),
            kind,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        }
    }

    #[test]
    fn a_lone_word_of_a_full_name_is_that_person() {
        let lex = crate::entities::lexicon::get();
        let text = "Ravi Gupta spoke. Gupta's plan and Ravi's aide met Sharma.";
        let mut rs = vec![
            raw(text, "Ravi Gupta", EntityType::Person),
            raw(text, "Gupta's", EntityType::Org),
            raw(text, "Ravi's", EntityType::Gpe),
            raw(text, "Sharma", EntityType::Org),
        ];
        people(text, lex, &mut rs);
        let kinds: Vec<EntityType> = rs.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                EntityType::Person,
                EntityType::Person,
                EntityType::Person,
                EntityType::Org
            ]
        );
    }
}
