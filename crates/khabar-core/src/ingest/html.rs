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

use super::article;
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
    let capped = super::depth::cap(html, super::depth::MAX_DEPTH);
    let mut out = Extracted::default();
    if matches!(capped, std::borrow::Cow::Owned(_)) {
        out.warnings.push(format!(
            "the page nests elements more than {} deep; deeper tags were flattened",
            super::depth::MAX_DEPTH
        ));
    }
    let doc = Html::parse_document(&capped);
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
                let frag = Html::parse_fragment(b);
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
        if let Some(body) = sel("body").and_then(|s| doc.select(&s).next()) {
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
        let roots: Vec<ElementRef<'_>> = found
            .roots
            .iter()
            .filter_map(|id| doc.tree.get(*id).and_then(ElementRef::wrap))
            .collect();
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
fn headline(doc: &Html, title: Option<&str>, roots: &[ElementRef<'_>]) -> Option<String> {
    let title = fold(title?);
    let s = sel("h1")?;
    let h1 = doc.select(&s).find(|h| fold(&text_of(*h)) == title)?;
    let inside = h1
        .ancestors()
        .any(|a| roots.iter().any(|r| r.id() == a.id()));
    (!inside).then(|| text_of(h1))
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Characters of paragraph text in the page's body, chrome left out.
fn body_prose_len(doc: &Html) -> usize {
    let Some(s) = sel("p") else { return 0 };
    doc.select(&s)
        .filter(|p| {
            !p.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| is_hidden_or_chrome(a.value()))
        })
        .map(|p| text_of(p).len())
        .sum()
}

/// The headline: JSON-LD, then Dublin Core, Open Graph and Twitter tags,
/// then the `<title>` without its site name, then the first `<h1>`. A
/// " - Site Name" suffix that names the site (`og:site_name`, the JSON-LD
/// publisher) is dropped.
fn page_title(doc: &Html, ld: Option<&LdArticle>) -> Option<String> {
    let site = meta(doc, &["og:site_name"]).or_else(|| ld.and_then(|a| a.publisher.clone()));
    ld.and_then(|a| a.headline.clone())
        .or_else(|| {
            meta(
                doc,
                &[
                    "dc:title",
                    "dcterm:title",
                    "og:title",
                    "title",
                    "twitter:title",
                    "parsely-title",
                ],
            )
        })
        .map(|t| match site.as_deref() {
            Some(site) => strip_named_site(&t, site),
            None => t,
        })
        .or_else(|| first_text(doc, "title").map(|t| title_from_tag(doc, &t)))
        .or_else(|| first_text(doc, "h1"))
        .filter(|t| !t.is_empty())
}

/// "Headline - Site" → "Headline" when "Site" names the site.
fn strip_named_site(title: &str, site: &str) -> String {
    let site = fold(site);
    for sep in [" | ", " - ", " — ", " – ", " · ", " :: ", " » "] {
        if let Some(i) = title.rfind(sep) {
            let tail = fold(&title[i + sep.len()..]);
            if !tail.is_empty() && (site.starts_with(&tail) || tail.starts_with(&site)) && i > 0 {
                return title[..i].trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Readability's reading of `<title>`: the part before the last separator
/// (" | ", " - ", " » " …) unless that leaves under three words, the part
/// after a colon when no heading repeats the whole, the `<h1>` when the
/// title is very long or very short, and the whole title when what is left
/// has four words or fewer.
fn title_from_tag(doc: &Html, orig: &str) -> String {
    let orig = orig.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = |s: &str| s.split_whitespace().count();
    const SEPS: [&str; 8] = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "];
    let mut cur = orig.clone();
    let mut hierarchical = false;
    let last_sep = SEPS
        .iter()
        .filter_map(|s| orig.rfind(s).map(|i| (i, *s)))
        .max_by_key(|(i, _)| *i);
    if let Some((i, sep)) = last_sep {
        hierarchical = [" \\ ", " / ", " > ", " » "].contains(&sep);
        cur = orig[..i].to_string();
        if words(&cur) < 3 {
            let first = SEPS
                .iter()
                .filter_map(|s| orig.find(s).map(|i| (i, s.len())))
                .min_by_key(|(i, _)| *i);
            if let Some((j, n)) = first {
                cur = orig[j + n..].to_string();
            }
        }
    } else if let Some(i) = orig.find(": ") {
        let headings: Vec<String> = sel("h1, h2")
            .map(|s| doc.select(&s).map(|h| text_of(h)).collect())
            .unwrap_or_default();
        if !headings.iter().any(|h| h.trim() == orig) {
            let after = orig[orig.rfind(": ").unwrap_or(i) + 2..].to_string();
            cur = if words(&after) < 3 {
                orig[i + 2..].to_string()
            } else if words(&orig[..i]) > 5 {
                orig.clone()
            } else {
                after
            };
        }
    } else if orig.len() > 150 || orig.len() < 15 {
        let h1s: Vec<String> = sel("h1")
            .map(|s| doc.select(&s).map(|h| text_of(h)).collect())
            .unwrap_or_default();
        if h1s.len() == 1 {
            cur = h1s[0].clone();
        }
    }
    let cur = cur.trim().to_string();
    let n = words(&cur);
    let stripped: String = orig
        .chars()
        .map(|c| if "|-\\/>»".contains(c) { ' ' } else { c })
        .collect();
    if n <= 4 && (!hierarchical || n + 1 != words(&stripped)) {
        return orig;
    }
    cur
}

/// The byline: JSON-LD authors, then author meta tags, then an element of
/// the page marked as the author or byline.
fn page_byline(doc: &Html, ld: Option<&LdArticle>) -> Option<String> {
    let meta_author = meta(
        doc,
        &[
            "dc:creator",
            "dcterm:creator",
            "author",
            "parsely-author",
            "article:author",
            "byl",
            "sailthru.author",
        ],
    )
    .filter(|a| !a.starts_with("http") && !a.contains("://"));
    ld.and_then(|a| a.author.clone())
        .or(meta_author)
        .or_else(|| dom_byline(doc))
        .map(|b| clean_byline(&b))
        .filter(|b| !b.is_empty() && b.len() < 200)
}

/// "By Ravi Sharma" → "Ravi Sharma".
fn clean_byline(b: &str) -> String {
    let b = b.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in ["By: ", "BY: ", "by: ", "By ", "BY ", "by "] {
        if let Some(r) = b.strip_prefix(p) {
            return r.trim().to_string();
        }
    }
    b
}

/// An element marked as the author: `rel=author`, `itemprop=author`, or a
/// class or id naming the byline; its `itemprop=name` child when it has one.
fn dom_byline(doc: &Html) -> Option<String> {
    let name = sel("[itemprop='name']")?;
    doc.root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| names_the_author(e.value()))
        .filter(|e| {
            e.value().name() != "meta"
                && !is_hidden_or_chrome(e.value())
                && !e
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| is_hidden_or_chrome(a.value()) || article::is_unlikely(a.value()))
        })
        .find_map(|e| {
            let t = e
                .select(&name)
                .next()
                .map(text_of)
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| text_of(e));
            let ok = !t.is_empty()
                && t.chars().count() < 100
                && !t.contains(['|', '@'])
                && t.split_whitespace().count() <= 12;
            ok.then_some(t)
        })
}

/// `[rel=author]`, `[itemprop~=author]`, or a class or id containing
/// "byline", "author" or "writtenby" in any case: one pass over the
/// element's attributes, where a CSS selector list tried eight selectors on
/// every element of the page.
fn names_the_author(el: &scraper::node::Element) -> bool {
    el.attrs().any(|(attr, value)| match attr {
        "rel" => value.eq_ignore_ascii_case("author"),
        "itemprop" => value.split_ascii_whitespace().any(|w| w == "author"),
        "class" => ["byline", "author", "writtenby"]
            .iter()
            .any(|w| super::furniture::contains_ci(value, w)),
        "id" => ["byline", "author"]
            .iter()
            .any(|w| super::furniture::contains_ci(value, w)),
        _ => false,
    })
}

/// The publication date from meta tags, JSON-LD or a `<time>` element.
fn page_date(doc: &Html, ld: Option<&LdArticle>) -> Option<(String, &'static str)> {
    let meta_date = meta(
        doc,
        &[
            "article:published_time",
            "article:published_time",
            "article:published",
            "datePublished",
            "og:published_time",
            "og:article:published_time",
            "publish-date",
            "publishdate",
            "publish_date",
            "pubdate",
            "parsely-pub-date",
            "DC.date.issued",
            "dc.date",
            "dcterms.created",
            "date",
            "sailthru.date",
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
    meta_date
        .map(|d| (d, "html-meta"))
        .or_else(|| ld.and_then(|a| a.date.clone()).map(|d| (d, "json-ld")))
        .or_else(|| {
            sel("time[pubdate], time[datetime]")
                .and_then(|s| {
                    doc.select(&s)
                        .find_map(|t| t.value().attr("datetime").and_then(metadata::iso_from_meta))
                })
                .map(|d| (d, "time-element"))
        })
}

/// A visible "First Published on Nov 20, 2019", "Updated: 20 Nov 2019,
/// 01:38 PM IST" or "प्रकाशित: 7 जुलाई 2024" line of the page
/// (`data/ingest/date-labels.tsv`); a publication label wins over an update.
fn visible_date(doc: &Html) -> Option<String> {
    let body = sel("body").and_then(|s| doc.select(&s).next())?;
    let mut w = Writer::default();
    w.walk(body, &HashSet::new());
    let mut updated: Option<String> = None;
    for line in w.text.lines() {
        let line = line.trim();
        if line.len() < 6 || line.len() > 300 {
            continue;
        }
        if let Some((d, is_update)) = metadata::labelled_date(line) {
            if !is_update {
                return Some(d);
            }
            updated.get_or_insert(d);
        }
    }
    updated
}

/// `content` of the first meta tag, by the order of `keys`, whose
/// `property`, `name` or `itemprop` (a space-separated list, ASCII case
/// ignored) holds the key.
fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    let s = sel("meta")?;
    let metas: Vec<(ElementRef<'_>, &str)> = doc
        .select(&s)
        .filter_map(|m| {
            let c = m.value().attr("content")?.trim();
            (!c.is_empty()).then_some((m, c))
        })
        .collect();
    keys.iter().find_map(|k| {
        metas
            .iter()
            .find(|(m, _)| {
                ["property", "name", "itemprop"].iter().any(|a| {
                    m.value()
                        .attr(a)
                        .is_some_and(|v| v.split_whitespace().any(|w| w.eq_ignore_ascii_case(k)))
                })
            })
            .map(|(_, c)| c.to_string())
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

/// What a JSON-LD article block says.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    /// `articleBody`.
    body: Option<String>,
    /// The publisher's name.
    publisher: Option<String>,
}

fn json_ld(doc: &Html) -> Option<LdArticle> {
    let s = sel("script[type='application/ld+json']")?;
    for script in doc.select(&s) {
        let raw: String = script.text().collect();
        let raw = raw.trim().trim_start_matches("//").trim_start();
        let raw = raw.strip_prefix("<![CDATA[").unwrap_or(raw).trim();
        let raw = raw.trim_end_matches("//").trim_end();
        let raw = raw.strip_suffix("]]>").unwrap_or(raw).trim_end();
        let raw = raw.trim_end_matches("//").trim_end();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
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
                        let text = |k: &str| {
                            map.get(k)
                                .and_then(|h| h.as_str())
                                .map(|h| h.trim().to_string())
                                .filter(|h| !h.is_empty())
                        };
                        let date = ["datePublished", "dateCreated"]
                            .iter()
                            .find_map(|k| text(k).and_then(|d| metadata::iso_from_meta(&d)));
                        let found = LdArticle {
                            headline: match (text("headline"), text("name")) {
                                (Some(h), Some(n)) if h != n => Some(closer_to_title(doc, h, n)),
                                (h, n) => h.or(n),
                            },
                            author: map.get("author").and_then(author_name),
                            date,
                            body: text("articleBody"),
                            publisher: map.get("publisher").and_then(author_name),
                        };
                        if found.date.is_some() || found.headline.is_some() || found.body.is_some()
                        {
                            return Some(found);
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

/// Of JSON-LD's `headline` and `name`, the one closer to `<title>` (share
/// of its words found there); the headline on a tie.
fn closer_to_title(doc: &Html, headline: String, name: String) -> String {
    let title = fold(&first_text(doc, "title").unwrap_or_default());
    let share = |s: &str| {
        let f = fold(s);
        let words: Vec<&str> = f.split_whitespace().collect();
        let found = words.iter().filter(|w| title.contains(*w)).count();
        found as f64 / words.len().max(1) as f64
    };
    if share(&name) > share(&headline) {
        name
    } else {
        headline
    }
}

fn is_article_type(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| {
        s.ends_with("Article")
            || matches!(
                s,
                "BlogPosting"
                    | "LiveBlogPosting"
                    | "Report"
                    | "SocialMediaPosting"
                    | "DiscussionForumPosting"
                    | "APIReference"
            )
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

/// Is this element never article text: scripts, navigation, forms, media,
/// hidden blocks, dialogs?
/// The byte offset of the first whitespace character of `s` (its length
/// when there is none): ASCII bytes are tested as bytes, others decoded.
fn first_space(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                return i;
            }
            i += 1;
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if c.is_whitespace() => return i,
                Some(c) => i += c.len_utf8(),
                None => return bytes.len(),
            }
        }
    }
    bytes.len()
}

/// An attribute's value by its local name: a scan of the element's few
/// attributes. `Element::attr` interns the name as an atom and
/// binary-searches qualified names on every call, which cost a tenth of the
/// ingestion of a large page in these per-element tests.
pub(crate) fn attr<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    el.attrs().find(|&(n, _)| n == name).map(|(_, v)| v)
}

pub(crate) fn is_hidden_or_chrome(el: &scraper::node::Element) -> bool {
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
            | "figcaption"
            | "menu"
            // AMP components that never hold article prose.
            | "amp-ad"
            | "amp-embed"
            | "amp-sticky-ad"
            | "amp-analytics"
            | "amp-sidebar"
            | "amp-social-share"
            | "amp-consent"
            | "amp-user-notification"
            | "amp-img"
            | "amp-video"
            | "amp-iframe"
    ) {
        return true;
    }
    if attr(el, "hidden").is_some() || attr(el, "aria-hidden") == Some("true") {
        return true;
    }
    if let Some(role) = attr(el, "role") {
        if matches!(
            role,
            "navigation"
                | "banner"
                | "complementary"
                | "contentinfo"
                | "dialog"
                | "alertdialog"
                | "search"
                | "menu"
                | "menubar"
        ) {
            return true;
        }
    }
    attr(el, "style").is_some_and(|s| {
        let s = s.to_ascii_lowercase().replace(' ', "");
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Does a word of the element's class or id name page chrome
/// (`data/ingest/boilerplate.txt`)?
pub(crate) fn has_boilerplate_word(el: &scraper::node::Element) -> bool {
    let set = boilerplate();
    el.classes().chain(el.id()).any(|w| {
        w.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| !part.is_empty() && set.contains(part.to_ascii_lowercase().as_str()))
    })
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

pub(crate) fn is_block(name: &str) -> bool {
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
        // Whole runs of non-space characters at a time: a whitespace run
        // becomes one separator, written before the next run.
        let mut rest = s;
        loop {
            let trimmed = rest.trim_start();
            if trimmed.len() < rest.len() {
                self.space = true;
            }
            if trimmed.is_empty() {
                return;
            }
            let end = first_space(trimmed);
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
            self.text.push_str(&trimmed[..end]);
            rest = &trimmed[end..];
        }
    }

    /// Writes `root` without page chrome and without the blocks in `drop`.
    fn walk(&mut self, root: ElementRef<'_>, drop: &HashSet<ego_tree::NodeId>) {
        let mut skip: Option<ego_tree::NodeId> = None;
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
                                if (is_hidden_or_chrome(el) || drop.contains(&node.id()))
                                    && !self.is_tweet(el)
                                {
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
    fn text_runs_keep_one_separator_per_whitespace_run() {
        let mut w = Writer::default();
        w.push_text("  Lok\u{00A0}Sabha \t\n passed ");
        w.push_text("it.");
        w.brk(2);
        w.push_text("\u{2003}Next");
        assert_eq!(first_space("ab\u{00A0}c d"), 2);
        assert_eq!(first_space("अब\u{2003}"), "अब".len());
        assert_eq!(first_space("x\u{1F}y"), 3);
        w.push_text("Word");
        assert_eq!(w.text, "Lok Sabha passed it.\n\nNextWord");
    }

    #[test]
    fn author_markers_in_any_case() {
        let page = |attrs: &str| {
            Html::parse_document(&format!(
                "<html><body><p>Lead.</p><span {attrs}>Asha Rao</span></body></html>"
            ))
        };
        for attrs in [
            "rel=AUTHOR",
            "itemprop='creator author'",
            "class='ArticleByLine'",
            "id='post-Author-name'",
            "class='writtenBy'",
        ] {
            assert_eq!(
                dom_byline(&page(attrs)).as_deref(),
                Some("Asha Rao"),
                "{attrs}"
            );
        }
        for attrs in ["itemprop='authors'", "class='auth'", "title='author'"] {
            assert_eq!(dom_byline(&page(attrs)), None, "{attrs}");
        }
    }

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
