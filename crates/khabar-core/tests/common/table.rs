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

/// Replays a TSV table file named `name`: each line that is not blank or a
/// `#` comment is a row of tab-separated columns, and `check` returns what
/// went wrong with it, if anything. The test fails listing every failing
/// row with its line number, and fails on a table with no rows.
pub fn replay_tsv(name: &str, table: &str, mut check: impl FnMut(&[&str]) -> Option<String>) {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if let Some(why) = check(&cols) {
            failures.push(format!("{name}.tsv:{}: {why}", n + 1));
        }
        rows += 1;
    }
    assert!(rows > 0, "{name}.tsv: no rows");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[cfg(test)]
mod tests {
    use super::{replay, replay_tsv};

    #[test]
    fn a_tsv_table_skips_comments_and_reports_rows() {
        replay_tsv("t", "# a comment\n\na\ta\nb\tb\n", |c| {
            (c[0] != c[1]).then(|| "differs".to_string())
        });
    }

    #[test]
    #[should_panic(expected = "t.tsv:2: differs")]
    fn a_wrong_tsv_row_names_its_line() {
        replay_tsv("t", "a\ta\nb\tc\n", |c| {
            (c[0] != c[1]).then(|| "differs".to_string())
        });
    }

    #[test]
    #[should_panic(expected = "no rows")]
    fn an_empty_tsv_table_fails() {
        replay_tsv("t", "# only a comment\n", |_| None);
    }

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
