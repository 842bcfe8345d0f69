//! Small helpers shared by stages that otherwise have nothing in common:
//! [`Dsu`], the union-find that groups mentions into entities and
//! entities across documents, and [`strip_possessive`], which reads
//! "Putin's" as "Putin".

mod dsu;
mod possessive;

pub(crate) use dsu::Dsu;
pub(crate) use possessive::{strip_possessive, strip_possessive_s};
