//! `khabar-eval hi-events`: the Hindi event lexicon against khabar's own
//! hand-marked Hindi event set (`data/hi-events`, README there).
//!
//! The detector runs directly on each article's text through the hook
//! `khabar_core::events::hindi::hindi_events`, not through `analyze`: the
//! pipeline's event output is English-first and owned elsewhere, and this
//! set measures the Hindi lexicon on its own. Spans are code points of the
//! article, like the annotations.
//!
//! Figures per half: span precision, recall and F1, strict (same start and
//! end) and relaxed (overlap, one prediction per gold mention, first
//! overlapping unmatched one in text order), and class accuracy over the
//! relaxed matches. `--errors` lists the dev half (a) only: the test half
//! (b) is frozen.

use khabar_eval::indian::{self, Corpus, Half, Line};
use khabar_eval::score::Counts;
use serde::Deserialize;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// One line of `a-dev.jsonl` / `b-test.jsonl`.
#[derive(Clone, Debug, Deserialize)]
pub struct EventLine {
    source: String,
    start: usize,
    end: usize,
    sha1: String,
    #[serde(default)]
    date: Option<String>,
    events: Vec<GoldEvent>,
}

/// One hand-marked mention: code points of the article.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct GoldEvent {
    start: usize,
    end: usize,
    class: String,
    text: String,
}

/// An article with its text (as code points) and gold mentions.
pub struct Article {
    id: String,
    half: Half,
    chars: Vec<char>,
    gold: Vec<GoldEvent>,
}

/// The set's folder in this crate.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("hi-events")
}

/// Loads both halves: the articles and the problems met (skipped lines,
/// spans whose text does not match, which are left out).
pub fn load(folder: &Path, corpus: &mut Corpus) -> Result<(Vec<Article>, Vec<String>), String> {
    let files = indian::half_files(folder)?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (half, name, path) in files {
        let content = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, raw) in content.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            let line: EventLine = match serde_json::from_str(raw) {
                Ok(l) => l,
                Err(e) => {
                    problems.push(format!("{name}:{}: not an annotation: {e}", n + 1));
                    continue;
                }
            };
            let id = format!("{}@{}-{}", line.source, line.start, line.end);
            let probe = Line {
                source: line.source.clone(),
                row: None,
                start: Some(line.start),
                end: Some(line.end),
                sha1: line.sha1.clone(),
                date: line.date.clone(),
                entities: Vec::new(),
            };
            let text = match corpus.article(&probe) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(format!("{name}:{}: skipped: {e}", n + 1));
                    continue;
                }
            };
            if !indian::sha1_hex(text.as_bytes()).eq_ignore_ascii_case(&line.sha1) {
                problems.push(format!("{id}: skipped, the article text changed (SHA-1)"));
                continue;
            }
            let chars: Vec<char> = text.chars().collect();
            let mut gold = Vec::new();
            for g in line.events {
                if slice(&chars, g.start, g.end).as_deref() == Some(g.text.as_str()) {
                    gold.push(g);
                } else {
                    problems.push(format!(
                        "{id}: event {:?} at {}..{} does not match the text; left out",
                        g.text, g.start, g.end
                    ));
                }
            }
            out.push(Article {
                id,
                half,
                chars,
                gold,
            });
        }
    }
    Ok((out, problems))
}

fn slice(chars: &[char], s: usize, e: usize) -> Option<String> {
    (s < e).then(|| chars.get(s..e).map(|c| c.iter().collect()))?
}

/// The counts of one half.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HalfCounts {
    pub docs: usize,
    pub strict: Counts,
    pub relaxed: Counts,
    /// Relaxed matches with the gold class.
    pub class_right: usize,
}

/// One article's score, with indices for the error listing.
pub struct ArticleScore {
    pub counts: HalfCounts,
    /// Gold mentions no prediction overlaps.
    pub missed: Vec<usize>,
    /// Predictions that match no gold mention.
    pub spurious: Vec<usize>,
    /// (gold, prediction) pairs that overlap with different classes.
    pub wrong_class: Vec<(usize, usize)>,
}

/// Scores one article's predictions: strict and relaxed counts, right
/// classes, and the unmatched gold / predictions and class mismatches.
pub fn score(gold: &[(usize, usize, &str)], pred: &[(usize, usize, &str)]) -> ArticleScore {
    let mut c = HalfCounts {
        docs: 1,
        ..Default::default()
    };
    c.strict.gold = gold.len();
    c.strict.pred = pred.len();
    c.relaxed.gold = gold.len();
    c.relaxed.pred = pred.len();
    c.strict.correct = gold
        .iter()
        .filter(|g| pred.iter().any(|p| p.0 == g.0 && p.1 == g.1))
        .count();
    let mut taken = vec![false; pred.len()];
    let mut missed = Vec::new();
    let mut wrong_class = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        // An exact match first, else the first overlapping prediction.
        let hit = pred
            .iter()
            .enumerate()
            .find(|(pi, p)| !taken[*pi] && p.0 == g.0 && p.1 == g.1)
            .or_else(|| {
                pred.iter()
                    .enumerate()
                    .find(|(pi, p)| !taken[*pi] && p.0 < g.1 && g.0 < p.1)
            })
            .map(|(pi, _)| pi);
        match hit {
            Some(pi) => {
                taken[pi] = true;
                c.relaxed.correct += 1;
                if pred[pi].2 == g.2 {
                    c.class_right += 1;
                } else {
                    wrong_class.push((gi, pi));
                }
            }
            None => missed.push(gi),
        }
    }
    let spurious = (0..pred.len()).filter(|&i| !taken[i]).collect();
    ArticleScore {
        counts: c,
        missed,
        spurious,
        wrong_class,
    }
}

fn add(a: &mut HalfCounts, b: HalfCounts) {
    a.docs += b.docs;
    a.strict.add(b.strict);
    a.relaxed.add(b.relaxed);
    a.class_right += b.class_right;
}

/// Runs the set: the report text, or an error when the set cannot be read.
pub fn run(corpus_dir: &Path, errors: usize) -> Result<String, String> {
    let mut corpus = Corpus::new(corpus_dir.to_path_buf());
    let (articles, problems) = load(&folder(), &mut corpus)?;
    let mut dev = HalfCounts::default();
    let mut test = HalfCounts::default();
    let mut listing = String::new();
    let mut listed = 0usize;
    for a in &articles {
        let text: String = a.chars.iter().collect();
        let pred = khabar_core::events::hindi::hindi_events(&text);
        let gold: Vec<(usize, usize, &str)> = a
            .gold
            .iter()
            .map(|g| (g.start, g.end, g.class.as_str()))
            .collect();
        let ArticleScore {
            counts: c,
            missed,
            spurious,
            wrong_class: wrong,
        } = score(&gold, &pred);
        match a.half {
            Half::Dev => add(&mut dev, c),
            Half::Test => add(&mut test, c),
        }
        // Errors from the dev half only: the test half is frozen.
        if a.half != Half::Dev || listed >= errors {
            continue;
        }
        let ctx = |s: usize, e: usize| {
            let from = s.saturating_sub(25);
            let to = (e + 25).min(a.chars.len());
            format!(
                "{}[{}]{}",
                slice(&a.chars, from, s).unwrap_or_default(),
                slice(&a.chars, s, e).unwrap_or_default(),
                slice(&a.chars, e, to).unwrap_or_default()
            )
            .replace('\n', " ")
        };
        let _ = writeln!(listing, "\n{}", a.id);
        for gi in missed {
            let (s, e, cl) = gold[gi];
            let _ = writeln!(listing, "  missed    {cl:<11} {}", ctx(s, e));
        }
        for pi in spurious {
            let (s, e, cl) = pred[pi];
            let _ = writeln!(listing, "  spurious  {cl:<11} {}", ctx(s, e));
        }
        for (gi, pi) in wrong {
            let (s, e, cl) = gold[gi];
            let _ = writeln!(
                listing,
                "  class     {cl} ≠ {:<11} {}",
                pred[pi].2,
                ctx(s, e)
            );
        }
        listed += 1;
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "hi-events  Hindi event mentions (lexicon, events::hindi), code-point spans"
    );
    let _ = writeln!(
        out,
        "half  docs  gold  pred |   strict P     R    F1 |  relaxed P     R    F1 | class acc"
    );
    for (name, c) in [("dev", dev), ("test", test)] {
        let _ = writeln!(
            out,
            "{name:<5} {:>4} {:>5} {:>5} | {:>10.3} {:>5.3} {:>5.3} | {:>10.3} {:>5.3} {:>5.3} | {:>9.3}",
            c.docs,
            c.strict.gold,
            c.strict.pred,
            c.strict.precision(),
            c.strict.recall(),
            c.strict.f1(),
            c.relaxed.precision(),
            c.relaxed.recall(),
            c.relaxed.f1(),
            khabar_eval::score::ratio(c.class_right, c.relaxed.correct),
        );
    }
    for p in &problems {
        let _ = writeln!(out, "problem: {p}");
    }
    if errors > 0 {
        let _ = write!(out, "\nerrors (dev half only):{listing}");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_needs_both_ends_relaxed_needs_overlap_one_to_one() {
        let gold = [
            (0, 4, "OCCURRENCE"),
            (10, 14, "REPORTING"),
            (20, 22, "STATE"),
        ];
        let pred = [
            (0, 4, "OCCURRENCE"),
            (10, 12, "OCCURRENCE"),
            (11, 13, "REPORTING"),
            (30, 31, "STATE"),
        ];
        let s = score(&gold, &pred);
        let (c, missed, spurious, wrong) = (s.counts, s.missed, s.spurious, s.wrong_class);
        assert_eq!((c.strict.correct, c.strict.gold, c.strict.pred), (1, 3, 4));
        assert_eq!(c.relaxed.correct, 2);
        assert_eq!(c.class_right, 1);
        assert_eq!(missed, [2]);
        assert_eq!(spurious, [2, 3]);
        assert_eq!(wrong, [(1, 1)]);
    }

    #[test]
    fn an_exact_match_is_preferred_to_an_earlier_overlap() {
        let gold = [(5, 10, "OCCURRENCE")];
        let pred = [(4, 6, "STATE"), (5, 10, "OCCURRENCE")];
        let s = score(&gold, &pred);
        assert_eq!(s.counts.class_right, 1);
        assert_eq!(s.spurious, [0]);
    }

    /// Every annotated span is the article's slice, spans are sorted and
    /// never overlap, classes are TimeML's, and there are 15 + 15
    /// articles. Skips (with a message) when the corpus is not beside the
    /// repository.
    #[test]
    fn every_span_is_the_article_slice() {
        let dir = indian::default_corpus_dir();
        if !dir.join("hi-news-2020").is_dir() {
            eprintln!("skipped: no corpus at {}", dir.display());
            return;
        }
        let mut corpus = Corpus::new(dir);
        let (articles, problems) = load(&folder(), &mut corpus).expect("the set loads");
        assert!(problems.is_empty(), "{problems:?}");
        let dev = articles.iter().filter(|a| a.half == Half::Dev).count();
        let test = articles.iter().filter(|a| a.half == Half::Test).count();
        assert!(dev >= 15 && test >= 15, "{dev} + {test}");
        let classes = [
            "OCCURRENCE",
            "REPORTING",
            "STATE",
            "ASPECTUAL",
            "I_ACTION",
            "I_STATE",
            "PERCEPTION",
        ];
        for a in &articles {
            let mut last = 0;
            for g in &a.gold {
                assert_eq!(
                    slice(&a.chars, g.start, g.end).as_deref(),
                    Some(g.text.as_str())
                );
                assert!(
                    g.start >= last,
                    "{}: {g:?} overlaps or is out of order",
                    a.id
                );
                assert!(classes.contains(&g.class.as_str()), "{g:?}");
                last = g.end;
            }
        }
    }
}
