//! Names found again: once "Rajnath Singh" is a mention, so is every other
//! "Singh", "Putin's" after "Vladimir Putin", and "पुतिन" by its phonetic
//! key.

use std::collections::{BTreeMap, HashSet};

use crate::entities::candidates::{prio, Raw};
use crate::entities::group;
use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::entities::tokens::{Kind, Tok};
use crate::entities::translit;
use crate::model::EntityType;
use crate::util::strip_possessive_s;

/// Names already found, named again: "Singh", "Putin's", "राजनाथ", and
/// Devanagari spellings of Latin names by phonetic key ("बेलौसोव").
pub(crate) fn find(text: &str, lex: &Lexicon, toks: &[Tok], accepted: &mut Vec<Raw>) {
    // Titles and form words ("पुलिस" of a mistyped "सोनीपत पुलिस") are no
    // name to find again.
    const NOT_A_NAME: u32 = class::TITLE_HEAD
        | class::TITLE_MOD
        | class::HONORIFIC
        | class::ORG_HEAD
        | class::LOC_SUFFIX
        | class::FAC_SUFFIX;
    let mut words: HashSet<&str> = HashSet::new();
    let mut keys: HashSet<String> = HashSet::new();
    for r in accepted.iter().filter(|r| r.kind == EntityType::Person) {
        for w in group::name_words(&text[r.start..r.end], lex) {
            if w.chars().count() < 2 || lex.is(w, NOT_A_NAME) {
                continue;
            }
            words.insert(w);
            let k = translit::key(w);
            if k.chars().count() >= 3 {
                keys.insert(k);
            }
        }
    }
    if words.is_empty() {
        return;
    }
    let mut covered: BTreeMap<usize, usize> = accepted.iter().map(|r| (r.start, r.end)).collect();
    let is_covered = |covered: &BTreeMap<usize, usize>, s: usize, e: usize| {
        covered
            .range(..e)
            .next_back()
            .is_some_and(|(_, &end)| end > s)
    };
    let bare = |t: &Tok| strip_possessive_s(&text[t.start..t.end]);
    let matches = |t: &Tok| -> bool {
        if t.kind != Kind::Word {
            return false;
        }
        let w = bare(t);
        if is_deva(w) {
            if lex.hindi_stop(w) || lex.is(w, NOT_A_NAME) {
                return false;
            }
            // A spelling variant ("नरेन्द्र" for "नरेंद्र") only when the
            // word is not an ordinary word that happens to share the key
            // ("प्रदेश" with "परदेशी").
            words.contains(w) || (!lex.hindi_common(w) && keys.contains(&translit::key(w)))
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
                && !lex.is(w, class::EN_STOP | class::CALENDAR | class::TITLE_HEAD)
                && (words.contains(w) || (!lex.common(w) && keys.contains(&translit::key(w))))
        }
    };
    let mut i = 0;
    while i < toks.len() {
        if !matches(&toks[i]) || is_covered(&covered, toks[i].start, toks[i].end) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len()
            && matches(&toks[j])
            && !is_covered(&covered, toks[j].start, toks[j].end)
            && bare(&toks[j - 1]).len() == toks[j - 1].end - toks[j - 1].start
        {
            j += 1;
        }
        let start = toks[i].start;
        let last = &toks[j - 1];
        let end = last.start + bare(last).len();
        covered.insert(start, end);
        accepted.push(Raw {
            start,
            end,
            kind: EntityType::Person,
            prio: prio::REPEAT,
            role: None,
            canonical: None,
        });
        i = j;
    }
}
