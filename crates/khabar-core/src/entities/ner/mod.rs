//! The learned sequence tagger: proposes entity mentions sentence by sentence.
//!
//! One averaged-perceptron model per language (English: PER/ORG/LOC/MISC
//! trained on CoNLL-2003; Hindi: PER/ORG/LOC trained on IL-NER and part of
//! HiNER), over hashed features ([`features`]) with a beam-search IOB2
//! decoder ([`tagger`]). The weights are quantized to `i16` (non-zero rows
//! only), compiled in from `data/ner/` and scored in place; `khabar-train`
//! reproduces them and shares this very code.
//!
//! Use [`tag_document`] for a whole document: it remembers how each word
//! was written and tagged earlier in the document, which [`tag`] (one
//! sentence alone) cannot.

pub mod features;
pub mod tagger;

use crate::context::Context;
use crate::model::EntityType;
use crate::segment::lexicon::{Abbrev, Lexicon};
use crate::segment::{Lang, SentenceInfo};
use crate::text::atoms::Atoms;
use crate::text::chars;
use features::{flag, word_features, DocState, Gazetteer, TokenInfo};
use std::collections::HashMap;
use std::sync::OnceLock;
use tagger::{chunks, decode_with, tag_sentence, Model, Scorer, Scratch, Sums, BEAM};

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
    /// The compiled-in model, `None` if its data is missing or corrupt;
    /// parsed once per process, on first use (an English document never
    /// parses the Hindi model).
    pub fn model(self) -> Option<&'static Model<'static>> {
        static EN: OnceLock<Option<Model<'static>>> = OnceLock::new();
        static HI: OnceLock<Option<Model<'static>>> = OnceLock::new();
        let (cell, bytes) = match self {
            NerLang::En => (&EN, EN_MODEL),
            NerLang::Hi => (&HI, HI_MODEL),
        };
        cell.get_or_init(|| Model::parse(bytes)).as_ref()
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
    let unit = ctx.text.get(sentence.start..sentence.end).unwrap_or("");
    let lang = sentence_lang(unit, sentence.lang, ctx.lang);
    tag_ranges(
        ctx.text,
        std::iter::once((words(ctx.atoms, sentence.start, sentence.end), lang)),
    )
}

/// Tags every sentence of the document, in order, with document-level
/// memory. Candidates come out in text order.
///
/// The tagger reads its own units, not the segmenter's sentences as they
/// are: a dateline piece is read with the rest of its line ("CRICKET -
/// ENGLISH COUNTY CHAMPIONSHIP SCORES ."), a line break inside a sentence
/// ends the unit unless the text is wrapped at a fixed width (headlines,
/// tables and lists run line by line), and words are split at whitespace
/// and then like CoNLL ([`split_token`]), the tokenization the models were
/// trained on.
pub fn tag_document(ctx: &Context<'_>) -> Vec<Candidate> {
    let units = units(ctx);
    let text = ctx.text;
    let input = units.iter().map(|&(a, b, lang)| {
        let unit = text.get(a..b).unwrap_or("");
        (words(ctx.atoms, a, b), sentence_lang(unit, lang, ctx.lang))
    });
    tag_ranges(text, input)
}

/// The whitespace-separated words of `text[a..b]`, as byte ranges of
/// `text`: runs of the document's atoms with no space between them.
fn words(atoms: &Atoms, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let clipped = atoms.clip(a, b);
    let mut k = 0;
    std::iter::from_fn(move || {
        let first = *clipped.get(k)?;
        k += 1;
        let mut end = first.end();
        while let Some(next) = clipped.get(k).filter(|n| !n.spaced()) {
            end = next.end();
            k += 1;
        }
        Some((first.start(), end))
    })
}

/// The tagger's units: byte ranges with the language the segmenter gave
/// them ([`Lang::Und`] for pieces outside any sentence).
fn units(ctx: &Context<'_>) -> Vec<(usize, usize, Lang)> {
    let text = ctx.text;
    let len = text.len();
    let mut ranges: Vec<(usize, usize, Lang)> = ctx
        .sentences
        .iter()
        .filter(|s| s.start < s.end && s.end <= len)
        .map(|s| (s.start, s.end, s.lang))
        .collect();
    if ranges.is_empty() {
        ranges.push((0, len, Lang::Und));
    }
    crate::util::sort::sort_by_key(&mut ranges, |r| (r.0, r.1));
    // The dateline and the embeds' signature lines: the parts no sentence
    // covers.
    let wanted: Vec<(usize, usize)> = ctx
        .dateline
        .map(|d| (d.start, d.end))
        .into_iter()
        .chain(ctx.embeds.iter().map(|e| (e.start, e.end)))
        .collect();
    let mut extra: Vec<(usize, usize, Lang)> = Vec::new();
    for (s, e) in wanted {
        let (s, e) = (s.min(len), e.min(len));
        let mut pos = s;
        let first = ranges.partition_point(|r| r.1 <= s);
        for r in ranges[first..].iter().take_while(|r| r.0 < e) {
            if r.0 > pos {
                extra.push((pos, r.0, Lang::Und));
            }
            pos = pos.max(r.1);
        }
        if pos < e {
            extra.push((pos, e, Lang::Und));
        }
    }
    extra.retain(|r| r.1 > r.0 && text.is_char_boundary(r.0) && text.is_char_boundary(r.1));
    // (start, end, language, outside any sentence)
    let mut all: Vec<(usize, usize, Lang, bool)> = ranges
        .into_iter()
        .map(|(a, b, l)| (a, b, l, false))
        .collect();
    all.extend(extra.into_iter().map(|(a, b, l)| (a, b, l, true)));
    crate::util::sort::sort_by_key(&mut all, |r| (r.0, r.1));
    // Line breaks inside a range.
    let short = short_line(text);
    let mut pieces: Vec<(usize, usize, Lang, bool)> = Vec::with_capacity(all.len());
    let mut covered = 0;
    for (a, b, lang, outside) in all {
        if a < covered {
            continue; // overlaps the previous range
        }
        covered = b;
        let mut start = a;
        let mut line_start = a;
        let unit = text.get(a..b).unwrap_or("");
        for (i, _) in unit.match_indices('\n') {
            let line = text.get(line_start..a + i).unwrap_or("");
            line_start = a + i + 1;
            if line.trim().chars().count() < short {
                if text.get(start..a + i).is_some_and(|u| !u.trim().is_empty()) {
                    pieces.push((start, a + i, lang, outside));
                }
                start = a + i + 1;
            }
        }
        if text.get(start..b).is_some_and(|r| !r.trim().is_empty()) {
            pieces.push((start, b, lang, outside));
        }
    }
    // Glue to its neighbour on the same line a piece outside any sentence
    // (the dateline "CRICKET -" before its headline), a one-word
    // "sentence" ("1." of a list, "ST." of "ST. LOUIS") and a sentence
    // ending in an initial ("Bowling : S." before "Waugh 5-1-36-1").
    let mut out: Vec<(usize, usize, Lang)> = Vec::with_capacity(pieces.len());
    let mut prev_outside = false;
    for (a, b, lang, outside) in pieces {
        if let Some(last) = out.last_mut() {
            let same_line = text.get(last.1..a).is_some_and(|g| !g.contains('\n'));
            let prev = text.get(last.0..last.1).unwrap_or("");
            let one_word = prev.split_whitespace().nth(1).is_none();
            if same_line && (outside || prev_outside || one_word || ends_in_initial(prev)) {
                last.1 = b;
                if last.2 == Lang::Und {
                    last.2 = lang;
                }
                prev_outside = outside;
                continue;
            }
        }
        out.push((a, b, lang));
        prev_outside = outside;
    }
    out
}

/// "… S.": the last word is one capital letter and a dot.
fn ends_in_initial(s: &str) -> bool {
    let w = s.split_whitespace().next_back().unwrap_or("");
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A line shorter than this many characters ends where it breaks.
///
/// Text wrapped at a fixed width has nearly all its lines near that width
/// (the 90th percentile of line lengths, at least [`WRAP_MIN`]) and hardly
/// any longer: there a line break is a wrap unless the line falls short of
/// three quarters of the width (a paragraph end, a headline). Anywhere else
/// — one paragraph per line, tables, lists, headlines — every line break
/// inside a sentence ends it.
fn short_line(text: &str) -> usize {
    let mut lens: Vec<usize> = text
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lens.is_empty() {
        return 0;
    }
    let k = (lens.len() * 9 / 10).min(lens.len() - 1);
    let (_, &mut p90, _) = lens.select_nth_unstable(k);
    let longer = lens.iter().filter(|&&n| n > p90 + 10).count();
    if p90 >= WRAP_MIN && longer * 50 <= lens.len() {
        p90 * 3 / 4
    } else {
        usize::MAX
    }
}

/// The narrowest width prose is wrapped at, in characters.
const WRAP_MIN: usize = 50;

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
    let gaz = gazetteer();
    // Pass 1: split tokens into pieces, pick each sentence's model and let
    // its document memory see every word. A word's features depend on its
    // text alone, so each distinct word is described once and pieces keep
    // an index: a `TokenInfo` per piece was the peak of a large document's
    // analysis (96 bytes a piece, 12× the input on its own).
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut ids: Vec<u32> = Vec::new();
    let mut infos: Vec<TokenInfo> = Vec::new();
    let mut seen: HashMap<&str, u32> = HashMap::new();
    let mut spans: Vec<(usize, usize, NerLang, bool)> = Vec::new();
    let mut docs = [DocState::new(), DocState::new()];
    let mut sentence: Vec<TokenInfo> = Vec::new();
    for (tokens, lang) in sentences {
        let first = pieces.len();
        for (start, end) in tokens {
            split_token(text, start, end, &mut pieces);
        }
        sentence.clear();
        for &(a, b) in &pieces[first..] {
            let word = text.get(a..b).unwrap_or("");
            let id = *seen.entry(word).or_insert_with(|| {
                infos.push(token_info(word, gaz.as_ref()));
                u32::try_from(infos.len() - 1).unwrap_or(u32::MAX)
            });
            ids.push(id);
            sentence.push(infos.get(id as usize).copied().unwrap_or_default());
        }
        docs[lang.index()].observe(&sentence);
        let headline = is_title_line(text, &pieces[first..], &sentence);
        spans.push((first, pieces.len(), lang, headline));
    }
    // Pass 2: tag. The features a word alone decides are scored once per
    // distinct word and model, on first use.
    let mut out = Vec::new();
    let mut scratch = Scratch::new();
    let (mut labels, mut probs) = (Vec::new(), Vec::new());
    let mut word_sums: [Vec<Option<Sums>>; 2] = [vec![None; infos.len()], vec![None; infos.len()]];
    let mut sums: Vec<Sums> = Vec::new();
    let mut feats: Vec<u32> = Vec::new();
    for &(first, last, lang, headline) in &spans {
        let Some(model) = lang.model() else {
            continue;
        };
        sentence.clear();
        sums.clear();
        let cache = &mut word_sums[lang.index()];
        for &id in ids.get(first..last).unwrap_or(&[]) {
            let info = infos.get(id as usize).copied().unwrap_or_default();
            sentence.push(info);
            let s = match cache.get(id as usize).copied().flatten() {
                Some(s) => s,
                None => {
                    feats.clear();
                    word_features(model.space(), &info, &mut feats);
                    let s = model.sums(&feats).unwrap_or_default();
                    if let Some(slot) = cache.get_mut(id as usize) {
                        *slot = Some(s);
                    }
                    s
                }
            };
            sums.push(s);
        }
        let toks = &sentence[..];
        let doc = &mut docs[lang.index()];
        if headline {
            // A headline's guesses are not remembered: in Title Case every
            // word looks like a name, and a wrong type given there ("Milkha
            // Singh Clinches Victory" an organization) would otherwise lean
            // every later mention of the name that way.
            decode_with(
                model,
                toks,
                Some(&sums),
                doc,
                BEAM,
                &mut scratch,
                &mut labels,
                &mut probs,
            );
        } else {
            tag_sentence(
                model,
                toks,
                Some(&sums),
                doc,
                &mut scratch,
                &mut labels,
                &mut probs,
            );
        }
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

/// True when a sentence is a headline in Title Case: it does not end as a
/// sentence does (`.`, `?`, `!`, a closing quote), at least four of its
/// Latin words are capitalized, and few are lower case but for short ones.
fn is_title_line(text: &str, pieces: &[(usize, usize)], toks: &[TokenInfo]) -> bool {
    let (Some(&(start, _)), Some(&(_, end))) = (pieces.first(), pieces.last()) else {
        return false;
    };
    if crate::entities::edges::ends_as_sentence(text.get(start..end).unwrap_or("")) {
        return false;
    }
    // Title Case leaves short function words ("in", "of", "and") in
    // lower case, hardly a longer word.
    let (mut caps, mut short, mut long) = (0usize, 0usize, 0usize);
    for t in toks {
        if t.flags & flag::LATIN == 0 {
            continue;
        }
        if t.flags & flag::INIT_CAP != 0 {
            caps += 1;
        } else if t.flags & flag::LOWER != 0 {
            if t.len <= 4 {
                short += 1;
            } else {
                long += 1;
            }
        }
    }
    caps >= 4 && short >= 1 && long * 5 <= caps && short * 2 <= caps
}

/// Chooses the model for a sentence: by script when the sentence says
/// clearly (an English tweet inside a Hindi article goes to the English
/// model), else by the segmenter's language, else the document's.
pub fn sentence_lang(text: &str, lang: Lang, doc: Lang) -> NerLang {
    let (deva, latin) = chars::script_counts(text);
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
        && word.chars().all(chars::is_alphabetic)
        && word.chars().any(char::is_lowercase)
        && SUFFIXES.iter().any(|s| lower.ends_with(s))
}

fn is_word_char(c: char) -> bool {
    chars::is_alphanumeric(c)
        || (chars::is_devanagari(c) && !chars::is_danda(c))
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

/// "U.S.", "Mr.", "Inc.", "J.", "डॉ.", "एस.": a word with a dot that
/// belongs to it. Devanagari has no capitals, so there the segmenter's list
/// of titles and initials (letter names: "एस. जयशंकर", "के. सी.
/// चक्रवर्ती") decides, as it does for sentence ends; IL-NER writes such a
/// word with its dot as one token.
fn is_abbreviation(with_dot: &str) -> bool {
    let stem = &with_dot[..with_dot.len().saturating_sub(1)];
    if stem.is_empty() || !stem.chars().all(|c| chars::is_alphabetic(c) || c == '.') {
        return false;
    }
    if stem.contains('.') {
        return true;
    }
    let n = stem.chars().count();
    let first = stem.chars().next();
    if first.is_some_and(chars::is_devanagari) {
        return Lexicon::get().abbreviation(stem) == Some(Abbrev::Title);
    }
    n <= 3 && first.is_some_and(|c| c.is_ascii_uppercase())
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
    fn title_case_headlines_are_told_from_sentences_and_name_lines() {
        let title = |line: &str| {
            let mut ps = Vec::new();
            let base = line.as_ptr() as usize;
            for w in line.split_whitespace() {
                let a = w.as_ptr() as usize - base;
                split_token(line, a, a + w.len(), &mut ps);
            }
            let toks: Vec<TokenInfo> = ps
                .iter()
                .map(|&(a, b)| TokenInfo::new(&line[a..b]))
                .collect();
            is_title_line(line, &ps, &toks)
        };
        assert!(title("Tarsem Gill Clinches Victory in the Relay at Nagpur"));
        assert!(title("Rains Lash Coastal Andhra as Cyclone Nears Land"));
        // A sentence ends as one, however many names it holds.
        assert!(!title(
            "Prime Minister Narendra Modi met US President Joe Biden in New York."
        ));
        // Prose without its full stop has long lower-case words.
        assert!(!title(
            "Amit Shah met farmers in Patna and promised support"
        ));
        // A line that is only a name has no function word: no headline.
        assert!(!title("Rajdanga Naba Uday Sangha"));
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
            ("एस.", &["एस."]),
            ("डॉ.", &["डॉ."]),
            ("जयशंकर.", &["जयशंकर", "."]),
            ("...", &[".", ".", "."]),
            ("", &[]),
        ];
        for (word, want) in cases {
            assert_eq!(pieces(word), want.to_vec(), "{word}");
        }
    }

    #[test]
    fn lines_break_units_unless_wrapped() {
        // A table: every line break ends a unit.
        assert_eq!(
            short_line("AMERICAN LEAGUE\nNEW YORK 74 59\nBOSTON 70 63"),
            usize::MAX
        );
        // Prose wrapped at 60 columns: only short lines end units.
        let wrapped = "Defence Minister Rajnath Singh met the Russian President in\n".repeat(12);
        let short = short_line(&wrapped);
        assert!((30..60).contains(&short), "{short}");
        // One paragraph per line, lengths all over the place: every break.
        let mut lines = String::new();
        for n in [110, 70, 90] {
            lines.push_str(&"x".repeat(n));
            lines.push('\n');
        }
        lines.push_str(&"United States at Netherlands\nFrance at Japan\n".repeat(10));
        assert_eq!(short_line(&lines), usize::MAX);
        assert_eq!(short_line(""), 0);
    }

    #[test]
    fn initials_do_not_end_units() {
        let cases = [
            ("Bowling : S.", true),
            ("He met J.", true),
            ("in the U.S.", false),
            ("It was fine.", false),
            ("", false),
        ];
        for (text, want) in cases {
            assert_eq!(ends_in_initial(text), want, "{text}");
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
            ("ANI", 1, EntityType::Misc),
            ("World Cup", 2, EntityType::Misc),
        ];
        for (text, n, want) in cases {
            assert_eq!(entity_type(3, text, n), want, "{text}");
        }
    }
}
