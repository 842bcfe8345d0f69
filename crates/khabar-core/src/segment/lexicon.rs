//! The word lists the splitter and the language guesser read, compiled in
//! from `data/segment/`.

use super::hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// How an abbreviation behaves before a full stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Never ends a sentence ("Mr.", "Rs.", "Lt.").
    Title,
    /// Ends one only before a sentence starter ("Ltd.", "etc.").
    Ambiguous,
}

/// The parsed lists.
pub struct Lexicon {
    abbreviations: FxHashMap<&'static str, Abbrev>,
    starters: FxHashSet<&'static str>,
    /// Per language: its stopwords.
    pub stopwords: Vec<(&'static str, FxHashSet<&'static str>)>,
    /// Every stopword with the languages that list it: bit `i` stands for
    /// `stopwords[i]`, so a word costs one look-up for all languages.
    stopword_langs: FxHashMap<&'static str, u64>,
}

const ABBREVIATIONS: &str = include_str!("../../data/segment/abbreviations.txt");
const STARTERS: &str = include_str!("../../data/segment/starters-en.txt");
const STOPWORDS: &str = include_str!("../../data/segment/stopwords.tsv");

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The lists, parsed once.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let abbreviations = lines(ABBREVIATIONS)
                .filter_map(|l| {
                    let (class, word) = l.split_once(' ')?;
                    let class = match class {
                        "title" => Abbrev::Title,
                        _ => Abbrev::Ambiguous,
                    };
                    Some((word.trim(), class))
                })
                .collect();
            let starters = lines(STARTERS).collect();
            let stopwords: Vec<(&'static str, FxHashSet<&'static str>)> = lines(STOPWORDS)
                .filter_map(|l| {
                    let (lang, words) = l.split_once('\t')?;
                    Some((lang, words.split_whitespace().collect()))
                })
                .collect();
            let mut stopword_langs: FxHashMap<&'static str, u64> = FxHashMap::default();
            for (i, (_, words)) in stopwords.iter().enumerate().take(64) {
                for w in words {
                    *stopword_langs.entry(*w).or_default() |= 1 << i;
                }
            }
            Lexicon {
                abbreviations,
                starters,
                stopwords,
                stopword_langs,
            }
        })
    }

    /// The class of an abbreviation written without its dot.
    pub fn abbreviation(&self, word: &str) -> Option<Abbrev> {
        self.abbreviations.get(word).copied()
    }

    /// The languages (bits indexing [`Lexicon::stopwords`]) that list
    /// `word` (lower-case) as a stopword.
    pub fn stopword_langs(&self, word: &str) -> u64 {
        self.stopword_langs.get(word).copied().unwrap_or(0)
    }

    /// Does `word` typically open a sentence?
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = Lexicon::get();
        assert_eq!(l.abbreviation("Mr"), Some(Abbrev::Title));
        assert_eq!(l.abbreviation("Hon'ble"), Some(Abbrev::Title));
        assert_eq!(l.abbreviation("Ltd"), Some(Abbrev::Ambiguous));
        assert_eq!(l.abbreviation("Minister"), None);
        assert!(l.is_starter("The"));
        assert!(l
            .stopwords
            .iter()
            .any(|(lang, w)| *lang == "hi" && w.contains("है")));
    }
}
