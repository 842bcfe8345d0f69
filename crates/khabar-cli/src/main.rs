//! `khabar`: analyze news articles from the terminal.
//!
//! Glue only: gather inputs, hand each to `khabar_core::analyze`, print. A
//! failing input is named on stderr and never stops the batch; the exit code
//! says whether any failed (0 all analyzed, 1 some failed, 2 usage error).

mod inputs;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use khabar_core::offsets::{self, Unit};
use khabar_core::{Analysis, Document, LangHint, Options};

#[derive(Parser)]
#[command(
    name = "khabar",
    version,
    about = "Find who, what, where and when in news articles (English and Hindi).",
    long_about = "Find who, what, where and when in news articles (English and Hindi): \
people, organizations, places, dates, quotes, events and a timeline.\n\n\
Offsets in the output count Unicode code points, as Python does.\n\n\
Examples:\n  khabar analyze article.txt\n  khabar analyze --date 2025-12-04 --format jsonl archive/\n  \
cat batch.jsonl | khabar analyze --input-jsonl - --format jsonl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze files, directories (walked for .txt, .html, .htm, .md) or standard input (-).
    Analyze(AnalyzeArgs),
}

#[derive(clap::Args)]
struct AnalyzeArgs {
    /// Files, directories, or - for standard input.
    inputs: Vec<String>,
    /// Reference date (YYYY-MM-DD) for articles that carry none; wins over the article's own.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Language of the articles.
    #[arg(long, default_value = "auto", value_parser = ["auto", "en", "hi"])]
    lang: String,
    /// json: one object {"documents", "corpus"} for all inputs; jsonl: one analysis per line.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
    /// Read the batch form: one {"id", "text" or "html", "date"?} per line (- for standard input).
    #[arg(long, value_name = "FILE")]
    input_jsonl: Option<String>,
    /// Pretty-print JSON (json format only).
    #[arg(long)]
    pretty: bool,
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
            Ok(failed) if failed == 0 => ExitCode::SUCCESS,
            Ok(_) => ExitCode::from(1),
            Err(Usage(msg)) => {
                eprintln!("khabar: {msg}");
                ExitCode::from(2)
            }
        },
    }
}

/// A usage error: exit code 2.
struct Usage(String);

/// The result of one input: an analysis or the reason it failed.
struct Outcome {
    id: String,
    result: Result<Analysis, String>,
}

fn run(args: &AnalyzeArgs) -> Result<usize, Usage> {
    if let Some(d) = &args.date {
        if !is_iso_date(d) {
            return Err(Usage(format!(
                "expected --date as YYYY-MM-DD, but found {d:?}"
            )));
        }
    }
    let lang = LangHint::parse(&args.lang).unwrap_or_default();
    let options = Options::default();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;

    let mut emit = |outcome: Outcome, out: &mut dyn Write, collected: &mut Vec<Outcome>| {
        if let Err(reason) = &outcome.result {
            eprintln!("khabar: {}: {reason}", outcome.id);
            failed += 1;
        }
        match args.format {
            OutputFormat::Jsonl => {
                let line = match &outcome.result {
                    Ok(a) => serde_json::to_string(a),
                    Err(reason) => serde_json::to_string(&serde_json::json!({
                        "id": outcome.id, "error": reason
                    })),
                };
                if let Ok(line) = line {
                    let _ = writeln!(out, "{line}");
                }
            }
            OutputFormat::Json => collected.push(outcome),
        }
    };

    let mut collected = Vec::new();
    if let Some(source) = &args.input_jsonl {
        if !args.inputs.is_empty() {
            return Err(Usage(
                "give either --input-jsonl or input files, not both".to_string(),
            ));
        }
        let reader: Box<dyn BufRead> = if source == "-" {
            Box::new(io::BufReader::new(io::stdin()))
        } else {
            match std::fs::File::open(source) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => return Err(Usage(format!("cannot open {source}: {e}"))),
            }
        };
        for (n, line) in reader.split(b'\n').enumerate() {
            let outcome = match line {
                Ok(bytes) => batch_line(n + 1, &bytes, args, lang, &options),
                Err(e) => Outcome {
                    id: format!("line {}", n + 1),
                    result: Err(format!("cannot read: {e}")),
                },
            };
            emit(outcome, &mut out, &mut collected);
        }
    } else {
        if args.inputs.is_empty() {
            return Err(Usage(
                "no input: give files, directories or - (see khabar analyze --help)".to_string(),
            ));
        }
        for input in inputs::gather(&args.inputs) {
            let outcome = match input {
                inputs::Input::Read { id, name, bytes } => {
                    let mut doc = Document::bytes(bytes).with_id(id.clone()).with_lang(lang);
                    doc.name = name;
                    doc.date = args.date.clone();
                    Outcome {
                        id,
                        result: analyze(&doc, &options),
                    }
                }
                inputs::Input::Failed { id, reason } => Outcome {
                    id,
                    result: Err(reason),
                },
            };
            emit(outcome, &mut out, &mut collected);
        }
    }

    if args.format == OutputFormat::Json {
        let analyses: Vec<Analysis> = collected
            .iter()
            .filter_map(|o| o.result.as_ref().ok().cloned())
            .collect();
        let errors: Vec<serde_json::Value> = collected
            .iter()
            .filter_map(|o| {
                o.result
                    .as_ref()
                    .err()
                    .map(|e| serde_json::json!({"id": o.id, "error": e}))
            })
            .collect();
        let corpus = khabar_core::merge(&analyses);
        let doc = JsonOutput {
            documents: &analyses,
            corpus: &corpus,
            errors,
        };
        let text = if args.pretty {
            serde_json::to_string_pretty(&doc)
        } else {
            serde_json::to_string(&doc)
        };
        if let Ok(text) = text {
            let _ = writeln!(out, "{text}");
        }
    }
    let _ = out.flush();
    Ok(failed)
}

/// The `json` format: every analysis, the merged corpus, and the inputs that failed.
#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    documents: &'a [Analysis],
    corpus: &'a khabar_core::Corpus,
    errors: Vec<serde_json::Value>,
}

fn analyze(doc: &Document, options: &Options) -> Result<Analysis, String> {
    let mut analysis = khabar_core::analyze(doc, options).map_err(|e| e.to_string())?;
    offsets::convert(&mut analysis, Unit::CodePoint);
    Ok(analysis)
}

/// One line of the batch form.
#[derive(serde::Deserialize)]
struct BatchLine {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

fn batch_line(
    n: usize,
    bytes: &[u8],
    args: &AnalyzeArgs,
    lang: LangHint,
    options: &Options,
) -> Outcome {
    let fallback = format!("line {n}");
    let line: BatchLine = match serde_json::from_slice(bytes) {
        Ok(l) => l,
        Err(e) => {
            return Outcome {
                id: fallback,
                result: Err(format!(
                    "expected a JSON object {{\"id\", \"text\" or \"html\", \"date\"?}}, but this line does not parse: {e}"
                )),
            }
        }
    };
    let id = match &line.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => fallback,
    };
    let mut doc = match (line.text, line.html) {
        (Some(text), None) => Document::text(text),
        (None, Some(html)) => Document::html(html),
        _ => {
            return Outcome {
                id,
                result: Err("expected exactly one of \"text\" or \"html\"".to_string()),
            }
        }
    };
    doc.id = Some(id.clone());
    doc.lang = match line.lang.as_deref().map(LangHint::parse) {
        Some(Some(l)) => l,
        _ => lang,
    };
    doc.date = line.date.or_else(|| args.date.clone());
    Outcome {
        id,
        result: analyze(&doc, options),
    }
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
