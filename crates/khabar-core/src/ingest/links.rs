//! URLs, @handles and #hashtags, each once, in order of first appearance.
//!
//! The tokenizer already knows what a URL, a handle and a hashtag look like;
//! this stage reuses it over the whole text, furniture included (a "Read
//! also" link or a post signature's handle is still a link).

use crate::model::Links;
use crate::segment::{token, Token, TokenKind};

/// Collects the links of `text`.
pub fn find(text: &str) -> Links {
    let mut links = Links::default();
    let mut tokens: Vec<Token> = Vec::new();
    // Line by line keeps the scratch buffer small on big inputs.
    let mut offset = 0;
    for line in text.split('\n') {
        let start = offset;
        offset += line.len() + 1;
        if !line.contains(['@', '#', '.', '＃']) {
            continue;
        }
        tokens.clear();
        token::tokenize(text, start, start + line.len(), &mut tokens);
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
    }
    links
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
}
