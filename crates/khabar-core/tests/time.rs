//! Temporal expressions: tables of text → (span, TIMEX3 value) against an
//! explicit reference date, replayed from `tests/data/time/*.tsv` (one
//! table per behaviour), and golden checks on the two sample articles.

mod common;

use khabar_core::time::find;
use khabar_core::TimexType;

fn date(s: &str) -> Option<jiff::civil::Date> {
    s.parse().ok()
}

/// Finds the timexes of `text` as (text, value) pairs.
fn found(text: &str, reference: &str) -> Vec<(String, String)> {
    find(text, date(reference), true)
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

/// Replays a table: each row is `reference<TAB>text` then the expected
/// `span<TAB>value` pairs in order (none: nothing is found); `-` for no
/// reference date; `#` lines and blank lines are comments.
fn replay(name: &str, table: &str) {
    common::table::replay_tsv(name, table, |cols| {
        assert!(
            cols.len() >= 2 && cols.len() % 2 == 0,
            "{name}.tsv: want reference, text and (span, value) pairs: {cols:?}"
        );
        let (reference, text) = (cols[0], cols[1]);
        let want: Vec<(String, String)> = cols[2..]
            .chunks(2)
            .map(|p| (p[0].to_string(), p[1].to_string()))
            .collect();
        let got = found(text, reference);
        (got != want).then(|| format!("{text:?} @ {reference}\n   want {want:?}\n    got {got:?}"))
    });
}

/// One test per table of `tests/data/time/`, named as the file.
macro_rules! tables {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                replay(
                    stringify!($name),
                    include_str!(concat!("data/time/", stringify!($name), ".tsv")),
                );
            }
        )*
    };
}

tables!(
    english_absolute,
    english_relative_and_tense,
    english_times_durations_sets,
    hindi,
    without_a_reference_date,
    false_positives,
    tense_points_bare_dates,
    chained_to_last_date,
    lengths_of_time,
    results_story_quarters,
    times_only_in_context,
    calendar_forms,
    narrative_history,
);

#[test]
fn offsets_are_byte_offsets_at_char_boundaries() {
    let text = "😀 मंगलवार को बैठक हुई, on Friday evening 😀";
    for t in find(text, date("2024-12-10"), true) {
        assert_eq!(&text[t.start..t.end], t.text);
    }
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "9999-99-99",
        "31/02/2024",
        "99:99 pm",
        "Q9",
        "FY",
        "the",
        "December 32",
        "१२३४५६७८९०१२३४५६७८९०",
        "0000 BC",
        "कल",
        "99999999999999999999 years ago",
        "a\u{0301}\u{093C} 12-",
        "Tuesday, ",
        "early",
        "the end of",
    ];
    for t in odd {
        let _ = find(t, date("2024-01-01"), true);
        let _ = find(t, None, false);
    }
}

#[test]
fn golden_samples() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/samples/");
    let en = std::fs::read_to_string(format!("{root}en-ani-nadda-murashko-2025-12-04.txt"));
    let hi = std::fs::read_to_string(format!("{root}hi-rajnath-putin-moscow-2024-12-10.txt"));
    let (Ok(en), Ok(hi)) = (en, hi) else {
        eprintln!("skipped: www/samples not found");
        return;
    };
    let values = |text: &str, d: &str| -> Vec<String> {
        find(text, date(d), true)
            .into_iter()
            .map(|t| format!("{}={}", t.text, t.value))
            .collect()
    };
    let got = values(&en, "2025-12-04");
    for want in [
        "December 4=2025-12-04",
        "Thursday=2025-12-04",
        "June 2025=2025-06",
        "two-day=P2D",
        "2021=2021",
        "2022=2022",
        "September 1 this year=2025-09-01",
    ] {
        assert!(got.iter().any(|g| g == want), "missing {want} in {got:?}");
    }
    assert!(!got.iter().any(|g| g.starts_with("22nd")), "{got:?}");
    let got = values(&hi, "2024-12-10");
    for want in [
        "मंगलवार=2024-12-10",
        "रविवार=2024-12-08",
        "तीन दिवसीय=P3D",
        "December 10, 2024=2024-12-10",
    ] {
        assert!(got.iter().any(|g| g == want), "missing {want} in {got:?}");
    }
    let five = find(&hi, date("2024-12-10"), true)
        .into_iter()
        .find(|t| t.text.contains("महीने"))
        .map(|t| (t.kind, t.value));
    assert_eq!(five, Some((TimexType::Duration, "P5M".to_string())));
}
