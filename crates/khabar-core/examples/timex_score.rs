//! Scores the time stage against the TIMEX gold data in `../shared/eval`
//! (TempEval-3 style: strict and relaxed span P/R/F1, value F1 on relaxed
//! matches, each document's DCT as its reference date).
//!
//! ```text
//! cargo run --release -p khabar-core --example timex_score -- [tb|ww|tw|hi|all] [--errors N]
//! ```
//!
//! A developer tool for fast iteration; the project's evaluation command
//! is `khabar-eval`. Skips with a message when `../shared` is absent.

use khabar_core::{analyze, Document, Options};
use std::path::{Path, PathBuf};

struct Gold {
    start: usize,
    end: usize,
    value: String,
}

struct Doc {
    name: String,
    text: String,
    dct: Option<String>,
    gold: Vec<Gold>,
}

fn unescape_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let (rep, n) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .iter()
        .find(|(e, _)| tail.starts_with(e))
        .map(|(e, c)| (*c, e.len()))
        .unwrap_or(('&', 1));
        out.push(rep);
        rest = &tail[n..];
    }
    out.push_str(rest);
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')?;
    Some(tag[i..i + j].to_string())
}

/// Strips the tags of the TEXT element, keeping the gold spans (`tag` = TIMEX3 or ILTIMEX).
fn parse(name: &str, xml: &str, tag: &str) -> Doc {
    let dct = xml
        .find("<DCT>")
        .and_then(|i| attr(&xml[i..], "value"))
        .map(|v| v.chars().take(10).collect::<String>());
    let body = match (xml.find("<TEXT>"), xml.rfind("</TEXT>")) {
        (Some(a), Some(b)) if b > a => &xml[a + 6..b],
        _ => xml,
    };
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut rest = body;
    let open_tag = format!("<{tag}");
    let close_tag = format!("</{tag}>");
    while let Some(i) = rest.find('<') {
        unescape_into(&rest[..i], &mut text);
        let Some(j) = rest[i..].find('>') else { break };
        let t = &rest[i..i + j + 1];
        if t.starts_with(&open_tag) {
            open = Some((text.len(), attr(t, "value").unwrap_or_default()));
        } else if t == close_tag {
            if let Some((s, v)) = open.take() {
                gold.push(Gold {
                    start: s,
                    end: text.len(),
                    value: v,
                });
            }
        }
        rest = &rest[i + j + 1..];
    }
    unescape_into(rest, &mut text);
    Doc {
        name: name.to_string(),
        text,
        dct,
        gold,
    }
}

#[derive(Default)]
struct Score {
    gold: usize,
    sys: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

fn f1(c: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 { 0.0 } else { c as f64 / sys as f64 };
    let r = if gold == 0 {
        0.0
    } else {
        c as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let set = args
        .first()
        .map(String::as_str)
        .unwrap_or("all")
        .to_string();
    let errors: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if !root.is_dir() {
        println!(
            "skipped: {} not found (the gold data lives beside the repository)",
            root.display()
        );
        return;
    }
    let sets: &[(&str, &str, &[&str], &str)] = &[
        (
            "tb",
            "TempEval-3 training (TimeBank+AQUAINT)",
            &["en-timex-tempeval3/TimeBank", "en-timex-tempeval3/AQUAINT"],
            "TIMEX3",
        ),
        ("ww", "WikiWars", &["en-timex-wikiwars"], "TIMEX3"),
        (
            "tw",
            "tweets (SynTime training part)",
            &["en-timex-tweets"],
            "TIMEX3",
        ),
        (
            "hi",
            "ILTIMEX2012 Hindi (spans only)",
            &["hi-timex-iltimex2012"],
            "ILTIMEX",
        ),
    ];
    for (key, title, dirs, tag) in sets {
        if set != "all" && set != *key {
            continue;
        }
        let mut files: Vec<PathBuf> = Vec::new();
        for d in dirs.iter() {
            if let Ok(rd) = std::fs::read_dir(root.join(d)) {
                files.extend(rd.flatten().map(|e| e.path()).filter(|p| {
                    matches!(p.extension().and_then(|e| e.to_str()), Some("tml" | "xml"))
                }));
            }
        }
        files.sort();
        let mut sc = Score::default();
        let mut shown = 0usize;
        let mut words = 0usize;
        let mut stage = 0f64;
        let t0 = std::time::Instant::now();
        for f in &files {
            let Ok(xml) = std::fs::read_to_string(f) else {
                continue;
            };
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            let doc = parse(name, &xml, tag);
            words += doc.text.split_whitespace().count();
            let mut input = Document::text(doc.text.clone()).with_id(doc.name.clone());
            if let Some(d) = &doc.dct {
                input = input.with_date(d.clone());
            }
            let sys = match analyze(&input, &Options::default()) {
                Ok(a) if a.text == doc.text => a.timexes,
                _ => khabar_core::time::find(
                    &doc.text,
                    doc.dct.as_deref().and_then(|d| d.parse().ok()),
                    true,
                ),
            };
            let t1 = std::time::Instant::now();
            let reference = doc.dct.as_deref().and_then(|d| d.parse().ok());
            std::hint::black_box(khabar_core::time::find(&doc.text, reference, true));
            stage += t1.elapsed().as_secs_f64();
            sc.gold += doc.gold.len();
            sc.sys += sys.len();
            let mut used = vec![false; sys.len()];
            for g in &doc.gold {
                if sys.iter().any(|s| s.start == g.start && s.end == g.end) {
                    sc.strict += 1;
                }
                let m = sys
                    .iter()
                    .enumerate()
                    .find(|(k, s)| !used[*k] && s.start < g.end && g.start < s.end);
                let gtext = &doc.text[g.start..g.end];
                match m {
                    Some((k, s)) => {
                        used[k] = true;
                        sc.relaxed += 1;
                        if s.value == g.value {
                            sc.value += 1;
                        } else if *key != "hi" && shown < errors {
                            shown += 1;
                            let a = floor(&doc.text, g.start.saturating_sub(60));
                            let b = ceil(&doc.text, (g.end + 60).min(doc.text.len()));
                            println!(
                                "VALUE {}\t{:?}\tgold {}\tsys {:?} {}\tdct {:?}\t…{}…",
                                doc.name,
                                gtext,
                                g.value,
                                s.text,
                                s.value,
                                doc.dct,
                                doc.text[a..b].replace('\n', " ")
                            );
                        }
                    }
                    None => {
                        if shown < errors {
                            shown += 1;
                            let a = floor(&doc.text, g.start.saturating_sub(40));
                            let b = ceil(&doc.text, (g.end + 40).min(doc.text.len()));
                            println!(
                                "MISS  {}\t{:?}\t{}\t…{}…",
                                doc.name,
                                gtext,
                                g.value,
                                doc.text[a..b].replace('\n', " ")
                            );
                        }
                    }
                }
            }
            for (k, s) in sys.iter().enumerate() {
                if !used[k] && shown < errors {
                    shown += 1;
                    let a = floor(&doc.text, s.start.saturating_sub(40));
                    let b = ceil(&doc.text, (s.end + 40).min(doc.text.len()));
                    println!(
                        "FALSE {}\t{:?}\t{}\t…{}…",
                        doc.name,
                        s.text,
                        s.value,
                        doc.text[a..b].replace('\n', " ")
                    );
                }
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        let (sp, sr, sf) = f1(sc.strict, sc.sys, sc.gold);
        let (rp, rr, rf) = f1(sc.relaxed, sc.sys, sc.gold);
        let (vp, vr, vf) = f1(sc.value, sc.sys, sc.gold);
        println!(
            "{title}: {} docs, {} gold, {} found; {:.0} words/s whole pipeline, {:.0} words/s time stage alone",
            files.len(),
            sc.gold,
            sc.sys,
            words as f64 / secs.max(1e-9),
            words as f64 / stage.max(1e-9)
        );
        println!("  strict  P {sp:.3} R {sr:.3} F1 {sf:.3}");
        println!("  relaxed P {rp:.3} R {rr:.3} F1 {rf:.3}");
        if *key != "hi" {
            println!("  value   P {vp:.3} R {vr:.3} F1 {vf:.3}");
        }
    }
}
