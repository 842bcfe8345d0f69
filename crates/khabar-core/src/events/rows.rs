//! The weight table both learned event models are stored as: the feature
//! rows that survived pruning, each `COLS` quantized weights, keyed by the
//! low `bits` bits of a feature hash.
//!
//! The event tagger ([`timeml`](super::timeml), one column per label) and
//! the event–timex link model ([`tlink`](super::tlink), a ranking column
//! and one per relation) differ only in their columns and their file's
//! magic bytes; reading, writing and scoring are this one type, so that a
//! fix to the file format or the lookup is made once. `khabar-train`
//! writes both through [`Rows::from_rows`] and [`Rows::to_bytes`].
//!
//! File layout: 4 magic bytes, one byte of `bits`, a little-endian `u32`
//! row count `n`, `n` little-endian `u32` key deltas (keys strictly
//! ascending), then `n * COLS` `i8` weights, row after row.

use crate::segment::hash::FxHashMap;

/// A table of weight rows with `COLS` columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rows<const COLS: usize> {
    magic: [u8; 4],
    bits: u32,
    /// Row of each kept key: one hashed lookup per feature.
    rows: FxHashMap<u32, u32>,
    keys: Vec<u32>,
    weights: Vec<i8>,
}

impl<const COLS: usize> Rows<COLS> {
    /// Reads a table written with the same `magic`; `None` when the bytes
    /// are not one (another magic, a short or long file, keys out of order).
    pub fn from_bytes(magic: &[u8; 4], bytes: &[u8]) -> Option<Self> {
        let rest = bytes.strip_prefix(magic)?;
        let (&bits, rest) = rest.split_first()?;
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let rest = rest.get(4..)?;
        if rest.len() != n.checked_mul(4 + COLS)? {
            return None;
        }
        let (k, w) = rest.split_at(n * 4);
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for c in k.chunks_exact(4) {
            key = key.wrapping_add(u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
            keys.push(key);
        }
        let weights = w.iter().map(|&b| b as i8).collect();
        Self::from_rows(magic, u32::from(bits), keys, weights)
    }

    /// Builds a table from strictly ascending keys and their rows of
    /// weights; `None` when the sizes disagree, the keys are out of order
    /// or `bits` is not 1–32.
    pub fn from_rows(magic: &[u8; 4], bits: u32, keys: Vec<u32>, weights: Vec<i8>) -> Option<Self> {
        if !(1..=32).contains(&bits)
            || Some(weights.len()) != keys.len().checked_mul(COLS)
            || keys.windows(2).any(|w| w[0] >= w[1])
        {
            return None;
        }
        let rows = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        Some(Rows {
            magic: *magic,
            bits,
            rows,
            keys,
            weights,
        })
    }

    /// The table's parts, as [`Rows::from_rows`] takes them: the key
    /// bits, the keys and the weight rows.
    pub fn into_rows(self) -> (u32, Vec<u32>, Vec<i8>) {
        (self.bits, self.keys, self.weights)
    }

    /// The file's bytes (see the module docs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.magic.to_vec();
        out.push(self.bits as u8);
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &self.keys {
            out.extend_from_slice(&k.wrapping_sub(prev).to_le_bytes());
            prev = k;
        }
        out.extend(self.weights.iter().map(|&w| w as u8));
        out
    }

    /// The key of a feature hash: its low `bits` bits.
    pub fn key(&self, f: u32) -> u32 {
        if self.bits >= 32 {
            f
        } else {
            f & ((1u32 << self.bits) - 1)
        }
    }

    /// The summed weight rows of some features (a feature without a row
    /// adds nothing).
    pub fn scores(&self, feats: &[u32]) -> [i32; COLS] {
        let mut s = [0i32; COLS];
        for &f in feats {
            let Some(&row) = self.rows.get(&self.key(f)) else {
                continue;
            };
            let row = row as usize * COLS;
            if let Some(w) = self.weights.get(row..row + COLS) {
                for (s, &x) in s.iter_mut().zip(w) {
                    *s += i32::from(x);
                }
            }
        }
        s
    }
}

/// The index of the highest score, the first one on a tie (0 when empty).
pub fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (k, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = k;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_and_garbage_is_refused() {
        let weights: Vec<i8> = (0..9).collect();
        let m = Rows::<3>::from_rows(b"TST1", 20, vec![5, 9, 70_000], weights).expect("sizes");
        assert_eq!(m.scores(&[9]), [3, 4, 5]);
        // The key is the hash's low bits: 70_000 + 2^20 finds row 2.
        assert_eq!(m.scores(&[70_000 + (1 << 20), 5]), [6, 8, 10]);
        assert_eq!(m.scores(&[6]), [0, 0, 0]);
        assert_eq!(
            Rows::<3>::from_bytes(b"TST1", &m.to_bytes()),
            Some(m.clone())
        );
        assert_eq!(Rows::<3>::from_bytes(b"TST2", &m.to_bytes()), None);
        assert_eq!(Rows::<4>::from_bytes(b"TST1", &m.to_bytes()), None);
        let mut short = m.to_bytes();
        short.pop();
        assert_eq!(Rows::<3>::from_bytes(b"TST1", &short), None);
        assert_eq!(Rows::<3>::from_bytes(b"TST1", b"TST"), None);
        assert_eq!(Rows::<3>::from_bytes(b"TST1", b""), None);
        assert!(Rows::<3>::from_rows(b"TST1", 20, vec![9, 5, 7], vec![0; 9]).is_none());
        assert!(Rows::<3>::from_rows(b"TST1", 20, vec![5, 9], vec![0; 9]).is_none());
        assert!(Rows::<3>::from_rows(b"TST1", 0, vec![5], vec![0; 3]).is_none());
    }

    #[test]
    fn argmax_takes_the_first_of_the_highest() {
        assert_eq!(argmax(&[1, 5, 5, 2]), 1);
        assert_eq!(argmax(&[-3, -1, -2]), 1);
        assert_eq!(argmax(&[]), 0);
    }
}
