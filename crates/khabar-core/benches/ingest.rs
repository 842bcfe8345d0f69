//! HTML ingestion speed: one synthetic news page of growing size (100 KB to
//! 4 MB: a page of chrome, scripts and a long article), and the saved pages
//! of `../shared/eval/en-extract-readability` read 1×, 2×, 4× and 8× over
//! (skipped when absent), to show the cost stays linear.
//!
//! `cargo bench -p khabar-core --bench ingest` runs it in full; without
//! `--bench` (as `cargo test --benches` runs it) it is a quick smoke run.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use khabar_core::{ingest, Document, Format, Options};

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
    }
    best
}

/// A news page of about `size` bytes: head with scripts and JSON-LD, a
/// navigation bar, a sidebar, an article of paragraphs with inline links,
/// related stories and a footer.
fn page_of_size(size: usize) -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><title>Budget session: Parliament passes finance bill - Ledger</title>\
         <meta property=\"article:published_time\" content=\"2025-03-21T10:00:00+05:30\">\
         <script>window.dataLayer=[];function g(){dataLayer.push(arguments)}</script>\
         <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget session\"}</script>\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/india\">India</a></nav>\
         <div class=\"container\"><main><article><h1>Budget session: Parliament passes finance bill</h1>",
    );
    let para = "<p>NEW DELHI: The Lok Sabha on Friday passed the Finance Bill, 2025, with \
        <a href=\"/x\">amendments</a> moved by the government, completing the budget exercise \
        for the year, Finance Minister Nirmala Sitharaman said in the House.</p>\n";
    let chrome =
        "<div class=\"related-stories\"><ul><li><a href=\"/a\">Markets close higher</a></li>\
        <li><a href=\"/b\">Rupee ends flat</a></li></ul></div>\
        <div class=\"ad-slot\"><script>var ad = 1;</script>Advertisement</div>\n";
    let mut k = 0;
    while s.len() < size {
        s.push_str(para);
        if k % 8 == 7 {
            s.push_str(chrome);
        }
        k += 1;
    }
    s.push_str(
        "</article></main><aside class=\"sidebar\"><p>Most read</p></aside></div>\
                <footer>© Ledger</footer></body></html>",
    );
    s
}

fn saved_pages() -> Vec<Vec<u8>> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/en-extract-readability");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs = if full { 7 } else { 1 };
    let options = Options::default();
    let ingest_html = |html: &[u8]| {
        let doc = Document::bytes(html.to_vec()).with_format(Format::Html);
        black_box(ingest::ingest(&doc, &options).ok());
    };

    println!("## HTML ingestion, native, one thread\n");
    println!("| page | best ms | MB/s | ns/byte |");
    println!("|---:|---:|---:|---:|");
    let sizes: &[usize] = if full {
        &[100 << 10, 1 << 20, 4 << 20]
    } else {
        &[100 << 10]
    };
    for &size in sizes {
        let page = page_of_size(size);
        ingest_html(page.as_bytes()); // warm the lazily built tables
        let t = best_of(runs, || ingest_html(page.as_bytes())).as_secs_f64();
        println!(
            "| {} KB | {:.1} | {:.1} | {:.1} |",
            page.len() >> 10,
            t * 1e3,
            page.len() as f64 / t / 1e6,
            t * 1e9 / page.len() as f64
        );
    }

    let pages = saved_pages();
    if pages.is_empty() {
        eprintln!(
            "../shared/eval/en-extract-readability is absent: the saved-pages rows are skipped"
        );
        return;
    }
    println!("\n## Saved pages (Readability's test pages), read in a row\n");
    println!("| pages | MB | best ms | ms/page |");
    println!("|---:|---:|---:|---:|");
    let rounds: &[usize] = if full { &[1, 2, 4, 8] } else { &[1] };
    for &r in rounds {
        let n = pages.len() * r;
        let bytes: usize = pages.iter().map(Vec::len).sum::<usize>() * r;
        let t = best_of(if full { 3 } else { 1 }, || {
            for _ in 0..r {
                for p in &pages {
                    ingest_html(p);
                }
            }
        })
        .as_secs_f64();
        println!(
            "| {n} | {:.1} | {:.0} | {:.2} |",
            bytes as f64 / 1e6,
            t * 1e3,
            t * 1e3 / n as f64
        );
    }
}
