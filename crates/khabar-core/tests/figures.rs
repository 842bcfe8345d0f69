//! Figures: tables of text → expected figures, replayed from
//! `tests/data/figures/*.tsv` (one table per behaviour), plus a property
//! test that the stage never panics and keeps its spans inside the text.

mod common;

use khabar_core::figures::find;
use khabar_core::Figure;
use proptest::prelude::*;

/// A figure as a table writes it: `span|kind|value|unit`, then `~` when
/// approximate and `to=VALUE` for the high end of a range (`-` for no unit).
fn render(f: &Figure) -> String {
    let mut s = format!(
        "{}|{}|{}|{}",
        f.text,
        serde_json::to_value(f.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        f.value,
        f.unit.as_deref().unwrap_or("-")
    );
    if f.approx {
        s.push_str("|~");
    }
    if let Some(r) = f.range_to {
        s.push_str(&format!("|to={r}"));
    }
    s
}

/// The same figure written by hand: values are read as numbers, so
/// "2.5e12" and "2500000000000" are one value.
fn same(want: &str, got: &str) -> bool {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.split('|').collect(), got.split('|').collect());
    w.len() == g.len()
        && w.iter().zip(&g).enumerate().all(|(i, (a, b))| {
            let num = |s: &str| s.trim_start_matches("to=").parse::<f64>().ok();
            match (i >= 2, num(a), num(b)) {
                (true, Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
                _ => a == b,
            }
        })
}

/// Replays a table: each row is the text, then the expected figures in
/// order, one a column (none: nothing is found); `#` lines and blank lines
/// are comments.
fn replay(name: &str, table: &str) {
    common::table::replay_tsv(name, table, |cols| {
        let (text, want) = (cols[0], &cols[1..]);
        let got: Vec<String> = find(text).iter().map(render).collect();
        let ok = got.len() == want.len() && want.iter().zip(&got).all(|(w, g)| same(w, g));
        (!ok).then(|| format!("{text:?}\n   want {want:?}\n    got {got:?}"))
    });
}

/// One test per table of `tests/data/figures/`, named as the file.
macro_rules! tables {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                replay(
                    stringify!($name),
                    include_str!(concat!("data/figures/", stringify!($name), ".tsv")),
                );
            }
        )*
    };
}

tables!(
    scale_words,
    digits_and_grouping,
    number_words,
    currencies,
    percent_and_units,
    ranges,
    approximations,
    counts,
    hands_off,
);

#[test]
fn the_renderer_and_comparison_agree() {
    assert!(same("Rs 5|money|5e0|INR", "Rs 5|money|5|INR"));
    assert!(!same("Rs 5|money|5|INR", "Rs 5|money|5|INR|~"));
    assert!(!same("Rs 5|money|5|INR", "Rs 5|money|6|INR"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text: no panic, spans on char boundaries and in order.
    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,120}") {
        let mut last = 0;
        for f in find(&text) {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
            prop_assert!(f.start >= last);
            last = f.end;
        }
    }

    /// Texts made of the pieces figures are built from, in any order.
    #[test]
    fn never_panics_on_figure_pieces(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Rs", "₹", "$", "US", "USD", ".", ",", "-", "/", " ", "1", "50", "000", "1,50,000",
                "2.5", "lakh", "crore", "करोड़", "लाख", "रुपये", "per", "cent", "%", "km", "mm",
                "to", "से", "अधिक", "about", "साढ़े", "ढाई", "पौने", "two", "and", "a", "half",
                "५०", "people", "लोग", "2024", "No", "Section", "-year-old", "वें", "@", "http://",
            ]),
            0..24,
        )
    ) {
        let text: String = parts.concat();
        for f in find(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
            prop_assert!(f.value.is_finite());
        }
    }
}
