//! Union-find over `0..n`, for grouping by keys instead of comparing all
//! pairs.

/// Disjoint sets over `0..n` with path halving. The root of a set is its
/// smallest member, so the earliest mention (or entity) names its group.
pub(crate) struct Dsu(Vec<usize>);

impl Dsu {
    /// `n` singletons.
    pub(crate) fn new(n: usize) -> Self {
        Dsu((0..n).collect())
    }

    /// The root of `x`'s set.
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; the smaller root stays the root.
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_smallest_member_is_the_root() {
        let mut d = Dsu::new(5);
        d.union(3, 4);
        d.union(4, 1);
        assert_eq!(
            (0..5).map(|i| d.find(i)).collect::<Vec<_>>(),
            [0, 1, 2, 1, 1]
        );
    }
}
