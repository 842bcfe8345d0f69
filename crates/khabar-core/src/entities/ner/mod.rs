//! The learned sequence tagger: proposes entity mentions sentence by sentence.
//!
//! One averaged-perceptron model per language (English: PER/ORG/LOC/MISC
//! trained on CoNLL-2003; Hindi: PER/ORG/LOC trained on IL-NER and part of
//! HiNER), over hashed features ([`features`]) with a greedy IOB2 decoder
//! ([`tagger`]). The weights are quantized to `i16` (non-zero rows only) and compiled in from
//! `data/ner/`; `khabar-train` reproduces them and shares this very code.
//!
//! Use [`tag_document`] for a whole document: it remembers how each word
//! was written and tagged earlier in the document, which [`tag`] (one
//! sentence alone) cannot.

pub mod features;
pub mod tagger;

use crate::model::EntityType;
use crate::pipeline::Context;
use crate::segment::{Lang, SentenceInfo};
use features::{DocState, Gazetteer, TokenInfo};
use std::sync::OnceLock;
use tagger::{chunks, tag_sentence, Dense, Model, Scratch};

/// A mention proposed by the tagger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// The proposed type.
    pub kind: EntityType,
    /// 0..1: how sure the tagger is.
    pub confidence: f32,
}

static EN_MODEL: &[u8] = include_bytes!("../../../data/ner/en.bin");
static HI_MODEL: &[u8] = include_bytes!("../../../data/ner/hi.bin");
static GAZETTEER: &[u8] = include_bytes!("../../../data/ner/gazetteer.bin");

/// The compiled-in gazetteer the models were trained with.
pub fn gazetteer() -> Option<Gazetteer<'static>> {
    Gazetteer::parse(GAZETTEER)
}

/// The features' view of one token, gazetteer bits included: the one
/// constructor training and inference both use.
pub fn token_info(word: &str, gaz: Option<&Gazetteer<'_>>) -> TokenInfo {
    let mut info = TokenInfo::new(word);
    if let Some(g) = gaz {
        info.gaz = g.lookup(info.lower);
    }
    info
}

/// Which model tags a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NerLang {
    /// The English model (PER, ORG, LOC, MISC).
    En,
    /// The Hindi model (PER, ORG, LOC).
    Hi,
}

impl NerLang {
    /// The compiled-in model, `None` if its data is missing or corrupt.
    pub fn model(self) -> Option<Model<'static>> {
        Model::parse(match self {
            NerLang::En => EN_MODEL,
            NerLang::Hi => HI_MODEL,
        })
    }

    /// The model unpacked for fast scoring, once per process.
    pub fn dense(self) -> Option<&'static Dense> {
        static EN: OnceLock<Option<Dense>> = OnceLock::new();
        static HI: OnceLock<Option<Dense>> = OnceLock::new();
        let cell = match self {
            NerLang::En => &EN,
            NerLang::Hi => &HI,
        };
        cell.get_or_init(|| self.model().map(|m| Dense::new(&m)))
            .as_ref()
    }

    fn index(self) -> usize {
        match self {
            NerLang::En => 0,
            NerLang::Hi => 1,
        }
    }
}

/// Tags one sentence on its own (no document memory).
///
/// Prefer [`tag_document`] when tagging a whole document.
pub fn tag(ctx: &Context<'_>, sentence: &SentenceInfo) -> Vec<Candidate> {
    tag_sentences(ctx, std::slice::from_ref(sentence))
}

/// Tags every sentence of the document, in order, with document-level
/// memory. Candidates come out in text order.
pub fn tag_document(ctx: &Context<'_>) -> Vec<Candidate> {
    tag_sentences(ctx, ctx.sentences)
}

fn tag_sentences(ctx: &Context<'_>, sentences: &[SentenceInfo]) -> Vec<Candidate> {
    let input = sentences.iter().map(|s| {
        let tokens = ctx.tokens.get(s.tokens.clone()).unwrap_or(&[]);
        let lang = sentence_lang(ctx.text.get(s.start..s.end).unwrap_or(""), s.lang, ctx.lang);
        (tokens.iter().map(|t| (t.start, t.end)), lang)
    });
    tag_ranges(ctx.text, input)
}

/// Tags plain text as one document: sentences are lines, tokens are
/// whitespace-separated words (split further like CoNLL, see
/// [`split_token`]); each line goes to the model its script calls for,
/// `lang` deciding when the script does not. For tests and tools; the
/// pipeline uses [`tag_document`] with the segmenter's tokens.
pub fn tag_plain(text: &str, lang: NerLang) -> Vec<Candidate> {
    let doc = match lang {
        NerLang::En => Lang::En,
        NerLang::Hi => Lang::Hi,
    };
    let base = text.as_ptr() as usize;
    let input = text.lines().map(|line| {
        let words = line.split_whitespace().map(move |w| {
            let start = w.as_ptr() as usize - base;
            (start, start + w.len())
        });
        (words, sentence_lang(line, Lang::Und, doc))
    });
    tag_ranges(text, input)
}

/// The tagger proper: sentences given as token byte ranges and a model.
fn tag_ranges<I, T>(text: &str, sentences: I) -> Vec<Candidate>
where
    I: Iterator<Item = (T, NerLang)>,
    T: Iterator<Item = (usize, usize)>,
{
    let models = [NerLang::En.dense(), NerLang::Hi.dense()];
    let gaz = gazetteer();
    // Pass 1: split tokens into pieces, pick each sentence's model and let
    // its document memory see every word.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut infos: Vec<TokenInfo> = Vec::new();
    let mut spans: Vec<(usize, usize, NerLang)> = Vec::new();
    let mut docs = [DocState::new(), DocState::new()];
    for (tokens, lang) in sentences {
        let first = pieces.len();
        for (start, end) in tokens {
            split_token(text, start, end, &mut pieces);
        }
        for &(a, b) in &pieces[first..] {
            infos.push(token_info(text.get(a..b).unwrap_or(""), gaz.as_ref()));
        }
        docs[lang.index()].observe(&infos[first..]);
        spans.push((first, pieces.len(), lang));
    }
    // Pass 2: tag.
    let mut out = Vec::new();
    let mut scratch = Scratch::new();
    let (mut labels, mut probs) = (Vec::new(), Vec::new());
    for &(first, last, lang) in &spans {
        let Some(model) = models[lang.index()] else {
            continue;
        };
        let toks = &infos[first..last];
        tag_sentence(
            model,
            toks,
            &mut docs[lang.index()],
            &mut scratch,
            &mut labels,
            &mut probs,
        );
        for (a, b, ty) in chunks(&labels) {
            let (Some(&(start, _)), Some(&(_, end))) =
                (pieces.get(first + a), pieces.get(first + b - 1))
            else {
                continue;
            };
            let conf = probs[a..b].iter().sum::<f32>() / (b - a) as f32;
            let name = text.get(start..end).unwrap_or("");
            out.push(Candidate {
                start,
                end,
                kind: entity_type(ty, name, b - a),
                confidence: conf.clamp(0.0, 1.0),
            });
        }
    }
    out
}

/// Chooses the model for a sentence: by script when the sentence says
/// clearly (an English tweet inside a Hindi article goes to the English
/// model), else by the segmenter's language, else the document's.
pub fn sentence_lang(text: &str, lang: Lang, doc: Lang) -> NerLang {
    let (mut deva, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0900}'..='\u{097F}').contains(&c) {
            deva += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if deva > latin * 2 {
        return NerLang::Hi;
    }
    if latin > deva * 2 {
        return NerLang::En;
    }
    match (lang, doc) {
        (Lang::Hi, _) | (Lang::Und | Lang::Other(_), Lang::Hi) => NerLang::Hi,
        _ => NerLang::En,
    }
}

/// Maps a model type to the output type. CoNLL's MISC holds nationalities
/// ("Russian", "Indians"), which are NORP; LOC is mostly countries, states
/// and cities, hence GPE (the entities stage refines with gazetteers).
pub fn entity_type(ty: u8, text: &str, n_tokens: usize) -> EntityType {
    match ty {
        0 => EntityType::Person,
        1 => EntityType::Org,
        2 => EntityType::Gpe,
        _ if n_tokens == 1 && looks_like_demonym(text) => EntityType::Norp,
        _ => EntityType::Misc,
    }
}

fn looks_like_demonym(word: &str) -> bool {
    const SUFFIXES: [&str; 8] = ["an", "ans", "ese", "ish", "ch", "i", "is", "ic"];
    let lower = word.to_ascii_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic())
        && SUFFIXES.iter().any(|s| lower.ends_with(s))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || (('\u{0900}'..='\u{097F}').contains(&c) && c != '\u{0964}' && c != '\u{0965}')
        || c == '@'
        || c == '#'
}

/// Splits one token into the pieces the models were trained on
/// (CoNLL-style): leading and trailing punctuation apart, possessive "'s"
/// apart, abbreviation dots kept ("U.S.", "Mr.", "Inc.").
pub fn split_token(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(word) = text.get(start..end) else {
        return;
    };
    // A possessive or contraction the tokenizer already split off ("'s",
    // "n't") is one CoNLL token.
    if matches!(
        word,
        "'s" | "\u{2019}s" | "'S" | "n't" | "'re" | "'ve" | "'ll" | "'d" | "'m"
    ) {
        out.push((start, end));
        return;
    }
    // Leading punctuation, one piece per char.
    let mut s = 0;
    for (i, c) in word.char_indices() {
        if is_word_char(c) {
            break;
        }
        out.push((start + i, start + i + c.len_utf8()));
        s = i + c.len_utf8();
    }
    if s >= word.len() {
        return;
    }
    let core = &word[s..];
    // Trailing punctuation, collected back to front.
    let mut e = core.len();
    let mut tail: Vec<(usize, usize)> = Vec::new();
    while let Some(c) = core[..e].chars().next_back() {
        if is_word_char(c) {
            break;
        }
        let keep_dot = c == '.' && is_abbreviation(&core[..e]);
        if keep_dot {
            break;
        }
        tail.push((e - c.len_utf8(), e));
        e -= c.len_utf8();
    }
    // Possessive 's / ’s.
    let body = &core[..e];
    let mut body_end = e;
    for poss in ["'s", "\u{2019}s", "'S"] {
        if body.len() > poss.len() && body.ends_with(poss) {
            body_end = e - poss.len();
            break;
        }
    }
    let base = start + s;
    out.push((base, base + body_end));
    if body_end < e {
        out.push((base + body_end, base + e));
    }
    for &(a, b) in tail.iter().rev() {
        out.push((base + a, base + b));
    }
}

/// "U.S.", "Mr.", "Inc.", "J.": a word with a dot that belongs to it.
fn is_abbreviation(with_dot: &str) -> bool {
    let stem = &with_dot[..with_dot.len().saturating_sub(1)];
    if stem.is_empty() || !stem.chars().all(|c| c.is_alphabetic() || c == '.') {
        return false;
    }
    if stem.contains('.') {
        return true;
    }
    let n = stem.chars().count();
    n <= 3 && stem.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(word: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_token(word, 0, word.len(), &mut out);
        out.iter().map(|&(a, b)| &word[a..b]).collect()
    }

    #[test]
    fn tokens_split_like_conll() {
        let cases: &[(&str, &[&str])] = &[
            ("Singh,", &["Singh", ","]),
            ("\"Russia", &["\"", "Russia"]),
            ("Putin's", &["Putin", "'s"]),
            ("'s", &["'s"]),
            ("India’s", &["India", "’s"]),
            ("U.S.", &["U.S."]),
            ("Mr.", &["Mr."]),
            ("Delhi.", &["Delhi", "."]),
            ("(IRIGC-M&MTC)", &["(", "IRIGC-M&MTC", ")"]),
            ("मॉस्को।", &["मॉस्को", "।"]),
            ("की.", &["की", "."]),
            ("...", &[".", ".", "."]),
            ("", &[]),
        ];
        for (word, want) in cases {
            assert_eq!(pieces(word), want.to_vec(), "{word}");
        }
    }

    #[test]
    fn model_choice_by_script() {
        let cases = [
            ("राजनाथ सिंह ने कहा", Lang::Und, Lang::Hi, NerLang::Hi),
            (
                "Met Mr. Mikhail Murashko today.",
                Lang::Hi,
                Lang::Hi,
                NerLang::En,
            ),
            ("2024", Lang::Und, Lang::Hi, NerLang::Hi),
            ("2024", Lang::Und, Lang::En, NerLang::En),
        ];
        for (text, lang, doc, want) in cases {
            assert_eq!(sentence_lang(text, lang, doc), want, "{text}");
        }
    }

    fn names(text: &str, lang: NerLang) -> Vec<(&str, EntityType)> {
        tag_plain(text, lang)
            .iter()
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn english_news_sentences() {
        use EntityType::*;
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            (
                "Defence Minister Rajnath Singh met Russian President Vladimir Putin in Moscow on Tuesday.",
                &[("Rajnath Singh", Person), ("Russian", Norp), ("Vladimir Putin", Person), ("Moscow", Gpe)],
            ),
            (
                "The European Commission said on Thursday it disagreed with German advice.",
                &[("European Commission", Org), ("German", Norp)],
            ),
            ("the meeting was held on Monday in the morning .", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text, NerLang::En), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn hindi_news_sentences() {
        use EntityType::*;
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            (
                "रक्षा मंत्री राजनाथ सिंह ने मंगलवार को मॉस्को में रूसी राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
                &[
                    ("राजनाथ सिंह", Person),
                    ("मॉस्को", Gpe),
                    ("व्लादिमीर पुतिन", Person),
                ],
            ),
            ("उन्होंने कहा कि बैठक अच्छी रही।", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text, NerLang::Hi), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let inputs = [
            "",
            " ",
            "\u{200d}",
            "।।।",
            "'s",
            "U.S.",
            "🙂 Delhi 🙂",
            "a\u{301}b",
            "\n\n",
        ];
        for text in inputs {
            for lang in [NerLang::En, NerLang::Hi] {
                for c in tag_plain(text, lang) {
                    assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                    assert!(c.start < c.end && (0.0..=1.0).contains(&c.confidence));
                }
            }
        }
    }

    #[test]
    fn the_models_load() {
        assert!(NerLang::En.model().is_some(), "data/ner/en.bin");
        assert!(NerLang::Hi.model().is_some(), "data/ner/hi.bin");
        assert!(gazetteer().is_some(), "data/ner/gazetteer.bin");
    }

    #[test]
    fn misc_nationalities_become_norp() {
        let cases = [
            ("Russian", 1, EntityType::Norp),
            ("Indians", 1, EntityType::Norp),
            ("Chinese", 1, EntityType::Norp),
            ("Euro", 1, EntityType::Misc),
            ("World Cup", 2, EntityType::Misc),
        ];
        for (text, n, want) in cases {
            assert_eq!(entity_type(3, text, n), want, "{text}");
        }
    }
}
