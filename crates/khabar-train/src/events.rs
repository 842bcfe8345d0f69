//! `khabar-train events`: the English TimeML event tagger.
//!
//! ```text
//! cargo run --release -p khabar-train -- events [--epochs N] [--bits N] [--prune W] [--dry-run]
//! ```
//!
//! Trains a multiclass averaged perceptron (no event + the seven TimeML
//! classes) on the TempEval-3 training data (`../shared/eval/en-timex-tempeval3`,
//! TimeBank + AQUAINT) minus the frozen dev split
//! (`khabar_eval::events::is_dev`), over the features of
//! `khabar_core::events::timeml::token_features` (the code inference runs),
//! quantizes the averaged weights to `i8`, drops the feature rows whose
//! weights all round below `--prune`, and writes
//! `crates/khabar-core/data/events/en-timeml.bin`. Reports token-level
//! relaxed P/R/F1 and class accuracy of the quantized model on the dev
//! split. Deterministic: documents in file-name order, a fixed shuffle.

use khabar_core::events::timeml::{label, token_features, Model, CLASSES, MAGIC, N_LABELS};
use khabar_eval::events::{is_dev, read_tbaq, EventDoc};
use std::path::Path;

/// One token: its features and gold label.
struct Example {
    feats: Vec<u32>,
    label: usize,
}

/// The tokens of a document with gold labels: a word token is labelled
/// with the class of the gold event whose span it ends (a hyphenated
/// compound's last word), else 0. Punctuation is left out: the tagger
/// never tags it.
fn examples(doc: &EventDoc) -> Vec<Example> {
    let toks = token_features(&doc.text);
    let mut out = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let ev = doc
            .events
            .iter()
            .find(|g| t.start < g.end && g.start < t.end);
        let label = ev.map_or(0, |g| {
            // The last word token inside the event carries it.
            let last = toks[i + 1..]
                .iter()
                .take_while(|n| n.start < g.end)
                .all(|n| !n.word);
            if last {
                CLASSES
                    .iter()
                    .position(|c| *c == g.class)
                    .map_or(1, |k| k + 1)
            } else {
                0
            }
        });
        out.push(Example {
            feats: t.feats.clone(),
            label,
        });
    }
    out
}

/// Options of the subcommand.
pub struct Options {
    pub epochs: usize,
    pub bits: u32,
    pub prune: i32,
    pub pct: u32,
    pub dry_run: bool,
}

/// Parses `events [--epochs N] [--bits N] [--prune W] [--pct N] [--dry-run]`.
pub fn parse(args: &[String]) -> Options {
    let defaults = Options {
        epochs: 10,
        bits: 20,
        prune: 9,
        pct: 10_000,
        dry_run: false,
    };
    parse_as("events", defaults, args)
}

/// Parses the options of a learned-table command (`events`, `tlink`) over
/// its defaults; `cmd` names it in the error messages.
pub fn parse_as(cmd: &str, defaults: Options, args: &[String]) -> Options {
    let mut o = defaults;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let num = |v: Option<&String>| -> usize {
            v.and_then(|s| s.parse().ok()).unwrap_or_else(|| {
                eprintln!("khabar-train {cmd}: {a} expects a number");
                std::process::exit(2)
            })
        };
        match a.as_str() {
            "--epochs" => o.epochs = num(it.next()),
            "--bits" => o.bits = num(it.next()) as u32,
            "--prune" => o.prune = num(it.next()) as i32,
            "--pct" => o.pct = num(it.next()) as u32,
            "--dry-run" => o.dry_run = true,
            s => {
                eprintln!("khabar-train {cmd}: unknown option {s:?}");
                std::process::exit(2)
            }
        }
    }
    o
}

/// Trains, reports and writes the model.
pub fn run(root: &Path, eval: &Path, o: &Options) {
    let docs = read_tbaq(&eval.join("en-timex-tempeval3")).unwrap_or_else(|e| {
        eprintln!("khabar-train events: {e}");
        std::process::exit(2)
    });
    let (dev, train): (Vec<&EventDoc>, Vec<&EventDoc>) = docs.iter().partition(|d| is_dev(&d.id));
    eprintln!(
        "events: {} training documents, {} dev",
        train.len(),
        dev.len()
    );
    let train_ex: Vec<Example> = train.iter().flat_map(|d| examples(d)).collect();
    let dev_ex: Vec<Example> = dev.iter().flat_map(|d| examples(d)).collect();
    eprintln!(
        "events: {} training tokens ({} events)",
        train_ex.len(),
        train_ex.iter().filter(|e| e.label > 0).count()
    );
    let size = N_LABELS << o.bits;
    let mask = (1u32 << o.bits) - 1;
    let mut w = vec![0f32; size];
    // Sum of c * update, for the average (Daumé's trick).
    let mut u = vec![0f32; size];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..train_ex.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for epoch in 0..o.epochs {
        // Fisher–Yates with a fixed LCG.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = ((seed >> 33) as usize) % (i + 1);
            order.swap(i, j);
        }
        let mut errors = 0usize;
        for &k in &order {
            let ex = &train_ex[k];
            let mut score = [0f32; N_LABELS];
            for &f in &ex.feats {
                let row = ((f & mask) as usize) * N_LABELS;
                for (s, x) in score.iter_mut().zip(&w[row..row + N_LABELS]) {
                    *s += x;
                }
            }
            let mut best = 0;
            for l in 1..N_LABELS {
                if score[l] > score[best] {
                    best = l;
                }
            }
            if best != ex.label {
                errors += 1;
                for &f in &ex.feats {
                    let row = ((f & mask) as usize) * N_LABELS;
                    w[row + ex.label] += 1.0;
                    u[row + ex.label] += c;
                    w[row + best] -= 1.0;
                    u[row + best] -= c;
                }
            }
            c += 1.0;
        }
        eprintln!("epoch {}: {errors} training errors", epoch + 1);
    }
    let avg: Vec<f32> = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
    let (keys, q) = quantize(&avg, N_LABELS, o.pct as usize, o.prune);
    eprintln!(
        "events: kept {} of {} feature rows",
        keys.len(),
        avg.len() / N_LABELS
    );
    let Some(model) = Model::from_rows(MAGIC, o.bits, keys, q) else {
        eprintln!("khabar-train events: malformed weight rows");
        std::process::exit(2)
    };
    // Dev scores of the quantized model, token level.
    let (mut gold, mut pred, mut hit, mut class_ok) = (0usize, 0usize, 0usize, 0usize);
    for ex in &dev_ex {
        let l = label(&model, &ex.feats);
        gold += usize::from(ex.label > 0);
        pred += usize::from(l > 0);
        if l > 0 && ex.label > 0 {
            hit += 1;
            class_ok += usize::from(l == ex.label);
        }
    }
    let p = hit as f64 / pred.max(1) as f64;
    let r = hit as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    eprintln!(
        "dev (tokens): P {p:.3} R {r:.3} F1 {f:.3}, class accuracy {:.3} ({gold} gold events)",
        class_ok as f64 / hit.max(1) as f64
    );
    let bytes = model.to_bytes();
    let path = root.join("crates/khabar-core/data/events/en-timeml.bin");
    if o.dry_run {
        eprintln!("dry run: {} bytes not written", bytes.len());
    } else {
        std::fs::write(&path, &bytes).unwrap_or_else(|e| {
            eprintln!("khabar-train events: cannot write {}: {e}", path.display());
            std::process::exit(2)
        });
        eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
}

/// `tag-events`: the compiled-in tagger on standard input, one event a
/// line (word, class).
pub fn tag_stdin() {
    let mut text = String::new();
    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
        eprintln!("khabar-train tag-events: cannot read standard input: {e}");
        std::process::exit(2)
    }
    for t in khabar_core::events::timeml::tag_text(&text) {
        println!("{}\t{}", &text[t.start..t.end], CLASSES[t.class]);
    }
}

/// Averaged perceptron weights (`cols` per feature row) as `i8` rows: the
/// scale puts the `pct`/10,000 quantile of |w| at 127 and clamps the few
/// above; rows whose weights all round below `prune` are dropped. Returns
/// the kept rows' indices (ascending) and their weights, what
/// `Model::from_rows` of the event and link models reads.
pub(crate) fn quantize(avg: &[f32], cols: usize, pct: usize, prune: i32) -> (Vec<u32>, Vec<i8>) {
    let mut mags: Vec<f32> = avg.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let top = mags
        .get((mags.len() * pct / 10_000).min(mags.len().saturating_sub(1)))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let scale = 127.0 / top;
    let (mut keys, mut q) = (Vec::new(), Vec::new());
    for (row, ws) in avg.chunks_exact(cols).enumerate() {
        let r: Vec<i8> = ws
            .iter()
            .map(|x| (x * scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        if r.iter().any(|&x| i32::from(x).abs() >= prune) {
            keys.push(row as u32);
            q.extend(r);
        }
    }
    (keys, q)
}
