//! `khabar-train tlink`: the English event–timex link model.
//!
//! ```text
//! cargo run --release -p khabar-train -- tlink [--epochs N] [--bits N] [--prune W] [--dry-run]
//! ```
//!
//! Runs the full pipeline on the TempEval-3 training data
//! (`../shared/eval/en-timex-tempeval3`, TimeBank + AQUAINT) minus the
//! frozen dev split (`khabar_eval::events::is_dev`), collecting every
//! English detected event with its candidates (the timexes of its
//! sentence and the DCT) and their features through
//! `khabar_core::events::tlink::examples`, the code inference runs. A
//! candidate is right when a gold TLINK joins the event to it (the DCT, or
//! a gold timex overlapping khabar's). Two averaged perceptrons share the
//! feature rows: a ranker (column 0) trained on events with a right
//! candidate (at inference it decides where no anchoring rule fires), and a relation head (columns 1..=5, `tlink::RELS`) trained
//! on each right candidate with its gold relation seen from the event.
//! Weights are quantized to `i8` and rows under `--prune` dropped; the
//! model goes to `crates/khabar-core/data/events/en-tlink.bin`. Prints the
//! dev scores of the quantized model (anchor right over linked detected
//! events; relation right where the anchor is). Deterministic: documents
//! in file-name order, a fixed shuffle.

use crate::events::Options;
use khabar_core::events::tlink::{best_rel, examples, rel_index, Model, COLS, MAGIC, RELS};
use khabar_eval::events::{is_dev, read_tbaq, EventDoc};
use std::path::Path;

/// One linked event: its candidates' features, which are right, and the
/// gold relation of each right one.
struct Example {
    cands: Vec<Vec<u32>>,
    /// Per candidate: the gold relation (an index into `RELS`) when a
    /// TLINK joins the event to it.
    gold: Vec<Option<usize>>,
    /// The candidate the rules pick, and the rule.
    rule: Option<(usize, u8)>,
}

/// The linked events of a document that khabar detected.
fn doc_examples(doc: &EventDoc) -> Vec<Example> {
    let mut input = khabar_core::Document::text(doc.text.clone()).with_id(doc.id.clone());
    if let Some(dct) = &doc.dct {
        input = input.with_date(dct.clone());
    }
    let Ok((analysis, exs)) = examples(&input) else {
        return Vec::new();
    };
    let Some(shift) = doc.text.find(analysis.text.as_str()) else {
        return Vec::new();
    };
    let dct_tid = doc.dct_tid.as_deref().unwrap_or("t0");
    let mut out = Vec::new();
    for x in exs {
        let (s, e) = (x.start + shift, x.end + shift);
        let Some(g) = doc.events.iter().find(|g| g.start < e && s < g.end) else {
            continue;
        };
        let links: Vec<(&str, Option<usize>)> = doc
            .links
            .iter()
            .filter(|l| l.0 == g.eid)
            .map(|l| (l.1.as_str(), rel_index(&l.2)))
            .collect();
        if links.is_empty() {
            continue;
        }
        let mut gold = Vec::with_capacity(x.candidates.len());
        let mut cands = Vec::with_capacity(x.candidates.len());
        let rule = x.rule;
        for (span, feats) in x.candidates {
            let rel = links
                .iter()
                .find(|(tid, _)| match span {
                    None => *tid == dct_tid || *tid == "t0",
                    Some((ks, ke)) => doc
                        .timexes
                        .iter()
                        .any(|gt| gt.tid == *tid && gt.start < ke + shift && ks + shift < gt.end),
                })
                .map(|&(_, r)| r.unwrap_or(0));
            gold.push(rel);
            cands.push(feats);
        }
        out.push(Example { cands, gold, rule });
    }
    out
}

/// Parses `tlink [--epochs N] [--bits N] [--prune W] [--pct N] [--dry-run]`:
/// the options of `events`, with the link model's defaults (`--pct`: the
/// quantile of weights the quantizer keeps, per ten thousand).
pub fn parse(args: &[String]) -> Options {
    let defaults = Options {
        epochs: 12,
        bits: 18,
        prune: 2,
        pct: 9_990,
        dry_run: false,
    };
    crate::events::parse_as("tlink", defaults, args)
}

/// Dev figures: (anchor right, linked events, relation right where the
/// anchor is right). The rules up to `rules_over` (0 none, 2 same clause
/// and framing, 3 all) override the model's anchor.
fn score(model: &Model, dev: &[Example], rules_over: u8) -> (usize, usize, usize) {
    let (mut right, mut rel_right) = (0, 0);
    for ex in dev {
        let mut best: Option<(i32, usize, [i32; COLS])> = None;
        for (k, f) in ex.cands.iter().enumerate() {
            let s = model.scores(f);
            if best.is_none_or(|b| s[0] > b.0) {
                best = Some((s[0], k, s));
            }
        }
        if let Some((r, _)) = ex.rule.filter(|r| r.1 <= rules_over) {
            best = ex.cands.get(r).map(|f| (0, r, model.scores(f)));
        }
        if let Some((_, k, s)) = best {
            if let Some(rel) = ex.gold[k] {
                right += 1;
                rel_right += usize::from(best_rel(&s) == rel);
            }
        }
    }
    (right, dev.len(), rel_right)
}

/// Trains, reports and writes the model.
pub fn run(root: &Path, eval: &Path, o: &Options) {
    let docs = read_tbaq(&eval.join("en-timex-tempeval3")).unwrap_or_else(|e| {
        eprintln!("khabar-train tlink: {e}");
        std::process::exit(2)
    });
    let (dev, train): (Vec<&EventDoc>, Vec<&EventDoc>) = docs.iter().partition(|d| is_dev(&d.id));
    let train_ex: Vec<Example> = train.iter().flat_map(|d| doc_examples(d)).collect();
    let dev_ex: Vec<Example> = dev.iter().flat_map(|d| doc_examples(d)).collect();
    let reachable = train_ex
        .iter()
        .filter(|x| x.gold.iter().any(Option::is_some));
    let dev_reachable = dev_ex
        .iter()
        .filter(|x| x.gold.iter().any(Option::is_some))
        .count();
    eprintln!(
        "tlink: {} training documents ({} linked detected events, {} with a right candidate), {} dev ({} linked, {dev_reachable} with a right candidate)",
        train.len(),
        train_ex.len(),
        reachable.count(),
        dev.len(),
        dev_ex.len()
    );
    let size = COLS << o.bits;
    let mask = (1u32 << o.bits) - 1;
    let mut w = vec![0f32; size];
    let mut u = vec![0f32; size];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..train_ex.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let add = |w: &mut [f32], u: &mut [f32], feats: &[u32], col: usize, by: f32, c: f32| {
        for &f in feats {
            let i = ((f & mask) as usize) * COLS + col;
            w[i] += by;
            u[i] += by * c;
        }
    };
    for epoch in 0..o.epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = ((seed >> 33) as usize) % (i + 1);
            order.swap(i, j);
        }
        let (mut rank_err, mut rel_err) = (0usize, 0usize);
        for &k in &order {
            let ex = &train_ex[k];
            let score = |f: &[u32], col: usize, w: &[f32]| -> f32 {
                f.iter()
                    .map(|&x| w[((x & mask) as usize) * COLS + col])
                    .sum()
            };
            // Ranking: the best candidate against the best right one (on
            // every event: trained only where no rule fires, the model
            // scores the same under the rules, 725 against 726 of 931 dev events).
            if ex.gold.iter().any(Option::is_some) {
                let scores: Vec<f32> = ex.cands.iter().map(|f| score(f, 0, &w)).collect();
                let mut best = 0;
                for i in 1..scores.len() {
                    if scores[i] > scores[best] {
                        best = i;
                    }
                }
                if ex.gold[best].is_none() {
                    rank_err += 1;
                    let right = (0..scores.len())
                        .filter(|&i| ex.gold[i].is_some())
                        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
                        .unwrap_or(0);
                    add(&mut w, &mut u, &ex.cands[right], 0, 1.0, c);
                    add(&mut w, &mut u, &ex.cands[best], 0, -1.0, c);
                }
            }
            // Relation: each right candidate with its gold relation.
            for (f, g) in ex.cands.iter().zip(&ex.gold) {
                let Some(g) = *g else { continue };
                let mut best = 0;
                let mut top = f32::MIN;
                for r in 0..RELS.len() {
                    let s = score(f, 1 + r, &w);
                    if s > top {
                        top = s;
                        best = r;
                    }
                }
                if best != g {
                    rel_err += 1;
                    add(&mut w, &mut u, f, 1 + g, 1.0, c);
                    add(&mut w, &mut u, f, 1 + best, -1.0, c);
                }
            }
            c += 1.0;
        }
        eprintln!(
            "epoch {}: {rank_err} ranking errors, {rel_err} relation errors",
            epoch + 1
        );
    }
    let avg: Vec<f32> = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
    // The 99.9th percentile of |w| at 127.
    let (keys, q) = crate::events::quantize(&avg, COLS, o.pct as usize, o.prune);
    eprintln!(
        "tlink: kept {} of {} feature rows",
        keys.len(),
        avg.len() / COLS
    );
    let Some(model) = Model::from_rows(MAGIC, o.bits, keys, q) else {
        eprintln!("khabar-train tlink: malformed weight rows");
        std::process::exit(2)
    };
    for over in [1, 2, 3] {
        let (right, total, _) = score(&model, &dev_ex, over);
        eprintln!(
            "dev, rules 1..={over} over the model: anchor right {right} of {total} ({:.3})",
            right as f64 / total.max(1) as f64
        );
    }
    let rules_only: usize = dev_ex
        .iter()
        .filter(|x| {
            x.rule
                .is_some_and(|(r, _)| x.gold.get(r).is_some_and(Option::is_some))
        })
        .count();
    eprintln!("dev, rules alone: anchor right {rules_only}");
    let (right, total, rel_right) = score(&model, &dev_ex, 0);
    eprintln!(
        "dev: anchor right {right} of {total} linked detected events ({:.3}), relation right {rel_right} of {right} ({:.3})",
        right as f64 / total.max(1) as f64,
        rel_right as f64 / right.max(1) as f64
    );
    let bytes = model.to_bytes();
    let path = root.join("crates/khabar-core/data/events/en-tlink.bin");
    if o.dry_run {
        eprintln!("dry run: {} bytes not written", bytes.len());
    } else {
        std::fs::write(&path, &bytes).unwrap_or_else(|e| {
            eprintln!("khabar-train tlink: cannot write {}: {e}", path.display());
            std::process::exit(2)
        });
        eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
}
