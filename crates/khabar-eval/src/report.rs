//! Reports: terminal tables, JSON, and the flat figure map the guard reads.

use crate::run::{Example, Run, Scores, Set};
use crate::score::Counts;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Precision, recall and F1 with the counts behind them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub pred: usize,
    /// Correct predictions.
    pub correct: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl From<Counts> for Figure {
    fn from(c: Counts) -> Figure {
        Figure {
            gold: c.gold,
            pred: c.pred,
            correct: c.correct,
            precision: round(c.precision()),
            recall: round(c.recall()),
            f1: round(c.f1()),
        }
    }
}

/// NER figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NerReport {
    /// Micro-averaged over every type.
    pub overall: Figure,
    /// Micro-averaged over PER, ORG and LOC.
    pub per_org_loc: Figure,
    /// Per type.
    pub per_type: BTreeMap<String, Figure>,
}

/// TIMEX figures, TempEval-3 style.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimexReport {
    /// Exact span match.
    pub strict: Figure,
    /// Overlapping spans, one-to-one.
    pub relaxed: Figure,
    /// Value accuracy on relaxed pairs (null when the gold has no values).
    pub value_accuracy: Option<f64>,
    /// Value accuracy × relaxed F1 (null when the gold has no values).
    pub value_f1: Option<f64>,
    /// The same, counting as right a value that fills in what the gold's
    /// leaves open (a diagnostic; the targets use `value_f1`).
    pub value_or_finer_f1: Option<f64>,
    /// Type accuracy on relaxed pairs.
    pub type_accuracy: f64,
}

/// Everything measured on one set, as `--json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SetReport {
    /// The set's command-line name.
    pub set: &'static str,
    /// What the data is.
    pub title: &'static str,
    /// Which split.
    pub split: &'static str,
    /// The document limit, when only a subset ran.
    pub limit: Option<usize>,
    /// Documents analyzed.
    pub docs: usize,
    /// Words analyzed.
    pub words: usize,
    /// Seconds inside `analyze`.
    pub seconds: f64,
    /// Words per second inside `analyze`.
    pub words_per_second: f64,
    /// Documents `analyze` refused or panicked on.
    pub failures: Vec<String>,
    /// Documents whose analyzed text differed from the input.
    pub realigned: usize,
    /// The first difference seen, when some text was realigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub realigned_example: Option<String>,
    /// NER figures, for NER sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ner: Option<NerReport>,
    /// TIMEX figures, for TIMEX sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timex: Option<TimexReport>,
    /// NER error kinds and their counts.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<&'static str, usize>,
    /// Examples of misses (with `--errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub misses: Vec<Example>,
    /// Examples of false alarms (with `--errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub false_alarms: Vec<Example>,
}

/// Four decimals: enough to see a 0.01 drop, stable in a diff.
pub fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn is_pol(label: &str) -> bool {
    matches!(label, "PER" | "ORG" | "LOC")
}

impl SetReport {
    /// Summarizes a run.
    pub fn new(run: &Run) -> SetReport {
        let (ner, timex) = match &run.scores {
            Scores::Ner(c) => (
                Some(NerReport {
                    overall: c.overall().into(),
                    per_org_loc: c.over(is_pol).into(),
                    per_type: c
                        .per_type
                        .iter()
                        .map(|(l, c)| (l.clone(), Figure::from(*c)))
                        .collect(),
                }),
                None,
            ),
            Scores::Timex(c) => {
                let values = run.set != Set::Iltimex;
                (
                    None,
                    Some(TimexReport {
                        strict: c.strict().into(),
                        relaxed: c.relaxed().into(),
                        value_accuracy: values.then(|| round(c.value_accuracy())),
                        value_f1: values.then(|| round(c.value_f1())),
                        value_or_finer_f1: values.then(|| round(c.value_or_finer_f1())),
                        type_accuracy: round(c.type_accuracy()),
                    }),
                )
            }
        };
        SetReport {
            set: run.set.name(),
            title: run.set.title(),
            split: run.set.split(),
            limit: run.limit,
            docs: run.docs,
            words: run.words,
            seconds: round(run.seconds),
            words_per_second: if run.seconds > 0.0 {
                (run.words as f64 / run.seconds).round()
            } else {
                0.0
            },
            failures: run.failures.clone(),
            realigned: run.realigned,
            realigned_example: run.realigned_example.clone(),
            ner,
            timex,
            errors: run.breakdown.clone(),
            misses: run.misses.clone(),
            false_alarms: run.false_alarms.clone(),
        }
    }

    /// The figures the regression guard compares, by name
    /// (`conll.f1`, `conll.PER.f1`, `tempeval.value.f1`, …).
    pub fn figures(&self) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        let s = self.set;
        if let Some(n) = &self.ner {
            out.insert(format!("{s}.f1"), n.overall.f1);
            for (label, f) in &n.per_type {
                out.insert(format!("{s}.{label}.f1"), f.f1);
            }
            if n.per_type.contains_key("MISC") || self.set == "conll" {
                out.insert(format!("{s}.PER_ORG_LOC.f1"), n.per_org_loc.f1);
            }
        }
        if let Some(t) = &self.timex {
            out.insert(format!("{s}.strict.f1"), t.strict.f1);
            out.insert(format!("{s}.relaxed.f1"), t.relaxed.f1);
            if let Some(v) = t.value_f1 {
                out.insert(format!("{s}.value.f1"), v);
            }
            out.insert(format!("{s}.type.accuracy"), t.type_accuracy);
        }
        out
    }

    /// The header of the Markdown table that [`SetReport::markdown`] fills.
    pub fn markdown_header() -> &'static str {
        "| set | split | figure | gold | pred | P | R | F1 |\n|---|---|---|---:|---:|---:|---:|---:|\n"
    }

    /// Rows of a Markdown table (for docs/EVALUATION.md).
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let head = format!("| {} | {} ", self.title, self.split);
        let mut line = |name: &str, f: &Figure| {
            let _ = writeln!(
                out,
                "{head}| {name} | {} | {} | {:.3} | {:.3} | **{:.3}** |",
                f.gold, f.pred, f.precision, f.recall, f.f1
            );
        };
        if let Some(n) = &self.ner {
            let all = if n.per_type.contains_key("MISC") {
                "exact span+type, all types"
            } else {
                "exact span+type, PER/ORG/LOC"
            };
            line(all, &n.overall);
            if n.per_type.contains_key("MISC") {
                line("PER/ORG/LOC only", &n.per_org_loc);
            }
            for (label, f) in &n.per_type {
                line(label, f);
            }
        }
        if let Some(t) = &self.timex {
            line("strict span", &t.strict);
            line("relaxed span", &t.relaxed);
            if let (Some(a), Some(f)) = (t.value_accuracy, t.value_f1) {
                let _ = writeln!(
                    out,
                    "{head}| value (accuracy {a:.3} on relaxed matches) | | | | | **{f:.3}** |"
                );
                if let Some(x) = t.value_or_finer_f1 {
                    let _ = writeln!(
                        out,
                        "{head}| value, ours also right where it fills in what the gold leaves open (diagnostic) | | | | | {x:.3} |"
                    );
                }
            }
            let _ = writeln!(
                out,
                "{head}| type accuracy on relaxed matches | | | | | {:.3} |",
                t.type_accuracy
            );
        }
        out
    }

    /// A table for the terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let subset = match self.limit {
            Some(n) => format!(", first {n} docs"),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "{} — {} — {}{}",
            self.set, self.title, self.split, subset
        );
        let _ = writeln!(
            out,
            "{} docs, {} words, {:.2} s in analyze ({:.0} words/s)",
            self.docs, self.words, self.seconds, self.words_per_second
        );
        if let Some(n) = &self.ner {
            let _ = writeln!(
                out,
                "  {:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
                "type", "gold", "pred", "ok", "P", "R", "F1"
            );
            for (label, f) in &n.per_type {
                row(&mut out, label, f);
            }
            row(&mut out, "overall", &n.overall);
            if n.per_type.contains_key("MISC") {
                row(&mut out, "PER/ORG/LOC", &n.per_org_loc);
            }
        }
        if let Some(t) = &self.timex {
            let _ = writeln!(
                out,
                "  {:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
                "match", "gold", "pred", "ok", "P", "R", "F1"
            );
            row(&mut out, "strict", &t.strict);
            row(&mut out, "relaxed", &t.relaxed);
            match (t.value_accuracy, t.value_f1) {
                (Some(a), Some(f)) => {
                    let _ = writeln!(out, "  value        accuracy {a:.4}   value F1 {f:.4}");
                    if let Some(x) = t.value_or_finer_f1 {
                        let _ = writeln!(
                            out,
                            "               value F1 {x:.4} where ours may fill in what the gold leaves open"
                        );
                    }
                }
                _ => {
                    let _ = writeln!(out, "  value        (gold has no values)");
                }
            }
            let _ = writeln!(out, "  type         accuracy {:.4}", t.type_accuracy);
        }
        if !self.errors.is_empty() {
            let kinds: Vec<String> = self
                .errors
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            let _ = writeln!(out, "  errors: {}", kinds.join(", "));
        }
        if self.realigned > 0 {
            let _ = writeln!(
                out,
                "  note: {} docs' analyzed text differed from the input; offsets were realigned",
                self.realigned
            );
            if let Some(e) = &self.realigned_example {
                let _ = writeln!(out, "        e.g. {e}");
            }
        }
        if !self.failures.is_empty() {
            let _ = writeln!(out, "  FAILURES ({}):", self.failures.len());
            for f in self.failures.iter().take(10) {
                let _ = writeln!(out, "    {f}");
            }
        }
        examples(&mut out, "misses", &self.misses);
        examples(&mut out, "false alarms", &self.false_alarms);
        out
    }
}

fn row(out: &mut String, name: &str, f: &Figure) {
    let _ = writeln!(
        out,
        "  {:<12} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}",
        name, f.gold, f.pred, f.correct, f.precision, f.recall, f.f1
    );
}

fn examples(out: &mut String, what: &str, list: &[Example]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {what}:");
    for e in list {
        let _ = writeln!(
            out,
            "    [{}] {} ({}) {}",
            e.doc, e.label, e.note, e.context
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::NerCounts;

    #[test]
    fn figures_are_named_and_rounded() {
        let mut counts = NerCounts::default();
        counts.per_type.insert(
            "PER".into(),
            Counts {
                gold: 3,
                pred: 3,
                correct: 2,
            },
        );
        counts.per_type.insert(
            "MISC".into(),
            Counts {
                gold: 1,
                pred: 0,
                correct: 0,
            },
        );
        let run = Run {
            set: Set::Conll,
            docs: 1,
            words: 10,
            seconds: 0.5,
            scores: Scores::Ner(counts),
            failures: vec![],
            realigned: 0,
            realigned_example: None,
            misses: vec![],
            false_alarms: vec![],
            limit: None,
            breakdown: BTreeMap::new(),
        };
        let r = SetReport::new(&run);
        let f = r.figures();
        assert_eq!(f["conll.PER.f1"], 0.6667);
        assert_eq!(f["conll.MISC.f1"], 0.0);
        // overall: P 2/3, R 2/4 → F1 4/7.
        assert_eq!(f["conll.f1"], 0.5714);
        assert_eq!(f["conll.PER_ORG_LOC.f1"], 0.6667);
        assert!(r.table().contains("PER/ORG/LOC"));
    }
}
