//! `khabar-train diff <en|hi> [N]`: where the full pipeline loses against
//! the tagger alone, on the dev splits.
//!
//! Each dev document is rebuilt as `khabar-eval` builds it (words joined by
//! spaces, sentences by newlines) and read twice: by the whole public
//! pipeline (`khabar_core::analyze`) and by the tagger alone
//! (`ner::tag_plain`). Both are scored against gold (exact span and type)
//! and the gold chunks the tagger had right but the pipeline lost, and the
//! pipeline's false alarms the tagger did not make, are listed with their
//! context. For finding which rule costs what; nothing is written.

use crate::{chunks, Doc};
use khabar_core::entities::ner::{tag_plain, NerLang};
use khabar_core::{analyze, Document, EntityType, LangHint, Options};
use std::collections::{BTreeMap, HashMap, HashSet};

type Chunk = (usize, usize, u8);

/// A pipeline mention: its token span (when on token boundaries), type id
/// and byte span.
type Predicted = (Option<(usize, usize)>, u8, usize, usize);

fn type_id(kind: EntityType, english: bool) -> Option<u8> {
    match kind {
        EntityType::Person => Some(0),
        EntityType::Org => Some(1),
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => Some(2),
        _ if english => Some(3),
        _ => None,
    }
}

const NAMES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

fn show(words: &[&str], c: Chunk) -> String {
    let a = c.0.saturating_sub(5);
    let b = (c.1 + 5).min(words.len());
    let mut s = String::new();
    for (i, w) in words.iter().enumerate().take(b).skip(a) {
        if i == c.0 {
            s.push('⟦');
        }
        s.push_str(w);
        if i + 1 == c.1 {
            s.push('⟧');
        }
        s.push(' ');
    }
    format!("{} {}", NAMES[usize::from(c.2)], s.trim_end())
}

/// Prints the comparison for one set.
pub fn run(name: &str, docs: &[Doc], english: bool, examples: usize) {
    let (mut g, mut tp_t, mut p_t, mut tp_p, mut p_p) = (0, 0, 0, 0, 0);
    let mut lost: Vec<String> = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let mut lost_kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut added_kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for doc in docs {
        let mut text = String::new();
        let mut toks: Vec<(usize, usize)> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        let mut gold: HashSet<Chunk> = HashSet::new();
        for s in doc {
            let base = toks.len();
            for (i, w) in s.words.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                toks.push((text.len(), text.len() + w.len()));
                text.push_str(w);
                words.push(w);
            }
            text.push('\n');
            for (a, b, t) in chunks(&s.labels) {
                gold.insert((base + a, base + b, t));
            }
        }
        let starts: HashMap<usize, usize> =
            toks.iter().enumerate().map(|(i, t)| (t.0, i)).collect();
        let ends: HashMap<usize, usize> =
            toks.iter().enumerate().map(|(i, t)| (t.1, i + 1)).collect();
        let span = |s: usize, e: usize| match (starts.get(&s), ends.get(&e)) {
            (Some(&a), Some(&b)) if a < b => Some((a, b)),
            _ => None,
        };
        let lang = if english { NerLang::En } else { NerLang::Hi };
        let tagger: HashSet<Chunk> = tag_plain(&text, lang)
            .iter()
            .filter_map(|c| {
                let (a, b) = span(c.start, c.end)?;
                Some((a, b, type_id(c.kind, english)?))
            })
            .collect();
        let hint = if english { LangHint::En } else { LangHint::Hi };
        let Ok(analysis) = analyze(
            &Document::text(text.clone()).with_lang(hint),
            &Options::default(),
        ) else {
            continue;
        };
        let mut pipeline: Vec<Predicted> = Vec::new();
        for e in &analysis.entities {
            let Some(t) = type_id(e.kind, english) else {
                continue;
            };
            for m in &e.mentions {
                pipeline.push((span(m.start, m.end), t, m.start, m.end));
            }
        }
        let pipe: HashSet<Chunk> = pipeline
            .iter()
            .filter_map(|&(s, t, _, _)| s.map(|(a, b)| (a, b, t)))
            .collect();
        g += gold.len();
        p_t += tagger.len();
        tp_t += tagger.intersection(&gold).count();
        p_p += pipeline.len();
        tp_p += pipe.intersection(&gold).count();
        let mut sorted: Vec<&Chunk> = gold.iter().collect();
        sorted.sort_unstable();
        for &&c in &sorted {
            if tagger.contains(&c) && !pipe.contains(&c) {
                // What the pipeline gave there instead.
                let over: Vec<&Chunk> = pipe.iter().filter(|p| p.0 < c.1 && p.1 > c.0).collect();
                let kind = match over.first() {
                    None => "dropped",
                    Some(p) if (p.0, p.1) == (c.0, c.1) => "retyped",
                    Some(_) => "reshaped",
                };
                *lost_kinds.entry(kind).or_default() += 1;
                let instead: Vec<String> = over.iter().map(|&&p| show(&words, p)).collect();
                lost.push(format!(
                    "{kind}: {}  ⇒  {}",
                    show(&words, c),
                    instead.join(" | ")
                ));
            }
        }
        let mut extra: Vec<&Chunk> = pipe
            .difference(&gold)
            .filter(|p| !tagger.contains(p))
            .collect();
        extra.sort_unstable();
        for &c in extra {
            let kind = if tagger.iter().any(|t| t.0 < c.1 && t.1 > c.0) {
                "tagger had another span/type"
            } else {
                "rule-only"
            };
            *added_kinds.entry(kind).or_default() += 1;
            added.push(format!("{kind}: {}", show(&words, c)));
        }
        let off = pipeline.iter().filter(|p| p.0.is_none()).count();
        if off > 0 {
            *added_kinds.entry("not on token boundaries").or_default() += off;
            for p in pipeline.iter().filter(|p| p.0.is_none()) {
                added.push(format!(
                    "not on token boundaries: {} {:?}",
                    NAMES[usize::from(p.1)],
                    text.get(p.2..p.3).unwrap_or("")
                ));
            }
        }
    }
    let f = |tp: usize, p: usize| {
        let pr = tp as f64 / p.max(1) as f64;
        let re = tp as f64 / g.max(1) as f64;
        if pr + re > 0.0 {
            2.0 * pr * re / (pr + re)
        } else {
            0.0
        }
    };
    println!("{name}: {g} gold chunks");
    println!(
        "  tagger alone: F1 {:.4} ({tp_t} right of {p_t})",
        f(tp_t, p_t)
    );
    println!(
        "  pipeline:     F1 {:.4} ({tp_p} right of {p_p})",
        f(tp_p, p_p)
    );
    println!("  right in the tagger, lost by the pipeline: {lost_kinds:?}");
    println!("  pipeline false alarms the tagger did not make: {added_kinds:?}");
    let step = |n: usize| (n / examples.max(1)).max(1);
    for l in lost.iter().step_by(step(lost.len())).take(examples) {
        println!("    lost {l}");
    }
    for a in added.iter().step_by(step(added.len())).take(examples) {
        println!("    added {a}");
    }
}

/// `khabar-train tag`: tags each line of standard input with the tagger
/// alone (the model its script calls for, English by default) and prints
/// the candidates with their confidence.
pub fn tag_stdin() {
    use std::io::Read;
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("khabar-train tag: standard input is not UTF-8");
        std::process::exit(2);
    }
    for c in tag_plain(&text, NerLang::En) {
        println!(
            "{:?} {:?} {:.3}",
            text.get(c.start..c.end).unwrap_or(""),
            c.kind,
            c.confidence
        );
    }
}
