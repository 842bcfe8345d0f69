//! The word lists the splitter and the language guesser read, compiled in
//! from `data/segment/`.

use std::collections::{HashMap, HashSet};
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
    abbreviations: HashMap<&'static str, Abbrev>,
    starters: HashSet<&'static str>,
    /// Per language: its stopwords.
    pub stopwords: Vec<(&'static str, HashSet<&'static str>)>,
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
            let stopwords = lines(STOPWORDS)
                .filter_map(|l| {
                    let (lang, words) = l.split_once('\t')?;
                    Some((lang, words.split_whitespace().collect()))
                })
                .collect();
            Lexicon {
                abbreviations,
                starters,
                stopwords,
            }
        })
    }

    /// The class of an abbreviation written without its dot.
    pub fn abbreviation(&self, word: &str) -> Option<Abbrev> {
        self.abbreviations.get(word).copied()
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
