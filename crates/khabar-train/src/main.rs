//! Trains khabar's NER models and reports their dev-split scores.
//!
//! ```text
//! cargo run --release -p khabar-train -- <en|hi|all> [--epochs N] [--bits N] [--prune W] [--beam N] [--il-repeat N] [--seed N] [--rebuild-gazetteer] [--dry-run]
//! cargo run --release -p khabar-train -- diff <en|hi> [--examples N]
//! echo "Rajnath Singh met Putin." | cargo run --release -p khabar-train -- tag
//! cargo run --release -p khabar-train -- events [--epochs N] [--bits N] [--prune W] [--dry-run]
//! echo "Shares rebounded on Monday." | cargo run --release -p khabar-train -- tag-events
//! cargo run --release -p khabar-train -- tlink [--epochs N] [--bits N] [--prune W] [--pct N] [--dry-run]
//! ```
//!
//! Reads the gold data from `../shared/eval` (beside the repository), trains
//! one averaged structured perceptron per language (Collins 2002: each
//! sentence is decoded by the beam search inference runs, then the weights
//! move towards the gold sequence's features) with the feature extractor
//! and decoder of `khabar_core::entities::ner` (the very code inference
//! runs), quantizes the weights to `i8` and writes
//! `crates/khabar-core/data/ner/{en,hi}.bin`. Deterministic: fixed seed,
//! single thread.
//!
//! `diff` scores the full pipeline against the tagger alone on the dev
//! splits and lists what the pipeline loses; `tag` runs the tagger alone on
//! standard input. Neither writes anything.
//!
//! Splits:
//! - English: trains on CoNLL-2003 `eng.train`, reports `eng.testa` (dev).
//! - Hindi: trains on IL-NER `Hindi-train.txt` plus the HiNER sentences whose
//!   index (0-based, in file order) is not a multiple of 5, each IL-NER
//!   sentence seen `--il-repeat` times per epoch (default 3); reports IL-NER
//!   `Hindi-dev.txt` and the HiNER sentences with index % 5 == 0 (held out).

use khabar_core::entities::ner::features::{
    gaz, is_caps_sentence, label_features, static_features, word_key, DocState, Gazetteer, Space,
    TokenInfo, MAX_FEATURES,
};
use khabar_core::entities::ner::tagger::{
    chunk_label, chunks, decode, label_type, n_labels, Model, Scorer, Scratch, BEAM, TYPES,
};
use khabar_core::entities::ner::token_info;

mod diff;
mod events;
mod names;
mod tlink;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One gold sentence: words and IOB2 label ids.
#[derive(Clone)]
struct Sentence {
    words: Vec<String>,
    labels: Vec<u8>,
}

/// A document: sentences that share document memory.
type Doc = Vec<Sentence>;

fn label_id(tag: &str, map: &dyn Fn(&str) -> Option<u8>) -> Option<(bool, u8)> {
    let (prefix, ty) = tag.split_once('-')?;
    let t = map(ty)?;
    match prefix {
        "B" => Some((true, t)),
        "I" => Some((false, t)),
        _ => None,
    }
}

/// Converts (begin?, type) tags to IOB2 label ids; a stray I- begins a
/// chunk (that also turns CoNLL's IOB1 into IOB2).
fn to_iob2(tags: &[Option<(bool, u8)>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(tags.len());
    let mut prev: Option<u8> = None;
    for t in tags {
        match *t {
            None => {
                out.push(0);
                prev = None;
            }
            Some((begin, ty)) => {
                let b = begin || prev != Some(ty);
                out.push(if b { 1 + 2 * ty } else { 2 + 2 * ty });
                prev = Some(ty);
            }
        }
    }
    // Normalized IOB2 (the shared `chunk_label` numbering).
    let mut iob2 = vec![0u8; out.len()];
    let mut i = 0;
    while i < out.len() {
        if out[i] == 0 {
            i += 1;
            continue;
        }
        let ty = (out[i] - 1) / 2;
        let mut j = i + 1;
        while j < out.len() && out[j] == 2 + 2 * ty {
            j += 1;
        }
        for (k, slot) in iob2[i..j].iter_mut().enumerate() {
            *slot = chunk_label(ty, k);
        }
        i = j;
    }
    iob2
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("khabar-train: cannot read {}: {e}", path.display());
        std::process::exit(2);
    })
}

/// CoNLL-2003: `token POS chunk NER`, IOB1, `-DOCSTART-` between documents.
fn read_conll(path: &Path) -> Vec<Doc> {
    let map = |t: &str| TYPES.iter().position(|&x| x == t).map(|p| p as u8);
    let mut docs: Vec<Doc> = vec![Vec::new()];
    let (mut words, mut tags) = (Vec::new(), Vec::new());
    let flush =
        |docs: &mut Vec<Doc>, words: &mut Vec<String>, tags: &mut Vec<Option<(bool, u8)>>| {
            if !words.is_empty() {
                let labels = to_iob2(tags);
                if let Some(d) = docs.last_mut() {
                    d.push(Sentence {
                        words: std::mem::take(words),
                        labels,
                    });
                }
                tags.clear();
            }
        };
    for line in read(path).lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut docs, &mut words, &mut tags);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush(&mut docs, &mut words, &mut tags);
            if docs.last().is_some_and(|d| !d.is_empty()) {
                docs.push(Vec::new());
            }
            continue;
        }
        words.push(cols[0].to_string());
        tags.push(label_id(cols.last().copied().unwrap_or("O"), &map));
    }
    flush(&mut docs, &mut words, &mut tags);
    docs.retain(|d| !d.is_empty());
    docs
}

/// `token<TAB>tag` IOB2, blank line between sentences. Returns sentences.
fn read_tsv(path: &Path, map: &dyn Fn(&str) -> Option<u8>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let (mut words, mut tags) = (Vec::new(), Vec::new());
    for line in read(path).lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !words.is_empty() {
                out.push(Sentence {
                    words: std::mem::take(&mut words),
                    labels: to_iob2(&tags),
                });
                tags.clear();
            }
            continue;
        }
        let (w, t) = line.split_once('\t').unwrap_or((line, "O"));
        words.push(w.trim().to_string());
        tags.push(label_id(t.trim(), map));
    }
    if !words.is_empty() {
        out.push(Sentence {
            words,
            labels: to_iob2(&tags),
        });
    }
    out
}

fn ilner_type(t: &str) -> Option<u8> {
    match t {
        "NEP" => Some(0),
        "NEO" => Some(1),
        "NEL" => Some(2),
        _ => None,
    }
}

fn hiner_type(t: &str) -> Option<u8> {
    match t {
        "PERSON" => Some(0),
        "ORGANIZATION" => Some(1),
        "LOCATION" => Some(2),
        _ => None,
    }
}

/// Float weights with lazy averaging.
struct Weights {
    bits: u32,
    n_types: usize,
    w: Vec<f32>,
    acc: Vec<f64>,
    step: f64,
}

impl Weights {
    fn new(bits: u32, n_types: usize) -> Weights {
        let n = (1usize << bits) * n_labels(n_types);
        Weights {
            bits,
            n_types,
            w: vec![0.0; n],
            acc: vec![0.0; n],
            step: 1.0,
        }
    }

    fn update(&mut self, feats: &[u32], label: u8, delta: f32) {
        let n = n_labels(self.n_types);
        for &f in feats {
            let i = f as usize * n + usize::from(label);
            self.w[i] += delta;
            self.acc[i] += self.step * f64::from(delta);
        }
    }

    /// The averaged weights, each row centred on zero: adding a constant
    /// to every label's weight of one feature changes no decision, and
    /// centred rows are much smaller, which quantization needs.
    fn averaged(&self) -> Averaged {
        let mut w: Vec<f32> = self
            .w
            .iter()
            .zip(&self.acc)
            .map(|(&w, &a)| (f64::from(w) - a / self.step) as f32)
            .collect();
        for row in w.chunks_exact_mut(n_labels(self.n_types)) {
            let mean = row.iter().sum::<f32>() / row.len() as f32;
            row.iter_mut().for_each(|x| *x -= mean);
        }
        Averaged {
            bits: self.bits,
            n_types: self.n_types,
            w,
        }
    }
}

struct Averaged {
    bits: u32,
    n_types: usize,
    w: Vec<f32>,
}

impl Scorer for Weights {
    fn space(&self) -> Space {
        Space { bits: self.bits }
    }
    fn n_types(&self) -> usize {
        self.n_types
    }
    fn score(&self, feats: &[u32], scores: &mut [f32]) {
        score_dense(&self.w, n_labels(self.n_types), feats, scores);
    }
}

impl Scorer for Averaged {
    fn space(&self) -> Space {
        Space { bits: self.bits }
    }
    fn n_types(&self) -> usize {
        self.n_types
    }
    fn score(&self, feats: &[u32], scores: &mut [f32]) {
        score_dense(&self.w, n_labels(self.n_types), feats, scores);
    }
}

fn score_dense(w: &[f32], n: usize, feats: &[u32], scores: &mut [f32]) {
    for &f in feats {
        let row = &w[f as usize * n..f as usize * n + n];
        for (s, &x) in scores.iter_mut().zip(row) {
            *s += x;
        }
    }
}

/// A small deterministic PRNG (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn infos(s: &Sentence) -> Vec<TokenInfo> {
    GAZ.with(|bytes| {
        let bytes = bytes.borrow();
        let g = Gazetteer::parse(&bytes);
        s.words.iter().map(|w| token_info(w, g.as_ref())).collect()
    })
}

thread_local! {
    /// The gazetteer bytes built at start-up (empty: none).
    static GAZ: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Builds the tagger's gazetteer from the entity stage's readable lists
/// (`crates/khabar-core/data/gazetteer/places.tsv` and `named.tsv`): every
/// word of a name gets bits saying what kind of name and where in it.
fn build_gazetteer(dir: &Path) -> (Vec<u8>, usize) {
    let mut entries: Vec<(u64, u8)> = Vec::new();
    let mut names = 0;
    for file in ["places.tsv", "named.tsv"] {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            eprintln!(
                "khabar-train: no {}; gazetteer features off",
                dir.join(file).display()
            );
            continue;
        };
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(ty)) = (cols.next(), cols.next()) else {
                continue;
            };
            let words: Vec<&str> = name.split_whitespace().collect();
            let bit_one = match ty {
                "GPE" | "LOC" => gaz::PLACE,
                "ORG" => gaz::ORG,
                "NORP" => gaz::NORP,
                "FAC" => gaz::FAC,
                _ => continue,
            };
            names += 1;
            for (i, w) in words.iter().enumerate() {
                let bits = if bit_one != gaz::PLACE {
                    bit_one
                } else if words.len() == 1 {
                    gaz::PLACE
                } else if i == 0 {
                    gaz::PLACE_FIRST
                } else {
                    gaz::PLACE_REST
                };
                entries.push((word_key(w), bits));
            }
        }
    }
    (Gazetteer::build(&entries), names)
}

fn train(
    docs: &[Doc],
    seed: u64,
    n_types: usize,
    bits: u32,
    epochs: usize,
    beam: usize,
    dev: &[(&str, &[Doc])],
) -> Averaged {
    let mut weights = Weights::new(bits, n_types);
    let space = Space { bits };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = Rng(seed);
    let mut feats = Vec::with_capacity(MAX_FEATURES);
    let cached: Vec<Vec<Vec<TokenInfo>>> =
        docs.iter().map(|d| d.iter().map(infos).collect()).collect();
    let (mut pred, mut probs) = (Vec::new(), Vec::new());
    let mut scratch = Scratch::new();
    let mut base = Vec::with_capacity(MAX_FEATURES);
    for epoch in 0..epochs {
        let t0 = Instant::now();
        rng.shuffle(&mut order);
        let (mut errors, mut total) = (0usize, 0usize);
        for &d in &order {
            let mut doc = DocState::new();
            for toks in &cached[d] {
                doc.observe(toks);
            }
            for (s, toks) in docs[d].iter().zip(&cached[d]) {
                // Collins (2002): decode the whole sentence as inference
                // does, then move the weights towards the gold sequence's
                // features and away from the prediction's.
                decode(
                    &weights,
                    toks,
                    &doc,
                    beam,
                    &mut scratch,
                    &mut pred,
                    &mut probs,
                );
                let gold = &s.labels;
                if pred != *gold {
                    let caps = is_caps_sentence(toks);
                    let at = |v: &[u8], j: usize, k: usize| {
                        if j >= k {
                            v[j - k]
                        } else {
                            0
                        }
                    };
                    for i in 0..toks.len() {
                        let gp = [at(gold, i, 1), at(gold, i, 2)];
                        let pp = [at(&pred, i, 1), at(&pred, i, 2)];
                        if gold[i] == pred[i] && gp == pp {
                            continue;
                        }
                        if gold[i] != pred[i] {
                            errors += 1;
                        }
                        base.clear();
                        static_features(space, toks, i, caps, &doc, &mut base);
                        feats.clear();
                        feats.extend_from_slice(&base);
                        label_features(space, toks, i, gp, &doc, &mut feats);
                        weights.update(&feats, gold[i], 1.0);
                        feats.clear();
                        feats.extend_from_slice(&base);
                        label_features(space, toks, i, pp, &doc, &mut feats);
                        weights.update(&feats, pred[i], -1.0);
                    }
                }
                weights.step += toks.len() as f64;
                total += toks.len();
                for (tok, &p) in toks.iter().zip(&pred) {
                    doc.record(tok, label_type(p));
                }
            }
        }
        let avg = weights.averaged();
        let mut line = format!(
            "  epoch {:>2}: train token error {:.4} ({:.1}s)",
            epoch + 1,
            errors as f64 / total.max(1) as f64,
            t0.elapsed().as_secs_f64()
        );
        for (name, set) in dev {
            let r = evaluate(&avg, set, n_types, beam);
            line.push_str(&format!("  {name} F1 {:.4}", r.overall().2));
        }
        eprintln!("{line}");
    }
    weights.averaged()
}

/// Chunk counts per type: (gold, predicted, correct).
struct Report {
    counts: Vec<(usize, usize, usize)>,
    tokens: usize,
    seconds: f64,
}

fn prf(g: usize, p: usize, c: usize) -> (f64, f64, f64) {
    let pr = if p == 0 { 0.0 } else { c as f64 / p as f64 };
    let re = if g == 0 { 0.0 } else { c as f64 / g as f64 };
    let f = if pr + re == 0.0 {
        0.0
    } else {
        2.0 * pr * re / (pr + re)
    };
    (pr, re, f)
}

impl Report {
    fn sum(&self, types: &[usize]) -> (f64, f64, f64) {
        let (mut g, mut p, mut c) = (0, 0, 0);
        for &t in types {
            g += self.counts[t].0;
            p += self.counts[t].1;
            c += self.counts[t].2;
        }
        prf(g, p, c)
    }
    fn overall(&self) -> (f64, f64, f64) {
        self.sum(&(0..self.counts.len()).collect::<Vec<_>>())
    }
    fn print(&self, name: &str) {
        println!("{name}: {} tokens", self.tokens);
        println!(
            "  {:<8} {:>7} {:>7} {:>7} {:>6} {:>6}",
            "type", "P", "R", "F1", "gold", "pred"
        );
        for (t, &(g, p, c)) in self.counts.iter().enumerate() {
            let (pr, re, f) = prf(g, p, c);
            println!(
                "  {:<8} {pr:>7.4} {re:>7.4} {f:>7.4} {g:>6} {p:>6}",
                TYPES[t]
            );
        }
        let (pr, re, f) = self.overall();
        println!("  {:<8} {pr:>7.4} {re:>7.4} {f:>7.4}", "overall");
        if self.counts.len() > 3 {
            let (pr, re, f) = self.sum(&[0, 1, 2]);
            println!("  {:<8} {pr:>7.4} {re:>7.4} {f:>7.4}", "PER+ORG+LOC");
        }
        println!(
            "  tagging speed: {:.0} tokens/s (features + decoding, one thread)",
            self.tokens as f64 / self.seconds.max(1e-9)
        );
    }
}

fn evaluate<S: Scorer>(model: &S, docs: &[Doc], n_types: usize, beam: usize) -> Report {
    let mut counts = vec![(0, 0, 0); n_types];
    let mut scratch = Scratch::new();
    let (mut labels, mut probs) = (Vec::new(), Vec::new());
    let mut tokens = 0;
    let cached: Vec<Vec<Vec<TokenInfo>>> =
        docs.iter().map(|d| d.iter().map(infos).collect()).collect();
    let t0 = Instant::now();
    let mut predicted: Vec<Vec<Vec<u8>>> = Vec::with_capacity(docs.len());
    for d in &cached {
        let mut doc = DocState::new();
        for toks in d {
            doc.observe(toks);
        }
        let mut per_doc = Vec::with_capacity(d.len());
        for toks in d {
            decode(
                model,
                toks,
                &doc,
                beam,
                &mut scratch,
                &mut labels,
                &mut probs,
            );
            for (tok, &l) in toks.iter().zip(&labels) {
                doc.record(tok, label_type(l));
            }
            tokens += toks.len();
            per_doc.push(labels.clone());
        }
        predicted.push(per_doc);
    }
    let seconds = t0.elapsed().as_secs_f64();
    for (d, pd) in docs.iter().zip(&predicted) {
        for (s, pred) in d.iter().zip(pd) {
            let gold: HashSet<(usize, usize, u8)> = chunks(&s.labels).into_iter().collect();
            for &(_, _, t) in &gold {
                counts[usize::from(t)].0 += 1;
            }
            for c in chunks(pred) {
                counts[usize::from(c.2)].1 += 1;
                if gold.contains(&c) {
                    counts[usize::from(c.2)].2 += 1;
                }
            }
        }
    }
    Report {
        counts,
        tokens,
        seconds,
    }
}

/// Quantizes to `i8` with a step of 0.25; weights under `prune` in
/// magnitude become 0, and the few beyond ±127 steps (±31.75) are clamped
/// (8 of 1.3 million in the shipped models: English dev F1 unchanged,
/// Hindi within 0.002).
fn quantize(avg: &Averaged, prune: f32) -> (f32, Vec<i8>) {
    // A step of 0.25 loses nothing measurable on CoNLL dev and shrinks the
    // compressed table by a quarter against finer steps.
    let scale = 0.25f32;
    let q = avg
        .w
        .iter()
        .map(|&w| {
            if w.abs() < prune {
                0
            } else {
                (w / scale).round().clamp(-127.0, 127.0) as i8
            }
        })
        .collect();
    (scale, q)
}

/// The shuffling seed (xorshift64*); `--seed N` for another order, to tell
/// a real gain from the order's luck on the small dev sets.
const SEED: u64 = 0x6b68_6162_6172_2121;

/// What the command line takes.
const USAGE: &str = "usage: khabar-train <en|hi|all> [--epochs N] [--bits N] [--prune W] [--beam N] [--il-repeat N] [--seed N] [--rebuild-gazetteer] [--dry-run]";

/// How many times each IL-NER training sentence is seen per epoch.
const IL_REPEAT: usize = 3;

struct Args {
    lang: String,
    epochs: usize,
    bits: Option<u32>,
    prune: f32,
    beam: usize,
    dry_run: bool,
    rebuild_gazetteer: bool,
    diff: bool,
    examples: usize,
    il_repeat: usize,
    seed: u64,
}

fn parse_args() -> Args {
    let mut args = Args {
        lang: String::new(),
        epochs: 0,
        bits: None,
        prune: -1.0,
        beam: BEAM,
        dry_run: false,
        rebuild_gazetteer: false,
        diff: false,
        examples: 20,
        il_repeat: IL_REPEAT,
        seed: SEED,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--epochs" => args.epochs = it.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--bits" => args.bits = it.next().and_then(|v| v.parse().ok()),
            "--prune" => args.prune = it.next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
            "--beam" => args.beam = it.next().and_then(|v| v.parse().ok()).unwrap_or(BEAM),
            "--dry-run" => args.dry_run = true,
            "--rebuild-gazetteer" => args.rebuild_gazetteer = true,
            "--il-repeat" => {
                args.il_repeat = it.next().and_then(|v| v.parse().ok()).unwrap_or(IL_REPEAT)
            }
            "--seed" => {
                args.seed = it.next().and_then(|v| v.parse().ok()).unwrap_or(SEED);
                // xorshift never leaves 0: the documents would stay in file
                // order (every IL-NER sentence, then every HiNER one) and the
                // model collapses (IL-NER dev 0.49).
                if args.seed == 0 {
                    eprintln!("khabar-train: --seed must be a non-zero number\n{USAGE}");
                    std::process::exit(2);
                }
            }
            "en" | "hi" | "all" => args.lang = a,
            "diff" => {
                args.diff = true;
                args.dry_run = true;
            }
            "--examples" => args.examples = it.next().and_then(|v| v.parse().ok()).unwrap_or(20),
            _ => {
                eprintln!("{USAGE}");
                std::process::exit(2);
            }
        }
    }
    if args.lang.is_empty() {
        eprintln!("{USAGE}");
        std::process::exit(2);
    }
    args
}

fn finish(
    name: &str,
    avg: &Averaged,
    prune: f32,
    dev: &[(&str, &[Doc])],
    out: &Path,
    dry_run: bool,
    beam: usize,
) {
    let (scale, q) = quantize(avg, prune);
    let bytes = Model::to_bytes(avg.bits, avg.n_types, scale, &q);
    let nonzero = q.iter().filter(|&&x| x != 0).count();
    let Some(model) = Model::parse(&bytes) else {
        eprintln!("khabar-train: the quantized model does not parse back");
        std::process::exit(1);
    };
    // Scored exactly as the core scores it, from the bytes.
    println!(
        "{name} model: {} bytes raw, {} rows x {} labels, {nonzero} non-zero weights (pruned under {prune}), step {scale}",
        bytes.len(),
        1u32 << avg.bits,
        n_labels(avg.n_types)
    );
    for (set, docs) in dev {
        evaluate(&model, docs, avg.n_types, beam)
            .print(&format!("{set} (quantized model, as shipped)"));
    }
    write_unless_dry(out, &bytes, dry_run);
}

/// The header of `hi-names.tsv`.
const NAMES_HEADER: &str = "\
# Generated by `cargo run --release -p khabar-train -- hi` (or `all`): DO NOT EDIT.
# The Devanagari names the Hindi model's training sentences (IL-NER
# Hindi-train.txt, Bahad et al. 2024, CC BY 4.0; the HiNER sentences it
# trains on, Murthy et al. 2022, CC BY-SA 4.0) annotate as one type in at
# least 60% of the places the same words occur
# (crates/khabar-train/src/names.rs). The core adds a listed name where
# neither the rules nor the tagger found anything.
# name<TAB>type<TAB>times annotated<TAB>times the words occur
";

/// Writes `bytes` to `path`, or says it would not.
fn write_unless_dry(path: &Path, bytes: &[u8], dry_run: bool) {
    if dry_run {
        println!("dry run: not writing {}", path.display());
    } else if let Err(e) = std::fs::write(path, bytes) {
        eprintln!("khabar-train: cannot write {}: {e}", path.display());
        std::process::exit(1);
    } else {
        println!("wrote {}", path.display());
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("tag") {
        diff::tag_stdin();
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("tag-events") {
        events::tag_stdin();
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("tlink") {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let rest: Vec<String> = std::env::args().skip(2).collect();
        tlink::run(&root, &root.join("../shared/eval"), &tlink::parse(&rest));
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("events") {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let rest: Vec<String> = std::env::args().skip(2).collect();
        events::run(&root, &root.join("../shared/eval"), &events::parse(&rest));
        return;
    }
    let args = parse_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let eval = root.join("../shared/eval");
    if !eval.is_dir() {
        eprintln!(
            "khabar-train: {} is absent; nothing to train on",
            eval.display()
        );
        std::process::exit(2);
    }
    let data = root.join("crates/khabar-core/data/ner");
    // The gazetteer features are frozen with the models: the committed
    // gazetteer.bin is what the shipped weights learned with, so training
    // again from a clean clone gives the same files byte for byte, however
    // the hand-kept lists have grown since. `--rebuild-gazetteer` builds it
    // afresh from places.tsv and named.tsv (then re-measure everything).
    let gaz_path = data.join("gazetteer.bin");
    let frozen = if args.rebuild_gazetteer {
        None
    } else {
        std::fs::read(&gaz_path).ok()
    };
    let gaz_bytes = match frozen {
        Some(bytes) => {
            eprintln!("gazetteer: the committed {} bytes", bytes.len());
            bytes
        }
        None => {
            let (bytes, names) = build_gazetteer(&root.join("crates/khabar-core/data/gazetteer"));
            eprintln!("gazetteer: {names} names, {} bytes", bytes.len());
            write_unless_dry(&gaz_path, &bytes, args.dry_run);
            bytes
        }
    };
    GAZ.with(|g| *g.borrow_mut() = gaz_bytes);
    if args.lang == "en" || args.lang == "all" {
        let t0 = Instant::now();
        let train_docs = read_conll(&eval.join("en-ner-conll2003/eng.train"));
        let dev_docs = read_conll(&eval.join("en-ner-conll2003/eng.testa"));
        let bits = args.bits.unwrap_or(18);
        let epochs = if args.epochs > 0 { args.epochs } else { 10 };
        eprintln!(
            "en: {} train docs, {} dev docs, 2^{bits} rows, {epochs} epochs",
            train_docs.len(),
            dev_docs.len()
        );
        let dev: [(&str, &[Doc]); 1] = [("CoNLL-2003 eng.testa", &dev_docs)];
        if args.diff {
            diff::run(dev[0].0, &dev_docs, true, args.examples);
            return;
        }
        let avg = train(&train_docs, args.seed, 4, bits, epochs, args.beam, &dev);
        eprintln!("en: trained in {:.1}s", t0.elapsed().as_secs_f64());
        finish(
            "en",
            &avg,
            if args.prune >= 0.0 { args.prune } else { 0.5 },
            &dev,
            &data.join("en.bin"),
            args.dry_run,
            args.beam,
        );
    }
    if args.lang == "hi" || args.lang == "all" {
        let t0 = Instant::now();
        let il_train = read_tsv(&eval.join("hi-ner-ilner/Hindi-train.txt"), &ilner_type);
        let il_dev = read_tsv(&eval.join("hi-ner-ilner/Hindi-dev.txt"), &ilner_type);
        let hiner = read_tsv(&eval.join("hi-ner-hiner/hiner-dev.conll"), &hiner_type);
        // The names come from the same sentences the tagger learns from
        // (the HiNER held-out fifth excluded).
        let learned: Vec<Sentence> = il_train
            .iter()
            .chain(
                hiner
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 5 != 0)
                    .map(|(_, s)| s),
            )
            .cloned()
            .collect();
        let (list, n_names) = names::build(&learned, NAMES_HEADER);
        eprintln!(
            "hi: {n_names} names annotated in at least {:.0}% of their occurrences",
            names::MIN_SHARE * 100.0
        );
        write_unless_dry(&data.join("hi-names.tsv"), list.as_bytes(), args.dry_run);
        // IL-NER (news) sentences are seen `il_repeat` times per epoch: the
        // two sets differ in conventions and IL-NER is the closer to news.
        let mut train_docs: Vec<Doc> = Vec::new();
        for s in il_train {
            for _ in 1..args.il_repeat.max(1) {
                train_docs.push(vec![s.clone()]);
            }
            train_docs.push(vec![s]);
        }
        let mut hiner_held: Vec<Doc> = Vec::new();
        for (i, s) in hiner.into_iter().enumerate() {
            if i % 5 == 0 {
                hiner_held.push(vec![s]);
            } else {
                train_docs.push(vec![s]);
            }
        }
        let il_dev: Vec<Doc> = il_dev.into_iter().map(|s| vec![s]).collect();
        let bits = args.bits.unwrap_or(18);
        let epochs = if args.epochs > 0 { args.epochs } else { 10 };
        eprintln!(
            "hi: {} train sentences, {} IL-NER dev, {} HiNER held-out, 2^{bits} rows, {epochs} epochs",
            train_docs.len(),
            il_dev.len(),
            hiner_held.len()
        );
        let dev: [(&str, &[Doc]); 2] = [
            ("IL-NER Hindi-dev", &il_dev),
            ("HiNER dev, held-out fifth (index % 5 == 0)", &hiner_held),
        ];
        if args.diff {
            for (name, docs) in dev {
                diff::run(name, docs, false, args.examples);
            }
            return;
        }
        let avg = train(&train_docs, args.seed, 3, bits, epochs, args.beam, &dev);
        eprintln!("hi: trained in {:.1}s", t0.elapsed().as_secs_f64());
        finish(
            "hi",
            &avg,
            if args.prune >= 0.0 { args.prune } else { 2.0 },
            &dev,
            &data.join("hi.bin"),
            args.dry_run,
            args.beam,
        );
    }
}
