//! Speaker resolution: from the words around a cue to an entity.
//!
//! A speaker is found, in this order of preference, as
//! 1. a Hindi subject marked with ने ("सिंह ने पुतिन को बताया कि" → सिंह,
//!    not the addressee पुतिन), or a possessor marked with का/के/की
//!    ("X का कहना है", "X के मुताबिक");
//! 2. otherwise in the comma-delimited segment right before the verb
//!    (English subjects come first in their clause; "In a post on X,
//!    JP Nadda said" skips the introductory phrase, "Modi, who met Putin,
//!    said" skips the relative clause): a PERSON mention, else a role
//!    nominal, else a pronoun, else another named entity;
//! 3. a role nominal ("the Defence Minister", "रक्षा मंत्री") resolves to
//!    the entity whose `roles` hold it, else to the PERSON named right
//!    after the same title elsewhere in the text ("Defence Minister Rajnath
//!    Singh");
//! 4. a pronoun (he, she, उन्होंने) resolves later, in text order, to the
//!    most recent of: the previous quote's PERSON speaker, or the most recent
//!    PERSON mention outside quotes that stands as a subject.

use super::cues::LangCues;
use crate::context::mentions::{MentionRef, Mentions};
use crate::model::EntityType;
use crate::text::words::Tok;

/// What the words before or after a cue say about the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    /// A named entity (index into the entity list).
    Entity(usize),
    /// A pronoun at this byte offset: resolved in text order.
    Pronoun(usize),
    /// No cue: the speaker of the previous quote, if it is close.
    Inherit,
    /// A subject is there but is no entity ("officials", "दोनों नेताओं").
    Unknown,
    /// No subject words at all.
    Nothing,
}

/// Resolves speakers against the entities of one document.
pub(crate) struct Resolver<'a> {
    /// The text.
    pub source: &'a str,
    pub mentions: &'a Mentions<'a>,
    /// Every token of the text, for role look-ups.
    pub all: &'a [Tok],
    /// Byte ranges inside quotation marks: mentions there are not antecedents.
    pub masked: Vec<(usize, usize)>,
    /// Cache of [`Resolver::title_hits`].
    pub titles: std::cell::RefCell<std::collections::HashMap<String, Vec<(usize, usize)>>>,
}

const RELATIVE: &[&str] = &["who", "which", "whose", "जो", "जिन्होंने", "जिसने"];
const INTRO: &[&str] = &[
    "however",
    "meanwhile",
    "also",
    "further",
    "furthermore",
    "moreover",
    "though",
    "later",
    "earlier",
    "separately",
    "वहीं",
    "साथ",
    "इस",
    // Prepositional and temporal phrases: "…, on Thursday, met"
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "amid",
    "from",
    "for",
    "with",
    "today",
    "yesterday",
    "here",
];
const PREPOSITIONS: &[&str] = &[
    "with", "to", "by", "from", "of", "on", "at", "between", "and", "for", "met", "told",
];
const POSTPOSITIONS: &[&str] = &["को", "से", "के", "की", "का", "में", "पर", "और"];

impl Resolver<'_> {
    /// Whether `pos` lies inside quotation marks.
    pub fn is_masked(&self, pos: usize) -> bool {
        let i = self.masked.partition_point(|&(_, e)| e <= pos);
        self.masked.get(i).is_some_and(|&(s, _)| s <= pos)
    }

    fn person_first(&self, ms: &[MentionRef]) -> Option<usize> {
        ms.iter()
            .find(|m| self.mentions.kind(m) == EntityType::Person)
            .or_else(|| {
                ms.iter()
                    .find(|m| matches!(self.mentions.kind(m), EntityType::Org | EntityType::Gpe))
            })
            .map(|m| m.entity)
    }

    /// The speaker named by the subject words `toks` before a verb.
    pub fn before(&self, toks: &[Tok], cues: &LangCues, hindi: bool) -> Who {
        if toks.iter().all(|t| !t.word) {
            return Who::Nothing;
        }
        if hindi {
            if let Some(w) = self.hindi_subject(toks, cues) {
                return w;
            }
        }
        // Comma segments, last first.
        let mut end = toks.len();
        loop {
            let start = toks[..end]
                .iter()
                .rposition(|t| matches!(t.norm.as_str(), "," | ";" | "(" | ":"))
                .map_or(0, |p| p + 1);
            let seg = &toks[start..end];
            // "Shadab Jamal, Senior Engineer at Pune, said": the name before
            // an appositive.
            if let Some(e) = self.named_before_apposition(toks, start) {
                if !seg.iter().any(|t| cues.pronouns.contains(t.norm.as_str())) {
                    return Who::Entity(e);
                }
            }
            let first = seg.iter().find(|t| t.word).map(|t| t.norm.as_str());
            let skip = match first {
                None => true,
                Some(f) => RELATIVE.contains(&f) || INTRO.contains(&f) || f.ends_with("ing"),
            };
            if !skip || start == 0 {
                let w = self.in_segment(seg, cues);
                if w != Who::Nothing || start == 0 {
                    return if w == Who::Nothing && first.is_some() {
                        Who::Unknown
                    } else {
                        w
                    };
                }
            }
            if start == 0 {
                return Who::Unknown;
            }
            end = start - 1;
        }
    }

    /// When the segment starting at `start` follows ", " and the segment
    /// before that comma is exactly one PERSON mention, that person.
    fn named_before_apposition(&self, toks: &[Tok], start: usize) -> Option<usize> {
        if start < 2 || toks[start - 1].norm != "," {
            return None;
        }
        let s2 = toks[..start - 1]
            .iter()
            .rposition(|t| matches!(t.norm.as_str(), "," | ";" | ":" | "."))
            .map_or(0, |p| p + 1);
        let first = toks.get(s2)?;
        let last = &toks[start - 2];
        let m = self.mentions.covering(first.start, last.end)?;
        (m.start == first.start
            && m.end == last.end
            && self.mentions.kind(&m) == EntityType::Person)
            .then_some(m.entity)
    }

    /// The speaker named right after a verb or an "according to" cue.
    pub fn after(&self, toks: &[Tok], cues: &LangCues) -> Who {
        let end = toks
            .iter()
            .position(|t| t.norm == "," || t.norm == "." || t.norm == "।")
            .unwrap_or(toks.len());
        self.in_segment(&toks[..end], cues)
    }

    fn hindi_subject(&self, toks: &[Tok], cues: &LangCues) -> Option<Who> {
        // The last subject marker ने, or a pronoun that contains it.
        for (j, t) in toks.iter().enumerate().rev() {
            if cues.pronouns.contains(t.norm.as_str()) && t.norm.ends_with("ने") {
                return Some(Who::Pronoun(t.start));
            }
            if t.norm == "ने" || ((t.norm == "का" || t.norm == "के") && j + 1 == toks.len())
            {
                if j == 0 {
                    return Some(Who::Unknown);
                }
                return Some(self.word_before(toks, j, cues));
            }
        }
        None
    }

    /// Who the words ending at token `j` (exclusive) name.
    fn word_before(&self, toks: &[Tok], j: usize, cues: &LangCues) -> Who {
        let prev = &toks[j - 1];
        if let Some(m) = self.mentions.ending_at(prev.end) {
            return Who::Entity(m.entity);
        }
        if cues.pronouns.contains(prev.norm.as_str()) {
            return Who::Pronoun(prev.start);
        }
        // A mention ending a little earlier inside the same word run ("सिंह
        // जी ने"): look back over at most two words.
        for k in (j.saturating_sub(3)..j).rev() {
            if !toks[k].word {
                break;
            }
            if let Some(m) = self.mentions.ending_at(toks[k].end) {
                return Who::Entity(m.entity);
            }
        }
        if cues.roles.contains(prev.norm.as_str()) {
            let from = j.saturating_sub(3);
            let words: Vec<&Tok> = toks[from..j].iter().filter(|t| t.word).collect();
            return self.role(&words, prev.start);
        }
        Who::Unknown
    }

    fn in_segment(&self, seg: &[Tok], cues: &LangCues) -> Who {
        // "a US official told the BBC, adding that": who is told is no speaker.
        let seg = match seg
            .iter()
            .position(|t| cues.verbs.contains(t.norm.as_str()))
        {
            Some(v) if v > 0 => &seg[..v],
            _ => seg,
        };
        let (Some(a), Some(b)) = (seg.first(), seg.last()) else {
            return Who::Nothing;
        };
        let ms = self.mentions.within(a.start, b.end);
        let persons: Vec<MentionRef> = ms
            .iter()
            .filter(|m| self.mentions.kind(m) == EntityType::Person)
            .copied()
            .collect();
        if let Some(p) = persons.first() {
            return Who::Entity(p.entity);
        }
        // A role nominal: a role head, with up to two title words before it.
        if let Some(h) = seg
            .iter()
            .position(|t| cues.roles.contains(t.norm.as_str()))
        {
            let from = h.saturating_sub(2);
            let words: Vec<&Tok> = seg[from..=h]
                .iter()
                .filter(|t| t.word && t.norm != "the" && t.norm != "a")
                .collect();
            let w = self.role(&words, seg[h].start);
            if w != Who::Unknown {
                return w;
            }
        }
        if let Some(p) = seg.iter().find(|t| cues.pronouns.contains(t.norm.as_str())) {
            return Who::Pronoun(p.start);
        }
        if let Some(e) = self.person_first(&ms) {
            return Who::Entity(e);
        }
        if seg.iter().any(|t| t.word) {
            Who::Unknown
        } else {
            Who::Nothing
        }
    }

    /// Resolves a role nominal (`words`, ending with the head) used at `pos`.
    pub fn role(&self, words: &[&Tok], pos: usize) -> Who {
        let Some(head) = words.last() else {
            return Who::Unknown;
        };
        let phrase: Vec<&str> = words.iter().map(|t| t.norm.as_str()).collect();
        let joined = phrase.join(" ");
        // 1. An entity that holds the role.
        let mut best: Option<(usize, usize)> = None; // (entity, last mention before pos)
        for (i, e) in self.mentions.entities.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            let holds = e.roles.iter().any(|r| {
                let r = r.to_lowercase();
                r.contains(&joined) || (phrase.len() == 1 && r.ends_with(head.norm.as_str()))
            });
            if holds {
                let last = e
                    .mentions
                    .iter()
                    .filter(|m| m.start < pos)
                    .map(|m| m.start)
                    .max()
                    .unwrap_or(0);
                if best.is_none_or(|(_, b)| last > b) {
                    best = Some((i, last));
                }
            }
        }
        if let Some((e, _)) = best {
            return Who::Entity(e);
        }
        // 2. The person named right after the same title elsewhere.
        let hits = self.title_hits(&phrase);
        let before = hits
            .iter()
            .filter(|&&(_, at)| at < pos)
            .max_by_key(|&&(_, at)| at);
        let after = hits
            .iter()
            .filter(|&&(_, at)| at >= pos)
            .min_by_key(|&&(_, at)| at);
        match before.or(after) {
            Some(&(e, _)) => Who::Entity(e),
            None => Who::Unknown,
        }
    }

    /// Every place where the title `phrase` is followed by (or opens) a
    /// PERSON mention: (entity, offset). Cached per phrase, so each title
    /// costs one pass over the text.
    fn title_hits(&self, phrase: &[&str]) -> Vec<(usize, usize)> {
        let key = phrase.join(" ");
        if let Some(h) = self.titles.borrow().get(&key) {
            return h.clone();
        }
        let n = phrase.len();
        let mut hits = Vec::new();
        for k in 0..self.all.len().saturating_sub(n) {
            if !self.all[k..k + n]
                .iter()
                .zip(phrase)
                .all(|(t, p)| t.norm == *p)
            {
                continue;
            }
            let at = self.all[k].start;
            let next = &self.all[k + n];
            let m = self
                .mentions
                .starting_at(next.start)
                .copied()
                .or_else(|| self.mentions.covering(at, next.end));
            if let Some(m) = m {
                if self.mentions.kind(&m) == EntityType::Person {
                    hits.push((m.entity, at));
                }
            }
        }
        self.titles.borrow_mut().insert(key, hits.clone());
        hits
    }

    /// Whether a mention stands as a sentence's subject: Hindi, marked with
    /// ने or opening its sentence; English, opening its sentence after at
    /// most a title ("Captain Rohit Sharma would …").
    fn is_subject(&self, m: &MentionRef) -> bool {
        let i = self.all.partition_point(|t| t.start < m.start);
        let j = self.all.partition_point(|t| t.start < m.end);
        let next = self.all.get(j).map(|t| t.norm.as_str());
        if next == Some("ने") {
            return true;
        }
        if next.is_some_and(|n| POSTPOSITIONS.contains(&n)) {
            return false;
        }
        let mut k = i;
        let mut titles = 0;
        while k > 0 {
            let t = &self.all[k - 1];
            if matches!(t.norm.as_str(), "." | "।" | "?" | "!" | "\"" | "”" | ":") {
                return true;
            }
            if PREPOSITIONS.contains(&t.norm.as_str()) || !t.word || titles >= 3 {
                return false;
            }
            // A capitalized title word ("Captain", "Prime Minister"); any
            // Devanagari word counts (no case), so at most three.
            let latin = t
                .norm
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
            if latin && !self.capitalized(k - 1) {
                return false;
            }
            titles += 1;
            k -= 1;
        }
        true
    }

    /// Whether token `k` was written with a capital letter.
    fn capitalized(&self, k: usize) -> bool {
        self.source
            .get(self.all[k].start..self.all[k].end)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// The most recent PERSON mention before `pos`, outside quotes, that
    /// stands as a subject; with its position.
    pub fn recent_subject(&self, pos: usize, floor: usize) -> Option<(usize, usize)> {
        let b = self.mentions.list.partition_point(|m| m.start < pos);
        for m in self.mentions.list[..b].iter().rev() {
            if m.start < floor {
                break;
            }
            if self.mentions.kind(m) != EntityType::Person || self.is_masked(m.start) {
                continue;
            }
            if self.is_subject(m) {
                return Some((m.entity, m.start));
            }
        }
        None
    }
}
