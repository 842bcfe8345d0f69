//! Small helpers shared by stages that otherwise have nothing in common:
//! [`Dsu`], the union-find that groups mentions into entities and
//! entities across documents, [`strip_possessive`], which reads
//! "Putin's" as "Putin", and [`sort`], the stable sort every stage calls
//! (one compiled copy of the standard sort instead of one per call site),
//! and [`lines`], `split('\n')` with a vectorized search.

mod dsu;
mod lines;
mod possessive;
pub(crate) mod sort;

pub(crate) use dsu::Dsu;
pub(crate) use lines::lines;
pub(crate) use possessive::{strip_possessive, strip_possessive_s};
