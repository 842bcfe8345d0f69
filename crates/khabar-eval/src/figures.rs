//! The figures set: money, percentages, quantities and counts marked by
//! hand in 40 English (`en-indian-news/val_1k.csv`) and 20 Hindi
//! (`hi-news-2020`) articles (`data/figures/README.md` has the conventions).
//!
//! Why a scorer of its own: a figure is right only when its number is, so
//! span F1 alone would hide a stage that finds "Rs 1,500 crore" but reads
//! it as 1,500. Spans are scored relaxed (any overlap, one-to-one) and
//! strict (exact); on the relaxed matches we count how often the value is
//! within 0.5% with the same unit (and the same range end when gold has
//! one), and how often the kind agrees.
//!
//! The analysis is read through `serde_json` (`["figures"]`), not through a
//! typed field, so that this scorer builds and runs (scoring zero) before
//! the core's `figures` stage exists, and keeps working when the stage adds
//! fields. Offsets are the core's: bytes into `Analysis::text` (a prediction
//! whose `text` only fits code points is read as code points).
//!
//! The article texts stay in the corpus (as for `en-indian`); each line is
//! checked against its SHA-1, every gold span against the article slice, and
//! gold spans must not overlap. Errors are only ever listed from the dev
//! half (`a-dev.jsonl`); the test half (`b-test.jsonl`) is frozen.

use crate::align::Aligner;
use crate::indian::{self, Corpus, Half};
use crate::run::{analyze_doc, context, spread, Example};
use crate::score::{f1, ratio};
use khabar_core::{Analysis, Document, LangHint};
use serde::{Deserialize, Serialize};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The kinds a figure can have.
pub const KINDS: [&str; 4] = ["money", "percent", "quantity", "count"];

/// A value is right when it is within this share of the gold value.
pub const VALUE_TOLERANCE: f64 = 0.005;

/// The folder of the annotation files.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("figures")
}

/// One annotation line as written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Line {
    /// Corpus file, relative to the corpus folder.
    pub source: String,
    /// 0-based data row of a CSV source.
    #[serde(default)]
    pub row: Option<usize>,
    /// First code point of the article in a text source.
    #[serde(default)]
    pub start: Option<usize>,
    /// One past the last code point of the article in a text source.
    #[serde(default)]
    pub end: Option<usize>,
    /// `en` or `hi`.
    pub lang: String,
    /// SHA-1 of the article text (UTF-8), lowercase hex.
    pub sha1: String,
    /// The article's date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// The figures, code-point offsets into the article, in text order.
    pub figures: Vec<LineFigure>,
}

/// One gold figure as written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct LineFigure {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text, which must equal the article's code points `start..end`.
    pub text: String,
    /// money, percent, quantity or count.
    pub kind: String,
    /// The number, scale applied ("Rs 1,500 crore" is 1.5e10).
    pub value: f64,
    /// ISO 4217 code, unit symbol, or null.
    #[serde(default)]
    pub unit: Option<String>,
    /// An approximator stands before it ("about", "करीब").
    #[serde(default)]
    pub approx: bool,
    /// The upper end of a range ("₹3,000 to ₹6,000").
    #[serde(default)]
    pub range_to: Option<f64>,
}

/// A figure ready to compare: a byte span of the article and what it says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// money, percent, quantity, count (or whatever a prediction says).
    pub kind: String,
    /// The number; `None` when a prediction has none.
    pub value: Option<f64>,
    /// The unit, if any.
    pub unit: Option<String>,
    /// The upper end of a range.
    pub range_to: Option<f64>,
}

/// The language of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Hindi.
    Hi,
}

impl Lang {
    fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "hi" => Some(Lang::Hi),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }

    fn hint(self) -> LangHint {
        match self {
            Lang::En => LangHint::En,
            Lang::Hi => LangHint::Hi,
        }
    }
}

/// An article ready to score.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// `source#row` or `source@start-end`.
    pub id: String,
    /// Its language.
    pub lang: Lang,
    /// Which half.
    pub half: Half,
    /// The article text.
    pub text: String,
    /// The reference date.
    pub date: Option<String>,
    /// Gold figures as byte spans, in text order.
    pub gold: Vec<Figure>,
}

/// What is wrong with a line's figures against its article text: a span
/// whose text is not the slice, spans that overlap or are out of order, an
/// unknown kind, a value that is not a finite number. Empty when the line is
/// sound.
pub fn check_line(line: &Line, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    let mut last_end = 0;
    for (i, f) in line.figures.iter().enumerate() {
        let slice: Option<String> = (f.start < f.end && f.end <= chars.len())
            .then(|| chars[f.start..f.end].iter().collect());
        if slice.as_deref() != Some(f.text.as_str()) {
            problems.push(format!(
                "figure {:?} at {}..{} is not the article's text there ({:?})",
                f.text,
                f.start,
                f.end,
                slice.unwrap_or_default()
            ));
        }
        if i > 0 && f.start < last_end {
            problems.push(format!(
                "figure {:?} at {}..{} overlaps the one before or is out of order",
                f.text, f.start, f.end
            ));
        }
        last_end = last_end.max(f.end);
        if !KINDS.contains(&f.kind.as_str()) {
            problems.push(format!("figure {:?}: unknown kind {:?}", f.text, f.kind));
        }
        if !f.value.is_finite() || f.range_to.is_some_and(|r| !r.is_finite()) {
            problems.push(format!("figure {:?}: value is not a number", f.text));
        }
    }
    problems
}

/// Turns a line into an article: checks the hash, the language and every
/// figure ([`check_line`]); maps code points to bytes. A line with any
/// problem is skipped whole (a half-checked article would score against a
/// gold that is known to be wrong).
pub fn article(
    line: &Line,
    text: String,
    half: Half,
    problems: &mut Vec<String>,
) -> Option<Article> {
    let id = match (line.row, line.start, line.end) {
        (Some(r), ..) => format!("{}#{r}", line.source),
        (_, Some(s), Some(e)) => format!("{}@{s}-{e}", line.source),
        _ => line.source.clone(),
    };
    let sha = indian::sha1_hex(text.as_bytes());
    if !sha.eq_ignore_ascii_case(&line.sha1) {
        problems.push(format!(
            "{id}: skipped, the article's SHA-1 is {sha}, the annotation was made on {}",
            line.sha1
        ));
        return None;
    }
    let Some(lang) = Lang::parse(&line.lang) else {
        problems.push(format!("{id}: skipped, unknown lang {:?}", line.lang));
        return None;
    };
    let found = check_line(line, &text);
    if !found.is_empty() {
        for p in found {
            problems.push(format!("{id}: {p}"));
        }
        problems.push(format!("{id}: skipped, its figures do not fit the text"));
        return None;
    }
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let gold = line
        .figures
        .iter()
        .filter_map(|f| {
            Some(Figure {
                start: *bytes.get(f.start)?,
                end: *bytes.get(f.end)?,
                kind: f.kind.clone(),
                value: Some(f.value),
                unit: f.unit.clone(),
                range_to: f.range_to,
            })
        })
        .collect();
    Some(Article {
        id,
        lang,
        half,
        text,
        date: line.date.clone(),
        gold,
    })
}

/// Loads every `*dev.jsonl` and `*test.jsonl` of `folder`, dev first.
/// Returns the articles and the messages about what was skipped.
pub fn load(folder: &Path, corpus: &mut Corpus) -> Result<(Vec<Article>, Vec<String>), String> {
    let files = indian::half_files(folder)?;
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for (half, name, path) in files {
        let body = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, raw) in body.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            let line: Line = serde_json::from_str(raw)
                .map_err(|e| format!("{name}:{}: not a figures line: {e}", n + 1))?;
            let key = indian::Line {
                source: line.source.clone(),
                row: line.row,
                start: line.start,
                end: line.end,
                sha1: line.sha1.clone(),
                date: line.date.clone(),
                entities: Vec::new(),
            };
            match corpus.article(&key) {
                Ok(text) => {
                    if let Some(a) = article(&line, text, half, &mut problems) {
                        articles.push(a);
                    }
                }
                Err(e) => problems.push(format!("{name}:{}: skipped: {e}", n + 1)),
            }
        }
    }
    Ok((articles, problems))
}

/// The figures of the analysis, read through JSON: `Ok(None)` when the
/// analysis has no `figures` field (the stage is not there yet). Spans are
/// byte offsets into `analysis.text`; a figure whose `text` fits only as
/// code points is read as code points; one that fits neither is reported.
pub fn predicted(analysis: &Analysis) -> Result<Option<Vec<Figure>>, String> {
    let value = serde_json::to_value(analysis).map_err(|e| format!("cannot serialize: {e}"))?;
    match value.get("figures") {
        None => Ok(None),
        Some(list) => figures_from_json(list, &analysis.text).map(Some),
    }
}

/// Reads a JSON list of figures whose offsets point into `text` (see
/// [`predicted`]).
pub fn figures_from_json(list: &serde_json::Value, text: &str) -> Result<Vec<Figure>, String> {
    let list = list
        .as_array()
        .ok_or("`figures` is not an array".to_string())?;
    let byte_of_char: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = Vec::new();
    for f in list {
        let num = |k: &str| f.get(k).and_then(|v| v.as_u64()).map(|v| v as usize);
        let (Some(s), Some(e)) = (num("start"), num("end")) else {
            return Err(format!("a figure without start/end: {f}"));
        };
        let said = f.get("text").and_then(|t| t.as_str());
        let as_bytes = text.get(s..e).filter(|t| said.is_none_or(|x| x == *t));
        let span = if as_bytes.is_some() {
            (s, e)
        } else {
            match (byte_of_char.get(s), byte_of_char.get(e)) {
                (Some(&bs), Some(&be))
                    if bs <= be && said.is_none_or(|x| text.get(bs..be) == Some(x)) =>
                {
                    (bs, be)
                }
                _ => return Err(format!("figure {f} does not fit the analysis text")),
            }
        };
        out.push(Figure {
            start: span.0,
            end: span.1,
            kind: f
                .get("kind")
                .and_then(|k| k.as_str())
                .unwrap_or("")
                .to_string(),
            value: f.get("value").and_then(|v| v.as_f64()),
            unit: f
                .get("unit")
                .and_then(|u| u.as_str())
                .map(|u| u.to_string()),
            range_to: f.get("range_to").and_then(|v| v.as_f64()),
        });
    }
    Ok(out)
}

/// Counts of one article or one half.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FigCounts {
    /// Gold figures.
    pub gold: usize,
    /// Predicted figures.
    pub pred: usize,
    /// Gold figures with a prediction on exactly their span.
    pub strict: usize,
    /// Gold figures paired with an overlapping prediction (one-to-one).
    pub relaxed: usize,
    /// Relaxed pairs whose value, unit and range end are right.
    pub value_ok: usize,
    /// Relaxed pairs whose kind is right.
    pub kind_ok: usize,
}

impl FigCounts {
    /// Adds another count to this one.
    pub fn add(&mut self, o: FigCounts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value_ok += o.value_ok;
        self.kind_ok += o.kind_ok;
    }

    /// (P, R, F1) of relaxed (overlapping) spans.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        prf(self.relaxed, self.pred, self.gold)
    }

    /// (P, R, F1) of strict (exact) spans.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        prf(self.strict, self.pred, self.gold)
    }

    /// Share of relaxed pairs with the right value, unit and range end.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_ok, self.relaxed)
    }

    /// Share of relaxed pairs with the right kind.
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_ok, self.relaxed)
    }
}

fn prf(right: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(right, pred), ratio(right, gold));
    (p, r, f1(p, r))
}

/// Whether `got` is within [`VALUE_TOLERANCE`] of `want`.
pub fn close(want: f64, got: f64) -> bool {
    (got - want).abs() <= VALUE_TOLERANCE * want.abs()
}

/// Whether a prediction says what the gold figure says: value within
/// 0.5%, the same unit, and the same range end when gold has one.
pub fn value_right(gold: &Figure, pred: &Figure) -> bool {
    let value = matches!((gold.value, pred.value), (Some(g), Some(p)) if close(g, p));
    let range = match gold.range_to {
        Some(g) => pred.range_to.is_some_and(|p| close(g, p)),
        None => true,
    };
    value && range && same_unit(gold, pred)
}

/// Units compared as the set writes them, except that a plain percentage is
/// unit null in gold and may say "%" in a prediction: the same statement
/// (percentage points and basis points keep their units, "pp" and "bp");
/// and two spellings of one unit of measure are one unit: the set's README
/// writes litres `L` and square feet `sq ft` where `docs/schema.md` writes
/// `l` and `ft2` ([`UNIT_SPELLINGS`]).
fn same_unit(gold: &Figure, pred: &Figure) -> bool {
    fn plain(f: &Figure) -> Option<&str> {
        let unit = f.unit.as_deref();
        if f.kind == "percent" && unit == Some("%") {
            None
        } else {
            unit.map(|u| {
                UNIT_SPELLINGS
                    .iter()
                    .find(|(alt, _)| *alt == u)
                    .map_or(u, |(_, canonical)| canonical)
            })
        }
    }
    plain(gold) == plain(pred)
}

/// Spellings of one unit of measure: (spelling, the schema's symbol).
const UNIT_SPELLINGS: &[(&str, &str)] = &[("L", "l"), ("sq ft", "ft2"), ("sq km", "km2")];

/// Pairs gold and predicted figures one-to-one: overlapping spans, exact
/// spans first, then the largest overlap, then text order. Returns
/// `(gold index, predicted index)` pairs.
pub fn pair(gold: &[Figure], pred: &[Figure]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let overlap = g.end.min(p.end).saturating_sub(g.start.max(p.start));
            if overlap > 0 {
                let exact = g.start == p.start && g.end == p.end;
                candidates.push((!exact, usize::MAX - overlap, gi, pi));
            }
        }
    }
    candidates.sort();
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, _, gi, pi) in candidates {
        if !gold_used[gi] && !pred_used[pi] {
            gold_used[gi] = true;
            pred_used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs.sort();
    pairs
}

/// Scores one article.
pub fn score(gold: &[Figure], pred: &[Figure]) -> FigCounts {
    let mut c = FigCounts {
        gold: gold.len(),
        pred: pred.len(),
        ..FigCounts::default()
    };
    for (gi, pi) in pair(gold, pred) {
        let (g, p) = (&gold[gi], &pred[pi]);
        c.relaxed += 1;
        c.strict += usize::from(g.start == p.start && g.end == p.end);
        c.value_ok += usize::from(value_right(g, p));
        c.kind_ok += usize::from(g.kind == p.kind);
    }
    c
}

/// The figures of one language and half.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// en or hi.
    pub lang: Lang,
    /// dev or test.
    pub half: Half,
    /// Articles scored.
    pub docs: usize,
    /// The counts.
    pub counts: FigCounts,
}

/// The outcome of a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FiguresRun {
    /// Per language and half: en dev, en test, hi dev, hi test.
    pub rows: Vec<Row>,
    /// Whether the analysis had a `figures` field at all.
    pub stage_present: bool,
    /// Skipped lines, analyze failures, predictions that do not fit.
    pub problems: Vec<String>,
    /// Gold figures with no overlapping prediction (dev half only).
    pub misses: Vec<Example>,
    /// Predictions overlapping no gold figure (dev half only).
    pub false_alarms: Vec<Example>,
    /// Paired figures with a wrong value, unit, range or kind (dev half only).
    pub value_errors: Vec<Example>,
}

fn describe(f: &Figure) -> String {
    let mut s = f.kind.clone();
    match f.value {
        Some(v) => {
            let _ = write!(s, " {v}");
        }
        None => s.push_str(" (no value)"),
    }
    if let Some(r) = f.range_to {
        let _ = write!(s, "..{r}");
    }
    if let Some(u) = &f.unit {
        let _ = write!(s, " {u}");
    }
    s
}

/// Runs khabar over the articles and scores each language and half. `errors`
/// examples of each error kind are kept, from dev articles only.
pub fn run_articles(articles: &[Article], errors: usize) -> FiguresRun {
    let mut rows: Vec<Row> = [Lang::En, Lang::Hi]
        .into_iter()
        .flat_map(|lang| {
            [Half::Dev, Half::Test].map(|half| Row {
                lang,
                half,
                docs: 0,
                counts: FigCounts::default(),
            })
        })
        .collect();
    let mut out = FiguresRun {
        rows: Vec::new(),
        stage_present: false,
        problems: Vec::new(),
        misses: Vec::new(),
        false_alarms: Vec::new(),
        value_errors: Vec::new(),
    };
    for a in articles {
        let mut input = Document::text(a.text.clone())
            .with_id(a.id.clone())
            .with_lang(a.lang.hint());
        if let Some(d) = &a.date {
            input = input.with_date(d.clone());
        }
        let preds = match analyze_doc(&input).and_then(|an| Ok((predicted(&an)?, an))) {
            Ok((Some(list), an)) => {
                out.stage_present = true;
                let aligner = Aligner::new(&an.text, &a.text);
                list.into_iter()
                    .map(|f| Figure {
                        start: aligner.start(f.start),
                        end: aligner.end(f.end),
                        ..f
                    })
                    .collect()
            }
            Ok((None, _)) => Vec::new(),
            Err(e) => {
                out.problems.push(format!("{}: {e}", a.id));
                Vec::new()
            }
        };
        let counts = score(&a.gold, &preds);
        if let Some(row) = rows
            .iter_mut()
            .find(|r| r.lang == a.lang && r.half == a.half)
        {
            row.docs += 1;
            row.counts.add(counts);
        }
        if a.half == Half::Dev && errors > 0 {
            collect_errors(a, &preds, &mut out);
        }
    }
    out.rows = rows;
    out.misses = spread(&out.misses, errors);
    out.false_alarms = spread(&out.false_alarms, errors);
    out.value_errors = spread(&out.value_errors, errors);
    out
}

fn collect_errors(a: &Article, preds: &[Figure], out: &mut FiguresRun) {
    let pairs = pair(&a.gold, preds);
    let example = |f: &Figure, label: String, note: String| Example {
        doc: a.id.clone(),
        context: context(&a.text, f.start, f.end),
        label,
        note,
    };
    for (gi, g) in a.gold.iter().enumerate() {
        match pairs.iter().find(|(x, _)| *x == gi) {
            None => out
                .misses
                .push(example(g, describe(g), "not found".to_string())),
            Some(&(_, pi)) => {
                let p = &preds[pi];
                if !value_right(g, p) || g.kind != p.kind {
                    let span = if (g.start, g.end) == (p.start, p.end) {
                        String::new()
                    } else {
                        format!(" on {:?}", a.text.get(p.start..p.end).unwrap_or(""))
                    };
                    out.value_errors.push(example(
                        g,
                        describe(g),
                        format!("predicted {}{span}", describe(p)),
                    ));
                }
            }
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !pairs.iter().any(|(_, x)| *x == pi) {
            out.false_alarms
                .push(example(p, describe(p), "not in gold".to_string()));
        }
    }
}

/// Loads and runs the set; `Ok(None)` (with a message on stderr) when the
/// corpus or the annotations are absent.
pub fn run(corpus_dir: &Path, errors: usize) -> Result<Option<FiguresRun>, String> {
    let folder = folder();
    if !corpus_dir.is_dir() {
        eprintln!(
            "khabar-eval: skipped figures: no corpus at {} (set KHABAR_CORPUS)",
            corpus_dir.display()
        );
        return Ok(None);
    }
    let mut corpus = Corpus::new(corpus_dir.to_path_buf());
    let (articles, mut problems) = load(&folder, &mut corpus)?;
    let mut r = run_articles(&articles, errors);
    problems.append(&mut r.problems);
    r.problems = problems;
    Ok(Some(r))
}

fn half_name(h: Half) -> &'static str {
    match h {
        Half::Dev => "dev (a)",
        Half::Test => "test (b)",
    }
}

impl FiguresRun {
    /// A plain-text table, one row per language and half.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "== figures (khabar's own: money, percent, quantity, count; EN val_1k + HI hi-news-2020)"
        );
        if !self.stage_present {
            let _ = writeln!(
                out,
                "the analysis has no `figures` field yet: the stage is pending, every figure below is 0"
            );
        }
        let _ = writeln!(
            out,
            "  {:<3} {:<8} {:>4} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}",
            "lang",
            "half",
            "docs",
            "gold",
            "pred",
            "rel P",
            "rel R",
            "rel F1",
            "str P",
            "str R",
            "str F1",
            "value",
            "kind"
        );
        for r in &self.rows {
            let c = &r.counts;
            let (rp, rr, rf) = c.relaxed_prf();
            let (sp, sr, sf) = c.strict_prf();
            let _ = writeln!(
                out,
                "  {:<4} {:<8} {:>4} {:>5} {:>5} {rp:>7.4} {rr:>7.4} {rf:>7.4} {sp:>7.4} {sr:>7.4} {sf:>7.4} {:>7.4} {:>7.4}",
                r.lang.name(),
                half_name(r.half),
                r.docs,
                c.gold,
                c.pred,
                c.value_accuracy(),
                c.kind_accuracy()
            );
        }
        let _ = writeln!(
            out,
            "  (value and kind: shares of the relaxed matches; value = within 0.5%, same unit, same range end)"
        );
        if !self.problems.is_empty() {
            let _ = writeln!(out, "notes:");
            for p in &self.problems {
                let _ = writeln!(out, "  {p}");
            }
        }
        for (what, list) in [
            ("misses", &self.misses),
            ("false alarms", &self.false_alarms),
            ("value, unit or kind errors", &self.value_errors),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{what} (dev half only):");
            for e in list {
                let _ = writeln!(out, "  [{}] {} ({}) {}", e.label, e.context, e.note, e.doc);
            }
        }
        out
    }

    /// Markdown rows for `docs/EVALUATION.md`.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| lang | half | gold | relaxed P | relaxed R | relaxed F1 | strict F1 | value acc. | kind acc. |\n|---|---|---|---|---|---|---|---|---|\n",
        );
        for r in &self.rows {
            let c = &r.counts;
            let (rp, rr, rf) = c.relaxed_prf();
            let _ = writeln!(
                out,
                "| {} | {} ({} articles) | {} | {rp:.3} | {rr:.3} | **{rf:.3}** | {:.3} | {:.3} | {:.3} |",
                r.lang.name(),
                half_name(r.half),
                r.docs,
                c.gold,
                c.strict_prf().2,
                c.value_accuracy(),
                c.kind_accuracy()
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percent_sign_is_the_plain_percentage_unit() {
        let gold = fig(0, 3, "percent", 12.0, None);
        assert!(value_right(&gold, &fig(0, 3, "percent", 12.0, Some("%"))));
        assert!(value_right(&gold, &fig(0, 3, "percent", 12.0, None)));
        assert!(!value_right(&gold, &fig(0, 3, "percent", 12.0, Some("pp"))));
        let points = fig(0, 3, "percent", 2.0, Some("pp"));
        assert!(!value_right(&points, &fig(0, 3, "percent", 2.0, Some("%"))));
        // Only percentages: a count has no unit.
        let count = fig(0, 3, "count", 12.0, None);
        assert!(!value_right(&count, &fig(0, 3, "count", 12.0, Some("%"))));
    }

    #[test]
    fn two_spellings_of_one_unit_are_one_unit() {
        let litres = fig(0, 3, "quantity", 5.0, Some("L"));
        assert!(value_right(&litres, &fig(0, 3, "quantity", 5.0, Some("l"))));
        let area = fig(0, 3, "quantity", 5.0, Some("sq ft"));
        assert!(value_right(&area, &fig(0, 3, "quantity", 5.0, Some("ft2"))));
        // Different units stay different.
        assert!(!value_right(
            &area,
            &fig(0, 3, "quantity", 5.0, Some("km2"))
        ));
        assert!(!value_right(
            &litres,
            &fig(0, 3, "quantity", 5.0, Some("ml"))
        ));
    }

    fn fig(start: usize, end: usize, kind: &str, value: f64, unit: Option<&str>) -> Figure {
        Figure {
            start,
            end,
            kind: kind.to_string(),
            value: Some(value),
            unit: unit.map(str::to_string),
            range_to: None,
        }
    }

    #[test]
    fn relaxed_strict_value_and_kind_on_a_hand_made_pair() {
        // Gold: "Rs 1,500 crore" 0..14, "12.5 per cent" 20..33,
        // "40 mm" 40..45, "₹3,000 to ₹6,000" 50..70 (a range).
        let mut range = fig(50, 70, "money", 3000.0, Some("INR"));
        range.range_to = Some(6000.0);
        let gold = vec![
            fig(0, 14, "money", 1.5e10, Some("INR")),
            fig(20, 33, "percent", 12.5, None),
            fig(40, 45, "quantity", 40.0, Some("mm")),
            range,
        ];
        let pred = vec![
            // exact span, value off by 0.1%: right.
            fig(0, 14, "money", 1.5015e10, Some("INR")),
            // overlapping span ("12.5"), right value, wrong kind.
            fig(20, 24, "count", 12.5, None),
            // exact span, unit missing: value wrong.
            fig(40, 45, "quantity", 40.0, None),
            // overlapping the range, no range end: value wrong.
            fig(50, 56, "money", 3000.0, Some("INR")),
            // nothing there in gold.
            fig(80, 84, "count", 2024.0, None),
        ];
        let c = score(&gold, &pred);
        assert_eq!(
            c,
            FigCounts {
                gold: 4,
                pred: 5,
                strict: 2,
                relaxed: 4,
                value_ok: 2,
                kind_ok: 3
            }
        );
        let (p, r, f) = c.relaxed_prf();
        assert!((p - 0.8).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        assert!((f - 2.0 * 0.8 / 1.8).abs() < 1e-9);
        let (p, r, f) = c.strict_prf();
        assert!((p - 0.4).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        assert!((f - 2.0 * 0.2 / 0.9).abs() < 1e-9);
        assert!((c.value_accuracy() - 0.5).abs() < 1e-9);
        assert!((c.kind_accuracy() - 0.75).abs() < 1e-9);
    }

    #[test]
    fn one_prediction_over_two_gold_figures_pairs_once() {
        let gold = vec![
            fig(0, 5, "percent", 5.0, None),
            fig(9, 14, "percent", 7.0, None),
        ];
        let pred = vec![fig(0, 14, "percent", 5.0, None)];
        let c = score(&gold, &pred);
        assert_eq!((c.relaxed, c.strict, c.value_ok), (1, 0, 1));
    }

    #[test]
    fn a_value_half_a_percent_off_is_right_and_beyond_is_wrong() {
        assert!(close(1000.0, 1005.0));
        assert!(!close(1000.0, 1006.0));
        assert!(close(0.0, 0.0));
        assert!(!close(0.0, 0.1));
    }

    fn sample_line(figures: &str, sha1: &str, source: &str, pos: &str) -> Line {
        serde_json::from_str(&format!(
            r#"{{"source":"{source}",{pos},"lang":"en","sha1":"{sha1}","date":"2024-07-06","figures":[{figures}]}}"#
        ))
        .expect("test line parses")
    }

    #[test]
    fn the_checker_finds_a_wrong_slice_and_an_overlap() {
        let text = "₹500 and 12 per cent";
        let good = r#"{"start":0,"end":4,"text":"₹500","kind":"money","value":500,"unit":"INR"},{"start":9,"end":20,"text":"12 per cent","kind":"percent","value":12,"unit":null}"#;
        let l = sample_line(good, "x", "x.csv", r#""row":0"#);
        assert!(
            check_line(&l, text).is_empty(),
            "{:?}",
            check_line(&l, text)
        );
        let wrong = r#"{"start":1,"end":4,"text":"₹500","kind":"money","value":500}"#;
        assert_eq!(
            check_line(&sample_line(wrong, "x", "x.csv", r#""row":0"#), text).len(),
            1
        );
        let overlap = r#"{"start":0,"end":4,"text":"₹500","kind":"money","value":500},{"start":2,"end":8,"text":"00 and","kind":"money","value":1}"#;
        let found = check_line(&sample_line(overlap, "x", "x.csv", r#""row":0"#), text);
        assert!(found.iter().any(|p| p.contains("overlaps")), "{found:?}");
    }

    #[test]
    fn the_loader_reads_both_halves_from_csv_and_text_sources() {
        let dir = std::env::temp_dir().join(format!("khabar-figures-{}", std::process::id()));
        let data = dir.join("data");
        std::fs::create_dir_all(&data).expect("temp dir");
        std::fs::write(dir.join("news.csv"), "id,article\n1,\"Rs 5 crore, 3%\"\n")
            .expect("write csv");
        let hindi = "शीर्षक\nपांच फीसदी गिरावट";
        std::fs::write(dir.join("day.txt"), format!("xx\n{hindi}\n")).expect("write txt");
        let en_sha = indian::sha1_hex("Rs 5 crore, 3%".as_bytes());
        let hi_sha = indian::sha1_hex(hindi.as_bytes());
        let en = format!(
            r#"{{"source":"news.csv","row":0,"lang":"en","sha1":"{en_sha}","figures":[{{"start":0,"end":10,"text":"Rs 5 crore","kind":"money","value":5e7,"unit":"INR"}},{{"start":12,"end":14,"text":"3%","kind":"percent","value":3}}]}}"#
        );
        let hi = format!(
            r#"{{"source":"day.txt","start":3,"end":27,"lang":"hi","sha1":"{hi_sha}","date":"2020-03-01","figures":[{{"start":7,"end":17,"text":"पांच फीसदी","kind":"percent","value":5}}]}}"#
        );
        std::fs::write(data.join("a-dev.jsonl"), en + "\n").expect("write dev");
        std::fs::write(data.join("b-test.jsonl"), hi + "\n").expect("write test");
        let mut corpus = Corpus::new(dir.clone());
        let (articles, problems) = load(&data, &mut corpus).expect("loads");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(articles.len(), 2);
        assert_eq!((articles[0].half, articles[0].lang), (Half::Dev, Lang::En));
        assert_eq!((articles[1].half, articles[1].lang), (Half::Test, Lang::Hi));
        let g = &articles[1].gold[0];
        assert_eq!(&articles[1].text[g.start..g.end], "पांच फीसदी");
        assert_eq!(articles[0].gold[0].value, Some(5e7));
        assert_eq!(articles[0].gold[0].unit.as_deref(), Some("INR"));
    }

    #[test]
    fn the_committed_set_loads_whole_with_both_halves() {
        let corpus_dir = indian::default_corpus_dir();
        if !corpus_dir.is_dir() {
            eprintln!("skipped: no corpus at {}", corpus_dir.display());
            return;
        }
        let mut corpus = Corpus::new(corpus_dir);
        let (articles, problems) = load(&folder(), &mut corpus).expect("loads");
        assert!(problems.is_empty(), "{problems:?}");
        for (lang, half, n) in [
            (Lang::En, Half::Dev, 40),
            (Lang::En, Half::Test, 20),
            (Lang::Hi, Half::Dev, 10),
            (Lang::Hi, Half::Test, 10),
        ] {
            let count = articles
                .iter()
                .filter(|a| a.lang == lang && a.half == half)
                .count();
            assert_eq!(count, n, "{lang:?} {half:?}");
        }
        assert!(articles.iter().map(|a| a.gold.len()).sum::<usize>() > 600);
    }

    #[test]
    fn predictions_are_read_as_bytes_or_else_as_code_points() {
        let text = "₹500 और 5 फीसदी";
        // Bytes: "₹500" is 0..6; code points: "5 फीसदी" is 8..15.
        let list = serde_json::json!([
            {"start": 0, "end": 6, "text": "₹500", "kind": "money", "value": 500, "unit": "INR"},
            {"start": 8, "end": 15, "text": "5 फीसदी", "kind": "percent", "value": 5.0, "unit": null, "range_to": null}
        ]);
        let figs = figures_from_json(&list, text).expect("reads");
        assert_eq!(&text[figs[0].start..figs[0].end], "₹500");
        assert_eq!(&text[figs[1].start..figs[1].end], "5 फीसदी");
        assert_eq!(figs[0].unit.as_deref(), Some("INR"));
        assert_eq!(figs[1].unit, None);
        assert_eq!(figs[1].value, Some(5.0));
        let misfit =
            serde_json::json!([{"start": 1, "end": 3, "text": "xyz", "kind": "count", "value": 1}]);
        assert!(figures_from_json(&misfit, text).is_err());
    }

    #[test]
    fn an_analysis_with_no_figures_reads_as_an_empty_list() {
        let a = Analysis {
            text: "Rs 5 crore".to_string(),
            ..Analysis::default()
        };
        assert_eq!(predicted(&a), Ok(Some(Vec::new())));
    }
}
