//! The cue lexicon: `data/quotes/cues.tsv` and `data/quotes/roles.tsv`.

use crate::segment::hash::FxHashSet as HashSet;
use crate::text::words::phrase;
use std::sync::OnceLock;

const CUES: &str = include_str!("../../data/quotes/cues.tsv");
const ROLES: &str = include_str!("../../data/quotes/roles.tsv");

/// One language's cue words, normalized as the tokenizer normalizes text.
#[derive(Debug, Default)]
pub(crate) struct LangCues {
    /// Speech verbs (all kinds, posting verbs included).
    pub verbs: HashSet<String>,
    /// Speech verbs that may take a bare complement.
    pub bare: HashSet<String>,
    /// Verbs of writing and posting.
    pub post_verbs: HashSet<String>,
    /// "according to" and the like, as word sequences.
    pub preps: Vec<Vec<String>>,
    /// "as reported by", as word sequences.
    pub reported_by: Vec<Vec<String>>,
    /// "that", "कि".
    pub comps: HashSet<String>,
    /// Hindi case markers; the first is the subject marker ने.
    pub markers: HashSet<String>,
    /// Pronouns that can stand for a speaker.
    pub pronouns: HashSet<String>,
    /// Words that say the words were posted.
    pub post_ctx: HashSet<String>,
    /// Unnamed source nouns.
    pub sources: HashSet<String>,
    /// Words that make a following speech verb no speech.
    pub not_before: HashSet<String>,
    /// Role head nouns.
    pub roles: HashSet<String>,
}

/// Both languages' cues.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// English.
    pub en: LangCues,
    /// Hindi.
    pub hi: LangCues,
}

impl Lexicon {
    /// The compiled-in lexicon, parsed on first use.
    pub fn shared() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    /// Parses the compiled-in data files.
    pub fn load() -> Lexicon {
        let mut lex = Lexicon::default();
        for line in CUES.lines() {
            let line = line.trim_end();
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(lang), Some(kind), Some(p)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let cues = match lang {
                "en" => &mut lex.en,
                "hi" => &mut lex.hi,
                _ => continue,
            };
            let words = phrase(p);
            let one = words.join(" ");
            match kind {
                "verb" => {
                    cues.verbs.insert(one);
                }
                "verb_bare" => {
                    cues.verbs.insert(one.clone());
                    cues.bare.insert(one);
                }
                "post_verb" => {
                    cues.verbs.insert(one.clone());
                    cues.post_verbs.insert(one);
                }
                "prep" => cues.preps.push(words),
                "reported_by" => cues.reported_by.push(words),
                "comp" => {
                    cues.comps.insert(one);
                }
                "marker" => {
                    cues.markers.insert(one);
                }
                "pronoun" => {
                    cues.pronouns.insert(one);
                }
                "post_ctx" => {
                    cues.post_ctx.insert(one);
                }
                "source" => {
                    cues.sources.insert(one);
                }
                "not_before" => {
                    cues.not_before.insert(one);
                }
                _ => {}
            }
        }
        for line in ROLES.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(lang), Some(head)) = (cols.next(), cols.next()) else {
                continue;
            };
            let cues = match lang {
                "en" => &mut lex.en,
                "hi" => &mut lex.hi,
                _ => continue,
            };
            cues.roles.insert(phrase(head).join(" "));
        }
        lex
    }

    /// The cues of a language (Hindi when `hindi`, else English).
    pub fn get(&self, hindi: bool) -> &LangCues {
        if hindi {
            &self.hi
        } else {
            &self.en
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let lex = Lexicon::load();
        assert!(lex.en.verbs.contains("said"));
        assert!(lex.en.bare.contains("said"));
        assert!(!lex.en.bare.contains("told"));
        assert!(lex.en.post_verbs.contains("tweeted"));
        assert!(lex.hi.verbs.contains("कहा"));
        assert!(lex.hi.markers.contains("ने"));
        assert!(lex.hi.comps.contains("कि"));
        assert_eq!(
            lex.en.preps,
            vec![vec!["according".to_string(), "to".into()]]
        );
        assert!(lex.hi.roles.contains("मंत्री"));
        assert!(lex.en.roles.contains("minister"));
    }
}
