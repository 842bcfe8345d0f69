//! Reading HTML into a [`Html`] tree, as a browser would for the parts that
//! decide an article's text.
//!
//! Why our own parser: html5ever (through `scraper`) implements all of the
//! HTML standard's tree construction, and on a 1 MB news page it cost 39 %
//! of ingestion (and about 190 KB of the gzipped `.wasm`), mostly in work
//! the article search never reads: interned names, a tendril per token, a
//! `QualName` per attribute. What decides which text belongs to which block
//! is kept, after the standard:
//!
//! - raw text (`<script>`, `<style>`, `<noscript>`, `<iframe>`, …) and
//!   escapable raw text (`<title>`, `<textarea>`) end only at their own end
//!   tag; `<plaintext>` runs to the end;
//! - void elements take no content; a self-closing `/>` counts only in SVG
//!   and MathML;
//! - implied ends: a block start closes an open `<p>`; `<li>`, `<dd>`,
//!   `<dt>`, `<option>` close their open sibling; a heading closes a
//!   heading; a cell or row closes the open cell or row, and rows and cells
//!   get the `<tbody>`/`<tr>` they imply;
//! - an end tag closes its element only within scope (a `</div>` never
//!   reaches out of a table cell), and an end tag with no open element is
//!   ignored, except `</p>` (an empty paragraph) and `</br>` (a break);
//! - head elements before the body go into `<head>`; the first content
//!   opens `<body>`.
//!
//! Left out, because they move no text between blocks that the article
//! search tells apart: the adoption agency's re-wrapping of misnested
//! formatting (`<b><p>x</b>` keeps `x` in the `<p>`), foster parenting of
//! text misplaced inside a `<table>`, and quirks mode.
//!
//! Nesting is capped at [`MAX_DEPTH`] open elements (Blink stops at 512):
//! deeper start tags and their end tags are dropped and their content goes
//! to the deepest kept element, so no text is lost and the cost of scope
//! checks stays bounded.

mod lex;
mod tags;

use super::charref;
use super::tree::{Element, Html, Name, NodeId};
use lex::{raw_content, read_tag, skip_past, Tag};
use tags::{
    breaks_out_of_foreign, closes_p, in_head, is_heading, is_special, is_void, name_of, raw_text,
    scope_bounds, Scope,
};

/// Deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

/// A parsed page and what the parser had to repair.
pub(crate) struct Parsed {
    pub(crate) doc: Html,
    /// Start tags nested deeper than [`MAX_DEPTH`] were dropped.
    pub(crate) flattened: bool,
}

/// Parses a whole page.
pub(crate) fn parse_document(src: &str) -> Parsed {
    let mut b = Builder::new(false);
    b.run(src);
    b.finish()
}

/// Parses a fragment (a JSON-LD `articleBody` written as HTML): its nodes
/// go under one `<html>` element, as if in a body.
pub(crate) fn parse_fragment(src: &str) -> Html {
    let mut b = Builder::new(true);
    b.run(src);
    b.finish().doc
}

/// An open element.
struct Open {
    id: NodeId,
    name: &'static str,
    /// Inside `<svg>` or `<math>` (itself included).
    foreign: bool,
}

struct Builder {
    doc: Html,
    stack: Vec<Open>,
    html: Option<NodeId>,
    head: Option<NodeId>,
    body: Option<NodeId>,
    /// Open `<p>` elements, so that most block starts skip the scope walk.
    open_p: usize,
    /// Names of start tags dropped past [`MAX_DEPTH`], awaiting their end.
    dropped: Vec<Box<str>>,
    flattened: bool,
    /// Drop one leading newline of the next text (after `<pre>`).
    skip_newline: bool,
    /// Reused buffer for decoded text.
    buf: String,
}

impl Builder {
    fn new(fragment: bool) -> Self {
        let mut b = Builder {
            doc: Html::new(),
            stack: Vec::new(),
            html: None,
            head: None,
            body: None,
            open_p: 0,
            dropped: Vec::new(),
            flattened: false,
            skip_newline: false,
            buf: String::new(),
        };
        if fragment {
            let id = b.doc.append(b.doc.root(), element("html", Vec::new()));
            b.html = Some(id);
            b.body = Some(id);
            b.stack.push(Open {
                id,
                name: "html",
                foreign: false,
            });
        }
        b
    }

    fn finish(mut self) -> Parsed {
        while let Some(o) = self.stack.pop() {
            self.doc.close(o.id);
        }
        let root = self.doc.root();
        self.doc.close(root);
        Parsed {
            doc: self.doc,
            flattened: self.flattened,
        }
    }

    fn current(&self) -> NodeId {
        self.stack.last().map_or(self.doc.root(), |o| o.id)
    }

    fn current_name(&self) -> &'static str {
        self.stack.last().map_or("", |o| o.name)
    }

    fn in_foreign(&self) -> bool {
        self.stack.last().is_some_and(|o| o.foreign)
    }

    fn pop(&mut self) {
        if let Some(o) = self.stack.pop() {
            if o.name == "p" {
                self.open_p = self.open_p.saturating_sub(1);
            }
            self.doc.close(o.id);
        }
    }

    /// Pops up to and including the element at stack index `i`.
    fn pop_to(&mut self, i: usize) {
        while self.stack.len() > i {
            self.pop();
        }
    }

    /// The stack index of the nearest open element named `name` within
    /// `scope`.
    fn in_scope(&self, name: &str, scope: Scope) -> Option<usize> {
        for (i, o) in self.stack.iter().enumerate().rev() {
            if o.name == name {
                return Some(i);
            }
            if scope_bounds(scope, o.name) {
                return None;
            }
        }
        None
    }

    fn close_p(&mut self) {
        if self.open_p > 0 {
            if let Some(i) = self.in_scope("p", Scope::Button) {
                self.pop_to(i);
            }
        }
    }

    fn ensure_html(&mut self) {
        if self.html.is_none() {
            let id = self
                .doc
                .append(self.doc.root(), element("html", Vec::new()));
            self.html = Some(id);
            self.stack.push(Open {
                id,
                name: "html",
                foreign: false,
            });
        }
    }

    /// Opens `<body>` if the page has none yet (closing `<head>`).
    fn ensure_body(&mut self, attrs: Vec<(Box<str>, Box<str>)>) {
        self.ensure_html();
        if self.body.is_some() {
            return;
        }
        self.pop_to(1); // everything above <html>: the head
        let parent = self.current();
        let id = self.doc.append(parent, element("body", attrs));
        self.body = Some(id);
        self.stack.push(Open {
            id,
            name: "body",
            foreign: false,
        });
    }

    fn insert(&mut self, name: &str, attrs: Vec<(Box<str>, Box<str>)>, void: bool) {
        let foreign = self.in_foreign() || name == "svg" || name == "math";
        if !void && self.stack.len() >= MAX_DEPTH {
            self.flattened = true;
            self.dropped.push(name.into());
            return;
        }
        let parent = self.current();
        let name = name_of(name);
        let known = match name {
            Name::Known(n) => n,
            Name::Other(_) => "",
        };
        let id = self.doc.append(parent, Element::new(name, attrs));
        if void {
            self.doc.close(id);
            return;
        }
        if known == "p" {
            self.open_p += 1;
        }
        self.stack.push(Open {
            id,
            name: known,
            foreign,
        });
    }

    fn text(&mut self, s: &str) {
        let mut s = s;
        if std::mem::take(&mut self.skip_newline) {
            s = s.strip_prefix('\n').unwrap_or(s);
        }
        if s.is_empty() {
            return;
        }
        if self.body.is_none() && matches!(self.current_name(), "" | "html" | "head") {
            if s.trim_ascii().is_empty() {
                return;
            }
            self.ensure_body(Vec::new());
        }
        let parent = self.current();
        self.doc.append_text(parent, s);
    }

    fn run(&mut self, src: &str) {
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let Some(lt) = memchr::memchr(b'<', &bytes[i..]).map(|k| i + k) else {
                self.text_decoded(&src[i..]);
                break;
            };
            if lt > i {
                self.text_decoded(&src[i..lt]);
            }
            i = lt;
            match bytes.get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() => match read_tag(src, i + 1, false) {
                    Some((tag, next)) => {
                        i = next;
                        i = self.start_tag(tag, src, i);
                    }
                    None => break, // a tag cut by the end of the page
                },
                Some(b'/') => match bytes.get(i + 2) {
                    Some(c) if c.is_ascii_alphabetic() => match read_tag(src, i + 2, true) {
                        Some((tag, next)) => {
                            i = next;
                            self.end_tag(&tag.name);
                        }
                        None => break,
                    },
                    Some(b'>') => i += 3,
                    Some(_) => i = skip_past(src, i + 2, ">"),
                    None => {
                        self.text("</");
                        break;
                    }
                },
                Some(b'!') => {
                    if src[i..].starts_with("<!--") {
                        // "<!-->" and "<!--->" are empty comments.
                        let body = i + 4;
                        i = if src[body..].starts_with('>') {
                            body + 1
                        } else if src[body..].starts_with("->") {
                            body + 2
                        } else {
                            skip_past(src, body, "-->")
                        };
                    } else if src[i..].starts_with("<![CDATA[") && self.in_foreign() {
                        let body = i + 9;
                        let end = src[body..].find("]]>").map_or(src.len(), |k| body + k);
                        let t = src[body..end].to_string();
                        self.text(&t);
                        i = (end + 3).min(src.len());
                    } else {
                        i = skip_past(src, i + 2, ">");
                    }
                }
                Some(b'?') => i = skip_past(src, i + 1, ">"),
                _ => {
                    self.text("<");
                    i += 1;
                }
            }
        }
    }

    fn text_decoded(&mut self, s: &str) {
        if memchr::memchr(b'&', s.as_bytes()).is_some() {
            let mut buf = std::mem::take(&mut self.buf);
            buf.clear();
            charref::decode_into(s, false, &mut buf);
            self.text(&buf);
            self.buf = buf;
        } else {
            self.text(s);
        }
    }

    /// Handles a start tag whose source ends at `next`; returns where
    /// reading goes on (past raw text).
    fn start_tag(&mut self, tag: Tag<'_>, src: &str, next: usize) -> usize {
        let name: &str = &tag.name;
        if self.in_foreign() {
            if breaks_out_of_foreign(name) {
                while self.in_foreign() && self.stack.len() > 1 {
                    self.pop();
                }
            } else {
                self.insert(name, tag.attrs, tag.self_closing);
                return next;
            }
        }
        match name {
            "html" => {
                self.ensure_html();
                return next;
            }
            "head" => {
                self.ensure_html();
                if self.head.is_none() && self.body.is_none() {
                    let parent = self.current();
                    let id = self.doc.append(parent, element("head", tag.attrs));
                    self.head = Some(id);
                    self.stack.push(Open {
                        id,
                        name: "head",
                        foreign: false,
                    });
                }
                return next;
            }
            "body" => {
                self.ensure_body(tag.attrs);
                return next;
            }
            "frameset" | "frame" if self.body.is_none() => return next,
            _ => {}
        }
        if self.body.is_none() {
            if in_head(name) {
                self.ensure_html();
                if self.head.is_none() {
                    let parent = self.current();
                    let id = self.doc.append(parent, element("head", Vec::new()));
                    self.head = Some(id);
                    self.stack.push(Open {
                        id,
                        name: "head",
                        foreign: false,
                    });
                }
            } else {
                self.ensure_body(Vec::new());
            }
        }
        let void = is_void(name);
        match name {
            "li" | "dd" | "dt" => {
                let siblings: &[&str] = if name == "li" { &["li"] } else { &["dd", "dt"] };
                let mut close = None;
                for (i, o) in self.stack.iter().enumerate().rev() {
                    if siblings.contains(&o.name) {
                        close = Some(i);
                        break;
                    }
                    if is_special(o.name) && !matches!(o.name, "address" | "div" | "p") {
                        break;
                    }
                }
                if let Some(i) = close {
                    self.pop_to(i);
                }
                self.close_p();
            }
            _ if is_heading(name) => {
                self.close_p();
                if is_heading(self.current_name()) {
                    self.pop();
                }
            }
            "a" => {
                if let Some(i) = self.in_scope("a", Scope::Default) {
                    self.pop_to(i);
                }
            }
            "button" => {
                if let Some(i) = self.in_scope("button", Scope::Default) {
                    self.pop_to(i);
                }
            }
            "option" | "optgroup" if self.current_name() == "option" => self.pop(),
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "caption" | "colgroup" | "col" => {
                if self.in_scope("table", Scope::Table).is_none() {
                    return next; // outside a table these tags are ignored
                }
                self.table_part(name);
            }
            _ if closes_p(name) => self.close_p(),
            _ => {}
        }
        let name_for_insert = if name == "image" { "img" } else { name };
        let self_closed_foreign = tag.self_closing && matches!(name, "svg" | "math");
        self.insert(
            name_for_insert,
            tag.attrs,
            void || name == "image" || self_closed_foreign,
        );
        if name == "pre" || name == "listing" || name == "textarea" {
            self.skip_newline = true;
        }
        if name == "plaintext" {
            self.text(&src[next..]);
            return src.len();
        }
        if let Some(decode) = raw_text(name) {
            let (content, after) = raw_content(src, next, name);
            if decode && content.contains('&') {
                let t = charref::decode(content, false);
                self.text(&t);
            } else {
                self.text(content);
            }
            self.skip_newline = false;
            self.end_tag(name);
            return after;
        }
        next
    }

    /// Closes what a table part's start implies and opens the row or body
    /// it needs.
    fn table_part(&mut self, name: &str) {
        let Some(table) = self.in_scope("table", Scope::Table) else {
            return;
        };
        match name {
            "td" | "th" => {
                let cell = self.stack[table..]
                    .iter()
                    .rposition(|o| matches!(o.name, "td" | "th"));
                if let Some(c) = cell {
                    self.pop_to(table + c);
                }
                let row = self.stack[table..].iter().any(|o| o.name == "tr");
                if !row {
                    self.pop_to(table + 1);
                    self.insert("tbody", Vec::new(), false);
                    self.insert("tr", Vec::new(), false);
                } else if let Some(r) = self.stack[table..].iter().rposition(|o| o.name == "tr") {
                    self.pop_to(table + r + 1);
                }
            }
            "tr" => {
                let section = self.stack[table..]
                    .iter()
                    .rposition(|o| matches!(o.name, "tbody" | "thead" | "tfoot"));
                match section {
                    Some(s) => self.pop_to(table + s + 1),
                    None => {
                        self.pop_to(table + 1);
                        self.insert("tbody", Vec::new(), false);
                    }
                }
            }
            _ => self.pop_to(table + 1),
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(top) = self.dropped.last() {
            if &**top == name {
                self.dropped.pop();
                return;
            }
        }
        match name {
            "p" => {
                match self.in_scope("p", Scope::Button) {
                    Some(i) if self.open_p > 0 => self.pop_to(i),
                    _ => {
                        // "</p>" with no paragraph open: an empty one.
                        self.ensure_body(Vec::new());
                        self.insert("p", Vec::new(), false);
                        self.pop();
                    }
                }
                return;
            }
            "br" => {
                self.ensure_body(Vec::new());
                self.insert("br", Vec::new(), true);
                return;
            }
            "body" | "html" => return,
            "head" => {
                if self.current_name() == "head" {
                    self.pop();
                }
                return;
            }
            "li" => {
                if let Some(i) = self.in_scope("li", Scope::ListItem) {
                    self.pop_to(i);
                }
                return;
            }
            _ if is_heading(name) => {
                let mut at = None;
                for (i, o) in self.stack.iter().enumerate().rev() {
                    if is_heading(o.name) {
                        at = Some(i);
                        break;
                    }
                    if scope_bounds(Scope::Default, o.name) {
                        break;
                    }
                }
                if let Some(i) = at {
                    self.pop_to(i);
                }
                return;
            }
            "table" | "tbody" | "thead" | "tfoot" | "tr" | "caption" | "colgroup" => {
                if let Some(i) = self.in_scope(name, Scope::Table) {
                    self.pop_to(i);
                }
                return;
            }
            _ => {}
        }
        if closes_p(name) || is_special(name) {
            if let Some(i) = self.in_scope(name, Scope::Default) {
                self.pop_to(i);
            }
            return;
        }
        // Any other end tag: the nearest open element of the name, unless
        // a special element stands between.
        for i in (0..self.stack.len()).rev() {
            let o = &self.stack[i];
            let same = if o.name.is_empty() {
                self.doc
                    .node(o.id)
                    .element()
                    .is_some_and(|e| e.name() == name)
            } else {
                o.name == name
            };
            if same {
                self.pop_to(i);
                return;
            }
            if is_special(o.name) && !o.foreign {
                return;
            }
        }
    }
}

fn element(name: &'static str, attrs: Vec<(Box<str>, Box<str>)>) -> Element {
    Element::new(Name::Known(name), attrs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::tree::{Edge, Node, NodeRef};

    /// The tree as nested tags, text in quotes.
    fn outline(src: &str) -> String {
        let p = parse_document(src);
        let body = p
            .doc
            .named("body")
            .next()
            .unwrap_or_else(|| p.doc.root_element());
        show(body)
    }

    /// Tags and quoted text in document order: what two trees are
    /// compared by.
    #[derive(Default)]
    struct Outline(String);

    impl Outline {
        fn open(&mut self, name: &str) {
            self.0.push('<');
            self.0.push_str(name);
            self.0.push('>');
        }
        fn text(&mut self, t: &str) {
            self.0.push('"');
            self.0.push_str(t);
            self.0.push('"');
        }
        fn close(&mut self, name: &str) {
            self.0.push_str("</");
            self.0.push_str(name);
            self.0.push('>');
        }
    }

    fn show(n: NodeRef<'_>) -> String {
        let mut o = Outline::default();
        for e in n.traverse() {
            match e {
                Edge::Open(n) => match n.value() {
                    Node::Element(e) => o.open(e.name()),
                    Node::Text(t) => o.text(t),
                    Node::Document => {}
                },
                Edge::Close(n) => {
                    if let Some(e) = n.element() {
                        o.close(e.name());
                    }
                }
            }
        }
        o.0
    }

    #[test]
    fn implied_ends_close_paragraphs_items_and_cells() {
        assert_eq!(
            outline("<p>One<p>Two<div>Three</div>"),
            "<body><p>\"One\"</p><p>\"Two\"</p><div>\"Three\"</div></body>"
        );
        assert_eq!(
            outline("<ul><li>a<li>b</ul><h2>x<h3>y"),
            "<body><ul><li>\"a\"</li><li>\"b\"</li></ul><h2>\"x\"</h2><h3>\"y\"</h3></body>"
        );
        assert_eq!(
            outline("<table><tr><td>a<td>b<tr><td>c</table>d"),
            "<body><table><tbody><tr><td>\"a\"</td><td>\"b\"</td></tr><tr><td>\"c\"</td></tr></tbody></table>\"d\"</body>"
        );
        // A </div> does not reach out of a cell; </p> alone is a paragraph.
        assert_eq!(
            outline("<div><table><td>x</div>y</table></div>z</p>"),
            "<body><div><table><tbody><tr><td>\"xy\"</td></tr></tbody></table></div>\"z\"<p></p></body>"
        );
        assert_eq!(
            outline("<span><div>a</span>b</div>"),
            "<body><span><div>\"ab\"</div></span></body>"
        );
    }

    #[test]
    fn raw_text_voids_and_references() {
        assert_eq!(
            outline("<p>a<script>if (a<b) x='</p>'</script>b<br/>c<img src=x>&amp;&copy</p>"),
            "<body><p>\"a\"<script>\"if (a<b) x='</p>'\"</script>\"b\"<br></br>\"c\"<img></img>\"&©\"</p></body>"
        );
        assert_eq!(
            outline("<title>A &amp; B</title><p>x"),
            "<body><p>\"x\"</p></body>"
        );
        let p = parse_document("<title>A &amp; B</title><div/>y<svg><path/>z</svg>w");
        let title = p
            .doc
            .named("title")
            .next()
            .map(|t| t.text().collect::<String>());
        assert_eq!(title.as_deref(), Some("A & B"));
        assert_eq!(
            show(p.doc.named("body").next().unwrap_or(p.doc.root_element())),
            "<body><div>\"y\"<svg><path></path>\"z\"</svg>\"w\"</div></body>"
        );
        let p = parse_document("<a href='/x?a=1&copy=2' CLASS=\"Lead  big\" class=no data-x>t</a>");
        let a = p.doc.named("a").next().and_then(|a| a.element());
        assert_eq!(a.and_then(|a| a.attr("href")), Some("/x?a=1&copy=2"));
        assert_eq!(
            a.map(|a| a.classes().collect::<Vec<_>>()),
            Some(vec!["Lead", "big"])
        );
        assert_eq!(a.and_then(|a| a.attr("data-x")), Some(""));
    }

    #[test]
    fn head_then_body_and_comments() {
        let p = parse_document(
            "<!DOCTYPE html><html><head><meta name=a content=b><!-- c --><title>T</title></head>\n<body class=k><p>x<!--y--></p></body></html>\n",
        );
        let head = p.doc.named("head").next().map(show);
        assert_eq!(
            head.as_deref(),
            Some("<head><meta></meta><title>\"T\"</title></head>")
        );
        assert_eq!(
            p.doc.named("body").next().map(show).as_deref(),
            Some("<body><p>\"x\"</p>\"\n\"</body>")
        );
        assert_eq!(
            outline("Loose <b>text"),
            "<body>\"Loose \"<b>\"text\"</b></body>"
        );
        assert_eq!(outline("<p>cut <a href='x"), "<body><p>\"cut \"</p></body>");
    }

    #[test]
    fn nesting_is_capped_without_losing_text() {
        let deep = format!("{}x{}", "<div>".repeat(2000), "</div>".repeat(2000));
        let p = parse_document(&format!("{deep}<p>after</p>"));
        assert!(p.flattened);
        let text: String = p.doc.root_element().text().collect();
        assert_eq!(text, "xafter");
        // The paragraph after the deep block is the body's, not inside it.
        let body = p.doc.named("body").next();
        assert!(body.is_some_and(|b| b
            .children()
            .any(|c| c.element().is_some_and(|e| e.name() == "p"))));
        assert!(!parse_document("<div><p>x</div>").flattened);
    }

    #[test]
    fn fragments_sit_under_one_element() {
        let doc = parse_fragment("<p>One</p>Two<br>Three");
        assert_eq!(
            show(doc.root_element()),
            "<html><p>\"One\"</p>\"Two\"<br></br>\"Three\"</html>"
        );
    }

    /// html5ever's tree (through `scraper`) in the same outline.
    fn html5ever_outline(src: &str) -> String {
        use scraper::node::Node as N;
        let doc = scraper::Html::parse_document(src);
        let mut o = Outline::default();
        let Some(body) = doc
            .root_element()
            .children()
            .find(|c| matches!(c.value(), N::Element(e) if e.name() == "body"))
        else {
            return o.0;
        };
        for e in body.traverse() {
            match e {
                ego_tree::iter::Edge::Open(n) => match n.value() {
                    N::Element(e) => o.open(e.name()),
                    N::Text(t) => o.text(t),
                    _ => {}
                },
                ego_tree::iter::Edge::Close(n) => {
                    if let N::Element(e) = n.value() {
                        o.close(e.name());
                    }
                }
            }
        }
        o.0
    }

    /// Well-formed markup of the kinds news pages are made of.
    fn markup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let text = prop_oneof![
            "[a-zA-Z ,.]{1,12}",
            Just("राजनाथ सिंह".to_string()),
            Just("Tom &amp; Jerry &mdash; &#8212;&nbsp;x".to_string()),
            Just("a &lt; b".to_string()),
        ];
        // Links hold text only: a link inside a link is misnested markup.
        let inline_leaf = prop_oneof![
            text.clone(),
            text.clone()
                .prop_map(|t| format!("<a href=\"/x?a=1&amp;b=2\">{t}</a>")),
            Just("<br>".to_string()),
            Just("<img src=\"x.jpg\" alt='a &amp; b'>".to_string()),
        ];
        let inline = inline_leaf.prop_recursive(3, 12, 3, |inner| {
            (
                prop::sample::select(vec!["span", "b", "i", "em", "strong", "time"]),
                prop::collection::vec(inner, 1..3),
            )
                .prop_map(|(t, kids)| format!("<{t} class=\"k\">{}</{t}>", kids.concat()))
        });
        let para = prop::collection::vec(inline.clone(), 1..4)
            .prop_map(|kids| format!("<p>{}</p>", kids.concat()));
        let leaf_block = prop_oneof![
            para,
            prop::collection::vec(inline.clone(), 1..3)
                .prop_map(|k| format!("<h2>{}</h2>", k.concat())),
            prop::collection::vec(inline.clone(), 1..3)
                .prop_map(|k| format!("<ul><li>{}</li><li>x</li></ul>", k.concat())),
            inline.clone().prop_map(|k| format!(
                "<table><tbody><tr><td>{k}</td><td>y</td></tr></tbody></table>"
            )),
            Just("<script>var a = '<p>x</p>';</script>".to_string()),
            Just("<style>p > b { color: red }</style>".to_string()),
            Just("<!-- a comment <div> -->".to_string()),
        ];
        leaf_block.prop_recursive(3, 16, 4, |inner| {
            (
                prop::sample::select(vec![
                    "div",
                    "section",
                    "article",
                    "blockquote",
                    "aside",
                    "main",
                ]),
                prop::collection::vec(inner, 1..4),
            )
                .prop_map(|(t, kids)| format!("<{t} id=\"s\">{}</{t}>", kids.concat()))
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

        /// On well-formed pages the tree is html5ever's, node for node.
        #[test]
        fn well_formed_pages_parse_as_html5ever_parses_them(
            blocks in proptest::collection::vec(markup(), 1..4)
        ) {
            let page = format!(
                "<!DOCTYPE html><html><head><title>T</title></head><body>{}</body></html>",
                blocks.concat()
            );
            proptest::prop_assert_eq!(outline(&page), html5ever_outline(&page));
        }
    }

    /// Markup-heavy noise: tag names, brackets, quotes, references,
    /// comment and CDATA openers, Devanagari.
    fn noise() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "<",
            ">",
            "</",
            "/>",
            "<!--",
            "-->",
            "<!",
            "<?",
            "<![CDATA[",
            "]]>",
            "&",
            "&amp;",
            "&#",
            "&#x",
            ";",
            "=",
            "\"",
            "'",
            " ",
            "\n",
            "p",
            "div",
            "table",
            "td",
            "tr",
            "th",
            "li",
            "ul",
            "a",
            "b",
            "i",
            "h2",
            "script",
            "style",
            "title",
            "textarea",
            "svg",
            "math",
            "path",
            "body",
            "head",
            "html",
            "plaintext",
            "pre",
            "select",
            "option",
            "template",
            "br",
            "img",
            "class",
            "href",
            "x",
            "9",
            "राजनाथ",
            "\u{0}",
            "\u{FEFF}",
        ]);
        prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        /// Any input parses; every subtree is a range that nests in its
        /// parent's, and no text is invented.
        #[test]
        fn noise_parses_into_nested_ranges(src in noise()) {
            let p = parse_document(&src);
            let doc = &p.doc;
            for n in doc.root_element().descendants() {
                for c in n.children() {
                    proptest::prop_assert!(n.contains(c.id()) && c.id() != n.id());
                    proptest::prop_assert_eq!(c.parent().map(|p| p.id()), Some(n.id()));
                }
            }
            let text: String = doc.root_element().text().collect();
            let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
            // References only shorten; tags and comments only remove.
            proptest::prop_assert!(letters(&text) <= letters(&src) + 2 * src.matches('&').count());
            let _ = parse_fragment(&src);
        }
    }
}
