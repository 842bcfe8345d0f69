//! `analyze()` on arbitrary bytes read as HTML: never panics, and every
//! analysis holds the invariants of `tests/common`.
#![no_main]

#[path = "../../crates/khabar-core/tests/common/mod.rs"]
mod common;

use khabar_core::offsets::{self, Unit};
use khabar_core::{analyze, Document, Format, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = Document::bytes(data.to_vec())
        .with_format(Format::Html)
        .with_date("2025-12-04");
    if let Ok(a) = analyze(&doc, &Options::default()) {
        if let Err(e) = common::check(&a) {
            panic!("invariant broken: {e}");
        }
        let mut u = a;
        offsets::convert(&mut u, Unit::Utf16);
    }
});
