//! Finding the article inside a page: which blocks hold its prose.
//!
//! The method is Readability's, rewritten for a tree we do not mutate.
//! One pass over the parsed page builds a flat table of elements with
//! their text length, link text, commas and counts of paragraphs, images,
//! list items and form inputs, summed bottom-up. Page chrome is left out of
//! the sums: scripts, navigation, hidden blocks, and (on the first try)
//! blocks whose class or id reads as a sidebar, comments, related stories
//! or a footer (`data/ingest/class-weights.tsv`).
//!
//! Every paragraph-like block with 25 characters or more (a `<p>`, `<pre>`,
//! `<td>`, a heading, a `<div>` holding only inline content, or the loose
//! inline text of a block) scores `1 + commas + min(chars / 100, 3)`, added
//! to its parent in full, its grandparent by half and to three more
//! ancestors by a third of their level. Ancestors start from their tag
//! (`div` +5, lists −3, headings −5) and their class and id weight (±25);
//! the final score is scaled by `1 − link density`. The best block wins; a
//! parent that scores higher, or one shared by three near-best blocks,
//! takes its place; siblings that score a fifth of the winner, or read as
//! prose paragraphs, join it. Inside, blocks, lists and tables are dropped
//! when they read as furniture: more links than text, more images than
//! paragraphs, form inputs, a lone embed, a negative class.
//!
//! When what is left has under 500 characters the search runs again with
//! fewer rules (first keeping the unlikely blocks, then ignoring class
//! weights, then keeping every block), and the longest result wins.

use super::metadata::data_lines;
use super::tree::{Edge, Element, Html, Node, NodeId};
use std::collections::HashSet;
use std::sync::OnceLock;

const WEIGHTS: &str = include_str!("../../data/ingest/class-weights.tsv");

struct Words {
    negative: Substrings,
    positive: Substrings,
    unlikely: Substrings,
    maybe: Substrings,
}

/// Substrings looked for anywhere in a class or id, ignoring ASCII case:
/// bucketed by their first byte, so a scan tries at each position only
/// the words that can start there.
#[derive(Default)]
struct Substrings {
    by_first: Vec<Vec<&'static [u8]>>,
}

impl Substrings {
    fn add(&mut self, word: &'static str) {
        let Some(&first) = word.as_bytes().first() else {
            return;
        };
        if self.by_first.is_empty() {
            self.by_first = vec![Vec::new(); 256];
        }
        self.by_first[usize::from(first.to_ascii_lowercase())].push(word.as_bytes());
    }

    fn found_in(&self, hay: &str) -> bool {
        if self.by_first.is_empty() {
            return false;
        }
        let h = hay.as_bytes();
        (0..h.len()).any(|i| {
            self.by_first[usize::from(h[i].to_ascii_lowercase())]
                .iter()
                .any(|w| {
                    h.get(i..i + w.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(w))
                })
        })
    }
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            negative: Substrings::default(),
            positive: Substrings::default(),
            unlikely: Substrings::default(),
            maybe: Substrings::default(),
        };
        for line in data_lines(WEIGHTS) {
            let Some((kind, word)) = line.split_once('\t') else {
                continue;
            };
            let list = match kind {
                "negative" => &mut w.negative,
                "positive" => &mut w.positive,
                "unlikely" => &mut w.unlikely,
                "maybe" => &mut w.maybe,
                _ => continue,
            };
            list.add(word.trim());
        }
        w
    })
}

/// The rules in force for one search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flags {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
}

impl Flags {
    /// The searches in order: every rule, then fewer.
    pub const TRIES: [Flags; 4] = [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
}

/// What one search chose: blocks to write in order, and blocks inside them
/// to leave out.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    pub roots: Vec<NodeId>,
    pub skip: HashSet<NodeId>,
    /// No block scored: the roots are the whole body.
    pub fallback: bool,
}

/// One element's sums.
#[derive(Clone, Debug, Default)]
struct Info {
    id: Option<NodeId>,
    parent: Option<usize>,
    tag: Tag,
    /// Text characters (whitespace runs count one) under it.
    text: usize,
    /// Of which inside links.
    links: usize,
    commas: usize,
    /// Inline text directly in this block (not inside a child block).
    own: usize,
    own_commas: usize,
    own_links: usize,
    /// Paragraphs (`<p>` and inline-only `<div>`s), images, list items,
    /// inputs, embeds under it.
    p: usize,
    img: usize,
    li: usize,
    input: usize,
    embed: usize,
    /// Text inside headings, lists, and "textish" blocks under it.
    heading_text: usize,
    list_text: usize,
    textish_text: usize,
    /// Data-table hints under it (th, caption, thead…), rows.
    table_hints: usize,
    rows: usize,
    has_block_child: bool,
    /// Element children (for "only child" tests).
    children: usize,
    /// One past the last table index of its subtree (the table is in
    /// document order).
    end: usize,
    weight: i32,
    score: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tag {
    #[default]
    Other,
    Body,
    Div,
    P,
    Pre,
    Td,
    Heading,
    H1,
    Section,
    List,
    Li,
    Table,
    Blockquote,
    Address,
    Form,
    Figure,
    A,
    Img,
    Inline,
}

fn tag_of(name: &str) -> Tag {
    match name {
        "body" => Tag::Body,
        "div" | "article" | "main" => Tag::Div,
        "p" => Tag::P,
        "pre" => Tag::Pre,
        "td" => Tag::Td,
        "h1" => Tag::H1,
        "h2" | "h3" | "h4" | "h5" | "h6" | "th" => Tag::Heading,
        "section" => Tag::Section,
        "ul" | "ol" | "dl" => Tag::List,
        "li" | "dd" | "dt" => Tag::Li,
        "table" => Tag::Table,
        "blockquote" => Tag::Blockquote,
        "address" => Tag::Address,
        "form" | "fieldset" => Tag::Form,
        "figure" => Tag::Figure,
        "a" => Tag::A,
        "img" | "picture" | "svg" => Tag::Img,
        _ if super::dom::is_block(name) => Tag::Other,
        _ => Tag::Inline,
    }
}

/// Elements whose presence makes a `<div>` more than a paragraph.
fn is_block_tag(t: Tag, name: &str) -> bool {
    !matches!(t, Tag::Inline | Tag::A) || matches!(name, "img" | "picture")
}

/// The class-and-id weight.
fn class_weight(el: &Element) -> i32 {
    let w = words();
    let mut weight = 0;
    for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        if value.is_empty() {
            continue;
        }
        if w.negative.found_in(value) {
            weight -= 25;
        }
        if w.positive.found_in(value) {
            weight += 25;
        }
    }
    if el
        .attr("itemprop")
        .is_some_and(|v| v.contains("articleBody"))
    {
        weight += 25;
    }
    weight
}

/// A block whose class or id reads as page furniture.
pub(crate) fn is_unlikely(el: &Element) -> bool {
    let w = words();
    let mut unlikely = false;
    let mut maybe = false;
    for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        unlikely |= w.unlikely.found_in(value);
        maybe |= w.maybe.found_in(value);
    }
    if el.attr("role").is_some_and(|r| {
        matches!(
            r,
            "menu"
                | "menubar"
                | "complementary"
                | "navigation"
                | "alert"
                | "alertdialog"
                | "dialog"
        )
    }) {
        return true;
    }
    unlikely && !maybe && !matches!(el.name(), "body" | "a" | "html" | "main" | "article")
}

/// Characters of a text node, whitespace runs counted as one, and its
/// commas: the non-space characters, plus one for each gap between two
/// runs of them. Bytes are read one at a time; only a byte that can begin
/// a Unicode space or comma is decoded.
fn text_len(t: &str) -> (usize, usize) {
    let b = t.as_bytes();
    let mut chars = 0usize;
    let mut runs = 0usize;
    let mut commas = 0usize;
    let mut prev_space = true;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        // A run of ASCII words: each byte a character (one space a gap).
        let ascii = super::dom::ascii_run(&b[i..]);
        if ascii > 0 {
            chars += ascii;
            runs += usize::from(prev_space);
            prev_space = false;
            commas += b[i..i + ascii].iter().filter(|&&c| c == b',').count();
            i += ascii;
            continue;
        }
        let w = super::dom::space_at(t, i);
        if w > 0 {
            prev_space = true;
            i += w;
            continue;
        }
        i += 1;
        if (0x80..0xC0).contains(&c) {
            continue; // inside a character already counted
        }
        chars += 1;
        runs += usize::from(prev_space);
        prev_space = false;
        commas += usize::from(match c {
            b',' => true,
            0xD8 | 0xE2 | 0xE3 | 0xEF => {
                t.get(i - 1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|ch| {
                        matches!(ch, '،' | '，' | '、' | '﹐' | '︐' | '﹑' | '⹁' | '⸴' | '⸲')
                    })
            }
            _ => false,
        });
    }
    (chars + runs.saturating_sub(1), commas)
}

/// The element table of a page.
struct Table {
    infos: Vec<Info>,
    /// Blocks left out as unlikely (not in `infos`).
    dropped: Vec<NodeId>,
}

fn build(doc: &Html, flags: Flags) -> Table {
    let mut infos: Vec<Info> = Vec::with_capacity(1024);
    let mut stack: Vec<usize> = Vec::new();
    // The nearest open block, for inline text.
    let mut blocks: Vec<usize> = Vec::new();
    let mut in_link = 0usize;
    let mut skip: Option<NodeId> = None;
    let mut in_table_or_code = 0usize;
    let mut unlikely: Vec<NodeId> = Vec::new();
    let mut edges = doc.root_element().traverse();
    while let Some(edge) = edges.next() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        let Some(&cur) = stack.last() else { continue };
                        let (n, commas) = text_len(t);
                        if n == 0 {
                            continue;
                        }
                        let i = &mut infos[cur];
                        i.text += n;
                        i.commas += commas;
                        if in_link > 0 {
                            i.links += n;
                        }
                        if let Some(&b) = blocks.last() {
                            let bi = &mut infos[b];
                            bi.own += n;
                            bi.own_commas += commas;
                            if in_link > 0 {
                                bi.own_links += n;
                            }
                        }
                    }
                    Node::Element(el) => {
                        let name = el.name();
                        let dropped = super::dom::is_hidden_or_chrome(el)
                            || (flags.strip_unlikely
                                && in_table_or_code == 0
                                && !stack.is_empty()
                                && is_unlikely(el));
                        if dropped && !stack.is_empty() {
                            if !super::dom::is_hidden_or_chrome(el) {
                                unlikely.push(node.id());
                            }
                            skip = Some(node.id());
                            edges.skip_subtree();
                            continue;
                        }
                        let tag = tag_of(name);
                        if matches!(tag, Tag::Table) || name == "code" {
                            in_table_or_code += 1;
                        }
                        if tag == Tag::A {
                            in_link += 1;
                        }
                        let k = infos.len();
                        if let Some(&parent) = stack.last() {
                            infos[parent].children += 1;
                            if is_block_tag(tag, name) {
                                infos[parent].has_block_child = true;
                            }
                        }
                        infos.push(Info {
                            id: Some(node.id()),
                            parent: stack.last().copied(),
                            tag,
                            weight: if flags.weight_classes {
                                class_weight(el)
                            } else {
                                0
                            },
                            img: usize::from(tag == Tag::Img),
                            li: usize::from(tag == Tag::Li),
                            input: usize::from(matches!(name, "input" | "textarea" | "select")),
                            embed: usize::from(matches!(name, "object" | "embed" | "iframe")),
                            table_hints: usize::from(matches!(
                                name,
                                "th" | "thead" | "tfoot" | "caption" | "colgroup" | "col"
                            )),
                            rows: usize::from(name == "tr"),
                            ..Info::default()
                        });
                        stack.push(k);
                        if !matches!(tag, Tag::Inline | Tag::A) {
                            blocks.push(k);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(s) = skip {
                    if s == node.id() {
                        skip = None;
                    }
                    continue;
                }
                let Node::Element(el) = node.value() else {
                    continue;
                };
                let Some(k) = stack.pop() else { continue };
                infos[k].end = infos.len();
                let tag = infos[k].tag;
                if !matches!(tag, Tag::Inline | Tag::A) {
                    blocks.pop();
                }
                if tag == Tag::A {
                    in_link = in_link.saturating_sub(1);
                }
                if matches!(tag, Tag::Table) || el.name() == "code" {
                    in_table_or_code = in_table_or_code.saturating_sub(1);
                }
                // A div of inline content counts as a paragraph.
                if tag == Tag::P || (tag == Tag::Div && !infos[k].has_block_child) {
                    infos[k].p += 1;
                }
                let Some(parent) = infos[k].parent else {
                    continue;
                };
                let c = infos[k].clone();
                let p = &mut infos[parent];
                p.text += c.text;
                p.links += c.links;
                p.commas += c.commas;
                p.p += c.p;
                p.img += c.img;
                p.li += c.li;
                p.input += c.input;
                p.embed += c.embed;
                p.table_hints += c.table_hints;
                p.rows += c.rows;
                p.heading_text += if matches!(c.tag, Tag::Heading | Tag::H1) {
                    c.text
                } else {
                    c.heading_text
                };
                p.list_text += if c.tag == Tag::List {
                    c.text
                } else {
                    c.list_text
                };
                let textish = !matches!(c.tag, Tag::Inline | Tag::A)
                    || el.name() == "span"
                    || c.tag == Tag::Li;
                p.textish_text += if textish { c.text } else { c.textish_text };
            }
        }
    }
    Table {
        infos,
        dropped: unlikely,
    }
}

impl Info {
    fn link_density(&self) -> f64 {
        if self.text == 0 {
            0.0
        } else {
            self.links as f64 / self.text as f64
        }
    }
}

fn base_score(tag: Tag) -> f64 {
    match tag {
        Tag::Div => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::List | Tag::Li | Tag::Form => -3.0,
        Tag::Heading | Tag::H1 => -5.0,
        _ => 0.0,
    }
}

/// Runs one search.
pub(crate) fn select(doc: &Html, flags: Flags) -> Option<Selection> {
    let mut t = build(doc, flags);
    let body = t.infos.iter().position(|i| i.tag == Tag::Body)?;
    // Paragraph-like blocks score their ancestors.
    let mut units: Vec<(usize, usize, f64)> = Vec::new(); // (first ancestor, levels skipped, score)
    for (k, i) in t.infos.iter().enumerate() {
        let whole = matches!(
            i.tag,
            Tag::P | Tag::Pre | Tag::Td | Tag::Heading | Tag::Section
        ) || (i.tag == Tag::Div && !i.has_block_child);
        if whole && i.text >= 25 {
            if let Some(parent) = i.parent {
                let score = 1.0 + i.commas as f64 + (i.text / 100).min(3) as f64;
                units.push((parent, 0, score));
            }
        } else if i.has_block_child
            && i.own >= 25
            && !matches!(i.tag, Tag::P | Tag::Inline | Tag::A)
        {
            // Loose inline text: a paragraph of its own inside this block.
            let score = 1.0 + i.own_commas as f64 + (i.own / 100).min(3) as f64;
            units.push((k, 0, score));
        }
    }
    for (first, _, score) in units {
        let mut at = Some(first);
        let mut level = 0usize;
        while let Some(a) = at {
            if level >= 5 {
                break;
            }
            let parent = t.infos[a].parent;
            if parent.is_none() {
                break; // the <html> element
            }
            let info = &mut t.infos[a];
            let s = info
                .score
                .get_or_insert(base_score(info.tag) + info.weight as f64);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *s += score / divider;
            at = parent;
            level += 1;
        }
    }
    // Scale by link density; the five best.
    let mut candidates: Vec<(usize, f64)> = Vec::new();
    for (k, i) in t.infos.iter_mut().enumerate() {
        if let Some(s) = i.score.as_mut() {
            *s *= 1.0 - i.links as f64 / (i.text.max(1)) as f64;
            candidates.push((k, *s));
        }
    }
    crate::util::sort::sort_by(&mut candidates, |a, b| {
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
    });
    candidates.truncate(5);
    let score = |t: &Table, k: usize| t.infos[k].score.unwrap_or(0.0);
    let ancestors = |t: &Table, k: usize| {
        let mut v = Vec::new();
        let mut at = t.infos[k].parent;
        while let Some(a) = at {
            v.push(a);
            at = t.infos[a].parent;
        }
        v
    };
    let mut top = match candidates.first() {
        Some(&(k, _)) if t.infos[k].tag != Tag::Body => k,
        _ => {
            let mut s = finish(&t, doc, vec![body], flags);
            s.fallback = true;
            return Some(s);
        }
    };
    let top_score = score(&t, top);
    // Three near-best blocks under one ancestor: the ancestor.
    let alternatives: Vec<Vec<usize>> = candidates[1..]
        .iter()
        .filter(|(_, s)| top_score > 0.0 && s / top_score >= 0.75)
        .map(|(k, _)| ancestors(&t, *k))
        .collect();
    if alternatives.len() >= 3 {
        let mut at = t.infos[top].parent;
        while let Some(a) = at {
            if a == body {
                break;
            }
            if alternatives.iter().filter(|l| l.contains(&a)).count() >= 3 {
                top = a;
                break;
            }
            at = t.infos[a].parent;
        }
    }
    // Climb while the parent scores at least as well.
    let mut last = score(&t, top);
    let threshold = last / 3.0;
    let mut at = t.infos[top].parent;
    while let Some(a) = at {
        if a == body {
            break;
        }
        let Some(s) = t.infos[a].score else {
            at = t.infos[a].parent;
            continue;
        };
        if s < threshold {
            break;
        }
        if s > last {
            top = a;
            break;
        }
        last = s;
        at = t.infos[a].parent;
    }
    // An only child stands for its parent.
    while let Some(p) = t.infos[top].parent {
        if p == body || t.infos[p].children != 1 {
            break;
        }
        top = p;
    }
    // Siblings that belong to the article.
    let top_score = score(&t, top);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = element(doc, &t, top).and_then(|e| e.attr("class").map(str::to_string));
    let mut roots = Vec::new();
    match t.infos[top].parent {
        Some(parent) => {
            for (k, i) in t.infos.iter().enumerate().skip(parent + 1) {
                if i.parent != Some(parent) {
                    continue;
                }
                if k == top {
                    roots.push(k);
                    continue;
                }
                let mut bonus = 0.0;
                if let (Some(tc), Some(e)) = (&top_class, element(doc, &t, k)) {
                    if !tc.is_empty() && e.attr("class") == Some(tc.as_str()) {
                        bonus = top_score * 0.2;
                    }
                }
                let append = match i.score {
                    Some(s) if s + bonus >= threshold => true,
                    _ if i.tag == Tag::P => {
                        let ld = i.link_density();
                        (i.text > 80 && ld < 0.25)
                            || (i.text < 80 && i.text > 0 && ld == 0.0 && ends_sentence(doc, i))
                    }
                    _ => false,
                };
                if append {
                    roots.push(k);
                }
            }
        }
        None => roots.push(top),
    }
    Some(finish(&t, doc, roots, flags))
}

fn element<'a>(doc: &'a Html, t: &Table, k: usize) -> Option<&'a Element> {
    doc.get(t.infos[k].id?)?.element()
}

/// Does a paragraph's text have a full stop followed by a space or its end?
fn ends_sentence(doc: &Html, i: &Info) -> bool {
    let Some(el) = i.id.and_then(|id| doc.get(id)) else {
        return false;
    };
    let text: String = el.text().collect();
    let t = text.trim_end();
    t.ends_with('.') || t.contains(". ")
}

/// The roots as node ids, and the blocks inside them to leave out.
fn finish(t: &Table, doc: &Html, roots: Vec<usize>, flags: Flags) -> Selection {
    let mut sel = Selection::default();
    for &r in &roots {
        if let Some(id) = t.infos[r].id {
            sel.roots.push(id);
        }
    }
    let in_roots = |k: usize| roots.iter().any(|&r| r < k && k < t.infos[r].end);
    // Blocks dropped by the unlikely pass are not in the table.
    sel.skip.extend(t.dropped.iter().copied());
    for (k, i) in t.infos.iter().enumerate() {
        let Some(id) = i.id else { continue };
        if roots.contains(&k) || !in_roots(k) {
            continue;
        }
        let Some(el) = element(doc, t, k) else {
            continue;
        };
        if is_unlikely(el)
            && (flags.strip_unlikely || i.text < 300)
            && !inside_table_or_code(t, doc, k)
        {
            sel.skip.insert(id);
            continue;
        }
        if matches!(i.tag, Tag::Heading | Tag::H1) && flags.weight_classes && i.weight < 0 {
            sel.skip.insert(id);
            continue;
        }
        if (is_share_bar(el) && i.text < 500)
            || (super::dom::has_boilerplate_word(el) && i.text < 300)
        {
            sel.skip.insert(id);
            continue;
        }
        if flags.clean_conditionally && should_drop(t, doc, k, flags) {
            sel.skip.insert(id);
        }
    }
    sel
}

fn inside_table_or_code(t: &Table, doc: &Html, mut k: usize) -> bool {
    while let Some(p) = t.infos[k].parent {
        if t.infos[p].tag == Tag::Table || element(doc, t, p).is_some_and(|e| e.name() == "code") {
            return true;
        }
        k = p;
    }
    false
}

fn is_share_bar(el: &Element) -> bool {
    [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .any(|a| {
            a.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("share") || w.eq_ignore_ascii_case("sharedaddy"))
        })
}

fn is_data_table(i: &Info) -> bool {
    i.tag == Tag::Table && (i.table_hints > 0 || i.rows >= 10)
}

/// Readability's conditional cleaning of lists, tables, forms and blocks.
fn should_drop(t: &Table, doc: &Html, k: usize, flags: Flags) -> bool {
    let i = &t.infos[k];
    let block_div = matches!(i.tag, Tag::Div | Tag::Section) && i.has_block_child;
    if !(block_div || matches!(i.tag, Tag::List | Tag::Table | Tag::Form)) {
        return false;
    }
    if element(doc, t, k).is_some_and(|e| e.name() == "dl") {
        return false;
    }
    if is_data_table(i) {
        return false;
    }
    // Inside a data table or code: kept.
    let mut at = i.parent;
    let mut in_figure = false;
    while let Some(p) = at {
        if is_data_table(&t.infos[p]) || element(doc, t, p).is_some_and(|e| e.name() == "code") {
            return false;
        }
        in_figure |= t.infos[p].tag == Tag::Figure;
        at = t.infos[p].parent;
    }
    if i.table_hints > 0 && i.tag != Tag::Table {
        // Holds a data table.
        return false;
    }
    let is_list = i.tag == Tag::List || (i.text > 0 && i.list_text * 10 > i.text * 9);
    let weight = if flags.weight_classes { i.weight } else { 0 };
    if weight < 0 {
        return true;
    }
    if i.commas >= 10 {
        return false;
    }
    let p = i.p as f64;
    let img = i.img as f64;
    let li = i.li as f64 - 100.0;
    let heading_density = if i.text == 0 {
        0.0
    } else {
        i.heading_text as f64 / i.text as f64
    };
    let text_density = if i.text == 0 {
        0.0
    } else {
        i.textish_text as f64 / i.text as f64
    };
    let ld = i.link_density();
    let len = i.text;
    let drop = (!in_figure && i.img > 1 && p / img < 0.5)
        || (!is_list && li > p)
        || (i.input as f64 > (p / 3.0).floor())
        || (!is_list
            && !in_figure
            && heading_density < 0.9
            && len < 25
            && (i.img == 0 || i.img > 2)
            && ld > 0.0)
        || (!is_list && weight < 25 && ld > 0.2)
        || (weight >= 25 && ld > 0.5)
        || ((i.embed == 1 && len < 75) || i.embed > 1)
        || (i.img == 0 && text_density == 0.0 && len > 0);
    if is_list && drop {
        // A gallery list of one image per item stays.
        return i.img == 0 || i.img != i.li;
    }
    drop
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_counts_whitespace_runs_once_and_commas_in_any_script() {
        assert_eq!(text_len("  a,  b\u{a0}c ، d "), (10, 2));
        assert_eq!(text_len("राजनाथ सिंह"), ("राजनाथ सिंह".chars().count(), 0));
        assert_eq!(text_len(" \n\t "), (0, 0));
        assert_eq!(text_len("a，b、c⸲d\u{3000}e"), (9, 3));
    }

    #[test]
    fn class_words_match_anywhere_in_any_case() {
        let mut s = Substrings::default();
        s.add("sidebar");
        s.add("-ad-");
        assert!(s.found_in("col-md-4 Right-SideBar"));
        assert!(s.found_in("top-ad-slot"));
        assert!(!s.found_in("side bar header"));
        assert!(!Substrings::default().found_in("sidebar"));
        assert!(words().unlikely.found_in("comment-list"));
    }
}
