//! Throughput report: words/s, MB/s and peak memory of the full analysis,
//! single-threaded, printed as Markdown tables ready for docs/BENCHMARKS.md.
//!
//! `cargo bench -p khabar-core --bench throughput` runs it in full; without
//! `--bench` (as `cargo test --benches` runs it) it is a quick smoke run on
//! small inputs. The statistically careful per-input timings are in the
//! divan bench (`--bench analyze`); this one adds peak memory, the linear-cost
//! table 10 KB → 10 MB and a per-stage split.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::Set;
use khabar_core::{analyze, ingest, merge, segment, Analysis, Document, Options};
use peak_alloc::PeakAlloc;

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

/// One measurement: the best of `runs` wall times, and peak heap use above
/// what was allocated before the run.
struct Measured {
    best: Duration,
    peak_bytes: usize,
}

fn measure(runs: usize, mut f: impl FnMut()) -> Measured {
    let mut best = Duration::MAX;
    let mut peak_bytes = 0;
    for _ in 0..runs.max(1) {
        let base = PEAK.current_usage();
        PEAK.reset_peak_usage();
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        peak_bytes = peak_bytes.max(PEAK.peak_usage().saturating_sub(base));
    }
    Measured { best, peak_bytes }
}

fn analyze_all(docs: &[Document], options: &Options) -> Vec<Analysis> {
    docs.iter()
        .filter_map(|d| analyze(d, options).ok())
        .collect()
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn row(set: &Set, m: &Measured) -> String {
    let secs = m.best.as_secs_f64().max(1e-9);
    let largest = set
        .docs
        .iter()
        .map(|d| d.bytes.len())
        .max()
        .unwrap_or(0)
        .max(1);
    format!(
        "| {} | {} | {} | {:.2} | {:.1} | {:.0} | {:.2} | {:.1} MB | {:.1}× |",
        set.name,
        set.docs.len(),
        set.words,
        mb(set.bytes),
        secs * 1e3,
        set.words as f64 / secs,
        mb(set.bytes) / secs,
        m.peak_bytes as f64 / 1e6,
        // Peak over the largest single document: analyses are dropped as
        // they finish, so this is the memory-per-input figure.
        m.peak_bytes as f64 / largest as f64,
    )
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs = if full { 5 } else { 1 };
    let options = Options::default();
    let per_lang = if full { 1000 } else { 20 };

    // Cold start: the first analysis in the process pays for every lazily
    // built table (regexes, gazetteers, models).
    if let Some((name, doc)) = common::samples().into_iter().next() {
        let t = Instant::now();
        black_box(analyze(&doc, &options).ok());
        let first = t.elapsed();
        let t = Instant::now();
        black_box(analyze(&doc, &options).ok());
        println!(
            "Cold start: first analysis of {name}: {:.1} ms; second: {:.1} ms\n",
            first.as_secs_f64() * 1e3,
            t.elapsed().as_secs_f64() * 1e3
        );
    }

    let mut sets = Vec::new();
    for (name, doc) in common::samples() {
        sets.push(Set::new(format!("sample {name}"), vec![doc]));
    }
    match (common::corpus_en(per_lang), common::corpus_hi(per_lang)) {
        (Some(en), Some(hi)) => {
            sets.push(Set::new(format!("{} English articles", en.len()), en));
            sets.push(Set::new(format!("{} Hindi articles", hi.len()), hi));
        }
        _ => eprintln!("../shared/corpus is absent: the corpus rows are skipped"),
    }
    let big = if full { 5 << 20 } else { 256 << 10 };
    sets.push(Set::new(
        format!("one {} article", size_name(big)),
        vec![common::article_of_size(big)],
    ));

    println!("## Full analysis, native, one thread\n");
    println!(
        "| input | docs | words | MB | best ms | words/s | MB/s | peak heap | peak / largest doc |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for set in &sets {
        // Analyses are dropped one by one, as the CLI does.
        let m = measure(runs, || {
            for d in &set.docs {
                black_box(analyze(black_box(d), &options).ok());
            }
        });
        println!("{}", row(set, &m));
    }

    println!("\n## Linear cost: one document of growing size\n");
    println!("| size | words | best ms | words/s | MB/s | ns/byte | vs 10 KB | peak heap | peak / input |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let sizes: &[usize] = if full {
        &[10 << 10, 100 << 10, 1 << 20, 10 << 20]
    } else {
        &[10 << 10, 100 << 10]
    };
    let mut base_ns_per_byte = None;
    for &size in sizes {
        let doc = common::article_of_size(size);
        let words = common::words(&doc.bytes);
        let runs = if size >= 10 << 20 { runs.min(3) } else { runs };
        let m = measure(runs, || {
            black_box(analyze(black_box(&doc), &options).ok());
        });
        let secs = m.best.as_secs_f64().max(1e-9);
        let ns_per_byte = secs * 1e9 / doc.bytes.len() as f64;
        let base = *base_ns_per_byte.get_or_insert(ns_per_byte);
        println!(
            "| {} | {} | {:.1} | {:.0} | {:.2} | {:.1} | {:.2}× | {:.1} MB | {:.1}× |",
            size_name(size),
            words,
            secs * 1e3,
            words as f64 / secs,
            mb(doc.bytes.len() as u64) / secs,
            ns_per_byte,
            ns_per_byte / base,
            m.peak_bytes as f64 / 1e6,
            m.peak_bytes as f64 / doc.bytes.len() as f64,
        );
    }

    println!("\n## Where the memory goes: one large document\n");
    let size = if full { 5 << 20 } else { 256 << 10 };
    let doc = common::article_of_size(size);
    memory_split(&doc, &options);

    println!("\n## Where the time goes (per stage)\n");
    println!("| input | ingest ms | segment ms | entities → events ms | total ms |");
    println!("|---|---:|---:|---:|---:|");
    for set in &sets {
        let total = measure(runs, || {
            for d in &set.docs {
                black_box(analyze(d, &options).ok());
            }
        });
        let ingested: Vec<_> = set
            .docs
            .iter()
            .filter_map(|d| ingest::ingest(d, &options).ok())
            .collect();
        let ing = measure(runs, || {
            for d in &set.docs {
                black_box(ingest::ingest(d, &options).ok());
            }
        });
        let seg = measure(runs, || {
            for (i, d) in ingested.iter().zip(&set.docs) {
                black_box(segment::segment(&i.text, &i.furniture, d.lang));
            }
        });
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "| {} | {:.1} | {:.1} | {:.1} | {:.1} |",
            set.name,
            ms(ing.best),
            ms(seg.best),
            (ms(total.best) - ms(ing.best) - ms(seg.best)).max(0.0),
            ms(total.best)
        );
    }

    println!("\n## merge()\n");
    println!("| documents | entities in | best ms | corpus entities | timeline |");
    println!("|---:|---:|---:|---:|---:|");
    for set in sets.iter().filter(|s| s.docs.len() > 1) {
        let analyses: Vec<Analysis> = analyze_all(&set.docs, &options)
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                a.id = format!("d{i}");
                a
            })
            .collect();
        // Twice the set, to see merge at a larger scale too.
        let doubled: Vec<Analysis> = analyses.iter().chain(analyses.iter()).cloned().collect();
        for input in [&analyses, &doubled] {
            let mentions: usize = input.iter().map(|a| a.entities.len()).sum();
            let mut corpus = None;
            let m = measure(runs, || corpus = Some(merge(black_box(input))));
            let (entities, timeline) = corpus
                .map(|c| (c.entities.len(), c.timeline.len()))
                .unwrap_or_default();
            println!(
                "| {} | {} | {:.2} | {} | {} |",
                input.len(),
                mentions,
                m.best.as_secs_f64() * 1e3,
                entities,
                timeline
            );
        }
    }
    if !full {
        println!(
            "\n(smoke run: `cargo bench -p khabar-core --bench throughput` for the full figures)"
        );
    }
}

/// Peak heap of the first stages alone and of the whole analysis, and what
/// the finished analysis keeps, for one document.
fn memory_split(doc: &Document, options: &Options) {
    let input = doc.bytes.len() as f64;
    let row = |what: &str, bytes: usize| {
        println!(
            "| {what} | {:.1} MB | {:.1}× |",
            bytes as f64 / 1e6,
            bytes as f64 / input
        );
    };
    println!(
        "{} input: {:.1} MB\n",
        size_name(doc.bytes.len()),
        input / 1e6
    );
    println!("| what | bytes | / input |");
    println!("|---|---:|---:|");
    let mut ingested = None;
    let m = measure(1, || ingested = ingest::ingest(doc, options).ok());
    row("peak of ingestion", m.peak_bytes);
    let Some(ingested) = ingested else {
        return;
    };
    let m = measure(1, || {
        black_box(segment::segment(
            &ingested.text,
            &ingested.furniture,
            doc.lang,
        ));
    });
    row("peak of segmentation (ingested text held)", m.peak_bytes);
    drop(ingested);
    let base = PEAK.current_usage();
    let mut analysis = None;
    let m = measure(1, || analysis = analyze(doc, options).ok());
    row("peak of the whole analysis", m.peak_bytes);
    let Some(a) = analysis else {
        return;
    };
    row(
        "the finished analysis, kept",
        PEAK.current_usage().saturating_sub(base),
    );
    let strings = |v: &mut dyn Iterator<Item = usize>| v.sum::<usize>();
    row("· its text", a.text.len());
    row(
        "· entity mentions' text",
        strings(
            &mut a
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.text.len())),
        ),
    );
    row(
        "· events' text",
        strings(&mut a.events.iter().map(|e| e.text.len())),
    );
    row(
        "· quotes' text",
        strings(&mut a.quotes.iter().map(|q| q.text.len())),
    );
    println!(
        "\n({} sentences, {} entities, {} mentions, {} timexes, {} quotes, {} events)",
        a.sentences.len(),
        a.entities.len(),
        a.entities.iter().map(|e| e.mentions.len()).sum::<usize>(),
        a.timexes.len(),
        a.quotes.len(),
        a.events.len()
    );
}

fn size_name(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MB", bytes >> 20)
    } else {
        format!("{} KB", bytes >> 10)
    }
}
