//! khabar's own NER sets of real Indian news: `en-indian` (English,
//! `train_small.csv` of the Indian news corpus) and `hi-indian` (Hindi,
//! `hi-news-2020`), annotated by hand with CoNLL-2003 types
//! (`/work/shared/ANNOTATION.md`, `data/en-indian/README.md`).
//!
//! The annotations live in this crate (`data/<set>/*dev.jsonl`,
//! `*test.jsonl`, one article a line); the article texts stay in the corpus
//! (`../shared/corpus` beside the repo, or `$KHABAR_CORPUS`), found by
//! `source` and `row` (a CSV data row) or `start`/`end` (a code-point range
//! of a text file). Each line carries the SHA-1 of its article: an article
//! that no longer matches is skipped with a message, never scored against
//! moved offsets. An article whose text repeats an earlier one counts once.
//!
//! Scoring is conlleval's exact span and type, on code-point spans turned
//! into byte spans of the article; dev and test halves are reported apart.
//! Errors (`--errors`) are only ever listed from the dev half: the test
//! half is frozen for reporting.

use crate::align::Aligner;
use crate::run::{analyze_doc, conll_type, context, hindi_type, repo_root, spread, Example};
use crate::score::{Chunk, Counts, NerCounts, Predicted};
use khabar_core::{Document, LangHint};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The two sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndianSet {
    /// English articles from `en-indian-news/train_small.csv`.
    En,
    /// Hindi articles from `hi-news-2020`.
    Hi,
}

impl IndianSet {
    /// Both sets, in report order.
    pub const ALL: [IndianSet; 2] = [IndianSet::En, IndianSet::Hi];

    /// The name on the command line (and the data folder's name).
    pub fn name(self) -> &'static str {
        match self {
            IndianSet::En => "en-indian",
            IndianSet::Hi => "hi-indian",
        }
    }

    /// Parses a command-line name.
    pub fn parse(s: &str) -> Option<IndianSet> {
        IndianSet::ALL.into_iter().find(|set| set.name() == s)
    }

    /// What the data is.
    pub fn title(self) -> &'static str {
        match self {
            IndianSet::En => "Indian English news NER (khabar's own, CoNLL types)",
            IndianSet::Hi => "Hindi news NER (khabar's own, PER/ORG/LOC)",
        }
    }

    fn lang(self) -> LangHint {
        match self {
            IndianSet::En => LangHint::En,
            IndianSet::Hi => LangHint::Hi,
        }
    }

    /// The label khabar's type gets in this set, `None` when not scored.
    fn label(self, t: khabar_core::EntityType) -> Option<&'static str> {
        match self {
            IndianSet::En => Some(conll_type(t)),
            IndianSet::Hi => hindi_type(t),
        }
    }

    /// Whether a gold label is scored (MISC is not in Hindi, as in IL-NER).
    fn scores(self, label: &str) -> bool {
        self == IndianSet::En || label != "MISC"
    }

    /// The folder of the annotation files.
    pub fn folder(self) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(self.name())
    }
}

/// Where the article texts live: `$KHABAR_CORPUS`, else `../shared/corpus`
/// beside the repository.
pub fn default_corpus_dir() -> PathBuf {
    match std::env::var_os("KHABAR_CORPUS") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("..").join("shared").join("corpus"),
    }
}

/// The dev or the test half.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Half {
    /// Open for error analysis and tuning.
    Dev,
    /// Frozen: figures only.
    Test,
}

impl Half {
    /// The half a file belongs to, from its name (`a-dev.jsonl`, `test.jsonl`).
    pub fn of_file(name: &str) -> Option<Half> {
        if name.ends_with("dev.jsonl") {
            Some(Half::Dev)
        } else if name.ends_with("test.jsonl") {
            Some(Half::Test)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Half::Dev => "dev",
            Half::Test => "test",
        }
    }
}

/// One annotation line as written.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
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
    /// SHA-1 of the article text (UTF-8), lowercase hex.
    pub sha1: String,
    /// The article's date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// The entity mentions, code-point offsets into the article.
    pub entities: Vec<LineEntity>,
}

/// One mention as written.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct LineEntity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// PER, ORG, LOC or MISC.
    #[serde(rename = "type")]
    pub label: String,
    /// The text, which must equal the article's code points `start..end`.
    pub text: String,
}

/// An article ready to score: its text and gold mentions as byte spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// `source#row` or `source@start-end`.
    pub id: String,
    /// Which half.
    pub half: Half,
    /// The article text.
    pub text: String,
    /// The reference date.
    pub date: Option<String>,
    /// Gold mentions: byte spans of `text` and types.
    pub gold: Vec<Chunk>,
}

/// Reads the article texts from the corpus, each source file once.
pub struct Corpus {
    dir: PathBuf,
    files: HashMap<String, Result<Source, String>>,
}

enum Source {
    /// The `article` column of each data row.
    Csv(Vec<String>),
    /// The whole file as code points.
    Text(Vec<char>),
}

impl Corpus {
    /// A reader of the corpus under `dir`.
    pub fn new(dir: PathBuf) -> Corpus {
        Corpus {
            dir,
            files: HashMap::new(),
        }
    }

    /// The article a line points at.
    pub fn article(&mut self, line: &Line) -> Result<String, String> {
        let dir = &self.dir;
        let source = self
            .files
            .entry(line.source.clone())
            .or_insert_with(|| load_source(&dir.join(&line.source)));
        match (source, line.row, line.start, line.end) {
            (Err(e), ..) => Err(e.clone()),
            (Ok(Source::Csv(rows)), Some(r), ..) => rows
                .get(r)
                .cloned()
                .ok_or_else(|| format!("{} has no data row {r}", line.source)),
            (Ok(Source::Text(chars)), _, Some(s), Some(e)) if s <= e && e <= chars.len() => {
                Ok(chars[s..e].iter().collect())
            }
            _ => Err(format!(
                "{}: the line needs `row` for a CSV file, or `start` <= `end` within a text file",
                line.source
            )),
        }
    }
}

fn load_source(path: &Path) -> Result<Source, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if path.extension().is_some_and(|x| x == "csv") {
        let mut records = read_csv(&text).into_iter();
        let header = records.next().unwrap_or_default();
        let col = header
            .iter()
            .position(|h| h == "article")
            .ok_or_else(|| format!("{} has no `article` column", path.display()))?;
        Ok(Source::Csv(
            records
                .map(|mut r| {
                    if col < r.len() {
                        r.swap_remove(col)
                    } else {
                        String::new()
                    }
                })
                .collect(),
        ))
    } else {
        Ok(Source::Text(text.chars().collect()))
    }
}

/// Parses CSV as Python's `csv` module does by default: comma-separated,
/// fields in double quotes may hold commas, line breaks and `""`; a record
/// ends at a line break outside quotes (`\r\n` or `\n`).
pub fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
            }
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// SHA-1 of `data`, lowercase hex (FIPS 180-4; only for checking that an
/// article is the one annotated, not for security).
pub fn sha1_hex(data: &[u8]) -> String {
    let mut h: [u32; 5] = [
        0x6745_2301,
        0xEFCD_AB89,
        0x98BA_DCFE,
        0x1032_5476,
        0xC3D2_E1F0,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&(data.len() as u64).wrapping_mul(8).to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 80];
        for (slot, word) in w.iter_mut().zip(block.chunks_exact(4)) {
            *slot = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

/// Turns a line into an article: checks the hash and every mention's text,
/// maps code points to bytes. Mentions whose offsets do not give their text
/// are reported in `problems` and left out.
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
    let sha = sha1_hex(text.as_bytes());
    if !sha.eq_ignore_ascii_case(&line.sha1) {
        problems.push(format!(
            "{id}: skipped, the article's SHA-1 is {sha}, the annotation was made on {}",
            line.sha1
        ));
        return None;
    }
    // Byte offset of every code point, and of the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut gold = Vec::new();
    for e in &line.entities {
        let span = match (bytes.get(e.start), bytes.get(e.end)) {
            (Some(&s), Some(&b)) if s < b && text.get(s..b) == Some(e.text.as_str()) => {
                Some((s, b))
            }
            _ => None,
        };
        match span {
            Some((start, end)) => gold.push(Chunk {
                start,
                end,
                label: e.label.clone(),
            }),
            None => problems.push(format!(
                "{id}: mention {:?} at {}..{} does not match the article text; left out",
                e.text, e.start, e.end
            )),
        }
    }
    Some(Article {
        id,
        half,
        text,
        date: line.date.clone(),
        gold,
    })
}

/// The `*dev.jsonl` and `*test.jsonl` files of `folder` with their half and
/// name, dev files first, each half in file-name order: every set with a
/// frozen half (entities, figures, Hindi events) is laid out this way.
pub fn half_files(folder: &Path) -> Result<Vec<(Half, String, PathBuf)>, String> {
    let entries =
        std::fs::read_dir(folder).map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
    let mut files: Vec<(Half, String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            Half::of_file(&name).map(|h| (h, name, e.path()))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Loads every `*dev.jsonl` and `*test.jsonl` of `folder` (dev files first,
/// each half in file-name order). Returns the articles and the messages
/// about what was skipped.
pub fn load(folder: &Path, corpus: &mut Corpus) -> Result<(Vec<Article>, Vec<String>), String> {
    let files = half_files(folder)?;
    let mut problems = Vec::new();
    let mut articles = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (half, name, path) in files {
        let content = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, raw) in content.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            let line: Line = match serde_json::from_str(raw) {
                Ok(l) => l,
                Err(e) => {
                    problems.push(format!("{name}:{}: skipped, not an annotation: {e}", n + 1));
                    continue;
                }
            };
            let text = match corpus.article(&line) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(format!("{name}:{}: skipped: {e}", n + 1));
                    continue;
                }
            };
            let Some(a) = article(&line, text, half, &mut problems) else {
                continue;
            };
            if let Some(first) = seen.get(&line.sha1.to_ascii_lowercase()) {
                problems.push(format!(
                    "{name}: {} skipped, the same text as {first} (counted once)",
                    a.id
                ));
                continue;
            }
            seen.insert(line.sha1.to_ascii_lowercase(), a.id.clone());
            articles.push(a);
        }
    }
    Ok((articles, problems))
}

/// The figures of one half.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HalfScores {
    /// Articles scored.
    pub docs: usize,
    /// Whitespace-separated words.
    pub words: usize,
    /// Counts per type.
    pub counts: NerCounts,
    /// Seconds inside `analyze`.
    pub seconds: f64,
}

/// The outcome of one set.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndianRun {
    /// `en-indian` or `hi-indian`.
    pub set: &'static str,
    /// Dev half.
    pub dev: HalfScores,
    /// Test half.
    pub test: HalfScores,
    /// Skipped lines, mismatched mentions, analyze failures.
    pub problems: Vec<String>,
    /// Misses from the dev half (never the test half).
    pub misses: Vec<Example>,
    /// False alarms from the dev half (never the test half).
    pub false_alarms: Vec<Example>,
}

/// Scores gold chunks against predictions given as byte spans, the set's
/// unscored gold types left out.
pub fn score_article(set: IndianSet, gold: &[Chunk], pred: &[Predicted]) -> NerCounts {
    let gold: Vec<Chunk> = gold
        .iter()
        .filter(|c| set.scores(&c.label))
        .cloned()
        .collect();
    NerCounts::score(&gold, pred)
}

/// Runs khabar over the articles and scores each half. `errors` examples
/// of misses and false alarms are kept, from dev articles only.
pub fn run_articles(set: IndianSet, articles: &[Article], errors: usize) -> IndianRun {
    let mut out = IndianRun {
        set: set.name(),
        dev: HalfScores::default(),
        test: HalfScores::default(),
        problems: Vec::new(),
        misses: Vec::new(),
        false_alarms: Vec::new(),
    };
    for a in articles {
        let mut input = Document::text(a.text.clone())
            .with_id(a.id.clone())
            .with_lang(set.lang());
        if let Some(d) = &a.date {
            input = input.with_date(d.clone());
        }
        let t = Instant::now();
        let result = analyze_doc(&input);
        let seconds = t.elapsed().as_secs_f64();
        let preds = match result {
            Ok(analysis) => {
                let aligner = Aligner::new(&analysis.text, &a.text);
                let mut preds = Vec::new();
                for e in &analysis.entities {
                    let Some(label) = set.label(e.kind) else {
                        continue;
                    };
                    for m in &e.mentions {
                        preds.push(Predicted {
                            span: Some((aligner.start(m.start), aligner.end(m.end))),
                            label: label.to_string(),
                        });
                    }
                }
                preds
            }
            Err(e) => {
                out.problems.push(format!("{}: {e}", a.id));
                Vec::new()
            }
        };
        let counts = score_article(set, &a.gold, &preds);
        let half = match a.half {
            Half::Dev => &mut out.dev,
            Half::Test => &mut out.test,
        };
        half.docs += 1;
        half.words += a.text.split_whitespace().count();
        half.seconds += seconds;
        half.counts.add(&counts);
        if a.half == Half::Dev && errors > 0 {
            collect_errors(set, a, &preds, &mut out.misses, &mut out.false_alarms);
        }
    }
    out.misses = spread(&out.misses, errors);
    out.false_alarms = spread(&out.false_alarms, errors);
    out
}

fn collect_errors(
    set: IndianSet,
    a: &Article,
    preds: &[Predicted],
    misses: &mut Vec<Example>,
    false_alarms: &mut Vec<Example>,
) {
    let gold: Vec<&Chunk> = a.gold.iter().filter(|c| set.scores(&c.label)).collect();
    let gold_at: HashMap<(usize, usize), &str> = gold
        .iter()
        .map(|c| ((c.start, c.end), c.label.as_str()))
        .collect();
    let mut pred_at: HashMap<(usize, usize), &str> = HashMap::new();
    let mut right = HashSet::new();
    for p in preds {
        if let Some(sp) = p.span {
            pred_at.insert(sp, p.label.as_str());
            right.insert((sp, p.label.as_str()));
        }
    }
    for c in &gold {
        if right.contains(&((c.start, c.end), c.label.as_str())) {
            continue;
        }
        misses.push(Example {
            doc: a.id.clone(),
            context: context(&a.text, c.start, c.end),
            label: c.label.clone(),
            note: match pred_at.get(&(c.start, c.end)) {
                Some(l) => format!("predicted {l} on this span"),
                None => "not found".to_string(),
            },
        });
    }
    let mut listed = HashSet::new();
    for p in preds {
        let Some(sp) = p.span else { continue };
        if gold_at.get(&sp) == Some(&p.label.as_str()) || !listed.insert((sp, p.label.as_str())) {
            continue;
        }
        false_alarms.push(Example {
            doc: a.id.clone(),
            context: context(&a.text, sp.0, sp.1),
            label: p.label.clone(),
            note: match gold_at.get(&sp) {
                Some(l) => format!("gold says {l}"),
                None => "not in gold".to_string(),
            },
        });
    }
}

/// Loads and runs one set; `Ok(None)` (with a message on stderr) when the
/// corpus or the annotations are absent.
pub fn run(set: IndianSet, corpus_dir: &Path, errors: usize) -> Result<Option<IndianRun>, String> {
    let folder = set.folder();
    if !corpus_dir.is_dir() {
        eprintln!(
            "khabar-eval: skipped {}: no corpus at {} (set KHABAR_CORPUS)",
            set.name(),
            corpus_dir.display()
        );
        return Ok(None);
    }
    if !folder.is_dir() {
        eprintln!(
            "khabar-eval: skipped {}: no annotations at {}",
            set.name(),
            folder.display()
        );
        return Ok(None);
    }
    let mut corpus = Corpus::new(corpus_dir.to_path_buf());
    let (articles, mut problems) = load(&folder, &mut corpus)?;
    let mut r = run_articles(set, &articles, errors);
    problems.append(&mut r.problems);
    r.problems = problems;
    Ok(Some(r))
}

impl IndianRun {
    fn rows(&self) -> Vec<(Half, &HalfScores)> {
        vec![(Half::Dev, &self.dev), (Half::Test, &self.test)]
    }

    fn labels(&self) -> Vec<String> {
        let mut labels: Vec<String> = self
            .dev
            .counts
            .per_type
            .keys()
            .chain(self.test.counts.per_type.keys())
            .cloned()
            .collect();
        labels.sort();
        labels.dedup();
        labels
    }

    /// A plain-text table: each half, overall and per type.
    pub fn table(&self, title: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "== {} ({title})", self.set);
        for (half, s) in self.rows() {
            let _ = writeln!(
                out,
                "{} half: {} articles, {} words, {:.0} words/s",
                half.name(),
                s.docs,
                s.words,
                if s.seconds > 0.0 {
                    s.words as f64 / s.seconds
                } else {
                    0.0
                }
            );
            let _ = writeln!(
                out,
                "  {:<8} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7}",
                "type", "gold", "pred", "correct", "P", "R", "F1"
            );
            let mut line = |name: &str, c: Counts| {
                let _ = writeln!(
                    out,
                    "  {:<8} {:>6} {:>6} {:>7} {:>7.4} {:>7.4} {:>7.4}",
                    name,
                    c.gold,
                    c.pred,
                    c.correct,
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
            };
            line("overall", s.counts.overall());
            for l in self.labels() {
                line(&l, s.counts.per_type.get(&l).copied().unwrap_or_default());
            }
        }
        if !self.problems.is_empty() {
            let _ = writeln!(out, "notes:");
            for p in &self.problems {
                let _ = writeln!(out, "  {p}");
            }
        }
        for (what, list) in [
            ("misses", &self.misses),
            ("false alarms", &self.false_alarms),
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

    /// Markdown table rows: set, half, type, P, R, F1, gold mentions.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for (half, s) in self.rows() {
            let mut row = |name: &str, c: Counts| {
                let _ = writeln!(
                    out,
                    "| {} | {} ({} articles) | {name} | {:.4} | {:.4} | {:.4} | {} |",
                    self.set,
                    half.name(),
                    s.docs,
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.gold
                );
            };
            row("overall", s.counts.overall());
            for l in self.labels() {
                row(&l, s.counts.per_type.get(&l).copied().unwrap_or_default());
            }
        }
        out
    }
}

/// The Markdown header for [`IndianRun::markdown`].
pub const MARKDOWN_HEADER: &str =
    "| set | half | type | P | R | F1 | gold |\n|---|---|---|---|---|---|---|\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha1_matches_the_standard_vectors() {
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(
            sha1_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
    }

    #[test]
    fn csv_keeps_quoted_commas_quotes_and_line_breaks() {
        let text = "a,article\r\n1,\"He said, \"\"no\"\".\r\nNext line\"\r\n2,plain\n";
        let rows = read_csv(text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][1], "He said, \"no\".\r\nNext line");
        assert_eq!(rows[2], vec!["2".to_string(), "plain".to_string()]);
    }

    fn line(entities: &str, sha1: &str) -> Line {
        serde_json::from_str(&format!(
            r#"{{"source":"x.csv","row":0,"sha1":"{sha1}","date":"2020-01-02","entities":[{entities}]}}"#
        ))
        .expect("test line parses")
    }

    #[test]
    fn code_point_offsets_become_byte_spans() {
        let text = "श्री मोदी in Delhi".to_string();
        let sha = sha1_hex(text.as_bytes());
        let l = line(
            r#"{"start":5,"end":9,"type":"PER","text":"मोदी"},{"start":13,"end":18,"type":"LOC","text":"Delhi"}"#,
            &sha,
        );
        let mut problems = Vec::new();
        let a = article(&l, text.clone(), Half::Dev, &mut problems).expect("hash matches");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(&text[a.gold[0].start..a.gold[0].end], "मोदी");
        assert_eq!(&text[a.gold[1].start..a.gold[1].end], "Delhi");
        assert_eq!(a.date.as_deref(), Some("2020-01-02"));
    }

    #[test]
    fn a_changed_article_is_skipped_with_a_message() {
        let l = line("", &sha1_hex(b"the annotated text"));
        let mut problems = Vec::new();
        assert!(article(&l, "another text".to_string(), Half::Test, &mut problems).is_none());
        assert!(problems[0].contains("SHA-1"), "{problems:?}");
    }

    #[test]
    fn a_mention_whose_text_does_not_match_is_left_out() {
        let text = "Modi in Delhi".to_string();
        let l = line(
            r#"{"start":0,"end":4,"type":"PER","text":"Modi"},{"start":8,"end":12,"type":"LOC","text":"Delhi"}"#,
            &sha1_hex(text.as_bytes()),
        );
        let mut problems = Vec::new();
        let a = article(&l, text, Half::Dev, &mut problems).expect("hash matches");
        assert_eq!(a.gold.len(), 1);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn halves_come_from_file_names() {
        assert_eq!(Half::of_file("a-dev.jsonl"), Some(Half::Dev));
        assert_eq!(Half::of_file("test.jsonl"), Some(Half::Test));
        assert_eq!(Half::of_file("selection.tsv"), None);
    }

    fn chunk(start: usize, end: usize, label: &str) -> Chunk {
        Chunk {
            start,
            end,
            label: label.to_string(),
        }
    }

    fn pred(start: usize, end: usize, label: &str) -> Predicted {
        Predicted {
            span: Some((start, end)),
            label: label.to_string(),
        }
    }

    #[test]
    fn exact_span_and_type_are_both_needed() {
        let gold = [
            chunk(0, 4, "PER"),
            chunk(8, 13, "LOC"),
            chunk(20, 25, "MISC"),
        ];
        let preds = [pred(0, 4, "PER"), pred(8, 13, "ORG"), pred(20, 24, "MISC")];
        let c = score_article(IndianSet::En, &gold, &preds).overall();
        assert_eq!((c.gold, c.pred, c.correct), (3, 3, 1));
    }

    #[test]
    fn hindi_leaves_misc_out_of_the_gold() {
        let gold = [chunk(0, 4, "PER"), chunk(20, 25, "MISC")];
        let c = score_article(IndianSet::Hi, &gold, &[pred(0, 4, "PER")]);
        assert_eq!(
            c.overall(),
            Counts {
                gold: 1,
                pred: 1,
                correct: 1
            }
        );
        assert!(!c.per_type.contains_key("MISC"));
    }

    #[test]
    fn an_article_repeated_in_the_test_half_counts_once() {
        let dir = std::env::temp_dir().join(format!("khabar-indian-{}", std::process::id()));
        let data = dir.join("data");
        std::fs::create_dir_all(&data).expect("temp dir");
        std::fs::write(
            dir.join("news.csv"),
            "id,article\n1,Modi in Delhi\n2,Modi in Delhi\n",
        )
        .expect("write csv");
        let sha = sha1_hex(b"Modi in Delhi");
        let row = |r: usize| {
            format!(
                r#"{{"source":"news.csv","row":{r},"sha1":"{sha}","entities":[{{"start":8,"end":13,"type":"LOC","text":"Delhi"}}]}}"#
            )
        };
        std::fs::write(data.join("a-dev.jsonl"), row(0) + "\n").expect("write dev");
        std::fs::write(data.join("a-test.jsonl"), row(1) + "\n").expect("write test");
        let mut corpus = Corpus::new(dir.clone());
        let (articles, problems) = load(&data, &mut corpus).expect("loads");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].half, Half::Dev);
        assert_eq!(articles[0].gold, vec![chunk(8, 13, "LOC")]);
        assert!(problems[0].contains("counted once"), "{problems:?}");
    }
}
