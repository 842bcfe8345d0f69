//! HTML pages saved from news sites: metadata and the article's own text.
//!
//! Parsing uses `scraper` (html5ever, the HTML5 algorithm browsers use), so
//! broken markup reads as a browser would read it. Metadata comes from
//! `<meta>` tags, JSON-LD `NewsArticle` blocks and `<time datetime>`. The
//! main text is the element that holds the most paragraph text
//! (`[itemprop=articleBody]` or the richest `<article>` first), walked
//! without scripts, styles, navigation, ads, related links, comments, share
//! bars and cookie banners (see `data/ingest/boilerplate.txt`). Each block
//! element becomes a paragraph separated by a blank line; embedded tweets
//! keep their signature line so the text-level embed finder reads them.

use super::metadata::{self, data_lines};
use crate::model::{Embed, Span};
use ego_tree::iter::Edge;
use scraper::node::Node;
use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/ingest/boilerplate.txt");

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

fn boilerplate() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(BOILERPLATE).map(str::trim).collect())
}

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
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
    // The parser is quadratic in nesting depth: cap it first.
    let html = super::depth::cap(html, super::depth::MAX_DEPTH);
    let doc = Html::parse_document(&html);
    let mut out = Extracted::default();
    let ld = json_ld(&doc);
    out.title = meta(
        &doc,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
    )
    .or_else(|| ld.as_ref().and_then(|a| a.headline.clone()))
    .or_else(|| first_text(&doc, "h1"))
    .or_else(|| first_text(&doc, "title").map(|t| strip_site_name(&t)));
    out.byline = meta(
        &doc,
        &[
            "meta[name='author']",
            "meta[property='article:author']",
            "meta[name='byl']",
        ],
    )
    .filter(|a| !a.starts_with("http"))
    .or_else(|| ld.as_ref().and_then(|a| a.author.clone()))
    .or_else(|| {
        first_text(
            &doc,
            "[rel='author'], [itemprop='author'], .byline, .author-name",
        )
    })
    .map(|b| {
        b.trim_start_matches("By ")
            .trim_start_matches("by ")
            .trim()
            .to_string()
    })
    .filter(|b| !b.is_empty() && b.len() < 200);
    let meta_date = meta(
        &doc,
        &[
            "meta[property='article:published_time']",
            "meta[name='article:published_time']",
            "meta[itemprop='datePublished']",
            "meta[property='og:published_time']",
            "meta[name='publish-date']",
            "meta[name='publishdate']",
            "meta[name='pubdate']",
            "meta[name='parsely-pub-date']",
            "meta[name='DC.date.issued']",
            "meta[name='dc.date']",
            "meta[name='date']",
            "meta[name='sailthru.date']",
        ],
    )
    .or_else(|| {
        let s = sel("[itemprop='datePublished']")?;
        let el = doc.select(&s).next()?;
        el.value()
            .attr("content")
            .or_else(|| el.value().attr("datetime"))
            .map(str::to_string)
            .or_else(|| Some(text_of(el)))
    })
    .and_then(|v| metadata::iso_from_meta(&v));
    out.date = meta_date.map(|d| (d, "html-meta")).or_else(|| {
        ld.as_ref()
            .and_then(|a| a.date.clone())
            .map(|d| (d, "json-ld"))
    });

    let root = main_root(&doc);
    let mut w = Writer::default();
    if let Some(root) = root {
        w.walk(root);
        if out.date.is_none() {
            out.date = time_element(root).map(|d| (d, "time-element"));
        }
    }
    if w.text.trim().is_empty() {
        if let Some(body) = sel("body").and_then(|s| doc.select(&s).next()) {
            w = Writer::default();
            w.walk(body);
        }
    }
    if out.date.is_none() {
        out.date = sel("time[datetime]")
            .and_then(|s| {
                doc.select(&s)
                    .find_map(|t| t.value().attr("datetime").and_then(metadata::iso_from_meta))
            })
            .map(|d| (d, "time-element"));
    }
    if w.text.trim().is_empty() {
        out.warnings
            .push("no article text found in the HTML page".to_string());
    }
    out.text = w.text;
    out.embeds = w.embeds;
    out.furniture = w.furniture;
    out
}

/// `content` of the first matching meta tag with a non-empty value.
fn meta(doc: &Html, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|s| {
        let s = sel(s)?;
        doc.select(&s)
            .find_map(|m| {
                m.value()
                    .attr("content")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
            })
            .map(str::to_string)
    })
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    let s = sel(selector)?;
    doc.select(&s)
        .map(text_of)
        .find(|t| !t.is_empty() && t.len() < 400)
}

/// The element's text with whitespace collapsed.
fn text_of(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in el.text() {
        for w in t.split_whitespace() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(w);
        }
    }
    s
}

/// "Putin meets Rajnath | India News - Times of India" → "Putin meets Rajnath".
fn strip_site_name(title: &str) -> String {
    for sep in [" | ", " - ", " — ", " – "] {
        if let Some(i) = title.find(sep) {
            if i >= 15 {
                return title[..i].trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// What a JSON-LD article block says.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
}

fn json_ld(doc: &Html) -> Option<LdArticle> {
    let s = sel("script[type='application/ld+json']")?;
    for script in doc.select(&s) {
        let raw: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        let mut stack = vec![&value];
        let mut budget = 2000;
        while let Some(v) = stack.pop() {
            budget -= 1;
            if budget == 0 {
                break;
            }
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter()),
                serde_json::Value::Object(map) => {
                    if is_article_type(map.get("@type")) {
                        let date = map
                            .get("datePublished")
                            .and_then(|d| d.as_str())
                            .and_then(metadata::iso_from_meta);
                        let headline = map
                            .get("headline")
                            .and_then(|h| h.as_str())
                            .map(|h| h.trim().to_string());
                        let author = map.get("author").and_then(author_name);
                        if date.is_some() || headline.is_some() {
                            return Some(LdArticle {
                                headline,
                                author,
                                date,
                            });
                        }
                    }
                    if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                    if let Some(m) = map.get("mainEntity") {
                        stack.push(m);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn is_article_type(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| {
        s.ends_with("Article") || matches!(s, "BlogPosting" | "LiveBlogPosting" | "Report")
    };
    match t {
        Some(serde_json::Value::String(s)) => is(s),
        Some(serde_json::Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(is)),
        _ => false,
    }
}

fn author_name(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Object(m) => m
            .get("name")
            .and_then(|n| n.as_str())
            .map(|s| s.trim().to_string()),
        serde_json::Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(author_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// The first `<time datetime>` inside the article.
fn time_element(root: ElementRef<'_>) -> Option<String> {
    let s = sel("time[datetime]")?;
    root.select(&s)
        .find_map(|t| t.value().attr("datetime").and_then(metadata::iso_from_meta))
}

/// Is this element page chrome rather than article text?
fn is_boilerplate(el: &scraper::node::Element) -> bool {
    let name = el.name();
    if matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "nav"
            | "footer"
            | "aside"
            | "form"
            | "button"
            | "svg"
            | "select"
            | "input"
            | "textarea"
            | "template"
            | "object"
            | "canvas"
            | "video"
            | "audio"
            | "img"
            | "picture"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "iframe"
            | "embed"
            | "source"
            | "map"
            | "dialog"
    ) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(role) = el.attr("role") {
        if matches!(
            role,
            "navigation"
                | "banner"
                | "complementary"
                | "contentinfo"
                | "dialog"
                | "alertdialog"
                | "search"
        ) {
            return true;
        }
    }
    if el.attr("style").is_some_and(|s| {
        let s = s.to_ascii_lowercase().replace(' ', "");
        s.contains("display:none") || s.contains("visibility:hidden")
    }) {
        return true;
    }
    let set = boilerplate();
    let words = el.classes().chain(el.id());
    for w in words {
        for part in w.split(|c: char| !c.is_ascii_alphanumeric()) {
            if part.is_empty() {
                continue;
            }
            let lower = part.to_ascii_lowercase();
            if set.contains(lower.as_str()) {
                return true;
            }
        }
    }
    false
}

/// The element holding the article.
fn main_root(doc: &Html) -> Option<ElementRef<'_>> {
    if let Some(el) =
        sel("[itemprop='articleBody']").and_then(|s| doc.select(&s).max_by_key(|e| p_text_len(*e)))
    {
        if p_text_len(el) > 0 || text_of(el).len() > 200 {
            return Some(el);
        }
    }
    // Score paragraphs' parents and grandparents (readability-style).
    let p = sel("p")?;
    let mut scores: std::collections::HashMap<ego_tree::NodeId, usize> =
        std::collections::HashMap::new();
    let mut add = |id: ego_tree::NodeId, n: usize| *scores.entry(id).or_insert(0) += n;
    for para in doc.select(&p) {
        if has_boilerplate_ancestor(para) {
            continue;
        }
        let len = text_of(para).chars().count();
        if len < 25 {
            continue;
        }
        if let Some(parent) = para.parent() {
            add(parent.id(), len);
            if let Some(gp) = parent.parent() {
                add(gp.id(), len / 2);
            }
        }
    }
    // Ties (rare) go to the node first in the document, for determinism.
    let best = scores
        .iter()
        .max_by_key(|(id, s)| (**s, std::cmp::Reverse(**id)))
        .map(|(id, _)| *id);
    let best = best
        .and_then(|id| doc.tree.get(id))
        .and_then(ElementRef::wrap);
    // Prefer an enclosing <article> when the best block sits inside one.
    if let Some(b) = best {
        let article = b
            .ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| a.value().name() == "article");
        return Some(article.unwrap_or(b));
    }
    let article = sel("article").and_then(|s| doc.select(&s).max_by_key(|e| text_of(*e).len()));
    article.or_else(|| sel("main").and_then(|s| doc.select(&s).next()))
}

fn has_boilerplate_ancestor(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        a.value().name() != "body" && a.value().name() != "html" && is_boilerplate(a.value())
    })
}

fn p_text_len(el: ElementRef<'_>) -> usize {
    sel("p").map_or(0, |p| el.select(&p).map(|e| text_of(e).len()).sum())
}

/// Builds the plain text of an element tree.
#[derive(Default)]
struct Writer {
    text: String,
    /// 0: nothing pending, 1: a line break, 2: a paragraph break.
    pending: u8,
    space: bool,
    embeds: Vec<Embed>,
    furniture: Vec<Span>,
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "dl"
            | "dt"
            | "dd"
            | "figure"
            | "figcaption"
            | "header"
            | "address"
            | "hr"
            | "center"
            | "details"
            | "summary"
    )
}

impl Writer {
    fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }

    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if !self.text.is_empty() {
                match self.pending {
                    2 => self.text.push_str("\n\n"),
                    1 => self.text.push('\n'),
                    _ if self.space => self.text.push(' '),
                    _ => {}
                }
            }
            self.pending = 0;
            self.space = false;
            self.text.push(c);
        }
    }

    fn walk(&mut self, root: ElementRef<'_>) {
        let mut skip: Option<ego_tree::NodeId> = None;
        let mut caption_start: Vec<(ego_tree::NodeId, usize)> = Vec::new();
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => self.push_text(t),
                        Node::Element(el) => {
                            let name = el.name();
                            if node.id() != root.id() {
                                if let Some(embed) = self.media_embed(el) {
                                    self.embeds.push(embed);
                                }
                                if is_boilerplate(el) && !self.is_tweet(el) {
                                    skip = Some(node.id());
                                    continue;
                                }
                            }
                            if name == "br" {
                                self.brk(1);
                            } else if is_block(name) {
                                self.brk(2);
                            } else if matches!(name, "td" | "th") {
                                self.space = true;
                            }
                            if name == "figcaption" {
                                caption_start.push((node.id(), self.text.len()));
                            }
                            if self.is_tweet(el) {
                                self.brk(2);
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skip == Some(node.id()) {
                        skip = None;
                        continue;
                    }
                    if skip.is_some() {
                        continue;
                    }
                    if let Node::Element(el) = node.value() {
                        let name = el.name();
                        // Inside a tweet, the post's <p> ends with a line
                        // break so the signature gets its own line.
                        let in_tweet = name == "p"
                            && node
                                .parent()
                                .and_then(|p| match p.value() {
                                    Node::Element(pe) => Some(self.is_tweet(pe)),
                                    _ => None,
                                })
                                .unwrap_or(false);
                        if in_tweet {
                            self.brk(1);
                            self.pending = 1;
                            continue;
                        }
                        if is_block(name) {
                            self.brk(2);
                        }
                        if name == "figcaption" {
                            if let Some(pos) =
                                caption_start.iter().position(|(id, _)| *id == node.id())
                            {
                                let (_, start) = caption_start.remove(pos);
                                let start = self.text[start..]
                                    .find(|c: char| !c.is_whitespace())
                                    .map_or(self.text.len(), |k| start + k);
                                if start < self.text.len() {
                                    self.furniture.push(Span {
                                        start,
                                        end: self.text.len(),
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn is_tweet(&self, el: &scraper::node::Element) -> bool {
        el.name() == "blockquote"
            && el
                .classes()
                .any(|c| c == "twitter-tweet" || c == "instagram-media")
    }

    /// Video and post embeds that carry no text: iframes and plugin divs.
    fn media_embed(&self, el: &scraper::node::Element) -> Option<Embed> {
        let src = match el.name() {
            "iframe" | "embed" => el.attr("src").or_else(|| el.attr("data-src"))?,
            "div" if el.classes().any(|c| c == "fb-post" || c == "fb-video") => {
                el.attr("data-href")?
            }
            _ => return None,
        };
        let kind = if src.contains("youtube.com/")
            || src.contains("youtube-nocookie.com/")
            || src.contains("youtu.be/")
        {
            "youtube"
        } else if src.contains("facebook.com/") {
            "facebook"
        } else if src.contains("instagram.com/") {
            "instagram"
        } else if src.contains("twitter.com/") || src.contains("x.com/") {
            "twitter"
        } else {
            return None;
        };
        let at = self.text.len();
        Some(Embed {
            kind: kind.to_string(),
            author: None,
            handle: None,
            date: None,
            text: el.attr("title").unwrap_or("").trim().to_string(),
            start: at,
            end: at,
        })
    }
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
        assert_eq!(x.furniture.len(), 1);
        assert_eq!(
            &x.text[x.furniture[0].start..x.furniture[0].end],
            "Rajnath Singh with Putin. (Photo: PTI)"
        );
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
