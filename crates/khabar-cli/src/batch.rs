//! The batch form: one JSON object per line in, one JSON object per line out.
//!
//! The contract that makes archive-scale runs safe (Spark's `RDD.pipe`,
//! Hadoop Streaming): one output line per input line, in input order; an
//! input that fails gives a line with `id` and `error`; no state is carried
//! between lines. Lines are read in bounded chunks, so memory stays bounded
//! whatever the size of the batch.

use std::io::{self, BufRead};

use khabar_core::{Document, LangHint};

/// One line of the batch form.
#[derive(serde::Deserialize)]
struct BatchLine {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

/// A line as read: its bytes, or only its length when it was over the limit.
#[derive(Debug, PartialEq, Eq)]
pub enum RawLine {
    /// The line, without its `\n` (and without a `\r` before it).
    Bytes(Vec<u8>),
    /// A line longer than the limit: its length; its bytes were skipped.
    TooLong(u64),
}

/// Reads one line of at most `limit` bytes. A longer line is skipped to its
/// end without being held in memory. `None` at the end of input.
pub fn read_line(r: &mut impl BufRead, limit: usize) -> io::Result<Option<RawLine>> {
    let mut buf = Vec::new();
    let mut len: u64 = 0;
    let mut any = false;
    loop {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        len += chunk.len() as u64;
        if len <= limit as u64 {
            buf.extend_from_slice(chunk);
        } else if !buf.is_empty() {
            buf = Vec::new();
        }
        let used = chunk.len() + usize::from(done);
        r.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if len > limit as u64 {
        return Ok(Some(RawLine::TooLong(len)));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(RawLine::Bytes(buf)))
}

/// Turns line `n` (1-based) into a document, or an id and the reason it
/// cannot be one.
pub fn parse(
    n: u64,
    bytes: &[u8],
    default_date: Option<&str>,
    default_lang: LangHint,
) -> Result<Document, (String, String)> {
    let fallback = format!("line {n}");
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err((
            fallback,
            "expected a JSON object {\"id\", \"text\" or \"html\", \"date\"?}, but the line is empty"
                .to_string(),
        ));
    }
    let line: BatchLine = serde_json::from_slice(bytes).map_err(|e| {
        (
            fallback.clone(),
            format!(
                "expected a JSON object {{\"id\", \"text\" or \"html\", \"date\"?}}, but this line does not parse: {e}"
            ),
        )
    })?;
    let id = match &line.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => fallback,
        Some(v) => v.to_string(),
    };
    let mut doc = match (line.text, line.html) {
        (Some(text), None) => Document::text(text),
        (None, Some(html)) => Document::html(html),
        (Some(_), Some(_)) => {
            return Err((
                id,
                "expected one of \"text\" or \"html\", but found both".to_string(),
            ))
        }
        (None, None) => {
            return Err((
                id,
                "expected a \"text\" or \"html\" field, but found neither".to_string(),
            ))
        }
    };
    doc.lang = match line.lang.as_deref() {
        None => default_lang,
        Some(l) => LangHint::parse(l).ok_or_else(|| {
            (
                id.clone(),
                format!("expected \"lang\" to be auto, en or hi, but found {l:?}"),
            )
        })?,
    };
    doc.date = line.date.or_else(|| default_date.map(str::to_string));
    doc.id = Some(id);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<RawLine> {
        let mut r = io::BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        while let Ok(Some(l)) = read_line(&mut r, limit) {
            out.push(l);
        }
        out
    }

    fn b(s: &str) -> RawLine {
        RawLine::Bytes(s.as_bytes().to_vec())
    }

    #[test]
    fn reads_lines_across_buffer_boundaries() {
        let cases: &[(&str, usize, Vec<RawLine>)] = &[
            ("", 100, vec![]),
            ("a", 100, vec![b("a")]),
            ("a\n", 100, vec![b("a")]),
            ("a\n\nb", 100, vec![b("a"), b(""), b("b")]),
            ("abc\r\ndef\r\n", 100, vec![b("abc"), b("def")]),
            ("0123456789\nok\n", 5, vec![RawLine::TooLong(10), b("ok")]),
            ("ok\n0123456789", 5, vec![b("ok"), RawLine::TooLong(10)]),
            ("12345\n", 5, vec![b("12345")]),
        ];
        for (input, limit, want) in cases {
            assert_eq!(&lines(input.as_bytes(), *limit), want, "{input:?}");
        }
    }

    #[test]
    fn parses_lines_or_says_why_not() {
        let ok = parse(
            3,
            br#"{"id":"a","text":"hi","date":"2025-01-02"}"#,
            None,
            LangHint::Auto,
        );
        let doc = ok.unwrap_or_default();
        assert_eq!(doc.id.as_deref(), Some("a"));
        assert_eq!(doc.date.as_deref(), Some("2025-01-02"));

        let numeric = parse(
            1,
            br#"{"id":7,"html":"<p>x</p>"}"#,
            Some("2024-01-01"),
            LangHint::Hi,
        );
        let doc = numeric.unwrap_or_default();
        assert_eq!(doc.id.as_deref(), Some("7"));
        assert_eq!(doc.date.as_deref(), Some("2024-01-01"));
        assert_eq!(doc.lang, LangHint::Hi);

        let cases: &[(&[u8], &str, &str)] = &[
            (b"", "line 9", "the line is empty"),
            (b"{not json", "line 9", "does not parse"),
            (b"[1,2]", "line 9", "does not parse"),
            (br#"{"id":"x"}"#, "x", "found neither"),
            (br#"{"id":"x","text":"a","html":"b"}"#, "x", "found both"),
            (br#"{"text":"a","lang":"fr"}"#, "line 9", "found \"fr\""),
            (b"\xff\xfe", "line 9", "does not parse"),
        ];
        for (input, id, reason) in cases {
            match parse(9, input, None, LangHint::Auto) {
                Ok(_) => panic!("{input:?} should fail"),
                Err((got_id, got_reason)) => {
                    assert_eq!(&got_id, id);
                    assert!(got_reason.contains(reason), "{got_reason}");
                }
            }
        }
    }
}
