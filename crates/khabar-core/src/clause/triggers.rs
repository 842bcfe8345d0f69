//! Event triggers: `data/events/triggers.tsv`, matched word by word.

use crate::segment::hash::FxHashMap as HashMap;
use crate::text::words::{phrase, starts_with, Tok};
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../../data/events/triggers.tsv");

/// One trigger of the data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Trigger {
    /// Normalized words.
    pub words: Vec<String>,
    /// meeting, visit, departure, arrival, signing, report, start, launch, hold, co-chair.
    pub kind: String,
    /// A finite verb (else a noun).
    pub verb: bool,
}

/// A trigger found in a token list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// First token.
    pub from: usize,
    /// Past the last token.
    pub to: usize,
    /// Index into [`Triggers::list`].
    pub trigger: usize,
}

/// All triggers, indexed by first word.
pub(crate) struct Triggers {
    pub list: Vec<Trigger>,
    by_first: HashMap<String, Vec<usize>>,
}

impl Triggers {
    /// The compiled-in triggers, parsed on first use.
    pub fn shared() -> &'static Triggers {
        static TRIGGERS: OnceLock<Triggers> = OnceLock::new();
        TRIGGERS.get_or_init(Triggers::load)
    }

    /// Parses the compiled-in data file.
    pub fn load() -> Triggers {
        let mut list = Vec::new();
        for line in TRIGGERS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let words = phrase(cols[1]);
            if words.is_empty() {
                continue;
            }
            list.push(Trigger {
                words,
                kind: cols[2].to_string(),
                verb: cols[3] == "verb",
            });
        }
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, t) in list.iter().enumerate() {
            by_first.entry(t.words[0].clone()).or_default().push(i);
        }
        for v in by_first.values_mut() {
            crate::util::sort::sort_by_key(v, |&i| std::cmp::Reverse(list[i].words.len()));
        }
        Triggers { list, by_first }
    }

    /// Non-overlapping triggers in `toks`, longest first at each position.
    pub fn find(&self, toks: &[Tok]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            let hit = self.by_first.get(toks[k].norm.as_str()).and_then(|c| {
                c.iter()
                    .copied()
                    .find(|&i| starts_with(toks, k, &self.list[i].words))
            });
            match hit {
                Some(i) => {
                    let to = k + self.list[i].words.len();
                    out.push(Found {
                        from: k,
                        to,
                        trigger: i,
                    });
                    k = to;
                }
                None => k += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokenize;

    #[test]
    fn longest_match_first() {
        let t = Triggers::load();
        let text = "उन्होंने पुतिन से मुलाकात की और सह-अध्यक्षता की; he met Putin";
        let toks = tokenize(text, 0, text.len());
        let kinds: Vec<(&str, bool)> = t
            .find(&toks)
            .iter()
            .map(|f| (t.list[f.trigger].kind.as_str(), t.list[f.trigger].verb))
            .collect();
        assert_eq!(
            kinds,
            [("meeting", true), ("co-chair", true), ("meeting", true)]
        );
    }
}
