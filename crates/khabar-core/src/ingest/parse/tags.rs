//! The HTML standard's classes of tag names, as the parser asks them:
//! which elements are void, raw text, special, scope boundaries; which
//! start tags close an open `<p>` or leave SVG and MathML.

use crate::ingest::tree::Name;

/// Tag names the readers compare against, interned as static strings.
pub(super) const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "address",
    "amp-ad",
    "amp-analytics",
    "amp-consent",
    "amp-embed",
    "amp-iframe",
    "amp-img",
    "amp-sidebar",
    "amp-social-share",
    "amp-sticky-ad",
    "amp-user-notification",
    "amp-video",
    "applet",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "keygen",
    "label",
    "li",
    "link",
    "listing",
    "main",
    "map",
    "mark",
    "marquee",
    "math",
    "menu",
    "meta",
    "nav",
    "nobr",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "p",
    "param",
    "picture",
    "plaintext",
    "pre",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "xmp",
];

pub(super) fn name_of(lower: &str) -> Name {
    match KNOWN.binary_search(&lower) {
        Ok(i) => Name::Known(KNOWN[i]),
        Err(_) => Name::Other(lower.into()),
    }
}

pub(super) fn is_void(n: &str) -> bool {
    matches!(
        n,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose content is text up to their end tag; `true` when
/// character references are read in it.
pub(super) fn raw_text(n: &str) -> Option<bool> {
    match n {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(false),
        "title" | "textarea" => Some(true),
        _ => None,
    }
}

/// Start tags that close an open `<p>`.
pub(super) fn closes_p(n: &str) -> bool {
    matches!(
        n,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "pre"
            | "listing"
            | "form"
            | "table"
            | "hr"
            | "xmp"
            | "plaintext"
            | "li"
            | "dd"
            | "dt"
    ) || is_heading(n)
}

pub(super) fn is_heading(n: &str) -> bool {
    matches!(n, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The standard's "special" elements: an end tag of another name never
/// closes across them.
pub(super) fn is_special(n: &str) -> bool {
    closes_p(n)
        || is_void(n)
        || matches!(
            n,
            "applet"
                | "body"
                | "button"
                | "caption"
                | "colgroup"
                | "frameset"
                | "head"
                | "html"
                | "iframe"
                | "marquee"
                | "noembed"
                | "noframes"
                | "noscript"
                | "object"
                | "script"
                | "select"
                | "style"
                | "tbody"
                | "td"
                | "template"
                | "textarea"
                | "tfoot"
                | "th"
                | "thead"
                | "title"
                | "tr"
        )
}

/// Where a scope search stops.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

pub(super) fn scope_bounds(scope: Scope, n: &str) -> bool {
    match scope {
        Scope::Table => matches!(n, "html" | "table" | "template"),
        _ => {
            matches!(
                n,
                "applet"
                    | "caption"
                    | "html"
                    | "table"
                    | "td"
                    | "th"
                    | "marquee"
                    | "object"
                    | "template"
                    | "foreignobject"
                    | "desc"
            ) || (scope == Scope::ListItem && matches!(n, "ol" | "ul"))
                || (scope == Scope::Button && n == "button")
        }
    }
}

/// Elements that can hold a head's content before the body starts.
pub(super) fn in_head(n: &str) -> bool {
    matches!(
        n,
        "base"
            | "basefont"
            | "bgsound"
            | "link"
            | "meta"
            | "title"
            | "style"
            | "script"
            | "noscript"
            | "noframes"
            | "template"
    )
}

/// Start tags that leave SVG or MathML content.
pub(super) fn breaks_out_of_foreign(n: &str) -> bool {
    matches!(
        n,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
    ) || is_heading(n)
}
