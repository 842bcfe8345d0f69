//! `merge()` over the analyses of up to eight documents cut from the input
//! at 0xFF bytes: never panics, and the corpus holds its invariants.
#![no_main]

#[path = "../../crates/khabar-core/tests/common/mod.rs"]
mod common;

use khabar_core::{analyze, merge, Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let analyses: Vec<_> = data
        .split(|&b| b == 0xff)
        .take(8)
        .enumerate()
        .filter_map(|(i, part)| {
            let doc = Document::bytes(part.to_vec())
                .with_id(format!("d{}", i % 3)) // repeated ids on purpose
                .with_date("2024-12-10");
            analyze(&doc, &Options::default()).ok()
        })
        .collect();
    let corpus = merge(&analyses);
    if let Err(e) = common::check_corpus(&analyses, &corpus) {
        panic!("invariant broken: {e}");
    }
});
