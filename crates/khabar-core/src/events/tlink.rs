//! Learned event–timex links: which time expression an event is linked to
//! (a timex of its sentence or the document date) and how (TimeML
//! relation, seen from the event).
//!
//! For each event the candidates are the timexes of its sentence (every
//! type: a DURATION or a SET is linked too, though it dates nothing) and
//! the document creation time. A linear ranker scores each candidate over
//! hashed features of the pair:
//!
//! - the **candidate**: DCT, or the timex's type and whether it is
//!   datable; its side of the event and the token distance; whether a
//!   clause break, a comma, "that" or a quotation mark lies between;
//!   the preposition before the timex ("on", "since", "until", …); how
//!   many timexes and detected events lie between; whether the rules of
//!   [`anchor`](super::anchor) (same clause, framing adjunct, reports and
//!   present perfects on the DCT) pick it;
//! - the **event**, conjoined with the candidate's kind: its TimeML class,
//!   its auxiliaries ("will", "has", "had been", "to"), its last letters
//!   ("-ed", "-ing"), the word itself, whether it is in a quotation or
//!   follows a report in its sentence.
//!
//! The best candidate is the anchor, unless the rules of
//! [`anchor`](super::anchor) fire (see [`decide`]); a second head over the
//! same features gives the relation of the event to it ([`RELS`]). Both are averaged
//! perceptrons trained by `khabar-train tlink` on the TLINKs of the
//! TempEval-3 training data (TimeBank + AQUAINT) minus the frozen dev
//! fifth, and compiled in from `data/events/en-tlink.bin` (`i8` weights).
//! Training collects its examples through [`examples`], which runs the
//! very pipeline and feature code inference runs.

use super::anchor::{self, Anchor, Slot};
use super::rows::{argmax, Rows};
use crate::model::TimexType;
use crate::text::words::Tok;
use std::cell::RefCell;
use std::sync::OnceLock;

/// The relations of an event to its anchor, in label order (column
/// `1 + k` of a weight row). TimeML's finer relations fold into them:
/// DURING, BEGINS and ENDS are `is_included`; BEGUN_BY, ENDED_BY and
/// DURING_INV `includes`; IBEFORE `before`; IAFTER `after`; IDENTITY
/// `simultaneous`.
pub const RELS: [&str; 5] = ["includes", "is_included", "before", "after", "simultaneous"];

/// Weights a feature row holds: the ranking score, then one per relation.
pub const COLS: usize = 1 + RELS.len();

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"KTL1";

const MODEL: &[u8] = include_bytes!("../../data/events/en-tlink.bin");

/// Whether a relation (an index into [`RELS`]) puts the event at its
/// anchor's time: it overlaps it (includes, is included, simultaneous).
pub fn overlaps(rel: usize) -> bool {
    matches!(
        RELS.get(rel),
        Some(&"includes" | &"is_included" | &"simultaneous")
    )
}

/// The [`RELS`] index of a TimeML relType, seen from the event.
pub fn rel_index(rel_type: &str) -> Option<usize> {
    let r = match rel_type {
        "INCLUDES" | "BEGUN_BY" | "ENDED_BY" | "DURING_INV" => "includes",
        "IS_INCLUDED" | "DURING" | "BEGINS" | "ENDS" => "is_included",
        "BEFORE" | "IBEFORE" => "before",
        "AFTER" | "IAFTER" => "after",
        "SIMULTANEOUS" | "IDENTITY" => "simultaneous",
        _ => return None,
    };
    RELS.iter().position(|x| *x == r)
}

/// A trained link model: the kept feature rows, each [`COLS`] weights
/// (the shared table of [`rows`](super::rows)).
pub type Model = Rows<COLS>;

/// The compiled-in link model, read on first use (`None` only if the data
/// file is not a model, which a unit test rules out).
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MAGIC, MODEL)).as_ref()
}

/// The best relation of summed weights (an index into [`RELS`]).
pub fn best_rel(scores: &[i32; COLS]) -> usize {
    argmax(&scores[1..])
}

/// One candidate of an event: what it would anchor to and its features.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cand {
    pub anchor: Anchor,
    pub feats: Vec<u32>,
}

/// What the model decides for an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    pub anchor: Anchor,
    /// Index into [`RELS`].
    pub rel: usize,
    /// The rules of [`anchor`](super::anchor) gave the anchor (a timex of
    /// the event's clause, a framing adjunct, the DCT of a report or a
    /// present perfect): it dates the event, as it always has.
    pub by_rule: bool,
}

/// The event at token `ev` of a sentence, as the features see it.
pub(crate) struct EventAt<'a> {
    pub toks: &'a [Tok],
    pub ev: usize,
    /// Its TimeML class (an index into `timeml::CLASSES`).
    pub class: usize,
    /// The sentence's detected events: (token, class).
    pub events: &'a [(usize, usize)],
}

/// Decides the anchor and relation of an event among the sentence's
/// timexes and the DCT. Where a rule fires its anchor stands (on the dev
/// split the model alone is right 5 times more in 931, but the rules'
/// anchors are what dates the timeline, and the model's choices where
/// they disagree read worse on news: docs/EVALUATION.md); a report or a
/// present perfect on the DCT includes it. Elsewhere the model ranks the
/// candidates.
pub(crate) fn decide(e: &EventAt<'_>, slots: &[Slot]) -> Decision {
    let rule = rule_pick(e, slots);
    let Some(model) = model() else {
        return fallback(e, rule);
    };
    if let Some((anchor, kind)) = rule {
        let rel = if kind == 3 {
            0
        } else {
            candidates(e, slots, rule, Some(anchor))
                .first()
                .map_or(1, |c| best_rel(&model.scores(&c.feats)))
        };
        return Decision {
            anchor,
            rel,
            by_rule: true,
        };
    }
    let cands = candidates(e, slots, rule, None);
    let mut best: Option<(i32, &Cand, [i32; COLS])> = None;
    for c in &cands {
        let s = model.scores(&c.feats);
        if best.as_ref().is_none_or(|b| s[0] > b.0) {
            best = Some((s[0], c, s));
        }
    }
    let Some((_, c, s)) = best else {
        return fallback(e, rule);
    };
    Decision {
        anchor: c.anchor,
        rel: best_rel(&s),
        by_rule: false,
    }
}

/// The relation of an event to an anchor decided elsewhere (a
/// trigger-list event's date): the relation head on that candidate.
pub(crate) fn relation(e: &EventAt<'_>, slots: &[Slot], anchor: Anchor) -> usize {
    let rule = rule_pick(e, slots);
    let Some(model) = model() else {
        return fallback(e, rule).rel;
    };
    candidates(e, slots, rule, Some(anchor))
        .first()
        .map_or(0, |c| best_rel(&model.scores(&c.feats)))
}

/// Without a model: the rules, else the DCT, related by tense.
fn fallback(e: &EventAt<'_>, rule: Option<(Anchor, u8)>) -> Decision {
    let anchor = rule.map_or(Anchor::Dct, |r| r.0);
    let rel = match (rule, aux_chain(e.toks, e.ev).as_str()) {
        (Some((_, 3)), _) => 0,
        (Some(_), _) => 1,
        (None, "will" | "'ll" | "shall") => 3,
        (None, _) => 2,
    };
    Decision {
        anchor,
        rel,
        by_rule: rule.is_some(),
    }
}

/// The rules' anchor for the event and which rule gave it (1 same clause,
/// 2 framing adjunct, 3 report or perfect on the DCT).
fn rule_pick(e: &EventAt<'_>, slots: &[Slot]) -> Option<(Anchor, u8)> {
    let reporting = super::timeml::CLASSES.get(e.class) == Some(&"REPORTING");
    anchor::anchor_rule(e.toks, e.ev, slots, reporting)
}

/// Bucket of a token distance.
fn dist_bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=4 => "3",
        5..=7 => "5",
        8..=12 => "8",
        13..=20 => "13",
        _ => "21",
    }
}

/// Adverbs and negations skipped between an auxiliary and its verb.
fn skippable(n: &str) -> bool {
    n.ends_with("ly")
        || matches!(
            n,
            "not" | "n't" | "also" | "already" | "just" | "still" | "never" | "now" | "again"
        )
}

const AUXES: &[&str] = &[
    "will", "'ll", "shall", "would", "'d", "could", "should", "might", "may", "must", "can", "has",
    "have", "'ve", "had", "having", "is", "are", "am", "'re", "'s", "was", "were", "be", "been",
    "being", "to", "do", "does", "did",
];

/// The auxiliaries before the event, nearest last ("will+be", "has+been",
/// "to"), or what stands there instead ("det", "prep", "").
fn aux_chain(toks: &[Tok], ev: usize) -> String {
    let mut chain: Vec<&str> = Vec::new();
    let mut k = ev;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        let Some(t) = toks.get(k) else { break };
        let n = t.norm.as_str();
        if AUXES.contains(&n) {
            chain.push(n);
            if chain.len() >= 2 {
                break;
            }
        } else if t.word && skippable(n) {
            continue;
        } else {
            if chain.is_empty() {
                return match n {
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that" => {
                        "det".to_string()
                    }
                    "of" | "in" | "on" | "for" | "after" | "before" | "during" | "since"
                    | "until" | "by" | "with" | "from" => "prep".to_string(),
                    _ => String::new(),
                };
            }
            break;
        }
    }
    chain.reverse();
    chain.join("+")
}

/// An FNV-1a hash fed piece by piece (each piece closed by a separator),
/// so that features are hashed without building their strings.
#[derive(Clone, Copy, Debug)]
struct H(u32);

impl H {
    fn new(template: u8) -> H {
        H((0x811c_9dc5 ^ u32::from(template)).wrapping_mul(0x0100_0193))
    }
    fn byte(self, b: u8) -> H {
        H((self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193))
    }
    fn s(self, x: &str) -> H {
        let mut h = self;
        for &b in x.as_bytes() {
            h = h.byte(b);
        }
        h.byte(0x1f)
    }
    /// A small number or a flag.
    fn n(self, x: usize) -> H {
        self.byte(x.min(250) as u8).byte(0x1e)
    }
}

fn is_quote(n: &str) -> bool {
    matches!(n, "\"" | "\u{201c}" | "\u{201d}" | "``" | "''")
}

/// The event's features, each left open for the candidate's kind to be
/// fed in after it.
fn event_features(e: &EventAt<'_>) -> [H; 8] {
    let toks = e.toks;
    let w = toks.get(e.ev).map_or("", |t| t.norm.as_str());
    let class = super::timeml::CLASSES.get(e.class).copied().unwrap_or("");
    let aux = aux_chain(toks, e.ev);
    let suf = {
        let start = w.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
        w.get(start..).unwrap_or("")
    };
    let before = toks.get(..e.ev).unwrap_or(&[]);
    let in_quote = before.iter().filter(|t| is_quote(t.norm.as_str())).count() % 2 == 1;
    let after_report = e
        .events
        .iter()
        .any(|&(k, c)| k < e.ev && super::timeml::CLASSES.get(c) == Some(&"REPORTING"));
    let that = before.iter().any(|t| t.norm.as_str() == "that");
    [
        H::new(10).s(class),
        H::new(11).s(&aux),
        H::new(12).s(class).s(&aux),
        H::new(13).s(suf),
        H::new(14).s(&aux).s(suf),
        H::new(15).s(w),
        H::new(16).n(usize::from(in_quote)),
        H::new(17).n(usize::from(after_report)).n(usize::from(that)),
    ]
}

/// The candidates of an event: the sentence's timexes, then the DCT
/// (only the one `only` names, when given).
pub(crate) fn candidates(
    e: &EventAt<'_>,
    slots: &[Slot],
    rule: Option<(Anchor, u8)>,
    only: Option<Anchor>,
) -> Vec<Cand> {
    let toks = e.toks;
    let ev = e.ev;
    let evf = event_features(e);
    let rule_kind = rule.map_or(0, |r| usize::from(r.1));
    let wanted = |a: Anchor| only.is_none_or(|o| o == a);
    let mut out = Vec::with_capacity(slots.len() + 1);
    for (k, s) in slots.iter().enumerate() {
        if !wanted(Anchor::Timex(s.index)) {
            continue;
        }
        let ty = match s.kind {
            TimexType::Date => 0,
            TimexType::Time => 1,
            TimexType::Duration => 2,
            TimexType::Set => 3,
        };
        let fine = H::new(1).n(ty).n(usize::from(s.datable));
        let (dir, dist, mid) = if s.to <= ev {
            (0, ev - s.to, s.to..ev)
        } else if s.from > ev {
            (1, s.from - ev - 1, ev + 1..s.from)
        } else {
            (2, 0, ev..ev)
        };
        let between = toks.get(mid.clone()).unwrap_or(&[]);
        let has = |f: &dyn Fn(&str) -> bool| between.iter().any(|t| f(t.norm.as_str()));
        let comma = has(&|n| n == ",");
        let that = has(&|n| n == "that");
        let quote = has(&|n| is_quote(n));
        let stop = has(&|n| matches!(n, ";" | ":" | "(" | ")" | "-" | "--"));
        let broken = anchor::broken_between(toks, ev, s);
        let prep = s
            .from
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .filter(|t| t.word)
            .map_or("", |t| t.norm.as_str());
        let prep = if prep.len() <= 8 { prep } else { "long" };
        let first_word = toks.get(s.from).map_or("", |t| t.norm.as_str());
        let tx_between = slots
            .iter()
            .enumerate()
            .filter(|&(j, o)| j != k && o.from >= mid.start && o.to <= mid.end)
            .count();
        let ev_between = e
            .events
            .iter()
            .filter(|&&(p, _)| p != ev && mid.contains(&p))
            .count();
        let picked = match rule {
            Some((Anchor::Timex(i), _)) if i == s.index => 0,
            Some(_) => 1,
            None => 2,
        };
        let at_start = usize::from(s.from <= 1);
        let db = dist_bucket(dist);
        let locals = [
            H::new(20).n(dir).s(db),
            H::new(21).n(usize::from(broken)).n(dir),
            H::new(22).n(usize::from(comma)).n(dir),
            H::new(23).n(usize::from(that)).n(dir),
            H::new(24).n(usize::from(quote)),
            H::new(25).n(usize::from(stop)),
            H::new(26).s(prep).n(dir),
            H::new(27).s(first_word),
            H::new(28).n(tx_between.min(2)),
            H::new(29).n(ev_between.min(2)).n(dir),
            H::new(30).n(picked).n(rule_kind),
            H::new(31).n(at_start).n(dir),
            evf[1].s(prep).n(32),
        ];
        let mut feats = Vec::with_capacity(2 + 2 * locals.len() + 3 * evf.len());
        feats.push(H::new(0).s("tx").0);
        feats.push(fine.0);
        for l in &locals {
            feats.push(l.s("tx").0);
            feats.push(l.n(ty).n(usize::from(s.datable)).0);
        }
        for f in &evf {
            feats.push(f.s("tx").0);
            feats.push(f.n(ty).n(usize::from(s.datable)).0);
            feats.push(f.n(dir).n(99).0);
        }
        out.push(Cand {
            anchor: Anchor::Timex(s.index),
            feats,
        });
    }
    if !wanted(Anchor::Dct) {
        return out;
    }
    let n_datable = slots.iter().filter(|s| s.datable).count();
    let picked = match rule {
        Some((Anchor::Dct, _)) => 0,
        Some(_) => 1,
        None => 2,
    };
    let locals = [
        H::new(40).n(slots.len().min(2)),
        H::new(41).n(n_datable.min(2)),
        H::new(42).n(picked).n(rule_kind),
    ];
    let mut feats = Vec::with_capacity(1 + locals.len() + evf.len());
    feats.push(H::new(0).s("dct").0);
    for l in &locals {
        feats.push(l.0);
    }
    for f in &evf {
        feats.push(f.s("dct").0);
    }
    out.push(Cand {
        anchor: Anchor::Dct,
        feats,
    });
    out
}

/// A candidate of a training example: the timex's byte range, or `None`
/// for the DCT, and its features.
pub type LinkCandidate = (Option<(usize, usize)>, Vec<u32>);

/// A training example: one detected event with its candidates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkExample {
    /// Byte range of the event's word in the analysed text.
    pub start: usize,
    pub end: usize,
    /// Each candidate: the timex's byte range, or `None` for the DCT, and
    /// its features.
    pub candidates: Vec<LinkCandidate>,
    /// The candidate the rules pick and the rule (1 same clause, 2
    /// framing adjunct, 3 report or present perfect on the DCT).
    pub rule: Option<(usize, u8)>,
}

thread_local! {
    static COLLECT: RefCell<Option<Vec<LinkExample>>> = const { RefCell::new(None) };
}

/// Whether the event stage should hand its candidates to [`examples`].
pub(crate) fn collecting() -> bool {
    COLLECT.with(|c| c.borrow().is_some())
}

/// Hands one event's candidates to [`examples`].
pub(crate) fn collect(x: LinkExample) {
    COLLECT.with(|c| {
        if let Some(v) = c.borrow_mut().as_mut() {
            v.push(x);
        }
    });
}

/// Analyses a document and returns, beside the analysis, every English
/// detected event with its candidates and their features: the training
/// examples of `khabar-train tlink`, from the code inference runs.
pub fn examples(
    doc: &crate::Document,
) -> Result<(crate::model::Analysis, Vec<LinkExample>), crate::Error> {
    COLLECT.with(|c| *c.borrow_mut() = Some(Vec::new()));
    let analysis = crate::analyze(doc, &crate::Options::default());
    let got = COLLECT.with(|c| c.borrow_mut().take()).unwrap_or_default();
    analysis.map(|a| (a, got))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokenize;

    #[test]
    fn the_compiled_in_model_reads() {
        assert!(model().is_some());
    }

    #[test]
    fn the_rank_is_column_zero_and_the_relation_the_best_of_the_rest() {
        let weights: Vec<i8> = (0..(3 * COLS) as i8).collect();
        let m = Model::from_rows(MAGIC, 18, vec![5, 9, 70_000], weights).expect("sizes");
        assert_eq!(m.scores(&[9])[0], COLS as i32);
        assert_eq!(best_rel(&m.scores(&[9])), RELS.len() - 1);
        let mut first = [0; COLS];
        first[0] = 9;
        first[2] = 1;
        assert_eq!(best_rel(&first), 1, "column 0 is not a relation");
        assert_eq!(Model::from_bytes(MAGIC, &m.to_bytes()), Some(m.clone()));
        assert_eq!(Model::from_bytes(MAGIC, b"KTL"), None);
    }

    #[test]
    fn timeml_relations_fold_and_overlap() {
        let table: &[(&str, Option<&str>, bool)] = &[
            ("IS_INCLUDED", Some("is_included"), true),
            ("DURING", Some("is_included"), true),
            ("BEGUN_BY", Some("includes"), true),
            ("IBEFORE", Some("before"), false),
            ("AFTER", Some("after"), false),
            ("IDENTITY", Some("simultaneous"), true),
            ("NONSENSE", None, false),
        ];
        for &(t, want, over) in table {
            let got = rel_index(t);
            assert_eq!(got.map(|k| RELS[k]), want, "{t}");
            assert_eq!(got.is_some_and(overlaps), over, "{t}");
        }
    }

    #[test]
    fn auxiliaries_read_back_over_adverbs() {
        let table: &[(&str, &str, &str)] = &[
            ("The company will open a plant.", "open", "will"),
            ("Boeing has already unveiled it.", "unveiled", "has"),
            ("It has been sold.", "sold", "has+been"),
            ("He wants to buy it.", "buy", "to"),
            ("The sale ended.", "sale", "det"),
            ("Shares fell.", "fell", ""),
        ];
        for &(text, word, want) in table {
            let toks = tokenize(text, 0, text.len());
            let ev = toks.partition_point(|t| t.start < text.find(word).expect("word"));
            assert_eq!(aux_chain(&toks, ev), want, "{text}");
        }
    }
}
