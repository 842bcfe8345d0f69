//! `analyze()` on arbitrary bytes read as text (and sniffed): never panics,
//! and every analysis holds the invariants of `tests/common`.
#![no_main]

#[path = "../../crates/khabar-core/tests/common/mod.rs"]
mod common;

use khabar_core::offsets::{self, Unit};
use khabar_core::{analyze, Document, Format, LangHint, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, the language hint and the date.
    let (head, body) = match data.split_first() {
        Some((h, b)) => (*h, b),
        None => (0, data),
    };
    let format = if head & 1 == 0 {
        Format::Text
    } else {
        Format::Auto
    };
    let lang = match (head >> 1) % 3 {
        0 => LangHint::Auto,
        1 => LangHint::En,
        _ => LangHint::Hi,
    };
    let mut doc = Document::bytes(body.to_vec())
        .with_format(format)
        .with_lang(lang);
    if head & 8 != 0 {
        doc.date = Some("2024-12-10".to_string());
    }
    if let Ok(a) = analyze(&doc, &Options::default()) {
        if let Err(e) = common::check(&a) {
            panic!("invariant broken: {e}");
        }
        let mut u = a.clone();
        offsets::convert(&mut u, Unit::Utf16);
        let mut c = a;
        offsets::convert(&mut c, Unit::CodePoint);
    }
});
