//! Markdown articles: the text a reader sees, line by line.
//!
//! Headings lose their `#`s (the first one is the title), emphasis markers
//! and link targets go, images go, list markers and `>` quote marks go.
//! Paragraphs keep their blank lines, so the text stays readable and the
//! paragraph finder sees the same blocks a Markdown renderer would.

/// Plain text and the first heading.
pub fn to_text(md: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(md.len());
    let mut title = None;
    let mut in_fence = false;
    for line in md.split('\n') {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if is_rule(t) {
            out.push('\n');
            continue;
        }
        let mut body = t;
        let heading = body.starts_with('#');
        body = body.trim_start_matches('#').trim_start();
        while let Some(rest) = body.strip_prefix('>') {
            body = rest.trim_start();
        }
        body = strip_list_marker(body);
        let inline = inline(body);
        if heading && title.is_none() && !inline.is_empty() {
            title = Some(inline.clone());
        }
        out.push_str(&inline);
        out.push('\n');
        if heading {
            out.push('\n');
        }
    }
    (out, title)
}

fn is_rule(t: &str) -> bool {
    t.len() >= 3
        && (t.chars().all(|c| c == '-' || c == ' ')
            || t.chars().all(|c| c == '*' || c == ' ')
            || t.chars().all(|c| c == '_' || c == ' '))
}

fn strip_list_marker(s: &str) -> &str {
    for m in ["- ", "* ", "+ "] {
        if let Some(r) = s.strip_prefix(m) {
            return r;
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        if let Some(r) = s[digits..]
            .strip_prefix(". ")
            .or_else(|| s[digits..].strip_prefix(") "))
        {
            return r;
        }
    }
    s
}

/// Inline markup → text: `[text](url)` → text, `![alt](src)` → nothing,
/// `**b**`/`__b__`/`*i*`/`` `c` `` → their content. Underscores inside
/// words and handles stay.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        match c {
            '!' if rest.starts_with("![") => {
                if let Some((_, after)) = link(&rest[1..]) {
                    rest = after;
                    continue;
                }
                out.push(c);
                rest = &rest[1..];
            }
            '[' => match link(rest) {
                Some((text, after)) => {
                    out.push_str(&inline(text));
                    rest = after;
                }
                None => {
                    out.push(c);
                    rest = &rest[1..];
                }
            },
            '*' | '`' => rest = &rest[1..],
            '_' if rest.starts_with("__") => rest = &rest[2..],
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// `[text](target)` at the start of `s` → (text, rest after it).
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find("](")?;
    let text = s.get(1..close)?;
    if text.contains('\n') || text.contains('[') {
        return None;
    }
    let after = &s[close + 2..];
    let end = after.find(')')?;
    Some((text, &after[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let (text, title) = to_text("# Putin meets *Rajnath*\n\n**NEW DELHI:** The [minister](https://x.y) met @raj_singh.\n\n![photo](a.jpg)\n> - A quote\n---\n1. First");
        assert_eq!(title.as_deref(), Some("Putin meets Rajnath"));
        assert_eq!(text, "Putin meets Rajnath\n\n\nNEW DELHI: The minister met @raj_singh.\n\n\nA quote\n\nFirst\n");
    }
}
