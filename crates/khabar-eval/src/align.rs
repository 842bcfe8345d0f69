//! Mapping offsets of the analyzed text back to the gold text.
//!
//! `analyze` reports offsets into `Analysis::text`, which ingestion may
//! have normalized (line endings, invisible characters, whitespace). Gold
//! offsets refer to the text we handed in. When the two are equal the map
//! is the identity; otherwise a single greedy pass pairs their characters,
//! skipping whitespace and invisible marks that only one side has, so a
//! span keeps pointing at the same words.

/// Maps byte offsets of the analyzed text to byte offsets of the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aligner {
    /// `None` when the texts are equal; else, for every byte offset of the
    /// analyzed text (and its end), the input offset where a span starting
    /// there starts, and where a span ending there ends.
    maps: Option<(Vec<usize>, Vec<usize>)>,
    input_len: usize,
}

fn skippable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{0300}'..='\u{036F}'
        )
}

impl Aligner {
    /// Builds the map from `analyzed` (offsets we get) to `input` (offsets
    /// gold uses).
    pub fn new(analyzed: &str, input: &str) -> Aligner {
        if analyzed == input {
            return Aligner {
                maps: None,
                input_len: input.len(),
            };
        }
        let mut starts = vec![input.len(); analyzed.len() + 1];
        let mut ends = vec![0; analyzed.len() + 1];
        let mut a = analyzed.char_indices().peekable();
        let mut b = input.char_indices().peekable();
        while let (Some(&(i, ca)), Some(&(j, cb))) = (a.peek(), b.peek()) {
            if skippable(cb) && !skippable(ca) {
                b.next();
                continue;
            }
            // Same char, a substitution (normalized quote, dash, composed
            // letter), or whitespace only the analyzed text has.
            let width = if ca == cb || !skippable(ca) || skippable(cb) {
                b.next();
                cb.len_utf8()
            } else {
                0
            };
            fill(&mut starts, i, ca, j);
            if let Some(slot) = ends.get_mut(i + ca.len_utf8()) {
                *slot = j + width;
            }
            a.next();
        }
        // Analyzed text past the input's end maps to the input's end.
        for (i, c) in a {
            if let Some(slot) = ends.get_mut(i + c.len_utf8()) {
                *slot = input.len();
            }
        }
        Aligner {
            maps: Some((starts, ends)),
            input_len: input.len(),
        }
    }

    /// Whether the analyzed text equals the input.
    pub fn is_identity(&self) -> bool {
        self.maps.is_none()
    }

    /// The input offset where a span starting at analyzed `offset` starts.
    pub fn start(&self, offset: usize) -> usize {
        match &self.maps {
            None => offset.min(self.input_len),
            Some((m, _)) => m.get(offset).copied().unwrap_or(self.input_len),
        }
    }

    /// The input offset where a span ending at analyzed `offset` ends.
    pub fn end(&self, offset: usize) -> usize {
        match &self.maps {
            None => offset.min(self.input_len),
            Some((_, m)) => m.get(offset).copied().unwrap_or(self.input_len),
        }
    }
}

/// Every byte of the char at `i` maps to `j`.
fn fill(map: &mut [usize], i: usize, c: char, j: usize) {
    for k in i..i + c.len_utf8() {
        if let Some(slot) = map.get_mut(k) {
            *slot = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_when_equal() {
        let a = Aligner::new("Modi met Putin", "Modi met Putin");
        assert!(a.is_identity());
        assert_eq!((a.start(9), a.end(14)), (9, 14));
        assert_eq!(a.end(99), 14);
    }

    #[test]
    fn spans_survive_normalization() {
        // (analyzed, input, analyzed span, expected input span)
        let table = [
            ("Modi met Putin", "Modi  met\r\nPutin", (9, 14), (11, 16)),
            ("Modi met Putin", "\u{FEFF}Modi met Putin", (0, 4), (3, 7)),
            ("Modi met", "Modi\u{200B} met", (0, 4), (0, 4)),
            ("a 'b' c", "a \u{2018}b\u{2019} c", (2, 5), (2, 9)),
            ("मोदी  ने", "मोदी ने", (14, 20), (13, 19)),
        ];
        for (analyzed, input, (s, e), (ws, we)) in table {
            let a = Aligner::new(analyzed, input);
            assert!(!a.is_identity());
            let got = (a.start(s), a.end(e));
            assert_eq!(got, (ws, we), "{analyzed:?} vs {input:?}");
        }
    }
}
