//! The same input gives byte-identical JSON: on every run, after any other
//! document (no state carried between analyses), on any thread, and through
//! `merge()` whatever it merged before.

mod common;

use std::path::Path;

use khabar_core::offsets::{self, Unit};
use khabar_core::{analyze, merge, Analysis, Document, Options};

/// The samples and every fixture the repository holds (HTML and text).
fn documents() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut docs = Vec::new();
    for dir in [
        "www/samples",
        "tests/fixtures",
        "crates/khabar-core/tests/fixtures",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let is_article = p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "txt" | "html" | "htm" | "md"));
            if let (true, Ok(bytes)) = (is_article, std::fs::read(&p)) {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                let mut doc = Document::bytes(bytes);
                doc.name = name;
                docs.push(doc);
            }
        }
    }
    docs.push(Document::text(
        "NEW DELHI, Dec 3 (PTI) - Rajnath Singh met Vladimir Putin on Tuesday. \"We agreed,\" he said. 😀",
    ));
    docs.push(
        Document::text("मॉस्को, 10 दिसंबर (भाषा) रक्षा मंत्री राजनाथ सिंह ने मंगलवार को कहा कि भारत और रूस मिलकर काम करेंगे।")
            .with_date("2024-12-10"),
    );
    assert!(docs.len() >= 4, "the samples are in www/samples");
    docs
}

fn to_json(doc: &Document) -> String {
    match analyze(doc, &Options::default()) {
        Ok(mut a) => {
            if let Err(e) = common::check(&a) {
                panic!("invariant broken: {e}");
            }
            offsets::convert(&mut a, Unit::CodePoint);
            serde_json::to_string(&a).unwrap_or_else(|e| panic!("serializes: {e}"))
        }
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn same_input_same_bytes_on_every_run() {
    let docs = documents();
    let first: Vec<String> = docs.iter().map(to_json).collect();
    for _ in 0..3 {
        let again: Vec<String> = docs.iter().map(to_json).collect();
        assert_eq!(first, again);
    }
    // In reverse order: nothing carried over from the previous document.
    let reversed: Vec<String> = docs.iter().rev().map(to_json).collect();
    let mut reversed_back = reversed;
    reversed_back.reverse();
    assert_eq!(first, reversed_back);
}

#[test]
fn same_bytes_on_other_threads() {
    let docs = documents();
    let here: Vec<String> = docs.iter().map(to_json).collect();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let docs = docs.clone();
            std::thread::spawn(move || docs.iter().map(to_json).collect::<Vec<String>>())
        })
        .collect();
    for h in handles {
        match h.join() {
            Ok(there) => assert_eq!(here, there),
            Err(_) => panic!("a thread panicked"),
        }
    }
}

#[test]
fn merge_is_deterministic() {
    let analyses: Vec<Analysis> = documents()
        .iter()
        .enumerate()
        .filter_map(|(i, d)| analyze(&d.clone().with_id(format!("d{i}")), &Options::default()).ok())
        .collect();
    let once = serde_json::to_string(&merge(&analyses)).unwrap_or_default();
    // After merging something else first.
    let _ = merge(&analyses[..1]);
    let twice = serde_json::to_string(&merge(&analyses)).unwrap_or_default();
    assert_eq!(once, twice);
    assert!(!once.is_empty());
    if let Err(e) = common::check_corpus(&analyses, &merge(&analyses)) {
        panic!("{e}");
    }
}
