//! `khabar-eval extract`: main-text and metadata extraction from HTML pages.
//!
//! The data is a folder of pages, one folder each, holding `source.html`
//! (the saved page), `expected.html` (the article body a reader should
//! get) and `expected-metadata.json` (`title`, `byline`, `publishedTime`),
//! as in Mozilla Readability's test pages
//! (`en-extract-readability/`). Every page goes through the public
//! pipeline, [`khabar_core::analyze`] with the HTML format, and is scored:
//!
//! - **body**: word 4-shingles of our `text` against the text of
//!   `expected.html` (words are runs of letters, digits, marks and `_`,
//!   case kept; shingles are counted as a multiset), precision, recall and
//!   F1 per page, macro-averaged over pages;
//! - **lost**: pages whose expected body has more than 500 characters and
//!   of whose shingles we keep less than half (recall < 0.5);
//! - **title**: exact after folding case and whitespace, over pages with an
//!   expected title;
//! - **byline**: after folding case and whitespace and dropping a leading
//!   "by", one contains the other (Readability's gold bylines often carry
//!   a date or a desk after the name), over pages with an expected byline;
//! - **published**: the date part (`YYYY-MM-DD`) equal, over pages with an
//!   expected date.

use khabar_core::{analyze, Document, Format, Options};
use scraper::node::Node;
use scraper::Html;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// The folder of the dev set under the data directory.
pub const READABILITY: &str = "en-extract-readability";

/// Shingle length.
const SHINGLE: usize = 4;

/// One page's outcome.
#[derive(Clone, Debug, Serialize)]
pub struct Page {
    /// The folder name.
    pub name: String,
    /// Body shingle precision.
    pub precision: f64,
    /// Body shingle recall.
    pub recall: f64,
    /// Body shingle F1.
    pub f1: f64,
    /// Characters of the expected body (whitespace collapsed).
    pub expected_chars: usize,
    /// Characters of our text.
    pub got_chars: usize,
    /// Expected and our title, when the page has an expected title.
    pub title: Option<(String, String)>,
    /// Expected and our byline, when the page has an expected byline.
    pub byline: Option<(String, String)>,
    /// Expected and our date, when the page has an expected date.
    pub published: Option<(String, String)>,
    /// Our byline on a page that has none.
    pub extra_byline: Option<String>,
    /// The first and last words of our text and of the expected text.
    pub ends: [String; 4],
    /// Whether analysis failed (the error).
    pub error: Option<String>,
}

impl Page {
    /// Whether our title matches.
    pub fn title_ok(&self) -> Option<bool> {
        self.title.as_ref().map(|(e, g)| fold(e) == fold(g))
    }

    /// Whether our byline matches.
    pub fn byline_ok(&self) -> Option<bool> {
        self.byline.as_ref().map(|(e, g)| byline_match(e, g))
    }

    /// Whether our date matches.
    pub fn published_ok(&self) -> Option<bool> {
        self.published.as_ref().map(|(e, g)| e == g)
    }

    /// The page lost most of a real body.
    pub fn lost(&self) -> bool {
        self.expected_chars > 500 && self.recall < 0.5
    }
}

/// A rate with its counts.
#[derive(Clone, Debug, Serialize)]
pub struct Rate {
    /// Pages that match.
    pub right: usize,
    /// Pages scored.
    pub of: usize,
    /// right / of.
    pub rate: f64,
}

impl Rate {
    fn of(flags: impl Iterator<Item = Option<bool>>) -> Rate {
        let (mut right, mut of) = (0, 0);
        for f in flags.flatten() {
            of += 1;
            right += usize::from(f);
        }
        Rate {
            right,
            of,
            rate: crate::score::ratio(right, of),
        }
    }
}

/// The figures of a set.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The folder scored.
    pub set: String,
    /// Pages scored.
    pub pages: usize,
    /// Macro-averaged body precision.
    pub precision: f64,
    /// Macro-averaged body recall.
    pub recall: f64,
    /// Macro-averaged body F1.
    pub f1: f64,
    /// Pages with > 500 expected characters and recall < 0.5.
    pub lost: usize,
    /// Title exact match.
    pub title: Rate,
    /// Byline match.
    pub byline: Rate,
    /// Our bylines on pages without one.
    pub extra_bylines: usize,
    /// Published date match.
    pub published: Rate,
    /// Every page.
    pub per_page: Vec<Page>,
    /// Seconds spent in analyze.
    pub seconds: f64,
}

/// Scores every page folder under `dir` (the first `limit`).
pub fn run(dir: &Path, limit: Option<usize>) -> Result<Report, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    if let Some(n) = limit {
        names.truncate(n);
    }
    let mut pages = Vec::with_capacity(names.len());
    let mut seconds = 0.0;
    for name in names {
        let (page, s) = score_page(&dir.join(&name), name)?;
        seconds += s;
        pages.push(page);
    }
    let n = pages.len().max(1) as f64;
    let mean = |f: fn(&Page) -> f64| pages.iter().map(f).sum::<f64>() / n;
    Ok(Report {
        set: dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        pages: pages.len(),
        precision: mean(|p| p.precision),
        recall: mean(|p| p.recall),
        f1: mean(|p| p.f1),
        lost: pages.iter().filter(|p| p.lost()).count(),
        title: Rate::of(pages.iter().map(Page::title_ok)),
        byline: Rate::of(pages.iter().map(Page::byline_ok)),
        extra_bylines: pages.iter().filter(|p| p.extra_byline.is_some()).count(),
        published: Rate::of(pages.iter().map(Page::published_ok)),
        per_page: pages,
        seconds,
    })
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn score_page(dir: &Path, name: String) -> Result<(Page, f64), String> {
    let source = read(&dir.join("source.html"))?;
    let expected_html = String::from_utf8_lossy(&read(&dir.join("expected.html"))?).into_owned();
    let meta: serde_json::Value =
        serde_json::from_slice(&read(&dir.join("expected-metadata.json"))?)
            .map_err(|e| format!("{name}: expected-metadata.json: {e}"))?;
    let field = |k: &str| {
        meta.get(k)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let expected = html_text(&expected_html);
    let doc = Document::bytes(source).with_format(Format::Html);
    let t0 = std::time::Instant::now();
    let result = analyze(&doc, &Options::default());
    let seconds = t0.elapsed().as_secs_f64();
    let (text, title, byline, published, error) = match result {
        Ok(a) => (a.text, a.title, a.byline, a.published, None),
        Err(e) => (String::new(), None, None, None, Some(e.to_string())),
    };
    let (precision, recall, f1) = shingle_prf(&expected, &text);
    let words_e: Vec<&str> = words(&expected).collect();
    let words_g: Vec<&str> = words(&text).collect();
    let ends = |w: &[&str]| {
        let k = w.len().min(6);
        [w[..k].join(" "), w[w.len() - k..].join(" ")]
    };
    let [eh, et] = ends(&words_e);
    let [gh, gt] = ends(&words_g);
    let published_exp = field("publishedTime").map(|d| d.chars().take(10).collect::<String>());
    Ok((
        Page {
            precision,
            recall,
            f1,
            expected_chars: expected.split_whitespace().map(|w| w.len() + 1).sum(),
            got_chars: text.len(),
            title: field("title").map(|e| (e, title.clone().unwrap_or_default())),
            extra_byline: match field("byline") {
                None => byline.clone(),
                Some(_) => None,
            },
            byline: field("byline").map(|e| (e, byline.unwrap_or_default())),
            published: published_exp.map(|e| (e, published.unwrap_or_default())),
            ends: [gh, gt, eh, et],
            error,
            name,
        },
        seconds,
    ))
}

/// Case and whitespace folded.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Folded, without a leading "by".
fn fold_byline(s: &str) -> String {
    let f = fold(s);
    match f.strip_prefix("by ") {
        Some(r) => r.trim().to_string(),
        None => f,
    }
}

fn byline_match(expected: &str, got: &str) -> bool {
    let (e, g) = (fold_byline(expected), fold_byline(got));
    !g.is_empty() && (e == g || e.contains(&g) && g.chars().count() >= 3 || g.contains(&e))
}

/// Words: runs of letters, digits, combining marks and `_` (Python's `\w+`,
/// as the benchmark the target figures come from tokenizes).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|w| !w.is_empty())
}

/// Combining marks of the scripts in the data (Devanagari vowel signs and
/// the like), which belong inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let w: Vec<&str> = words(text).collect();
    let mut out = HashMap::new();
    if w.is_empty() {
        return out;
    }
    if w.len() < SHINGLE {
        out.insert(w, 1);
        return out;
    }
    for s in w.windows(SHINGLE) {
        *out.entry(s.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Shingle precision, recall and F1 of `got` against `expected`. Both
/// empty scores 1; one empty scores 0.
pub fn shingle_prf(expected: &str, got: &str) -> (f64, f64, f64) {
    let e = shingles(expected);
    let g = shingles(got);
    let (ne, ng): (usize, usize) = (e.values().sum(), g.values().sum());
    if ne == 0 && ng == 0 {
        return (1.0, 1.0, 1.0);
    }
    let tp: usize = g
        .iter()
        .map(|(k, n)| e.get(k).map_or(0, |m| (*m).min(*n)))
        .sum();
    let p = crate::score::ratio(tp, ng);
    let r = crate::score::ratio(tp, ne);
    (p, r, crate::score::f1(p, r))
}

/// The text of an HTML fragment: text nodes in order, block elements
/// separated by line breaks, scripts and styles left out.
pub fn html_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    for edge in doc.root_element().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Text(t) => {
                    let skip = node.parent().is_some_and(|p| {
                        matches!(p.value(), Node::Element(e) if matches!(e.name(), "script" | "style" | "noscript" | "title"))
                    });
                    if !skip {
                        out.push_str(t);
                    }
                }
                Node::Element(e) if !is_inline(e.name()) => out.push('\n'),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if !is_inline(e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "wbr"
            | "strike"
            | "del"
            | "ins"
    )
}

impl Report {
    /// The terminal table, then `errors` worst pages and metadata misses.
    pub fn table(&self, errors: usize) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}: {} pages, HTML extraction ({:.1} s in analyze)",
            self.set, self.pages, self.seconds
        );
        let _ = writeln!(
            s,
            "  body (word 4-shingles, macro)  P {:.3}  R {:.3}  F1 {:.3}",
            self.precision, self.recall, self.f1
        );
        let _ = writeln!(
            s,
            "  lost (expected > 500 chars, recall < 0.5): {} pages",
            self.lost
        );
        let rate = |r: &Rate| format!("{:.3} ({}/{})", r.rate, r.right, r.of);
        let _ = writeln!(s, "  title exact (folded)           {}", rate(&self.title));
        let _ = writeln!(
            s,
            "  byline                         {}  (+{} on pages without one)",
            rate(&self.byline),
            self.extra_bylines
        );
        let _ = writeln!(
            s,
            "  published date                 {}",
            rate(&self.published)
        );
        if errors == 0 {
            return s;
        }
        let mut worst: Vec<&Page> = self.per_page.iter().collect();
        worst.sort_by(|a, b| a.f1.total_cmp(&b.f1).then(a.name.cmp(&b.name)));
        let _ = writeln!(s, "\nworst bodies:");
        for p in worst.iter().take(errors) {
            let _ = writeln!(
                s,
                "  {:<40} F1 {:.3} P {:.3} R {:.3}  {} / {} chars{}",
                p.name,
                p.f1,
                p.precision,
                p.recall,
                p.got_chars,
                p.expected_chars,
                p.error
                    .as_deref()
                    .map(|e| format!("  ERROR {e}"))
                    .unwrap_or_default()
            );
            let _ = writeln!(s, "      got:      {} … {}", p.ends[0], p.ends[1]);
            let _ = writeln!(s, "      expected: {} … {}", p.ends[2], p.ends[3]);
        }
        let misses = |what: &str, s: &mut String, list: Vec<(&str, &(String, String))>| {
            let _ = writeln!(s, "\n{what} misses:");
            for (name, (e, g)) in list.into_iter().take(errors) {
                let _ = writeln!(s, "  {name:<40} expected {:?}  got {:?}", fold(e), fold(g));
            }
        };
        let pick = |f: fn(&Page) -> Option<bool>, g: fn(&Page) -> &Option<(String, String)>| {
            self.per_page
                .iter()
                .filter(|p| f(p) == Some(false))
                .filter_map(|p| g(p).as_ref().map(|x| (p.name.as_str(), x)))
                .collect::<Vec<_>>()
        };
        misses("title", &mut s, pick(Page::title_ok, |p| &p.title));
        misses("byline", &mut s, pick(Page::byline_ok, |p| &p.byline));
        misses(
            "published",
            &mut s,
            pick(Page::published_ok, |p| &p.published),
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_count_as_a_multiset() {
        let (p, r, f) = shingle_prf("a b c d e", "a b c d e");
        assert_eq!((p, r, f), (1.0, 1.0, 1.0));
        // Half the words kept: 1 of 3 gold shingles... precision stays 1.
        let (p, r, _) = shingle_prf("a b c d e f", "a b c d");
        assert_eq!(p, 1.0);
        assert!((r - 1.0 / 3.0).abs() < 1e-9);
        let (p, r, f) = shingle_prf("a b c d", "");
        assert_eq!((p, r, f), (0.0, 0.0, 0.0));
    }

    #[test]
    fn expected_text_keeps_inline_words_whole() {
        let t = html_text("<div><p>Hel<b>lo</b> world</p><p>Next</p><script>x()</script></div>");
        assert_eq!(words(&t).collect::<Vec<_>>(), ["Hello", "world", "Next"]);
    }

    #[test]
    fn bylines_fold_and_contain() {
        assert!(byline_match("By Erin Cunningham", "Erin Cunningham"));
        assert!(byline_match(
            "By Kelli  Miller\n WebMD Health News",
            "Kelli Miller"
        ));
        assert!(!byline_match("Erin Cunningham", ""));
        assert!(!byline_match("Erin Cunningham", "Staff"));
    }
}
