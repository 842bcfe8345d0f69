//! One runner for the golden tables: every row is checked, and every
//! failing row is reported at once with what was wanted and what was got.

use std::fmt::Debug;

/// Replays `rows`: `run` gives (the row's text, wanted, got) for one row;
/// the test fails, listing each row whose `got` is not its `wanted`.
pub fn replay<R, T: PartialEq + Debug>(rows: &[R], mut run: impl FnMut(&R) -> (String, T, T)) {
    let mut failures = Vec::new();
    for row in rows {
        let (text, want, got) = run(row);
        if got != want {
            failures.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::replay;

    #[test]
    fn a_matching_table_passes() {
        replay(&[1, 2, 3], |&n| (format!("{n}"), n * 2, n + n));
    }

    #[test]
    #[should_panic(expected = "1 of 2 rows failed")]
    fn a_wrong_row_fails_the_table() {
        replay(&[1, 2], |&n| {
            (format!("{n}"), n, if n == 2 { 0 } else { n })
        });
    }
}
