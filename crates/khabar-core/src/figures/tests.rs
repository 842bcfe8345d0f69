//! Unit tests of the pass; the behaviour tables are in
//! `tests/data/figures/*.tsv` (replayed by `tests/figures.rs`).

use super::*;
use crate::model::FigureKind::*;

fn one(text: &str) -> Figure {
    let got = find(text);
    assert_eq!(got.len(), 1, "{text:?}: {got:#?}");
    got.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn the_issue_examples() {
    let cases: &[(&str, &str, FigureKind, f64, Option<&str>)] = &[
        (
            "It costs ₹2.5 lakh crore.",
            "₹2.5 lakh crore",
            Money,
            2.5e12,
            Some("INR"),
        ),
        (
            "A Rs 1,500-crore project.",
            "Rs 1,500-crore",
            Money,
            1.5e10,
            Some("INR"),
        ),
        (
            "कुल 50,000 करोड़ रुपये खर्च होंगे।",
            "50,000 करोड़ रुपये",
            Money,
            5e11,
            Some("INR"),
        ),
        (
            "A fund of USD 100 billion.",
            "USD 100 billion",
            Money,
            1e11,
            Some("USD"),
        ),
        (
            "Growth was 12.5 per cent.",
            "12.5 per cent",
            Percent,
            12.5,
            Some("%"),
        ),
        ("महंगाई पांच फीसदी बढ़ी।", "पांच फीसदी", Percent, 5.0, Some("%")),
        (
            "The city got 40 mm of rain.",
            "40 mm",
            Quantity,
            40.0,
            Some("mm"),
        ),
        (
            "They repaired a 3-km stretch.",
            "3-km",
            Quantity,
            3.0,
            Some("km"),
        ),
        (
            "A plant of 2,000 MW.",
            "2,000 MW",
            Quantity,
            2000.0,
            Some("MW"),
        ),
    ];
    for &(text, span, kind, value, unit) in cases {
        let f = one(text);
        assert_eq!(
            (f.text.as_str(), f.kind, f.value, f.unit.as_deref()),
            (span, kind, value, unit),
            "{text}"
        );
        assert_eq!(text.get(f.start..f.end), Some(span));
    }
}

#[test]
fn ranges_take_the_scale_of_either_end() {
    let f = one("It will cost Rs 5-7 crore.");
    assert_eq!((f.value, f.range_to), (5e7, Some(7e7)));
    let f = one("Rates rose 5 to 7 per cent.");
    assert_eq!((f.value, f.range_to, f.kind), (5.0, Some(7.0), Percent));
    let f = one("करीब 10-12 लाख लोग आए।");
    assert_eq!(
        (f.value, f.range_to, f.kind, f.approx),
        (1e6, Some(1.2e6), Count, true)
    );
    // A score is not a range: the high end must be higher.
    assert!(find("India won 3-1.").is_empty());
}

#[test]
fn approximators_stay_outside_the_span() {
    let f = one("Nearly 2,000 people were evacuated.");
    assert_eq!(
        (f.text.as_str(), f.approx, f.kind, f.value),
        ("2,000", true, Count, 2000.0)
    );
    let f = one("50 से अधिक लोग घायल हुए।");
    assert_eq!((f.text.as_str(), f.approx, f.value), ("50", true, 50.0));
    let f = one("The bill is Rs 500 crore.");
    assert!(!f.approx);
}

#[test]
fn labels_ages_and_codes_are_left_alone() {
    for text in [
        "Police imposed Section 144 in the town.",
        "Article 370 was read down.",
        "COVID-19 cases rose.",
        "The G20 summit ended.",
        "Two MiG-29 jets and S-400 systems.",
        "एस-400 प्रणाली आई।",
        "A 45-year-old man died.",
        "45 वर्षीय व्यक्ति की मौत।",
        "He was aged 45.",
        "Call 9876543210 now.",
        "FIR No. 123/2020 was filed.",
        "He came 2nd in the race.",
        "वह 5वें स्थान पर रहा।",
        "Version 2.0.1 is out.",
        "See https://example.com/status/123456 now.",
    ] {
        let got: Vec<String> = find(text).into_iter().map(|f| f.text).collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_number_after_a_link_is_read() {
    let f = one("See https://example.com/status/123456 for 500 people");
    assert_eq!(f.text, "500");
}

#[test]
fn nothing_the_time_stage_claims() {
    for text in [
        "In 2024, 300 people came.",
        "Five months later, at 10:30.",
        "The 2019-20 budget.",
    ] {
        for f in find(text) {
            assert!(
                !["2024", "10:30", "Five months", "2019-20"].contains(&f.text.as_str()),
                "{text}: {f:?}"
            );
        }
    }
}

#[test]
fn devanagari_digits_and_number_words() {
    let f = one("कुल ५०,००० करोड़ रुपये");
    assert_eq!(f.value, 5e11);
    let f = one("ढाई लाख रुपये मिले");
    assert_eq!((f.value, f.kind), (2.5e5, Money));
    let f = one("साढ़े तीन लाख लोग");
    assert_eq!(f.value, 3.5e5);
    let f = one("पौने दो करोड़ रुपये");
    assert_eq!(f.value, 1.75e7);
    let f = one("two and a half lakh tonnes");
    assert_eq!((f.value, f.unit.as_deref()), (2.5e5, Some("t")));
    let f = one("twenty-five per cent");
    assert_eq!(f.value, 25.0);
}

#[test]
fn indian_and_international_grouping() {
    assert_eq!(one("Rs 1,50,000 was paid").value, 150000.0);
    assert_eq!(one("Rs 150,000 was paid").value, 150000.0);
    assert_eq!(one("Rs 1,23,45,678 was paid").value, 12345678.0);
}

#[test]
fn bare_numbers_and_one_are_not_counts() {
    assert_eq!(one("5 people came.").value, 5.0);
    assert!(find("1 person came.").is_empty());
    assert!(find("Only 5 came.").is_empty());
    assert!(find("Phase 2 begins.").is_empty());
    assert!(find("The 2024 elections.").is_empty());
    assert_eq!(one("12 districts voted.").value, 12.0);
}
