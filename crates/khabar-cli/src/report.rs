//! What the user sees on stderr: per-input errors, a progress bar when stderr
//! is a terminal (none when piped or redirected), and a throughput summary.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use crate::Done;

/// Counts, draws and summarizes.
pub struct Reporter {
    bar: ProgressBar,
    /// Progress counts bytes (a batch file) rather than inputs.
    by_bytes: bool,
    quiet: bool,
    jobs: usize,
    started: Instant,
    docs: u64,
    failed: u64,
    words: u64,
    bytes: u64,
}

impl Reporter {
    /// A reporter; it draws a bar only when stderr is a terminal and not `quiet`.
    pub fn new(quiet: bool, jobs: usize) -> Reporter {
        let draw = !quiet && std::io::stderr().is_terminal();
        Reporter {
            bar: if draw {
                ProgressBar::new_spinner()
            } else {
                ProgressBar::hidden()
            },
            by_bytes: false,
            quiet,
            jobs,
            started: Instant::now(),
            docs: 0,
            failed: 0,
            words: 0,
            bytes: 0,
        }
    }

    /// Progress over a known number of inputs.
    pub fn start_items(&mut self, total: u64) {
        self.bar.set_length(total);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} documents ({per_sec}, {eta} left)",
        ) {
            self.bar.set_style(style);
        }
        self.bar.enable_steady_tick(Duration::from_millis(200));
    }

    /// Progress over a batch of `total` bytes, or a spinner when unknown
    /// (standard input).
    pub fn start_bytes(&mut self, total: Option<u64>) {
        self.by_bytes = true;
        let template = match total {
            Some(len) => {
                self.bar.set_length(len);
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) {msg}"
            }
            None => "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.bar.set_style(style);
        }
        self.bar.enable_steady_tick(Duration::from_millis(200));
    }

    /// Counts one finished input and names it on stderr when it failed.
    pub fn record(&mut self, done: &Done) {
        self.docs += 1;
        self.words += done.words;
        self.bytes += done.bytes;
        if let Err(reason) = &done.result {
            self.failed += 1;
            self.message(&format!("khabar: {}: {reason}", done.id));
        }
        if self.by_bytes {
            self.bar.inc(done.bytes);
            self.bar.set_message(format!("{} documents", self.docs));
        } else {
            self.bar.inc(1);
        }
    }

    /// Prints a line on stderr without tearing the bar.
    pub fn message(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// How many inputs failed.
    pub fn failed(&self) -> usize {
        usize::try_from(self.failed).unwrap_or(usize::MAX)
    }

    /// Clears the bar and prints the throughput summary (unless quiet).
    pub fn finish(&mut self) {
        self.bar.finish_and_clear();
        if self.quiet {
            return;
        }
        eprintln!(
            "khabar: {}",
            summary(
                self.docs,
                self.failed,
                self.words,
                self.bytes,
                self.started.elapsed(),
                self.jobs
            )
        );
    }
}

/// "12 documents (1 failed), 5,400 words, 0.03 MB in 0.10 s: 120 documents/s,
/// 54,000 words/s, 0.30 MB/s on 2 threads".
fn summary(
    docs: u64,
    failed: u64,
    words: u64,
    bytes: u64,
    elapsed: Duration,
    jobs: usize,
) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    let mb = bytes as f64 / 1e6;
    let failed = if failed > 0 {
        format!(" ({failed} failed)")
    } else {
        String::new()
    };
    format!(
        "{} document{}{failed}, {} words, {mb:.2} MB in {secs:.2} s: {} documents/s, {} words/s, {:.2} MB/s on {jobs} thread{}",
        thousands(docs),
        if docs == 1 { "" } else { "s" },
        thousands(words),
        thousands((docs as f64 / secs) as u64),
        thousands((words as f64 / secs) as u64),
        mb / secs,
        if jobs == 1 { "" } else { "s" },
    )
}

/// 1234567 → "1,234,567".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        for (n, want) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(thousands(n), want);
        }
    }

    #[test]
    fn summary_reads_well() {
        let s = summary(2, 1, 5000, 2_000_000, Duration::from_secs(2), 1);
        assert_eq!(
            s,
            "2 documents (1 failed), 5,000 words, 2.00 MB in 2.00 s: 1 documents/s, 2,500 words/s, 1.00 MB/s on 1 thread"
        );
    }
}
