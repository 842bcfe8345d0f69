//! Embedded posts as they appear in text: the post's words, then a
//! signature line.
//!
//! Twitter/X embeds copy as "…post… pic.twitter.com/xyz" followed by
//! "— Rajnath Singh (@rajnathsingh) December 10, 2024"; Instagram embeds as
//! "A post shared by Name (@handle)". The post's words are the paragraph
//! above the signature (or the same line, before the dash). The post text
//! stays in the sentences — it is what the person said — while the
//! signature line becomes furniture.

use super::metadata;
use crate::model::{Embed, Span};

/// Embeds found in `text`, and the signature ranges (furniture).
pub fn find(text: &str, paragraphs: &[Span]) -> (Vec<Embed>, Vec<Span>) {
    let mut embeds = Vec::new();
    let mut signatures = Vec::new();
    for (k, p) in paragraphs.iter().enumerate() {
        let para = &text[p.start..p.end];
        // A paragraph may hold several lines when the text is hard-wrapped.
        let mut line_start = p.start;
        for line in crate::util::lines(para) {
            let here = line_start;
            line_start += line.len() + 1;
            if line.len() > 400 || !(line.contains("(@") || line.contains("post shared by")) {
                continue;
            }
            let Some(sig) = signature(line) else { continue };
            let sig_start = here + sig.offset;
            // The post: text before the dash on this line, else the lines
            // above it in this paragraph, else the previous paragraph.
            let before = text[p.start..sig_start].trim_end();
            let (post_start, post_end) = if !before.trim().is_empty() {
                let lead = before.len() - before.trim_start().len();
                (p.start + lead, p.start + before.len())
            } else if k > 0 {
                let prev = paragraphs[k - 1];
                (prev.start, prev.end)
            } else {
                (sig_start, sig_start)
            };
            let kind = if sig.instagram {
                "instagram"
            } else {
                "twitter"
            };
            embeds.push(Embed {
                kind: kind.to_string(),
                author: sig.author,
                handle: sig.handle,
                date: sig.date,
                text: text[post_start..post_end].trim().to_string(),
                start: post_start,
                end: here + line.trim_end().len(),
            });
            signatures.push(Span {
                start: sig_start,
                end: here + line.trim_end().len(),
            });
        }
    }
    (embeds, signatures)
}

/// A parsed signature line.
struct Signature {
    /// Byte offset of the signature (its dash) within the line.
    offset: usize,
    author: Option<String>,
    handle: Option<String>,
    date: Option<String>,
    instagram: bool,
}

/// "— Name (@handle) December 10, 2024" at the end of `line`.
fn signature(line: &str) -> Option<Signature> {
    if let Some(at) = line.find("post shared by") {
        let offset = line[..at]
            .trim_end()
            .strip_suffix('A')
            .map_or(at, |s| s.len());
        let rest = &line[at + "post shared by".len()..];
        let (author, handle, tail) = author_handle(rest);
        return Some(Signature {
            offset: offset.min(at),
            author,
            handle,
            date: tail.and_then(post_date),
            instagram: true,
        });
    }
    let open = line.rfind("(@")?;
    let close = open + line[open..].find(')')?;
    let handle = &line[open + 2..close];
    if handle.is_empty()
        || handle.len() > 30
        || !handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return None;
    }
    // The dash before the author's name.
    let before = &line[..open];
    let (dash_at, dash) = ["—", "–", "―", "- ", "-"]
        .iter()
        .filter_map(|d| before.rfind(d).map(|i| (i, *d)))
        .max_by_key(|(i, _)| *i)?;
    if dash_at > 0 && !before[..dash_at].ends_with(char::is_whitespace) {
        return None;
    }
    let author = before[dash_at + dash.len()..].trim();
    if author.len() > 80 || author.contains(['.', '!', '?', '।', '"']) {
        return None;
    }
    let tail = line[close + 1..].trim();
    let date = post_date(tail);
    // A tail that is not a date means this was not a signature.
    if !tail.is_empty() && date.is_none() {
        return None;
    }
    Some(Signature {
        offset: dash_at,
        author: (!author.is_empty()).then(|| author.to_string()),
        handle: Some(handle.to_string()),
        date,
        instagram: false,
    })
}

/// "Name (@handle) rest" → parts.
fn author_handle(s: &str) -> (Option<String>, Option<String>, Option<&str>) {
    let s = s.trim();
    match s.find("(@") {
        Some(open) => {
            let close = s[open..].find(')').map_or(s.len(), |k| open + k);
            let author = s[..open].trim();
            let handle = &s[open + 2..close];
            (
                (!author.is_empty()).then(|| author.to_string()),
                (!handle.is_empty()).then(|| handle.to_string()),
                s.get(close + 1..).map(str::trim),
            )
        }
        None => {
            let (name, rest) = s.split_once(" on ").unwrap_or((s, ""));
            (
                (!name.is_empty()).then(|| name.trim().to_string()),
                None,
                Some(rest),
            )
        }
    }
}

/// "December 10, 2024", "on Dec 10, 2024 at 3:05am PST" → ISO.
fn post_date(s: &str) -> Option<String> {
    let s = s.trim().trim_start_matches("on ").trim();
    let (d, _) = metadata::parse_date(s)?;
    d.date().map(|_| d.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twitter_signatures() {
        let text = "रक्षा मंत्री ने कहा.\nGlad to call on the Russian President. https://t.co/lDgg7AOG23 pic.twitter.com/iJWkM9Khmn\n— Rajnath Singh (@rajnathsingh) December 10, 2024\nअगला पैराग्राफ.";
        let paras = crate::segment::paragraphs(text);
        let (embeds, sigs) = find(text, &paras);
        assert_eq!(embeds.len(), 1);
        let e = &embeds[0];
        assert_eq!(e.author.as_deref(), Some("Rajnath Singh"));
        assert_eq!(e.handle.as_deref(), Some("rajnathsingh"));
        assert_eq!(e.date.as_deref(), Some("2024-12-10"));
        assert!(e.text.starts_with("Glad to call"));
        assert!(e.text.ends_with("iJWkM9Khmn"));
        assert_eq!(
            &text[sigs[0].start..sigs[0].end],
            "— Rajnath Singh (@rajnathsingh) December 10, 2024"
        );
        assert_eq!(&text[e.end - 4..e.end], "2024");
    }

    #[test]
    fn same_line_and_instagram() {
        let text = "We won! pic.twitter.com/x — Narendra Modi (@narendramodi) June 4, 2024\n\nSome text.\n\nA great day.\nA post shared by Virat Kohli (@virat.kohli) on Jun 5, 2024 at 3:05am PDT";
        let paras = crate::segment::paragraphs(text);
        let (embeds, _) = find(text, &paras);
        assert_eq!(embeds.len(), 2, "{embeds:?}");
        assert_eq!(embeds[0].text, "We won! pic.twitter.com/x");
        assert_eq!(embeds[1].kind, "instagram");
        assert_eq!(embeds[1].text, "A great day.");
        assert_eq!(embeds[1].author.as_deref(), Some("Virat Kohli"));
        assert_eq!(embeds[1].date.as_deref(), Some("2024-06-05"));
    }

    #[test]
    fn not_signatures() {
        let text = "The minister (@minister) said so in a long sentence today.\n\nContact - Ravi (@ravi) for tickets";
        let paras = crate::segment::paragraphs(text);
        assert!(find(text, &paras).0.is_empty());
    }
}
