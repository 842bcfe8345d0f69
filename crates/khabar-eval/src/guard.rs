//! The regression guard: a fixed subset of every set, scored and compared
//! with the committed baseline `tests/eval/baseline.json`.
//!
//! A figure that drops more than [`TOLERANCE`] below its baseline fails the
//! guard, and so does any document the pipeline refuses or panics on. The
//! baseline moves only on purpose: `khabar-eval baseline --write`, committed
//! on its own with the reason in the message.

use crate::report::SetReport;
use crate::run::{self, RunOptions, Set};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How far (absolute, 0..1) a figure may fall below its baseline.
pub const TOLERANCE: f64 = 0.01;

/// The subset: the first this many documents of each set (sentences for
/// the Hindi NER sets, held-out ones for HiNER). A few thousand words
/// each, so the guard runs in seconds in a release build.
pub const SUBSET: [(Set, usize); 7] = [
    (Set::Conll, 50),
    (Set::Ilner, 400),
    (Set::Hiner, 400),
    (Set::Tempeval, 40),
    (Set::Wikiwars, 3),
    (Set::Tweets, 250),
    (Set::Iltimex, 50),
];

/// The committed baseline file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// What the file is and how to update it.
    pub about: String,
    /// The day the figures were measured (UTC, `YYYY-MM-DD`).
    pub measured: String,
    /// The subset: documents per set.
    pub subset: BTreeMap<String, usize>,
    /// The tolerance the guard applies.
    pub tolerance: f64,
    /// Figure name → value (0..1).
    pub figures: BTreeMap<String, f64>,
}

/// Where the baseline lives: `tests/eval/baseline.json` in the repository.
pub fn baseline_path() -> PathBuf {
    run::repo_root()
        .join("tests")
        .join("eval")
        .join("baseline.json")
}

/// What measuring the subset gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measured {
    /// The figures, by name.
    pub figures: BTreeMap<String, f64>,
    /// The per-set reports.
    pub reports: Vec<SetReport>,
    /// Sets whose data is absent.
    pub skipped: Vec<&'static str>,
}

/// Runs the subset of every set whose data is under `data`.
pub fn measure(data: &Path) -> Result<Measured, String> {
    let mut out = Measured::default();
    for (set, n) in SUBSET {
        if !set.available(data) {
            out.skipped.push(set.name());
            continue;
        }
        let r = run::run(
            set,
            data,
            &RunOptions {
                limit: Some(n),
                errors: 0,
            },
        )?;
        let report = SetReport::new(&r);
        out.figures.extend(report.figures());
        out.reports.push(report);
    }
    Ok(out)
}

/// How one figure compares with its baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Within tolerance.
    Held,
    /// Better than the baseline by more than the tolerance: time to update it.
    Improved,
    /// Worse than the baseline by more than the tolerance: the guard fails.
    Dropped,
    /// In the baseline, not measured now (its data is absent).
    NotMeasured,
    /// Measured now, not in the baseline yet.
    New,
}

/// One figure's comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The figure's name.
    pub name: String,
    /// Its baseline value.
    pub baseline: Option<f64>,
    /// Its value now.
    pub current: Option<f64>,
    /// The verdict.
    pub status: Status,
}

/// Compares current figures with the baseline's.
pub fn compare(
    baseline: &BTreeMap<String, f64>,
    current: &BTreeMap<String, f64>,
    tolerance: f64,
) -> Vec<Finding> {
    let mut names: Vec<&String> = baseline.keys().chain(current.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let (b, c) = (baseline.get(name).copied(), current.get(name).copied());
            let status = match (b, c) {
                (Some(b), Some(c)) if c < b - tolerance - 1e-9 => Status::Dropped,
                (Some(b), Some(c)) if c > b + tolerance + 1e-9 => Status::Improved,
                (Some(_), Some(_)) => Status::Held,
                (Some(_), None) => Status::NotMeasured,
                (None, _) => Status::New,
            };
            Finding {
                name: name.clone(),
                baseline: b,
                current: c,
                status,
            }
        })
        .collect()
}

/// The guard's verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Every figure's comparison.
    pub findings: Vec<Finding>,
    /// Documents the pipeline refused or panicked on.
    pub failures: Vec<String>,
    /// Sets skipped for lack of data.
    pub skipped: Vec<&'static str>,
}

impl Verdict {
    /// Whether the guard passes.
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && self.findings.iter().all(|f| f.status != Status::Dropped)
    }

    /// A table for the terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let fmt = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.4}"));
        out.push_str(&format!(
            "{:<28} {:>8} {:>8}  status\n",
            "figure", "baseline", "now"
        ));
        for f in &self.findings {
            let status = match f.status {
                Status::Held => "ok",
                Status::Improved => "improved (update the baseline)",
                Status::Dropped => "DROPPED",
                Status::NotMeasured => "not measured (no data)",
                Status::New => "new (not in the baseline)",
            };
            out.push_str(&format!(
                "{:<28} {:>8} {:>8}  {status}\n",
                f.name,
                fmt(f.baseline),
                fmt(f.current)
            ));
        }
        for s in &self.skipped {
            out.push_str(&format!(
                "skipped {s}: its data is not in the data directory\n"
            ));
        }
        for f in &self.failures {
            out.push_str(&format!("FAILURE: {f}\n"));
        }
        out
    }
}

/// Reads the baseline file.
pub fn read_baseline(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read the baseline {}: {e}; create it with `cargo run --release -p khabar-eval -- baseline --write`",
            path.display()
        )
    })?;
    serde_json::from_str(&text)
        .map_err(|e| format!("the baseline {} is not valid: {e}", path.display()))
}

/// Runs the guard: measures the subset and compares with the baseline.
pub fn check(data: &Path, baseline: &Path) -> Result<Verdict, String> {
    let base = read_baseline(baseline)?;
    let measured = measure(data)?;
    let failures = measured
        .reports
        .iter()
        .flat_map(|r| r.failures.iter().map(move |f| format!("{}: {f}", r.set)))
        .collect();
    Ok(Verdict {
        findings: compare(&base.figures, &measured.figures, base.tolerance.max(0.0)),
        failures,
        skipped: measured.skipped,
    })
}

/// Builds a baseline from measured figures.
pub fn baseline_from(measured: &Measured, today: String) -> Baseline {
    Baseline {
        about: "Regression baseline for `khabar-eval guard` (crates/khabar-eval/tests/regression.rs): figures on a fixed subset of ../shared/eval. The guard fails when a figure drops more than `tolerance` below these. Update only on purpose with `cargo run --release -p khabar-eval -- baseline --write`, in its own commit whose message says why. See docs/EVALUATION.md.".to_string(),
        measured: today,
        subset: SUBSET
            .iter()
            .filter(|(s, _)| !measured.skipped.contains(&s.name()))
            .map(|(s, n)| (s.name().to_string(), *n))
            .collect(),
        tolerance: TOLERANCE,
        figures: measured.figures.clone(),
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Days since 1970-01-01 → `YYYY-MM-DD` (proleptic Gregorian).
fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(items: &[(&str, f64)]) -> BTreeMap<String, f64> {
        items.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn drops_beyond_tolerance_fail() {
        let base = map(&[("a", 0.80), ("b", 0.80), ("c", 0.80), ("d", 0.5)]);
        let now = map(&[("a", 0.7901), ("b", 0.7899), ("c", 0.8200), ("e", 0.1)]);
        let got: Vec<(String, Status)> = compare(&base, &now, 0.01)
            .into_iter()
            .map(|f| (f.name, f.status))
            .collect();
        let want = vec![
            ("a".to_string(), Status::Held),
            ("b".to_string(), Status::Dropped),
            ("c".to_string(), Status::Improved),
            ("d".to_string(), Status::NotMeasured),
            ("e".to_string(), Status::New),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn exactly_one_point_down_holds() {
        let f = compare(&map(&[("a", 0.5)]), &map(&[("a", 0.49)]), 0.01);
        assert_eq!(f[0].status, Status::Held);
    }

    #[test]
    fn verdict_fails_on_drops_and_failures() {
        let v = Verdict {
            findings: compare(&map(&[("a", 0.5)]), &map(&[("a", 0.3)]), 0.01),
            failures: vec![],
            skipped: vec![],
        };
        assert!(!v.passed());
        assert!(v.table().contains("DROPPED"));
        let v = Verdict {
            findings: vec![],
            failures: vec!["conll: testa-1: PANIC: boom".into()],
            skipped: vec![],
        };
        assert!(!v.passed());
    }

    #[test]
    fn civil_dates() {
        let table = [
            (0, "1970-01-01"),
            (11_016, "2000-02-29"),
            (20_414, "2025-11-22"),
            (-1, "1969-12-31"),
        ];
        for (days, want) in table {
            assert_eq!(civil_from_days(days), want);
        }
    }
}
