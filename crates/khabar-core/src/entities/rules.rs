//! The sentence rules: each range of text the rules read ([`ranges`]: the
//! sentences, the dateline, the signature lines of embedded posts) is
//! tokenized and read by the [`english`](super::english) rules, then by the
//! [`hindi`](super::hindi) rules. This file holds what both share: the
//! tokens of one range ([`Rules`]) and the helpers that read them.

use crate::context::Context;
use crate::entities::candidates::Raw;
use crate::entities::lexicon::{is_deva, Known, Lexicon};
use crate::entities::tokens::{self, Kind, Tok};
use crate::model::EntityType;
use crate::segment::chars;
use crate::util::strip_possessive;

/// The longest title ("Union Minister of State for Health & Family Welfare").
pub(super) const MAX_TITLE: usize = 12;

/// Runs the English and the Hindi rules over each range the rules read, in
/// text order, and returns the tokens of all the ranges (the later passes
/// read them too).
pub(crate) fn run(ctx: &Context<'_>, lex: &Lexicon, found: &mut Vec<Raw>) -> Vec<Tok> {
    let text = ctx.text;
    let mut all_toks: Vec<Tok> = Vec::new();
    for &(s, e) in &ranges(ctx) {
        let first = all_toks.len();
        tokens::tokenize_atoms(text, ctx.atoms, s, e, &mut all_toks);
        let rules = Rules {
            text,
            lex,
            toks: &all_toks[first..],
        };
        rules.english(found);
        rules.hindi(found);
    }
    all_toks
}

/// The ranges the rules read: the sentences (the whole text when the
/// segmenter found none), plus the dateline and the signature lines of
/// embedded posts, which are not prose but name the place, the agency and
/// the author.
fn ranges(ctx: &Context<'_>) -> Vec<(usize, usize)> {
    let len = ctx.text.len();
    if ctx.sentences.is_empty() {
        return vec![(0, len)];
    }
    let mut ranges: Vec<(usize, usize)> = ctx.sentences.iter().map(|s| (s.start, s.end)).collect();
    crate::util::sort::sort(&mut ranges);
    let mut extra: Vec<(usize, usize)> = Vec::new();
    let wanted = ctx
        .dateline
        .map(|d| (d.start, d.end))
        .into_iter()
        .chain(ctx.embeds.iter().map(|e| (e.start, e.end)));
    for (s, e) in wanted {
        let (s, e) = (s.min(len), e.min(len));
        // Keep only the parts no sentence covers.
        let mut pos = s;
        let first = ranges.partition_point(|&(_, b)| b <= s);
        for &(a, b) in ranges[first..].iter().take_while(|&&(a, _)| a < e) {
            if a > pos {
                extra.push((pos, a));
            }
            pos = pos.max(b);
        }
        if pos < e {
            extra.push((pos, e));
        }
    }
    extra.retain(|&(a, b)| b > a && ctx.text.is_char_boundary(a) && ctx.text.is_char_boundary(b));
    ranges.extend(extra);
    crate::util::sort::sort(&mut ranges);
    ranges.dedup();
    ranges
}

/// The rules over one sentence's tokens.
pub(crate) struct Rules<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub toks: &'a [Tok],
}

impl<'a> Rules<'a> {
    pub(super) fn word(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The word without a possessive ("Putin's", "Ministers'").
    pub(super) fn bare(&self, i: usize) -> &'a str {
        strip_possessive(self.word(i))
    }

    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(super) fn is_latin_cap(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
            && self
                .word(i)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() && !is_deva(&c.to_string()))
    }

    pub(super) fn is_deva_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && is_deva(self.word(i))
    }

    pub(super) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.word(i) == p
    }

    /// The gazetteer entry for `s`, also for "LONDON" (all capitals, as in
    /// datelines and headlines), "U.S." (dotted) and "Sikhs" (a demonym in
    /// the plural).
    pub(super) fn known(&self, s: &str) -> Option<Known> {
        if let Some(k) = self.lex.names.get(s) {
            return Some(*k);
        }
        // "Sikhs", "Hindus", "Pakistanis": a demonym in the plural.
        if let Some(k) = s
            .strip_suffix('s')
            .filter(|one| one.len() >= 3)
            .and_then(|one| self.lex.names.get(one))
            .filter(|k| k.kind == EntityType::Norp)
        {
            return Some(*k);
        }
        if s.contains('.') {
            let undotted: String = s.chars().filter(|&c| c != '.').collect();
            if let Some(k) = self.lex.names.get(undotted.as_str()) {
                return Some(*k);
            }
        }
        if s.chars().filter(|&c| chars::is_alphabetic(c)).count() >= 4
            && !s.chars().any(char::is_lowercase)
        {
            let mut titled = String::with_capacity(s.len());
            let mut start = true;
            for c in s.chars() {
                if start {
                    titled.push(c);
                } else {
                    titled.extend(c.to_lowercase());
                }
                start = c == ' ' || c == '-';
            }
            return self.lex.names.get(titled.as_str()).copied();
        }
        None
    }

    pub(super) fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.toks.get(a).map_or(0, |t| t.start);
        let end = self.toks.get(b.saturating_sub(1)).map_or(start, |t| t.end);
        (start, end.max(start))
    }

    /// The end of the last token of `a..b` without its possessive.
    pub(super) fn name_end(&self, b: usize) -> usize {
        let Some(t) = self.toks.get(b.saturating_sub(1)) else {
            return 0;
        };
        let w = self.word(b - 1);
        t.end - (w.len() - strip_possessive(w).len())
    }

    pub(super) fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    pub(super) fn push(
        &self,
        found: &mut Vec<Raw>,
        start: usize,
        end: usize,
        kind: EntityType,
        prio: u8,
    ) -> usize {
        let canonical = self.known(self.slice(start, end)).map(|k| k.canonical);
        found.push(Raw {
            start,
            end,
            kind,
            prio,
            role: None,
            canonical,
        });
        found.len() - 1
    }
}
