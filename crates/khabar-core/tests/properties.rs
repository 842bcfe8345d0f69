//! Property tests: random mixed-script input never panics and always gives an
//! analysis whose offsets are inside the text, on char boundaries, whose
//! spans' `text` equals the text at their offsets, and whose TIMEX3 values
//! are well-formed.
//!
//! Inputs are built from pieces real news is made of (English and Hindi
//! words, dates, numbers, quotation marks, wire datelines) mixed with what
//! breaks naive code (emoji and ZWJ sequences, RTL text, combining marks
//! alone, NUL, BOMs, HTML fragments, arbitrary characters and bytes).
//! The case count is kept moderate so the suite runs in seconds in debug.

mod common;

use khabar_core::offsets::{self, Unit};
use khabar_core::{analyze, merge, Document, Format, LangHint, Options};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Rajnath Singh",
    "Vladimir Putin",
    "J P Nadda",
    "Narendra Modi",
    "New Delhi",
    "Moscow",
    "BJP",
    "the Ministry of Defence",
    "said",
    "met",
    "on Tuesday",
    "last week",
    "yesterday",
    "December 4, 2025",
    "4/12/2025",
    "2024-12-10",
    "five months later",
    "in April",
    "at 10:30 am",
    "every Monday",
    "for two days",
    "(ANI)",
    "(PTI)",
    "NEW DELHI, Dec 3 (PTI) -",
    "Mr.",
    "Dr.",
    "U.S.",
    "e.g.",
    "राजनाथ सिंह",
    "व्लादिमीर पुतिन",
    "नई दिल्ली",
    "मॉस्को",
    "ने कहा कि",
    "मंगलवार को",
    "10 दिसंबर",
    "पांच महीने बाद",
    "कल",
    "पिछले साल",
    "१० दिसंबर २०२४",
    "भाषा",
    "।",
    "॥",
    "|",
    ".",
    "?",
    "!",
    ",",
    ":",
    ";",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "😀",
    "👨‍👩‍👧",
    "🇮🇳",
    "👍🏽",
    "\u{200d}",
    "\u{200c}",
    "\u{feff}",
    "\u{fffd}",
    "्",
    "ं",
    "\u{0301}",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u{202e}",
    "\u{202c}",
    "\0",
    "1,000",
    "3.5",
    "₹500 crore",
    "12",
    "1947",
    "99999999999999999999",
    "@PMOIndia",
    "#Diwali",
    "https://example.com/a?b=1",
    "<p>",
    "</p>",
    "<div class=\"x\">",
    "</div>",
    "<br>",
    "<script>alert(1)</script>",
    "<a href=\"javascript:x\">",
    "</a>",
    "&amp;",
    "&#x0915;",
    "&",
    "<",
    ">",
    "<!--",
    "-->",
    "<![CDATA[",
    "<meta http-equiv=\"refresh\">",
    "<title>",
    "</title>",
    "Ω",
    "ß",
    "İ",
    "ﬁ",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z]{1,12}",
        1 => "[\u{0900}-\u{097F}]{1,8}",
        1 => "[0-9]{1,6}",
    ]
}

fn mixed_text() -> impl Strategy<Value = String> {
    pieces(0..80)
}

/// Long enough to cross the fixed-size windows (sniffing, language
/// detection) that ingestion and segmentation read.
fn long_text() -> impl Strategy<Value = String> {
    pieces(300..900)
}

fn pieces(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), len).prop_map(|pieces| {
        let mut out = String::new();
        for (i, p) in pieces.iter().enumerate() {
            if i % 3 == 0 {
                out.push(' ');
            }
            out.push_str(p);
        }
        out
    })
}

fn date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2024-12-10".to_string())),
        Just(Some("2025-02-28".to_string())),
        Just(Some("2000-01-01".to_string())),
    ]
}

fn lang() -> impl Strategy<Value = LangHint> {
    prop_oneof![Just(LangHint::Auto), Just(LangHint::En), Just(LangHint::Hi)]
}

fn assert_ok(doc: &Document) -> Result<(), TestCaseError> {
    match analyze(doc, &Options::default()) {
        Ok(a) => {
            if let Err(e) = common::check(&a) {
                return Err(TestCaseError::fail(format!("{e}\ninput: {:?}", doc.bytes)));
            }
            // The boundary conversions must not panic either.
            let mut cp = a.clone();
            offsets::convert(&mut cp, Unit::CodePoint);
            let mut u16 = a;
            offsets::convert(&mut u16, Unit::Utf16);
            Ok(())
        }
        // Refusing is fine (a binary-looking input); panicking is not.
        Err(_) => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mixed_text_holds_the_invariants(text in mixed_text(), date in date(), lang in lang()) {
        let mut doc = Document::text(text).with_lang(lang);
        doc.date = date;
        assert_ok(&doc)?;
    }

    #[test]
    fn mixed_html_holds_the_invariants(text in mixed_text(), date in date()) {
        let mut doc = Document::html(format!("<html><body><p>{text}</p></body></html>"));
        doc.date = date;
        assert_ok(&doc)?;
        // Unwrapped fragments too, sniffed as whatever they look like.
        assert_ok(&Document::bytes(text.into_bytes()))?;
    }

    #[test]
    fn arbitrary_bytes_hold_the_invariants(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        format in prop_oneof![Just(Format::Auto), Just(Format::Text), Just(Format::Html), Just(Format::Markdown)],
    ) {
        assert_ok(&Document::bytes(bytes).with_format(format))?;
    }

    #[test]
    fn merge_holds_the_invariants(texts in prop::collection::vec(mixed_text(), 0..5)) {
        let analyses: Vec<_> = texts
            .into_iter()
            .enumerate()
            .filter_map(|(i, t)| {
                analyze(&Document::text(t).with_id(format!("d{i}")).with_date("2024-12-10"), &Options::default()).ok()
            })
            .collect();
        let corpus = merge(&analyses);
        if let Err(e) = common::check_corpus(&analyses, &corpus) {
            return Err(TestCaseError::fail(e));
        }
    }
}

proptest! {
    // Long inputs cost more: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn long_text_holds_the_invariants(text in long_text(), html in any::<bool>()) {
        let doc = if html {
            Document::html(text)
        } else {
            Document::bytes(text.into_bytes())
        };
        assert_ok(&doc.with_date("2024-12-10"))?;
    }
}
