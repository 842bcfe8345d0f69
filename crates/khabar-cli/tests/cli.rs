//! End-to-end tests of the `khabar` command: real processes, real files.
//!
//! The batch tests pin the archive-scale contract: one output line per input
//! line, input order kept whatever `--jobs`, failures as lines with an
//! `error` field, no state carried between lines.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("www/samples exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "two samples in {}", dir.display());
    files
}

fn run(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("khabar starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("khabar finishes");
    let _ = writer.join();
    out
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is one JSON document ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn jsonl(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line is JSON ({e}): {l}")))
        .collect()
}

/// Every span that carries its own text matches the analysis text at its
/// offsets, counted in code points.
fn check_spans(analysis: &Value) {
    let chars: Vec<char> = analysis["text"]
        .as_str()
        .expect("text is a string")
        .chars()
        .collect();
    let mut spans: Vec<&Value> = Vec::new();
    for e in analysis["entities"].as_array().into_iter().flatten() {
        spans.extend(e["mentions"].as_array().into_iter().flatten());
    }
    for key in ["timexes", "figures", "quotes", "events"] {
        spans.extend(analysis[key].as_array().into_iter().flatten());
    }
    for span in spans {
        let (s, e) = (
            span["start"].as_u64().expect("start") as usize,
            span["end"].as_u64().expect("end") as usize,
        );
        assert!(s <= e && e <= chars.len(), "span {s}..{e} inside the text");
        let got: String = chars[s..e].iter().collect();
        assert_eq!(Some(got.as_str()), span["text"].as_str(), "span {s}..{e}");
    }
    for key in ["sentences", "paragraphs"] {
        for span in analysis[key].as_array().into_iter().flatten() {
            let e = span["end"].as_u64().expect("end") as usize;
            assert!(e <= chars.len(), "{key} end {e} inside the text");
        }
    }
}

#[test]
fn samples_give_the_documented_json() {
    let out = run(khabar().arg("analyze").args(samples()), b"");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v = json(&out);
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    for d in docs {
        for key in [
            "id",
            "language",
            "published",
            "title",
            "dateline",
            "text",
            "sentences",
            "entities",
            "timexes",
            "figures",
            "quotes",
            "events",
            "relations",
            "links",
            "embeds",
            "warnings",
        ] {
            assert!(d.get(key).is_some(), "field {key}");
        }
        assert!(!d["text"].as_str().unwrap_or_default().is_empty());
        check_spans(d);
    }
    assert_eq!(docs[0]["language"], "en");
    assert_eq!(docs[1]["language"], "hi");
    assert_eq!(v["corpus"]["documents"].as_array().map(Vec::len), Some(2));
    assert!(v["corpus"]["timeline"].is_array());
    // The summary goes to stderr, never to stdout.
    assert!(stderr(&out).contains("2 documents"), "{}", stderr(&out));
}

#[test]
fn jsonl_streams_one_analysis_per_input_in_order() {
    let files = samples();
    let out = run(
        khabar()
            .args(["analyze", "--format", "jsonl", "--date", "2025-12-04"])
            .args(files.iter().rev()),
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["id"].as_str().unwrap_or_default().contains("hi-"));
    assert!(lines[1]["id"].as_str().unwrap_or_default().contains("en-"));
    for l in &lines {
        assert_eq!(l["published"], "2025-12-04");
        check_spans(l);
    }
}

#[test]
fn a_missing_file_is_named_and_the_rest_still_analyzed() {
    let files = samples();
    let out = run(
        khabar()
            .args(["analyze", "--format", "jsonl"])
            .arg(&files[0])
            .arg("no/such/article.txt")
            .arg(&files[1]),
        b"",
    );
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("no/such/article.txt: no such file"), "{err}");
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["id"], "no/such/article.txt");
    assert_eq!(lines[1]["error"], "no such file");
    assert!(lines[0]["error"].is_null() && lines[2]["error"].is_null());
}

#[test]
fn a_directory_of_binaries_is_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bins = dir.path().join("binaries");
    std::fs::create_dir(&bins).expect("mkdir");
    std::fs::write(
        bins.join("report.pdf"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    )
    .expect("write");
    std::fs::write(bins.join("photo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    std::fs::write(bins.join("archive.zip"), b"PK\x03\x04\x14\0\0\0").expect("write");
    let files = samples();
    let out = run(khabar().arg("analyze").arg(&bins).arg(&files[0]), b"");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("no .txt, .html, .htm or .md files in this directory (3 other files skipped)"),
        "{err}"
    );
    let v = json(&out);
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_binary_file_with_an_article_extension_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("article.txt");
    let mut bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    bytes.extend((0..4000u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(&pdf, bytes).expect("write");
    let out = run(khabar().arg("analyze").arg(&pdf), b"");
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("PDF"), "{}", stderr(&out));
}

#[test]
fn invalid_utf8_is_decoded_with_replacement_characters_and_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.txt");
    let mut bytes = "NEW DELHI: राजनाथ सिंह ने ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe");
    bytes.extend_from_slice(" कहा। Rajnath Singh met officials on Tuesday.\n".as_bytes());
    std::fs::write(&bad, bytes).expect("write");
    let out = run(
        khabar().args(["analyze", "--format", "jsonl"]).arg(&bad),
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 1);
    let text = lines[0]["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("Rajnath Singh") && text.contains("राजनाथ सिंह"),
        "{text}"
    );
    assert!(text.contains('\u{FFFD}'), "{text}");
    let warnings = lines[0]["warnings"].to_string();
    assert!(warnings.contains("UTF-8"), "{warnings}");
    check_spans(&lines[0]);
}

#[test]
fn an_empty_file_gives_an_empty_analysis_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let out = run(
        khabar().args(["analyze", "--format", "jsonl"]).arg(&empty),
        b"",
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["text"], "");
    let warnings = lines[0]["warnings"].to_string();
    assert!(warnings.contains("empty"), "{warnings}");
}

#[test]
fn a_file_over_the_limit_is_refused_without_being_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.txt");
    // Sparse: takes no disk space.
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(51 * 1024 * 1024).expect("set_len");
    let out = run(khabar().arg("analyze").arg(&big), b"");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("over the limit of 52428800 bytes (50 MiB)"),
        "{err}"
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = run(
        khabar().args(["analyze", "--format", "jsonl", "-"]),
        "मॉस्को, 10 दिसंबर (भाषा) रक्षा मंत्री राजनाथ सिंह ने कहा।".as_bytes(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = jsonl(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], "-");
    assert_eq!(lines[0]["language"], "hi");
}

/// A batch with good lines, bad lines, an empty line and CRLF endings.
fn mixed_batch(n: usize) -> Vec<u8> {
    let mut batch = String::new();
    for i in 0..n {
        let line = match i % 7 {
            0 => format!("{{\"id\":\"d{i}\",\"text\":\"NEW DELHI: Rajnath Singh met Vladimir Putin on Tuesday ({i}).\",\"date\":\"2024-12-10\"}}\n"),
            1 => "{this is not json\n".to_string(),
            2 => format!("{{\"id\":\"h{i}\",\"html\":\"<p>राजनाथ सिंह ने मंगलवार को 😀 कहा</p>\"}}\r\n"),
            3 => "\n".to_string(),
            4 => format!("{{\"id\":{i},\"text\":\"x\",\"date\":\"not a date\"}}\n"),
            5 => format!("{{\"id\":\"t{i}\"}}\n"),
            _ => format!("{{\"text\":\"Line {i} without an id.\"}}\n"),
        };
        batch.push_str(&line);
    }
    batch.into_bytes()
}

fn expected_id(i: usize) -> String {
    match i % 7 {
        0 => format!("d{i}"),
        2 => format!("h{i}"),
        4 => format!("{i}"),
        5 => format!("t{i}"),
        _ => format!("line {}", i + 1),
    }
}

#[test]
fn batch_keeps_one_line_per_input_line_in_order_with_errors_as_lines() {
    let n = 300; // several chunks with one worker (64 lines each)
    let batch = mixed_batch(n);
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "3"] {
        let out = run(
            khabar().args([
                "analyze",
                "--input-jsonl",
                "-",
                "--format",
                "jsonl",
                "--jobs",
                jobs,
            ]),
            &batch,
        );
        assert_eq!(code(&out), 1, "some lines fail");
        let lines = jsonl(&out);
        assert_eq!(lines.len(), n, "one output line per input line");
        for (i, l) in lines.iter().enumerate() {
            assert_eq!(
                l["id"].as_str(),
                Some(expected_id(i).as_str()),
                "line {}",
                i + 1
            );
            let should_fail = matches!(i % 7, 1 | 3 | 4 | 5);
            assert_eq!(l["error"].is_string(), should_fail, "line {}: {l}", i + 1);
            if !should_fail {
                check_spans(l);
            }
        }
        assert_eq!(
            lines[4]["error"],
            Value::from("expected a date as YYYY-MM-DD, but found \"not a date\"")
        );
        let err = stderr(&out);
        assert!(err.contains("line 2: expected a JSON object"), "{err}");
        outputs.push(out.stdout);
    }
    assert_eq!(outputs[0], outputs[1], "same bytes with 1 and 2 jobs");
    assert_eq!(outputs[0], outputs[2], "same bytes with 1 and 3 jobs");
}

#[test]
fn batch_lines_carry_no_state_between_them() {
    // Each line analyzed alone gives exactly the line it gives in a batch.
    let batch = mixed_batch(14);
    let whole = run(
        khabar().args([
            "analyze",
            "--input-jsonl",
            "-",
            "--format",
            "jsonl",
            "-j",
            "2",
        ]),
        &batch,
    );
    let whole_lines: Vec<&[u8]> = whole.stdout.split(|&b| b == b'\n').collect();
    for (i, line) in batch.split_inclusive(|&b| b == b'\n').enumerate() {
        if i % 7 != 0 && i % 7 != 2 {
            continue; // error lines name their line number, which differs alone
        }
        let alone = run(
            khabar().args(["analyze", "--input-jsonl", "-", "--format", "jsonl"]),
            line,
        );
        assert_eq!(
            alone.stdout.strip_suffix(b"\n"),
            Some(whole_lines[i]),
            "line {}",
            i + 1
        );
    }
}

#[test]
fn exit_zero_keeps_error_lines_but_not_the_failing_exit_code() {
    // Hadoop Streaming and Spark's Scala `pipe` fail a whole task on a
    // non-zero exit: with --exit-zero a bad record is only its error line.
    let batch = mixed_batch(7);
    let plain = run(
        khabar().args(["analyze", "--input-jsonl", "-", "--format", "jsonl"]),
        &batch,
    );
    let zero = run(
        khabar().args([
            "analyze",
            "--input-jsonl",
            "-",
            "--format",
            "jsonl",
            "--exit-zero",
        ]),
        &batch,
    );
    assert_eq!(code(&plain), 1);
    assert_eq!(code(&zero), 0);
    assert_eq!(zero.stdout, plain.stdout);
    let errors = jsonl(&zero)
        .iter()
        .filter(|l| l.get("error").is_some())
        .count();
    assert!(errors > 0, "the mixed batch has failing lines");

    let usage = run(khabar().args(["analyze", "--exit-zero"]), b"");
    assert_eq!(code(&usage), 2, "a usage error is still an error");
}

#[test]
fn batch_from_a_file_and_a_missing_batch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("batch.jsonl");
    std::fs::write(&path, mixed_batch(7)).expect("write");
    let out = run(
        khabar()
            .args(["analyze", "--format", "jsonl", "--input-jsonl"])
            .arg(&path),
        b"",
    );
    assert_eq!(code(&out), 1);
    assert_eq!(jsonl(&out).len(), 7);

    let missing = run(
        khabar().args(["analyze", "--input-jsonl", "no/such/batch.jsonl"]),
        b"",
    );
    assert_eq!(code(&missing), 1);
    assert!(stderr(&missing).contains("no/such/batch.jsonl: cannot open"));
}

#[test]
fn json_format_with_a_batch_collects_documents_and_errors() {
    let out = run(
        khabar().args(["analyze", "--input-jsonl", "-", "-q"]),
        &mixed_batch(7),
    );
    assert_eq!(code(&out), 1);
    let v = json(&out);
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(3));
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["errors"][0]["id"], "line 2");
    // Quiet: errors named, no summary.
    let err = stderr(&out);
    assert!(
        err.contains("line 2:") && !err.contains("documents/s"),
        "{err}"
    );
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let out = run(khabar().arg("analyze").args(samples()), b"");
    let err = stderr(&out);
    assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("words/s") && err.contains("MB/s"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["analyze"], "no input"),
        (
            &["analyze", "--date", "4 Dec 2025", "x.txt"],
            "expected --date as YYYY-MM-DD",
        ),
        (&["analyze", "--input-jsonl", "-", "x.txt"], "not both"),
        (&["analyze", "--lang", "fr", "x.txt"], "invalid value 'fr'"),
        (
            &["analyze", "--format", "xml", "x.txt"],
            "invalid value 'xml'",
        ),
        (
            &["analyze", "--jobs", "many", "x.txt"],
            "invalid value 'many'",
        ),
        (&["frobnicate"], "unrecognized subcommand"),
        (&[], "Usage"),
    ];
    for (args, message) in cases {
        let out = run(khabar().args(*args), b"");
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_version() {
    let help = run(khabar().arg("--help"), b"");
    assert_eq!(code(&help), 0);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("analyze") && text.contains("Exit codes"),
        "{text}"
    );

    let help = run(khabar().args(["analyze", "--help"]), b"");
    assert_eq!(code(&help), 0);
    let text = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--date",
        "--lang",
        "--format",
        "--input-jsonl",
        "--jobs",
        "--quiet",
        "one output line per input line",
    ] {
        assert!(text.contains(flag), "{flag} in {text}");
    }

    let version = run(khabar().arg("--version"), b"");
    assert_eq!(code(&version), 0);
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("khabar {}", env!("CARGO_PKG_VERSION"))
    );
}
