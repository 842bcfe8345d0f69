//! Capping how deeply markup nests, before the HTML parser sees it.
//!
//! html5ever's tree builder checks scopes by walking the stack of open
//! elements, so its cost grows with depth × elements: 40,000 nested `<div>`
//! took 17.7 s. Browsers stop nesting too (Blink at 512). This linear
//! pre-pass drops start tags (and their matching end tags) nested deeper
//! than [`MAX_DEPTH`]; their content stays, attached to the deepest kept
//! element, so no text is lost.
//!
//! Depth counts elements that need an end tag: void elements (`<br>`,
//! `<img>`), self-closed tags and elements whose end tag is optional and
//! that the parser closes by itself (`<p>`, `<li>`, `<td>`, …) do not
//! count, nor do raw-text elements (never dropped, so a script's content
//! never becomes text), so ordinary pages with unclosed paragraphs never reach the cap.
//! Comments, doctypes and the content of raw-text elements (`<script>`,
//! `<style>`, `<textarea>`, `<title>`, …) are copied unchanged.

use std::borrow::Cow;

/// Deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

/// Elements that never take content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose end tag is optional: the parser closes them by itself.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// A tag found at a `<`.
struct Tag {
    /// Byte offset past the tag's `>` (or the text end).
    end: usize,
    /// Lower-cased name (empty for comments, doctypes, processing
    /// instructions and a `<` that opens no tag).
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Reads the tag starting at `bytes[at] == b'<'`.
fn read_tag(html: &str, at: usize) -> Tag {
    let bytes = html.as_bytes();
    let len = bytes.len();
    let rest = html.get(at..).unwrap_or("");
    let none = |end: usize| Tag {
        end,
        name: String::new(),
        closing: false,
        self_closing: false,
    };
    if rest.starts_with("<!--") {
        let end = rest
            .get(4..)
            .and_then(|r| r.find("-->"))
            .map_or(len, |p| at + 4 + p + 3);
        return none(end);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>').map_or(len, |p| at + p + 1);
        return none(end);
    }
    let mut i = at + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        // A bare `<` in text.
        return none(at + 1);
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'/')
    {
        i += 1;
    }
    let name = html.get(name_start..i).unwrap_or("").to_ascii_lowercase();
    // Attributes: skip quoted values, which may hold '>'.
    let mut quote: Option<u8> = None;
    let mut last = 0u8;
    while i < len {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => {
                return Tag {
                    end: i + 1,
                    name,
                    closing,
                    self_closing: last == b'/',
                };
            }
            None => {}
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
        i += 1;
    }
    Tag {
        end: len,
        name,
        closing,
        self_closing: false,
    }
}

/// Finds the end tag `</name` (ASCII case-insensitive) from `from`; returns
/// the offset of its `<`, or the text end.
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(p) = html.get(i..).and_then(|r| r.find("</")) {
        let at = i + p;
        let n = at + 2;
        if bytes
            .get(n..n + name.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
        {
            return at;
        }
        i = n;
    }
    html.len()
}

/// `html` with start tags nested deeper than `max` (and their end tags)
/// removed; borrowed when nothing is that deep.
pub(crate) fn cap(html: &str, max: usize) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already in `out`
    let mut depth = 0usize;
    let mut i = 0usize;
    while let Some(p) = html.get(i..).and_then(|r| r.find('<')) {
        let at = i + p;
        let tag = read_tag(html, at);
        let mut next = tag.end.max(at + 1);
        let counts = !tag.name.is_empty()
            && !VOID.contains(&tag.name.as_str())
            && !OPTIONAL_END.contains(&tag.name.as_str())
            // Raw-text elements hold no elements: never dropped, so their
            // content never turns into text.
            && !RAW.contains(&tag.name.as_str());
        let mut drop = false;
        if counts && tag.closing {
            drop = depth > max;
            depth = depth.saturating_sub(1);
        } else if counts && !tag.self_closing {
            depth += 1;
            drop = depth > max;
        }
        if !tag.closing && RAW.contains(&tag.name.as_str()) && !tag.self_closing {
            // Raw text: jump to its end tag, which the loop then reads.
            next = find_end_tag(html, next, &tag.name);
        }
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(html.get(copied..at).unwrap_or(""));
            copied = tag.end;
        }
        i = next;
        while i < html.len() && !html.is_char_boundary(i) {
            i += 1;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(html.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_nesting() {
        let cases: &[(&str, usize, &str)] = &[
            (
                "<div><div><div>x</div></div></div>",
                2,
                "<div><div>x</div></div>",
            ),
            ("<div><div>x</div></div>", 2, "<div><div>x</div></div>"),
            // Void, self-closed and optional-end tags do not count.
            (
                "<div><p>a<p>b<br><img/>c</div>",
                1,
                "<div><p>a<p>b<br><img/>c</div>",
            ),
            // Raw text and comments are left alone.
            (
                "<div><script>\"<div><div>\"</script><!-- <div><div> --></div>",
                1,
                "<div><script>\"<div><div>\"</script><!-- <div><div> --></div>",
            ),
            // Quoted '>' inside attributes.
            (
                "<div title=\"a>b\"><span>x</span></div>",
                1,
                "<div title=\"a>b\">x</div>",
            ),
            ("<span><b><i>Modi spoke.", 2, "<span><b>Modi spoke."),
            ("a < b and <3 राजनाथ", 0, "a < b and <3 राजनाथ"),
            ("<div", 0, ""),
        ];
        for (html, max, want) in cases {
            assert_eq!(cap(html, *max), *want, "{html}");
        }
    }

    #[test]
    fn borrowed_when_shallow() {
        assert!(matches!(cap("<p>x</p>", MAX_DEPTH), Cow::Borrowed(_)));
    }
}
