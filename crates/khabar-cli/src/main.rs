//! `khabar`: analyze news articles from the terminal.
//!
//! Glue only: gather inputs, hand each to `khabar_core::analyze` on a pool of
//! worker threads, print the results in input order. A failing input is named
//! on stderr and never stops the batch; the exit code says whether any failed
//! (0 all analyzed, 1 some failed, 2 usage error).
//!
//! Inputs are processed in bounded chunks (a few hundred lines or files at a
//! time), so a batch of any size streams through in bounded memory, except
//! with `--format json`, which must hold every analysis to merge them.

mod batch;
mod inputs;
mod report;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use khabar_core::offsets::{self, Unit};
use khabar_core::{Analysis, Document, LangHint, Options};
use rayon::prelude::*;

use crate::batch::RawLine;
use crate::report::Reporter;

#[derive(Parser)]
#[command(
    name = "khabar",
    version,
    about = "Find who, what, where and when in news articles (English and Hindi).",
    long_about = "Find who, what, where and when in news articles (English and Hindi): \
people, organizations, places, dates, quotes, events and a timeline.\n\n\
Offsets in the output count Unicode code points, as Python does.",
    after_help = "Examples:\n  khabar analyze article.txt\n  \
khabar analyze --date 2025-12-04 --format jsonl archive/\n  \
khabar analyze --input-jsonl batch.jsonl --format jsonl --jobs 4 > out.jsonl\n\n\
Exit codes: 0 every input analyzed, 1 some inputs failed (each named on stderr), 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze files, directories (walked for .txt, .html, .htm, .md) or standard input (-).
    #[command(
        after_help = "Batch form (--input-jsonl): one JSON object per line,\n  \
{\"id\": \"a1\", \"text\": \"...\", \"date\": \"2025-12-04\", \"lang\": \"hi\"}  (or \"html\" instead of \"text\")\n\
and, with --format jsonl, exactly one output line per input line, in input order; an input that\n\
fails gives {\"id\": ..., \"error\": ...}. Lines are independent, so a batch can be split anywhere\n\
(Spark's RDD.pipe, Hadoop Streaming) and runs in bounded memory.\n\n\
Documents over 50 MiB are refused with an error."
    )]
    Analyze(AnalyzeArgs),
}

#[derive(clap::Args)]
struct AnalyzeArgs {
    /// Files, directories, or - for standard input.
    inputs: Vec<String>,
    /// Reference date (YYYY-MM-DD) for relative dates; wins over the article's own.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Language of the articles.
    #[arg(long, default_value = "auto", value_parser = ["auto", "en", "hi"])]
    lang: String,
    /// json: one object {"documents", "corpus", "errors"} for all inputs; jsonl: one analysis per line.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
    /// Read the batch form from FILE (- for standard input): one {"id", "text" or "html", "date"?, "lang"?} per line.
    #[arg(long, value_name = "FILE")]
    input_jsonl: Option<String>,
    /// Pretty-print JSON (json format only).
    #[arg(long)]
    pretty: bool,
    /// Worker threads (0: one per CPU).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// No progress bar and no summary on stderr (errors are still reported).
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Exit 0 even when some inputs failed (each is still an error line or entry in the
    /// output and named on stderr): for engines that fail a whole task on a non-zero exit,
    /// such as Hadoop Streaming or Spark's Scala `pipe`.
    #[arg(long)]
    exit_zero: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Analyze(args) => match run(&args) {
            Ok(0) => ExitCode::SUCCESS,
            Ok(_) if args.exit_zero => ExitCode::SUCCESS,
            Ok(_) => ExitCode::from(1),
            Err(Fatal::Usage(msg)) => {
                eprintln!("khabar: {msg}");
                ExitCode::from(2)
            }
            Err(Fatal::Input(msg)) => {
                eprintln!("khabar: {msg}");
                ExitCode::from(1)
            }
        },
    }
}

/// Why a run stopped before its end.
enum Fatal {
    /// A usage error: exit code 2.
    Usage(String),
    /// The input as a whole cannot be read: exit code 1.
    Input(String),
}

/// What a worker hands back for one input.
pub struct Done {
    /// The input's id.
    id: String,
    /// The output line (jsonl) or the analysis (json), or why it failed.
    result: Result<Payload, String>,
    /// Words analyzed (whitespace-separated), for the summary.
    words: u64,
    /// Bytes read, for the summary.
    bytes: u64,
}

enum Payload {
    Line(String),
    Analysis(Box<Analysis>),
}

/// Everything a worker needs, shared read-only by all of them.
struct Job<'a> {
    options: Options,
    lang: LangHint,
    date: Option<&'a str>,
    format: OutputFormat,
}

impl Job<'_> {
    /// Analyzes one document; converts offsets to code points; serializes
    /// it in the worker when the output is jsonl.
    fn analyze(&self, id: String, doc: &Document, bytes: u64) -> Done {
        let analysis = match khabar_core::analyze(doc, &self.options) {
            Ok(mut a) => {
                offsets::convert(&mut a, Unit::CodePoint);
                a
            }
            Err(e) => return failed(id, e.to_string(), bytes),
        };
        let words = analysis.text.split_whitespace().count() as u64;
        let result = match self.format {
            OutputFormat::Jsonl => serde_json::to_string(&analysis)
                .map(Payload::Line)
                .map_err(|e| format!("cannot write the analysis as JSON: {e}")),
            OutputFormat::Json => Ok(Payload::Analysis(Box::new(analysis))),
        };
        Done {
            id,
            result,
            words,
            bytes,
        }
    }

    fn file(&self, source: &inputs::Source) -> Done {
        match source.read(self.options.max_bytes) {
            inputs::Input::Read { id, name, bytes } => {
                let len = bytes.len() as u64;
                let mut doc = Document::bytes(bytes)
                    .with_id(id.clone())
                    .with_lang(self.lang);
                doc.name = name;
                doc.date = self.date.map(str::to_string);
                self.analyze(id, &doc, len)
            }
            inputs::Input::Failed { id, reason } => failed(id, reason, 0),
        }
    }

    fn line(&self, n: u64, raw: &RawLine) -> Done {
        match raw {
            RawLine::TooLong(len) => failed(
                format!("line {n}"),
                format!(
                    "the line is {len} bytes, over the limit of {} bytes; split the document",
                    line_limit(&self.options)
                ),
                *len,
            ),
            RawLine::Bytes(bytes) => {
                let len = bytes.len() as u64 + 1;
                match batch::parse(n, bytes, self.date, self.lang) {
                    Ok(doc) => {
                        let id = doc.id.clone().unwrap_or_else(|| format!("line {n}"));
                        self.analyze(id, &doc, len)
                    }
                    Err((id, reason)) => failed(id, reason, len),
                }
            }
        }
    }
}

fn failed(id: String, reason: String, bytes: u64) -> Done {
    Done {
        id,
        result: Err(reason),
        words: 0,
        bytes,
    }
}

/// The longest batch line accepted: twice the document limit (JSON escapes
/// such as `\u0915` make Devanagari twice as long) plus room for the fields.
fn line_limit(options: &Options) -> usize {
    options.max_bytes.saturating_mul(2).saturating_add(1 << 20)
}

/// How many inputs go to the workers at once, and how many bytes of batch
/// lines at most: bounds memory while keeping every worker busy.
fn chunk_limits(jobs: usize) -> (usize, usize) {
    (64 * jobs.max(1), (8 << 20) * jobs.max(1))
}

fn run(args: &AnalyzeArgs) -> Result<usize, Fatal> {
    if let Some(d) = &args.date {
        if !is_iso_date(d) {
            return Err(Fatal::Usage(format!(
                "expected --date as YYYY-MM-DD, but found {d:?}"
            )));
        }
    }
    if args.input_jsonl.is_some() && !args.inputs.is_empty() {
        return Err(Fatal::Usage(
            "give either --input-jsonl or input files, not both".to_string(),
        ));
    }
    if args.input_jsonl.is_none() && args.inputs.is_empty() {
        return Err(Fatal::Usage(
            "no input: give files, directories or - (see khabar analyze --help)".to_string(),
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs)
        .build()
        .map_err(|e| Fatal::Usage(format!("cannot start {} worker threads: {e}", args.jobs)))?;
    let jobs = pool.current_num_threads();
    let job = Job {
        options: Options::default(),
        lang: LangHint::parse(&args.lang).unwrap_or_default(),
        date: args.date.as_deref(),
        format: args.format,
    };
    let stdout = io::stdout();
    let mut sink = Sink {
        out: io::BufWriter::with_capacity(1 << 16, stdout.lock()),
        format: args.format,
        collected: Vec::new(),
        reporter: Reporter::new(args.quiet, jobs),
        closed: false,
    };
    let (max_items, max_bytes) = chunk_limits(jobs);

    if let Some(source) = &args.input_jsonl {
        let (mut reader, total): (Box<dyn BufRead>, Option<u64>) = if source == "-" {
            (
                Box::new(io::BufReader::with_capacity(1 << 16, io::stdin())),
                None,
            )
        } else {
            let file = std::fs::File::open(source)
                .map_err(|e| Fatal::Input(format!("{source}: cannot open: {e}")))?;
            let len = file.metadata().ok().map(|m| m.len());
            (Box::new(io::BufReader::with_capacity(1 << 16, file)), len)
        };
        sink.reporter.start_bytes(total);
        let limit = line_limit(&job.options);
        let mut n: u64 = 0;
        let mut eof = false;
        while !eof && !sink.closed {
            let mut chunk: Vec<(u64, RawLine)> = Vec::new();
            let mut chunk_bytes = 0usize;
            let mut read_error = None;
            while chunk.len() < max_items && chunk_bytes < max_bytes {
                match batch::read_line(&mut reader, limit) {
                    Ok(Some(raw)) => {
                        n += 1;
                        if let RawLine::Bytes(b) = &raw {
                            chunk_bytes += b.len();
                        }
                        chunk.push((n, raw));
                    }
                    Ok(None) => {
                        eof = true;
                        break;
                    }
                    Err(e) => {
                        read_error = Some(e);
                        eof = true;
                        break;
                    }
                }
            }
            let done = pool.install(|| work_lines(&job, &chunk));
            sink.emit_all(done);
            if let Some(e) = read_error {
                // Where the next line would start is unknown: report and stop.
                sink.emit(failed(
                    format!("line {}", n + 1),
                    format!("cannot read the batch: {e}"),
                    0,
                ));
            }
        }
    } else {
        let sources = inputs::gather(&args.inputs);
        sink.reporter.start_items(sources.len() as u64);
        for chunk in sources.chunks(max_items) {
            let done: Vec<Done> = pool.install(|| chunk.par_iter().map(|s| job.file(s)).collect());
            sink.emit_all(done);
            if sink.closed {
                break;
            }
        }
    }
    sink.finish(args.pretty);
    Ok(sink.reporter.failed())
}

fn work_lines(job: &Job<'_>, chunk: &[(u64, RawLine)]) -> Vec<Done> {
    chunk
        .par_iter()
        .with_max_len(1)
        .map(|(n, raw)| job.line(*n, raw))
        .collect()
}

/// Where results go, in input order.
struct Sink<W: Write> {
    out: W,
    format: OutputFormat,
    /// json format: every outcome, merged at the end.
    collected: Vec<(String, Result<Box<Analysis>, String>)>,
    reporter: Reporter,
    /// Standard output was closed (`| head`): stop working.
    closed: bool,
}

impl<W: Write> Sink<W> {
    fn emit_all(&mut self, done: Vec<Done>) {
        for d in done {
            self.emit(d);
        }
        if !self.closed {
            if let Err(e) = self.out.flush() {
                self.write_failed(&e);
            }
        }
    }

    fn emit(&mut self, done: Done) {
        self.reporter.record(&done);
        if self.closed {
            return;
        }
        let Done { id, result, .. } = done;
        match (self.format, result) {
            (OutputFormat::Jsonl, Ok(Payload::Line(line))) => {
                if let Err(e) = writeln!(self.out, "{line}") {
                    self.write_failed(&e);
                }
            }
            (OutputFormat::Jsonl, Err(reason)) => {
                let line = ErrorLine {
                    id: &id,
                    error: &reason,
                };
                let written = serde_json::to_writer(&mut self.out, &line)
                    .map_err(io::Error::from)
                    .and_then(|()| writeln!(self.out));
                if let Err(e) = written {
                    self.write_failed(&e);
                }
            }
            (_, Ok(Payload::Analysis(a))) => self.collected.push((id, Ok(a))),
            (_, Ok(Payload::Line(_))) => {}
            (OutputFormat::Json, Err(reason)) => self.collected.push((id, Err(reason))),
        }
    }

    fn write_failed(&mut self, e: &io::Error) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            self.reporter
                .message(&format!("khabar: cannot write the output: {e}"));
        }
        self.closed = true;
    }

    fn finish(&mut self, pretty: bool) {
        if self.format == OutputFormat::Json && !self.closed {
            let collected = std::mem::take(&mut self.collected);
            let mut analyses = Vec::with_capacity(collected.len());
            let mut errors = Vec::new();
            for (id, r) in collected {
                match r {
                    Ok(a) => analyses.push(*a),
                    Err(error) => errors.push(ErrorOutput { id, error }),
                }
            }
            let corpus = khabar_core::merge(&analyses);
            let doc = JsonOutput {
                documents: &analyses,
                corpus: &corpus,
                errors,
            };
            let written = if pretty {
                serde_json::to_writer_pretty(&mut self.out, &doc)
            } else {
                serde_json::to_writer(&mut self.out, &doc)
            };
            let result = written
                .map_err(io::Error::from)
                .and_then(|()| writeln!(self.out))
                .and_then(|()| self.out.flush());
            if let Err(e) = result {
                self.write_failed(&e);
            }
        }
        self.reporter.finish();
    }
}

/// The `json` format: every analysis, the merged corpus, and the inputs that failed.
#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    documents: &'a [Analysis],
    corpus: &'a khabar_core::Corpus,
    errors: Vec<ErrorOutput>,
}

/// An input that failed, in the `json` format's `errors`.
#[derive(serde::Serialize)]
struct ErrorOutput {
    id: String,
    error: String,
}

/// An input that failed, as a line of the `jsonl` format.
#[derive(serde::Serialize)]
struct ErrorLine<'a> {
    id: &'a str,
    error: &'a str,
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        for (s, want) in [
            ("2025-12-04", true),
            ("2025-1-04", false),
            ("04-12-2025", false),
            ("2025/12/04", false),
            ("", false),
            ("२०२५-१२-०४", false),
        ] {
            assert_eq!(is_iso_date(s), want, "{s}");
        }
    }

    #[test]
    fn chunks_are_bounded_and_never_empty() {
        assert_eq!(chunk_limits(0), (64, 8 << 20));
        assert_eq!(chunk_limits(4), (256, 32 << 20));
        assert!(line_limit(&Options::default()) > Options::default().max_bytes);
    }
}
