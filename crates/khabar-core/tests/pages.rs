//! Golden tests of main-text extraction on pages written for these tests
//! (`tests/pages/`), each imitating a common layout: a news page with a
//! sidebar and related stories, a live blog, an AMP page, a page whose
//! article is only in its JSON-LD, and a Hindi news page. Each asserts
//! where the text begins and ends, that no page furniture is kept, and the
//! metadata.

use khabar_core::{analyze, Analysis, Document, Format, Options};

fn page(name: &str) -> Analysis {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name);
    let bytes = std::fs::read(&path).expect("page is readable");
    analyze(
        &Document::bytes(bytes).with_format(Format::Html),
        &Options::default(),
    )
    .expect("page analyzes")
}

fn check(a: &Analysis, begins: &str, ends: &str, furniture: &[&str]) {
    assert!(a.text.starts_with(begins), "begins: {:?}", a.text);
    assert!(a.text.trim_end().ends_with(ends), "ends: {:?}", a.text);
    for f in furniture {
        assert!(!a.text.contains(f), "kept {f:?} in {:?}", a.text);
    }
}

#[test]
fn news_page_drops_sidebar_related_stories_promos_and_captions() {
    let a = page("news-sidebar.html");
    check(
        &a,
        "Monsoon reaches Kerala three days early\n\nTHIRUVANANTHAPURAM: The south-west monsoon",
        "after a hot and dry April and May.",
        &[
            "GETPRO",
            "Close",
            "Related news",
            "Heatwave grips",
            "Most read",
            "newsletter",
            "Cyclone warning",
            "Our Standards",
            "Clouds over Kochi",
            "Facebook",
            "By Anita Menon",
        ],
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Monsoon reaches Kerala three days early")
    );
    assert_eq!(a.byline.as_deref(), Some("Anita Menon"));
    assert_eq!(a.published.as_deref(), Some("2025-05-27"));
}

#[test]
fn live_blog_keeps_summary_and_every_entry() {
    let a = page("live-blog.html");
    check(
        &a,
        "Election results 2024 live updates: counting under way in 543 seats\n\nCounting of votes",
        "in the presence of candidates' agents.",
        &[
            "Share",
            "Copy link",
            "Load more",
            "Comments",
            "fix the roads",
            "rights reserved",
        ],
    );
    assert!(a.text.contains("Early trends show a close contest"));
    assert!(a.text.contains("Postal ballots are being counted first"));
    assert_eq!(a.published.as_deref(), Some("2024-06-04"));
    assert_eq!(a.published_source.as_deref(), Some("json-ld"));
}

#[test]
fn amp_page_drops_amp_ads_sidebar_and_caption() {
    let a = page("amp.html");
    check(
        &a,
        "ISRO launches weather satellite\n\nSRIHARIKOTA: The Indian Space Research Organisation",
        "It is the third launch from Sriharikota this year.",
        &[
            "Advertisement",
            "Menu",
            "Home",
            "lifts off",
            "Also read",
            "Chandrayaan",
            "Privacy",
        ],
    );
    assert_eq!(a.published.as_deref(), Some("2025-02-17"));
}

#[test]
fn article_only_in_json_ld_is_read_from_article_body() {
    let a = page("jsonld-only.html");
    check(
        &a,
        "Metro fares to rise from April\n\nNEW DELHI: Metro fares will rise",
        "who depend on the Metro to reach work.",
        &["Loading", "enable JavaScript", "City Post\n"],
    );
    assert_eq!(a.byline.as_deref(), Some("Rohit Kumar"));
    assert_eq!(a.published.as_deref(), Some("2025-03-12"));
    assert_eq!(a.published_source.as_deref(), Some("json-ld"));
}

#[test]
fn hindi_page_reads_its_published_line() {
    let a = page("hindi.html");
    check(
        &a,
        "दिल्ली में यमुना का जलस्तर खतरे के निशान से ऊपर\n\nनई दिल्ली: दिल्ली में यमुना नदी",
        "जलस्तर और बढ़ सकता है।",
        &["होम", "फेसबुक", "प्रकाशित", "सबसे ज्यादा", "सर्वाधिकार"],
    );
    assert_eq!(
        a.title.as_deref(),
        Some("दिल्ली में यमुना का जलस्तर खतरे के निशान से ऊपर")
    );
    // The publication line wins over the update line.
    assert_eq!(a.published.as_deref(), Some("2025-07-14"));
    assert_eq!(a.published_source.as_deref(), Some("page-line"));
    // "यह भी पढ़ें" stays out of the sentences later stages read.
    for s in &a.sentences {
        assert!(!a.text[s.start..s.end].contains("यह भी पढ़ें"));
    }
}

fn html(page: String) -> Analysis {
    analyze(
        &Document::bytes(page.into_bytes()).with_format(Format::Html),
        &Options::default(),
    )
    .expect("page analyzes")
}

const PROSE: &str = "The minister said the government would table the bill in the next session of Parliament, officials said.";

#[test]
fn hostile_pages_warn_and_keep_their_prose() {
    // 100,000 nested divs: flattened, with a warning, prose kept.
    let deep = format!(
        "<html><body>{}<p>{PROSE}</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let a = html(deep);
    assert_eq!(a.text, PROSE);
    assert!(a.warnings.iter().any(|w| w.contains("nests elements")));
    // Unclosed tags.
    let a = html(format!("<html><body><div><p>{PROSE}<div><span><b>{PROSE}"));
    assert!(a.text.starts_with(PROSE) && a.text.ends_with(PROSE));
    // Megabytes of inline script around one paragraph.
    let script = "var x = '<p>not text</p>';\n".repeat(100_000);
    let a = html(format!(
        "<html><head><script>{script}</script></head><body><p>{PROSE}</p></body></html>"
    ));
    assert_eq!(a.text, PROSE);
    assert!(a.warnings.iter().any(|w| w.contains("article text only")));
    // A page that is all navigation: empty text, and it says so.
    let nav = "<a href='/x'>Section link</a> ".repeat(500);
    let a = html(format!("<html><body><nav>{nav}</nav></body></html>"));
    assert!(a.text.is_empty());
    assert!(a.warnings.iter().any(|w| w.contains("no article text")));
}
