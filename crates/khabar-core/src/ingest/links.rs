//! URLs, @handles and #hashtags, each once, in order of first appearance.
//!
//! The tokenizer already knows what a URL, a handle and a hashtag look like;
//! this stage reuses it over the whole text, furniture included (a "Read
//! also" link or a post signature's handle is still a link). It tokenizes
//! only the whitespace-delimited chunks that could hold one: a chunk with
//! `@`, `#`, `＃`, `/` (every URL prefix the tokenizer knows has a slash,
//! or is "www."), or "www.". A chunk gives the same tokens alone as inside
//! its line, because no token crosses whitespace; prose without links costs
//! one byte scan instead of a tokenization.

use crate::model::Links;
use crate::segment::{token, Token, TokenKind};

/// Collects the links of `text`.
pub fn find(text: &str) -> Links {
    let mut links = Links::default();
    let mut tokens: Vec<Token> = Vec::new();
    let bytes = text.as_bytes();
    // Everything before `done` has been tokenized already; the search for
    // the next candidate byte resumes at `from`.
    let mut done = 0;
    let mut from = 0;
    // The next '@', '#' or '/', and the next '.' or 0xEF (the first byte
    // of "＃"), each searched again only once passed.
    let mut marks = Next::default();
    let mut dots = Next::default();
    while let Some(at) = marks
        .at(from, |r| memchr::memchr3(b'@', b'#', b'/', r), bytes)
        .into_iter()
        .chain(dots.at(from, |r| memchr::memchr2(b'.', 0xEF, r), bytes))
        .min()
    {
        from = at + 1;
        if !candidate(bytes, at) {
            continue;
        }
        let start = chunk_start(text, done, at);
        let end = chunk_end(text, at);
        tokens.clear();
        token::tokenize(text, start, end, &mut tokens);
        for t in &tokens {
            let s = &text[t.start..t.end];
            match t.kind {
                TokenKind::Url => push(&mut links.urls, s, false),
                TokenKind::Handle => push(&mut links.handles, &s[1..], true),
                TokenKind::Hashtag => {
                    let tag = s.trim_start_matches(['#', '＃']);
                    push(&mut links.hashtags, tag, true);
                }
                _ => {}
            }
        }
        done = end.max(at + 1);
        from = from.max(done);
    }
    links
}

/// Whether the byte at `at` may belong to a URL, a handle or a hashtag.
/// A cached search result: the position of the next match at or after the
/// last `from` asked.
#[derive(Default)]
struct Next {
    /// `None`: not searched yet; `Some(None)`: no match left.
    found: Option<Option<usize>>,
}

impl Next {
    fn at(
        &mut self,
        from: usize,
        search: impl Fn(&[u8]) -> Option<usize>,
        bytes: &[u8],
    ) -> Option<usize> {
        match self.found {
            Some(Some(k)) if k >= from => Some(k),
            Some(None) => None,
            _ => {
                let k = bytes.get(from..).and_then(search).map(|k| from + k);
                self.found = Some(k);
                k
            }
        }
    }
}

fn candidate(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        b'@' | b'#' | b'/' => true,
        // "＃" is EF BC 83 in UTF-8.
        0xEF => bytes.get(at + 1..at + 3) == Some(&[0xBC, 0x83][..]),
        b'.' => at >= 3 && bytes[at - 3..at].eq_ignore_ascii_case(b"www"),
        _ => false,
    }
}

/// The start of the whitespace-delimited chunk holding `at`, no earlier
/// than `floor` (a char boundary already tokenized up to).
fn chunk_start(text: &str, floor: usize, at: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// The end of the whitespace-delimited chunk holding `at`.
fn chunk_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
}

/// Adds `s` unless already present (ignoring ASCII case for handles and tags).
fn push(list: &mut Vec<String>, s: &str, fold: bool) {
    let seen = list.iter().any(|x| {
        if fold {
            x.eq_ignore_ascii_case(s)
        } else {
            x == s
        }
    });
    if !seen && !s.is_empty() {
        list.push(s.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let l = find("Glad. https://t.co/lDgg7AOG23 pic.twitter.com/iJWkM9Khmn\n— Rajnath Singh (@rajnathsingh) #IndiaRussia @RajnathSingh #indiarussia #भारत mail x@y.com");
        assert_eq!(
            l.urls,
            ["https://t.co/lDgg7AOG23", "pic.twitter.com/iJWkM9Khmn"]
        );
        assert_eq!(l.handles, ["rajnathsingh"]);
        assert_eq!(l.hashtags, ["IndiaRussia", "भारत"]);
    }

    #[test]
    fn links_amid_prose_and_at_the_edges() {
        let l = find("www.pib.gov.in had it. See HTTPS://Example.org/a, ＃मौसम and @IMDWeather.");
        assert_eq!(l.urls, ["www.pib.gov.in", "HTTPS://Example.org/a"]);
        assert_eq!(l.hashtags, ["मौसम"]);
        assert_eq!(l.handles, ["IMDWeather"]);
        // Slashes and dots that are no link give nothing.
        let l = find("Sales rose 24/7 in the U.S. and/or U.K. Rs.500 per kg.");
        assert_eq!(l, Links::default());
        assert_eq!(find("@").handles, Vec::<String>::new());
    }

    /// The plain method: tokenize every line that holds a link character.
    fn line_by_line(text: &str) -> Links {
        let mut links = Links::default();
        let mut tokens = Vec::new();
        let mut offset = 0;
        for line in crate::util::lines(text) {
            let start = offset;
            offset += line.len() + 1;
            tokens.clear();
            token::tokenize(text, start, start + line.len(), &mut tokens);
            for t in &tokens {
                let s = &text[t.start..t.end];
                match t.kind {
                    TokenKind::Url => push(&mut links.urls, s, false),
                    TokenKind::Handle => push(&mut links.handles, &s[1..], true),
                    TokenKind::Hashtag => {
                        push(&mut links.hashtags, s.trim_start_matches(['#', '＃']), true)
                    }
                    _ => {}
                }
            }
        }
        links
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        /// Chunk by chunk finds exactly what line by line finds.
        #[test]
        fn chunks_find_what_lines_find(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "www.", "WWW.x.in", "http://", "https://a.b/c", "pic.twitter.com/x",
                    "t.co/", "bit.ly/k", "youtu.be/", "@", "@ab_c", "#", "#tag", "＃भारत",
                    "/", ".", "..", " ", "\n", "\t", "a", "भारत", "x@y.com", "(", ")", "“",
                    "”", ",", "24/7", "U.S.", "\u{200D}", "👍", "1,500", "\u{FEFF}",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(find(&text), line_by_line(&text));
        }
    }
}
