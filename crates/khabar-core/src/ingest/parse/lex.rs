//! Reading the source: a tag with its attributes (names lower-cased,
//! values with references decoded), the raw content of a `<script>` up to
//! its end tag, and skipping comments. Every delimiter is ASCII, so every
//! cut falls on a character boundary.

use crate::ingest::charref;
use std::borrow::Cow;

/// A tag read from the source: its name lower-cased (borrowed from the
/// page when it is already).
pub(super) struct Tag<'s> {
    pub(super) name: Cow<'s, str>,
    pub(super) end: bool,
    pub(super) self_closing: bool,
    pub(super) attrs: Vec<(Box<str>, Box<str>)>,
}

/// Where reading goes on after the first `pat` at or after `from` (the end
/// of the page when there is none).
pub(super) fn skip_past(src: &str, from: usize, pat: &str) -> usize {
    match src.get(from..).and_then(|r| r.find(pat)) {
        Some(k) => from + k + pat.len(),
        None => src.len(),
    }
}

/// The raw content of `name` from `from`, and where reading goes on after
/// its end tag (`</name` followed by a space, `/` or `>`, any case).
pub(super) fn raw_content<'s>(src: &'s str, from: usize, name: &str) -> (&'s str, usize) {
    let bytes = src.as_bytes();
    let mut at = from;
    while let Some(k) = src.get(at..).and_then(|r| r.find("</")) {
        let start = at + k;
        let n = start + 2;
        let matches = bytes
            .get(n..n + name.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(name.as_bytes()))
            && matches!(
                bytes.get(n + name.len()),
                None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
            );
        if matches {
            let end = skip_past(src, n + name.len(), ">");
            return (&src[from..start], end);
        }
        at = start + 2;
    }
    (&src[from..], src.len())
}

/// `s` in ASCII lower case, borrowed when it is already.
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// Reads a tag whose name starts at `at`; returns it and where reading
/// goes on, or `None` when the page ends inside it.
pub(super) fn read_tag(src: &str, at: usize, end: bool) -> Option<(Tag<'_>, usize)> {
    let b = src.as_bytes();
    let mut i = at;
    while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = lower(&src[at..i]);
    let mut tag = Tag {
        name,
        end,
        self_closing: false,
        attrs: Vec::new(),
    };
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        match b.get(i) {
            None => return None,
            Some(b'>') => return Some((tag, i + 1)),
            Some(b'/') => {
                i += 1;
                if b.get(i) == Some(&b'>') {
                    tag.self_closing = true;
                    return Some((tag, i + 1));
                }
                continue;
            }
            Some(_) => {}
        }
        // An attribute name: up to a space, '/', '>' or '=' (a leading
        // '=' is part of the name).
        let start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = &src[start..i];
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let from = i + 1;
                    let close = src[from..].find(q as char).map(|k| from + k)?;
                    value = &src[from..close];
                    i = close + 1;
                }
                Some(_) => {
                    let from = i;
                    while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                    value = &src[from..i];
                }
                None => return None,
            }
        }
        if tag.end {
            continue; // attributes of end tags are read and dropped
        }
        let lower = lower(attr_name);
        if tag.attrs.iter().any(|(n, _)| **n == *lower) {
            continue;
        }
        let value: Box<str> = if value.contains('&') {
            charref::decode(value, true).into()
        } else {
            value.into()
        };
        tag.attrs.push((lower.into(), value));
    }
}
