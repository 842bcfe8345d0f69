//! HTML pages saved from news sites: metadata and the article's own text.
//!
//! Parsing is [`super::parse`]'s: the HTML standard's rules for what
//! closes what, so broken markup splits into blocks as a browser splits it. Metadata comes from
//! `<meta>` tags, JSON-LD `NewsArticle` blocks and `<time datetime>`. The
//! main text is the element that holds the most paragraph text
//! (`[itemprop=articleBody]` or the richest `<article>` first), walked
//! without scripts, styles, navigation, ads, related links, comments, share
//! bars and cookie banners (see `data/ingest/boilerplate.txt`). Each block
//! element becomes a paragraph separated by a blank line; embedded tweets
//! keep their signature line so the text-level embed finder reads them.

use super::article;
use super::dom::{fold, is_hidden_or_chrome, text_of, Writer};
use super::page_meta::{json_ld, page_byline, page_date, page_title, visible_date};
use super::parse::{parse_document, parse_fragment, MAX_DEPTH};
use super::tree::{Html, NodeRef};
use crate::model::{Embed, Span};
use std::collections::HashSet;

/// What a page yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extracted {
    /// The article text, paragraphs separated by blank lines.
    pub text: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The publication date (ISO) and where it came from.
    pub date: Option<(String, &'static str)>,
    /// Embeds that have no text signature (videos, iframes).
    pub embeds: Vec<Embed>,
    /// Captions.
    pub furniture: Vec<Span>,
    pub warnings: Vec<String>,
}

/// Does the markup look like HTML?
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start();
    let mut cut = head.len().min(2048);
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let lower = head[..cut].to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
        || (lower.starts_with('<')
            && [
                "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title",
            ]
            .iter()
            .any(|t| lower.contains(t)))
}

/// Extracts metadata and main text from a page.
pub fn extract(html: &str) -> Extracted {
    let parsed = parse_document(html);
    let mut out = Extracted::default();
    if parsed.flattened {
        out.warnings.push(format!(
            "the page nests elements more than {MAX_DEPTH} deep; deeper tags were flattened"
        ));
    }
    let doc = parsed.doc;
    let ld = json_ld(&doc);
    out.title = page_title(&doc, ld.as_ref());
    out.byline = page_byline(&doc, ld.as_ref());
    out.date = page_date(&doc, ld.as_ref());

    let mut w = body(&doc, out.title.as_deref());
    // JSON-LD `articleBody` when the page's own markup gave much less.
    if let Some(b) = ld.as_ref().and_then(|a| a.body.as_deref()) {
        let ld_len = b.chars().filter(|c| !c.is_whitespace()).count();
        let ours = w.text.chars().filter(|c| !c.is_whitespace()).count();
        if ld_len > 200 && ours * 2 < ld_len {
            w = Writer::default();
            if let Some(t) = out.title.as_deref() {
                w.push_text(t);
                w.brk(2);
            }
            if b.contains("</") || b.contains("<p") || b.contains("<br") {
                let frag = parse_fragment(b);
                w.walk(frag.root_element(), &HashSet::new());
            } else {
                for para in b.split('\n') {
                    w.push_text(para);
                    w.brk(2);
                }
            }
        }
    }
    if w.text.trim().is_empty() {
        if let Some(body) = doc.named("body").next() {
            w = Writer::default();
            w.walk(body, &HashSet::new());
        }
    }
    if out.date.is_none() {
        out.date = visible_date(&doc).map(|d| (d, "page-line"));
    }
    if w.text.trim().is_empty() {
        out.warnings
            .push("no article text found in the HTML page".to_string());
    } else if w.text.len() < 200 && body_prose_len(&doc) > 2000 {
        out.warnings.push(
            "little article text found in the HTML page; check the text against the page"
                .to_string(),
        );
    }
    if html.len() > 1 << 20 && !w.text.is_empty() && w.text.len() * 100 < html.len() {
        out.warnings.push(format!(
            "the page is {:.1} MB but its article text only {} KB: scripts, styles and page chrome were left out",
            html.len() as f64 / 1e6,
            w.text.len().div_ceil(1024)
        ));
    }
    out.text = w.text;
    out.embeds = w.embeds;
    out.furniture = w.furniture;
    out
}

/// The article's text: the best of the searches of [`article::select`],
/// the headline first when the article's block leaves it out.
fn body(doc: &Html, title: Option<&str>) -> Writer {
    // Readability's rule: the first search that keeps 500 characters wins,
    // else the longest; but a whole-body fallback only when no search found
    // a block, and a later search only when it keeps half as much again.
    let mut best: Option<(bool, usize, Writer)> = None;
    for flags in article::Flags::TRIES {
        let Some(found) = article::select(doc, flags) else {
            break;
        };
        let mut w = Writer::default();
        let roots: Vec<NodeRef<'_>> = found.roots.iter().filter_map(|id| doc.get(*id)).collect();
        if let Some(h) = headline(doc, title, &roots) {
            w.push_text(&h);
            w.brk(2);
        }
        for root in roots {
            w.walk(root, &found.skip);
            w.brk(2);
        }
        let len = w.text.chars().count();
        if len >= 500 && !found.fallback {
            return w;
        }
        // A later search, with fewer rules, must find half as much again.
        let better = match &best {
            None => true,
            Some((found_block, l, _)) => {
                (!found.fallback && !found_block)
                    || (found.fallback != *found_block && len * 2 > l * 3)
            }
        };
        if better {
            best = Some((!found.fallback, len, w));
        }
    }
    best.map(|(_, _, w)| w).unwrap_or_default()
}

/// The page's `<h1>` that gives the title, when it lies outside `roots`.
fn headline(doc: &Html, title: Option<&str>, roots: &[NodeRef<'_>]) -> Option<String> {
    let title = fold(title?);
    let h1 = doc.named("h1").find(|h| fold(&text_of(*h)) == title)?;
    let inside = roots.iter().any(|r| r.contains(h1.id()));
    (!inside).then(|| text_of(h1))
}

/// Characters of paragraph text in the page's body, chrome left out.
fn body_prose_len(doc: &Html) -> usize {
    doc.named("p")
        .filter(|p| {
            !p.ancestors()
                .filter_map(|a| a.element())
                .any(is_hidden_or_chrome)
        })
        .map(|p| text_of(p).len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_is_dropped() {
        let page = r#"<!doctype html><html><head><title>Putin meets Rajnath in Moscow | News Site</title>
<script>var x = "<p>not text</p>";</script><style>p{}</style></head><body>
<nav><a href="/">Home</a> <a>India</a></nav>
<div class="cookie-banner">We use cookies. Accept?</div>
<article><h1>Putin meets Rajnath in Moscow</h1>
<p>MOSCOW: Defence Minister Rajnath Singh met President Vladimir Putin on Tuesday.</p>
<div class="ad-slot">Buy now!</div>
<p>The two leaders discussed <b>defence</b> ties and the supply of S-400 units.</p>
<figure><img src="x.jpg"><figcaption>Rajnath Singh with Putin. (Photo: PTI)</figcaption></figure>
<div class="related-articles"><p>Related: Another story about something else entirely here</p></div>
</article>
<section id="comments"><p>Great article, very informative and well written indeed!</p></section>
<footer>Copyright</footer></body></html>"#;
        let x = extract(page);
        assert_eq!(x.title.as_deref(), Some("Putin meets Rajnath in Moscow"));
        assert!(
            x.text
                .starts_with("Putin meets Rajnath in Moscow\n\nMOSCOW: Defence Minister"),
            "{}",
            x.text
        );
        for bad in [
            "cookies",
            "Buy now",
            "Related",
            "Great article",
            "Copyright",
            "not text",
            "Home",
        ] {
            assert!(!x.text.contains(bad), "{bad} in {}", x.text);
        }
        assert!(x.text.contains("discussed defence ties"));
        // Captions stay out of the text.
        assert!(!x.text.contains("Rajnath Singh with Putin"), "{}", x.text);
    }

    #[test]
    fn metadata_sources() {
        let meta = r#"<html><head><meta property="article:published_time" content="2024-12-10T18:30:00+05:30"><meta property="og:title" content="T"><meta name="author" content="By Staff Reporter"></head><body><p>Some body text that is long enough to count as a paragraph.</p></body></html>"#;
        let x = extract(meta);
        assert_eq!(x.date, Some(("2024-12-10".to_string(), "html-meta")));
        assert_eq!(x.byline.as_deref(), Some("Staff Reporter"));
        let ld = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"H","datePublished":"2025-12-04T10:00:00Z","author":[{"@type":"Person","name":"A B"}]}]}</script></head><body><p>Body text that is long enough to count as a paragraph here.</p></body></html>"#;
        let x = extract(ld);
        assert_eq!(x.date, Some(("2025-12-04".to_string(), "json-ld")));
        assert_eq!(x.title.as_deref(), Some("H"));
        assert_eq!(x.byline.as_deref(), Some("A B"));
        let time = r#"<html><body><article><p>Posted <time datetime="2024-03-05">March 5</time></p><p>Body text that is long enough to count as a paragraph here.</p></article></body></html>"#;
        assert_eq!(
            extract(time).date,
            Some(("2024-03-05".to_string(), "time-element"))
        );
    }

    #[test]
    fn tweets_keep_their_signature_line() {
        let page = r#"<html><body><article><p>The minister posted on X after the meeting with his counterpart.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Glad to call on President Putin. <a href="https://t.co/x">pic.twitter.com/abc</a></p>&mdash; Rajnath Singh (@rajnathsingh) <a href="https://twitter.com/x">December 10, 2024</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<iframe src="https://www.youtube.com/embed/xyz" title="Press meet"></iframe>
<p>More text follows here after the embedded post in the article.</p></article></body></html>"#;
        let x = extract(page);
        assert!(x.text.contains("Glad to call on President Putin. pic.twitter.com/abc\n— Rajnath Singh (@rajnathsingh) December 10, 2024\n\nMore text"), "{}", x.text);
        assert_eq!(x.embeds.len(), 1);
        assert_eq!(x.embeds[0].kind, "youtube");
        assert_eq!(x.embeds[0].text, "Press meet");
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("  <div class=x><p>Hi</p></div>"));
        assert!(!looks_like_html("New Delhi: <b> is a tag"));
        assert!(!looks_like_html("Plain text"));
        assert!(!looks_like_html(&"नई दिल्ली ".repeat(300)));
    }
}
