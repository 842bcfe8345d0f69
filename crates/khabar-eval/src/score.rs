//! The scorers: conlleval-style NER spans and TempEval-3-style TIMEX spans.
//!
//! They know nothing of files or of khabar: they take gold and predicted
//! spans and count. That keeps them small enough to pin with tables of
//! known answers (see the tests at the bottom).

use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// How many gold items there are.
    pub gold: usize,
    /// How many items the system predicted.
    pub pred: usize,
    /// How many predictions are correct.
    pub correct: usize,
}

impl Counts {
    /// Precision: correct / predicted (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.pred)
    }

    /// Recall: correct / gold (0 when there is no gold).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Adds another count to this one.
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.pred += other.pred;
        self.correct += other.correct;
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of `p` and `r`, or 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// A labelled span in token units: tokens `start..end` of a document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The type: "PER", "ORG", "LOC", "MISC".
    pub label: String,
}

/// A predicted mention: its token span, or `None` when it does not line up
/// with gold token boundaries (then it can never be correct).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicted {
    /// The token span, when the mention starts and ends on token boundaries.
    pub span: Option<(usize, usize)>,
    /// The type.
    pub label: String,
}

/// Per-type counts of a NER evaluation, micro-averaged on demand.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NerCounts {
    /// Counts per type label.
    pub per_type: BTreeMap<String, Counts>,
}

impl NerCounts {
    /// Scores one document's predictions against its gold chunks, exact
    /// span and type, as conlleval does. Duplicate predictions (same span,
    /// same type) count once.
    pub fn score(gold: &[Chunk], pred: &[Predicted]) -> NerCounts {
        let mut counts = NerCounts::default();
        let gold_set: HashSet<(usize, usize, &str)> = gold
            .iter()
            .map(|c| (c.start, c.end, c.label.as_str()))
            .collect();
        for label in gold_set.iter().map(|g| g.2) {
            counts.entry(label).gold += 1;
        }
        let mut seen: HashSet<(Option<(usize, usize)>, &str)> = HashSet::new();
        for p in pred {
            if p.span.is_some() && !seen.insert((p.span, p.label.as_str())) {
                continue;
            }
            let entry = counts.entry(&p.label);
            entry.pred += 1;
            if let Some((s, e)) = p.span {
                if gold_set.contains(&(s, e, p.label.as_str())) {
                    entry.correct += 1;
                }
            }
        }
        counts
    }

    fn entry(&mut self, label: &str) -> &mut Counts {
        self.per_type.entry(label.to_string()).or_default()
    }

    /// Adds another document's counts.
    pub fn add(&mut self, other: &NerCounts) {
        for (label, c) in &other.per_type {
            self.entry(label).add(*c);
        }
    }

    /// Micro-averaged counts over every type.
    pub fn overall(&self) -> Counts {
        self.over(|_| true)
    }

    /// Micro-averaged counts over the types `keep` accepts.
    pub fn over(&self, keep: impl Fn(&str) -> bool) -> Counts {
        let mut total = Counts::default();
        for (label, c) in &self.per_type {
            if keep(label) {
                total.add(*c);
            }
        }
        total
    }
}

/// Decodes a sentence's IOB tags (IOB1 or IOB2) into chunks, exactly as
/// conlleval does: a chunk starts at `B-X`, or at `I-X` after `O` or after
/// a chunk of another type; it ends before `O`, `B-*` or a change of type.
/// `offset` is the index of the sentence's first token in the document.
/// Tags other than `O`, `B-X` and `I-X` must have been mapped to `O` first.
pub fn chunks(tags: &[&str], offset: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, label) = match tag.split_once('-') {
            Some((p @ ("B" | "I"), l)) if !l.is_empty() => (p, l),
            _ => ("O", ""),
        };
        let continues = matches!(open, Some((_, l)) if prefix == "I" && l == label);
        if !continues {
            if let Some((start, l)) = open.take() {
                out.push(Chunk {
                    start: offset + start,
                    end: offset + i,
                    label: l.to_string(),
                });
            }
            if prefix != "O" {
                open = Some((i, label));
            }
        }
    }
    if let Some((start, l)) = open {
        out.push(Chunk {
            start: offset + start,
            end: offset + tags.len(),
            label: l.to_string(),
        });
    }
    out
}

/// A temporal expression: a byte span of the document text, a TIMEX3 type
/// and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimexSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// "DATE", "TIME", "DURATION", "SET".
    pub kind: String,
    /// The TIMEX3 value; empty when the gold has none (ILTIMEX).
    pub value: String,
}

/// A gold timex and the prediction matched to it (relaxed), if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimexPair {
    /// Index into the gold list.
    pub gold: usize,
    /// Index into the predicted list.
    pub pred: usize,
}

/// TempEval-3-style counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TimexCounts {
    /// Gold timexes.
    pub gold: usize,
    /// Predicted timexes.
    pub pred: usize,
    /// Predictions whose span equals a gold span exactly.
    pub strict: usize,
    /// One-to-one pairs of overlapping gold and predicted spans.
    pub relaxed: usize,
    /// Relaxed pairs whose values agree.
    pub value: usize,
    /// Relaxed pairs whose values agree, or whose predicted value fills in
    /// what the gold's leaves open (see [`refines`]).
    pub value_or_finer: usize,
    /// Relaxed pairs whose types agree.
    pub kind: usize,
}

impl TimexCounts {
    /// Strict span counts.
    pub fn strict(&self) -> Counts {
        Counts {
            gold: self.gold,
            pred: self.pred,
            correct: self.strict,
        }
    }

    /// Relaxed (overlap) span counts.
    pub fn relaxed(&self) -> Counts {
        Counts {
            gold: self.gold,
            pred: self.pred,
            correct: self.relaxed,
        }
    }

    /// Value accuracy on relaxed-matched pairs.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value, self.relaxed)
    }

    /// TempEval-3's value F1: value accuracy × relaxed F1 (equivalently the
    /// F1 of value-correct pairs over predicted and gold counts).
    pub fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed().f1()
    }

    /// Value F1 counting as right a prediction that fills in what the
    /// gold's value leaves open: a diagnostic beside
    /// [`TimexCounts::value_f1`], never instead of it.
    pub fn value_or_finer_f1(&self) -> f64 {
        ratio(self.value_or_finer, self.relaxed) * self.relaxed().f1()
    }

    /// Type accuracy on relaxed-matched pairs.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.kind, self.relaxed)
    }

    /// Adds another document's counts.
    pub fn add(&mut self, o: TimexCounts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.value_or_finer += o.value_or_finer;
        self.kind += o.kind;
    }
}

/// Scores one document's timexes. Spans are compared on byte offsets of the
/// same text. Strict: the predicted span equals a gold span. Relaxed: gold
/// and predicted spans overlap, paired one-to-one in text order (each gold
/// takes the first unpaired prediction overlapping it). Returns the counts
/// and the relaxed pairs (for error reports).
pub fn score_timexes(gold: &[TimexSpan], pred: &[TimexSpan]) -> (TimexCounts, Vec<TimexPair>) {
    let mut g: Vec<usize> = (0..gold.len()).collect();
    g.sort_by_key(|&i| (gold[i].start, gold[i].end));
    let mut p: Vec<usize> = (0..pred.len()).collect();
    p.sort_by_key(|&i| (pred[i].start, pred[i].end));

    let gold_spans: HashSet<(usize, usize)> = gold.iter().map(|t| (t.start, t.end)).collect();
    let mut strict_seen = HashSet::new();
    let strict = pred
        .iter()
        .filter(|t| gold_spans.contains(&(t.start, t.end)) && strict_seen.insert((t.start, t.end)))
        .count();

    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    // `lo`: the first prediction (in start order) that may still pair with
    // this or a later gold span. Predictions at the front that are used, or
    // end before the current gold starts, never can: gold spans are sorted
    // by start.
    let mut lo = 0;
    for &gi in &g {
        let gs = &gold[gi];
        while lo < p.len() && (pred[p[lo]].end <= gs.start || used[p[lo]]) {
            lo += 1;
        }
        let mut k = lo;
        while k < p.len() && pred[p[k]].start < gs.end {
            let pi = p[k];
            if !used[pi] && overlaps(gs, &pred[pi]) {
                used[pi] = true;
                pairs.push(TimexPair { gold: gi, pred: pi });
                break;
            }
            k += 1;
        }
    }
    let mut counts = TimexCounts {
        gold: gold.len(),
        pred: pred.len(),
        strict,
        relaxed: pairs.len(),
        ..TimexCounts::default()
    };
    for pair in &pairs {
        let (gs, ps) = (&gold[pair.gold], &pred[pair.pred]);
        if !gs.value.is_empty() && gs.value.eq_ignore_ascii_case(&ps.value) {
            counts.value += 1;
        }
        if !gs.value.is_empty() && refines(&ps.value, &gs.value) {
            counts.value_or_finer += 1;
        }
        if gs.kind.eq_ignore_ascii_case(&ps.kind) {
            counts.kind += 1;
        }
    }
    (counts, pairs)
}

/// `ours` says what `gold` says, filling in what the gold leaves open:
/// "1989-W43" for "1989-WXX" (some week of 1989), "1988-Q3" for
/// "1988-QX", "1968" for "1968-XX", "196" for "196X"; or it adds a time of
/// day to the gold's date ("1999-10-24TNI" for "1999-10-24"). Dates only:
/// durations and references ("PXY", "PAST_REF") must agree exactly.
pub fn refines(ours: &str, gold: &str) -> bool {
    if ours.eq_ignore_ascii_case(gold) {
        return true;
    }
    let date = |v: &str| v.starts_with(|c: char| c.is_ascii_digit());
    if !date(ours) || !date(gold) || ours.contains('X') {
        return false;
    }
    match gold.find('X') {
        // Everything the gold says is before its first X: "1989-WXX", not
        // SynTime's "2012-10-12-WXX-5T18:00", which still says a time.
        Some(x)
            if gold[x..]
                .chars()
                .all(|c| matches!(c, 'X' | '-' | 'W' | 'Q')) =>
        {
            ours.starts_with(gold[..x].trim_end_matches(['-', 'W', 'Q']))
        }
        Some(_) => false,
        None => {
            gold.len() == 10
                && ours.len() > 10
                && ours.starts_with(gold)
                && ours.as_bytes()[10] == b'T'
        }
    }
}

fn overlaps(a: &TimexSpan, b: &TimexSpan) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags → expected chunks (start, end, label).
    type ChunkRow = (
        &'static [&'static str],
        &'static [(usize, usize, &'static str)],
    );
    /// Predictions → (gold, pred, correct), P, R, F1.
    type NerRow = (Vec<Predicted>, (usize, usize, usize), f64, f64, f64);
    /// Predictions → (strict, relaxed, value, type) matches.
    type TimexRow = (Vec<TimexSpan>, (usize, usize, usize, usize));

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn chunk(start: usize, end: usize, label: &str) -> Chunk {
        Chunk {
            start,
            end,
            label: label.to_string(),
        }
    }

    #[test]
    fn chunk_decoding_follows_conlleval() {
        // (tags, expected chunks)
        let table: &[ChunkRow] = &[
            // IOB1: I- opens a chunk after O; B- only separates same-type neighbours.
            (&["I-PER", "I-PER", "O"], &[(0, 2, "PER")]),
            (
                &["I-PER", "I-PER", "B-PER"],
                &[(0, 2, "PER"), (2, 3, "PER")],
            ),
            (&["I-LOC", "I-ORG"], &[(0, 1, "LOC"), (1, 2, "ORG")]),
            (
                &["O", "I-MISC", "I-MISC", "O", "I-MISC"],
                &[(1, 3, "MISC"), (4, 5, "MISC")],
            ),
            // IOB2.
            (
                &["B-PER", "I-PER", "B-LOC", "O"],
                &[(0, 2, "PER"), (2, 3, "LOC")],
            ),
            (&["B-PER", "B-PER"], &[(0, 1, "PER"), (1, 2, "PER")]),
            // An I- of another type after B- opens a new chunk (conlleval).
            (&["B-PER", "I-LOC"], &[(0, 1, "PER"), (1, 2, "LOC")]),
            // Malformed tags are O.
            (
                &["-", "B-PER", "-NETI", "I-PER"],
                &[(1, 2, "PER"), (3, 4, "PER")],
            ),
            (&[], &[]),
            (&["O", "O"], &[]),
        ];
        for (tags, want) in table {
            let got = chunks(tags, 10);
            let want: Vec<Chunk> = want
                .iter()
                .map(|&(s, e, l)| chunk(s + 10, e + 10, l))
                .collect();
            assert_eq!(got, want, "tags {tags:?}");
        }
    }

    #[test]
    fn ner_scores_exact_span_and_type() {
        let gold = vec![
            chunk(0, 2, "PER"),
            chunk(3, 4, "LOC"),
            chunk(5, 6, "ORG"),
            chunk(8, 9, "MISC"),
        ];
        let pred = |s: Option<(usize, usize)>, l: &str| Predicted {
            span: s,
            label: l.to_string(),
        };
        // (predictions, expected overall (gold, pred, correct), P, R, F1)
        let table: Vec<NerRow> = vec![
            (vec![], (4, 0, 0), 0.0, 0.0, 0.0),
            (
                vec![
                    pred(Some((0, 2)), "PER"),
                    pred(Some((3, 4)), "LOC"),
                    pred(Some((5, 6)), "ORG"),
                    pred(Some((8, 9)), "MISC"),
                ],
                (4, 4, 4),
                1.0,
                1.0,
                1.0,
            ),
            // Wrong type, partial span, unaligned and spurious: all wrong.
            (
                vec![
                    pred(Some((0, 2)), "PER"),
                    pred(Some((3, 4)), "ORG"),
                    pred(Some((5, 7)), "ORG"),
                    pred(None, "MISC"),
                ],
                (4, 4, 1),
                0.25,
                0.25,
                0.25,
            ),
            // Duplicates count once.
            (
                vec![pred(Some((0, 2)), "PER"), pred(Some((0, 2)), "PER")],
                (4, 1, 1),
                1.0,
                0.25,
                0.4,
            ),
            (
                vec![
                    pred(Some((0, 2)), "PER"),
                    pred(Some((3, 4)), "LOC"),
                    pred(Some((10, 11)), "LOC"),
                ],
                (4, 3, 2),
                2.0 / 3.0,
                0.5,
                4.0 / 7.0,
            ),
        ];
        for (i, (preds, (g, p, c), want_p, want_r, want_f)) in table.into_iter().enumerate() {
            let counts = NerCounts::score(&gold, &preds);
            let o = counts.overall();
            assert_eq!((o.gold, o.pred, o.correct), (g, p, c), "row {i}");
            assert!(close(o.precision(), want_p), "row {i} P {}", o.precision());
            assert!(close(o.recall(), want_r), "row {i} R {}", o.recall());
            assert!(close(o.f1(), want_f), "row {i} F1 {}", o.f1());
        }
    }

    #[test]
    fn ner_per_type_and_subsets() {
        let gold = vec![chunk(0, 1, "PER"), chunk(2, 3, "MISC"), chunk(4, 5, "LOC")];
        let preds = vec![
            Predicted {
                span: Some((0, 1)),
                label: "PER".into(),
            },
            Predicted {
                span: Some((2, 3)),
                label: "MISC".into(),
            },
            Predicted {
                span: Some((6, 7)),
                label: "MISC".into(),
            },
        ];
        let mut total = NerCounts::default();
        total.add(&NerCounts::score(&gold, &preds));
        total.add(&NerCounts::score(&gold, &preds));
        let per = &total.per_type["PER"];
        assert_eq!((per.gold, per.pred, per.correct), (2, 2, 2));
        let misc = &total.per_type["MISC"];
        assert_eq!((misc.gold, misc.pred, misc.correct), (2, 4, 2));
        let pol = total.over(|l| l != "MISC");
        assert_eq!((pol.gold, pol.pred, pol.correct), (4, 2, 2));
        assert!(close(pol.f1(), 2.0 * 1.0 * 0.5 / 1.5));
    }

    fn tx(start: usize, end: usize, kind: &str, value: &str) -> TimexSpan {
        TimexSpan {
            start,
            end,
            kind: kind.to_string(),
            value: value.to_string(),
        }
    }

    #[test]
    fn timex_strict_relaxed_value() {
        let gold = vec![
            tx(0, 10, "DATE", "1998-01-08"),
            tx(20, 25, "DURATION", "P1W"),
            tx(40, 50, "DATE", "1997"),
            tx(60, 70, "TIME", "1998-01-08T15:00"),
        ];
        // (predictions, (strict, relaxed, value, kind))
        let table: Vec<TimexRow> = vec![
            (vec![], (0, 0, 0, 0)),
            (gold.clone(), (4, 4, 4, 4)),
            // Overlaps but not exact; wrong value; wrong type; a false alarm.
            (
                vec![
                    tx(3, 10, "DATE", "1998-01-08"),
                    tx(20, 25, "DURATION", "P2W"),
                    tx(45, 47, "DURATION", "1997"),
                    tx(80, 85, "DATE", "1999"),
                ],
                (1, 3, 2, 2),
            ),
            // One prediction overlapping two gold spans pairs with one only.
            (vec![tx(5, 22, "DATE", "1998-01-08")], (0, 1, 1, 1)),
            // Two predictions inside one gold span: one pair, one false alarm.
            (
                vec![tx(0, 3, "DATE", "1998-01-08"), tx(4, 9, "DATE", "XXXX")],
                (0, 1, 1, 1),
            ),
        ];
        for (i, (pred, (s, r, v, k))) in table.into_iter().enumerate() {
            let (c, pairs) = score_timexes(&gold, &pred);
            assert_eq!(
                (c.strict, c.relaxed, c.value, c.kind),
                (s, r, v, k),
                "row {i}"
            );
            assert_eq!(pairs.len(), r);
            assert_eq!((c.gold, c.pred), (4, pred.len()));
        }
    }

    #[test]
    fn a_finer_value_refines_an_open_one() {
        for (ours, gold) in [
            ("1989-W43", "1989-WXX"),
            ("1968", "1968-XX"),
            ("196", "196X"),
            ("1988-Q3", "1988-QX"),
            ("1999-10-24TNI", "1999-10-24"),
            ("2000-04-04T09:00", "2000-04-04"),
            ("2025-12-04", "2025-12-04"),
        ] {
            assert!(refines(ours, gold), "{ours} refines {gold}");
        }
        for (ours, gold) in [
            ("1989-W43", "1990-WXX"),
            ("1989-WXX", "1989-W43"),
            ("PAST_REF", "PXY"),
            ("P1Y", "PXY"),
            ("1999-10-24", "1999-10-24TNI"),
            ("1999-10-25TNI", "1999-10-24"),
            ("1989", "1989-10"),
            ("2012-10-12", "2012-10-12-WXX-5T18:00"),
        ] {
            assert!(!refines(ours, gold), "{ours} does not refine {gold}");
        }
    }

    #[test]
    fn timex_value_f1_is_accuracy_times_relaxed_f1() {
        let c = TimexCounts {
            gold: 10,
            pred: 8,
            strict: 5,
            relaxed: 8,
            value: 6,
            value_or_finer: 7,
            kind: 7,
        };
        // Relaxed P = 1, R = 0.8, F1 = 0.888…; value acc = 0.75.
        assert!(close(c.relaxed().f1(), 16.0 / 18.0));
        assert!(close(c.value_accuracy(), 0.75));
        assert!(close(c.value_f1(), 0.75 * 16.0 / 18.0));
        // Same as F1 over value-correct pairs: P = 6/8, R = 6/10.
        assert!(close(c.value_f1(), f1(0.75, 0.6)));
        assert!(close(c.value_or_finer_f1(), f1(7.0 / 8.0, 0.7)));
        assert!(close(c.type_accuracy(), 7.0 / 8.0));
        assert!(close(c.strict().f1(), f1(5.0 / 8.0, 0.5)));
    }

    #[test]
    fn empty_gold_values_never_match() {
        let gold = vec![tx(0, 5, "DATE", "")];
        let pred = vec![tx(0, 5, "DATE", "")];
        let (c, _) = score_timexes(&gold, &pred);
        assert_eq!((c.strict, c.relaxed, c.value, c.kind), (1, 1, 0, 1));
    }
}
