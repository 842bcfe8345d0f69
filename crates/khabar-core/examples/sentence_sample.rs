//! Prints a deterministic sample of sentences from the raw news corpora in
//! `../shared/corpus`, numbered, for hand-checking the sentence splitter.
//!
//! ```text
//! cargo run --release -p khabar-core --example sentence_sample -- [en|hi|all] [N] [seed]
//! ```
//!
//! English comes from `en-indian-news/val_1k.csv` (the `article` column),
//! Hindi from the daily files of `hi-news-2020/`. Every sentence of the
//! corpus gets a pseudo-random key from its position and the seed; the N
//! smallest keys are printed in corpus order, so the same command always
//! prints the same sentences. Each line shows the number, the sentence's
//! language and the sentence between ⟦ ⟧; a wrong split shows as a fragment
//! (split too early) or as two sentences inside one pair of brackets.

use khabar_core::{ingest, segment, Document, Options};
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = args.first().map_or("all", String::as_str).to_string();
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(300);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2024);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !corpus.is_dir() {
        println!(
            "skipped: {} is absent (the shared corpus is not in the repository)",
            corpus.display()
        );
        return;
    }
    if which == "en" || which == "all" {
        let csv = corpus.join("en-indian-news/val_1k.csv");
        match std::fs::read_to_string(&csv) {
            Ok(raw) => {
                let docs: Vec<(String, String)> = csv_articles(&raw)
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| (format!("val_1k.csv row {}", i + 1), a))
                    .collect();
                sample("en", &docs, n, seed);
            }
            Err(e) => println!("skipped English: cannot read {}: {e}", csv.display()),
        }
    }
    if which == "hi" || which == "all" {
        let mut files = Vec::new();
        walk(&corpus.join("hi-news-2020"), &mut files);
        files.sort();
        let docs: Vec<(String, String)> = files
            .iter()
            .filter_map(|f| {
                let text = std::fs::read_to_string(f).ok()?;
                let name = f.strip_prefix(&corpus).unwrap_or(f).display().to_string();
                Some((name, text))
            })
            .collect();
        sample("hi", &docs, n, seed);
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// SplitMix64: a fixed, dependency-free hash for the sample keys.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn sample(lang: &str, docs: &[(String, String)], n: usize, seed: u64) {
    let mut all: Vec<(u64, usize, String, &'static str)> = Vec::new();
    for (d, (name, text)) in docs.iter().enumerate() {
        let doc = Document::text(text.clone());
        let Ok(ing) = ingest::ingest(&doc, &Options::default()) else {
            continue;
        };
        let seg = segment::segment(&ing.text, &ing.furniture, doc.lang);
        for (k, s) in seg.sentences.iter().enumerate() {
            if s.lang.code() != lang {
                continue;
            }
            let key = mix(seed ^ mix(((d as u64) << 32) | k as u64));
            let sentence = ing.text[s.start..s.end].replace('\n', " ⏎ ");
            all.push((
                key,
                all.len(),
                format!("{name}: ⟦{sentence}⟧"),
                s.lang.code(),
            ));
        }
    }
    let total = all.len();
    all.sort_by_key(|(key, ..)| *key);
    all.truncate(n);
    all.sort_by_key(|(_, order, ..)| *order);
    println!(
        "# {lang}: {n} of {total} sentences from {} documents, seed {seed}",
        docs.len()
    );
    for (i, (_, _, line, code)) in all.iter().enumerate() {
        println!("{:>3} [{code}] {line}", i + 1);
    }
}

/// The `article` column (the fourth) of an RFC 4180 CSV with a header row.
fn csv_articles(raw: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut field = String::new();
    let mut fields: Vec<String> = Vec::new();
    let mut quoted = false;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut fields));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push(fields);
    }
    rows.into_iter()
        .skip(1)
        .filter_map(|mut r| (r.len() > 3).then(|| std::mem::take(&mut r[3])))
        .collect()
}
