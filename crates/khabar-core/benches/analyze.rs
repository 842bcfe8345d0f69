//! Divan benchmarks of the full analysis, single-threaded, with words and
//! bytes counters so divan prints words/s ("item/s") and MB/s.
//!
//! `cargo bench -p khabar-core --bench analyze`; `cargo test --benches` runs
//! each once as a smoke test. Peak memory and the linear-cost table are in
//! the `throughput` bench.

mod common;

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use khabar_core::{analyze, merge, Analysis, Document, Options};

fn main() {
    divan::main();
}

fn run(bencher: Bencher, docs: Vec<Document>) {
    let words: u64 = docs.iter().map(|d| common::words(&d.bytes)).sum();
    let bytes: usize = docs.iter().map(|d| d.bytes.len()).sum();
    let options = Options::default();
    bencher
        .counter(ItemsCount::new(words))
        .counter(BytesCount::new(bytes))
        .bench(|| {
            for d in &docs {
                black_box(analyze(black_box(d), &options).ok());
            }
        });
}

#[divan::bench(args = ["en", "hi"])]
fn sample(bencher: Bencher, lang: &str) {
    let docs: Vec<Document> = common::samples()
        .into_iter()
        .filter(|(name, _)| name.starts_with(lang))
        .map(|(_, d)| d)
        .collect();
    run(bencher, docs);
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn corpus_en_1000(bencher: Bencher) {
    match common::corpus_en(1000) {
        Some(docs) => run(bencher, docs),
        None => eprintln!("skipped: ../shared/corpus is absent"),
    }
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn corpus_hi_1000(bencher: Bencher) {
    match common::corpus_hi(1000) {
        Some(docs) => run(bencher, docs),
        None => eprintln!("skipped: ../shared/corpus is absent"),
    }
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn article_5mb(bencher: Bencher) {
    run(bencher, vec![common::article_of_size(5 << 20)]);
}

/// The linear-cost series: time per byte should stay flat.
#[divan::bench(args = [10 << 10, 100 << 10, 1 << 20, 10 << 20], sample_count = 5, sample_size = 1)]
fn size(bencher: Bencher, bytes: usize) {
    run(bencher, vec![common::article_of_size(bytes)]);
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn merge_1000_en(bencher: Bencher) {
    let Some(docs) = common::corpus_en(1000) else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    let options = Options::default();
    let analyses: Vec<Analysis> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| analyze(&d.clone().with_id(format!("d{i}")), &options).ok())
        .collect();
    let mentions: usize = analyses.iter().map(|a| a.entities.len()).sum();
    bencher
        .counter(ItemsCount::new(mentions))
        .bench(|| black_box(merge(black_box(&analyses))));
}

/// What a cold start pays once per language for the NER weights: parsing
/// the model (`ner::tagger::Model::parse`, which counts the bitmap's bits
/// once; nothing is unpacked).
#[divan::bench(args = ["en", "hi"], sample_count = 20, sample_size = 1)]
fn ner_model_parse(bencher: Bencher, lang: &str) {
    use khabar_core::entities::ner::tagger::Model;
    let bytes: &[u8] = if lang == "en" {
        include_bytes!("../data/ner/en.bin")
    } else {
        include_bytes!("../data/ner/hi.bin")
    };
    bencher.bench(|| black_box(Model::parse(black_box(bytes)).map(|m| m.stored_rows())));
}
