//! Language by script, then by function words.
//!
//! Cheap on purpose: the script of each word decides first (Devanagari →
//! Hindi, Latin → English, Bengali → Bengali, …); within Latin and
//! Devanagari, a handful of function words per language tells English from
//! French or romanized Hindi, and Hindi from Marathi and Nepali.

use super::lexicon::Lexicon;
use super::{Lang, Token, TokenKind};

/// The language of a script when the script alone decides.
fn script_lang(c: char) -> Option<&'static str> {
    let u = c as u32;
    Some(match u {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => "en",
        0x0370..=0x03FF => "el",
        0x0400..=0x04FF => "ru",
        0x0530..=0x058F => "hy",
        0x0590..=0x05FF => "he",
        0x0600..=0x06FF | 0x0750..=0x077F => "ar",
        0x0900..=0x097F => "hi",
        0x0980..=0x09FF => "bn",
        0x0A00..=0x0A7F => "pa",
        0x0A80..=0x0AFF => "gu",
        0x0B00..=0x0B7F => "or",
        0x0B80..=0x0BFF => "ta",
        0x0C00..=0x0C7F => "te",
        0x0C80..=0x0CFF => "kn",
        0x0D00..=0x0D7F => "ml",
        0x0D80..=0x0DFF => "si",
        0x0E00..=0x0E7F => "th",
        0x0F00..=0x0FFF => "bo",
        0x10A0..=0x10FF => "ka",
        0x1200..=0x137F => "am",
        0x1100..=0x11FF | 0xAC00..=0xD7AF => "ko",
        0x3040..=0x30FF => "ja",
        0x3400..=0x4DBF | 0x4E00..=0x9FFF => "zh",
        _ => return None,
    })
}

/// Letters only Urdu uses among Arabic-script languages.
fn is_urdu_letter(c: char) -> bool {
    matches!(
        c as u32,
        0x0679 | 0x0688 | 0x0691 | 0x06BA | 0x06BE | 0x06C1 | 0x06D2
    )
}

/// English name of a language code, for warnings.
pub fn name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "hi" => "Hindi",
        "hi-Latn" => "romanized Hindi",
        "mr" => "Marathi",
        "ne" => "Nepali",
        "bn" => "Bengali",
        "pa" => "Punjabi",
        "gu" => "Gujarati",
        "or" => "Odia",
        "ta" => "Tamil",
        "te" => "Telugu",
        "kn" => "Kannada",
        "ml" => "Malayalam",
        "si" => "Sinhala",
        "ur" => "Urdu",
        "ar" => "Arabic",
        "fr" => "French",
        "es" => "Spanish",
        "pt" => "Portuguese",
        "de" => "German",
        "it" => "Italian",
        "id" => "Indonesian",
        "ru" => "Russian",
        "el" => "Greek",
        "he" => "Hebrew",
        "zh" => "Chinese",
        "ja" => "Japanese",
        "ko" => "Korean",
        "th" => "Thai",
        _ => "another language",
    }
}

/// Maps a code to a [`Lang`].
pub fn to_lang(code: &'static str) -> Lang {
    match code {
        "en" => Lang::En,
        "hi" => Lang::Hi,
        "und" => Lang::Und,
        other => Lang::Other(other),
    }
}

/// The language of one sentence and how many words decided it.
pub fn sentence_lang(text: &str, tokens: &[Token]) -> (Lang, usize) {
    // Words per script language; a sentence has few scripts, so a small vec.
    let mut counts: Vec<(&'static str, usize)> = Vec::with_capacity(2);
    let mut words = 0usize;
    let mut urdu = false;
    for t in tokens {
        if !matches!(t.kind, TokenKind::Word | TokenKind::Hashtag) {
            continue;
        }
        let s = &text[t.start..t.end];
        let Some(code) = s
            .chars()
            .find(|&c| super::chars::is_alphabetic(c))
            .and_then(script_lang)
        else {
            continue;
        };
        urdu |= code == "ar" && s.chars().any(is_urdu_letter);
        words += 1;
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    // Ties go to Hindi, then English: "(Andrey Belousov)" in Hindi stays Hindi.
    let rank = |c: &str| match c {
        "hi" => 2,
        "en" => 1,
        _ => 0,
    };
    let Some(&(script, n)) = counts.iter().max_by_key(|(c, n)| (*n, rank(c))) else {
        return (Lang::Und, 0);
    };
    let code = match script {
        "en" if n >= 4 => refine(
            text,
            tokens,
            "en",
            &["fr", "es", "pt", "de", "it", "id", "hi-Latn"],
        ),
        "hi" if n >= 4 => refine(text, tokens, "hi", &["mr", "ne"]),
        "ar" if urdu => "ur",
        other => other,
    };
    (to_lang(code), words)
}

/// Votes function words: another language wins over `default` only with at
/// least two hits and more hits than the default.
fn refine(text: &str, tokens: &[Token], default: &'static str, others: &[&str]) -> &'static str {
    let lex = Lexicon::get();
    // The languages voting, in the data file's order, as bits of the
    // lexicon's one word → languages map.
    let mut wanted = 0u64;
    for (i, (lang, _)) in lex.stopwords.iter().enumerate().take(64) {
        if *lang == default || others.contains(lang) {
            wanted |= 1 << i;
        }
    }
    let mut counts = [0usize; 64];
    let mut buf = [0u8; 24];
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let Some(s) = text.get(t.start..t.end) else {
            continue;
        };
        let word = if s.is_ascii() && s.len() <= buf.len() {
            let b = &mut buf[..s.len()];
            b.copy_from_slice(s.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or(s)
        } else {
            s
        };
        let mut langs = lex.stopword_langs(word) & wanted;
        while langs != 0 {
            let i = langs.trailing_zeros() as usize;
            counts[i] += 1;
            langs &= langs - 1;
        }
    }
    let hits: Vec<(&'static str, usize)> = lex
        .stopwords
        .iter()
        .enumerate()
        .filter(|&(i, _)| i < 64 && wanted & (1 << i) != 0)
        .map(|(i, (lang, _))| (*lang, counts[i]))
        .collect();
    let base = hits
        .iter()
        .find(|(l, _)| *l == default)
        .map_or(0, |(_, n)| *n);
    hits.iter()
        .filter(|(l, n)| *l != default && *n >= 2 && *n > base)
        .max_by_key(|(_, n)| *n)
        .map_or(default, |(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn lang(text: &str) -> &'static str {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        sentence_lang(text, &toks).0.code()
    }

    #[test]
    fn table() {
        let cases = [
            (
                "Glad to call on the Russian President Mr Vladimir Putin at Kremlin in Moscow.",
                "en",
            ),
            (
                "रक्षा मंत्री एंड्री बेलौसोव (Andrey Belousov) के साथ बैठक की.",
                "hi",
            ),
            ("मुंबई ही महाराष्ट्राची राजधानी आहे आणि ती मोठी आहे.", "mr"),
            (
                "Le ministre a dit que la situation est grave et que les prix sont hauts.",
                "fr",
            ),
            (
                "Modi ji ne kaha ki desh mein vikas ho raha hai aur sab khush hain.",
                "hi-Latn",
            ),
            ("প্রধানমন্ত্রী নরেন্দ্র মোদী আজ কলকাতায় এসেছেন।", "bn"),
            ("وزیر اعظم نے کہا کہ پاکستان ترقی کرے گا۔", "ur"),
            ("12345 — 678", "und"),
            ("Putin", "en"),
        ];
        for (text, code) in cases {
            assert_eq!(lang(text), code, "{text}");
        }
    }
}
