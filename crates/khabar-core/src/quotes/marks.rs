//! Finding quoted spans: pairs of quotation marks, paragraph by paragraph.
//!
//! Double marks (" “ ”) are paired first; single marks (' ‘ ’) are paired
//! only outside double-quoted spans, so a single-quoted phrase inside a
//! double quote is part of the outer quote (nested quotes are not separate
//! quotes). An apostrophe between letters ("Hon'ble", "Putin's") is never
//! a mark. A double quote still open at the end of a paragraph continues
//! when the next paragraph opens with a double mark (the newspaper
//! convention for quotes over several paragraphs); otherwise it closes at
//! the end of its paragraph.

use crate::text::chars::is_word_char;

/// A quoted span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the paragraph end).
    pub close: usize,
    /// The words inside the marks.
    pub start: usize,
    pub end: usize,
    /// Single marks rather than double.
    pub single: bool,
}

fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => p.is_whitespace() || "([{—–-:/".contains(p),
    }
}

/// Finds every quoted span of `text`, in order.
pub(crate) fn find(text: &str) -> Vec<Marked> {
    let mut per_line: Vec<(Vec<Marked>, bool, usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let (spans, unclosed) = scan_line(text, offset, offset + body.len());
        per_line.push((spans, unclosed, offset, offset + body.len()));
        offset += line.len();
    }
    // Join quotes that continue over paragraphs.
    let mut out: Vec<Marked> = Vec::new();
    let mut carry: Option<Marked> = None;
    for (spans, unclosed, line_start, line_end) in per_line {
        let trimmed_start = text.get(line_start..line_end).map_or(line_start, |l| {
            line_start + (l.len() - l.trim_start().len())
        });
        if line_start == line_end || trimmed_start == line_end {
            continue; // blank line: a carried quote may still reopen below
        }
        let mut spans = spans.into_iter().peekable();
        if let Some(c) = carry.take() {
            match spans.peek() {
                Some(first) if !first.single && first.open == trimmed_start => {
                    let first = *first;
                    spans.next();
                    let joined = Marked {
                        close: first.close,
                        end: first.end,
                        ..c
                    };
                    if unclosed && spans.peek().is_none() {
                        carry = Some(joined);
                    } else {
                        out.push(joined);
                    }
                }
                _ => out.push(c),
            }
        }
        while let Some(s) = spans.next() {
            if unclosed && spans.peek().is_none() && !s.single {
                carry = Some(s);
            } else {
                out.push(s);
            }
        }
    }
    if let Some(c) = carry {
        out.push(c);
    }
    out.retain(|m| m.start < m.end);
    crate::util::sort::sort_by_key(&mut out, |m| m.open);
    out
}

/// Pairs the marks of one paragraph `text[from..to]`. Returns the spans and
/// whether the last double-quoted span is still open at the end.
fn scan_line(text: &str, from: usize, to: usize) -> (Vec<Marked>, bool) {
    let Some(line) = text.get(from..to) else {
        return (Vec::new(), false);
    };
    // Most paragraphs hold no mark at all: " ' or U+2018..U+201D, whose
    // UTF-8 starts with the byte E2.
    if !line.bytes().any(|b| b == b'"' || b == b'\'' || b == 0xE2) {
        return (Vec::new(), false);
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut spans: Vec<Marked> = Vec::new();
    let mut open: Option<usize> = None; // index into chars
    for k in 0..chars.len() {
        let c = chars[k].1;
        // Only the double marks open or close here.
        if !matches!(c, '"' | '\u{201C}' | '\u{201D}') {
            continue;
        }
        let prev = if k == 0 { None } else { at(k - 1) };
        let next = at(k + 1);
        let next_is_gap = next.is_none_or(|n| n.is_whitespace() || (!is_word_char(n)));
        let is_open = match c {
            '"' => open.is_none() && next.is_some_and(|n| !n.is_whitespace()),
            '\u{201C}' => open.is_none(),
            '\u{201D}' => {
                open.is_none() && opens_after(prev) && next.is_some_and(|n| !n.is_whitespace())
            }
            _ => false,
        };
        let is_close = match c {
            '"' | '\u{201D}' => open.is_some(),
            '\u{201C}' => open.is_some() && next_is_gap,
            _ => false,
        };
        if is_open {
            open = Some(k);
        } else if is_close {
            if let Some(o) = open.take() {
                spans.push(make(&chars, from, line, o, Some(k), false));
            }
        }
    }
    let unclosed = if let Some(o) = open {
        spans.push(make(&chars, from, line, o, None, false));
        true
    } else {
        false
    };
    // Single marks, outside the double-quoted spans.
    let mut singles = Vec::new();
    let mut pending: Option<usize> = None;
    let mut region = 0usize; // index of the double span we are past
    for k in 0..chars.len() {
        let abs = from + chars[k].0;
        while region < spans.len() && spans[region].close <= abs {
            region += 1;
            pending = None;
        }
        if region < spans.len() && spans[region].open <= abs {
            pending = None;
            continue;
        }
        let c = chars[k].1;
        // Only the single marks open or close here.
        if !matches!(c, '\'' | '\u{2018}' | '\u{2019}') {
            continue;
        }
        let prev = if k == 0 { None } else { at(k - 1) };
        let next = at(k + 1);
        let can_open = match c {
            '\'' => opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()),
            '\u{2018}' => {
                prev.is_none_or(|p| !is_word_char(p)) && next.is_some_and(|n| !n.is_whitespace())
            }
            _ => false,
        };
        let can_close = matches!(c, '\'' | '\u{2019}')
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| !is_word_char(n));
        if pending.is_some() && can_close {
            if let Some(o) = pending.take() {
                singles.push(make(&chars, from, line, o, Some(k), true));
            }
        } else if pending.is_none() && can_open {
            pending = Some(k);
        }
    }
    spans.extend(singles);
    crate::util::sort::sort_by_key(&mut spans, |m| m.open);
    (spans, unclosed)
}

fn make(
    chars: &[(usize, char)],
    base: usize,
    line: &str,
    open: usize,
    close: Option<usize>,
    single: bool,
) -> Marked {
    let len = line.len();
    let (o_pos, o_c) = chars.get(open).copied().unwrap_or((0, '"'));
    let start = (o_pos + o_c.len_utf8()).min(len);
    let (end, close_end) = match close.and_then(|k| chars.get(k)) {
        Some(&(p, c)) => (p, p + c.len_utf8()),
        None => (len, len),
    };
    // Trim whitespace inside the marks (a slice of the line: linear in the
    // span, not in the line).
    let inner = line.get(start..end.max(start)).unwrap_or("");
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (s, e) = if inner.trim().is_empty() {
        (start, start)
    } else {
        (start + lead, end - trail)
    };
    Marked {
        open: base + o_pos,
        close: base + close_end,
        start: base + s,
        end: base + e,
        single,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text).iter().map(|m| &text[m.start..m.end]).collect()
    }

    #[test]
    fn pairs_marks() {
        let cases: &[(&str, &[&str])] = &[
            ("He said, \"We will win.\"", &["We will win."]),
            ("“Curly quotes,” he said.", &["Curly quotes,"]),
            ("It was 'sabse ooncha' she said", &["sabse ooncha"]),
            ("‘Single curly’ marks", &["Single curly"]),
            ("Hon'ble Putin's Leaders' Summit", &[]),
            (
                "\"It is 'nested' here,\" he said.",
                &["It is 'nested' here,"],
            ),
            ("रक्षा मंत्री ने 'एक्स' पर कहा", &["एक्स"]),
            (
                "दोस्ती 'सबसे ऊंचे पर्वत से भी ऊंची है'.",
                &["सबसे ऊंचे पर्वत से भी ऊंची है"],
            ),
            ("\"a\" and \"b\"", &["a", "b"]),
            ("no marks at all", &[]),
            ("an \" unpaired", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
    }

    #[test]
    fn joins_paragraphs() {
        let text = "\"First paragraph of a quote.\n\n\"Second one,\" she said.";
        let q = find(text);
        assert_eq!(q.len(), 1);
        assert_eq!(
            &text[q[0].start..q[0].end],
            "First paragraph of a quote.\n\n\"Second one,"
        );
        // Unclosed and not reopened: closes at the paragraph end.
        let text = "\"Unclosed quote here\nNext paragraph.";
        assert_eq!(quoted(text), ["Unclosed quote here"]);
    }
}
