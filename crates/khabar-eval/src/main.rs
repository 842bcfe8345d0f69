//! The `khabar-eval` command. See `docs/EVALUATION.md`.

mod hi_events;

use khabar_eval::figures;
use khabar_eval::guard;
use khabar_eval::indian::{self, IndianSet};
use khabar_eval::report::SetReport;
use khabar_eval::run::{self, RunOptions, Set};
use khabar_eval::score::{f1, ratio};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: khabar-eval <SET|all|guard|baseline> [options]

sets:
  conll      CoNLL-2003 English NER, eng.testa (dev)
  ilner      IL-NER Hindi NER, Hindi-dev.txt (dev), PER/ORG/LOC
  hiner      HiNER Hindi NER, held-out fifth of hiner-dev.conll, PER/ORG/LOC
  tempeval   TempEval-3 training (TimeBank + AQUAINT), TIMEX3 with values
  wikiwars   WikiWars, TIMEX3 with values
  tweets     SynTime English tweets (training part), TIMEX3 with values
  iltimex    ILTIMEX2012 Hindi, spans and types only
  en-indian  khabar's own Indian English news NER set, dev and test halves
  hi-indian  khabar's own Hindi news NER set, dev and test halves, PER/ORG/LOC
             (annotations in crates/khabar-eval/data/; article texts from
             $KHABAR_CORPUS or ../shared/corpus; --errors lists the dev half only)
  figures    khabar's own figures set (money, percent, quantity, count; 40 English
             + 20 Hindi articles, dev (a) and test (b) halves): relaxed and strict
             span F1, value accuracy (within 0.5%, same unit and range end) and
             kind accuracy on relaxed matches; --errors lists the dev half only
  hi-events  khabar's own Hindi event set (data/hi-events), the Hindi event lexicon
             run directly; span P/R/F1 strict and relaxed, class accuracy, per half
             (--errors alone lists 20 dev articles; never the frozen test half)
  all        every set above
  extract    HTML extraction: Readability's test pages (body shingle F1, title, byline, date)

commands:
  events             TimeML event detection (spans strict/relaxed, class accuracy) on the
                     frozen dev fifth of TempEval-3 training (TBAQ); --list prints its files
  anchoring          event–timex TLINKs on the same split: is khabar's anchor the linked timex
  guard              score the fixed subset and compare with tests/eval/baseline.json
                     (exit 1 when a figure drops more than 0.01)
  baseline           print the subset's figures; with --write, update the baseline file

options:
  --errors [N]       print N (default 20) examples of misses and of false alarms per set
                     (figures: also of wrong values, units and kinds)
  --values N         TIMEX sets: print up to N paired spans with a wrong value, one
                     a line (doc, DCT, gold text, gold value, our text, our value,
                     context), tab-separated; --missed adds gold spans not found
  --tally N          TIMEX sets: group the predictions by their lowercased text and
                     print the N texts whose removal would raise value F1 the most
                     (text, right value, wrong value, spurious, F1 change)
  --train            events, anchoring: score the training four-fifths instead of the frozen
                     dev fifth, to check a hand rule on documents it was not written from
                     (the learned models were trained there: their figures are optimistic)
  --missed           with --values: also the gold spans not found
  --json             print JSON instead of tables
  --markdown         print Markdown table rows instead (for docs/EVALUATION.md)
  --limit N          only the first N documents (sentences for Hindi NER)
  --data DIR         the gold data (default: $KHABAR_EVAL_DATA or ../shared/eval beside the repo)
  --write            with `baseline`: write tests/eval/baseline.json
";

/// Examples printed by a bare `--errors`.
const DEFAULT_ERRORS: usize = 20;

struct Args {
    what: String,
    errors: usize,
    values: Option<usize>,
    tally: Option<usize>,
    missed: bool,
    json: bool,
    list: bool,
    train: bool,
    markdown: bool,
    limit: Option<usize>,
    data: PathBuf,
    write: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        what: String::new(),
        errors: 0,
        values: None,
        tally: None,
        missed: false,
        json: false,
        list: false,
        train: false,
        markdown: false,
        limit: None,
        data: run::default_data_dir(),
        write: false,
    };
    let mut it = std::env::args().skip(1).peekable();
    let number = |flag: &str, v: Option<String>| -> Result<usize, String> {
        let v = v.ok_or_else(|| format!("expected a number after {flag}, but found nothing"))?;
        v.parse()
            .map_err(|_| format!("expected a number after {flag}, but found {v:?}"))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--errors" => {
                args.errors = match it.peek().and_then(|v| v.parse().ok()) {
                    Some(n) => {
                        it.next();
                        n
                    }
                    None => DEFAULT_ERRORS,
                }
            }
            "--values" => args.values = Some(number("--values", it.next())?),
            "--tally" => args.tally = Some(number("--tally", it.next())?),
            "--missed" => args.missed = true,
            "--limit" => args.limit = Some(number("--limit", it.next())?),
            "--json" => args.json = true,
            "--list" => args.list = true,
            "--train" => args.train = true,
            "--markdown" => args.markdown = true,
            "--write" => args.write = true,
            "--data" => {
                args.data = PathBuf::from(
                    it.next()
                        .ok_or("expected a directory after --data, but found nothing")?,
                )
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}")),
            s if args.what.is_empty() => args.what = s.to_string(),
            s => {
                return Err(format!(
                    "expected one set or command, but found a second one: {s:?}"
                ))
            }
        }
    }
    if args.what.is_empty() {
        return Err("expected a set or a command".to_string());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("khabar-eval: {e}\n");
            }
            eprint!("{USAGE}");
            return if e.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    if args.what == "hi-events" {
        return match hi_events::run(&indian::default_corpus_dir(), args.errors) {
            Ok(s) => {
                print!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("khabar-eval: hi-events: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if let Some(set) = IndianSet::parse(&args.what) {
        return indian_cmd(&args, &[set]);
    }
    if args.what == "figures" {
        return figures_cmd(&args);
    }
    if !args.data.is_dir() {
        eprintln!(
            "khabar-eval: skipped: no gold data at {} (put the shared eval data beside the repo as ../shared/eval, or set KHABAR_EVAL_DATA)",
            args.data.display()
        );
        return ExitCode::SUCCESS;
    }
    match args.what.as_str() {
        "guard" => guard_cmd(&args),
        "events" | "anchoring" => {
            match khabar_eval::events::report(
                &args.data,
                &args.what,
                args.list,
                args.errors,
                args.train,
            ) {
                Ok(s) => {
                    println!("{s}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("khabar-eval: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        "baseline" => baseline_cmd(&args),
        "extract" => extract_cmd(&args),
        "all" if args.values.is_some() => values_cmd(&args, &Set::ALL),
        "all" if args.tally.is_some() => tally_cmd(&args, &Set::ALL),
        "all" => {
            let public = sets_cmd(&args, &Set::ALL);
            // One JSON document per invocation: the own sets print theirs by name.
            let own = if args.json {
                eprintln!("khabar-eval: en-indian, hi-indian and figures are left out of `all --json`; run them by name");
                ExitCode::SUCCESS
            } else {
                let indian = indian_cmd(&args, &IndianSet::ALL);
                let figures = figures_cmd(&args);
                if indian == ExitCode::SUCCESS {
                    figures
                } else {
                    indian
                }
            };
            if public == ExitCode::SUCCESS {
                own
            } else {
                public
            }
        }
        name if args.values.is_some() => match Set::parse(name) {
            Some(set) => values_cmd(&args, &[set]),
            None => {
                eprintln!("khabar-eval: unknown set {name:?}\n");
                ExitCode::from(2)
            }
        },
        name if args.tally.is_some() => match Set::parse(name) {
            Some(set) => tally_cmd(&args, &[set]),
            None => {
                eprintln!("khabar-eval: unknown set {name:?}\n");
                ExitCode::from(2)
            }
        },
        name => match Set::parse(name) {
            Some(set) => sets_cmd(&args, &[set]),
            None => {
                eprintln!("khabar-eval: unknown set or command {name:?}\n");
                eprint!("{USAGE}");
                ExitCode::from(2)
            }
        },
    }
}

fn sets_cmd(args: &Args, sets: &[Set]) -> ExitCode {
    let opts = RunOptions {
        limit: args.limit,
        errors: args.errors,
    };
    let mut reports = Vec::new();
    let mut failed = false;
    for &set in sets {
        if !set.available(&args.data) {
            eprintln!(
                "khabar-eval: skipped {}: its data is not under {}",
                set.name(),
                args.data.display()
            );
            continue;
        }
        match run::run(set, &args.data, &opts) {
            Ok(r) => {
                let report = SetReport::new(&r);
                if !args.json && !args.markdown {
                    println!("{}", report.table());
                }
                reports.push(report);
            }
            Err(e) => {
                eprintln!("khabar-eval: {}: {e}", set.name());
                failed = true;
            }
        }
    }
    if args.json {
        match serde_json::to_string_pretty(&reports) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("khabar-eval: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if args.markdown {
        print!("{}", SetReport::markdown_header());
        for r in &reports {
            print!("{}", r.markdown());
        }
        let speed: Vec<String> = reports
            .iter()
            .map(|r| format!("{} {:.0} words/s", r.set, r.words_per_second))
            .collect();
        println!(
            "\nMeasured {} (UTC); speed inside analyze: {}.",
            guard::today(),
            speed.join(", ")
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// khabar's own Indian news sets: figures per half; errors from dev only.
fn indian_cmd(args: &Args, sets: &[IndianSet]) -> ExitCode {
    let corpus = indian::default_corpus_dir();
    let mut runs = Vec::new();
    for &set in sets {
        match indian::run(set, &corpus, args.errors) {
            Ok(Some(r)) => runs.push((set, r)),
            Ok(None) => {}
            Err(e) => {
                eprintln!("khabar-eval: {}: {e}", set.name());
                return ExitCode::FAILURE;
            }
        }
    }
    if args.json {
        let all: Vec<_> = runs.iter().map(|(_, r)| r).collect();
        match serde_json::to_string_pretty(&all) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("khabar-eval: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else if args.markdown && !runs.is_empty() {
        print!("\n{}", indian::MARKDOWN_HEADER);
        for (_, r) in &runs {
            print!("{}", r.markdown());
        }
    } else {
        for (set, r) in &runs {
            println!("{}", r.table(set.title()));
        }
    }
    ExitCode::SUCCESS
}

/// The figures set: per language and half; errors from the dev half only.
fn figures_cmd(args: &Args) -> ExitCode {
    let r = match figures::run(&indian::default_corpus_dir(), args.errors) {
        Ok(Some(r)) => r,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("khabar-eval: figures: {e}");
            return ExitCode::FAILURE;
        }
    };
    if args.json {
        match serde_json::to_string_pretty(&r) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("khabar-eval: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else if args.markdown {
        print!("\n{}", r.markdown());
    } else {
        println!("{}", r.table());
    }
    ExitCode::SUCCESS
}

/// `--values N`: the wrong values of TIMEX sets, tab-separated.
fn values_cmd(args: &Args, sets: &[Set]) -> ExitCode {
    let n = args.values.unwrap_or(0);
    for &set in sets {
        if set.is_ner() || !set.available(&args.data) {
            continue;
        }
        match run::value_misses(set, &args.data, args.limit, args.missed) {
            Ok(list) => {
                println!("# {}: {} listed", set.name(), list.len());
                for m in list.iter().take(n) {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        m.doc, m.dct, m.gold_text, m.gold, m.pred_text, m.pred, m.context
                    );
                }
            }
            Err(e) => {
                eprintln!("khabar-eval: {}: {e}", set.name());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// `--tally N`: the N predicted texts whose removal would raise value F1
/// the most (or cost it the least), tab-separated.
fn tally_cmd(args: &Args, sets: &[Set]) -> ExitCode {
    let n = args.tally.unwrap_or(0);
    for &set in sets {
        if set.is_ner() || !set.available(&args.data) {
            continue;
        }
        match run::prediction_tally(set, &args.data, args.limit) {
            Ok((tally, [gold, pred, right])) => {
                // Value F1: right values over predictions and over gold.
                let value_f1 =
                    |right: usize, pred: usize| f1(ratio(right, pred), ratio(right, gold));
                let base = value_f1(right, pred);
                let mut rows: Vec<_> = tally
                    .iter()
                    .map(|(text, t)| {
                        let n = t.right + t.wrong + t.spurious;
                        (value_f1(right - t.right, pred - n) - base, text, t)
                    })
                    .collect();
                rows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
                println!(
                    "# {}: value F1 {base:.4}; text, right, wrong, spurious, F1 change if never predicted",
                    set.name()
                );
                for (delta, text, t) in rows.iter().take(n) {
                    println!(
                        "{text}\t{}\t{}\t{}\t{delta:+.4}",
                        t.right, t.wrong, t.spurious
                    );
                }
            }
            Err(e) => {
                eprintln!("khabar-eval: {}: {e}", set.name());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn guard_cmd(args: &Args) -> ExitCode {
    let path = guard::baseline_path();
    match guard::check(&args.data, &path) {
        Ok(v) => {
            print!("{}", v.table());
            if v.passed() {
                println!(
                    "guard: passed ({} figures within {} of {})",
                    v.findings.len(),
                    guard::TOLERANCE,
                    path.display()
                );
                ExitCode::SUCCESS
            } else {
                println!(
                    "guard: FAILED: a figure dropped more than {} below {}, or a document failed",
                    guard::TOLERANCE,
                    path.display()
                );
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("khabar-eval: {e}");
            ExitCode::FAILURE
        }
    }
}

fn baseline_cmd(args: &Args) -> ExitCode {
    let measured = match guard::measure(&args.data) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("khabar-eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    let base = guard::baseline_from(&measured, guard::today());
    let json = match serde_json::to_string_pretty(&base) {
        Ok(j) => j + "\n",
        Err(e) => {
            eprintln!("khabar-eval: cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !args.write {
        print!("{json}");
        eprintln!(
            "(not written: add --write to update {})",
            guard::baseline_path().display()
        );
        return ExitCode::SUCCESS;
    }
    if !measured.skipped.is_empty() {
        eprintln!(
            "khabar-eval: refusing to write a baseline without every set (missing: {}); the guard would stop watching them",
            measured.skipped.join(", ")
        );
        return ExitCode::FAILURE;
    }
    let path = guard::baseline_path();
    match std::fs::write(&path, json) {
        Ok(()) => {
            println!(
                "wrote {}; commit it on its own, saying why the figures moved",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("khabar-eval: cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

/// `extract`: HTML extraction on the Readability test pages.
fn extract_cmd(args: &Args) -> ExitCode {
    let dir = args.data.join(khabar_eval::extract::READABILITY);
    if !dir.is_dir() {
        eprintln!(
            "khabar-eval: skipped extract: no pages at {}",
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    match khabar_eval::extract::run(&dir, args.limit) {
        Ok(r) if args.json => match serde_json::to_string_pretty(&r) {
            Ok(s) => {
                println!("{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("khabar-eval: cannot write JSON: {e}");
                ExitCode::FAILURE
            }
        },
        Ok(r) => {
            print!("{}", r.table(args.errors));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("khabar-eval: extract: {e}");
            ExitCode::FAILURE
        }
    }
}
