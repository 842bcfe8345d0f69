//! From mentions to entities: which mentions name the same thing.
//!
//! [`mentions`] turns the accepted proposals into mentions in text order
//! and adds the @handles of the text; [`group`] then unions them.
//!
//! Everything is keyed, never compared pairwise: union-find over mentions,
//! with hash maps from keys to the first mention that had them.
//!
//! - Gazetteer hits meet on their canonical name (भारत = India).
//! - Explicit links (a parenthetical gloss "एंड्री बेलौसोव (Andrey
//!   Belousov)", an acronym defined in text) are unions.
//! - People: full names meet on their phonetic key (राजनाथ सिंह = Rajnath
//!   Singh); a lone surname or first name joins the one person who has it
//!   ("Singh", "राजनाथ", "Putin"); "JP Nadda" joins the person whose first
//!   names have those initials, and where no full name has its surname it
//!   is the full name a lone "Nadda" joins; an @handle joins the person
//!   whose name it spells (@rajnathsingh).
//! - Other types meet on the lower-cased text or its phonetic key; an
//!   acronym joins the organization whose capitals spell it (SCO =
//!   Shanghai Cooperation Organisation).

use std::collections::HashMap;

use crate::entities::candidates::Raw;
use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::entities::tokens::{Kind, Tok};
use crate::entities::translit;
use crate::model::EntityType;
use crate::util::Dsu;

/// A mention after overlaps are resolved.
#[derive(Clone, Debug)]
pub(crate) struct M {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntityType,
    pub prio: u8,
    pub role: Option<String>,
    pub canonical: Option<&'static str>,
    /// An @handle, attached only when it matches a name.
    pub handle: bool,
}

/// The mentions to group: the accepted proposals in text order, then every
/// @handle of the text (attached only when it spells a name). Also returns
/// the [`glosses`] between them, as pairs of mention indices.
pub(crate) fn mentions(
    text: &str,
    mut accepted: Vec<Raw>,
    toks: &[Tok],
) -> (Vec<M>, Vec<(usize, usize)>) {
    crate::util::sort::sort_by_key(&mut accepted, |r| (r.start, r.end));
    let mut ms: Vec<M> = accepted
        .into_iter()
        .map(|r| M {
            text: text[r.start..r.end].to_string(),
            start: r.start,
            end: r.end,
            kind: r.kind,
            prio: r.prio,
            role: r.role,
            canonical: r.canonical,
            handle: false,
        })
        .collect();
    let links = glosses(text, toks, &ms);
    for t in toks.iter().filter(|t| t.kind == Kind::Handle) {
        ms.push(M {
            start: t.start,
            end: t.end,
            text: text[t.start..t.end].to_string(),
            kind: EntityType::Person,
            prio: 0,
            role: None,
            canonical: None,
            handle: true,
        });
    }
    (ms, links)
}

/// Mentions explained by the next one in parentheses: a gloss
/// ("एंड्री बेलौसोव (Andrey Belousov)") or an acronym defined in text
/// ("Shanghai Cooperation Organisation (SCO)").
fn glosses(text: &str, toks: &[Tok], ms: &[M]) -> Vec<(usize, usize)> {
    let by_start: HashMap<usize, usize> =
        ms.iter().enumerate().map(|(i, m)| (m.start, i)).collect();
    let by_end: HashMap<usize, usize> = ms.iter().enumerate().map(|(i, m)| (m.end, i)).collect();
    let mut links = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Kind::Punct || &text[t.start..t.end] != "(" || k == 0 {
            continue;
        }
        let Some(prev) = by_end.get(&toks[k - 1].end) else {
            continue;
        };
        let Some(next_tok) = toks.get(k + 1) else {
            continue;
        };
        let Some(&inner) = by_start.get(&next_tok.start) else {
            continue;
        };
        let closes = toks
            .iter()
            .skip(k + 1)
            .find(|t| t.start >= ms[inner].end)
            .is_some_and(|t| &text[t.start..t.end] == ")");
        let same_kind = ms[*prev].kind == ms[inner].kind
            || (ms[inner].kind == EntityType::Org && ms[*prev].kind != EntityType::Person);
        // Two places the gazetteer knows apart: the second locates the
        // first ("लखनऊ (यूपी)", "Kochi (Kerala)"), it is not its name.
        let located = matches!(
            (ms[*prev].canonical, ms[inner].canonical),
            (Some(a), Some(b)) if a != b
        );
        if closes && same_kind && !located {
            links.push((*prev, inner));
        }
    }
    links
}

/// The words of a person's name, without honorifics and possessives.
pub(crate) fn name_words<'t>(text: &'t str, lex: &Lexicon) -> Vec<&'t str> {
    text.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || is_deva(&c.to_string()))))
        .filter(|w| !w.is_empty() && !lex.is(w, class::HONORIFIC | class::NAME_SUFFIX))
        .collect()
}

/// The key a lone name word is looked up by: its phonetic key, or the word
/// itself (lower-cased) when the key is too short to tell names apart
/// ("Shah", "शाह" key to one letter).
fn word_key(w: &str) -> String {
    let k = translit::key(w);
    if k.chars().count() >= 2 {
        k
    } else {
        w.to_lowercase()
    }
}

fn is_initials(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.len() <= 3
        && letters.iter().all(|c| c.is_ascii_uppercase())
        && (letters.len() > 1 || w.ends_with('.'))
}

fn org_initials(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Groups mentions; returns, for each mention, its group's root index.
/// `links` are pairs of mention indices known to co-refer.
pub(crate) fn group(ms: &[M], links: &[(usize, usize)], lex: &Lexicon) -> Vec<usize> {
    let n = ms.len();
    let mut dsu = Dsu::new(n);
    for &(a, b) in links {
        if a < n && b < n {
            dsu.union(a, b);
        }
    }
    let mut first: HashMap<(EntityType, String), usize> = HashMap::new();
    let mut key_union = |dsu: &mut Dsu, kind: EntityType, key: String, i: usize| {
        if key.is_empty() {
            return;
        }
        match first.get(&(kind, key.clone())) {
            Some(&j) => dsu.union(i, j),
            None => {
                first.insert((kind, key), i);
            }
        }
    };
    // Pass 1: canonical names, exact texts, full person names, org acronyms.
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    for (i, m) in ms.iter().enumerate() {
        if m.handle {
            continue;
        }
        if let Some(c) = m.canonical {
            key_union(&mut dsu, m.kind, format!("canon:{c}"), i);
        }
        let lower = m.text.to_lowercase();
        key_union(&mut dsu, m.kind, format!("text:{lower}"), i);
        match m.kind {
            EntityType::Person => {
                let words = name_words(&m.text, lex);
                if words.len() >= 2 && !words.first().is_some_and(|w| is_initials(w)) {
                    key_union(
                        &mut dsu,
                        m.kind,
                        format!("ph:{}", translit::key(&words.join(" "))),
                        i,
                    );
                }
            }
            EntityType::Org => {
                let words = m.text.split_whitespace().count();
                if words >= 2 && !is_deva(&m.text) {
                    let ini = org_initials(&m.text);
                    if ini.chars().count() >= 2 {
                        acronyms.entry(ini).or_insert(i);
                    }
                }
            }
            EntityType::Gpe | EntityType::Loc | EntityType::Fac => {
                let k = translit::key(&m.text);
                if k.replace(' ', "").chars().count() >= 3 {
                    key_union(&mut dsu, m.kind, format!("ph:{k}"), i);
                }
            }
            _ => {}
        }
    }
    // Acronyms: "SCO" joins "Shanghai Cooperation Organisation".
    for (i, m) in ms.iter().enumerate() {
        if m.kind == EntityType::Org && !m.handle && m.text.chars().all(|c| !c.is_lowercase()) {
            let letters: String = m.text.chars().filter(|c| c.is_alphabetic()).collect();
            if let Some(&j) = acronyms.get(&letters) {
                dsu.union(i, j);
            }
        }
    }
    // Pass 2: parts of people's names, from the groups' full names.
    #[derive(Clone, Copy)]
    enum Slot {
        One(usize),
        Many,
    }
    let mut by_last: HashMap<String, Slot> = HashMap::new();
    let mut by_first: HashMap<String, Slot> = HashMap::new();
    let mut by_initials: HashMap<String, Slot> = HashMap::new();
    let mut by_handle: HashMap<String, usize> = HashMap::new();
    let note = |map: &mut HashMap<String, Slot>, key: String, root: usize| {
        if key.chars().count() < 2 {
            return;
        }
        let slot = map.entry(key).or_insert(Slot::One(root));
        if let Slot::One(r) = *slot {
            if r != root {
                *slot = Slot::Many;
            }
        }
    };
    // Initials and a surname ("JP Nadda") join the one person whose first
    // names have those initials ("Jagat Prakash Nadda"), first, so that
    // they count as that person below.
    for (i, m) in ms.iter().enumerate() {
        if m.kind != EntityType::Person || m.handle || is_deva(&m.text) {
            continue;
        }
        let words = name_words(&m.text, lex);
        if words.len() < 2 || words.first().is_some_and(|w| is_initials(w)) {
            continue;
        }
        let (Some(last_w), Some(given)) = (words.last(), words.get(..words.len() - 1)) else {
            continue;
        };
        let ini: String = given.iter().filter_map(|w| w.chars().next()).collect();
        note(
            &mut by_initials,
            format!("{}|{}", ini.to_uppercase(), translit::key(last_w)),
            dsu.find(i),
        );
    }
    for (i, m) in ms.iter().enumerate() {
        if m.kind != EntityType::Person || m.handle {
            continue;
        }
        if let [ini, last] = name_words(&m.text, lex).as_slice() {
            if is_initials(ini) {
                let letters: String = ini.chars().filter(|c| c.is_alphabetic()).collect();
                let key = format!("{}|{}", letters.to_uppercase(), translit::key(last));
                if let Some(Slot::One(r)) = by_initials.get(&key) {
                    dsu.union(i, *r);
                }
            }
        }
    }
    // The surnames and first names of full names.
    let mut initialed: Vec<(String, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != EntityType::Person || m.handle {
            continue;
        }
        let words = name_words(&m.text, lex);
        if words.len() < 2 {
            continue;
        }
        let root = dsu.find(i);
        let (Some(first_w), Some(last_w)) = (words.first(), words.last()) else {
            continue;
        };
        if is_initials(first_w) {
            initialed.push((word_key(last_w), root));
            continue;
        }
        note(&mut by_last, word_key(last_w), root);
        note(&mut by_first, word_key(first_w), root);
        if !is_deva(&m.text) {
            let joined: String = words.concat().to_lowercase();
            by_handle.entry(joined).or_insert(root);
            by_handle
                .entry(format!("{}{}", first_w, last_w).to_lowercase())
                .or_insert(root);
        }
    }
    // A name that opens with initials gives its surname, where no full
    // name has it: "JP Nadda" … "Nadda said"; but "Manoj Sinha" … "LG
    // Sinha" (a title's letters) … "Sinha" is Manoj Sinha.
    for (key, root) in initialed {
        if !by_last.contains_key(&key) {
            note(&mut by_last, key, root);
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if m.handle {
            let h: String = m
                .text
                .trim_start_matches('@')
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            if let Some(&r) = by_handle.get(&h) {
                dsu.union(i, r);
            }
            continue;
        }
        if m.kind != EntityType::Person {
            continue;
        }
        if let [one] = name_words(&m.text, lex).as_slice() {
            let k = word_key(one);
            let target = match (by_last.get(&k), by_first.get(&k)) {
                (Some(Slot::One(r)), _) => Some(*r),
                (None, Some(Slot::One(r))) => Some(*r),
                _ => None,
            };
            if let Some(r) = target {
                dsu.union(i, r);
            }
        }
    }
    (0..n).map(|i| dsu.find(i)).collect()
}
