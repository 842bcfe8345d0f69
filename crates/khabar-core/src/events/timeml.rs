//! English event detection learned from TimeML: which words name an event
//! (a happening, a report, a state) and its TimeML class.
//!
//! The trigger list (`data/events/triggers.tsv`) names a few dozen
//! diplomatic verbs; news timelines are mostly other things ("shares
//! rebounded", "the merger", "posted a net profit"). This tagger is a
//! multiclass averaged perceptron over hashed features of one token and
//! its neighbours, trained on the TempEval-3 training data (TimeBank +
//! AQUAINT) by `khabar-train events` and compiled in from
//! `data/events/en-timeml.bin` (quantized `i8` weights; the constant
//! feature's no-event weight carries a margin chosen on held-out training
//! documents, which trades some precision for recall).
//!
//! Features come from the clause readers' tokens (`text::words`, the very
//! tokens the event stage reads) through [`token_features`], which
//! training calls too: what is learned is what runs.
//!
//! Labels: 0 is "no event", `1 + k` is [`CLASSES`]`[k]`. An event is one
//! token (TimeML events are single words; a hyphenated compound's last
//! word carries it).

use super::rows::{argmax, Rows};
use crate::text::words::{tokenize, Tok};
use std::sync::OnceLock;

/// The TimeML event classes, in label order (label `1 + k`).
pub const CLASSES: [&str; 7] = [
    "OCCURRENCE",
    "REPORTING",
    "STATE",
    "ASPECTUAL",
    "I_ACTION",
    "I_STATE",
    "PERCEPTION",
];

/// Labels: no event plus the seven classes.
pub const N_LABELS: usize = 1 + CLASSES.len();

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"KEV2";

const MODEL: &[u8] = include_bytes!("../../data/events/en-timeml.bin");

/// A trained tagger: the feature rows that survived pruning, each
/// [`N_LABELS`] weights (the shared table of [`rows`](super::rows)).
pub type Model = Rows<N_LABELS>;

/// The compiled-in English tagger, read on first use (`None` only if the
/// data file is not a model, which a unit test rules out).
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MAGIC, MODEL)).as_ref()
}

/// The best label for one token's features: 0 (no event) or `1 + k`,
/// class [`CLASSES`]`[k]`.
pub fn label(model: &Model, feats: &[u32]) -> usize {
    argmax(&model.scores(feats))
}

/// One token with its features, for training and evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenFeatures {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// A word (not punctuation): only words are events.
    pub word: bool,
    /// Hashed features.
    pub feats: Vec<u32>,
}

/// Tokenizes `text` as the event stage does and computes each token's
/// features: the training examples of `khabar-train events`.
pub fn token_features(text: &str) -> Vec<TokenFeatures> {
    let toks = tokenize(text, 0, text.len());
    let mut feats = Vec::new();
    toks.iter()
        .enumerate()
        .map(|(i, t)| {
            features(text, &toks, i, &mut feats);
            TokenFeatures {
                start: t.start,
                end: t.end,
                word: t.word,
                feats: feats.clone(),
            }
        })
        .collect()
}

/// An event the tagger found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// Byte range of its word.
    pub start: usize,
    pub end: usize,
    /// Index of the token in the token list it was found in.
    pub token: usize,
    /// Index into [`CLASSES`].
    pub class: usize,
}

/// Tags a whole text with the compiled-in model (for tools and the
/// evaluation; the pipeline tags the English sentences only).
pub fn tag_text(text: &str) -> Vec<Tagged> {
    let toks = tokenize(text, 0, text.len());
    tag(text, &toks, 0..toks.len())
}

/// The events among `toks[range]`, whose features read the neighbours in
/// all of `toks` (the document's tokens), as in training.
pub(crate) fn tag(text: &str, toks: &[Tok], range: std::ops::Range<usize>) -> Vec<Tagged> {
    let Some(model) = model() else {
        return Vec::new();
    };
    let mut feats = Vec::with_capacity(32);
    let mut out = Vec::new();
    // Each token's word class once: the features of a token read the
    // classes of the two before it and the one after it.
    let from = range.start.saturating_sub(2);
    let classes: Vec<&'static str> = (from..range.end.saturating_add(1).min(toks.len()))
        .map(|k| class_of(text, toks.get(k)))
        .collect();
    let class = |k: usize| {
        k.checked_sub(from)
            .and_then(|j| classes.get(j).copied())
            .unwrap_or_else(|| class_of(text, toks.get(k)))
    };
    let norms: Vec<&str> = (from..range.end.saturating_add(2).min(toks.len()))
        .filter_map(|k| toks.get(k).map(|t| t.norm.as_str()))
        .collect();
    let norm = |k: usize| {
        k.checked_sub(from)
            .and_then(|j| norms.get(j).copied())
            .unwrap_or_else(|| toks.get(k).map_or("<s>", |t| t.norm.as_str()))
    };
    for i in range {
        let Some(t) = toks.get(i) else { break };
        if !t.word || !t.norm.chars().any(char::is_alphabetic) {
            continue;
        }
        features_with(text, toks, i, norm, class, &mut feats);
        let label = label(model, &feats);
        if label > 0 {
            out.push(Tagged {
                start: t.start,
                end: t.end,
                token: i,
                class: label - 1,
            });
        }
    }
    out
}

/// FNV-1a of a template number and a string.
fn hash(template: u8, s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ u32::from(template);
    h = h.wrapping_mul(0x0100_0193);
    for &b in s.as_bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// FNV-1a of a template number and two strings.
fn hash2(template: u8, a: &str, b: &str) -> u32 {
    let mut h = hash(template, a);
    h ^= 0x1f;
    h = h.wrapping_mul(0x0100_0193);
    for &x in b.as_bytes() {
        h ^= u32::from(x);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The closed-class words [`class_of`] names, in its order of preference:
/// auxiliaries (a verb follows: "has rebounded", "was sold"), "to",
/// determiners and possessives (a noun phrase follows: "the sale"),
/// prepositions, subject pronouns (a finite verb follows) and
/// conjunctions. One `match` compiles to a switch on length and bytes,
/// where lists scanned in turn cost a hundred comparisons a word.
fn closed_class(n: &str) -> Option<&'static str> {
    Some(match n {
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "has" | "have" | "had"
        | "having" | "will" | "would" | "shall" | "should" | "can" | "could" | "may" | "might"
        | "must" | "do" | "does" | "did" | "'s" | "'re" | "'ve" | "'d" | "'ll" | "not" | "n't" => {
            "AUX"
        }
        "to" => "TO",
        "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "his" | "her"
        | "their" | "our" | "my" | "your" | "any" | "some" | "no" | "each" | "every"
        | "another" | "such" => "DET",
        "of" | "in" | "on" | "at" | "for" | "with" | "by" | "from" | "after" | "before"
        | "during" | "since" | "until" | "into" | "over" | "under" | "about" | "against"
        | "between" | "through" | "amid" | "despite" | "without" | "following" | "toward"
        | "towards" => "PREP",
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which" => "PRON",
        "and" | "or" | "but" => "CC",
        _ => return None,
    })
}

/// A coarse word class of a neighbour, from closed-class words and shape.
fn class_of(text: &str, t: Option<&Tok>) -> &'static str {
    let Some(t) = t else { return "EDGE" };
    let n = t.norm.as_str();
    if !t.word {
        return match n {
            "," => ",",
            "." | "!" | "?" => ".",
            "\"" | "'" | "\u{201c}" | "\u{201d}" => "Q",
            _ => "P",
        };
    }
    if let Some(class) = closed_class(n) {
        return class;
    }
    if n.bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return "NUM";
    }
    let raw = text.get(t.start..t.end).unwrap_or("");
    if raw.chars().next().is_some_and(char::is_uppercase) {
        return "CAP";
    }
    "W"
}

/// "rebounded" → "rebound", "talks" → "talk", "selling" → "sell": a crude
/// stem that lets inflections share weights.
fn stem(w: &str) -> &str {
    for suf in ["ings", "ing", "ied", "ed", "ies", "es", "s"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
}

/// The word's shape: X for capitals, x for small letters, d for digits,
/// runs collapsed ("Boeing" → "Xx", "787" → "d").
fn shape(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(k) {
            out.push(k);
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

/// The last `n` characters of `w` (all of it when shorter).
fn suffix(w: &str, n: usize) -> &str {
    let start = w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    w.get(start..).unwrap_or(w)
}

/// The features of `toks[i]` into `out` (cleared first).
pub(crate) fn features(text: &str, toks: &[Tok], i: usize, out: &mut Vec<u32>) {
    let norm = |k: usize| toks.get(k).map_or("<s>", |t| t.norm.as_str());
    features_with(text, toks, i, norm, |k| class_of(text, toks.get(k)), out);
}

/// [`features`], with the normalized text of token `k` from `norm` ("<s>"
/// past either end) and its word class from `class`: the tagger reads each
/// token's once, where every token's features read those of up to four
/// neighbours.
fn features_with<'t>(
    text: &str,
    toks: &[Tok],
    i: usize,
    norm: impl Fn(usize) -> &'t str,
    class: impl Fn(usize) -> &'static str,
    out: &mut Vec<u32>,
) {
    out.clear();
    let norm = |k: Option<usize>| k.map_or("<s>", &norm);
    let class_at = |k: Option<usize>| k.map_or("EDGE", &class);
    let w = norm(Some(i));
    let raw = toks
        .get(i)
        .and_then(|t| text.get(t.start..t.end))
        .unwrap_or("");
    let p1 = norm(i.checked_sub(1));
    let p2 = norm(i.checked_sub(2));
    let n1 = norm(Some(i + 1));
    let n2 = norm(Some(i + 2));
    let cp1 = class_at(i.checked_sub(1));
    let cp2 = class_at(i.checked_sub(2));
    let cn1 = class_at(Some(i + 1));
    let st = stem(w);
    let shape = shape(raw);
    out.push(hash(0, ""));
    out.push(hash(1, w));
    out.push(hash(2, st));
    out.push(hash(3, suffix(w, 2)));
    out.push(hash(4, suffix(w, 3)));
    out.push(hash(5, suffix(w, 4)));
    out.push(hash(6, &shape));
    out.push(hash(7, p1));
    out.push(hash(8, n1));
    out.push(hash(9, p2));
    out.push(hash(10, n2));
    out.push(hash2(11, p1, w));
    out.push(hash2(12, w, n1));
    out.push(hash(13, cp1));
    out.push(hash2(14, cp2, cp1));
    out.push(hash(15, cn1));
    out.push(hash2(16, cp1, suffix(w, 3)));
    out.push(hash2(17, cp1, st));
    out.push(hash2(18, st, cn1));
    out.push(hash2(19, p1, st));
    let first_cap = i == 0 || cp1 == ".";
    out.push(hash2(20, if first_cap { "first" } else { "mid" }, &shape));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_model_reads() {
        assert!(model().is_some());
    }

    #[test]
    fn a_label_is_the_highest_column() {
        let weights: Vec<i8> = (0..(3 * N_LABELS) as i8).collect();
        let m = Model::from_rows(MAGIC, 20, vec![5, 9, 70_000], weights).expect("sizes");
        assert_eq!(label(&m, &[9]), N_LABELS - 1);
        assert_eq!(label(&m, &[6]), 0);
        assert_eq!(Model::from_bytes(MAGIC, &m.to_bytes()), Some(m.clone()));
        assert_eq!(Model::from_bytes(MAGIC, b"KEV"), None);
    }

    #[test]
    fn stems_suffixes_and_shapes() {
        let table: &[(&str, &str, &str, &str)] = &[
            ("rebounded", "rebound", "ded", "x"),
            ("talks", "talk", "lks", "x"),
            ("fell", "fell", "ell", "x"),
            ("Boeing", "Boe", "ing", "Xx"),
            ("787", "787", "787", "d"),
            ("सौदा", "सौदा", "ौदा", "सौ"),
        ];
        for &(w, s, suf, sh) in table {
            assert_eq!(stem(w), s, "{w}");
            assert_eq!(suffix(w, 3), suf, "{w}");
            assert_eq!(shape(w), sh, "{w}");
        }
    }

    #[test]
    fn features_do_not_panic_at_the_edges() {
        for text in ["", ".", "a", "Shares rebounded.", "'", "  \u{200d} "] {
            let f = token_features(text);
            assert!(f.iter().all(|t| t.feats.len() == 21), "{text:?}");
        }
    }
}
