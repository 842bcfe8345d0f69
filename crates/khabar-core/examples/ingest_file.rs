//! Ingests one HTML file N times (for profiling ingestion alone):
//! `cargo run --release -p khabar-core --example ingest_file -- PAGE.html [N]`.
use khabar_core::{ingest, Document, Format, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: ingest_file PAGE.html [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let options = Options::default();
    let t = std::time::Instant::now();
    let mut chars = 0;
    for _ in 0..n {
        let doc = Document::bytes(bytes.clone()).with_format(Format::Html);
        if let Ok(i) = ingest::ingest(&doc, &options) {
            chars += i.text.len();
        }
    }
    let ms = t.elapsed().as_secs_f64() * 1e3 / n as f64;
    println!(
        "{path}: {ms:.1} ms per ingestion ({} text bytes)",
        chars / n.max(1)
    );
}
