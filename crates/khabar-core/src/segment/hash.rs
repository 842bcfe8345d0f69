//! A fast hasher for the word lists: the multiply-rotate hash of the Rust
//! compiler ("FxHash"), a few instructions per word where the standard
//! SipHash costs tens.
//!
//! Only for maps whose keys are fixed data (lexicons, gazetteers): the hash
//! is not keyed, so keys chosen by an attacker could collide on purpose.
//! Maps keyed by document text keep the standard hasher.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher state.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A map with fixed-data keys.
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
/// A set of fixed-data keys.
pub type FxHashSet<K> = HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn distinct_words_hash_apart() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "said",
            "saiD",
            "कहा",
            "कहाँ",
            "a\0",
        ];
        let b = FxBuild::default();
        let mut hashes: Vec<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
        let set: FxHashSet<&str> = words.iter().copied().collect();
        assert!(set.contains("कहा") && !set.contains("कह"));
    }
}
