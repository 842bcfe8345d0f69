//! The regression guard (issue 10): scores a fixed subset of every gold set
//! with the full pipeline and fails when a figure drops more than 0.01
//! below `tests/eval/baseline.json`, or when `analyze` refuses or panics
//! on a document.
//!
//! Run it in release mode (the debug build of the core is much slower):
//!
//! ```text
//! cargo test --release -p khabar-eval --test regression -- --nocapture
//! ```
//!
//! It skips, passing, when the gold data (`../shared/eval` beside the
//! repository, or `$KHABAR_EVAL_DATA`) is absent. To move the baseline on
//! purpose: `cargo run --release -p khabar-eval -- baseline --write`, and
//! commit the file on its own with the reason.

use khabar_eval::{guard, run};

#[test]
fn figures_hold_against_the_baseline() {
    let data = run::default_data_dir();
    if !data.is_dir() {
        eprintln!(
            "skipped: no gold data at {} (put it beside the repo as ../shared/eval or set KHABAR_EVAL_DATA)",
            data.display()
        );
        return;
    }
    let baseline = guard::baseline_path();
    let verdict = match guard::check(&data, &baseline) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    eprint!("{}", verdict.table());
    assert!(
        verdict.passed(),
        "regression guard failed: a figure dropped more than {} below {} or a document failed (see the table above); \
         fix the regression, or if the drop is intended, run `cargo run --release -p khabar-eval -- baseline --write` \
         and commit the baseline on its own with the reason",
        guard::TOLERANCE,
        baseline.display()
    );
}
