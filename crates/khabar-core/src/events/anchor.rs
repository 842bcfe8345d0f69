//! Anchoring: which time expression dates an event.
//!
//! An event takes the date of a timex that governs it:
//!
//! 1. a datable timex (DATE or TIME with a calendar value) in the **same
//!    clause**: no comma, semicolon, colon, complementizer ("that") or
//!    clause-opening conjunction between them, nearest first. "Ford said
//!    that it posted a net profit in the third quarter": "posted" takes the
//!    quarter, "said" does not (the "that" lies between);
//! 2. a **framing adjunct** that opens the sentence ("On Monday, …", "In a
//!    July 16 press conference, Jobs said …"): a preposition, a timex and a
//!    comma before anything else; it dates the main clause after it;
//! 3. otherwise a **reporting** event ("said", "announced") or a **present
//!    perfect** ("have unveiled": done by the time of writing) takes the
//!    document date (`"dct"`);
//! 4. otherwise nothing: no date is guessed.
//!
//! These rules are features of the learned link model of
//! [`tlink`](super::tlink), which decides the anchor of English detected
//! events (`khabar-eval anchoring`, figures in docs/EVALUATION.md); a
//! timex the first two rules pick dates the event whatever the relation.

use crate::model::TimexType;
use crate::text::words::Tok;

/// A timex of the sentence as the anchoring sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Slot {
    /// Its token range in the sentence.
    pub from: usize,
    pub to: usize,
    /// Its index in the document's timexes.
    pub index: usize,
    /// It names a point in time (a date can come from it).
    pub datable: bool,
    /// Its TIMEX3 type.
    pub kind: TimexType,
}

/// What dates an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// The document's timex of this index.
    Timex(usize),
    /// The document date.
    Dct,
}

/// Words that open a new clause: a timex beyond one does not govern.
const CLAUSE_BREAK: &[&str] = &[
    ",", ";", ":", "that", "which", "who", "while", "whereas", "because", "but", "although",
    "though", "when", "after", "before", "since", "until", "as", "if", "(", ")", "\"", "\u{201c}",
    "\u{201d}",
];

/// Prepositions that open a framing adjunct.
const FRAME: &[&str] = &[
    "on", "in", "at", "during", "by", "since", "last", "this", "early", "late",
];

/// Auxiliaries of the present perfect.
const PERFECT: &[&str] = &["has", "have", "'ve"];

/// Whether a clause break lies strictly between tokens `a` and `b` (a < b).
/// A break word that begins the timex itself ("after Monday", "since
/// 1990") belongs to the timex phrase and is no break.
fn broken(toks: &[Tok], a: usize, b: usize) -> bool {
    toks.get(a + 1..b)
        .is_some_and(|mid| mid.iter().any(|t| CLAUSE_BREAK.contains(&t.norm.as_str())))
}

/// Whether a clause break lies between the event at token `ev` and the
/// timex `s` (rule 1's test; a preposition right before the timex is
/// part of its phrase).
pub(crate) fn broken_between(toks: &[Tok], ev: usize, s: &Slot) -> bool {
    if s.to <= ev {
        broken(toks, s.to.saturating_sub(1), ev)
    } else if s.from > ev {
        let mut end = s.from;
        if end > ev + 1
            && toks
                .get(end - 1)
                .is_some_and(|t| CLAUSE_BREAK.contains(&t.norm.as_str()) && t.word)
        {
            end -= 1;
        }
        broken(toks, ev, end)
    } else {
        false
    }
}

/// The anchor of the event at token `ev` of the sentence `toks`.
#[cfg(test)]
pub(crate) fn anchor(toks: &[Tok], ev: usize, slots: &[Slot], reporting: bool) -> Option<Anchor> {
    anchor_rule(toks, ev, slots, reporting).map(|r| r.0)
}

/// [`anchor`] with the number of the rule that gave it (1 same clause, 2
/// framing adjunct, 3 report or present perfect).
pub(crate) fn anchor_rule(
    toks: &[Tok],
    ev: usize,
    slots: &[Slot],
    reporting: bool,
) -> Option<(Anchor, u8)> {
    // 1. Same clause, nearest.
    let mut best: Option<(usize, usize)> = None; // (distance, index)
    for s in slots.iter().filter(|s| s.datable) {
        let dist = if s.to <= ev {
            ev - s.to
        } else {
            // After the event, or around it (0).
            s.from.saturating_sub(ev)
        };
        if !broken_between(toks, ev, s) && best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, s.index));
        }
    }
    if let Some((_, i)) = best {
        return Some((Anchor::Timex(i), 1));
    }
    // 2. A framing adjunct opening the sentence: [prep] … timex … , main
    // clause. The event must follow the comma that closes it.
    if let Some(first) = toks.first() {
        if FRAME.contains(&first.norm.as_str()) {
            if let Some(comma) = toks.iter().position(|t| t.norm.as_str() == ",") {
                if comma < ev && comma <= 12 {
                    let framing = slots
                        .iter()
                        .filter(|s| s.datable && s.to <= comma)
                        .min_by_key(|s| comma - s.to);
                    if let Some(s) = framing {
                        return Some((Anchor::Timex(s.index), 2));
                    }
                }
            }
        }
    }
    // 3. Reports and present perfects: the document date.
    if reporting || perfect(toks, ev) {
        return Some((Anchor::Dct, 3));
    }
    None
}

/// The clause of token `ev`, where its participants are looked for: from
/// past the clause break before it to the next one after it (token
/// indices, end exclusive). "Toyota and Ford unveiled" is one clause:
/// coordination does not break it.
pub(crate) fn clause(toks: &[Tok], ev: usize) -> (usize, usize) {
    // An aside in brackets ("General Motors (GM) posted") stays in.
    let is_break = |t: &Tok| {
        let n = t.norm.as_str();
        CLAUSE_BREAK.contains(&n) && !matches!(n, "(" | ")")
    };
    let from = toks
        .get(..ev)
        .and_then(|before| before.iter().rposition(is_break))
        .map_or(0, |k| k + 1);
    let to = toks
        .get(ev + 1..)
        .and_then(|after| after.iter().position(is_break))
        .map_or(toks.len(), |k| ev + 1 + k);
    (from, to)
}

/// "has unveiled", "have already unveiled", "has been sold": a present
/// perfect ending at token `ev`.
pub(crate) fn perfect(toks: &[Tok], ev: usize) -> bool {
    let raw_ed = toks.get(ev).is_some_and(|t| {
        let n = t.norm.as_str();
        n.ends_with("ed") || n.ends_with("en") || n.ends_with('t') || n.ends_with("wn")
    });
    if !raw_ed {
        return false;
    }
    for back in 1..=3 {
        let Some(t) = ev.checked_sub(back).and_then(|k| toks.get(k)) else {
            return false;
        };
        let n = t.norm.as_str();
        if PERFECT.contains(&n) {
            return true;
        }
        if !t.word
            || !(n.ends_with("ly") || matches!(n, "been" | "already" | "just" | "not" | "now"))
        {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokenize;

    #[test]
    fn a_clause_keeps_coordination_and_asides() {
        let table: &[(&str, &str, &str)] = &[
            (
                "Toyota and Ford posted a profit, analysts said.",
                "posted",
                "Toyota and Ford posted a profit",
            ),
            (
                "General Motors (GM) posted a profit.",
                "posted",
                "General Motors (GM) posted a profit.",
            ),
            (
                "Ford said that it posted a profit.",
                "posted",
                "it posted a profit.",
            ),
            ("Ford said that it posted a profit.", "said", "Ford said"),
        ];
        for &(text, word, want) in table {
            let toks = tokenize(text, 0, text.len());
            let ev = toks.partition_point(|t| t.start < text.find(word).expect("word"));
            let (a, b) = clause(&toks, ev);
            let got = &text[toks[a].start..toks[b - 1].end];
            assert_eq!(got, want, "{text} / {word}");
        }
    }

    /// (sentence, event word, timex words (each a datable timex), reporting, expected)
    /// where expected is the timex's number in the list, "dct" or "".
    #[test]
    fn anchors_by_clause_frame_and_report() {
        let table: &[(&str, &str, &[&str], bool, &str)] = &[
            (
                "Ford has said that it posted a net profit in the third quarter.",
                "posted",
                &["third quarter"],
                false,
                "0",
            ),
            (
                "Ford has said that it posted a net profit in the third quarter.",
                "said",
                &["third quarter"],
                true,
                "dct",
            ),
            (
                "Shares rebounded on Monday.",
                "rebounded",
                &["Monday"],
                false,
                "0",
            ),
            (
                "In a July 16 press conference, Jobs said the phone was fine.",
                "said",
                &["July 16"],
                true,
                "0",
            ),
            (
                "On Friday, the company unveiled a phone.",
                "unveiled",
                &["Friday"],
                false,
                "0",
            ),
            (
                "Boeing have unveiled the new 787.",
                "unveiled",
                &[],
                false,
                "dct",
            ),
            ("Boeing unveiled the new 787.", "unveiled", &[], false, ""),
            (
                "The strike ended, and talks resume on Monday.",
                "strike",
                &["Monday"],
                false,
                "",
            ),
            (
                "Stocks fell on Tuesday after they rose on Monday.",
                "fell",
                &["Tuesday", "Monday"],
                false,
                "0",
            ),
            (
                "Stocks fell on Tuesday after they rose on Monday.",
                "rose",
                &["Tuesday", "Monday"],
                false,
                "1",
            ),
        ];
        for &(text, word, tx, reporting, want) in table {
            let toks = tokenize(text, 0, text.len());
            let at = |s: usize| toks.partition_point(|t| t.start < s);
            let ev = at(text.find(word).expect("word"));
            let slots: Vec<Slot> = tx
                .iter()
                .enumerate()
                .map(|(index, w)| {
                    let s = text.find(w).expect("timex");
                    Slot {
                        from: at(s),
                        to: at(s + w.len()),
                        index,
                        datable: true,
                        kind: TimexType::Date,
                    }
                })
                .collect();
            let got = match anchor(&toks, ev, &slots, reporting) {
                Some(Anchor::Timex(i)) => i.to_string(),
                Some(Anchor::Dct) => "dct".to_string(),
                None => String::new(),
            };
            assert_eq!(got, want, "{text} / {word}");
        }
    }
}
