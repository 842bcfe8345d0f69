//! Bench inputs: the two samples, 1,000 real articles per language from
//! `../shared/corpus` (read at bench time, never committed; skipped when
//! absent), one 5 MB article built by concatenation, and synthetic sizes from
//! 10 KB to 10 MB for the linear-cost table.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use khabar_core::Document;

/// One bench input: documents and their size in words and bytes.
pub struct Set {
    pub name: String,
    pub docs: Vec<Document>,
    pub words: u64,
    pub bytes: u64,
}

impl Set {
    pub fn new(name: impl Into<String>, docs: Vec<Document>) -> Set {
        let words = docs.iter().map(|d| words(&d.bytes)).sum();
        let bytes = docs.iter().map(|d| d.bytes.len() as u64).sum();
        Set {
            name: name.into(),
            docs,
            words,
            bytes,
        }
    }
}

/// Whitespace-separated words, as every throughput figure counts them.
pub fn words(bytes: &[u8]) -> u64 {
    String::from_utf8_lossy(bytes).split_whitespace().count() as u64
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/corpus`, when present.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = repo().join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

/// The two sample articles, with the dates their file names carry.
pub fn samples() -> Vec<(String, Document)> {
    let dir = repo().join("www/samples");
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        let name = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut doc = Document::bytes(bytes)
            .with_name(name.clone())
            .with_format(khabar_core::Format::Text);
        // "en-ani-…-2025-12-04" ends with its date.
        if let Some(date) = name.get(name.len().saturating_sub(10)..) {
            if date.parse::<jiff::civil::Date>().is_ok() {
                doc.date = Some(date.to_string());
            }
        }
        out.push((name, doc));
    }
    out
}

/// Up to `n` English articles of `corpus/en-indian-news/val_1k.csv`.
pub fn corpus_en(n: usize) -> Option<Vec<Document>> {
    let path = corpus_dir()?.join("en-indian-news/val_1k.csv");
    let data = std::fs::read_to_string(path).ok()?;
    let rows = parse_csv(&data);
    let header = rows.first()?;
    let col = |name: &str| header.iter().position(|h| h == name);
    let (article, date) = (col("article")?, col("date")?);
    let docs: Vec<Document> = rows
        .iter()
        .skip(1)
        .filter_map(|r| {
            let text = r.get(article)?;
            let mut doc = Document::text(text.clone());
            doc.date = r
                .get(date)
                .and_then(|d| d.get(..10))
                .filter(|d| d.parse::<jiff::civil::Date>().is_ok())
                .map(str::to_string);
            Some(doc)
        })
        .take(n)
        .collect();
    (!docs.is_empty()).then_some(docs)
}

/// Up to `n` Hindi articles cut from the daily files of
/// `corpus/hi-news-2020/` (a short line between blank lines starts an article).
pub fn corpus_hi(n: usize) -> Option<Vec<Document>> {
    let root = corpus_dir()?.join("hi-news-2020");
    let mut files = Vec::new();
    collect_files(&root, &mut files);
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let date = f
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(date_of_hindi_file);
        for article in split_articles(&text) {
            let mut doc = Document::text(article);
            doc.date = date.clone();
            docs.push(doc);
            if docs.len() == n {
                return Some(docs);
            }
        }
    }
    (!docs.is_empty()).then_some(docs)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            collect_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// "AU-2020-APR-01" → "2020-04-01" (the files also spell April "ARP").
fn date_of_hindi_file(stem: &str) -> Option<String> {
    let parts: Vec<&str> = stem.split('-').collect();
    let [.., year, month, day] = parts.as_slice() else {
        return None;
    };
    let month = match *month {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" | "ARP" => 4,
        "MAY" => 5,
        "JUN" => 6,
        _ => return None,
    };
    let date = format!("{year}-{month:02}-{day}");
    date.parse::<jiff::civil::Date>().ok().map(|_| date)
}

fn split_articles(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, line) in lines.iter().enumerate() {
        let blank_before = i == 0 || lines[i - 1].trim().is_empty();
        let blank_after = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        let headline = !line.trim().is_empty() && line.len() < 300 && blank_before && blank_after;
        if headline && current.split_whitespace().count() > 40 {
            out.push(std::mem::take(&mut current));
        }
        current.push_str(line);
        current.push('\n');
    }
    if current.split_whitespace().count() > 40 {
        out.push(current);
    }
    out
}

/// RFC 4180: quoted fields may hold commas, newlines and doubled quotes.
fn parse_csv(data: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = data.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Real prose, English and Hindi: the corpus when present, else the samples.
fn prose() -> String {
    let mut text = String::new();
    if let (Some(en), Some(hi)) = (corpus_en(50), corpus_hi(50)) {
        for d in en.iter().zip(hi.iter()).flat_map(|(a, b)| [a, b]) {
            text.push_str(&String::from_utf8_lossy(&d.bytes));
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        for (_, d) in samples() {
            text.push_str(&String::from_utf8_lossy(&d.bytes));
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        text.push_str("NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday.\n\n");
    }
    text
}

/// One article of about `bytes` bytes, built by concatenating real prose and
/// cut at a char boundary.
pub fn article_of_size(bytes: usize) -> Document {
    let unit = prose();
    let mut text = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    Document::text(text).with_date("2024-12-10")
}

#[test]
fn csv_with_quotes_and_newlines() {
    let rows = parse_csv("a,b\n\"x, \"\"y\"\"\nz\",2\r\n");
    assert_eq!(rows, vec![vec!["a", "b"], vec!["x, \"y\"\nz", "2"]]);
    assert_eq!(
        date_of_hindi_file("AU-2020-ARP-02").as_deref(),
        Some("2020-04-02")
    );
}
