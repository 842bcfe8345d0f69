//! khabar-eval: scores khabar against public gold data and guards the
//! figures against regressions.
//!
//! Every figure comes from the full public pipeline,
//! [`khabar_core::analyze`], on text rebuilt from the gold files, so what
//! is measured is what users get. The gold data lives outside the
//! repository (`../shared/eval`, or `$KHABAR_EVAL_DATA`) and is never
//! copied in; when it is absent the command and the guard skip with a
//! message.
//!
//! - [`corpus`] reads the formats (CoNLL columns, `token<TAB>tag`, TimeML,
//!   ILTIMEX).
//! - [`run`] analyzes each document and maps predictions back to gold
//!   offsets ([`align`] when ingestion changed the text).
//! - [`score`] counts: conlleval-style exact span+type for NER,
//!   TempEval-3-style strict/relaxed/value for TIMEX.
//! - [`indian`] scores khabar's own hand-annotated Indian news sets
//!   (`data/en-indian`, `data/hi-indian`), dev and test halves apart.
//! - [`figures`] scores money, percentages, quantities and counts on
//!   khabar's own hand-annotated set (`data/figures`): span F1 relaxed and
//!   strict, value and kind accuracy, per language and half.
//! - [`report`] prints tables and JSON; [`guard`] compares a fixed subset
//!   with `tests/eval/baseline.json`.
//!
//! See `docs/EVALUATION.md` for the figures and how to reproduce them.

pub mod align;
pub mod corpus;
pub mod events;
pub mod extract;
pub mod figures;
pub mod guard;
pub mod indian;
pub mod report;
pub mod run;
pub mod score;
