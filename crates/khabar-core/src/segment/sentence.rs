//! Sentence boundaries over the tokens of one block of text.
//!
//! A sentence ends at ".", "?", "!", the danda "।" (and "॥"), a "|" used as
//! a danda between Devanagari words, and an ellipsis before a capital —
//! together with the closing quotes and brackets glued to it — when
//! whitespace follows and the next word does not continue the sentence:
//! a lowercase Latin word, or a name after a title ("Mr.", "Lt. Gen.",
//! "Rs."), an initial ("J. P. Nadda") or a dotted abbreviation ("U.S.",
//! "a.m.") unless a typical sentence opener follows ("… at 10 a.m. The …").

use super::lexicon::{Abbrev, Lexicon};
use super::token::char_before;
use super::{Token, TokenKind};
use crate::text::chars::is_devanagari;

/// Pushes the ranges (into `tokens`) of the sentences of one block.
pub fn split(text: &str, tokens: &[Token], base: usize, out: &mut Vec<std::ops::Range<usize>>) {
    let lex = Lexicon::get();
    let n = tokens.len();
    let mut start = 0;
    let mut k = 0;
    while k < n {
        let t = tokens[k];
        let s = &text[t.start..t.end];
        let terminal = terminal_kind(s, t.kind);
        if terminal == Terminal::No {
            k += 1;
            continue;
        }
        // Absorb glued terminals and closers: `today."`, `?!`, `.)`.
        let mut j = k + 1;
        while j < n
            && tokens[j].start == tokens[j - 1].end
            && is_closer(&text[tokens[j].start..tokens[j].end])
        {
            j += 1;
        }
        if j >= n {
            break;
        }
        if breaks(text, tokens, k, j, terminal, lex) {
            out.push(base + start..base + j);
            start = j;
        }
        k = j;
    }
    if start < n {
        out.push(base + start..base + n);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    No,
    /// "."
    Period,
    /// "?", "!", "।", "॥"
    Strong,
    /// "|" between Devanagari words.
    Pipe,
    /// "…" or "..."
    Ellipsis,
    /// A dotted abbreviation ending in "." ("U.S.", "a.m.").
    DottedWord,
}

fn terminal_kind(s: &str, kind: TokenKind) -> Terminal {
    match kind {
        TokenKind::Punct => match s {
            "." => Terminal::Period,
            "?" | "!" | "।" | "॥" | "？" | "！" | "。" => Terminal::Strong,
            "|" => Terminal::Pipe,
            "…" => Terminal::Ellipsis,
            _ if s.len() >= 3 && s.bytes().all(|b| b == b'.') => Terminal::Ellipsis,
            _ => Terminal::No,
        },
        TokenKind::Word if s.len() > 2 && s.ends_with('.') => Terminal::DottedWord,
        _ => Terminal::No,
    }
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "." | "?" | "!" | "।" | "॥" | "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "…" | "|"
    )
}

fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "-" | "–" | "—"
    )
}

/// Does the sentence end after the terminal at `k` (closers up to `j`)?
fn breaks(
    text: &str,
    tokens: &[Token],
    k: usize,
    j: usize,
    terminal: Terminal,
    lex: &Lexicon,
) -> bool {
    let prev_end = tokens[j - 1].end;
    let next = tokens[j];
    // Whitespace must follow ("3.5", "pic.twitter") but for a danda glued to
    // the next Devanagari word ("की ।उप्र") and a full stop glued between a
    // lowercase word and a capitalized one, a lost space ("casualties.Arriving").
    if !text[prev_end..next.start].chars().any(char::is_whitespace) {
        let next_text = &text[next.start..next.end];
        // The word after any glued opening quote or bracket: "है ।”(यह".
        let mut w = j;
        while w < tokens.len() && is_opener(&text[tokens[w].start..tokens[w].end]) {
            w += 1;
        }
        let after = tokens.get(w).map_or("", |t| &text[t.start..t.end]);
        let glued_danda = terminal == Terminal::Strong
            && after.chars().next().is_some_and(is_devanagari)
            && matches!(&text[tokens[k].start..tokens[k].end], "।" | "॥");
        // Hindi uses "." as a full stop: "जान गई है.इसी के साथ" (but "डॉ.हर्षवर्धन").
        let glued_hindi_stop = terminal == Terminal::Period
            && j == k + 1
            && k > 0
            && next_text.chars().next().is_some_and(is_devanagari)
            && text[tokens[k - 1].start..tokens[k - 1].end]
                .chars()
                .next()
                .is_some_and(is_devanagari)
            && lex
                .abbreviation(&text[tokens[k - 1].start..tokens[k - 1].end])
                .is_none()
            // "नवभारतटाइम्स.कॉम" is a domain name.
            && !matches!(next_text, "कॉम" | "इन" | "ऑर्ग" | "नेट");
        return glued_danda
            || glued_hindi_stop
            || (terminal == Terminal::Period && lost_space(text, tokens, k, j, lex));
    }
    // The first word after any opening quotes or brackets.
    let mut w = j;
    while w < tokens.len()
        && tokens[w].kind == TokenKind::Punct
        && is_opener(&text[tokens[w].start..tokens[w].end])
    {
        w += 1;
    }
    let next_word = tokens.get(w).map_or("", |t| &text[t.start..t.end]);
    let first = next_word.chars().next();
    if first.is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    // "M. A. Chidambaram": an initial follows an initial.
    let after_initial = k > 0 && {
        let p = tokens[k - 1];
        p.end == tokens[k].start
            && text[p.start..p.end].len() == 1
            && text[p.start..p.end].bytes().all(|b| b.is_ascii_uppercase())
    };
    if after_initial
        && next.kind == TokenKind::Word
        && text[next.start..next.end].len() == 1
        && first.is_some_and(|c| c.is_ascii_uppercase())
        && tokens
            .get(j + 1)
            .is_some_and(|t| t.start == next.end && &text[t.start..t.end] == ".")
    {
        return false;
    }
    let prev = (k > 0).then(|| tokens[k - 1]);
    // "4. The …" at the start of a block is a list number.
    if terminal == Terminal::Period && k == 1 && prev.is_some_and(|p| p.kind == TokenKind::Number) {
        return false;
    }
    let glued_prev = prev.filter(|p| p.end == tokens[k].start && p.kind == TokenKind::Word);
    match terminal {
        Terminal::No => false,
        Terminal::Strong => true,
        Terminal::Pipe => {
            let before = prev.and_then(|p| text[p.start..p.end].chars().next());
            before.is_some_and(is_devanagari) || first.is_some_and(is_devanagari)
        }
        Terminal::Ellipsis => {
            first.is_some_and(|c| c.is_uppercase() || is_devanagari(c))
                && tokens[w].kind == TokenKind::Word
        }
        Terminal::DottedWord => {
            // "in the U.S." at a block's end ends there anyway; inside a
            // block only a typical opener starts a new sentence.
            lex.is_starter(next_word) || first.is_some_and(is_devanagari)
        }
        Terminal::Period => {
            let Some(p) = glued_prev else { return true };
            let word = &text[p.start..p.end];
            match lex.abbreviation(word) {
                Some(Abbrev::Title) => {
                    // "No. 5", "Rs. 500", "Mr. Modi", but "in Dec. The" splits.
                    month_before_starter(word, next_word, lex)
                }
                Some(Abbrev::Ambiguous) => lex.is_starter(next_word),
                None => {
                    !is_initial(word, text, p.start) || lex.is_starter(next_word) && word != "A"
                }
            }
        }
    }
}

/// "casualties.Arriving": a lowercase word of two letters or more, a dot
/// and a capitalized word, with no space — a lost space, not a domain name.
fn lost_space(text: &str, tokens: &[Token], k: usize, j: usize, lex: &Lexicon) -> bool {
    // An opening quote may sit between: "sport.“Indians".
    let mut w = j;
    if tokens
        .get(w)
        .is_some_and(|t| matches!(&text[t.start..t.end], "“" | "\"" | "‘"))
    {
        w += 1;
    }
    let (Some(prev), Some(next)) = (k.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(w))
    else {
        return false;
    };
    if prev.kind != TokenKind::Word || next.kind != TokenKind::Word || prev.end != tokens[k].start {
        return false;
    }
    let p = &text[prev.start..prev.end];
    let n = &text[next.start..next.end];
    let mut nc = n.chars();
    p.len() >= 2
        && p.chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_lowercase())
        && lex.abbreviation(p).is_none()
        && nc.next().is_some_and(|c| c.is_ascii_uppercase())
        && nc.next().is_some_and(|c| c.is_ascii_lowercase())
}

/// A month abbreviation ends a sentence before a typical opener ("… in Dec. The").
fn month_before_starter(word: &str, next: &str, lex: &Lexicon) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    ) && lex.is_starter(next)
}

/// A single capital letter used as an initial ("J. P. Nadda").
fn is_initial(word: &str, text: &str, start: usize) -> bool {
    // "X" is far more often the platform ("posted on X.") than an initial.
    let single = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()) && word != "X";
    // "Plan B." after a word is rarer than an initial; accept the cost.
    // "14°C." is a unit, not an initial: an initial starts a word.
    let starts_word = char_before(text, start)
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\''));
    single && starts_word
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let mut out = Vec::new();
        split(text, &toks, 0, &mut out);
        out.iter()
            .map(|r| &text[toks[r.start].start..toks[r.end - 1].end])
            .collect()
    }

    #[test]
    fn english_table() {
        let cases: &[(&str, &[&str])] = &[
            ("He came. She left.", &["He came.", "She left."]),
            (
                "Met Mr. Mikhail Murashko, Hon'ble Health Minister. Discussed issues.",
                &[
                    "Met Mr. Mikhail Murashko, Hon'ble Health Minister.",
                    "Discussed issues.",
                ],
            ),
            (
                "Lt. Gen. Upendra Dwivedi spoke. Rs. 500 crore was spent.",
                &[
                    "Lt. Gen. Upendra Dwivedi spoke.",
                    "Rs. 500 crore was spent.",
                ],
            ),
            (
                "J.P. Nadda met him. J. P. Nadda left.",
                &["J.P. Nadda met him.", "J. P. Nadda left."],
            ),
            (
                "The U.S. President spoke at 10 a.m. The talks ended.",
                &["The U.S. President spoke at 10 a.m.", "The talks ended."],
            ),
            (
                "Growth was 3.5 per cent. It rose.",
                &["Growth was 3.5 per cent.", "It rose."],
            ),
            (
                "\"We will win,\" he said. \"Surely.\" Then he left.",
                &["\"We will win,\" he said.", "\"Surely.\"", "Then he left."],
            ),
            ("Why? Because. What!", &["Why?", "Because.", "What!"]),
            ("\"Why?\" he asked.", &["\"Why?\" he asked."]),
            (
                "See https://t.co/abc. Then go.",
                &["See https://t.co/abc.", "Then go."],
            ),
            (
                "Tata Sons Ltd. said so. Infosys Ltd. The firm grew.",
                &["Tata Sons Ltd. said so.", "Infosys Ltd.", "The firm grew."],
            ),
            (
                "and… pic.twitter.com/vmFcWXE4YJ",
                &["and… pic.twitter.com/vmFcWXE4YJ"],
            ),
            (
                "It ended (finally). Next one.",
                &["It ended (finally).", "Next one."],
            ),
            ("Putin.He left", &["Putin.", "He left"]),
            (
                "There were no casualties.Arriving flights were halted.",
                &["There were no casualties.", "Arriving flights were halted."],
            ),
            (
                "Visit jeemain.nta.nic.in today. Go.",
                &["Visit jeemain.nta.nic.in today.", "Go."],
            ),
            ("4. The first item. Next.", &["4. The first item.", "Next."]),
            (
                "a sport.“Indians are happy.” It was 14°C. Northern areas",
                &[
                    "a sport.",
                    "“Indians are happy.”",
                    "It was 14°C.",
                    "Northern areas",
                ],
            ),
            (
                "at the M. A. Chidambaram Stadium. Then",
                &["at the M. A. Chidambaram Stadium.", "Then"],
            ),
            (
                "No. 10 Downing Street. Vol. 3 is out.",
                &["No. 10 Downing Street.", "Vol. 3 is out."],
            ),
            (
                "Modi posted on X. \"Congratulations,\" he wrote.",
                &["Modi posted on X.", "\"Congratulations,\" he wrote."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text}");
        }
    }

    #[test]
    fn hindi_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "राजनाथ ने कहा। पुतिन ने सुना।",
                &["राजनाथ ने कहा।", "पुतिन ने सुना।"],
            ),
            (
                "बैठक हुई. राजनाथ ने कहा कि दोस्ती गहरी है'. अगला वाक्य.",
                &["बैठक हुई.", "राजनाथ ने कहा कि दोस्ती गहरी है'.", "अगला वाक्य."],
            ),
            (
                "क्या हुआ? कुछ नहीं! ठीक है | दूसरा वाक्य",
                &["क्या हुआ?", "कुछ नहीं!", "ठीक है |", "दूसरा वाक्य"],
            ),
            (
                "एस-400 ट्रायम्फ ( S-400 Triumf ) की आपूर्ति. साथ ही",
                &["एस-400 ट्रायम्फ ( S-400 Triumf ) की आपूर्ति.", "साथ ही"],
            ),
            (
                "डॉ. मनमोहन सिंह ने कहा। जे.पी. नड्डा आए.",
                &["डॉ. मनमोहन सिंह ने कहा।", "जे.पी. नड्डा आए."],
            ),
            ("प्रशंसा की ।उप्र में सबसे पहले", &["प्रशंसा की ।", "उप्र में सबसे पहले"]),
            (
                "लग सकता है ।”(यह आर्टिकल है ।",
                &["लग सकता है ।”", "(यह आर्टिकल है ।"],
            ),
            (
                "इसे नवभारतटाइम्स.कॉम की टीम ने एडिट नहीं किया है ।",
                &["इसे नवभारतटाइम्स.कॉम की टीम ने एडिट नहीं किया है ।"],
            ),
            ("पं. नेहरू और स्व. इंदिरा गांधी।", &["पं. नेहरू और स्व. इंदिरा गांधी।"]),
            (
                "जान गई है.इसी के साथ डॉ.हर्षवर्धन आए.",
                &["जान गई है.", "इसी के साथ डॉ.हर्षवर्धन आए."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text}");
        }
    }
}
