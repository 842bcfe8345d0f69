//! The parsed page: an arena of nodes in document order.
//!
//! [`super::parse`] builds it; the article search, the text writer and the
//! metadata readers walk it. The parser only ever appends a node as the
//! last child of the innermost open element, so every node's subtree is one
//! contiguous run of the arena: a node's descendants are the nodes between
//! it and its `end`. Walking a subtree is a loop over indices, skipping one
//! is a jump, and a node's id is its place in document order.

use std::fmt;

/// A node's place in the arena (and in document order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct NodeId(u32);

const NONE: u32 = u32::MAX;

/// What a node is. Comments and doctypes are not kept.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Node<'a> {
    Document,
    Element(&'a Element),
    Text(&'a str),
}

/// A node as stored: text lives in the tree's one text buffer.
enum Stored {
    Document,
    Element(Element),
    Text { start: u32, end: u32 },
}

/// An element: its lower-cased name and attributes in source order (the
/// first of duplicated names kept, values with character references
/// decoded).
pub(crate) struct Element {
    name: Name,
    attrs: Vec<(Box<str>, Box<str>)>,
}

/// A tag name: the HTML names the readers ask about are static strings,
/// any other name is owned.
pub(crate) enum Name {
    Known(&'static str),
    Other(Box<str>),
}

impl Name {
    fn as_str(&self) -> &str {
        match self {
            Name::Known(s) => s,
            Name::Other(s) => s,
        }
    }
}

impl Element {
    pub(crate) fn new(name: Name, attrs: Vec<(Box<str>, Box<str>)>) -> Self {
        Element { name, attrs }
    }

    pub(crate) fn name(&self) -> &str {
        self.name.as_str()
    }

    /// `(name, value)` pairs in source order.
    pub(crate) fn attrs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attrs.iter().map(|(n, v)| (&**n, &**v))
    }

    /// An attribute's value by its (lower-case) name.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }

    /// The words of the `class` attribute.
    pub(crate) fn classes(&self) -> impl Iterator<Item = &str> {
        self.attr("class").unwrap_or("").split_ascii_whitespace()
    }

    /// The `id` attribute.
    pub(crate) fn id(&self) -> Option<&str> {
        self.attr("id")
    }

    /// Does the element have an attribute of this name?
    pub(crate) fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| &**n == name)
    }
}

impl fmt::Debug for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}", self.name())?;
        for (n, v) in self.attrs() {
            write!(f, " {n}={v:?}")?;
        }
        write!(f, ">")
    }
}

struct Slot {
    value: Stored,
    parent: u32,
    next_sibling: u32,
    last_child: u32,
    /// One past the last node of the subtree.
    end: u32,
}

/// A parsed page.
pub(crate) struct Html {
    nodes: Vec<Slot>,
    /// Every text node's characters, in document order.
    text: String,
}

impl Html {
    /// A tree holding only the document node.
    pub(crate) fn new() -> Self {
        Html {
            nodes: vec![Slot {
                value: Stored::Document,
                parent: NONE,
                next_sibling: NONE,
                last_child: NONE,
                end: 1,
            }],
            text: String::new(),
        }
    }

    pub(crate) fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// The first element child of the document (`<html>`), else the
    /// document node itself.
    pub(crate) fn root_element(&self) -> NodeRef<'_> {
        self.node(NodeId(0))
            .children()
            .find(|c| c.element().is_some())
            .unwrap_or_else(|| self.node(NodeId(0)))
    }

    pub(crate) fn node(&self, id: NodeId) -> NodeRef<'_> {
        NodeRef { doc: self, id }
    }

    pub(crate) fn get(&self, id: NodeId) -> Option<NodeRef<'_>> {
        (id.index() < self.nodes.len()).then_some(NodeRef { doc: self, id })
    }

    /// Every element of the page in document order.
    pub(crate) fn elements(&self) -> impl Iterator<Item = NodeRef<'_>> {
        (0..self.nodes.len() as u32)
            .map(|i| self.node(NodeId(i)))
            .filter(|n| n.element().is_some())
    }

    /// The page's elements of one name, in document order.
    pub(crate) fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        self.elements()
            .filter(move |n| n.element().is_some_and(|e| e.name() == name))
    }

    /// Appends an element as the last child of `parent`; the caller closes
    /// it with [`Html::close`] before appending anything outside it.
    pub(crate) fn append(&mut self, parent: NodeId, element: Element) -> NodeId {
        self.push(parent, Stored::Element(element))
    }

    fn push(&mut self, parent: NodeId, value: Stored) -> NodeId {
        let id = self.nodes.len() as u32;
        let p = parent.0 as usize;
        if let Some(last) = self.nodes.get(p).map(|s| s.last_child) {
            if last != NONE {
                if let Some(prev) = self.nodes.get_mut(last as usize) {
                    prev.next_sibling = id;
                }
            }
            if let Some(ps) = self.nodes.get_mut(p) {
                ps.last_child = id;
            }
        }
        self.nodes.push(Slot {
            value,
            parent: parent.0,
            next_sibling: NONE,
            last_child: NONE,
            end: id + 1,
        });
        NodeId(id)
    }

    /// Appends text to `parent`, joined to its last child when that is
    /// text already.
    pub(crate) fn append_text(&mut self, parent: NodeId, text: &str) {
        let at = self.text.len() as u32;
        self.text.push_str(text);
        let end = self.text.len() as u32;
        let last = self
            .nodes
            .get(parent.index())
            .map_or(NONE, |s| s.last_child);
        if last != NONE {
            if let Some(Slot {
                value: Stored::Text { end: e, .. },
                ..
            }) = self.nodes.get_mut(last as usize)
            {
                if *e == at {
                    *e = end;
                    return;
                }
            }
        }
        self.push(parent, Stored::Text { start: at, end });
    }

    /// Ends `id`'s subtree at the current end of the arena.
    pub(crate) fn close(&mut self, id: NodeId) {
        let end = self.nodes.len() as u32;
        if let Some(s) = self.nodes.get_mut(id.index()) {
            s.end = end;
        }
    }
}

impl Default for Html {
    fn default() -> Self {
        Html::new()
    }
}

impl NodeId {
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// A node of a tree, to walk from.
#[derive(Clone, Copy)]
pub(crate) struct NodeRef<'a> {
    doc: &'a Html,
    id: NodeId,
}

impl PartialEq for NodeRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && std::ptr::eq(self.doc, other.doc)
    }
}

impl fmt::Debug for NodeRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}", self.value(), self.id.0)
    }
}

/// One step of a walk: entering a node, or leaving it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Edge<'a> {
    Open(NodeRef<'a>),
    Close(NodeRef<'a>),
}

impl<'a> NodeRef<'a> {
    fn slot(&self) -> &'a Slot {
        &self.doc.nodes[self.id.index()]
    }

    pub(crate) fn id(&self) -> NodeId {
        self.id
    }

    pub(crate) fn value(&self) -> Node<'a> {
        match &self.slot().value {
            Stored::Document => Node::Document,
            Stored::Element(e) => Node::Element(e),
            Stored::Text { start, end } => Node::Text(
                self.doc
                    .text
                    .get(*start as usize..*end as usize)
                    .unwrap_or(""),
            ),
        }
    }

    /// The element, when this node is one.
    pub(crate) fn element(&self) -> Option<&'a Element> {
        match &self.slot().value {
            Stored::Element(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn parent(&self) -> Option<NodeRef<'a>> {
        let p = self.slot().parent;
        (p != NONE).then(|| self.doc.node(NodeId(p)))
    }

    /// Its ancestors, nearest first (not itself).
    pub(crate) fn ancestors(&self) -> impl Iterator<Item = NodeRef<'a>> {
        std::iter::successors(self.parent(), |n| n.parent())
    }

    /// Its children in order.
    pub(crate) fn children(&self) -> impl Iterator<Item = NodeRef<'a>> {
        let doc = self.doc;
        let first = self.id.0 + 1;
        let first = (first < self.slot().end).then_some(first);
        std::iter::successors(first, move |&i| {
            let n = doc.nodes[i as usize].next_sibling;
            (n != NONE).then_some(n)
        })
        .map(move |i| doc.node(NodeId(i)))
    }

    /// Itself and everything under it, in document order.
    pub(crate) fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> {
        let doc = self.doc;
        (self.id.0..self.slot().end).map(move |i| doc.node(NodeId(i)))
    }

    /// Is `other` under this node (or this node)?
    pub(crate) fn contains(&self, other: NodeId) -> bool {
        self.id.0 <= other.0 && other.0 < self.slot().end
    }

    /// The text nodes under it, in order.
    pub(crate) fn text(&self) -> impl Iterator<Item = &'a str> {
        self.descendants().filter_map(|n| match n.value() {
            Node::Text(t) => Some(t),
            _ => None,
        })
    }

    /// A walk of the subtree: each node opened, then its children, then
    /// closed.
    pub(crate) fn traverse(&self) -> Traverse<'a> {
        Traverse {
            doc: self.doc,
            next: self.id.0,
            end: self.slot().end,
            open: Vec::new(),
        }
    }
}

/// See [`NodeRef::traverse`].
pub(crate) struct Traverse<'a> {
    doc: &'a Html,
    next: u32,
    end: u32,
    open: Vec<u32>,
}

impl Traverse<'_> {
    /// Leaves out what is under the node opened last: its close comes
    /// next.
    pub(crate) fn skip_subtree(&mut self) {
        if let Some(&top) = self.open.last() {
            self.next = self.next.max(self.doc.nodes[top as usize].end);
        }
    }
}

impl<'a> Iterator for Traverse<'a> {
    type Item = Edge<'a>;

    fn next(&mut self) -> Option<Edge<'a>> {
        if let Some(&top) = self.open.last() {
            if self.next >= self.doc.nodes[top as usize].end {
                self.open.pop();
                return Some(Edge::Close(self.doc.node(NodeId(top))));
            }
        }
        if self.next >= self.end {
            return None;
        }
        let k = self.next;
        self.next += 1;
        self.open.push(k);
        Some(Edge::Open(self.doc.node(NodeId(k))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(name: &'static str) -> Element {
        Element::new(Name::Known(name), Vec::new())
    }

    #[test]
    fn subtrees_are_ranges_and_walks_nest() {
        let mut doc = Html::new();
        let html = doc.append(doc.root(), el("html"));
        let body = doc.append(html, el("body"));
        let p = doc.append(body, el("p"));
        doc.append_text(p, "Lok ");
        doc.append_text(p, "Sabha");
        doc.close(p);
        let div = doc.append(body, el("div"));
        doc.close(div);
        doc.close(body);
        doc.close(html);
        doc.close(doc.root());
        let names: Vec<String> = doc
            .node(body)
            .children()
            .map(|c| c.element().map_or("#", |e| e.name()).to_string())
            .collect();
        assert_eq!(names, ["p", "div"]);
        assert_eq!(doc.node(body).text().collect::<Vec<_>>(), ["Lok Sabha"]);
        let walk: Vec<String> = doc
            .node(body)
            .traverse()
            .map(|e| match e {
                Edge::Open(n) => format!("+{}", n.id().0),
                Edge::Close(n) => format!("-{}", n.id().0),
            })
            .collect();
        assert_eq!(walk, ["+2", "+3", "+4", "-4", "-3", "+5", "-5", "-2"]);
        let mut t = doc.node(body).traverse();
        t.next();
        t.next(); // opens p
        t.skip_subtree();
        assert!(matches!(t.next(), Some(Edge::Close(n)) if n.id() == p));
        assert!(doc.node(body).contains(div) && !doc.node(p).contains(div));
        assert_eq!(doc.root_element().id(), html);
        assert_eq!(doc.node(p).ancestors().count(), 3);
    }
}
