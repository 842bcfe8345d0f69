//! What Hindi training data teaches beyond the tagger: the names it
//! annotates consistently, added where nothing else was found, and the
//! epithets it puts inside people's names ("छत्रपति शिवाजी").

use crate::entities::bounds;
use crate::entities::candidates::{overlaps_any, prio, Raw};
use crate::entities::gazetteer::whole_word;
use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::model::EntityType;

/// The names Hindi training data annotates consistently
/// ([`Lexicon::trained`]) where neither the rules nor the tagger
/// found anything: the tagger weighs a known name against its context, and
/// an unusual context wins ("यूनेस्को का महात्मा गांधी पुरस्कार"). A
/// gazetteer name is left to the gazetteer's rules, and titles or function
/// words alone are never added.
pub(crate) fn trained_names(text: &str, lex: &Lexicon, accepted: &mut Vec<Raw>) {
    if !is_deva(text) {
        return;
    }
    let trained = lex.trained();
    let mut taken: Vec<(usize, usize)> = accepted.iter().map(|r| (r.start, r.end)).collect();
    crate::util::sort::sort(&mut taken);
    let junk = class::TITLE_HEAD | class::TITLE_MOD | class::HONORIFIC | class::CALENDAR;
    let mut added = Vec::new();
    for m in trained.matcher.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        if !whole_word(text, start, end) {
            continue;
        }
        let Some(&(name, kind, times)) = trained.names.get(m.pattern().as_usize()) else {
            continue;
        };
        let single = !name.contains(' ');
        // A short word annotated once is as likely an ordinary word ("हज",
        // "थान") as a name.
        let short_once = single && times < 2 && name.chars().count() < 4;
        // Titles and function words alone name nobody ("केंद्रीय गृह मंत्री").
        let titles = name
            .split(' ')
            .all(|w| lex.hindi_stop(w) || lex.is(w, junk));
        if lex.names.contains_key(name)
            || short_once
            || titles
            || bounds::generic_body(lex, name)
            || name
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.is(w, class::GOVERNMENT))
            || overlaps_any(&taken, start, end)
        {
            continue;
        }
        added.push(Raw {
            start,
            end,
            kind,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        });
    }
    accepted.extend(added);
}

/// A Hindi epithet right before a person's name is part of the name
/// (`epithet` in `data/gazetteer/lexicon.tsv`: "छत्रपति शिवाजी", "स्वामी
/// विवेकानंद", "नवाब वाजिद अली शाह"), as IL-NER's training sentences
/// annotate it; the tagger, which also learns from HiNER, often leaves it
/// out.
pub(crate) fn epithets(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let mut ends: Vec<usize> = accepted.iter().map(|r| r.end).collect();
    crate::util::sort::sort(&mut ends);
    for r in accepted.iter_mut().filter(|r| r.kind == EntityType::Person) {
        let Some(before) = text.get(..r.start).and_then(|b| b.strip_suffix(' ')) else {
            continue;
        };
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let start = before.len() - word.len();
        // The word must be free: no other mention ends inside it.
        let i = ends.partition_point(|&e| e <= start);
        let free = ends.get(i).is_none_or(|&e| e > before.len());
        if free && !word.is_empty() && lex.is(word, class::EPITHET) {
            r.start = start;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trained_names_fill_gaps_only() {
        let lex = crate::entities::lexicon::get();
        let raw = |start: usize, end: usize| Raw {
            start,
            end,
            kind: EntityType::Org,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        };
        let found = |text: &str, accepted: Vec<Raw>| -> Vec<(String, EntityType)> {
            let n = accepted.len();
            let mut accepted = accepted;
            trained_names(text, lex, &mut accepted);
            accepted[n..]
                .iter()
                .map(|r| (text[r.start..r.end].to_string(), r.kind))
                .collect()
        };
        let text = "यूनेस्को का महात्मा गांधी पुरस्कार और केंद्रीय गृह मंत्री";
        assert_eq!(
            found(text, Vec::new()),
            [("महात्मा गांधी".to_string(), EntityType::Person)],
            "a title alone is never added"
        );
        // Something already found there wins.
        let at = text.find("महात्मा").unwrap_or(0);
        assert!(found(text, vec![raw(at, at + "महात्मा".len())]).is_empty());
        // Whole words only: "गांधीजी" is not "गांधी".
        assert!(found("महात्मा गांधीजी ने कहा", Vec::new()).is_empty());
        assert!(found("Mahatma Gandhi", Vec::new()).is_empty());
    }
}
