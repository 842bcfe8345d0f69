//! The names a training set annotates consistently, as a list for the
//! core to look up (`crates/khabar-core/data/ner/hi-names.tsv`).
//!
//! The tagger weighs a known name's words against its context, and an
//! unusual context wins: "महात्मा गांधी" is a person 26 times in IL-NER's
//! training sentences, yet the tagger misses it in "यूनेस्को का महात्मा
//! गांधी पुरस्कार". The list keeps every annotated span whose words are
//! annotated as that span and type in at least [`MIN_SHARE`] of the places
//! they occur, so a phrase that is a name only some of the time ("भारत",
//! "विदेश मंत्रालय" in IL-NER) stays out. The core adds a listed name only
//! where nothing else was found.

use super::{chunks, Sentence, TYPES};
use std::collections::HashMap;
use std::fmt::Write;

/// The smallest share of a span's occurrences annotated as the listed
/// type. Measured through the pipeline on IL-NER dev (docs/EVALUATION.md):
/// 0.5 adds more wrong names than right ones.
pub const MIN_SHARE: f64 = 0.6;

/// The longest span listed, in words.
const MAX_WORDS: usize = 8;

/// Builds the list from `sentences` (label ids as the tagger's, types as
/// in [`TYPES`]) and renders it as TSV after `header`; returns it and the
/// number of names.
pub fn build(sentences: &[Sentence], header: &str) -> (String, usize) {
    // Annotated spans: words → counts per type.
    let mut annotated: HashMap<Vec<&str>, [u32; 4]> = HashMap::new();
    for s in sentences {
        for (a, b, t) in chunks(&s.labels) {
            if b - a > MAX_WORDS {
                continue;
            }
            let words: Vec<&str> = s.words[a..b].iter().map(String::as_str).collect();
            if !words.iter().all(|w| is_word(w)) {
                continue;
            }
            if let Some(slot) = annotated.entry(words).or_default().get_mut(usize::from(t)) {
                *slot += 1;
            }
        }
    }
    // Every occurrence of those spans, annotated or not.
    let spans: Vec<(&Vec<&str>, &[u32; 4])> = annotated.iter().collect();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (id, (words, _)) in spans.iter().enumerate() {
        by_first.entry(words[0]).or_default().push(id);
    }
    let mut seen = vec![0u32; spans.len()];
    for s in sentences {
        for i in 0..s.words.len() {
            for &id in by_first.get(s.words[i].as_str()).into_iter().flatten() {
                if starts_with_words(&s.words[i..], spans[id].0) {
                    seen[id] += 1;
                }
            }
        }
    }
    let mut rows: Vec<(String, &str, u32, u32)> = Vec::new();
    for ((words, by_type), &occ) in spans.iter().zip(&seen) {
        let Some((t, &n)) = by_type
            .iter()
            .enumerate()
            .max_by_key(|&(t, n)| (*n, std::cmp::Reverse(t)))
        else {
            continue;
        };
        let occ = occ.max(n);
        if n == 0 || f64::from(n) < MIN_SHARE * f64::from(occ) {
            continue;
        }
        rows.push((words.join(" "), TYPES[t], n, occ));
    }
    rows.sort();
    let mut out = String::from(header);
    for (name, t, n, occ) in &rows {
        let _ = writeln!(out, "{name}\t{t}\t{n}\t{occ}");
    }
    (out, rows.len())
}

/// Whether `words` start with the words of `span`.
fn starts_with_words(words: &[String], span: &[&str]) -> bool {
    words.len() >= span.len() && words.iter().zip(span).all(|(a, b)| a == b)
}

/// A Devanagari word as the core matches it: Devanagari letters and marks
/// (no danda), with an abbreviation's dots ("डॉ.", "एम.एस."). Spans with
/// punctuation glued on ("(नासा") or in Latin script are not listed: the
/// core looks up Devanagari names only.
fn is_word(w: &str) -> bool {
    let deva =
        |c: char| ('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}';
    w.chars()
        .next()
        .is_some_and(|c| deva(c) && c.is_alphabetic())
        && w.chars().all(|c| deva(c) || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &str, labels: &[u8]) -> Sentence {
        Sentence {
            words: words.split(' ').map(String::from).collect(),
            labels: labels.to_vec(),
        }
    }

    #[test]
    fn keeps_consistent_names_only() {
        // Labels: 0 O, 1 B-PER, 2 I-PER, 5 B-LOC (IOB2 over PER, ORG, LOC).
        let b_loc = crate::chunk_label(2, 0);
        let b_per = crate::chunk_label(0, 0);
        let i_per = crate::chunk_label(0, 1);
        let data = [
            sentence("महात्मा गांधी ने कहा", &[b_per, i_per, 0, 0]),
            sentence("महात्मा गांधी का नाम", &[b_per, i_per, 0, 0]),
            sentence("भारत में", &[b_loc, 0]),
            sentence("भारत सरकार ने", &[0, 0, 0]),
            sentence("भारत का", &[0, 0]),
        ];
        let (tsv, n) = build(&data, "# test\n");
        assert_eq!(n, 1, "{tsv}");
        assert_eq!(tsv, "# test\nमहात्मा गांधी\tPER\t2\t2\n");
    }

    #[test]
    fn words_are_devanagari() {
        assert!(is_word("गांधी"));
        assert!(is_word("डॉ."));
        assert!(!is_word("(नासा"));
        assert!(!is_word("Gandhi"));
        assert!(!is_word("१९४७"));
        assert!(!is_word("।"));
    }
}
