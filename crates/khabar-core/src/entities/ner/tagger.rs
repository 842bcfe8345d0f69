//! The model and the decoder.
//!
//! Labels are IOB2 over up to four types: 0 = O, `1 + 2t` = B-t,
//! `2 + 2t` = I-t, with t = 0 PER, 1 ORG, 2 LOC, 3 MISC. The decoder is a
//! beam search over label sequences ([`decode`], [`BEAM`] hypotheses, the
//! IOB constraint on every path); the features see the two previous
//! labels, so hypotheses ending in the same two labels are merged. The
//! models are trained as structured perceptrons (Collins 2002: decode the
//! whole sentence, then update towards the gold sequence), which on the
//! dev splits beat greedy left-to-right decoding trained token by token by
//! 3 F1 points on CoNLL and 5–9 on the Hindi sets. (BILOU, measured on
//! CoNLL dev with the greedy decoder: the same F1 for twice the weights.)
//!
//! The weight table holds the non-zero rows of a `rows × labels` array of
//! `i8` with one scale, a step of 0.25 (a bitmap of the stored rows, then
//! the rows), scored straight from the compiled-in bytes ([`Model`]).
//! Eight bits are enough with that fixed step: after pruning, the
//! quantized weights of both models lie within ±160 steps, and the 8 of
//! 1.3 million beyond ±127 (one English, seven Hindi: bias-like features)
//! are clamped: the English dev figures stay the same to the fourth
//! decimal, the Hindi ones move by under 0.002 F1 (IL-NER dev 0.7574 →
//! 0.7558, HiNER held-out 0.8651 → 0.8659; data/ner/README.md).
//! What cost 1 to 3 F1 points on CoNLL was `i8` with a scale per row or a
//! logarithmic one. Most weights are pruned to zero, so the table
//! compresses well; `i16` (format 5) took 42 KB more of the brotli module.

use super::features::{
    context_features, is_caps_sentence, label_features, static_features, DocState, Space,
    TokenInfo, MAX_FEATURES,
};

/// Entity types the models know, in label order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// The number of labels for `n_types` types.
pub const fn n_labels(n_types: usize) -> usize {
    1 + 2 * n_types
}

/// The type of a label, `None` for O.
#[inline]
pub fn label_type(label: u8) -> Option<u8> {
    if label == 0 {
        None
    } else {
        Some((label - 1) / 2)
    }
}

/// True for a B- label.
#[inline]
pub fn is_begin(label: u8) -> bool {
    label % 2 == 1
}

/// Whether `label` may follow `prev` under IOB2.
#[inline]
pub fn allowed(prev: u8, label: u8) -> bool {
    label == 0 || is_begin(label) || (prev != 0 && label_type(prev) == label_type(label))
}

/// The label of token `i` of a chunk of type `ty`.
pub fn chunk_label(ty: u8, i: usize) -> u8 {
    if i == 0 {
        1 + 2 * ty
    } else {
        2 + 2 * ty
    }
}

/// Anything that scores feature rows: the quantized model at inference,
/// the float weights while training.
pub trait Scorer {
    /// The hashing space.
    fn space(&self) -> Space;
    /// How many entity types (labels are `1 + 2 * n_types`).
    fn n_types(&self) -> usize;
    /// Adds the weights of `feats` to `scores` (one per label).
    fn score(&self, feats: &[u32], scores: &mut [f32]);
    /// The summed weights of `feats` before they are scaled, when the
    /// weights are integers (the compiled-in model): a word's own features
    /// are summed once per distinct word of a document. `None` for the float
    /// weights of training.
    fn sums(&self, _feats: &[u32]) -> Option<Sums> {
        None
    }
    /// Adds to `scores` the weights of `feats` on top of `sums`: the very
    /// scores [`Scorer::score`] gives for those features and the ones
    /// `sums` summed, all together.
    fn score_on(&self, sums: &Sums, feats: &[u32], scores: &mut [f32]) {
        let _ = sums;
        self.score(feats, scores);
    }
}

/// Unscaled weight sums, one per label (up to four types).
pub type Sums = [i32; n_labels(TYPES.len())];

/// The header bytes of a model file.
pub const MAGIC: &[u8; 4] = b"KNER";
/// The format version written by [`Model::to_bytes`].
pub const VERSION: u8 = 6;
const HEADER: usize = 16;

/// A quantized model, scored in place from its bytes.
///
/// Layout (little-endian): `KNER`, version, log2 of the hashing space,
/// number of types, 0, the `f32` scale, the `u32` count `r` of non-zero
/// rows; then a bitmap of the hashing space (one bit per row, set when
/// the row is stored); then the `r` stored rows in row order, each
/// `n_labels` `i8` weights. Only rows with a non-zero weight are stored
/// (about one in three after pruning).
///
/// A row's place among the stored rows is the number of set bits before
/// its own, which [`Model::parse`] makes one lookup plus one popcount by
/// counting the bits before every 64-bit word of the bitmap (4,096 words
/// for 2^18 rows, 64 KB, built in microseconds). So nothing is
/// unpacked: loading costs that table, and scoring a feature costs a bit
/// test, a popcount and one read of its row. The earlier layout (sorted
/// row indices, byte-planar) had to be unpacked into an 8 MB dense table
/// before scoring, and it gzipped worse: with the same weights this one
/// makes the .wasm about 127 KB smaller gzipped.
#[derive(Clone, Debug)]
pub struct Model<'a> {
    bits: u32,
    n_types: usize,
    scale: f32,
    rows: usize,
    table: &'a [u8],
    /// Each 64-bit word of the bitmap with the number of bits set before
    /// it (copied out of the bytes: one aligned read for both).
    words: Vec<(u64, u32)>,
}

impl<'a> Model<'a> {
    /// Reads a model; `None` when the bytes are not a valid model.
    pub fn parse(bytes: &'a [u8]) -> Option<Model<'a>> {
        let header = bytes.get(..HEADER)?;
        if &header[..4] != MAGIC || header[4] != VERSION {
            return None;
        }
        let bits = u32::from(header[5]);
        let n_types = usize::from(header[6]);
        if !(8..=24).contains(&bits) || !(1..=TYPES.len()).contains(&n_types) {
            return None;
        }
        let scale = f32::from_le_bytes([header[8], header[9], header[10], header[11]]);
        if !scale.is_finite() {
            return None;
        }
        let rows = u32::from_le_bytes([header[12], header[13], header[14], header[15]]) as usize;
        let body = bytes.get(HEADER..)?;
        let map_bytes = (1usize << bits) / 8;
        if body.len() != map_bytes + rows * n_labels(n_types) {
            return None;
        }
        let (bitmap, table) = body.split_at(map_bytes);
        let mut words = Vec::with_capacity(map_bytes / 8);
        let mut count = 0u32;
        for word in bitmap.chunks_exact(8) {
            let word = u64::from_le_bytes(word.try_into().ok()?);
            words.push((word, count));
            count += word.count_ones();
        }
        if count as usize != rows {
            return None;
        }
        Some(Model {
            bits,
            n_types,
            scale,
            rows,
            table,
            words,
        })
    }

    /// Serializes a quantized dense table (row-major, `n_labels` weights
    /// per row; weight = value × `scale`), keeping only non-zero rows.
    pub fn to_bytes(bits: u32, n_types: usize, scale: f32, table: &[i8]) -> Vec<u8> {
        let n = n_labels(n_types);
        let nonzero: Vec<usize> = table
            .chunks_exact(n)
            .enumerate()
            .filter(|(_, r)| r.iter().any(|&w| w != 0))
            .map(|(i, _)| i)
            .collect();
        let mut bitmap = vec![0u8; (1usize << bits) / 8];
        for &i in &nonzero {
            if let Some(b) = bitmap.get_mut(i / 8) {
                *b |= 1 << (i % 8);
            }
        }
        let mut out = Vec::with_capacity(HEADER + bitmap.len() + nonzero.len() * n);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(bits as u8);
        out.push(n_types as u8);
        out.push(0);
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(nonzero.len() as u32).to_le_bytes());
        out.extend_from_slice(&bitmap);
        for &i in &nonzero {
            out.extend(table[i * n..i * n + n].iter().map(|&w| w as u8));
        }
        out
    }

    /// Adds the stored rows of `feats` to `acc`.
    #[inline]
    fn add_rows(&self, feats: &[u32], acc: &mut Sums) {
        for &f in feats {
            if let Some(ws) = self.row(f as usize) {
                for (a, &w) in acc.iter_mut().zip(ws) {
                    *a += i32::from(w as i8);
                }
            }
        }
    }

    /// How many rows are stored (non-zero).
    pub fn stored_rows(&self) -> usize {
        self.rows
    }

    /// The stored weights of row `row`, `None` when the row is all zero.
    #[inline]
    fn row(&self, row: usize) -> Option<&'a [u8]> {
        let &(word, before) = self.words.get(row / 64)?;
        let bit = row % 64;
        if word >> bit & 1 == 0 {
            return None;
        }
        let place = before as usize + (word & ((1u64 << bit) - 1)).count_ones() as usize;
        let size = n_labels(self.n_types);
        self.table.get(place * size..place * size + size)
    }
}

impl Scorer for Model<'_> {
    fn space(&self) -> Space {
        Space { bits: self.bits }
    }
    fn n_types(&self) -> usize {
        self.n_types
    }
    #[inline]
    fn score(&self, feats: &[u32], scores: &mut [f32]) {
        self.score_on(&[0; n_labels(TYPES.len())], feats, scores);
    }
    fn sums(&self, feats: &[u32]) -> Option<Sums> {
        let mut acc = [0i32; n_labels(TYPES.len())];
        self.add_rows(feats, &mut acc);
        Some(acc)
    }
    #[inline]
    fn score_on(&self, sums: &Sums, feats: &[u32], scores: &mut [f32]) {
        let mut acc = *sums;
        self.add_rows(feats, &mut acc);
        for (s, &a) in scores.iter_mut().zip(&acc) {
            *s += a as f32 * self.scale;
        }
    }
}

/// How many hypotheses the decoder keeps at each token.
///
/// Hypotheses that end in the same two labels are merged (the features
/// see no further back), so a beam of `n_labels²` is exact second-order
/// Viterbi; a handful is as good in practice.
pub const BEAM: usize = 4;

/// One hypothesis of the beam: its path score, its last two labels and its
/// parent in the previous step.
#[derive(Clone, Copy, Debug)]
struct Hyp {
    score: f32,
    label: u8,
    prev: u8,
    back: u32,
}

/// A candidate of one decoding step packed into one integer whose
/// ascending order is the beam's order: the score descending (in
/// `f32::total_cmp` order), then the label, the previous label and the
/// parent ascending. Sorting plain integers is several times cheaper than
/// sorting structs with a chained comparator, and this sort ran once per
/// token.
fn pack(score: f32, label: u8, prev: u8, parent: u16) -> u64 {
    let b = score.to_bits();
    let ordered = if b & 0x8000_0000 != 0 {
        !b
    } else {
        b | 0x8000_0000
    };
    (u64::from(!ordered) << 32)
        | (u64::from(label) << 24)
        | (u64::from(prev) << 16)
        | u64::from(parent)
}

/// The score, label, previous label and parent of a [`pack`]ed candidate.
fn unpack(key: u64) -> (f32, u8, u8, u16) {
    let ordered = !((key >> 32) as u32);
    let b = if ordered & 0x8000_0000 != 0 {
        ordered & 0x7fff_ffff
    } else {
        !ordered
    };
    (
        f32::from_bits(b),
        (key >> 24) as u8,
        (key >> 16) as u8,
        key as u16,
    )
}

/// Reusable buffers for [`tag_sentence`] and [`decode`].
#[derive(Default)]
pub struct Scratch {
    feats: Vec<u32>,
    base: Vec<f32>,
    scores: Vec<f32>,
    hyps: Vec<Hyp>,
    cands: Vec<u64>,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch {
            feats: Vec::with_capacity(MAX_FEATURES),
            ..Scratch::default()
        }
    }
}

/// Picks the best label allowed after `prev`; returns it and its softmax
/// probability.
pub fn best_label(scores: &[f32], prev: u8) -> (u8, f32) {
    let mut best = 0u8;
    let mut best_score = f32::NEG_INFINITY;
    for (l, &s) in scores.iter().enumerate() {
        let l = l as u8;
        if allowed(prev, l) && s > best_score {
            best = l;
            best_score = s;
        }
    }
    let mut z = 0.0f32;
    for (l, &s) in scores.iter().enumerate() {
        if allowed(prev, l as u8) {
            z += (s - best_score).exp();
        }
    }
    (best, if z > 0.0 { 1.0 / z } else { 1.0 })
}

/// Tags one sentence with a beam of [`BEAM`]; `labels` and `probs` get one
/// entry per token. Updates `doc` with the predictions once the sentence
/// is decoded.
/// `words`, when given, holds each token's [`Scorer::sums`] of its
/// [`word_features`](super::features::word_features).
pub fn tag_sentence<S: Scorer>(
    model: &S,
    toks: &[TokenInfo],
    words: Option<&[Sums]>,
    doc: &mut DocState,
    scratch: &mut Scratch,
    labels: &mut Vec<u8>,
    probs: &mut Vec<f32>,
) {
    decode_with(model, toks, words, doc, BEAM, scratch, labels, probs);
    for (tok, &label) in toks.iter().zip(labels.iter()) {
        doc.record(tok, label_type(label));
    }
}

/// Beam search over IOB2 label sequences (the IOB constraint holds on
/// every path). The features of a token are scored once; only the few
/// that read the previous labels ([`label_features`]) are scored per
/// hypothesis. `probs` holds each chosen label's softmax probability
/// among the labels allowed after its predecessor on the chosen path.
pub fn decode<S: Scorer>(
    model: &S,
    toks: &[TokenInfo],
    doc: &DocState,
    beam: usize,
    scratch: &mut Scratch,
    labels: &mut Vec<u8>,
    probs: &mut Vec<f32>,
) {
    decode_with(model, toks, None, doc, beam, scratch, labels, probs);
}

/// [`decode`], with each token's [`Scorer::sums`] of its
/// [`word_features`](super::features::word_features) when given (the same
/// labels and probabilities, for fewer feature rows read).
#[allow(clippy::too_many_arguments)]
pub fn decode_with<S: Scorer>(
    model: &S,
    toks: &[TokenInfo],
    words: Option<&[Sums]>,
    doc: &DocState,
    beam: usize,
    scratch: &mut Scratch,
    labels: &mut Vec<u8>,
    probs: &mut Vec<f32>,
) {
    let words = words.filter(|w| w.len() == toks.len());
    labels.clear();
    probs.clear();
    if toks.is_empty() {
        return;
    }
    // A parent's index in the step must fit the 16 bits `pack` gives it.
    let beam = beam.clamp(1, usize::from(u16::MAX));
    let caps = is_caps_sentence(toks);
    let n = n_labels(model.n_types());
    let space = model.space();
    let Scratch {
        feats,
        base,
        scores,
        hyps,
        cands,
    } = scratch;
    // Token `i`'s static features into `feats` (cleared first): only the
    // context ones when its word's sums are given, which it returns.
    let statics = |i: usize, feats: &mut Vec<u32>| -> Option<&Sums> {
        feats.clear();
        let sums = words.and_then(|w| w.get(i));
        if sums.is_some() {
            context_features(space, toks, i, caps, doc, feats);
        } else {
            static_features(space, toks, i, caps, doc, feats);
        }
        sums
    };
    // `feats` scored into `base` (zeroed first), on top of `sums`.
    let score = |sums: Option<&Sums>, feats: &[u32], base: &mut Vec<f32>| {
        base.clear();
        base.resize(n, 0.0);
        match sums {
            Some(sums) => model.score_on(sums, feats, base),
            None => model.score(feats, base),
        }
    };
    hyps.clear();
    let mut parents = 0..0;
    for i in 0..toks.len() {
        let sums = statics(i, feats);
        score(sums, feats, base);
        cands.clear();
        let n_parents = parents.len().max(1);
        for k in 0..n_parents {
            let (score0, p1, p2) = match hyps.get(parents.start + k) {
                Some(h) if !parents.is_empty() => (h.score, h.label, h.prev),
                _ => (0.0, 0, 0),
            };
            feats.clear();
            label_features(space, toks, i, [p1, p2], doc, feats);
            scores.clear();
            scores.extend_from_slice(base);
            model.score(feats, scores);
            for (l, &s) in scores.iter().enumerate() {
                let l = l as u8;
                if allowed(p1, l) {
                    cands.push(pack(score0 + s, l, p1, k as u16));
                }
            }
        }
        cands.sort_unstable();
        let start = hyps.len();
        for &key in cands.iter() {
            if hyps.len() - start >= beam {
                break;
            }
            let (score, label, prev, k) = unpack(key);
            let merged = hyps[start..]
                .iter()
                .any(|h| h.label == label && h.prev == prev);
            if !merged {
                let back = if parents.is_empty() {
                    u32::MAX
                } else {
                    (parents.start + usize::from(k)) as u32
                };
                hyps.push(Hyp {
                    score,
                    label,
                    prev,
                    back,
                });
            }
        }
        parents = start..hyps.len();
    }
    labels.resize(toks.len(), 0);
    probs.resize(toks.len(), 1.0);
    let mut k = parents.start;
    for i in (0..toks.len()).rev() {
        let Some(h) = hyps.get(k) else { break };
        labels[i] = h.label;
        k = h.back as usize;
    }
    // How sure: for each token inside a chunk, the probability of its label
    // given every other label of the path (the labels before it and the
    // two after it, whose features read it). A token's own scores alone
    // would mislead: the sequence model leaves much of a decision to the
    // next token's features ("New" is B-LOC because "Delhi" follows as
    // I-LOC).
    for i in 0..toks.len() {
        if labels[i] == 0 {
            continue;
        }
        let lab = |j: usize| if j < labels.len() { labels[j] } else { 0 };
        let before = |d: usize| if i >= d { labels[i - d] } else { 0 };
        let (p1, p2) = (before(1), before(2));
        let sums = statics(i, feats);
        label_features(space, toks, i, [p1, p2], doc, feats);
        score(sums, feats, base);
        for d in [1, 2] {
            if i + d >= toks.len() {
                break;
            }
            let y = lab(i + d);
            for (l, slot) in base.iter_mut().enumerate() {
                let l8 = l as u8;
                if !allowed(p1, l8) {
                    continue;
                }
                if d == 1 && !allowed(l8, y) {
                    *slot = f32::NEG_INFINITY;
                    continue;
                }
                let prev = if d == 1 { [l8, p1] } else { [lab(i + 1), l8] };
                feats.clear();
                label_features(space, toks, i + d, prev, doc, feats);
                scores.clear();
                scores.resize(n, 0.0);
                model.score(feats, scores);
                *slot += scores.get(usize::from(y)).copied().unwrap_or(0.0);
            }
        }
        let mut best = f32::NEG_INFINITY;
        for (l, &x) in base.iter().enumerate() {
            if allowed(p1, l as u8) && x > best {
                best = x;
            }
        }
        let mut z = 0.0f32;
        for (l, &x) in base.iter().enumerate() {
            if allowed(p1, l as u8) && x > f32::NEG_INFINITY {
                z += (x - best).exp();
            }
        }
        let own = base.get(usize::from(labels[i])).copied().unwrap_or(best);
        probs[i] = if z > 0.0 && best.is_finite() {
            (own - best).exp() / z
        } else {
            1.0
        };
    }
}

/// The entity chunks of an IOB2 label sequence: `(start, end, type)` in
/// token indices, end exclusive. A stray I- starts a chunk.
pub fn chunks(labels: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let ty = label_type(l);
        let continues = matches!((open, ty), (Some((_, o)), Some(t)) if o == t && !is_begin(l));
        if continues {
            continue;
        }
        if let Some((s, t)) = open.take() {
            out.push((s, i, t));
        }
        if let Some(t) = ty {
            open = Some((i, t));
        }
    }
    if let Some((s, t)) = open {
        out.push((s, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_candidates_sort_in_the_beam_order() {
        // The order the decoder had with a chained comparator: score
        // descending (`total_cmp`), then label, previous label and parent.
        let scores = [
            0.0f32,
            -0.0,
            1.5,
            -1.5,
            3.25e-3,
            -7.0e9,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            1.5,
        ];
        let mut cands = Vec::new();
        for (i, &s) in scores.iter().enumerate() {
            for label in [0u8, 3, 8] {
                for prev in [0u8, 2] {
                    cands.push((s, label, prev, (i % 4) as u16));
                }
            }
        }
        let mut by_cmp = cands.clone();
        by_cmp.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
        });
        let mut keys: Vec<u64> = cands.iter().map(|c| pack(c.0, c.1, c.2, c.3)).collect();
        keys.sort_unstable();
        let unpacked: Vec<_> = keys.iter().map(|&k| unpack(k)).collect();
        assert_eq!(unpacked.len(), by_cmp.len());
        for (u, c) in unpacked.iter().zip(&by_cmp) {
            assert_eq!(u.0.to_bits(), c.0.to_bits());
            assert_eq!((u.1, u.2, u.3), (c.1, c.2, c.3));
        }
    }

    #[test]
    fn chunks_from_labels() {
        // PER: B 1, I 2; ORG 3, 4; LOC 5, 6; MISC 7, 8.
        type Chunk = (usize, usize, u8);
        let cases: &[(&[u8], &[Chunk])] = &[
            (
                &[0, 1, 2, 0, 5, 5, 4],
                &[(1, 3, 0), (4, 5, 2), (5, 6, 2), (6, 7, 1)],
            ),
            (&[], &[]),
            (&[2, 2], &[(0, 2, 0)]),
            (&[7], &[(0, 1, 3)]),
        ];
        for (labels, want) in cases {
            assert_eq!(chunks(labels), want.to_vec(), "{labels:?}");
        }
    }

    #[test]
    fn chunk_labels_round_trip() {
        for len in 1..5 {
            let labels: Vec<u8> = (0..len).map(|i| chunk_label(2, i)).collect();
            assert_eq!(chunks(&labels), vec![(0, len, 2)]);
            for w in labels.windows(2) {
                assert!(allowed(w[0], w[1]), "{w:?}");
            }
        }
    }

    #[test]
    fn iob_constraint() {
        let cases = [
            (1, 2, true),
            (2, 2, true),
            (0, 2, false),
            (3, 2, false),
            (3, 5, true),
            (4, 0, true),
        ];
        for (prev, label, ok) in cases {
            assert_eq!(allowed(prev, label), ok, "{prev} -> {label}");
        }
    }

    #[test]
    fn bad_models_are_refused() {
        assert!(Model::parse(b"").is_none());
        let ok = Model::to_bytes(8, 1, 0.5, &[0i8; 256 * 3]);
        assert!(Model::parse(&ok).is_some());
        assert!(Model::parse(&ok[..ok.len() - 1]).is_none());
        let mut bad = ok.clone();
        bad[5] = 40;
        assert!(Model::parse(&bad).is_none());
        // Sparse rows: only non-zero rows are stored, and score as dense.
        let mut dense = vec![0i8; 256 * 3];
        dense[5 * 3 + 1] = 4;
        dense[200 * 3 + 2] = -2;
        let bytes = Model::to_bytes(8, 1, 0.5, &dense);
        let Some(m) = Model::parse(&bytes) else {
            panic!("sparse model does not parse")
        };
        assert_eq!(m.stored_rows(), 2);
        let mut scores = [0.0f32; 3];
        m.score(&[5, 200, 7, 5], &mut scores);
        assert_eq!(scores, [0.0, 4.0, -1.0]);
        assert!(Model::parse(&bytes[..bytes.len() - 1]).is_none());
        // A bitmap that claims a row the table does not hold is refused.
        let mut extra = bytes.clone();
        extra[HEADER] |= 1;
        assert!(Model::parse(&extra).is_none());
    }

    #[test]
    fn rows_score_as_the_dense_table() {
        // Rows set across word boundaries of the bitmap, including the
        // first and last row of the space.
        let n = n_labels(2);
        let mut dense = vec![0i8; 1024 * n];
        for (i, row) in [0usize, 1, 63, 64, 65, 127, 128, 500, 1023]
            .iter()
            .enumerate()
        {
            dense[row * n + i % n] = i as i8 + 1;
            dense[row * n + (i + 2) % n] = -(i as i8) - 3;
        }
        let bytes = Model::to_bytes(10, 2, 0.25, &dense);
        let Some(m) = Model::parse(&bytes) else {
            panic!("model does not parse")
        };
        assert_eq!(m.stored_rows(), 9);
        for row in 0..1024u32 {
            let mut got = vec![0.0f32; n];
            m.score(&[row], &mut got);
            let want: Vec<f32> = dense[row as usize * n..row as usize * n + n]
                .iter()
                .map(|&w| f32::from(w) * 0.25)
                .collect();
            assert_eq!(got, want, "row {row}");
        }
    }

    #[test]
    fn word_sums_decode_as_the_whole_features() {
        use super::super::features::word_features;
        use super::super::{gazetteer, token_info, NerLang};
        let gaz = gazetteer();
        for (lang, sentence) in [
            (
                NerLang::En,
                "Defence Minister Rajnath Singh met Andrey Belousov in Moscow on Tuesday .",
            ),
            (
                NerLang::En,
                "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
            ),
            (
                NerLang::Hi,
                "रक्षा मंत्री राजनाथ सिंह ने मॉस्को में बेलौसोव से मुलाकात की ।",
            ),
        ] {
            let Some(model) = lang.model() else {
                panic!("no compiled-in model")
            };
            let toks: Vec<TokenInfo> = sentence
                .split_whitespace()
                .map(|w| token_info(w, gaz.as_ref()))
                .collect();
            let sums: Vec<Sums> = toks
                .iter()
                .map(|t| {
                    let mut f = Vec::new();
                    word_features(model.space(), t, &mut f);
                    model.sums(&f).unwrap_or_default()
                })
                .collect();
            let doc = DocState::new();
            let mut scratch = Scratch::new();
            let (mut l1, mut p1, mut l2, mut p2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            decode(model, &toks, &doc, BEAM, &mut scratch, &mut l1, &mut p1);
            decode_with(
                model,
                &toks,
                Some(&sums),
                &doc,
                BEAM,
                &mut scratch,
                &mut l2,
                &mut p2,
            );
            assert_eq!(l1, l2, "{sentence}");
            assert_eq!(p1, p2, "{sentence}");
            assert!(l1.iter().any(|&l| l != 0), "{sentence}: no entity at all");
            // Sums of the wrong words change the result: the cache is read.
            let zero = vec![Sums::default(); toks.len()];
            let (mut l3, mut p3) = (Vec::new(), Vec::new());
            decode_with(
                model,
                &toks,
                Some(&zero),
                &doc,
                BEAM,
                &mut scratch,
                &mut l3,
                &mut p3,
            );
            assert!(l3 != l1 || p3 != p1, "{sentence}");
        }
    }
}
