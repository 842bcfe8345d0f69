//! Running khabar on a gold set: load, analyze every document with the
//! public pipeline, map predictions back to the gold text, score.

use crate::align::Aligner;
use crate::corpus::{self, NerDoc, TimexDoc};
use crate::score::{score_timexes, Chunk, NerCounts, Predicted, TimexCounts, TimexPair, TimexSpan};
use khabar_core::{analyze, Analysis, Document, EntityType, LangHint, Options, TimexType};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// HiNER has no training split here, so the NER tagger may train on part of
/// `hiner-dev.conll`. Sentence `i` (0-based, file order) is held out for
/// reporting when `i % HINER_MODULUS == HINER_HELD_OUT`; only those are
/// scored. This must agree with the split `khabar-train` trains on
/// (`crates/khabar-train/src/main.rs`, `crates/khabar-core/data/ner/README.md`).
pub const HINER_MODULUS: usize = 5;
/// See [`HINER_MODULUS`].
pub const HINER_HELD_OUT: usize = 0;

/// The gold sets the command knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Set {
    /// CoNLL-2003 English `eng.testa` (dev).
    Conll,
    /// IL-NER Hindi `Hindi-dev.txt` (dev).
    Ilner,
    /// HiNER `hiner-dev.conll`, held-out part.
    Hiner,
    /// TempEval-3 training: TimeBank + AQUAINT.
    Tempeval,
    /// WikiWars.
    Wikiwars,
    /// SynTime English tweets (training part).
    Tweets,
    /// ILTIMEX2012 Hindi (spans only).
    Iltimex,
}

impl Set {
    /// Every set, in report order.
    pub const ALL: [Set; 7] = [
        Set::Conll,
        Set::Ilner,
        Set::Hiner,
        Set::Tempeval,
        Set::Wikiwars,
        Set::Tweets,
        Set::Iltimex,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Set::Conll => "conll",
            Set::Ilner => "ilner",
            Set::Hiner => "hiner",
            Set::Tempeval => "tempeval",
            Set::Wikiwars => "wikiwars",
            Set::Tweets => "tweets",
            Set::Iltimex => "iltimex",
        }
    }

    /// Parses a command-line name.
    pub fn parse(s: &str) -> Option<Set> {
        Set::ALL.into_iter().find(|set| set.name() == s)
    }

    /// What the data is.
    pub fn title(self) -> &'static str {
        match self {
            Set::Conll => "CoNLL-2003 English NER",
            Set::Ilner => "IL-NER Hindi NER",
            Set::Hiner => "HiNER Hindi NER",
            Set::Tempeval => "TempEval-3 TimeBank+AQUAINT",
            Set::Wikiwars => "WikiWars",
            Set::Tweets => "SynTime English tweets",
            Set::Iltimex => "ILTIMEX2012 Hindi",
        }
    }

    /// Which split the figures come from.
    pub fn split(self) -> &'static str {
        match self {
            Set::Conll => "dev (eng.testa)",
            Set::Ilner => "dev (Hindi-dev.txt)",
            Set::Hiner => "held-out fifth of hiner-dev (sentence index % 5 == 0)",
            Set::Tempeval => "training (TempEval-3 TBAQ)",
            Set::Wikiwars => "all (no split)",
            Set::Tweets => "training part",
            Set::Iltimex => "all (no split)",
        }
    }

    /// Whether it is a NER set (else a TIMEX set).
    pub fn is_ner(self) -> bool {
        matches!(self, Set::Conll | Set::Ilner | Set::Hiner)
    }

    fn lang(self) -> LangHint {
        match self {
            Set::Ilner | Set::Hiner | Set::Iltimex => LangHint::Hi,
            _ => LangHint::En,
        }
    }

    /// The files the set reads, relative to the data directory.
    fn paths(self) -> &'static [&'static str] {
        match self {
            Set::Conll => &["en-ner-conll2003/eng.testa"],
            Set::Ilner => &["hi-ner-ilner/Hindi-dev.txt"],
            Set::Hiner => &["hi-ner-hiner/hiner-dev.conll"],
            Set::Tempeval => &["en-timex-tempeval3/TimeBank", "en-timex-tempeval3/AQUAINT"],
            Set::Wikiwars => &["en-timex-wikiwars"],
            Set::Tweets => &["en-timex-tweets"],
            Set::Iltimex => &["hi-timex-iltimex2012"],
        }
    }

    /// Whether the set's data is present under `data`.
    pub fn available(self, data: &Path) -> bool {
        self.paths().iter().all(|p| data.join(p).exists())
    }
}

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

/// Where the gold data lives: `$KHABAR_EVAL_DATA`, else `../shared/eval`
/// beside the repository.
pub fn default_data_dir() -> PathBuf {
    match std::env::var_os("KHABAR_EVAL_DATA") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("..").join("shared").join("eval"),
    }
}

/// One example of an error, for `--errors`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Example {
    /// The document id.
    pub doc: String,
    /// The text around the span, the span marked with ⟦ ⟧.
    pub context: String,
    /// The gold or predicted label (and value for timexes).
    pub label: String,
    /// What the other side had there, if anything.
    pub note: String,
}

/// What scoring a set measured.
#[derive(Clone, Debug, PartialEq)]
pub enum Scores {
    /// NER counts per type.
    Ner(NerCounts),
    /// TIMEX counts.
    Timex(TimexCounts),
}

/// The outcome of running one set.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The set.
    pub set: Set,
    /// Documents analyzed.
    pub docs: usize,
    /// Whitespace-separated words analyzed.
    pub words: usize,
    /// Seconds spent inside `analyze`.
    pub seconds: f64,
    /// The scores.
    pub scores: Scores,
    /// Documents `analyze` refused or panicked on.
    pub failures: Vec<String>,
    /// Documents whose analyzed text differed from the input (offsets were
    /// realigned).
    pub realigned: usize,
    /// The first difference seen between an analyzed text and its input.
    pub realigned_example: Option<String>,
    /// Gold items the system missed.
    pub misses: Vec<Example>,
    /// Predictions that are not in the gold.
    pub false_alarms: Vec<Example>,
    /// The document limit the run used, if any.
    pub limit: Option<usize>,
    /// NER error kinds and how often each occurs (empty for TIMEX sets).
    pub breakdown: BTreeMap<&'static str, usize>,
}

/// How to run a set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Only the first this many documents (sentences for Hindi NER).
    pub limit: Option<usize>,
    /// Keep this many examples of misses and of false alarms.
    pub errors: usize,
}

/// Runs one set; `Err` when its data cannot be read.
pub fn run(set: Set, data: &Path, opts: &RunOptions) -> Result<Run, String> {
    if set.is_ner() {
        let docs = load_ner(set, data, opts.limit)?;
        Ok(run_ner(set, &docs, opts))
    } else {
        let docs = load_timex(set, data, opts.limit)?;
        Ok(run_timex(set, &docs, opts))
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Loads a NER set. Hindi sentences become one document each: the sets
/// have no document boundaries.
pub fn load_ner(set: Set, data: &Path, limit: Option<usize>) -> Result<Vec<NerDoc>, String> {
    let path = data.join(set.paths()[0]);
    let text = read(&path)?;
    let mut docs = match set {
        Set::Conll => corpus::read_conll(&text, "testa"),
        Set::Ilner => corpus::read_tabbed(&text, corpus::ilner_label)
            .into_iter()
            .enumerate()
            .map(|(i, s)| NerDoc {
                id: format!("dev-{i}"),
                sentences: vec![s],
            })
            .collect(),
        Set::Hiner => corpus::read_tabbed(&text, corpus::hiner_label)
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % HINER_MODULUS == HINER_HELD_OUT)
            .map(|(i, s)| NerDoc {
                id: format!("dev-{i}"),
                sentences: vec![s],
            })
            .collect(),
        _ => return Err(format!("{} is not a NER set", set.name())),
    };
    if let Some(n) = limit {
        docs.truncate(n);
    }
    Ok(docs)
}

/// A TIMEX file reader: id and file text to a document.
type Reader = fn(&str, &str) -> Result<TimexDoc, String>;

/// Loads a TIMEX set, files in name order.
pub fn load_timex(set: Set, data: &Path, limit: Option<usize>) -> Result<Vec<TimexDoc>, String> {
    let (ext, reader): (&str, Reader) = match set {
        Set::Iltimex => ("xml", corpus::read_iltimex),
        Set::Tempeval | Set::Wikiwars | Set::Tweets => ("tml", corpus::read_tml),
        _ => return Err(format!("{} is not a TIMEX set", set.name())),
    };
    let mut files = Vec::new();
    for dir in set.paths() {
        let dir = data.join(dir);
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect();
        here.sort_by_key(|p| natural_key(p));
        files.extend(here);
    }
    if let Some(n) = limit {
        files.truncate(n);
    }
    let mut docs = Vec::with_capacity(files.len());
    for f in files {
        let id = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        docs.push(reader(&id, &read(&f)?)?);
    }
    Ok(docs)
}

/// Sorts "train_2" before "train_10".
fn natural_key(p: &Path) -> (String, u64, String) {
    let name = p
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let digits: String = name
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let head: String = name.chars().take_while(|c| !c.is_ascii_digit()).collect();
    (head, digits.parse().unwrap_or(0), name)
}

/// Calls the public pipeline, turning an error or a panic into a message.
pub fn analyze_doc(doc: &Document) -> Result<Analysis, String> {
    let options = Options::default();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(doc, &options))) {
        Ok(Ok(a)) => Ok(a),
        Ok(Err(e)) => Err(format!("error: {e}")),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("PANIC: {msg}"))
        }
    }
}

/// khabar's type as a CoNLL label (PER, ORG, LOC, MISC).
pub fn conll_type(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Gpe | EntityType::Loc | EntityType::Fac => "LOC",
        _ => "MISC",
    }
}

/// khabar's type as a Hindi-set label (PER, ORG, LOC), or `None` for the
/// types those sets do not score.
pub fn hindi_type(t: EntityType) -> Option<&'static str> {
    match conll_type(t) {
        "MISC" => None,
        l => Some(l),
    }
}

/// khabar's time expressions as spans of the gold text.
fn predicted_timexes(timexes: &[khabar_core::model::Timex], aligner: &Aligner) -> Vec<TimexSpan> {
    timexes
        .iter()
        .map(|t| TimexSpan {
            start: aligner.start(t.start),
            end: aligner.end(t.end),
            kind: timex_type(t.kind).to_string(),
            value: t.value.clone(),
        })
        .collect()
}

fn timex_type(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Cuts `text` around `start..end` (byte offsets, snapped to char
/// boundaries), marks the span and flattens newlines.
pub fn context(text: &str, start: usize, end: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (s, e) = (floor(start), floor(end.max(start)));
    let from = floor(s.saturating_sub(60));
    let to = floor(e.saturating_add(60));
    let flat = |t: &str| t.replace(['\n', '\t'], " ");
    format!(
        "…{}⟦{}⟧{}…",
        flat(&text[from..s]),
        flat(&text[s..e]),
        flat(&text[e..to])
    )
}

/// Where two texts first differ: a few chars of each, escaped.
pub fn first_difference(analyzed: &str, input: &str) -> String {
    let at = analyzed
        .char_indices()
        .zip(input.chars())
        .find(|((_, a), b)| a != b)
        .map_or(analyzed.len().min(input.len()), |((i, _), _)| i);
    let at = (0..=at)
        .rev()
        .find(|&i| input.is_char_boundary(i) && analyzed.is_char_boundary(i))
        .unwrap_or(0);
    let piece = |t: &str| {
        t.get(at..)
            .unwrap_or("")
            .chars()
            .take(24)
            .collect::<String>()
    };
    format!(
        "at byte {at}, analyzed {:?} vs input {:?} (lengths {} vs {})",
        piece(analyzed),
        piece(input),
        analyzed.len(),
        input.len()
    )
}

/// Picks `n` evenly spaced items, so examples come from the whole set.
pub fn spread<T: Clone>(items: &[T], n: usize) -> Vec<T> {
    if items.len() <= n {
        return items.to_vec();
    }
    (0..n)
        .filter_map(|i| items.get(i * items.len() / n).cloned())
        .collect()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn run_ner(set: Set, docs: &[NerDoc], opts: &RunOptions) -> Run {
    let mut counts = NerCounts::default();
    let mut breakdown = BTreeMap::new();
    let mut failures = Vec::new();
    let (mut realigned, mut nwords, mut seconds) = (0, 0, 0.0);
    let mut realigned_example = None;
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    for doc in docs {
        let layout = doc.layout();
        nwords += words(&layout.text);
        let input = Document::text(layout.text.clone())
            .with_id(doc.id.clone())
            .with_lang(set.lang());
        let t = Instant::now();
        let result = analyze_doc(&input);
        seconds += t.elapsed().as_secs_f64();
        let analysis = match result {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: {e}", doc.id));
                counts.add(&NerCounts::score(&layout.gold, &[]));
                continue;
            }
        };
        let aligner = Aligner::new(&analysis.text, &layout.text);
        if !aligner.is_identity() {
            realigned += 1;
            if realigned_example.is_none() {
                realigned_example = Some(format!(
                    "{}: {}",
                    doc.id,
                    first_difference(&analysis.text, &layout.text)
                ));
            }
        }
        let (preds, pred_bytes) = ner_predictions(set, &analysis, &aligner, &layout);
        counts.add(&NerCounts::score(&layout.gold, &preds));
        classify_errors(&layout, &preds, &mut breakdown);
        if opts.errors > 0 {
            collect_ner_errors(
                doc,
                &layout,
                &preds,
                &pred_bytes,
                &mut misses,
                &mut false_alarms,
            );
        }
    }
    Run {
        set,
        docs: docs.len(),
        words: nwords,
        seconds,
        scores: Scores::Ner(counts),
        failures,
        realigned,
        realigned_example,
        misses: spread(&misses, opts.errors),
        false_alarms: spread(&false_alarms, opts.errors),
        limit: opts.limit,
        breakdown,
    }
}

/// Sorts NER errors into kinds, as error analyses usually do. False
/// alarms: `fp: wrong type` (a gold span, another type), `fp: wrong
/// boundary` (overlaps gold), `fp: not on token boundaries`, `fp: spurious`
/// (touches no gold). Misses: `fn: wrong type`, `fn: wrong boundary`,
/// `fn: not found`. Linear in tokens and mentions.
pub fn classify_errors(
    layout: &corpus::NerLayout,
    preds: &[Predicted],
    out: &mut BTreeMap<&'static str, usize>,
) {
    let n = layout.tokens.len();
    let mut gold_cover = vec![false; n];
    let gold: HashMap<(usize, usize), &str> = layout
        .gold
        .iter()
        .map(|c| ((c.start, c.end), c.label.as_str()))
        .collect();
    for c in &layout.gold {
        for t in gold_cover.iter_mut().take(c.end.min(n)).skip(c.start) {
            *t = true;
        }
    }
    let mut pred_cover = vec![false; n];
    let mut pred_spans: HashMap<(usize, usize), Vec<&str>> = HashMap::new();
    let mut seen = HashSet::new();
    for p in preds {
        let Some((s, e)) = p.span else {
            *out.entry("fp: not on token boundaries").or_default() += 1;
            continue;
        };
        if !seen.insert((s, e, p.label.as_str())) {
            continue;
        }
        pred_spans.entry((s, e)).or_default().push(p.label.as_str());
        for t in pred_cover.iter_mut().take(e.min(n)).skip(s) {
            *t = true;
        }
        let kind = match gold.get(&(s, e)) {
            Some(&l) if l == p.label => continue,
            Some(_) => "fp: wrong type",
            None if gold_cover
                .get(s..e.min(n))
                .is_some_and(|r| r.iter().any(|&c| c)) =>
            {
                "fp: wrong boundary"
            }
            None => "fp: spurious",
        };
        *out.entry(kind).or_default() += 1;
    }
    for c in &layout.gold {
        let kind = match pred_spans.get(&(c.start, c.end)) {
            Some(labels) if labels.contains(&c.label.as_str()) => continue,
            Some(_) => "fn: wrong type",
            None if pred_cover
                .get(c.start..c.end.min(n))
                .is_some_and(|r| r.iter().any(|&c| c)) =>
            {
                "fn: wrong boundary"
            }
            None => "fn: not found",
        };
        *out.entry(kind).or_default() += 1;
    }
}

/// The analysis's entity mentions as predictions on the gold tokens: each
/// mention's type mapped for `set` (mentions of types the set does not
/// score are dropped), its span in token indices when it starts and ends
/// on token boundaries. Also returns each prediction's byte span in the
/// gold text.
pub fn ner_predictions(
    set: Set,
    analysis: &Analysis,
    aligner: &Aligner,
    layout: &corpus::NerLayout,
) -> (Vec<Predicted>, Vec<(usize, usize)>) {
    let starts: HashMap<usize, usize> = layout
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| (t.0, i))
        .collect();
    let ends: HashMap<usize, usize> = layout
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| (t.1, i + 1))
        .collect();
    let mut preds = Vec::new();
    let mut pred_bytes = Vec::new();
    for entity in &analysis.entities {
        let label = if set == Set::Conll {
            Some(conll_type(entity.kind))
        } else {
            hindi_type(entity.kind)
        };
        let Some(label) = label else { continue };
        for m in &entity.mentions {
            let (s, e) = (aligner.start(m.start), aligner.end(m.end));
            let span = match (starts.get(&s), ends.get(&e)) {
                (Some(&a), Some(&b)) if a < b => Some((a, b)),
                _ => None,
            };
            preds.push(Predicted {
                span,
                label: label.to_string(),
            });
            pred_bytes.push((s, e));
        }
    }
    (preds, pred_bytes)
}

fn collect_ner_errors(
    doc: &NerDoc,
    layout: &corpus::NerLayout,
    preds: &[Predicted],
    pred_bytes: &[(usize, usize)],
    misses: &mut Vec<Example>,
    false_alarms: &mut Vec<Example>,
) {
    let gold: HashSet<(usize, usize, &str)> = layout
        .gold
        .iter()
        .map(|c| (c.start, c.end, c.label.as_str()))
        .collect();
    let pred_at: HashMap<(usize, usize), &str> = preds
        .iter()
        .filter_map(|p| p.span.map(|s| (s, p.label.as_str())))
        .collect();
    let gold_at: HashMap<(usize, usize), &str> = layout
        .gold
        .iter()
        .map(|c| ((c.start, c.end), c.label.as_str()))
        .collect();
    let bytes = |c: &Chunk| {
        let s = layout.tokens.get(c.start).map_or(0, |t| t.0);
        let e = layout
            .tokens
            .get(c.end.saturating_sub(1))
            .map_or(s, |t| t.1);
        (s, e)
    };
    for c in &layout.gold {
        if preds
            .iter()
            .any(|p| p.span == Some((c.start, c.end)) && p.label == c.label)
        {
            continue;
        }
        let (s, e) = bytes(c);
        misses.push(Example {
            doc: doc.id.clone(),
            context: context(&layout.text, s, e),
            label: c.label.clone(),
            note: match pred_at.get(&(c.start, c.end)) {
                Some(l) => format!("predicted {l} on this span"),
                None => "not found".to_string(),
            },
        });
    }
    for (p, &(s, e)) in preds.iter().zip(pred_bytes) {
        let correct = p
            .span
            .is_some_and(|(a, b)| gold.contains(&(a, b, p.label.as_str())));
        if correct {
            continue;
        }
        let note = match p.span {
            None => "not on token boundaries".to_string(),
            Some(sp) => match gold_at.get(&sp) {
                Some(l) => format!("gold says {l}"),
                None => "not in gold".to_string(),
            },
        };
        false_alarms.push(Example {
            doc: doc.id.clone(),
            context: context(&layout.text, s, e),
            label: p.label.clone(),
            note,
        });
    }
}

fn run_timex(set: Set, docs: &[TimexDoc], opts: &RunOptions) -> Run {
    let mut counts = TimexCounts::default();
    let mut breakdown = BTreeMap::new();
    let mut failures = Vec::new();
    let (mut realigned, mut nwords, mut seconds) = (0, 0, 0.0);
    let mut realigned_example = None;
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    for doc in docs {
        nwords += words(&doc.text);
        let input = timex_input(set, doc);
        let t = Instant::now();
        let result = analyze_doc(&input);
        seconds += t.elapsed().as_secs_f64();
        let analysis = match result {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: {e}", doc.id));
                counts.add(score_timexes(&doc.gold, &[]).0);
                continue;
            }
        };
        let aligner = Aligner::new(&analysis.text, &doc.text);
        if !aligner.is_identity() {
            realigned += 1;
            if realigned_example.is_none() {
                realigned_example = Some(format!(
                    "{}: {}",
                    doc.id,
                    first_difference(&analysis.text, &doc.text)
                ));
            }
        }
        let preds = predicted_timexes(&analysis.timexes, &aligner);
        let (c, pairs) = score_timexes(&doc.gold, &preds);
        counts.add(c);
        classify_timex_errors(set, doc, &preds, &pairs, &mut breakdown);
        if opts.errors > 0 {
            collect_timex_errors(set, doc, &preds, &pairs, &mut misses, &mut false_alarms);
        }
    }
    Run {
        set,
        docs: docs.len(),
        words: nwords,
        seconds,
        scores: Scores::Timex(counts),
        failures,
        realigned,
        realigned_example,
        misses: spread(&misses, opts.errors),
        false_alarms: spread(&false_alarms, opts.errors),
        limit: opts.limit,
        breakdown,
    }
}

/// A TIMEX document as the analyzer gets it: its text, id, the set's
/// language and the document's creation time.
fn timex_input(set: Set, doc: &TimexDoc) -> Document {
    let input = Document::text(doc.text.clone())
        .with_id(doc.id.clone())
        .with_lang(set.lang());
    match &doc.dct {
        Some(d) => input.with_date(d.clone()),
        None => input,
    }
}

/// Our TIMEX spans on the gold text and how they pair with the gold;
/// `None` when the analysis failed (for the reporting aids below).
fn timex_pairs(set: Set, doc: &TimexDoc) -> Option<(Vec<TimexSpan>, Vec<TimexPair>)> {
    let analysis = analyze_doc(&timex_input(set, doc)).ok()?;
    let aligner = Aligner::new(&analysis.text, &doc.text);
    let preds = predicted_timexes(&analysis.timexes, &aligner);
    let (_, pairs) = score_timexes(&doc.gold, &preds);
    Some((preds, pairs))
}

/// One paired TIMEX whose value differs from the gold, or one gold TIMEX
/// not found, for `--values` (a reporting aid: nothing here is scored).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueMiss {
    /// The document id.
    pub doc: String,
    /// The document creation time, if any.
    pub dct: String,
    /// The gold span's text.
    pub gold_text: String,
    /// The gold type and value.
    pub gold: String,
    /// The predicted span's text, empty when nothing was paired.
    pub pred_text: String,
    /// The predicted type and value, empty when nothing was paired.
    pub pred: String,
    /// The text around the gold span.
    pub context: String,
}

/// Every gold TIMEX of a set that was paired with a wrong value (and, with
/// `missed`, every gold TIMEX not found), in document order.
pub fn value_misses(
    set: Set,
    data: &Path,
    limit: Option<usize>,
    missed: bool,
) -> Result<Vec<ValueMiss>, String> {
    let docs = load_timex(set, data, limit)?;
    let mut out = Vec::new();
    for doc in &docs {
        let Some((preds, pairs)) = timex_pairs(set, doc) else {
            continue;
        };
        let by_gold: HashMap<usize, usize> = pairs.iter().map(|p| (p.gold, p.pred)).collect();
        for (gi, g) in doc.gold.iter().enumerate() {
            let text = |s: usize, e: usize| doc.text.get(s..e).unwrap_or("?").replace('\n', " ");
            let miss = |pred_text: String, pred: String| ValueMiss {
                doc: doc.id.clone(),
                dct: doc.dct.clone().unwrap_or_default(),
                gold_text: text(g.start, g.end),
                gold: format!("{} {}", g.kind, g.value),
                pred_text,
                pred,
                context: context(&doc.text, g.start, g.end),
            };
            match by_gold.get(&gi).and_then(|&pi| preds.get(pi)) {
                Some(p) if !p.value.eq_ignore_ascii_case(&g.value) => {
                    out.push(miss(
                        text(p.start, p.end),
                        format!("{} {}", p.kind, p.value),
                    ));
                }
                None if missed => out.push(miss(String::new(), String::new())),
                _ => {}
            }
        }
    }
    Ok(out)
}

/// How the predictions of one surface text fared, for `--tally`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Paired with a gold TIMEX of the same value.
    pub right: usize,
    /// Paired with a gold TIMEX of another value.
    pub wrong: usize,
    /// Paired with no gold TIMEX.
    pub spurious: usize,
}

/// Every prediction of a TIMEX set grouped by its lowercased text, with
/// the set's totals (gold, predicted, right values): what dropping a whole
/// class of predictions would do to value F1 (a reporting aid: nothing here
/// is scored).
pub fn prediction_tally(
    set: Set,
    data: &Path,
    limit: Option<usize>,
) -> Result<(BTreeMap<String, Tally>, [usize; 3]), String> {
    let docs = load_timex(set, data, limit)?;
    let mut out: BTreeMap<String, Tally> = BTreeMap::new();
    let mut totals = [0; 3];
    for doc in &docs {
        let Some((preds, pairs)) = timex_pairs(set, doc) else {
            continue;
        };
        let by_pred: HashMap<usize, usize> = pairs.iter().map(|p| (p.pred, p.gold)).collect();
        totals[0] += doc.gold.len();
        totals[1] += preds.len();
        for (pi, p) in preds.iter().enumerate() {
            let key = doc
                .text
                .get(p.start..p.end)
                .unwrap_or("?")
                .to_lowercase()
                .replace('\n', " ");
            let t = out.entry(key).or_default();
            match by_pred.get(&pi).and_then(|&gi| doc.gold.get(gi)) {
                Some(g) if g.value.eq_ignore_ascii_case(&p.value) => {
                    t.right += 1;
                    totals[2] += 1;
                }
                Some(_) => t.wrong += 1,
                None => t.spurious += 1,
            }
        }
    }
    Ok((out, totals))
}

/// Sorts TIMEX errors into kinds: `fn: not found`, `span: partial`
/// (paired but not exact), `value: wrong` (paired, value differs; not for
/// ILTIMEX), `type: wrong`, `fp: spurious` (paired with no gold).
pub fn classify_timex_errors(
    set: Set,
    doc: &TimexDoc,
    preds: &[TimexSpan],
    pairs: &[TimexPair],
    out: &mut BTreeMap<&'static str, usize>,
) {
    let mut bump = |k: &'static str| *out.entry(k).or_default() += 1;
    for _ in pairs.len()..doc.gold.len() {
        bump("fn: not found");
    }
    for _ in pairs.len()..preds.len() {
        bump("fp: spurious");
    }
    for pair in pairs {
        let (Some(g), Some(p)) = (doc.gold.get(pair.gold), preds.get(pair.pred)) else {
            continue;
        };
        if (g.start, g.end) != (p.start, p.end) {
            bump("span: partial");
        }
        if set != Set::Iltimex && !g.value.eq_ignore_ascii_case(&p.value) {
            bump("value: wrong");
        }
        if !g.kind.eq_ignore_ascii_case(&p.kind) {
            bump("type: wrong");
        }
    }
}

fn collect_timex_errors(
    set: Set,
    doc: &TimexDoc,
    preds: &[TimexSpan],
    pairs: &[TimexPair],
    misses: &mut Vec<Example>,
    false_alarms: &mut Vec<Example>,
) {
    let by_gold: HashMap<usize, usize> = pairs.iter().map(|p| (p.gold, p.pred)).collect();
    let paired: HashSet<usize> = pairs.iter().map(|p| p.pred).collect();
    let has_values = set != Set::Iltimex;
    for (gi, g) in doc.gold.iter().enumerate() {
        let label = if has_values {
            format!("{} {}", g.kind, g.value)
        } else {
            g.kind.clone()
        };
        match by_gold.get(&gi).and_then(|&pi| preds.get(pi)) {
            None => misses.push(Example {
                doc: doc.id.clone(),
                context: context(&doc.text, g.start, g.end),
                label,
                note: "not found".to_string(),
            }),
            Some(p) => {
                let span_ok = p.start == g.start && p.end == g.end;
                let value_ok = !has_values || p.value.eq_ignore_ascii_case(&g.value);
                if !span_ok || !value_ok {
                    let span = doc.text.get(p.start..p.end).unwrap_or("?");
                    misses.push(Example {
                        doc: doc.id.clone(),
                        context: context(&doc.text, g.start, g.end),
                        label,
                        note: format!("predicted «{span}» {} {}", p.kind, p.value),
                    });
                }
            }
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !paired.contains(&pi) {
            false_alarms.push(Example {
                doc: doc.id.clone(),
                context: context(&doc.text, p.start, p.end),
                label: format!("{} {}", p.kind, p.value),
                note: "not in gold".to_string(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::NerSentence;
    use khabar_core::{Entity, Mention};

    fn entity(kind: EntityType, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            id: "e".into(),
            kind,
            name: String::new(),
            aliases: vec![],
            roles: vec![],
            salience: 0.0,
            mentions: mentions
                .iter()
                .map(|&(start, end)| Mention {
                    start,
                    end,
                    text: String::new(),
                })
                .collect(),
        }
    }

    fn doc() -> NerDoc {
        let s = |t: &[&str], g: &[&str]| NerSentence {
            tokens: t.iter().map(|x| x.to_string()).collect(),
            tags: g.iter().map(|x| x.to_string()).collect(),
        };
        NerDoc {
            id: "d".into(),
            sentences: vec![
                s(
                    &["Rajnath", "Singh", "met", "Putin", "."],
                    &["B-PER", "I-PER", "O", "B-PER", "O"],
                ),
                s(
                    &["Russian", "Defence", "Ministry"],
                    &["B-MISC", "B-ORG", "I-ORG"],
                ),
            ],
        }
    }

    #[test]
    fn mentions_map_to_gold_tokens() {
        let layout = doc().layout();
        // "Rajnath Singh met Putin .\nRussian Defence Ministry"
        assert_eq!(&layout.text[26..33], "Russian");
        let analysis = Analysis {
            text: layout.text.clone(),
            entities: vec![
                entity(EntityType::Person, &[(0, 13), (18, 23)]),
                entity(EntityType::Norp, &[(26, 33)]),
                // "Defence Ministry" as GPE: right span, wrong type.
                entity(EntityType::Gpe, &[(34, 50)]),
                // "Rajnath Sing": not on a token boundary.
                entity(EntityType::Org, &[(0, 12)]),
            ],
            ..Analysis::default()
        };
        let aligner = Aligner::new(&analysis.text, &layout.text);
        let (preds, bytes) = ner_predictions(Set::Conll, &analysis, &aligner, &layout);
        let got: Vec<(Option<(usize, usize)>, &str)> =
            preds.iter().map(|p| (p.span, p.label.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Some((0, 2)), "PER"),
                (Some((3, 4)), "PER"),
                (Some((5, 6)), "MISC"),
                (Some((6, 8)), "LOC"),
                (None, "ORG"),
            ]
        );
        assert_eq!(bytes[3], (34, 50));
        let o = NerCounts::score(&layout.gold, &preds).overall();
        assert_eq!((o.gold, o.pred, o.correct), (4, 5, 3));

        let mut kinds = BTreeMap::new();
        classify_errors(&layout, &preds, &mut kinds);
        let kinds: Vec<(&str, usize)> = kinds.into_iter().collect();
        assert_eq!(
            kinds,
            vec![
                ("fn: wrong type", 1),
                ("fp: not on token boundaries", 1),
                ("fp: wrong type", 1),
            ]
        );

        // Hindi sets drop MISC-like types.
        let (preds, _) = ner_predictions(Set::Ilner, &analysis, &aligner, &layout);
        assert_eq!(preds.len(), 4);
    }

    #[test]
    fn context_marks_the_span_at_char_boundaries() {
        let text = "रक्षा मंत्री राजनाथ सिंह ने\nकहा";
        let s = text.find("राजनाथ").unwrap_or(0);
        let c = context(text, s, s + "राजनाथ सिंह".len());
        assert!(c.contains("⟦राजनाथ सिंह⟧"), "{c}");
        assert!(!c.contains('\n'));
        // Offsets inside a char or past the end do not panic.
        let _ = context(text, 1, 1000);
    }

    #[test]
    fn sets_parse_and_know_their_kind() {
        for set in Set::ALL {
            assert_eq!(Set::parse(set.name()), Some(set));
        }
        assert_eq!(Set::parse("nope"), None);
        assert!(Set::Hiner.is_ner() && !Set::Tweets.is_ner());
    }
}
