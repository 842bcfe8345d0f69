//! The page's metadata: its headline, byline and publication date, from
//! JSON-LD, meta tags, `<time>` elements and visible date lines.

use super::article;
use super::dom::{fold, is_hidden_or_chrome, text_of, Writer};
use super::metadata;
use super::tree::{Element, Html};
use std::collections::HashSet;

/// The headline: JSON-LD, then Dublin Core, Open Graph and Twitter tags,
/// then the `<title>` without its site name, then the first `<h1>`. A
/// " - Site Name" suffix that names the site (`og:site_name`, the JSON-LD
/// publisher) is dropped.
pub(super) fn page_title(doc: &Html, ld: Option<&LdArticle>) -> Option<String> {
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
        let headings: Vec<String> = doc
            .elements()
            .filter(|h| h.element().is_some_and(|e| matches!(e.name(), "h1" | "h2")))
            .map(text_of)
            .collect();
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
        let h1s: Vec<String> = doc.named("h1").map(text_of).collect();
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
pub(super) fn page_byline(doc: &Html, ld: Option<&LdArticle>) -> Option<String> {
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
    doc.elements()
        .filter(|e| e.element().is_some_and(names_the_author))
        .filter(|e| {
            e.element()
                .is_some_and(|el| el.name() != "meta" && !is_hidden_or_chrome(el))
                && !e
                    .ancestors()
                    .filter_map(|a| a.element())
                    .any(|a| is_hidden_or_chrome(a) || article::is_unlikely(a))
        })
        .find_map(|e| {
            let t = e
                .descendants()
                .skip(1)
                .find(|d| {
                    d.element()
                        .is_some_and(|de| de.attr("itemprop") == Some("name"))
                })
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
fn names_the_author(el: &Element) -> bool {
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
pub(super) fn page_date(doc: &Html, ld: Option<&LdArticle>) -> Option<(String, &'static str)> {
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
        let el = doc.elements().find(|e| {
            e.element()
                .is_some_and(|x| x.attr("itemprop") == Some("datePublished"))
        })?;
        let x = el.element()?;
        x.attr("content")
            .or_else(|| x.attr("datetime"))
            .map(str::to_string)
            .or_else(|| Some(text_of(el)))
    })
    .and_then(|v| metadata::iso_from_meta(&v));
    meta_date
        .map(|d| (d, "html-meta"))
        .or_else(|| ld.and_then(|a| a.date.clone()).map(|d| (d, "json-ld")))
        .or_else(|| {
            doc.named("time")
                .filter_map(|t| t.element())
                .filter(|t| t.has("pubdate") || t.has("datetime"))
                .find_map(|t| t.attr("datetime").and_then(metadata::iso_from_meta))
                .map(|d| (d, "time-element"))
        })
}

/// A visible "First Published on Nov 20, 2019", "Updated: 20 Nov 2019,
/// 01:38 PM IST" or "प्रकाशित: 7 जुलाई 2024" line of the page
/// (`data/ingest/date-labels.tsv`); a publication label wins over an update.
pub(super) fn visible_date(doc: &Html) -> Option<String> {
    let body = doc.named("body").next()?;
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
    let metas: Vec<(&Element, &str)> = doc
        .named("meta")
        .filter_map(|m| {
            let m = m.element()?;
            let c = m.attr("content")?.trim();
            (!c.is_empty()).then_some((m, c))
        })
        .collect();
    keys.iter().find_map(|k| {
        metas
            .iter()
            .find(|(m, _)| {
                ["property", "name", "itemprop"].iter().any(|a| {
                    m.attr(a)
                        .is_some_and(|v| v.split_whitespace().any(|w| w.eq_ignore_ascii_case(k)))
                })
            })
            .map(|(_, c)| c.to_string())
    })
}

pub(super) fn first_text(doc: &Html, name: &str) -> Option<String> {
    doc.named(name)
        .map(text_of)
        .find(|t| !t.is_empty() && t.len() < 400)
}

/// What a JSON-LD article block says.
#[derive(Default)]
pub(super) struct LdArticle {
    pub(super) headline: Option<String>,
    pub(super) author: Option<String>,
    pub(super) date: Option<String>,
    /// `articleBody`.
    pub(super) body: Option<String>,
    /// The publisher's name.
    pub(super) publisher: Option<String>,
}

pub(super) fn json_ld(doc: &Html) -> Option<LdArticle> {
    let scripts = doc.named("script").filter(|s| {
        s.element()
            .is_some_and(|e| e.attr("type") == Some("application/ld+json"))
    });
    for script in scripts {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_markers_in_any_case() {
        let page = |attrs: &str| {
            super::super::parse::parse_document(&format!(
                "<html><body><p>Lead.</p><span {attrs}>Asha Rao</span></body></html>"
            ))
            .doc
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
}
