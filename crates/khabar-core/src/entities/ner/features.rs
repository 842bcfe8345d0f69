//! Hashed features for the tagger, shared by inference and training.
//!
//! Training (`khabar-train`) and inference call the very same functions
//! here, so the two cannot drift. Every feature is a 64-bit hash of a
//! template id and one or two values, folded into a bucket of the weight
//! table; nothing is allocated per feature.
//!
//! Per token we precompute a [`TokenInfo`] (lowercased form, shapes,
//! affixes, flags) once, so a window of ±2 tokens reuses its neighbours'
//! hashes. Document-level features come from a [`DocState`]: whether a word
//! is also seen lowercased or capitalized mid-sentence elsewhere in the
//! document, and which entity type earlier predictions gave it ("extended
//! prediction history").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::chars;

/// How many features [`token_features`] writes per token, at most.
pub const MAX_FEATURES: usize = 56;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Stand-in hash for "no token here" (before the start or after the end).
const PAD: u64 = 0x5bd1_e995_0bad_f00d;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// A strong 64-bit mixer (splitmix64's finalizer).
#[inline]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hashes a string as the feature extractor sees it: lowercased, digits
/// folded to `0`.
pub fn word_key(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        h = fnv_char(h, fold_char(c));
    }
    h
}

/// Lowercases one char (first char of its lowercase mapping) and folds
/// every digit, ASCII or Devanagari, to `0`.
#[inline]
fn fold_char(c: char) -> char {
    if c.is_ascii_digit() || chars::is_devanagari_digit(c) {
        '0'
    } else if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The class of a char in a word shape.
#[inline]
fn shape_char(c: char) -> char {
    if c.is_ascii_digit() || chars::is_devanagari_digit(c) {
        'd'
    } else if chars::is_devanagari(c) {
        'h'
    } else if c.is_uppercase() {
        'X'
    } else if chars::is_alphabetic(c) {
        'x'
    } else {
        c
    }
}

/// Flags of a token, as bits.
pub mod flag {
    /// First char uppercase.
    pub const INIT_CAP: u16 = 1;
    /// Every letter uppercase (and at least one letter).
    pub const ALL_CAPS: u16 = 1 << 1;
    /// No uppercase letters, at least one lowercase letter.
    pub const LOWER: u16 = 1 << 2;
    /// Contains a digit.
    pub const DIGIT: u16 = 1 << 3;
    /// Contains a hyphen.
    pub const HYPHEN: u16 = 1 << 4;
    /// Contains a dot.
    pub const DOT: u16 = 1 << 5;
    /// No letter or digit at all.
    pub const PUNCT: u16 = 1 << 6;
    /// Contains Devanagari.
    pub const DEVANAGARI: u16 = 1 << 7;
    /// Contains Latin letters.
    pub const LATIN: u16 = 1 << 8;
}

/// What the feature extractor knows about one token, computed once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenInfo {
    /// Hash of the lowercased, digit-folded form.
    pub lower: u64,
    /// Hash of the word shape ("Xxxxx" capped at 6 chars with the last 2 kept).
    pub shape: u64,
    /// Hash of the collapsed shape ("Xx", "X.X.", "d-d").
    pub short_shape: u64,
    /// Hashes of the first 1..=4 chars (lowercased).
    pub prefix: [u64; 4],
    /// Hashes of the last 1..=4 chars (lowercased).
    pub suffix: [u64; 4],
    /// [`flag`] bits.
    pub flags: u16,
    /// Length in chars, capped at 255.
    pub len: u8,
    /// [`gaz`] bits of the word in the gazetteer (0 when absent); set by
    /// the caller with [`Gazetteer::lookup`].
    pub gaz: u8,
}

impl TokenInfo {
    /// Computes the info of one token.
    pub fn new(word: &str) -> TokenInfo {
        let mut info = TokenInfo::default();
        let mut lower = FNV_OFFSET;
        let mut shape = FNV_OFFSET;
        let mut short = FNV_OFFSET;
        let mut last_short = '\0';
        let mut n = 0usize;
        let (mut upper, mut lowercase, mut letters, mut alnum) = (0usize, 0usize, 0usize, 0usize);
        let char_count = word.chars().count();
        for (i, c) in word.chars().enumerate() {
            let f = fold_char(c);
            lower = fnv_char(lower, f);
            if i < 4 {
                info.prefix[i] = lower;
            }
            let s = shape_char(c);
            // Long shape: the first 4 classes and the last 2.
            if i < 4 || i + 2 >= char_count {
                shape = fnv_char(shape, s);
            } else if i == 4 {
                shape = fnv_byte(shape, b'~');
            }
            if s != last_short {
                short = fnv_char(short, s);
                last_short = s;
            }
            // Devanagari has no case: skip the Unicode case tables for it.
            let deva = chars::is_devanagari(c);
            if !deva && c.is_uppercase() {
                upper += 1;
            } else if !deva && c.is_lowercase() {
                lowercase += 1;
            }
            if chars::is_alphabetic(c) {
                letters += 1;
                if c.is_ascii_alphabetic() {
                    info.flags |= flag::LATIN;
                }
            }
            if chars::is_alphanumeric(c) {
                alnum += 1;
            }
            if chars::is_devanagari(c) {
                info.flags |= flag::DEVANAGARI;
                alnum += 1;
            }
            if s == 'd' {
                info.flags |= flag::DIGIT;
            }
            match c {
                '-' | '\u{2010}' | '\u{2013}' => info.flags |= flag::HYPHEN,
                '.' => info.flags |= flag::DOT,
                _ => {}
            }
            if i == 0 && c.is_uppercase() {
                info.flags |= flag::INIT_CAP;
            }
            n += 1;
        }
        if letters > 0 && upper > 0 && lowercase == 0 {
            info.flags |= flag::ALL_CAPS;
        }
        if upper == 0 && lowercase > 0 {
            info.flags |= flag::LOWER;
        }
        if alnum == 0 {
            info.flags |= flag::PUNCT;
        }
        for k in n.min(4)..4 {
            info.prefix[k] = PAD ^ k as u64;
        }
        // Suffixes: the last k chars, hashed back to front.
        let mut h = FNV_OFFSET ^ 0x5f;
        let mut k = 0;
        for c in word.chars().rev().take(4) {
            h = fnv_char(h, fold_char(c));
            info.suffix[k] = h;
            k += 1;
        }
        for j in k..4 {
            info.suffix[j] = PAD ^ (j as u64 + 8);
        }
        info.lower = lower;
        info.shape = shape;
        info.short_shape = short;
        info.len = n.min(255) as u8;
        info
    }

    fn is_cap(&self) -> bool {
        self.flags & flag::INIT_CAP != 0
    }
}

/// Gazetteer bits of a word.
pub mod gaz {
    /// A one-word place name ("Delhi", "भारत").
    pub const PLACE: u8 = 1;
    /// The first word of a longer place name ("New" of "New Delhi").
    pub const PLACE_FIRST: u8 = 1 << 1;
    /// A later word of a longer place name ("Delhi" of "New Delhi").
    pub const PLACE_REST: u8 = 1 << 2;
    /// A word of an organization's name.
    pub const ORG: u8 = 1 << 3;
    /// A nationality or group ("Russian", "रूसी").
    pub const NORP: u8 = 1 << 4;
    /// A facility's word.
    pub const FAC: u8 = 1 << 5;
}

/// A word → bits table (open addressing on [`word_key`]), compiled in as
/// bytes: `KGAZ`, a little-endian `u32` slot count (a power of two), then
/// per slot a little-endian `u64` key (0 = empty) and one byte of bits.
#[derive(Clone, Copy, Debug)]
pub struct Gazetteer<'a> {
    slots: &'a [u8],
    mask: usize,
}

const GAZ_SLOT: usize = 9;

impl<'a> Gazetteer<'a> {
    /// Reads a table; `None` when the bytes are not one.
    pub fn parse(bytes: &'a [u8]) -> Option<Gazetteer<'a>> {
        if bytes.get(..4)? != b"KGAZ" {
            return None;
        }
        let n = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?) as usize;
        let slots = bytes.get(8..)?;
        if !n.is_power_of_two() || slots.len() != n * GAZ_SLOT {
            return None;
        }
        Some(Gazetteer { slots, mask: n - 1 })
    }

    /// Builds the bytes of a table from `(word_key, bits)` pairs (bits of
    /// equal keys are or-ed).
    pub fn build(entries: &[(u64, u8)]) -> Vec<u8> {
        let n = (entries.len() * 2).max(16).next_power_of_two();
        let mut keys = vec![0u64; n];
        let mut bits = vec![0u8; n];
        for &(key, b) in entries {
            let key = key.max(1);
            let mut i = (mix(key) as usize) & (n - 1);
            while keys[i] != 0 && keys[i] != key {
                i = (i + 1) & (n - 1);
            }
            keys[i] = key;
            bits[i] |= b;
        }
        let mut out = Vec::with_capacity(8 + n * GAZ_SLOT);
        out.extend_from_slice(b"KGAZ");
        out.extend_from_slice(&(n as u32).to_le_bytes());
        for (k, b) in keys.iter().zip(&bits) {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(*b);
        }
        out
    }

    /// The bits of a word key, 0 when absent.
    pub fn lookup(&self, key: u64) -> u8 {
        let key = key.max(1);
        let mut i = (mix(key) as usize) & self.mask;
        for _ in 0..=self.mask {
            let Some(slot) = self.slots.get(i * GAZ_SLOT..(i + 1) * GAZ_SLOT) else {
                return 0;
            };
            let k = u64::from_le_bytes([
                slot[0], slot[1], slot[2], slot[3], slot[4], slot[5], slot[6], slot[7],
            ]);
            if k == key {
                return slot[8];
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
        0
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_byte(self.0, b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct WordStats {
    /// Seen all-lowercase, not sentence-initial.
    lower_mid: bool,
    /// Seen capitalized, not sentence-initial, in a sentence that is not all caps.
    cap_mid: bool,
    /// How often earlier predictions gave it each type (index = type + 1; 0 = O).
    history: [u16; 5],
}

/// What the tagger remembers across the sentences of one document.
#[derive(Default)]
pub struct DocState {
    words: HashMap<u64, WordStats, BuildHasherDefault<KeyHasher>>,
}

impl DocState {
    /// An empty state: no document-level knowledge.
    pub fn new() -> DocState {
        DocState::default()
    }

    /// Scans one sentence of the document before tagging, to learn how its
    /// words are written elsewhere.
    pub fn observe(&mut self, sentence: &[TokenInfo]) {
        let caps_sentence = is_caps_sentence(sentence);
        for (i, t) in sentence.iter().enumerate() {
            if i == 0 || t.flags & flag::PUNCT != 0 {
                continue;
            }
            let prev_punct = sentence
                .get(i - 1)
                .is_some_and(|p| p.flags & flag::PUNCT != 0 && p.len == 1);
            if t.flags & flag::LOWER != 0 {
                self.words.entry(t.lower).or_default().lower_mid = true;
            } else if t.is_cap() && !caps_sentence && !prev_punct {
                self.words.entry(t.lower).or_default().cap_mid = true;
            }
        }
    }

    /// Records the type predicted for a token (`None` for O).
    pub fn record(&mut self, token: &TokenInfo, ty: Option<u8>) {
        if token.flags & flag::PUNCT != 0 {
            return;
        }
        let slot = ty.map_or(0, |t| usize::from(t) + 1).min(4);
        let stats = self.words.entry(token.lower).or_default();
        stats.history[slot] = stats.history[slot].saturating_add(1);
    }

    fn stats(&self, key: u64) -> WordStats {
        self.words.get(&key).copied().unwrap_or_default()
    }
}

/// True when most letters of the sentence are capitals (a headline).
pub fn is_caps_sentence(sentence: &[TokenInfo]) -> bool {
    let (mut caps, mut words) = (0, 0);
    for t in sentence {
        if t.flags & (flag::ALL_CAPS | flag::LOWER) != 0 {
            words += 1;
            if t.flags & flag::ALL_CAPS != 0 && t.len > 1 {
                caps += 1;
            }
        }
    }
    words >= 2 && caps * 10 >= words * 7
}

/// The feature-hashing space: a table of `1 << bits` rows.
#[derive(Clone, Copy, Debug)]
pub struct Space {
    /// log2 of the number of rows.
    pub bits: u32,
}

impl Space {
    #[inline]
    fn index(self, template: u64, a: u64, b: u64) -> u32 {
        let h = mix(a ^ mix(b ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15)));
        (h >> (64 - self.bits)) as u32
    }
}

/// Writes the feature rows of token `i` into `out` (cleared first): the
/// [`static_features`] and the [`label_features`] together.
///
/// `prev` holds the labels predicted for tokens `i-1` and `i-2` (0 = O,
/// else the label index, see [`super::tagger`]); `caps` says whether the
/// sentence is a headline in capitals.
pub fn token_features(
    space: Space,
    toks: &[TokenInfo],
    i: usize,
    prev: [u8; 2],
    caps: bool,
    doc: &DocState,
    out: &mut Vec<u32>,
) {
    out.clear();
    static_features(space, toks, i, caps, doc, out);
    label_features(space, toks, i, prev, doc, out);
}

#[inline]
fn neighbour(toks: &[TokenInfo], j: isize) -> Option<&TokenInfo> {
    if j < 0 {
        None
    } else {
        toks.get(j as usize)
    }
}

/// Appends the feature rows of token `i` that depend on the previous
/// labels (`prev`: tokens `i-1` and `i-2`): the decoder computes them once
/// per hypothesis, the rest once per token.
pub fn label_features(
    space: Space,
    toks: &[TokenInfo],
    i: usize,
    prev: [u8; 2],
    doc: &DocState,
    out: &mut Vec<u32>,
) {
    let Some(t) = toks.get(i) else { return };
    let ii = i as isize;
    let lw = |j: isize| neighbour(toks, j).map_or(PAD ^ j.unsigned_abs() as u64, |x| x.lower);
    let (p1, p2) = (u64::from(prev[0]), u64::from(prev[1]));
    let mut push = |template: u64, a: u64, b: u64| out.push(space.index(template, a, b));
    // Features that would fire on nearly every token with the same value
    // ("previous label O", "no history") are left out: together with the
    // bias they are collinear, and the perceptron lets collinear weights
    // drift to large opposite values that quantization cannot keep.
    if p1 != 0 {
        push(20, p1, 0);
        push(22, p1, t.lower);
        push(23, p1, t.short_shape);
        push(33, p1, lw(ii - 1));
    }
    if p1 != 0 || p2 != 0 {
        push(21, p1, p2);
    }
    push(45, p1, p2 ^ t.short_shape.rotate_left(7));
    let b1 = doc.stats(lw(ii - 1));
    if let Some(k) = b1.history[1..].iter().position(|&c| c > 0) {
        push(40, k as u64, p1);
    }
}

/// Appends the feature rows of token `i` that do not depend on the
/// previous labels.
pub fn static_features(
    space: Space,
    toks: &[TokenInfo],
    i: usize,
    caps: bool,
    doc: &DocState,
    out: &mut Vec<u32>,
) {
    static_inner(space, toks, i, caps, doc, true, out);
}

/// [`static_features`] without those the word alone decides
/// ([`word_features`]): inference scores those once per distinct word of
/// a document and adds them to these.
pub fn context_features(
    space: Space,
    toks: &[TokenInfo],
    i: usize,
    caps: bool,
    doc: &DocState,
    out: &mut Vec<u32>,
) {
    static_inner(space, toks, i, caps, doc, false, out);
}

/// The feature rows of [`static_features`] that depend on the word alone
/// (its text, shape, affixes, length and gazetteer bits), whatever its
/// place and neighbours.
pub fn word_features(space: Space, t: &TokenInfo, out: &mut Vec<u32>) {
    let mut push = |template: u64, a: u64, b: u64| out.push(space.index(template, a, b));
    push(0, 0, 0);
    push(1, t.lower, 0);
    push(2, t.shape, 0);
    for k in 0..4 {
        push(4 + k as u64, t.prefix[k], 0);
        push(8 + k as u64, t.suffix[k], 0);
    }
    push(26, u64::from(t.len.min(12)), u64::from(t.flags));
    if t.gaz != 0 {
        push(46, u64::from(t.gaz), 0);
        push(47, u64::from(t.gaz), t.short_shape);
    }
}

/// [`static_features`], with or without the [`word_features`] (in the
/// same order either way for the rest: training reads them all, in this
/// order).
fn static_inner(
    space: Space,
    toks: &[TokenInfo],
    i: usize,
    caps: bool,
    doc: &DocState,
    with_word: bool,
    out: &mut Vec<u32>,
) {
    let Some(t) = toks.get(i) else { return };
    let at = |j: isize| neighbour(toks, j);
    let ii = i as isize;
    let lw = |j: isize| at(j).map_or(PAD ^ j.unsigned_abs() as u64, |x| x.lower);
    let sh = |j: isize| at(j).map_or(PAD ^ 77, |x| x.short_shape);
    let first = u64::from(i == 0);
    let caps = u64::from(caps);
    let mut push = |template: u64, a: u64, b: u64| out.push(space.index(template, a, b));

    if with_word {
        push(0, 0, 0);
        push(1, t.lower, 0);
        push(2, t.shape, 0);
    }
    push(3, t.short_shape, first);
    if with_word {
        for k in 0..4 {
            push(4 + k as u64, t.prefix[k], 0);
            push(8 + k as u64, t.suffix[k], 0);
        }
    }
    push(12, lw(ii - 1), 0);
    push(13, lw(ii + 1), 0);
    push(14, lw(ii - 2), 0);
    push(15, lw(ii + 2), 0);
    push(16, sh(ii - 1), t.short_shape);
    push(17, t.short_shape, sh(ii + 1));
    push(18, lw(ii - 1), t.lower);
    push(19, t.lower, lw(ii + 1));
    push(24, caps, t.short_shape);
    push(25, caps, t.lower);
    if with_word {
        push(26, u64::from(t.len.min(12)), u64::from(t.flags));
    }
    push(27, lw(ii - 1), t.short_shape);
    push(28, t.short_shape, lw(ii + 1));
    push(29, at(ii - 1).map_or(PAD, |x| x.suffix[2]), 0);
    push(30, at(ii + 1).map_or(PAD, |x| x.suffix[2]), 0);
    push(31, lw(ii + 1), lw(ii + 2));
    push(32, lw(ii - 2), lw(ii - 1));

    let n = toks.len();
    let len_class = if n <= 3 {
        0
    } else if n <= 8 {
        1
    } else {
        2
    };
    push(41, len_class, t.short_shape);
    push(42, lw(ii - 1), lw(ii + 1));
    push(43, sh(ii - 2), sh(ii + 2));
    push(44, at(ii + 1).map_or(PAD, |x| x.prefix[2]), t.short_shape);
    if with_word && t.gaz != 0 {
        push(46, u64::from(t.gaz), 0);
        push(47, u64::from(t.gaz), t.short_shape);
    }
    let gaz_ctx = (u64::from(at(ii - 1).map_or(0, |x| x.gaz)) << 8)
        | u64::from(at(ii + 1).map_or(0, |x| x.gaz));
    if gaz_ctx != 0 {
        push(48, gaz_ctx, u64::from(t.gaz));
    }

    // Document-level features.
    let stats = doc.stats(t.lower);
    let seen = (u64::from(stats.lower_mid) << 1) | u64::from(stats.cap_mid);
    if seen != 0 {
        push(34, seen, (first << 1) | caps);
        push(35, seen, t.short_shape);
    }
    let h = &stats.history;
    let total: u32 = h.iter().map(|&c| u32::from(c)).sum();
    if total > 0 {
        let best = (1..5)
            .max_by_key(|&k| (h[k], std::cmp::Reverse(k)))
            .filter(|&k| h[k] > 0);
        let ent = h[1..].iter().map(|&c| u32::from(c)).sum::<u32>();
        // Majority non-O type, and whether the word was mostly O before.
        let mostly_o = u64::from(u32::from(h[0]) * 2 > total);
        push(36, best.map_or(0, |k| k as u64), mostly_o);
        push(37, best.map_or(0, |k| k as u64), t.short_shape);
        push(38, u64::from(ent.min(3)), mostly_o);
    }
    let n1 = doc.stats(lw(ii + 1));
    if let Some(k) = n1.history[1..].iter().position(|&c| c > 0) {
        push(39, k as u64, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_flags() {
        let cases: &[(&str, u16, u16)] = &[
            ("Delhi", flag::INIT_CAP | flag::LATIN, flag::ALL_CAPS),
            ("PTI", flag::INIT_CAP | flag::ALL_CAPS, flag::LOWER),
            ("said", flag::LOWER, flag::INIT_CAP),
            ("1,000", flag::DIGIT, flag::LATIN),
            (",", flag::PUNCT, flag::LATIN),
            ("U.S.", flag::DOT | flag::ALL_CAPS, flag::LOWER),
            ("राजनाथ", flag::DEVANAGARI, flag::PUNCT | flag::LATIN),
            ("India-Russia", flag::HYPHEN | flag::INIT_CAP, flag::LOWER),
        ];
        for &(word, has, lacks) in cases {
            let t = TokenInfo::new(word);
            assert_eq!(t.flags & has, has, "{word} should have {has:b}");
            assert_eq!(t.flags & lacks, 0, "{word} should lack {lacks:b}");
        }
    }

    #[test]
    fn lowercase_and_digits_fold() {
        assert_eq!(TokenInfo::new("Delhi").lower, TokenInfo::new("DELHI").lower);
        assert_eq!(TokenInfo::new("1996").lower, TokenInfo::new("२०२४").lower);
        assert_ne!(TokenInfo::new("Delhi").shape, TokenInfo::new("DELHI").shape);
    }

    #[test]
    fn gazetteer_round_trip() {
        let entries = [
            (word_key("Delhi"), gaz::PLACE),
            (word_key("new"), gaz::PLACE_FIRST),
            (word_key("Delhi"), gaz::PLACE_REST),
        ];
        let bytes = Gazetteer::build(&entries);
        let Some(g) = Gazetteer::parse(&bytes) else {
            panic!("does not parse")
        };
        assert_eq!(g.lookup(word_key("DELHI")), gaz::PLACE | gaz::PLACE_REST);
        assert_eq!(g.lookup(word_key("New")), gaz::PLACE_FIRST);
        assert_eq!(g.lookup(word_key("Mumbai")), 0);
        assert_eq!(TokenInfo::new("Delhi").lower, word_key("Delhi"));
        assert!(Gazetteer::parse(&bytes[..bytes.len() - 1]).is_none());
    }

    #[test]
    fn features_stay_in_space() {
        let words = ["Rajnath", "Singh", "met", "Putin", "."];
        let toks: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w)).collect();
        let space = Space { bits: 10 };
        let mut out = Vec::new();
        for i in 0..toks.len() + 1 {
            token_features(space, &toks, i, [0, 0], false, &DocState::new(), &mut out);
            assert!(out.len() <= MAX_FEATURES);
            assert!(out.iter().all(|&f| f < 1 << 10));
        }
    }
}
