//! Segmentation: paragraphs, sentences, tokens and the language of each
//! sentence.
//!
//! One linear pass per stage. Blocks come first: blank lines always end a
//! paragraph; a single newline ends one too, unless the text is hard-wrapped
//! (most inner lines end mid-sentence), as wire copy and e-mail often are.
//! Furniture ranges (datelines, captions, "Read also" lines, post
//! signatures) are cut out of the blocks, so no sentence ever contains them.
//! Each remaining piece is tokenized ([`token`]) and split into sentences
//! ([`sentence`]); each sentence gets its language ([`lang`]).

pub(crate) mod hash;
pub mod lang;
pub mod lexicon;
pub mod sentence;
pub mod token;

use crate::document::LangHint;
use crate::model::Span;
use crate::text::atoms::Atoms;

/// The character classes, where the entity and time stages have always
/// found them.
pub(crate) use crate::text::chars;
pub use token::{is_digit, is_word_char};

/// A language khabar knows about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Hindi.
    Hi,
    /// Another language, by its BCP-47 code; analyzed only as far as the
    /// language-independent parts go.
    Other(&'static str),
    /// Undetermined (too short, only digits, …).
    Und,
}

impl Lang {
    /// The BCP-47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Other(code) => code,
            Lang::Und => "und",
        }
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (any script), with inner apostrophes, hyphens and dots of
    /// abbreviations.
    Word,
    /// Digits (ASCII or Devanagari), with inner separators: "1,000", "3.5", "१०".
    Number,
    /// Punctuation.
    Punct,
    /// A URL.
    Url,
    /// An @handle.
    Handle,
    /// A #hashtag.
    Hashtag,
    /// Anything else: emoji, symbols.
    Symbol,
}

/// A token: a byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

/// A sentence: its range, its tokens and its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceInfo {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// The sentence's tokens, as a range of [`Segmented::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// Its language.
    pub lang: Lang,
}

/// The result of segmentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segmented {
    /// The document's main language.
    pub lang: Lang,
    /// Sentences, in order.
    pub sentences: Vec<SentenceInfo>,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// Notes for the user.
    pub warnings: Vec<String>,
    /// The atoms of the whole text: the one tokenization every stage's
    /// tokens are grouped from ([`crate::text::atoms`]).
    pub(crate) atoms: Atoms,
}

/// Splits `text` into sentences and tokens, skipping the `furniture` ranges
/// (captions, "Read also" lines, credits).
pub fn segment(text: &str, furniture: &[Span], hint: LangHint) -> Segmented {
    let mut cut: Vec<Span> = furniture
        .iter()
        .filter(|f| f.start < f.end && f.end <= text.len())
        .copied()
        .collect();
    crate::util::sort::sort_by_key(&mut cut, |f| (f.start, f.end));
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::with_capacity(text.len() / 100 + 1);
    let atoms = Atoms::scan(text);
    let mut f = 0usize;
    for block in paragraphs(text) {
        // Pieces of the block that are not furniture.
        let mut pos = block.start;
        while f < cut.len() && cut[f].end <= pos {
            f += 1;
        }
        let mut g = f;
        loop {
            let piece_end = match cut.get(g) {
                Some(c) if c.start < block.end => c.start.max(pos),
                _ => block.end,
            };
            if piece_end > pos {
                piece(text, &atoms, pos, piece_end, &mut tokens, &mut ranges);
            }
            match cut.get(g) {
                Some(c) if c.start < block.end => {
                    pos = pos.max(c.end);
                    g += 1;
                    if pos >= block.end {
                        break;
                    }
                }
                _ => break,
            }
        }
    }
    let mut sentences: Vec<SentenceInfo> = Vec::with_capacity(ranges.len());
    let mut words: Vec<(&'static str, usize)> = Vec::new();
    for r in ranges {
        let (Some(first), Some(last)) = (tokens.get(r.start), tokens.get(r.end.wrapping_sub(1)))
        else {
            continue;
        };
        let (lang, n) = lang::sentence_lang(text, &tokens[r.clone()]);
        if lang != Lang::Und {
            match words.iter_mut().find(|(c, _)| *c == lang.code()) {
                Some((_, m)) => *m += n,
                None => words.push((lang.code(), n)),
            }
        }
        sentences.push(SentenceInfo {
            start: first.start,
            end: last.end,
            tokens: r,
            lang,
        });
    }
    // The capacity guess is generous; the tokens live through every stage.
    tokens.shrink_to_fit();
    let detected = document_lang(&words);
    let doc_lang = match hint {
        LangHint::En => Lang::En,
        LangHint::Hi => Lang::Hi,
        LangHint::Auto => detected,
    };
    for s in &mut sentences {
        if s.lang == Lang::Und {
            s.lang = doc_lang;
        }
    }
    let mut warnings = Vec::new();
    if let Lang::Other(code) = doc_lang {
        warnings.push(format!(
            "the article looks like {} ({code}); khabar reads English and Hindi, so only the language-independent parts (links, embeds, numeric dates) were analyzed",
            lang::name(code)
        ));
    } else {
        let mut others: Vec<&str> = sentences
            .iter()
            .filter_map(|s| match s.lang {
                Lang::Other(c) => Some(c),
                _ => None,
            })
            .collect();
        if !others.is_empty() {
            let count = others.len();
            crate::util::sort::sort(&mut others);
            others.dedup();
            let names: Vec<String> = others
                .iter()
                .map(|c| format!("{} ({c})", lang::name(c)))
                .collect();
            warnings.push(format!(
                "{count} sentence{} in other languages ({}) were only partly analyzed",
                if count == 1 { " is" } else { "s are" },
                names.join(", ")
            ));
        }
    }
    Segmented {
        lang: doc_lang,
        sentences,
        tokens,
        warnings,
        atoms,
    }
}

/// The document's language from the words of its sentences: Hindi when
/// more than 40% of the words are Hindi (a Hindi article quoting English
/// posts is Hindi), else the language with the most words.
fn document_lang(words: &[(&'static str, usize)]) -> Lang {
    let total: usize = words.iter().map(|(_, n)| n).sum();
    let hi = words
        .iter()
        .find(|(c, _)| *c == "hi")
        .map_or(0, |(_, n)| *n);
    if total == 0 {
        return Lang::Und;
    }
    if hi * 5 > total * 2 {
        return Lang::Hi;
    }
    words
        .iter()
        .max_by_key(|(c, n)| (*n, *c == "en"))
        .map_or(Lang::Und, |(c, _)| lang::to_lang(c))
}

/// Tokenizes `text[start..end]` and splits it into sentences, merging
/// punctuation-only pieces ("—", "…") into a neighbour.
fn piece(
    text: &str,
    atoms: &Atoms,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
    ranges: &mut Vec<std::ops::Range<usize>>,
) {
    let first = tokens.len();
    token::tokenize_atoms(text, atoms, start, end, tokens);
    if tokens.len() == first {
        return;
    }
    let before = ranges.len();
    sentence::split(text, &tokens[first..], first, ranges);
    let mut k = before;
    while k < ranges.len() {
        let r = ranges[k].clone();
        // Words or numbers make a sentence; a line of only links, tags or
        // punctuation ("#BRICS pic.twitter.com/…") joins its neighbour.
        let content = tokens[r.clone()].iter().any(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Symbol
            )
        });
        if content {
            k += 1;
            continue;
        }
        if k > before {
            ranges[k - 1].end = r.end;
            ranges.remove(k);
        } else if k + 1 < ranges.len() {
            ranges[k + 1].start = r.start;
            ranges.remove(k);
        } else {
            ranges.truncate(k);
            tokens.truncate(first);
            return;
        }
    }
}

/// The paragraphs of plain text: blocks separated by blank lines, and each
/// line its own paragraph unless the text is hard-wrapped. Ranges are
/// trimmed of surrounding whitespace.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let wrapped = is_hard_wrapped(text);
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut offset = 0;
    for line in crate::util::lines(text) {
        let start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span {
            start: start + lead,
            end: start + lead + trimmed.len(),
        };
        // A line that continues the previous one (it starts in lowercase,
        // or the previous one stopped at a comma) is not a new paragraph.
        // So is a line after a currency or title abbreviation ("worth Rs\n19.17 lakh").
        let continues = |c: &Span| {
            let prev = &text[c.start..c.end];
            let last = prev.rsplit(' ').next().unwrap_or("");
            let last = last.strip_suffix('.').unwrap_or(last);
            trimmed.chars().next().is_some_and(|ch| ch.is_lowercase())
                || prev.ends_with([',', ';', '₹'])
                || lexicon::Lexicon::get().abbreviation(last) == Some(lexicon::Abbrev::Title)
        };
        match current.as_mut() {
            Some(c) if wrapped || continues(c) => c.end = span.end,
            _ => {
                out.extend(current.take());
                current = Some(span);
            }
        }
    }
    out.extend(current);
    out
}

/// True when most lines followed by another line stop mid-sentence and
/// hardly any line is long: text wrapped at a fixed width (wire copy,
/// e-mail). Text with one paragraph per line has long lines.
fn is_hard_wrapped(text: &str) -> bool {
    let (mut inner, mut open, mut lines, mut long) = (0usize, 0usize, 0usize, 0usize);
    let mut prev: Option<&str> = None;
    for line in crate::util::lines(text) {
        let line = line.trim();
        if !line.is_empty() {
            lines += 1;
            if line.len() > 100 && line.chars().count() > 100 {
                long += 1;
            }
        }
        if let Some(p) = prev {
            // Lines ending in a URL or followed by a post signature are
            // embeds, not wrapping.
            let url_end = p.rsplit(' ').next().is_some_and(|w| w.contains('/'));
            let signature = line.starts_with(['—', '–']);
            if !line.is_empty() && !url_end && !signature {
                inner += 1;
                let last = p.chars().next_back().unwrap_or('.');
                if !matches!(
                    last,
                    '.' | '?' | '!' | '।' | '|' | '"' | '”' | '\'' | '’' | ')' | ':'
                ) {
                    open += 1;
                }
            }
        }
        prev = (!line.is_empty()).then_some(line);
    }
    inner >= 3 && open * 10 > inner * 6 && long * 10 < lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, furniture: &[Span]) -> Vec<(String, &'static str)> {
        let seg = segment(text, furniture, LangHint::Auto);
        seg.sentences
            .iter()
            .map(|s| (text[s.start..s.end].to_string(), s.lang.code()))
            .collect()
    }

    #[test]
    fn paragraphs_by_blank_lines_and_by_lines() {
        let text =
            "One. Two.\n\nThree.\nFour.\nfor the last\nrites. Five,\nSix.\n\nworth Rs\n19.17 lakh.";
        let p: Vec<&str> = paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            p,
            [
                "One. Two.",
                "Three.",
                "Four.\nfor the last\nrites. Five,\nSix.",
                "worth Rs\n19.17 lakh."
            ]
        );
        let wrapped = "NEW DELHI: The minister said the\ngovernment would act soon on the\nmatter and that talks were\nunder way.\n\nNext para.";
        let p: Vec<&str> = paragraphs(wrapped)
            .iter()
            .map(|s| &wrapped[s.start..s.end])
            .collect();
        assert_eq!(p.len(), 2);
        let s = sentences(wrapped, &[]);
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn furniture_is_skipped() {
        let text =
            "date 2025-12-04 New Delhi [India], December 4 (ANI): Nadda met Murashko. He left.";
        let cut = text.find("Nadda").unwrap_or(0);
        let s = sentences(text, &[Span { start: 0, end: cut }]);
        assert_eq!(s[0].0, "Nadda met Murashko.");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn languages_per_sentence_and_document() {
        let text = "राजनाथ ने पुतिन से मुलाकात की.\nGlad to call on the Russian President Mr Vladimir Putin.\nरक्षा मंत्री ने कहा कि भारत हमेशा साथ खड़ा रहा है.";
        let seg = segment(text, &[], LangHint::Auto);
        let langs: Vec<_> = seg.sentences.iter().map(|s| s.lang.code()).collect();
        assert_eq!(langs, ["hi", "en", "hi"]);
        assert_eq!(seg.lang, Lang::Hi);
        assert!(seg.warnings.is_empty());
        let bn = segment(
            "প্রধানমন্ত্রী নরেন্দ্র মোদী আজ কলকাতায় এসেছেন।",
            &[],
            LangHint::Auto,
        );
        assert_eq!(bn.lang, Lang::Other("bn"));
        assert!(bn.warnings[0].contains("Bengali"));
        assert_eq!(segment("", &[], LangHint::Auto).lang, Lang::Und);
        assert_eq!(
            segment("2024", &[], LangHint::En).sentences[0].lang,
            Lang::En
        );
    }

    /// Pseudo-random text from tricky pieces: no panic, and every range is
    /// ordered, on char boundaries and outside the furniture.
    #[test]
    fn never_panics_and_keeps_invariants() {
        const PIECES: &[&str] = &[
            "राजनाथ",
            "ि",
            "्",
            "़",
            "।",
            ".",
            ". ",
            "?",
            "!",
            "|",
            " ",
            "\n",
            "\n\n",
            "Mr.",
            "U.S.",
            "J.",
            "P.",
            "@",
            "@raj_1",
            "#",
            "#तag",
            "http://",
            "https://t.co/x",
            "pic.twitter.com/",
            "www.",
            "1,000.5",
            "१०",
            "😀",
            "\u{200D}",
            "👍🏽",
            "\"",
            "“",
            "”",
            "'",
            "(",
            ")",
            "...",
            "…",
            "-",
            "—",
            "a",
            "The",
            "x.Y",
            "\t",
            "\u{FEFF}",
            "\u{FFFD}",
            "é",
            "ক",
            "ال",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..3000 {
            let mut text = String::new();
            for _ in 0..(round % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let cut = text.len() / 3;
            let cut = (0..=cut)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let furniture = [Span { start: 0, end: cut }];
            let seg = segment(&text, &furniture, LangHint::Auto);
            let mut last = 0;
            for s in &seg.sentences {
                assert!(
                    s.start >= cut && s.start < s.end && s.start >= last,
                    "{text:?}"
                );
                assert!(
                    text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                    "{text:?}"
                );
                for t in &seg.tokens[s.tokens.clone()] {
                    assert!(
                        t.start >= s.start && t.end <= s.end && t.start < t.end,
                        "{text:?}"
                    );
                    assert!(
                        text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
                        "{text:?}"
                    );
                }
                last = s.end;
            }
            let _ = paragraphs(&text);
        }
    }

    #[test]
    fn tokens_belong_to_sentences() {
        let text = "— \n\nOne two. — Three!\n…";
        let seg = segment(text, &[], LangHint::Auto);
        for s in &seg.sentences {
            for t in &seg.tokens[s.tokens.clone()] {
                assert!(t.start >= s.start && t.end <= s.end);
            }
        }
        assert_eq!(seg.sentences.len(), 2);
    }
}
