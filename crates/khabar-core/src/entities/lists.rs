//! The names of one enumeration are names of one kind: "Blinkit, Swiggy
//! Instamart and Zepto", "Arwal, Kaimur, Banka and Sheikhpura", "Milkha
//! Singh, Sriram Singh and PT Usha". Where the tagger typed most of such a
//! list alike and one name otherwise, on no evidence of its own, the odd
//! one out is the same kind of thing as the others ("Swiggy Instamart" is
//! no person beside two companies).
//!
//! A list here is three or more mentions joined by nothing but commas and
//! a closing "and"/"or" (और, तथा, एवं, या): "A, B and C", "A, B, and C".
//! Two names joined by "and" say too little ("Musk and Tesla"), and a comma
//! alone also joins a clause's opening to its subject ("In Sasaram, Nitish
//! Kumar and Tejashwi Yadav met"), so a name after a place preposition is
//! never taken for anything but a place.
//!
//! Only people, organizations and places are retyped, only into one
//! another, and only where one kind holds a strict majority of the list,
//! with at least two members. Gazetteer names, typed forms ("… Ministry")
//! and titled names keep their type: they are the evidence, not the guess.

use crate::entities::candidates::{prio, Raw};
use crate::entities::lexicon::Lexicon;
use crate::model::EntityType;

/// The kinds a list may share.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Place,
}

fn kind(t: EntityType) -> Option<Kind> {
    match t {
        EntityType::Person => Some(Kind::Person),
        EntityType::Org => Some(Kind::Org),
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => Some(Kind::Place),
        _ => None,
    }
}

/// What may stand between two members of a list: a comma, or the closing
/// conjunction with or without a comma before it.
fn separator(gap: &str) -> Option<bool> {
    match gap {
        ", " | "، " => Some(false),
        " and " | ", and " | " or " | ", or " | " और " | ", और " | " तथा " | " एवं " | " या " => {
            Some(true)
        }
        _ => None,
    }
}

/// Prepositions that put a place after them.
const LOCATIVE: &[&str] = &["in", "at", "near", "from"];

/// Gives the odd members of an enumeration the kind most of it shares.
pub(crate) fn harmonize(text: &str, lex: &Lexicon, accepted: &mut [Raw]) {
    let mut order: Vec<usize> = (0..accepted.len()).collect();
    order.sort_unstable_by_key(|&i| accepted[i].start);
    let mut i = 0;
    while i < order.len() {
        // The longest run from `i` of members joined by commas, closed by a
        // conjunction.
        let mut j = i;
        let mut closed = false;
        while j + 1 < order.len() {
            let (a, b) = (&accepted[order[j]], &accepted[order[j + 1]]);
            let Some(last) = text.get(a.end..b.start).and_then(separator) else {
                break;
            };
            j += 1;
            if last {
                closed = true;
                break;
            }
        }
        let members = &order[i..=j];
        if closed && members.len() >= 3 {
            retype(text, lex, accepted, members);
        }
        i = j + 1;
    }
}

fn retype(text: &str, lex: &Lexicon, accepted: &mut [Raw], members: &[usize]) {
    let count = |k: Kind| {
        members
            .iter()
            .filter(|&&m| kind(accepted[m].kind) == Some(k))
            .count()
    };
    // Evidence in the majority: a gazetteer name, a typed form, a title.
    let sure = |k: Kind| {
        members.iter().any(|&m| {
            let r = &accepted[m];
            kind(r.kind) == Some(k) && evidenced(r)
        })
    };
    let Some(major) = [Kind::Person, Kind::Org, Kind::Place]
        .into_iter()
        .find(|&k| 2 * count(k) > members.len() && (count(k) >= 3 || count(k) >= 2 && sure(k)))
    else {
        return;
    };
    // Evidence on two sides: a mixed list ("Microsoft, …, Saudi Aramco").
    if [Kind::Person, Kind::Org, Kind::Place]
        .into_iter()
        .any(|k| k != major && sure(k))
    {
        return;
    }
    let to = match major {
        Kind::Person => EntityType::Person,
        Kind::Org => EntityType::Org,
        Kind::Place => EntityType::Gpe,
    };
    for &m in members {
        let r = &accepted[m];
        let Some(k) = kind(r.kind) else { continue };
        if k == major || evidenced(r) {
            continue;
        }
        let before = text
            .get(..r.start)
            .and_then(|b| b.split_whitespace().next_back())
            .unwrap_or("");
        if k == Kind::Place && LOCATIVE.iter().any(|p| before.eq_ignore_ascii_case(p)) {
            continue;
        }
        let span = text.get(r.start..r.end).unwrap_or("");
        if major == Kind::Person && !reads_as_a_name(span) {
            continue;
        }
        // A name the gazetteer knows keeps the kind it has there, where
        // the tagger's reading lost to it: "X University, Sambalpur, Y
        // University" lists institutions with the town of one.
        if lex
            .names
            .get(span)
            .is_some_and(|known| kind(known.kind) == Some(k))
        {
            continue;
        }
        accepted[m].kind = to;
    }
}

/// A member typed on evidence of its own: a gazetteer name, a typed form, a
/// title.
fn evidenced(r: &Raw) -> bool {
    r.prio >= prio::FORM || r.canonical.is_some() || r.role.is_some()
}

/// Whether every word is capitalized and none is an acronym ("STPF") or
/// a lower-case word ("Khadi Silk of Bihar"), joined initials before more
/// name aside ("PT Usha"): only such a span may become a person's name.
fn reads_as_a_name(span: &str) -> bool {
    let words: Vec<&str> = span.split(' ').collect();
    words.iter().enumerate().all(|(i, w)| {
        let mut cs = w.chars();
        let initials = i == 0
            && words.len() > 1
            && (1..=3).contains(&w.chars().count())
            && w.chars().all(|c| c.is_ascii_uppercase());
        initials || cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, rs: &[(&str, EntityType, u8)]) -> Vec<EntityType> {
        let mut raws: Vec<Raw> = rs
            .iter()
            .map(|&(w, k, p)| Raw::at(text, 0, w, k, p))
            .collect();
        harmonize(text, crate::entities::lexicon::get(), &mut raws);
        raws.iter().map(|r| r.kind).collect()
    }

    use EntityType::{Gpe, Org, Person};

    #[test]
    fn the_odd_one_out_of_a_list_takes_the_kind_of_the_rest() {
        let text = "Orders went to Quickmart, Swiggy Instamart and Zeptolab.";
        let got = kinds(
            text,
            &[
                ("Quickmart", Org, prio::REPEAT),
                ("Swiggy Instamart", Person, prio::REPEAT),
                ("Zeptolab", Org, prio::STRONG),
            ],
        );
        assert_eq!(got, [Org, Org, Org]);
        let text = "Rain lashed Arwal, Kaimur, Banka, and Sheikhpura.";
        let got = kinds(
            text,
            &[
                ("Arwal", Gpe, prio::STRONG),
                ("Kaimur", Gpe, prio::STRONG),
                ("Banka", Gpe, prio::REPEAT),
                ("Sheikhpura", Org, prio::REPEAT),
            ],
        );
        assert_eq!(got, [Gpe, Gpe, Gpe, Gpe]);
    }

    #[test]
    fn evidence_pairs_and_clause_openings_keep_their_types() {
        // A gazetteer name is evidence, not a guess.
        let text = "Pawar, Sule and Congress met.";
        let got = kinds(
            text,
            &[
                ("Pawar", Person, prio::REPEAT),
                ("Sule", Person, prio::REPEAT),
                ("Congress", Org, prio::STRONG),
            ],
        );
        assert_eq!(got, [Person, Person, Org]);
        // Two names say too little.
        let text = "Musk and Tesla sued.";
        let got = kinds(
            text,
            &[("Musk", Person, prio::REPEAT), ("Tesla", Org, prio::REPEAT)],
        );
        assert_eq!(got, [Person, Org]);
        // A place after "in" opens the clause; it is no member.
        let text = "In Sasaram, Rakesh Kumar and Tejas Yadav met.";
        let got = kinds(
            text,
            &[
                ("Sasaram", Gpe, prio::REPEAT),
                ("Rakesh Kumar", Person, prio::REPEAT),
                ("Tejas Yadav", Person, prio::REPEAT),
            ],
        );
        assert_eq!(got, [Gpe, Person, Person]);
        // No strict majority: nothing changes.
        let text = "Arsenal, Real Madrid, Paris and Lyonnais won.";
        let got = kinds(
            text,
            &[
                ("Arsenal", Org, prio::REPEAT),
                ("Real Madrid", Person, prio::REPEAT),
                ("Paris", Gpe, prio::STRONG),
                ("Lyonnais", Gpe, prio::REPEAT),
            ],
        );
        assert_eq!(got, [Org, Person, Gpe, Gpe]);
        // A list not closed by a conjunction is no list.
        let text = "Delhi, Mumbai, Ravi Kumar said.";
        let got = kinds(
            text,
            &[
                ("Delhi", Gpe, prio::STRONG),
                ("Mumbai", Gpe, prio::STRONG),
                ("Ravi Kumar", Person, prio::REPEAT),
            ],
        );
        assert_eq!(got, [Gpe, Gpe, Person]);
    }
}
