//! Where a name found by the tagger starts and ends: punctuation,
//! honorifics, function words, dates and case markers come off its edges;
//! the dot of an abbreviation stays on.

use crate::entities::lexicon::{class, is_deva, Lexicon};
use crate::segment::chars;

/// True when a line ends as a sentence does: a full stop, a question or
/// exclamation mark, a closing quote, a danda, or a colon, semicolon or
/// comma that runs on. A line that does not is a headline or a title.
pub(crate) fn ends_as_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '?', '!', '"', '\'', '”', '’', '।', ':', ';', ','])
}

/// A character a name may start or end with: letters and digits of any
/// script, and the combining marks that complete them (the nukta in
/// "फ़ारूक़", the virama, accents written apart).
pub(crate) fn name_char(c: char) -> bool {
    chars::is_alphanumeric(c)
        || (('\u{0900}'..='\u{097F}').contains(&c)
            && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}'))
        || ('\u{0300}'..='\u{036F}').contains(&c)
        || c == '\u{200C}'
        || c == '\u{200D}'
}

/// Whether `start` opens a sentence, a line, a quote or a parenthesis.
pub(crate) fn starts_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    before.is_empty()
        || before.ends_with([
            '\n', '.', '!', '?', ':', '"', '\u{201C}', '\u{2018}', '(', '[', '|', '\u{0964}', '-',
            '\u{2014}', '\u{2013}',
        ])
}

/// A name's edges trimmed of words that cannot open or close one:
/// honorifics and function words before it ("Shri", "The"), dates and
/// case markers after it ("राजनाथ सिंह रविवार", "बेलौसोव के"). A
/// gazetteer name stays whole ("Sri Lanka"), and so does an initial
/// ("I. Healy"). `None` when nothing is left.
pub(crate) fn trim_edges(
    text: &str,
    lex: &Lexicon,
    mut start: usize,
    mut end: usize,
    person: bool,
) -> Option<(usize, usize)> {
    if lex.names.contains_key(&text[start..end]) {
        return Some((start, end));
    }
    let hindi_stop = |w: &str| is_deva(w) && lex.hindi_stop(w);
    let lead = |w: &str| {
        let initial = w.len() == 2 && w.ends_with('.');
        !initial
            && (lex.is(w, class::HONORIFIC | class::POSTPOSITION)
                || (!person && lex.is(w, class::CALENDAR))
                || hindi_stop(w))
    };
    // A frequent word closes a person's name ("राजनाथ सिंह आज") but may
    // close an organization's ("भारत सरकार").
    let tail =
        |w: &str| lex.is(w, class::CALENDAR | class::POSTPOSITION) || (person && hindi_stop(w));
    while let Some(sp) = text[start..end].find(' ') {
        if !lead(&text[start..start + sp]) {
            break;
        }
        start += sp + 1;
    }
    while let Some(sp) = text[start..end].rfind(' ') {
        if !tail(&text[start + sp + 1..end]) {
            break;
        }
        end = start + sp;
    }
    (end > start).then_some((start, end))
}

/// A Devanagari name ends before a case marker inside it ("राजनाथ ने
/// भारत" is "राजनाथ"): a person's name at any function word, other names
/// at a marker other than the genitive, which organization names take
/// ("भारत के निर्वाचन आयोग").
pub(crate) fn cut_at_case_marker(
    text: &str,
    lex: &Lexicon,
    start: usize,
    end: usize,
    person: bool,
) -> usize {
    let span = &text[start..end];
    if !is_deva(span) {
        return end;
    }
    let base = span.as_ptr() as usize;
    for w in span.split_whitespace().skip(1) {
        let stop = if person {
            lex.hindi_stop(w)
        } else {
            lex.is(w, class::POSTPOSITION) && !matches!(w, "का" | "की" | "के")
        };
        if stop {
            let at = start + (w.as_ptr() as usize - base);
            return text[..at].trim_end().len().max(start);
        }
    }
    end
}

/// The end of a name, moved past the dot of an abbreviation that closes it:
/// "U.S.", "J.", "First Albany Corp.", "Inc.". A dot after an ordinary word
/// ends the sentence and stays out.
pub(crate) fn abbreviation_dot(text: &str, lex: &Lexicon, start: usize, end: usize) -> usize {
    if end <= start || !text[end..].starts_with('.') || text[end + 1..].starts_with('.') {
        return end;
    }
    let span = &text[start..end];
    let word = span
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or(span);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(chars::is_alphabetic));
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let known = text
        .get(end - word.len()..end + 1)
        .is_some_and(|w| w.len() > 2 && lex.classes.contains_key(w));
    if dotted || initial || known {
        end + 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_edges_keep_marks() {
        // The nukta, the virama and a combining accent end a name; a danda,
        // a dot or a comma does not.
        let cases: &[(char, bool)] = &[
            ('\u{093C}', true),
            ('\u{094D}', true),
            ('\u{0301}', true),
            ('\u{0915}', true),
            ('a', true),
            ('\u{0964}', false),
            ('.', false),
            (',', false),
        ];
        for &(c, want) in cases {
            assert_eq!(name_char(c), want, "{c:?}");
        }
    }

    #[test]
    fn tagger_spans_lose_junk_at_their_edges() {
        let lex = crate::entities::lexicon::get();
        // (text, a person?, expected span after trimming; "" = nothing left)
        let cases: &[(&str, bool, &str)] = &[
            ("Shri Narendra Modi", false, "Narendra Modi"),
            ("Sri Lanka", false, "Sri Lanka"),
            ("I. Healy", false, "I. Healy"),
            ("Federal Reserve", false, "Federal Reserve"),
            ("Czech Republic", false, "Czech Republic"),
            ("Milwaukee Open Thursday", false, "Milwaukee Open"),
            ("राजनाथ सिंह रविवार", false, "राजनाथ सिंह"),
            ("The Hague", false, "The Hague"),
            // Persons and organizations differ: a month's abbreviation opens
            // a person's name, not a place's; a frequent word closes an
            // organization's ("भारत सरकार").
            ("Jan Kroslak", true, "Jan Kroslak"),
            ("राजनाथ सिंह रविवार", true, "राजनाथ सिंह"),
            ("भारत सरकार", false, "भारत सरकार"),
        ];
        for &(text, person, want) in cases {
            let got = trim_edges(text, lex, 0, text.len(), person).map_or("", |(a, b)| &text[a..b]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn hindi_names_end_at_case_markers() {
        let lex = crate::entities::lexicon::get();
        let cases: &[(&str, bool, &str)] = &[
            ("राजनाथ ने भारत", true, "राजनाथ"),
            ("भारत के निर्वाचन आयोग", false, "भारत के निर्वाचन आयोग"),
            ("रक्षा मंत्रालय ने", false, "रक्षा मंत्रालय"),
            ("Joel Naroff of", true, "Joel Naroff of"),
        ];
        for &(text, person, want) in cases {
            let end = cut_at_case_marker(text, lex, 0, text.len(), person);
            assert_eq!(&text[..end], want, "{text}");
        }
    }

    #[test]
    fn sentence_starts() {
        let cases: &[(&str, usize, bool)] = &[
            ("Good Morning", 0, true),
            ("He said. Good", 9, true),
            ("line\nGood", 5, true),
            ("the Good", 4, false),
        ];
        for &(text, at, want) in cases {
            assert_eq!(starts_sentence(text, at), want, "{text}");
        }
    }

    #[test]
    fn abbreviation_dots_stay_in_names() {
        let lex = crate::entities::lexicon::get();
        // (text, name without its dot, expected name)
        let cases: &[(&str, &str, &str)] = &[
            ("( U.S. )", "U.S", "U.S."),
            (
                "at First Albany Corp. That",
                "First Albany Corp",
                "First Albany Corp.",
            ),
            ("Acme Inc. said", "Acme Inc", "Acme Inc."),
            ("by R. Croft", "R", "R."),
            ("met Rajnath Singh. He", "Rajnath Singh", "Rajnath Singh"),
            ("in Moscow...", "Moscow", "Moscow"),
            ("for the Nation.", "Nation", "Nation"),
            ("फ़ारूक़ ने", "फ़ारूक़", "फ़ारूक़"),
        ];
        for &(text, name, want) in cases {
            let start = text.find(name).unwrap_or(0);
            let end = abbreviation_dot(text, lex, start, start + name.len());
            assert_eq!(&text[start..end], want, "{text}");
        }
    }
}
