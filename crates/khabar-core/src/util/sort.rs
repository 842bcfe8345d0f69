//! Sorting through one shared instantiation of the standard library's sort.
//!
//! `slice::sort_by` and `sort_unstable` are generic over the element and the
//! comparison: each call site with its own closure or element type compiles
//! a full copy of driftsort or ipnsort (5–10 KB of WebAssembly each). With
//! about fifty call sites that was 240 KB of the module's code, downloaded
//! and compiled on a first visit. Here the standard sort runs once, in
//! [`order`], over positions, through a `dyn` comparison; a call site only
//! adds its small closure and the cycle walk that moves its elements.
//!
//! Every sort here is **stable**: equal elements keep their order. That is
//! also what the call sites that sorted "unstably" get, which makes their
//! output depend on the input order alone, never on the algorithm.
//!
//! For the few sorts on a hot path over long inputs the cost is one
//! indirect call per comparison and one pass to move the elements.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let perm = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &perm);
}

/// Sorts `v` by a key, stably (the key is computed per comparison, as
/// `slice::sort_by_key` does).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order, stably.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in sorted order: `order[i]` is the position of the
/// element that belongs at `i`. The one place the standard sort is
/// instantiated.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..n).collect();
    perm.sort_by(|&a, &b| cmp(a, b));
    perm
}

/// Rearranges `v` so that `v[i]` becomes the old `v[perm[i]]`, following
/// each cycle of the permutation with swaps.
fn permute<T>(v: &mut [T], perm: &[usize]) {
    let mut placed = vec![false; v.len()];
    for start in 0..v.len() {
        if placed[start] {
            continue;
        }
        // The element that started at `start` travels along the cycle; every
        // other position receives its element by one swap.
        let mut at = start;
        loop {
            placed[at] = true;
            let from = perm[at];
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs sorted by their first member only: the second shows that
        // equal keys keep their order.
        let mut seed = 0x2545_f491_u32;
        for len in [0usize, 1, 2, 3, 7, 20, 33, 200, 1000] {
            let v: Vec<(u8, u32)> = (0..len as u32)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "len {len}");
            let mut desc = v.clone();
            sort_by(&mut desc, |a, b| b.cmp(a));
            let mut std_desc = v;
            std_desc.sort_by(|a, b| b.cmp(a));
            assert_eq!(desc, std_desc, "len {len}");
        }
    }

    #[test]
    fn moves_elements_without_copying_them() {
        let mut v: Vec<String> = ["delta", "alpha", "charlie", "bravo", "alpha"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut v);
        assert_eq!(v, ["alpha", "alpha", "bravo", "charlie", "delta"]);
    }
}
