//! The DOM helpers the article search and the text writer share: what is
//! page chrome, what is a block, and the [`Writer`] that turns an element
//! tree into paragraphs of plain text.

use super::metadata::data_lines;
use super::tree::{Edge, Element, Node, NodeId, NodeRef};
use crate::model::{Embed, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("../../data/ingest/boilerplate.txt");

fn boilerplate() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(BOILERPLATE).map(str::trim).collect())
}

/// Lower-cased words, single-spaced: how titles and headings compare.
pub(super) fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The element's text with whitespace collapsed.
pub(super) fn text_of(el: NodeRef<'_>) -> String {
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

/// How many bytes at the start of `b` are a run of ASCII words: printable
/// ASCII, single spaces between them allowed (never first or last). The
/// inner loop of the text scans: most English text goes through it a
/// word at a time without decoding anything.
#[inline]
pub(crate) fn ascii_run(b: &[u8]) -> usize {
    let graphic = |c: u8| c.wrapping_sub(0x21) < 0x5E;
    let mut i = 0;
    while i < b.len() {
        if graphic(b[i]) {
            i += 1;
        } else if b[i] == b' ' && i > 0 && i + 1 < b.len() && graphic(b[i + 1]) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// The length in bytes of the whitespace character at byte `i` of `s`,
/// 0 when there is none (as `char::is_whitespace` reads it). ASCII is one
/// table test; of the other bytes only the four that can begin a Unicode
/// space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) are decoded, so
/// Devanagari and continuation bytes cost one comparison.
#[inline]
pub(crate) fn space_at(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    match b.get(i) {
        Some(&c) if c < 0x80 => usize::from(matches!(c, b'\t'..=b'\r' | b' ')),
        Some(0xC2 | 0xE1 | 0xE2 | 0xE3) => match s.get(i..).and_then(|r| r.chars().next()) {
            Some(ch) if ch.is_whitespace() => ch.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// Is this element never article text: scripts, navigation, forms, media,
/// hidden blocks, dialogs?
pub(crate) fn is_hidden_or_chrome(el: &Element) -> bool {
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
                | "menu"
                | "menubar"
        ) {
            return true;
        }
    }
    el.attr("style").is_some_and(|s| {
        let s = s.to_ascii_lowercase().replace(' ', "");
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Does a word of the element's class or id name page chrome
/// (`data/ingest/boilerplate.txt`)?
pub(crate) fn has_boilerplate_word(el: &Element) -> bool {
    let set = boilerplate();
    el.classes().chain(el.id()).any(|w| {
        w.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| !part.is_empty() && set.contains(part.to_ascii_lowercase().as_str()))
    })
}

/// Builds the plain text of an element tree.
#[derive(Default)]
pub(super) struct Writer {
    pub(super) text: String,
    /// 0: nothing pending, 1: a line break, 2: a paragraph break.
    pending: u8,
    space: bool,
    pub(super) embeds: Vec<Embed>,
    pub(super) furniture: Vec<Span>,
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
    pub(super) fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }

    pub(super) fn push_text(&mut self, s: &str) {
        // Runs of words are copied whole: a run goes on across one ASCII
        // space and ends at any other whitespace, and each whitespace run
        // between runs becomes one separator, written before the next run.
        let b = s.as_bytes();
        let mut run: Option<usize> = None;
        let mut i = 0;
        while i < b.len() {
            if run.is_some() {
                i += ascii_run(&b[i..]);
                if i >= b.len() {
                    break;
                }
            }
            let w = space_at(s, i);
            if w == 0 {
                if run.is_none() {
                    self.separate();
                    run = Some(i);
                }
                i += 1;
                continue;
            }
            if let Some(r) = run {
                if b[i] == b' ' && i + 1 < b.len() && space_at(s, i + 1) == 0 {
                    i += 1;
                    continue;
                }
                self.text.push_str(&s[r..i]);
                run = None;
            }
            self.space = true;
            i += w;
        }
        if let Some(r) = run {
            self.text.push_str(&s[r..]);
        }
    }

    /// Writes what is pending before a run of words.
    fn separate(&mut self) {
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
    }

    /// Writes `root` without page chrome and without the blocks in `drop`.
    pub(super) fn walk(&mut self, root: NodeRef<'_>, drop: &HashSet<NodeId>) {
        let mut skip: Option<NodeId> = None;
        let mut edges = root.traverse();
        while let Some(edge) = edges.next() {
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
                                    edges.skip_subtree();
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
                                .and_then(|p| p.element().map(|pe| self.is_tweet(pe)))
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

    fn is_tweet(&self, el: &Element) -> bool {
        el.name() == "blockquote"
            && el
                .classes()
                .any(|c| c == "twitter-tweet" || c == "instagram-media")
    }

    /// Video and post embeds that carry no text: iframes and plugin divs.
    fn media_embed(&self, el: &Element) -> Option<Embed> {
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
        assert_eq!(ascii_run(b"Lok Sabha,  passed"), 10);
        assert_eq!(ascii_run(b" a"), 0);
        assert_eq!(ascii_run(b"a b \xE0"), 3);
        assert_eq!(space_at("ab\u{00A0}c", 2), 2);
        assert_eq!(space_at("अब\u{2003}", "अब".len()), 3);
        assert_eq!(space_at("अब", 0), 0);
        assert_eq!(space_at("x\u{1F}y", 1), 0);
        assert_eq!(space_at("\u{3000}\u{85}\u{a9}", 0), 3);
        assert_eq!(space_at("\u{85}\u{a9}", 0), 2);
        assert_eq!(space_at("\u{a9}", 0), 0);
        w.push_text("Word");
        assert_eq!(w.text, "Lok Sabha passed it.\n\nNextWord");
        // Runs of words joined by one space are copied whole; any other
        // whitespace is one separator.
        let mut w = Writer::default();
        for piece in [
            "a b  c\u{00A0}d ",
            "e\te",
            " f",
            "g\u{2003} ",
            "राजनाथ सिंह ने",
        ] {
            w.push_text(piece);
        }
        assert_eq!(w.text, "a b c d e e fg राजनाथ सिंह ने");
    }
}
